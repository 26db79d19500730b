"""Word documents → PDF/A-2b (or ODT), checked before and after LibreOffice.

Each .docx is checked (a text file named .docx, an encrypted or old .doc, a truncated zip, a zip
bomb: each its own message) and copied under a number into a private folder; LibreOffice
(converter.py: kept running, hardened, time-limited) converts the copies. Every PDF is read back by
pypdf in a separate, memory-capped process before it replaces the old one next to the .docx; a PDF
with a heading LibreOffice left at the foot of a page is made once more by the same LibreOffice, with
a page break before that heading (pdf/keeps.py). ODT copies (`odt_copies`, the open standard of the
Forum Standaardisatie) are a second call on the same converter (`fmt="odt"`), checked as ODF packages.
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import shutil
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from generator.errors import UserError
from generator.files import replacing
from generator.messages import library
from generator.pdf.converter import Converter
from generator.pdf.lobatch import ENV_SOFFICE, INSTALL_HINT, WORK_PREFIX, convert_to, find_soffice
from generator.pdf.sandbox import limit_memory, run_isolated
from generator.word.ooxml import W

__all__ = ["ENV_SOFFICE", "INSTALL_HINT", "PDF_FILTER", "Converter", "OdtResult", "PdfResult", "convert", "find_soffice",
           "limit_memory", "odt_copies", "run_isolated", "verify_pdf"]

PDF_FILTER = convert_to("pdf")
"""The --convert-to argument of a tagged PDF/A-2b, as the converter sets it (for a plain soffice run)."""
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNPACKED = 64 * 1024 * 1024
MAX_RATIO = 200
DC = "http://purl.org/dc/elements/1.1/"
DOC_DEFAULTS = re.compile(rb"<w:rPrDefault>.*?</w:rPrDefault>", re.DOTALL)
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
CHECK_TIMEOUT = 20.0
CHECK_TIMEOUT_PER_FILE = 5.0
PDFA_PART_2 = re.compile(rb"pdfaid:part\s*(>|=\s*[\"'])\s*2\s*[<\"']")
MAGIC = {"pdf": b"%PDF-", "odt": b"PK\x03\x04", "png": b"\x89PNG"}


@dataclass
class PdfResult:
    """One input document: the PDF (or ODT) written next to it, or why there is none."""

    source: Path
    pdf: Path | None
    error: str | None

    @property
    def output(self) -> Path | None:
        return self.pdf


Checked = tuple[str | None, list[list[Any]]]
"""What the check of one file made found: its error (or None), and the headings LibreOffice left at the
foot of a page (pdf/keeps.py: [text, occurrence]), which a second run moves to the next page."""
Verify = Callable[[list[tuple[Path, str | None, str | None]], int], list[Checked]]

@dataclass(frozen=True)
class _Job:
    index: int
    source: Path
    work: Path  # the checked private copy LibreOffice reads
    title: str | None
    language: str | None


class _DocumentError(Exception):
    """A problem with one document; becomes that document's PdfResult.error."""


def convert(docx_files: Sequence[Path], *, jobs: int = os.cpu_count() or 1, batch_size: int = 50,
            timeout: float = 120.0, converter: Converter | None = None, fmt: str = "pdf") -> list[PdfResult]:
    """Convert each .docx into a verified PDF next to it (or, with `fmt` odt, an ODT); results in
    input order. `converter`: a LibreOffice kept running by the caller (the editor, a bundel's two
    passes); otherwise one is started for this call."""
    sources = [Path(p) for p in docx_files]
    if not sources:
        return []
    results = [PdfResult(source, None, None) for source in sources]
    with tempfile.TemporaryDirectory(prefix=WORK_PREFIX, ignore_cleanup_errors=True) as root:
        work = Path(root)
        (work / "uit").mkdir()
        jobs_: list[_Job] = []
        for index, source in enumerate(sources):
            copy = work / f"{index:05d}.docx"  # unique names; no user text reaches LibreOffice
            try:
                jobs_.append(_Job(index, source, copy, *_prepare(source, copy)))
            except _DocumentError as exc:
                results[index] = PdfResult(source, None, str(exc))
        if converter is None:
            with Converter(jobs, timeout, batch_size=batch_size) as office:
                outcome = _convert(office, jobs_, work, fmt)
        else:
            outcome = _convert(converter, jobs_, work, fmt)
        for index, result in outcome:
            results[index] = result
    return results


