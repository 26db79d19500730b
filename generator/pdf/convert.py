"""Word documents → PDF/A-2b (or ODT copies) with LibreOffice, many documents per LibreOffice start.

Starting LibreOffice costs about a second; converting one more document in a running instance
costs a tenth of that, so documents go in batches (one `soffice --convert-to` per batch), one
batch at a time per worker, each worker with its own fresh profile (a shared profile lost half of
the PDFs with four parallel runs). LibreOffice is hardened through that profile (linked files
blocked, macros off, links never updated), gets a minimal environment and a timeout that kills its
whole process group. A batch that fails is retried document by document. Every PDF is read back
by pypdf in a separate, memory-capped process before it replaces the old one next to the .docx.
The same batches make ODT copies (`odt_copies`, the open standard of the Forum Standaardisatie): one
LibreOffice run makes one format, so an ODT copy is a run of its own, checked as an ODF package.
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
from queue import Queue
from typing import Any

from lxml import etree

from generator import portable
from generator.errors import UserError
from generator.files import replacing
from generator.messages import library
from generator.pdf.sandbox import limit_memory, run_isolated, run_killable
from generator.word.ooxml import W

ENV_SOFFICE = "RAADSSTUKKEN_SOFFICE"
INSTALL_HINT = f"{portable.LIBREOFFICE_INSTALL} of wijs met {ENV_SOFFICE} naar het programma soffice"
PDF_FILTER = "pdf:writer_pdf_Export:" + json.dumps({
    "SelectPdfVersion": {"type": "long", "value": "2"},  # PDF/A-2b
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
    "PDFUACompliance": {"type": "boolean", "value": "true"},  # PDF/UA-1 identification and checks (7.x)
})
# (path, property, value) written into each fresh profile's registrymodifications.xcu.
PROFILE_SETTINGS = (
    # An image linked as file:///… was embedded into the PDF without this (docs/pdf.md).
    ("org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),  # very high
    ("org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
    # 0 is NEVER: the value goes straight into SetUpdateLinkMode, see sw/inc/linkenum.hxx
    # (https://github.com/LibreOffice/core/blob/master/sw/inc/linkenum.hxx); the schema's own
    # description in Writer.xcs lists the enumeration the other way round.
    ("org.openoffice.Office.Writer/Content/Update", "Link", "0"),
    ("org.openoffice.Office.Java/VirtualMachine", "Enable", "false"),
)
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


@dataclass
class PdfResult:
    """One input document: the PDF written next to it (the file of another `Target`), or why there is none."""

    source: Path
    pdf: Path | None
    error: str | None


@dataclass(frozen=True)
class Target:
    """What LibreOffice makes: the suffix of the file, its --convert-to filter, the bytes it starts with,
    and the check that runs on every file made (paths, titles, languages → an error or None each)."""

    suffix: str
    filter: str
    magic: bytes
    verify: Callable[[list[tuple[Path, str | None, str | None]]], list[Checked]]


Checked = tuple[str | None, list[list[Any]]]
"""What the check of one file made found: its error (or None), and the headings LibreOffice left at the
foot of a page (pdf/keeps.py: [text, occurrence]), which a second run moves to the next page."""


@dataclass(frozen=True)
class _Job:
    index: int
    source: Path
    work: Path  # the checked private copy LibreOffice reads
    title: str | None
    language: str | None


class _DocumentError(Exception):
    """A problem with one document; becomes that document's PdfResult.error."""


def find_soffice() -> str:
    """The LibreOffice program to run; RAADSSTUKKEN_SOFFICE overrides the search."""
    override = os.environ.get(ENV_SOFFICE)
    if override:
        if os.access(override, os.X_OK) and Path(override).is_file():
            return override
        raise UserError(f"LibreOffice niet gevonden: {ENV_SOFFICE} wijst naar {override}, "
                        "maar daar staat geen uitvoerbaar programma", INSTALL_HINT)
    if found := portable.soffice_candidates():
        return found[0]
    raise UserError("LibreOffice is niet gevonden; dat is nodig om PDF's te maken", INSTALL_HINT)


