"""`raadsstukken import`: a motie as PDF or text (or an afdoeningsbrief quoting one) → a YAML data file.

`import_file` reads and parses, `to_yaml` writes the commented data file; both raise only
`generator.errors.UserError` for bad input.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from generator.errors import UserError
from generator.files import Unreadable, read_regular
from generator.importer import registry
from generator.importer.emit import OPEN_MARKERS, dump, open_missing
from generator.importer.kinds import HEAD, kind_of, quoted_moties
from generator.importer.parse import ImportResult, parse_raw, parse_text
from generator.importer.pdftext import Limits, pdf_pages
from generator.importer.roles import Finding
from generator.importer.textclean import PAGE_BREAK, to_lines, unglue

__all__ = ["ImportResult", "Limits", "import_file", "parse_text", "read_document", "to_yaml"]

MAX_TEXT_BYTES = 2 * 1024 * 1024
_WORD_SUFFIXES = {".doc", ".odt", ".rtf", ".docm"}


def import_file(path: Path, limits: Limits | None = None, raw: bool = False, orgaan: str | None = None,
                labeller: bool = False) -> ImportResult:
    """A motie, or an amendement when the text is one (its "te wijzigen in" is no dictum); with
    `raw`, the whole text under niet_geplaatst. `orgaan` is the project's own orgaan: taken, marked as a
    concept's open fact, only when the text names none."""
    from generator.importer.amendement import looks_like, parse_amendement

    notes: list[str] = []
    if path.suffix.lower() == ".docx" and path.is_file():
        from generator.importer.wordfile import read_docx

        word = read_docx(path)
        text = word.text
        if word.furniture:
            shown = ", ".join(f"'{t}'" for t in word.furniture)
            notes.append(f"kop- en voetteksten van het Word-bestand weggelaten (paginaopmaak): {shown}")
        notes.extend(word.notes)
        if word.comments:
            notes.append(f"{word.comments} opmerking(en) in het Word-bestand genegeerd; ze horen niet bij de"
                         " tekst van de motie")
    else:
        text = read_document(path, limits)
    minutes = None if raw else kind_of(to_lines(text)[:HEAD * 3], minutes_only=True) or quoted_moties(to_lines(text))
    if not raw and (page := registry.rewrite(text)):  # a registry page's fields, written as the form they hold
        text = page[0]
        notes.extend(page[1])
    if minutes:
        raise UserError(minutes.message(), minutes.hint())
    original = text
    text, markers = (text, []) if raw else unglue(text)
    if markers or text != original:
        shown = ", ".join(f"'{m}'" for m in markers)
        notes.append("regels zonder regeleinden (een webkopie) gesplitst voor de koppen en punten die erin stonden"
                     + (f" (punten {shown})" if shown else "") + "; controleer de indeling")
    if raw:
        result = parse_raw(text)
    else:
        result = parse_amendement(text, orgaan) if looks_like(text) else parse_text(text, orgaan, labeller)
    result.notes.extend(notes)
    for key in open_missing(result.data):  # written as an open fact's marker: the document is a concept
        result.open_facts.append(key)  # the warning that the text lacks it is the parser's
        result.findings.append(Finding("niet-in-tekst", -1, "", f"{key}: de tekst noemt het niet; '{OPEN_MARKERS[key]}'"
                                       " staat er tot u het invult"))
    return result


def read_document(path: Path, limits: Limits | None = None) -> str:
    """The text of a .pdf (pages apart by a form feed) or a text file."""
    limits = limits or Limits()
    name = path.name
    if not path.exists():
        raise UserError(f"{path} bestaat niet", "controleer de naam en de map")
    if not path.is_file():
        raise UserError(f"{path} is geen bestand")
    if path.suffix.lower() == ".docx":
        from generator.importer.wordfile import read_docx

        return read_docx(path).text
    if path.suffix.lower() in _WORD_SUFFIXES:
        raise UserError(f"{name} is een tekstverwerkerbestand dat de import niet leest; hij leest .docx, PDF en"
                        " tekst", "sla de motie op als .docx, PDF of tekst (.txt) en importeer die")
    try:
        head = read_regular(path, 1024)[:1024]
    except Unreadable as exc:
        raise UserError(f"kan {exc}", exc.hint) from None
    if path.suffix.lower() == ".pdf" or head.lstrip().startswith(b"%PDF-"):
        return PAGE_BREAK.join(pdf_pages(path, name, limits))
    return _read_text(path, name)


def _read_text(path: Path, name: str) -> str:
    try:
        size = path.stat().st_size  # measured before reading: a 50 MB file is refused without loading it
    except OSError:
        size = 0
    if size > MAX_TEXT_BYTES:
        raise UserError(f"{name} is te groot voor een motie ({size // 1024} kB; hoogstens"
                        f" {MAX_TEXT_BYTES // 1024} kB)", "sla alleen de motie op als apart bestand")
    raw = path.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise UserError(f"{name} begint als UTF-16-tekst maar is onleesbaar (beschadigd?)",
                            "sla de motie opnieuw op als tekst in UTF-8") from None
    if b"\x00" in raw[:8192] or raw.startswith(b"PK\x03\x04"):
        raise UserError(f"{name} is geen tekstbestand (het bevat binaire gegevens)",
                        "importeer een .docx, een PDF of een tekstbestand (.txt)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def to_yaml(result: ImportResult, source: str) -> str:
    header = [
        f"{str(result.data.get('soort', 'motie')).capitalize()} geïmporteerd uit {source} met 'raadsstukken import'.",
        "Controleer elk veld tegen het origineel; de import raadt waar de bron onduidelijk is.",
    ]
    if result.open_facts:
        header.append(f"CONCEPT: de tekst noemt niet {', '.join(result.open_facts)}; wat er staat is een plaatshouder of"
                      " een aanname. Vul het in" + (" en haal dan 'concept: ja' weg." if result.data.get("concept") else "."))
    if result.warnings:
        header.append("Let op:")
        header.extend(f"- {' '.join(warning.split())}" for warning in result.warnings)
    return dump(result.data, header, result.comments)
