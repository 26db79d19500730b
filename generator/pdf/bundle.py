"""One PDF for a raadsvergadering: PDF/A-2b and tagged, numbered through, one bookmark per document.

The .docx sources are rendered again for the bundle, in its own temporary folder (nothing is written
beside them): a first LibreOffice pass counts their pages, the second renders copies whose footers
print the bundle's numbers ("7/12", pdf/pagination.py). The PDFs are then merged with their
structure trees (pdf/merge.py, in a sandboxed process: the inputs may be PDFs we did not make) and
the result is checked against PDF/A-2b and PDF/UA-1 (pdf/conformance.py). A foreign PDF keeps its
own printed numbers; the page labels (what a viewer shows) run on through it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.errors import InternalError, UserError
from generator.files import replacing
from generator.pdf.convert import Converter, convert, run_isolated
from generator.pdf.pagination import numbered_copy

MERGE_TIMEOUT = 60.0
MERGE_TIMEOUT_PER_FILE = 5.0


@dataclass
class Bundled:
    pages: int
    foreign: list[Path]
    """Input PDFs we did not render: they keep their own printed page numbers."""


def bundle(pdfs: Sequence[Path], titles: Sequence[str], output: Path, *, title: str | None = None,
           conformance: bool = True) -> int:
    """Merge pdfs into output (atomically) with a bookmark per document; returns the page count.

    An empty title means: the PDF's own title, else its file name. With `conformance` the bundle must
    pass the PDF/A-2b and PDF/UA-1 checks (off only for tests of the merge itself).
    """
    if len(pdfs) != len(titles):
        raise InternalError(f"bundle() kreeg {len(pdfs)} PDF's en {len(titles)} titels")
    if not pdfs:
        raise UserError("geen documenten om te bundelen", "geef een of meer .pdf- of .docx-bestanden op")
    with replacing(Path(output)) as temporary:
        pages = _merge_isolated([str(Path(p).resolve()) for p in pdfs], list(titles), str(temporary), title,
                                conformance)
        _fsync(str(temporary))
    return pages


def bundle_documents(files: Sequence[Path], output: Path, *, title: str | None = None,
                     jobs: int = os.cpu_count() or 1, timeout: float = 120.0) -> Bundled:
    """Bundle .pdf and .docx files; the .docx are rendered again with the bundle's page numbers."""
    paths = [Path(f) for f in files]
    _check_inputs(paths, Path(output))
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="raadsstukken-bundel-")))
        words = {p: work / "tellen" / f"{i:04d}.docx" for i, p in enumerate(paths) if p.suffix.lower() == ".docx"}
        (work / "tellen").mkdir()
        for source, copy in words.items():
            shutil.copyfile(source, copy)
        office = stack.enter_context(Converter(jobs, timeout)) if words else None  # one LibreOffice, both passes
        counted = _rendered(list(words.values()), office)
        counts = [_count(counted[words[p]]) if p in words else _count(p) for p in paths]
        total, numbered, start = sum(counts), {}, 1
        (work / "bundel").mkdir()
        for path, count in zip(paths, counts, strict=True):
            if path in words:
                numbered[path] = work / "bundel" / words[path].name
                numbered_copy(path, numbered[path], start, total)
            start += count
        final = _rendered(list(numbered.values()), office)
        pdfs = [final[numbered[p]] if p in numbered else p for p in paths]
        pages = bundle(pdfs, [""] * len(pdfs), output, title=title)
    return Bundled(pages, [p for p in paths if p not in words])


def _rendered(files: list[Path], office: Converter | None) -> dict[Path, Path]:
    if not files or office is None:
        return {}
    results = convert(files, converter=office)
    failed = [f"{r.source.name}: {r.error}" for r in results if r.error or r.pdf is None]
    if failed:
        raise UserError("geen bundel gemaakt; deze documenten konden niet naar PDF:\n  " + "\n  ".join(failed))
    return {r.source: r.pdf for r in results if r.pdf is not None}


def _count(pdf: Path) -> int:
    """Pages of a PDF, read in the sandboxed process like every PDF we did not just check ourselves."""
    answers, failure = run_isolated("generator.pdf.merge", "count_main", [str(pdf.resolve())], timeout=MERGE_TIMEOUT)
    if not answers or answers[0].get("error"):
        raise UserError(f"geen bundel gemaakt: {pdf.name}: {answers[0]['error'] if answers else failure}")
    return int(answers[0]["pages"])


def is_concept(path: Path) -> bool:
    """A document built from `concept: ja` (its status says so; a PDF made from it carries the watermark text)."""
    import zipfile

    try:
        if path.suffix.lower() == ".docx":
            with zipfile.ZipFile(path) as docx:
                return b"<cp:contentStatus>Concept</cp:contentStatus>" in docx.read("docProps/core.xml")
        from pypdf import PdfReader

        reader = PdfReader(path)
        first = reader.pages[0].extract_text() if reader.pages else ""
        return first.lstrip().startswith("CONCEPT")
    except Exception:  # an unreadable input is reported by the merge itself
        return False


def _check_inputs(paths: list[Path], output: Path) -> None:
    for path in paths:
        if path.suffix.lower() not in (".pdf", ".docx"):
            raise UserError(f"{path}: alleen .pdf- en .docx-bestanden kunnen in een bundel")
        if not path.is_file():
            raise UserError(f"bestand niet gevonden: {path}")
        if is_concept(path):
            raise UserError(f"{path} is een concept en kan niet in een definitieve bundel",
                            "vul de open gegevens aan, haal 'concept: ja' weg en bouw het document opnieuw"
                            " (raadsstukken check --streng zegt wat nog open is)")
        if path.with_suffix(".pdf").resolve() == output.resolve():
            raise UserError(f"de bundel {output} zou invoerbestand {path} overschrijven",
                            "kies met -o een andere naam")


def _merge_isolated(pdfs: list[str], titles: list[str], temporary: str, title: str | None,
                    conformance: bool) -> int:
    job = {"pdfs": pdfs, "titles": titles, "output": temporary, "title": title}
    answers, failure = run_isolated("generator.pdf.merge", "merge_main", job,
                                    timeout=MERGE_TIMEOUT + MERGE_TIMEOUT_PER_FILE * len(pdfs))
    if not answers:
        raise UserError(f"het samenvoegen is afgebroken: {failure}")
    if answers[0].get("error"):
        raise UserError(f"geen bundel gemaakt: {answers[0]['error']}")
    if conformance and answers[0].get("problems"):
        raise UserError("geen bundel gemaakt: hij zou niet voldoen aan PDF/A-2b en PDF/UA-1: "
                        + "; ".join(answers[0]["problems"]),
                        "een PDF van buiten moet zelf PDF/A-2b en getagd (PDF/UA) zijn; maak hem zo opnieuw")
    return int(answers[0]["pages"])


def _fsync(name: str) -> None:
    fd = os.open(name, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