def convert(docx_files: Sequence[Path], *, jobs: int = os.cpu_count() or 1, batch_size: int = 50,
            timeout: float = 120.0, target: Target | None = None) -> list[PdfResult]:
    """Convert each .docx into a verified PDF (or `target`) next to it; results in input order."""
    target = target or PDF
    sources = [Path(p) for p in docx_files]
    if not sources:
        return []
    soffice = find_soffice()
    batches = _split(list(enumerate(sources)), max(1, jobs), max(1, batch_size))
    results = [PdfResult(source, None, None) for source in sources]
    with tempfile.TemporaryDirectory(prefix=f"raadsstukken-pdf-{os.getpid()}-", ignore_cleanup_errors=True) as root:
        workers: Queue[_Worker] = Queue()
        for number in range(min(max(1, jobs), len(batches))):
            workers.put(_Worker(Path(root) / f"werker-{number}", soffice, timeout, target))
        with ThreadPoolExecutor(workers.qsize()) as pool:
            for outcome in pool.map(lambda batch: _on_free_worker(workers, batch), batches):
                for index, result in outcome:
                    results[index] = result
    return results


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


Item = tuple[int, Path]  # position in the input, the .docx


def _split(items: list[Item], workers: int, batch_size: int) -> list[list[Item]]:
    """Even batches of at most batch_size, and at least one per worker."""
    count = max(math.ceil(len(items) / batch_size), min(workers, len(items)))
    size = math.ceil(len(items) / count)
    return [items[start:start + size] for start in range(0, len(items), size)]


def _on_free_worker(workers: Queue[_Worker], batch: list[Item]) -> list[tuple[int, PdfResult]]:
    worker = workers.get()
    try:
        return worker.convert(batch)
    finally:
        workers.put(worker)


class _Worker:
    """One LibreOffice profile (and so one LibreOffice at a time) with its private folders."""

    def __init__(self, folder: Path, soffice: str, timeout: float, target: Target) -> None:
        self.folder, self.soffice, self.timeout, self.target = folder, soffice, timeout, target
        self.profile, self.home = folder / "profiel", folder / "home"
        (self.profile / "user").mkdir(parents=True)
        self.home.mkdir()
        (self.profile / "user" / "registrymodifications.xcu").write_text(_registry(), encoding="utf-8")
        self.batches = 0

    def convert(self, batch: list[Item]) -> list[tuple[int, PdfResult]]:
        self.batches += 1
        folder = self.folder / f"groep-{self.batches}"
        (folder / "uit").mkdir(parents=True)
        done, jobs_ = [], []
        for index, source in batch:
            work = folder / f"{index:05d}.docx"  # unique names; no user text on the command line
            try:
                jobs_.append(_Job(index, source, work, *_prepare(source, work)))
            except _DocumentError as exc:
                done.append((index, PdfResult(source, None, str(exc))))
        return done + (self._convert(jobs_, folder / "uit") if jobs_ else [])

    def _convert(self, jobs_: list[_Job], out: Path) -> list[tuple[int, PdfResult]]:
        failure = self._run([job.work for job in jobs_], out)
        produced = {job: _output(out, job, self.target) for job in jobs_}
        reasons = dict.fromkeys(jobs_, failure)
        for job in [job for job in jobs_ if produced[job] is None and len(jobs_) > 1]:
            reasons[job] = self._run([job.work], out)  # one bad document must not sink the batch
            produced[job] = _output(out, job, self.target)
        checked = self._check(produced)
        self._move_stranded_headings(produced, checked, out)
        return _place_all(jobs_, produced, reasons, checked, self.target)

    def _check(self, produced: dict[_Job, Path | None]) -> dict[_Job, Checked]:
        made = [(job, path) for job, path in produced.items() if path is not None]
        return dict(zip([job for job, _ in made],
                        self.target.verify([(path, job.title, job.language) for job, path in made]), strict=True))

    def _move_stranded_headings(self, produced: dict[_Job, Path | None], checked: dict[_Job, Checked],
                                out: Path) -> None:
        """Convert once more, with a page break before each heading LibreOffice left at a page's foot."""
        from generator.pdf.keeps import break_before

        again = [job for job, (error, stranded) in checked.items() if not error and stranded
                 and break_before(job.work, stranded)]
        if not again:
            return
        self._run([job.work for job in again], out)
        redone = {job: _output(out, job, self.target) for job in again}
        if all(path is not None for path in redone.values()):  # else the first PDFs stand
            produced.update(redone)
            checked.update(self._check(redone))

    def _run(self, files: list[Path], out: Path) -> str:
        """Run one soffice over files; the reason a document may be missing afterwards."""
        command = [self.soffice, f"-env:UserInstallation={self.profile.as_uri()}", "--headless",
                   "--invisible", "--nodefault", "--nolockcheck", "--nologo", "--norestore",
                   "--convert-to", self.target.filter, "--outdir", str(out), *map(str, files)]
        env = portable.child_environment(HOME=str(self.home), LANG="C.UTF-8", LC_ALL="C.UTF-8")
        try:
            code, stdout, stderr = run_killable(command, env=env, timeout=self.timeout)
        except OSError as exc:
            return f"LibreOffice kon niet worden gestart ({exc.strerror})"
        if code is None:
            return f"LibreOffice was na {self.timeout:g} s niet klaar en is gestopt"
        if b"could not be loaded" in stdout + stderr:
            return "LibreOffice kon het document niet openen (beschadigd of geen Word-document)"
        made = self.target.suffix[1:].upper()
        return f"LibreOffice stopte met code {code} zonder {made}" if code else f"LibreOffice maakte geen {made}"


