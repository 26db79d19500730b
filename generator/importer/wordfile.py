"""A .docx (a raadslid's draft in Word, or a motie made by another tool) → lines of text.

Paragraphs and tables in document order; Word's own list numbering (numbering.xml) becomes the
marker a reader sees ("1.", "a.", "•"); tracked changes are read as accepted (insertions kept,
deletions dropped); comments are not motie text; footnotes follow the text as "1 text" lines.
Headers and footers are page furniture: returned apart so the caller names them.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import UserError
from generator.files import Unreadable, read_regular

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SKIP = {f"{W}del", f"{W}moveFrom", f"{W}commentReference", f"{W}annotationRef", f"{W}instrText",
         f"{W}delText", f"{W}pPr", f"{W}rPr"}


@dataclass
class WordText:
    text: str
    furniture: list[str] = field(default_factory=list)
    comments: int = 0
    notes: list[str] = field(default_factory=list)


REOPEN = "open het in Word, sla het opnieuw op als .docx en importeer het nog eens"
MAX_DOCX = 20 * 1024 * 1024
"""The editor's upload limit (editor/security.py): a draft larger than this is no motie."""


def read_docx(path: Path) -> WordText:
    name = path.name
    try:
        raw = read_regular(path, MAX_DOCX)
    except Unreadable as exc:
        raise UserError(f"kan {exc}", exc.hint) from None
    head = raw[:65536]
    if head.startswith(_OLE) and "EncryptedPackage".encode("utf-16-le") in head:
        raise UserError(f"{name} is met een wachtwoord beveiligd (versleuteld); de import kan het niet lezen",
                        "sla de motie in Word op als .docx zonder wachtwoord en importeer die")
    if head.startswith(_OLE):
        raise UserError(f"{name} is met een wachtwoord beveiligd of is een oud Word-bestand (.doc); de import kan"
                        " het niet lezen", "sla de motie in Word op als .docx zonder wachtwoord en importeer die")
    if len(raw) > MAX_DOCX:
        raise UserError(f"{name} is te groot om te importeren (meer dan {MAX_DOCX // 2**20} MB)",
                        "sla alleen de motie op als .docx, zonder grote ingesloten bestanden")
    _checked(raw, name)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile):
        raise UserError(f"{name} is geen leesbaar Word-bestand", REOPEN) from None
    reader = _Reader(document)
    lines = reader.body()
    return WordText("\n".join(lines) + "\n", reader.furniture(), reader.comments(), reader.notes)


def _checked(raw: bytes, name: str) -> None:
    """The package rules of word/package.py, with every XML part well-formed; a .docm refused by what it holds."""
    from generator.word.package import Wording, macros, open_package

    package = open_package(raw, Wording(name, REOPEN, "sla alleen de motie op als .docx, zonder grote ingesloten bestanden",
                                        strict=True),
                           not_a_zip=(f"{name} is geen Word-bestand (.docx) dat de import kan lezen",
                                      "sla de motie in Word op als .docx of als PDF en importeer die"),
                           encrypted=(f"{name} is met een wachtwoord beveiligd of is een oud Word-bestand (.doc)",
                                      "sla de motie in Word op als .docx zonder wachtwoord en importeer die"))
    if macros(package):
        raise UserError(f"{name} bevat macro's (een .docm-bestand met de naam .docx)",
                        "sla de motie in Word op als 'Word-document (*.docx)', zonder macro's, en importeer die")
    if "word/document.xml" not in package.parts():
        raise UserError(f"{name} is geen Word-document (geen word/document.xml)", REOPEN)
    for _ in package.xml():  # parsed strictly, a DTD refused
        pass