def _convert(office: Converter, jobs_: list[_Job], work: Path, fmt: str) -> list[tuple[int, PdfResult]]:
    pairs = [(job.work, work / "uit" / f"{job.work.stem}.{fmt}") for job in jobs_]
    errors = office.convert(pairs, fmt) if pairs else []
    produced = {job: _output(pair[1], fmt) for job, pair in zip(jobs_, pairs, strict=True)}
    reasons = {job: error or _missing(fmt) for job, error in zip(jobs_, errors, strict=True)}
    checked = _check(produced, fmt, office.jobs)
    if fmt == "pdf":
        _move_stranded_headings(office, produced, checked, work / "opnieuw")
    return _place_all(jobs_, produced, reasons, checked, fmt)


def _check(produced: dict[_Job, Path | None], fmt: str, jobs: int) -> dict[_Job, Checked]:
    made = [(job, path) for job, path in produced.items() if path is not None]
    verify: Verify = VERIFY.get(fmt, _verify_nothing)
    return dict(zip([job for job, _ in made],
                    verify([(path, job.title, job.language) for job, path in made], jobs), strict=True))


def _move_stranded_headings(office: Converter, produced: dict[_Job, Path | None], checked: dict[_Job, Checked],
                            out: Path) -> None:
    """Convert once more, on the same LibreOffice, with a page break before each heading it left at a
    page's foot (pdf/keeps.py). The first PDFs stand unless every second one is made."""
    from generator.pdf.keeps import break_before

    again = [job for job, (error, stranded) in checked.items() if not error and stranded
             and break_before(job.work, stranded)]
    if not again:
        return
    out.mkdir(exist_ok=True)
    pairs = [(job.work, out / f"{job.work.stem}.pdf") for job in again]
    office.convert(pairs, "pdf")
    redone = {job: _output(pair[1], "pdf") for job, pair in zip(again, pairs, strict=True)}
    if all(path is not None for path in redone.values()):
        produced.update(redone)
        checked.update(_check(redone, "pdf", office.jobs))


def _missing(fmt: str) -> str:
    return "LibreOffice maakte geen PDF" if fmt == "pdf" else f"LibreOffice maakte geen {fmt.upper()}"


def verify_pdf(path: Path, title: str | None) -> None:
    """Read a PDF back in a sandboxed process; raise UserError if it is not what we publish."""
    error = _verify_many([(Path(path), title, None)])[0][0]
    if error:
        raise UserError(f"{Path(path).name}: {error}")


def _prepare(source: Path, work: Path) -> tuple[str | None, str | None]:
    """Check that source is a sane .docx and copy it; returns its title and language."""
    try:
        with source.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _DocumentError(f"kan niet worden gelezen ({exc.strerror})") from None
    if head.startswith(OLE_MAGIC):
        raise _DocumentError("is versleuteld of een oud .doc-bestand, geen Word-document (.docx)")
    if not zipfile.is_zipfile(source):
        if head.startswith(b"PK"):
            raise _DocumentError("is beschadigd: het zip-archief is onvolledig (afgebroken bij het opslaan?)")
        raise _DocumentError("is geen Word-document (.docx) maar een ander soort bestand, "
                             "bijvoorbeeld tekst met de naam .docx")
    try:
        with zipfile.ZipFile(source) as archive:
            return _copy_checked(archive, work)
    except (zipfile.BadZipFile, EOFError, etree.XMLSyntaxError, ValueError) as exc:
        raise _DocumentError(f"is beschadigd: {library(exc)}") from None
    except OSError as exc:
        raise _DocumentError(f"kan niet worden gelezen of gekopieerd ({exc.strerror or exc})") from None


def _copy_checked(archive: zipfile.ZipFile, work: Path) -> tuple[str | None, str | None]:
    infos = archive.infolist()
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED or total / (sum(info.compress_size for info in infos) or 1) > MAX_RATIO:
        raise _DocumentError(f"pakt uit tot {total:,} bytes; dat is geen normaal Word-document")
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise _DocumentError("is geen Word-document (het zip-archief heeft geen word/document.xml)")
    title, language = _core_properties(archive, names)
    if "word/styles.xml" not in names:
        language = None  # nothing to set it in; LibreOffice's own default then, unchecked
    styles = _styles_in_language(archive, language)
    with zipfile.ZipFile(work, "w") as copy:  # stored: LibreOffice reads it once, right away
        for info in infos:
            data = styles if info.filename == "word/styles.xml" and styles else archive.read(info)
            copy.writestr(info.filename, data, compress_type=zipfile.ZIP_STORED)
    return title, language


def _core_properties(archive: zipfile.ZipFile, names: set[str]) -> tuple[str | None, str | None]:
    if "docProps/core.xml" not in names:
        return None, None
    core = etree.fromstring(archive.read("docProps/core.xml"), XML_PARSER)
    title = core.findtext(f"{{{DC}}}title")
    language = (core.findtext(f"{{{DC}}}language") or "").strip()
    return (title or None), (language if LANGUAGE_TAG.fullmatch(language) else None)