def _registry() -> str:
    items = "".join(
        f'<item oor:path="/{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>\n'
        for path, name, value in PROFILE_SETTINGS)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            f"{items}</oor:items>\n")


def _output(out: Path, job: _Job, target: Target) -> Path | None:
    """The file soffice wrote for job; it exits 0 without one when it cannot load a file."""
    made = out / f"{job.work.stem}{target.suffix}"
    try:
        with made.open("rb") as handle:
            return made if handle.read(len(target.magic)) == target.magic else None
    except OSError:
        return None


def _place_all(jobs_: list[_Job], produced: dict[_Job, Path | None], reasons: dict[_Job, str],
               checked: dict[_Job, Checked], target: Target) -> list[tuple[int, PdfResult]]:
    outcome = {job: PdfResult(job.source, None, reasons[job]) for job in jobs_}
    for job, (error, _stranded) in checked.items():
        pdf = produced[job]
        assert pdf is not None
        placed, error = (None, error) if error else _place(pdf, job.source.with_suffix(target.suffix))
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
    from pypdf import PdfReader

    error = _problem(path, title, language)
    if error:
        return error, []
    from generator.pdf.keeps import stranded

    try:
        return None, stranded(PdfReader(path))
    except Exception:
        return None, []


def _problem(path: Path, title: str | None, language: str | None) -> str | None:
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


PDF = Target(".pdf", PDF_FILTER, b"%PDF-", _verify_many)
ODF_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _verify_odt(items: list[tuple[Path, str | None, str | None]]) -> list[Checked]:
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


ODT = Target(".odt", "odt:writer8", b"PK", _verify_odt)


@dataclass
class OdtResult:
    """One input document: the ODT copy written next to it, or why there is none."""

    source: Path
    odt: Path | None
    error: str | None


def odt_copies(docx_files: Sequence[Path], *, jobs: int = os.cpu_count() or 1) -> list[OdtResult]:
    """An ODT copy next to each .docx. The one place the build asks for ODT: point it at another
    converter (a warm LibreOffice) and the build follows."""
    return [OdtResult(r.source, r.pdf, r.error) for r in convert(docx_files, jobs=jobs, target=ODT)]
