"""One PDF for a raadsvergadering: documents merged in order, one bookmark per document.

Page numbers continue through the bundle as page labels (/PageLabels, decimal from 1), so a PDF
viewer shows "pagina N van M" for the whole bundle in its page box. Nothing is stamped on the
pages: every document keeps its own footer (its own "pagina 1 van 2"), a stamp would sit on top of
it, would change the text that search and screen readers find, and would need a font that PDF/A
requires to be embedded. pypdf merges in a sandboxed process (timeout, memory cap): the inputs may
be PDFs we did not make.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.errors import InternalError, UserError
from generator.files import replacing
from generator.pdf.convert import convert, limit_memory, resolve, run_isolated

MERGE_TIMEOUT = 60.0
MERGE_TIMEOUT_PER_FILE = 5.0


def bundle(pdfs: Sequence[Path], titles: Sequence[str], output: Path, *, title: str | None = None) -> int:
    """Merge pdfs into output (atomically) with a bookmark per document; returns the page count.

    An empty title means: the PDF's own title, else its file name.
    """
    if len(pdfs) != len(titles):
        raise InternalError(f"bundle() kreeg {len(pdfs)} PDF's en {len(titles)} titels")
    if not pdfs:
        raise UserError("geen documenten om te bundelen", "geef een of meer .pdf- of .docx-bestanden op")
    with replacing(Path(output)) as temporary:
        pages = _merge_isolated([str(Path(p).resolve()) for p in pdfs], list(titles), str(temporary), title)
        _fsync(str(temporary))
    return pages


def bundle_documents(files: Sequence[Path], output: Path, *, title: str | None = None,
                     jobs: int = os.cpu_count() or 1, timeout: float = 120.0) -> int:
    """Bundle .pdf and .docx files (the latter converted first, PDF next to them); returns pages."""
    paths = [Path(f) for f in files]
    _check_inputs(paths, Path(output))
    words = [p for p in paths if p.suffix.lower() == ".docx"]
    results = {r.source: r for r in convert(words, jobs=jobs, timeout=timeout)}
    failed = [f"{r.source}: {r.error}" for r in results.values() if r.error]
    if failed:
        raise UserError("geen bundel gemaakt; deze documenten konden niet naar PDF:\n  " + "\n  ".join(failed))
    pdfs = [results[p].pdf if p in results else p for p in paths]
    return bundle([p for p in pdfs if p], [""] * len(pdfs), output, title=title)


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


def _merge_isolated(pdfs: list[str], titles: list[str], temporary: str, title: str | None) -> int:
    job = {"pdfs": pdfs, "titles": titles, "output": temporary, "title": title}
    answers, failure = run_isolated("generator.pdf.bundle", "merge_main", job,
                                    timeout=MERGE_TIMEOUT + MERGE_TIMEOUT_PER_FILE * len(pdfs))
    if not answers:
        raise UserError(f"het samenvoegen is afgebroken: {failure}")
    if answers[0].get("error"):
        raise UserError(f"geen bundel gemaakt: {answers[0]['error']}")
    return int(answers[0]["pages"])


def merge_main() -> None:
    """Entry of the sandboxed merge process: one JSON job on stdin, one JSON answer line out."""
    limit_memory()
    print(json.dumps(_merge(json.load(sys.stdin))), flush=True)


def _merge(job: dict) -> dict:
    from pypdf import PdfWriter  # only ever imported in the sandboxed process

    writer = PdfWriter()
    first: dict = {}
    for path, title in zip(job["pdfs"], job["titles"], strict=True):
        try:
            error = _append(writer, Path(path), title, first)
        except MemoryError:
            error = "de PDF vraagt te veel geheugen om te lezen"
        except Exception as exc:
            error = f"de PDF is onleesbaar ({type(exc).__name__}: {exc})"
        if error:
            return {"error": f"{Path(path).name}: {error}"}
    _finish(writer, first, job["title"])
    writer.write(job["output"])
    return {"pages": len(writer.pages)}


def _append(writer: object, path: Path, title: str, first: dict) -> str | None:
    from pypdf import PdfReader

    reader = PdfReader(path)
    if reader.is_encrypted:
        return "de PDF is versleuteld"
    if len(reader.pages) == 0:
        return "de PDF heeft geen pagina's"
    info = reader.metadata
    first.setdefault("lang", resolve(reader.trailer["/Root"], "/Lang"))
    first.setdefault("author", info.author if info else None)
    label = title or (info.title if info else None) or path.stem
    writer.append(reader, outline_item=label)  # type: ignore[attr-defined]
    return None


def _finish(writer: object, first: dict, title: str | None) -> None:
    from pypdf.generic import NameObject, TextStringObject

    writer.set_page_label(0, len(writer.pages) - 1, style="/D", start=1)  # type: ignore[attr-defined]
    writer.page_mode = "/UseOutlines"  # type: ignore[attr-defined]
    if first.get("lang"):
        writer.root_object[NameObject("/Lang")] = TextStringObject(str(first["lang"]))  # type: ignore[attr-defined]
    metadata = {"/Title": title, "/Author": first.get("author")}
    writer.add_metadata({k: v for k, v in metadata.items() if v})  # type: ignore[attr-defined]


def _fsync(name: str) -> None:
    fd = os.open(name, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