def _styles_in_language(archive: zipfile.ZipFile, language: str | None) -> bytes | None:
    """styles.xml with the default language set to dc:language, or None if nothing changes.

    LibreOffice writes the PDF's /Lang from the default run language (w:docDefaults), not from
    dc:language: a document declared nl-NL came out as /Lang en-US.
    """
    if not language:
        return None
    data = archive.read("word/styles.xml")
    defaults = DOC_DEFAULTS.search(data)
    if defaults and re.search(rb'<w:lang\b[^>]*\sw:val="' + re.escape(language.encode()) + b'"', defaults.group()):
        return None  # the usual case, without parsing a styles.xml of up to a few hundred KB
    styles = etree.fromstring(data, XML_PARSER)
    parent = styles
    for tag in ("docDefaults", "rPrDefault", "rPr", "lang"):
        found = parent.find(f"{W}{tag}")
        parent = found if found is not None else etree.SubElement(parent, f"{W}{tag}")
    if parent.get(f"{W}val") == language:
        return None
    parent.set(f"{W}val", language)
    return etree.tostring(styles, xml_declaration=True, encoding="UTF-8", standalone=True)


def _output(made: Path, fmt: str) -> Path | None:
    """What LibreOffice wrote; it may exit 0 without it when it cannot load a file."""
    try:
        with made.open("rb") as handle:
            head = handle.read(5)
    except OSError:
        return None
    return made if head.startswith(MAGIC[fmt]) else None


def _place_all(jobs_: list[_Job], produced: dict[_Job, Path | None], reasons: dict[_Job, str],
               checked: dict[_Job, Checked], fmt: str) -> list[tuple[int, PdfResult]]:
    outcome = {job: PdfResult(job.source, None, reasons[job]) for job in jobs_}
    for job, (error, _stranded) in checked.items():
        made = produced[job]
        assert made is not None
        placed, error = (None, error) if error else _place(made, job.source.with_suffix(f".{fmt}"))
        outcome[job] = PdfResult(job.source, placed, error)
    return [(job.index, result) for job, result in outcome.items()]


