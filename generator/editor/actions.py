"""What the editor's buttons do, without HTTP: check, save, preview, make, import.

Each takes the project root and builds a fresh `Project`, so nothing read before outlives a
change on disk. Messages are those of `raadsstukken check` (checks/data.py), word for word.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.editor.documents import form_data, issue_dict, scratch
from generator.editor.writer import digest, render
from generator.errors import Issue, RaadsstukkenError, UserError, ValidationFailed, display_path
from generator.files import write_bytes
from generator.loading.project import Project
from generator.loading.reader import load

if TYPE_CHECKING:
    from generator.pdf.converter import Converter

PREVIEW_DPI = 60


class Conflict(Exception):
    """The file changed on disk since the form was opened."""


def original_text(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _reads(project: Project, soort: str, folder: Path) -> Callable[[str], Any]:
    """Text → the values the form would show for it (None if the strict reader refuses it)."""
    def reads(text: str) -> Any:
        with scratch(folder, text) as path:
            try:
                doc = load(path)
            except ValidationFailed:
                return None
            return form_data(project, soort, doc) if soort in project.registry.with_model() else doc.data

    return reads


def text_for(project: Project, target: Path, data: dict[str, Any]) -> str:
    """The file the form's values make at `target`, keeping the author's short forms where they
    still read as these values."""
    return render(original_text(target), data, _reads(project, str(data.get("soort", "")), target.parent))


def check(root: Path, target: Path, data: dict[str, Any]) -> list[dict[str, Any]]:
    """The messages `check` gives for the form's values, as if they were saved at `target`."""
    from generator.checks.data import check_file

    project = Project(root)
    text = text_for(project, target, data)
    with scratch(target.parent, text) as path:
        issues = check_file(project, path).issues
        told = display_path(path)
    name = display_path(target, root)
    return [issue_dict(dataclasses.replace(i, file=name) if i.file == told else i) for i in issues]


def _reads_back(project: Project, soort: str, text: str, data: dict[str, Any], folder: Path) -> None:
    """The strict reader must read exactly the form's values from what the writer wrote."""
    if _reads(project, soort, folder)(text) != data:
        raise UserError("het bestand zou andere waarden krijgen dan het formulier toont; er is niets bewaard",
                        "meld dit als fout in raadsstukken")


def new_path(root: Path, folder: str, data: dict[str, Any]) -> Path:
    """data/<folder>/<datum>-<onderwerp>.yaml (the folder its soort declares), numbered when the name is taken.

    The name is made of slugs only (letters, digits, hyphens: no `..`, separator, drive or NUL can
    survive), never a name Windows reserves (CON, NUL, COM1 …), and checked to stay inside data/
    once links are followed before anything is written (`contained`, else Refused)."""
    from generator.editor.security import contained
    from generator.files import windows_refuses
    from generator.organen.register import slug

    day = slug(str(data.get("vergadering") or data.get("datum") or data.get("vastgesteld") or ""))[:20].strip("-")
    title = slug(str(data.get("titel") or data.get("onderwerp") or ""))[:60].strip("-")
    stem = "-".join(p for p in (day, title) if p) or slug(str(data.get("soort") or ""))[:30].strip("-") or "document"
    if windows_refuses(stem):
        stem += "-document"
    number, name = 2, f"{stem}.yaml"
    while (candidate := contained(root, f"data/{folder}/{name}", under="data", suffixes=(".yaml",))).exists():
        name = f"{stem}-{number}.yaml"
        number += 1
    return candidate


def save(root: Path, target: Path, soort: str, data: dict[str, Any], opened_hash: str) -> str:
    """Write the form's values into `target` atomically; the new hash. An empty `opened_hash`
    means a new file, which must not exist yet."""
    project = Project(root)
    before = target.read_bytes() if target.is_file() else None
    if (before is None and opened_hash) or (before is not None and digest(before) != opened_hash):
        raise Conflict
    text = render(before.decode("utf-8") if before is not None else None, data, _reads(project, soort, target.parent))
    _reads_back(project, soort, text, data, target.parent)
    payload = text.encode("utf-8")
    try:
        write_bytes(target, payload, replace=before is not None)
    except UserError:
        if before is None and target.exists():
            raise Conflict from None
        raise
    return digest(payload)


@dataclass
class Preview:
    """The first page of a preview, and the PDF the other pages are drawn from."""

    first: bytes
    pdf: Path
    pages: int
    seconds: dict[str, float]


def first_page(root: Path, target: Path, data: dict[str, Any], office: Converter, work: Path) -> Preview | None:
    """The real build of the form's values (the .docx the build would write), converted by the
    editor's LibreOffice (kept running), and its first page as an image; None for reference data.
    The .docx was made here a moment ago, so it goes to LibreOffice without the checks and the PDF/A
    read-back of `raadsstukken pdf` (a preview is not published)."""
    from generator.soorten.document import prepare
    from generator.word.render import render_parts

    project = Project(root)
    start = time.perf_counter()
    with scratch(target.parent, text_for(project, target, data)) as path:
        prepared = prepare(project, project.load(path))
    if prepared is None:
        return None
    docx = work / "voorbeeld.docx"
    write_bytes(docx, render_parts(prepared.template, prepared.context, prepared.properties, prepared.media,
                                   descriptions=prepared.descriptions)[0])
    rendered = time.perf_counter()
    pdf = work / "voorbeeld.pdf"
    (error,) = office.convert([(docx, pdf)], "pdf")
    if error is not None:
        raise UserError(f"geen voorbeeld: {error}")
    converted = time.perf_counter()
    first = _png_pages(pdf, work, first=1, last=1)
    done = time.perf_counter()
    return Preview(first[0] if first else b"", pdf, _page_count(pdf),
                   {"docx": round(rendered - start, 2), "pdf": round(converted - rendered, 2),
                    "png": round(done - converted, 2), "totaal": round(done - start, 2)})