class _Reader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.part = document.part
        self.numbering = _Numbering(self.part)
        self.footnotes: list[tuple[str, str]] = []
        self.notes: list[str] = []

    def body(self) -> list[str]:
        lines: list[str] = []
        for child in self.document.element.body.iterchildren():
            if child.tag == f"{W}p":
                lines.extend([self.paragraph(child), ""])
            elif child.tag == f"{W}tbl":
                lines.extend([*self.table(child), ""])
            elif child.tag == f"{W}altChunk":
                lines.extend(self.alt_chunk(child))
        if self.footnotes:
            lines.extend(f"{label} {text}" for label, text in self.footnotes)
        return lines

    def paragraph(self, element: Any) -> str:
        text = "".join(self._runs(element)).strip()
        marker = self.numbering.marker(element, self._style(element)) if text else ""
        return f"{marker} {text}" if marker else text

    def alt_chunk(self, element: Any) -> list[str]:
        """Content Word pasted in as another file (HTML or text): read as its lines, never dropped unsaid."""
        from generator.importer.chunks import chunk_lines

        rel = self.part.rels.get(element.get(f"{R}id") or "")
        if rel is None or rel.is_external:
            self.notes.append("ingevoegde inhoud (altChunk) zonder bron overgeslagen")
            return []
        partname = str(rel.target_part.partname).lstrip("/")
        lines = chunk_lines(rel.target_part.content_type, rel.target_part.blob)
        if lines is None:
            self.notes.append(f"ingevoegde inhoud ({partname}, {rel.target_part.content_type}) niet gelezen;"
                              " kopieer die tekst zelf in de motie")
            return []
        self.notes.append(f"ingevoegde inhoud ({partname}) als tekst gelezen; controleer de opmaak")
        return [line for text in lines for line in (text, "")]

    def table(self, element: Any) -> list[str]:
        rows = []
        for row in element.iter(f"{W}tr"):
            cells = [" ".join("".join(self._runs(p)).strip() for p in cell.iter(f"{W}p")).strip()
                     for cell in row.iter(f"{W}tc")]
            rows.append("   ".join(c for c in cells if c))
        return rows

    def _runs(self, element: Any) -> list[str]:
        out: list[str] = []
        for child in element.iterchildren():
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == f"{W}t":
                out.append(child.text or "")
            elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                out.append(" ")
            elif tag == f"{W}footnoteReference":
                out.append(self._footnote(child.get(f"{W}id")))
            else:
                out.extend(self._runs(child))
        return out

    def _footnote(self, ident: str | None) -> str:
        notes = self._notes()
        label = str(len(self.footnotes) + 1)
        text = notes.get(ident or "", "")
        self.footnotes.append((label, text))
        return label

    def _notes(self) -> dict[str, str]:
        for rel in self.part.rels.values():
            if rel.reltype.endswith("/footnotes"):
                from lxml import etree

                root = etree.fromstring(rel.target_part.blob)
                return {n.get(f"{W}id"): " ".join("".join(self._runs(p)).strip() for p in n.iter(f"{W}p")).strip()
                        for n in root.iter(f"{W}footnote")}
        return {}

    def _style(self, element: Any) -> str | None:
        style = element.find(f"{W}pPr/{W}pStyle")
        return None if style is None else style.get(f"{W}val")

    def furniture(self) -> list[str]:
        found: list[str] = []
        for section in self.document.sections:
            for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
                if part.is_linked_to_previous:
                    continue
                found.extend(p.text.strip() for p in part.paragraphs if p.text.strip())
        return list(dict.fromkeys(found))

    def comments(self) -> int:
        return sum(1 for rel in self.part.rels.values() if rel.reltype.endswith("/comments")
                   for _ in rel.target_part.blob.split(b"<w:comment ")[1:])


class _Numbering:
    """numId/ilvl (on the paragraph or its style) → the marker Word shows, counting per list and level."""

    def __init__(self, part: Any) -> None:
        self.formats: dict[tuple[str, str], tuple[str, str]] = {}
        self.style_num: dict[str, tuple[str, str]] = {}
        self.counters: dict[tuple[str, str], int] = {}
        try:
            numbering = part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering = None
        if numbering is not None:
            abstract = {a.get(f"{W}abstractNumId"): a for a in numbering.iter(f"{W}abstractNum")}
            for num in numbering.iter(f"{W}num"):
                ref = num.find(f"{W}abstractNumId")
                source = abstract.get(ref.get(f"{W}val")) if ref is not None else None
                for lvl in source.iter(f"{W}lvl") if source is not None else []:
                    fmt = lvl.find(f"{W}numFmt")
                    text = lvl.find(f"{W}lvlText")
                    self.formats[(num.get(f"{W}numId"), lvl.get(f"{W}ilvl"))] = (
                        fmt.get(f"{W}val") if fmt is not None else "decimal",
                        text.get(f"{W}val") if text is not None else "%1.")
        for style in part.styles.element.iter(f"{W}style"):
            num_id = style.find(f"{W}pPr/{W}numPr/{W}numId")
            if num_id is not None:
                level = style.find(f"{W}pPr/{W}numPr/{W}ilvl")
                self.style_num[style.get(f"{W}styleId")] = (num_id.get(f"{W}val"),
                                                            level.get(f"{W}val") if level is not None else "0")

    def marker(self, paragraph: Any, style: str | None) -> str:
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        key = self.style_num.get(style or "")
        if num_pr is not None:
            num_id = num_pr.find(f"{W}numId")
            level = num_pr.find(f"{W}ilvl")
            if num_id is not None:
                key = (num_id.get(f"{W}val"), level.get(f"{W}val") if level is not None else "0")
        if key is None or key[0] == "0" or key not in self.formats:
            return ""
        fmt, text = self.formats[key]
        if fmt in {"bullet", "none"}:
            return "•" if fmt == "bullet" else ""
        count = self.counters.get(key, 0) + 1
        self.counters[key] = count
        return text.replace(f"%{int(key[1]) + 1}", _number(fmt, count)).strip() or f"{count}."


def _number(fmt: str, count: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (count - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][min(count, 10) - 1]
        return roman.upper() if fmt == "upperRoman" else roman
    return str(count)
