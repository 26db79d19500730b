"""A Word package (.docx) from elsewhere, checked before python-docx, docxtpl or the renderer open it.

Parsed, not grepped: zip entry names are validated (no `..`, absolute, drive, backslash or control
character, no duplicates, not too many); sizes and the packing ratio are capped from the zip's own
table before one byte is unpacked (zipfile stops at the declared size and checks the CRC); every XML
part is parsed with entities, DTDs and the network off (lxml's default limits on depth and text
size), and a DTD is refused, since Word never writes one; relationships are read as XML, so any
quoting, whitespace, prefix or character reference says the same. Each problem is one Dutch line
that names the file (`what`: "sjabloon motie.docx" or "concept.docx").
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from generator.errors import UserError

MAX_TOTAL = 64 * 1024 * 1024
MAX_RATIO = 200
MAX_ENTRIES = 2000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
HYPERLINK_TYPES = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                   "http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink")
LINK_SCHEMES = ("http://", "https://", "mailto:")
"""What a hyperlink may point at: a click opens it, nothing is fetched on opening."""
FETCHING_FIELDS = ("INCLUDEPICTURE", "INCLUDETEXT", "LINK", "DDE", "DDEAUTO", "IMPORT", "INCLUDE")
"""Field codes that make Word (or LibreOffice) read another file or program when fields are updated."""
RESAVE = "sla het sjabloon opnieuw op in Word als 'Word-document (*.docx)'"
BIG = "gebruik een sjabloon zonder grote ingesloten bestanden"
TRACKED = (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo")
_SAFE = {"resolve_entities": False, "load_dtd": False, "no_network": True, "dtd_validation": False, "huge_tree": False}
STRICT = etree.XMLParser(**_SAFE)
LENIENT = etree.XMLParser(recover=True, **_SAFE)
"""For parts a template author writes Jinja into: their well-formedness is the renderer's to judge,
with its own message; here only what they declare (a DTD) and what they hold (fields, revisions)."""
_BAD_NAME = re.compile(r"^[A-Za-z]:|[\\\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Wording:
    """How the messages name the file and what they advise: a template, or a draft to import."""

    what: str
    resave: str = RESAVE
    big: str = BIG
    strict: bool = False
    """Every XML part must be well-formed (a draft to import; a template's parts hold Jinja the
    renderer judges with its own messages)."""


@dataclass
class Package:
    wording: Wording
    entries: list[tuple[str, bytes]]

    @property
    def what(self) -> str:
        return self.wording.what

    def parts(self) -> dict[str, bytes]:
        return dict(self.entries)

    def xml(self) -> Iterator[tuple[str, etree._Element]]:
        """Every XML part parsed (relationships and content types strictly), a DTD refused."""
        for name, data in self.entries:
            lower = name.casefold()
            if not (lower.endswith((".xml", ".rels", ".vml")) and data.strip()):
                continue
            strict = self.wording.strict or lower.endswith(".rels") or lower == "[content_types].xml"
            root = self._parse(name, data, strict)
            if root is not None:
                yield name, root

    def _parse(self, name: str, data: bytes, strict: bool) -> etree._Element | None:
        try:
            root = etree.fromstring(data, STRICT if strict else LENIENT)
        except etree.XMLSyntaxError as exc:
            line = exc.position[0] if exc.position else 0
            raise UserError(f"{self.what}: {name} is geen geldige XML (regel {line})", self.wording.resave) from None
        if root is None:
            return None
        info = root.getroottree().docinfo
        if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
            raise UserError(f"{self.what} bevat een DTD (<!DOCTYPE …>) in {name}; die heeft een Word-document nooit",
                            self.wording.resave)
        return root


def open_package(raw: bytes, wording: Wording, *, not_a_zip: tuple[str, str], encrypted: tuple[str, str]) -> Package:
    """The package's entries in their stored order, after every check that needs no XML."""
    if raw.startswith(OLE_MAGIC):
        raise UserError(*encrypted)
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise UserError(*not_a_zip)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            infos = archive.infolist()
            _check_names(wording, infos)
            _check_sizes(wording, infos)
            entries = [(info.filename, archive.read(info)) for info in infos]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError, RuntimeError, ValueError):
        raise UserError(f"{wording.what} is beschadigd", wording.resave) from None
    return Package(wording, entries)


def _check_names(wording: Wording, infos: list[zipfile.ZipInfo]) -> None:
    what = wording.what
    if len(infos) > MAX_ENTRIES:
        raise UserError(f"{what} bestaat uit {len(infos):,} onderdelen; dat is geen normaal Word-document".replace(",", "."),
                        wording.big)
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        segments = name.rstrip("/").split("/")
        if (not name or name.startswith("/") or _BAD_NAME.search(name) or len(name) > 255
                or any(s in ("", ".", "..") for s in segments)):
            raise UserError(f"{what} bevat een onderdeel met een ongeldige naam ({name[:80]!r})", wording.resave)
        key = name.casefold()
        if key in seen:
            raise UserError(f"{what} bevat het onderdeel '{name[:80]}' twee keer", wording.resave)
        seen.add(key)


def _check_sizes(wording: Wording, infos: list[zipfile.ZipInfo]) -> None:
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if total > MAX_TOTAL or total / packed > MAX_RATIO:
        raise UserError(f"{wording.what} pakt uit tot {total:,} bytes; dat is geen normaal Word-document".replace(",", "."),
                        wording.big)


def macros(package: Package) -> bool:
    types = package.parts().get("[Content_Types].xml", b"")
    return b"macroenabled" in types.lower() or b"vbaproject" in types.lower() or any(
        name.casefold().rsplit("/", 1)[-1] in ("vbaproject.bin", "vbadata.xml") for name, _ in package.entries)


@dataclass(frozen=True)
class Findings:
    """What the XML of a package holds that a template may not."""

    external: list[str]
    fields: list[tuple[str, str]]
    tracked: bool


def inspect(package: Package) -> Findings:
    external: list[str] = []
    fields: list[tuple[str, str]] = []
    tracked = False
    for name, root in package.xml():
        if name.casefold().endswith(".rels"):
            external.extend(_external_targets(root))
        elif name.startswith("word/"):
            fields.extend((code, name) for code in _fetching_fields(root))
            tracked = tracked or any(True for _ in root.iter(*TRACKED))
    return Findings(external, fields, tracked)


def _external_targets(root: etree._Element) -> Iterator[str]:
    for rel in root.iter(RELATIONSHIP):
        if (rel.get("TargetMode") or "").strip().casefold() != "external":
            continue
        target = (rel.get("Target") or "").strip()
        kind = (rel.get("Type") or "").strip()
        if kind in HYPERLINK_TYPES and target.casefold().startswith(LINK_SCHEMES):
            continue
        yield target


def _fetching_fields(root: etree._Element) -> Iterator[str]:
    """Field instructions: `w:fldSimple/@w:instr`, and the `w:instrText` runs between two field characters."""
    codes: list[str] = []
    buffer: list[str] = []
    for element in root.iter(f"{W}fldSimple", f"{W}fldChar", f"{W}instrText"):
        if element.tag == f"{W}fldSimple":
            codes.append(element.get(f"{W}instr") or "")
        elif element.tag == f"{W}instrText":
            buffer.append(element.text or "")
        else:
            codes.append("".join(buffer))
            buffer = []
    codes.append("".join(buffer))
    for code in codes:
        match = re.match(r'\s*(\w+)\s*("[^"]*"|\S+)?', code)
        if match and match.group(1).upper() in FETCHING_FIELDS:
            yield " ".join(p for p in (match.group(1).upper(), match.group(2)) if p)