def other_pages(preview: Preview, work: Path) -> list[bytes]:
    """The pages after the first, as images."""
    return _png_pages(preview.pdf, work, first=2) if preview.pages > 1 else []


def preview(root: Path, target: Path, data: dict[str, Any], office: Converter | None = None) -> dict[str, Any]:
    """Page images of the real build of the form's values, with the time each step took."""
    from generator.pdf.converter import Converter

    with tempfile.TemporaryDirectory(prefix="raadsstukken-voorbeeld-") as folder, \
            (contextlib.nullcontext(office) if office is not None else Converter()) as converter:
        made = first_page(root, target, data, converter, Path(folder))
        if made is None:
            return {"pages": [], "seconds": {}}
        return {"pages": [made.first, *other_pages(made, Path(folder))], "seconds": made.seconds}


def _page_count(pdf: Path) -> int:
    """Pages in a PDF LibreOffice just wrote (and convert.py checked), by pdfinfo."""
    try:
        done = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, timeout=30, text=True)
    except (OSError, subprocess.SubprocessError):
        return 2  # draw the rest anyway; pdftoppm says what there is
    found = re.search(r"^Pages:\s+(\d+)", done.stdout, re.MULTILINE)
    return int(found.group(1)) if found else 2


def _png_pages(pdf: Path, work: Path, first: int = 1, last: int | None = None) -> list[bytes]:
    stem = f"pagina-{first}"
    command = ["pdftoppm", "-png", "-r", str(PREVIEW_DPI), "-f", str(first), *(["-l", str(last)] if last else []),
               str(pdf), str(work / stem)]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        raise UserError("geen voorbeeld: pdftoppm deed er langer dan 60 seconden over",
                        "probeer het opnieuw; is het document heel lang, bekijk dan de PDF na 'Maak'") from None
    except subprocess.CalledProcessError as exc:
        raise UserError(f"geen voorbeeld: pdftoppm stopte met foutcode {exc.returncode}",
                        "installeer poppler-utils opnieuw (apt-get install poppler-utils)") from None
    except OSError as exc:
        from generator.files import reason

        raise UserError(f"geen voorbeeld: pdftoppm werkte niet ({reason(exc)[0]})",
                        "installeer poppler-utils (apt-get install poppler-utils)") from None
    return [p.read_bytes() for p in sorted(work.glob(f"{stem}-*.png"), key=lambda p: int(p.stem.rpartition("-")[2]))]


def make(root: Path, target: Path, *, pdf: bool, office: Converter | None = None) -> dict[str, Any]:
    """`raadsstukken build <target>` (with --pdf): the outputs to download and what went wrong; the
    PDF made by the editor's running LibreOffice when it has one (no second start)."""
    from generator.build.pipeline import Options, build
    from generator.loading.discovery import output_name

    project = Project(root)
    out_dir = (root / "build").resolve()
    report = build(project, [target], Options(out_dir=out_dir, pdf=pdf, office=office))
    name = output_name(project, target.resolve())
    outputs = [f"build/{n}" for n in (name, name[:-5] + ".pdf") if (out_dir / n).is_file()]
    return {"downloads": outputs, "issues": [issue_dict(i) for i in report.issues]}


def import_draft(root: Path, name: str, body: bytes) -> tuple[Path, list[str]]:
    """A PDF, Word (.docx) or text draft → a new file (a motie, or an amendement when the text is
    one) in its soort's folder, through the importer of `raadsstukken import`; its path and notes."""
    from generator.importer import import_file, to_yaml

    name = upload_name(name)
    suffix = Path(name).suffix.lower()
    if suffix not in (".pdf", ".txt", ".text", ".docx", ".md"):
        raise UserError(f"{name}: dit soort bestand kan de import niet lezen", "kies een PDF, een Word-bestand (.docx) of een tekstbestand")
    with tempfile.TemporaryDirectory(prefix="raadsstukken-import-") as work:
        upload = Path(work) / f"concept{suffix}"
        write_bytes(upload, body)
        result = import_file(upload)
    from generator.soorten.registry import BUILTIN

    soort = BUILTIN.get(str(result.data.get("soort", "motie"))) or BUILTIN["motie"]
    target = new_path(root, soort.data_folder, result.data)
    write_bytes(target, to_yaml(result, name).encode("utf-8"), replace=False)
    return target, [*result.notes, *result.warnings]


def upload_name(sent: str) -> str:
    """The name a browser sent with an upload, as a name to show: its last part, on one line (it goes
    into the new file's first comment, where a line break would start a field), without control or
    invisible characters, at most 100 characters."""
    import unicodedata

    last = re.split(r"[/\\]", sent)[-1]
    shown = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in last)
    return " ".join(shown.split())[:100]


def issues_of(exc: RaadsstukkenError) -> list[dict[str, Any]]:
    if isinstance(exc, ValidationFailed):
        return [issue_dict(i) for i in exc.issues]
    return [issue_dict(Issue("", message=str(exc)))]