def _place(pdf: Path, target: Path) -> tuple[Path | None, str | None]:
    """Move the verified PDF over the target in one step, so a reader never sees half a file."""
    try:
        fd = os.open(pdf, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.replace(pdf, target)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            _copy_replace(pdf, target)  # the temp folder is on another file system
    except OSError as exc:
        return None, f"kan {target} niet schrijven ({exc.strerror})"
    return target, None


def _copy_replace(pdf: Path, target: Path) -> None:
    with replacing(target) as temporary, pdf.open("rb") as source, temporary.open("wb") as handle:
        shutil.copyfileobj(source, handle)
        handle.flush()
        os.fsync(handle.fileno())


def _verify_parallel(items: list[tuple[Path, str | None, str | None]], jobs: int) -> list[Checked]:
    """The check of a batch in up to `jobs` sandboxed processes at once (one per LibreOffice worker),
    each on a contiguous share; answers in input order."""
    shares = min(max(1, jobs), len(items))
    if shares <= 1:
        return _verify_many(items)
    size = math.ceil(len(items) / shares)
    with ThreadPoolExecutor(shares) as pool:
        parts = pool.map(_verify_many, [items[start:start + size] for start in range(0, len(items), size)])
        return [checked for part in parts for checked in part]


def _verify_many(items: list[tuple[Path, str | None, str | None]]) -> list[Checked]:
    """One sandboxed check process for all items; if it dies, the item it was on gets the blame."""
    found: list[Checked] = []
    while len(found) < len(items):
        rest = items[len(found):]
        payload = [[str(path), title, language] for path, title, language in rest]
        answers, failure = run_isolated("generator.pdf.convert", "check_main", payload,
                                        timeout=CHECK_TIMEOUT + CHECK_TIMEOUT_PER_FILE * len(rest))
        found += [(answer.get("error"), answer.get("stranded") or []) for answer in answers[:len(rest)]]
        if len(found) < len(items):
            found.append((f"de controle van de PDF is afgebroken: {failure}", []))
    return found


def check_main() -> None:
    """Entry of the sandboxed check process: JSON [path, title, language] list in, a line per item out:
    the error, and the headings left at the foot of a page (pdf/keeps.py)."""
    limit_memory()
    for path, title, language in json.load(sys.stdin):
        error, stranded = _inspect(Path(path), title, language)
        print(json.dumps({"error": error, "stranded": stranded}), flush=True)


def _inspect(path: Path, title: str | None, language: str | None) -> Checked:
    from generator.pdf.keeps import Pages, stranded

    pages = Pages(path)  # one reader, each page's text read once for both checks
    error = _problem(path, title, language, pages)
    if error:
        return error, []
    try:
        return None, stranded(pages)
    except Exception:
        return None, []


def _problem(path: Path, title: str | None, language: str | None, pages: Any) -> str | None:
    from pypdf.errors import PyPdfError  # pypdf is only ever imported in the sandboxed process

    try:
        reader = pages.reader
        if reader.is_encrypted:
            return "de PDF is versleuteld"
        if len(reader.pages) == 0:
            return "de PDF heeft geen pagina's"
        if missing := _missing_words(pages, title or ""):
            return f"de titel staat niet in de tekst van de PDF (ontbreekt: {', '.join(missing)})"
        root = reader.trailer["/Root"]
        metadata = resolve(root, "/Metadata")
        if metadata is None or not PDFA_PART_2.search(metadata.get_data()):  # type: ignore[attr-defined]
            return "de PDF is niet als PDF/A-2 gemarkeerd (XMP pdfaid:part=2 ontbreekt)"
        marked = resolve(resolve(root, "/MarkInfo") or {}, "/Marked")
        if "/StructTreeRoot" not in root or getattr(marked, "value", None) is not True:  # type: ignore[operator]
            return "de PDF is niet getagd (/MarkInfo /Marked of /StructTreeRoot ontbreekt)"
        if language and resolve(root, "/Lang") != language:
            return f"de taal van de PDF is {resolve(root, '/Lang')} in plaats van {language}"
        return _conformance(path)
    except MemoryError:
        return "de PDF vraagt te veel geheugen om te lezen"
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        return f"de PDF is onleesbaar: {library(exc)}"
    return None


def _conformance(path: Path) -> str | None:
    """PDF/A-2b and PDF/UA-1 as far as they can be checked here (pdf/conformance.py)."""
    from generator.pdf.conformance import problems

    found = problems(path)
    return "de PDF voldoet niet aan PDF/A-2b of PDF/UA-1: " + "; ".join(found) if found else None


def resolve(dictionary: object, key: str) -> object:
    """dictionary[key] with indirect references followed, or None (pypdf's .get does not follow them)."""
    value = dictionary.get(key)  # type: ignore[attr-defined]
    return value.get_object() if value is not None else None


def _missing_words(pages: Any, title: str) -> list[str]:
    """Title words not found in the text, reading pages only until all have been found."""
    wanted = dict.fromkeys(_words(title))
    for number in range(len(pages)):
        if not wanted:
            break
        found = set(_words(pages.text(number) or ""))
        wanted = {word: None for word in wanted if word not in found}
    return list(wanted)


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "").replace("-\n", "")
    return re.findall(r"\w+", text.casefold())


ODF_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _verify_odt(items: list[tuple[Path, str | None, str | None]], _jobs: int = 1) -> list[Checked]:
    """An ODT copy is an ODF package: the mimetype first and stored, a content.xml that parses."""
    return [(_odt_problem(path), []) for path, _title, _language in items]


def _odt_problem(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if not infos or infos[0].filename != "mimetype" or archive.read(infos[0]) != ODF_MIMETYPE:
                return "de ODT-kopie is geen OpenDocument-tekst (mimetype ontbreekt)"
            if sum(info.file_size for info in infos) > MAX_UNPACKED:
                return "de ODT-kopie is te groot om te controleren"
            etree.fromstring(archive.read("content.xml"), XML_PARSER)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError) as exc:
        return f"de ODT-kopie is onleesbaar ({type(exc).__name__})"
    return None


def _verify_nothing(items: list[tuple[Path, str | None, str | None]], _jobs: int = 1) -> list[Checked]:
    return [(None, []) for _item in items]


VERIFY: dict[str, Verify] = {"pdf": _verify_parallel, "odt": _verify_odt}


@dataclass
class OdtResult:
    """One input document: the ODT copy written next to it, or why there is none."""

    source: Path
    odt: Path | None
    error: str | None


def odt_copies(docx_files: Sequence[Path], *, jobs: int = os.cpu_count() or 1,
               converter: Converter | None = None) -> list[OdtResult]:
    """An ODT copy next to each .docx: `convert(..., fmt="odt")`, on the caller's warm LibreOffice
    when it passes one (the build's, right after its PDFs)."""
    return [OdtResult(r.source, r.pdf, r.error) for r in convert(docx_files, jobs=jobs, fmt="odt", converter=converter)]
