"""Word documents → PDF/A-2b (or ODT), checked before and after LibreOffice.

Each .docx is checked (a text file named .docx, an encrypted or old .doc, a truncated zip, a zip
bomb: each its own message) and copied under a number into a private folder; LibreOffice
(converter.py: kept running, hardened, time-limited) converts the copies. Every PDF is read back by
pypdf in a separate, memory-capped process before it replaces the old one next to the .docx.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from generator.errors import UserError
from generator.files import replacing
from generator.messages import library
from generator.pdf.converter import Converter
from generator.pdf.lobatch import ENV_SOFFICE, INSTALL_HINT, WORK_PREFIX, find_soffice
from generator.pdf.sandbox import limit_memory, run_isolated
from generator.word.ooxml import W

__all__ = ["ENV_SOFFICE", "INSTALL_HINT", "Converter", "PdfResult", "convert", "find_soffice",
           "limit_memory", "run_isolated", "verify_pdf"]

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
        pairs = [(job.work, work / "uit" / f"{job.work.stem}.{fmt}") for job in jobs_]
        if converter is None:
            with Converter(jobs, timeout, batch_size=batch_size) as office:
                errors = office.convert(pairs, fmt)
        else:
            errors = converter.convert(pairs, fmt)
        produced = {job: _output(pair[1], fmt) for job, pair in zip(jobs_, pairs, strict=True)}
        reasons = {job: error or _missing(fmt) for job, error in zip(jobs_, errors, strict=True)}
        if fmt == "pdf":
            outcome = _verify_and_place(jobs_, produced, reasons)
        else:
            outcome = [(job.index, PdfResult(job.source, *_place(made, job.source.with_suffix(f".{fmt}"))) if made
                        else PdfResult(job.source, None, reasons[job])) for job, made in produced.items()]
        for index, result in outcome:
            results[index] = result
    return results


def _missing(fmt: str) -> str:
    return "LibreOffice maakte geen PDF" if fmt == "pdf" else f"LibreOffice maakte geen {fmt.upper()}"


def verify_pdf(path: Path, title: str | None) -> None:
    """Read a PDF back in a sandboxed process; raise UserError if it is not what we publish."""
    error = _verify_many([(Path(path), title, None)])[0]
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


def _verify_and_place(jobs_: list[_Job], produced: dict[_Job, Path | None],
                      reasons: dict[_Job, str]) -> list[tuple[int, PdfResult]]:
    made = [(job, pdf) for job, pdf in produced.items() if pdf is not None]
    errors = _verify_many([(pdf, job.title, job.language) for job, pdf in made])
    outcome = {job: PdfResult(job.source, None, reasons[job]) for job in jobs_}
    for (job, pdf), error in zip(made, errors, strict=True):
        placed, error = (None, error) if error else _place(pdf, job.source.with_suffix(".pdf"))
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


def _verify_many(items: list[tuple[Path, str | None, str | None]]) -> list[str | None]:
    """One sandboxed check process for all items; if it dies, the item it was on gets the blame."""
    errors: list[str | None] = []
    while len(errors) < len(items):
        rest = items[len(errors):]
        payload = [[str(path), title, language] for path, title, language in rest]
        answers, failure = run_isolated("generator.pdf.convert", "check_main", payload,
                                        timeout=CHECK_TIMEOUT + CHECK_TIMEOUT_PER_FILE * len(rest))
        errors += [answer.get("error") for answer in answers[:len(rest)]]
        if len(errors) < len(items):
            errors.append(f"de controle van de PDF is afgebroken: {failure}")
    return errors


def check_main() -> None:
    """Entry of the sandboxed check process: JSON [path, title, language] list in, a line per item out."""
    limit_memory()
    for path, title, language in json.load(sys.stdin):
        print(json.dumps({"error": _inspect(Path(path), title, language)}), flush=True)


def _inspect(path: Path, title: str | None, language: str | None) -> str | None:
    from pypdf import PdfReader  # only ever imported in the sandboxed process
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            return "de PDF is versleuteld"
        if len(reader.pages) == 0:
            return "de PDF heeft geen pagina's"
        if missing := _missing_words(reader, title or ""):
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


def _missing_words(reader: object, title: str) -> list[str]:
    """Title words not found in the text, reading pages only until all have been found."""
    wanted = dict.fromkeys(_words(title))
    for page in reader.pages:  # type: ignore[attr-defined]
        if not wanted:
            break
        found = set(_words(page.extract_text() or ""))
        wanted = {word: None for word in wanted if word not in found}
    return list(wanted)


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "").replace("-\n", "")
    return re.findall(r"\w+", text.casefold())
