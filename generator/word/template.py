"""Open a Word template safely: what it is, whether it is too big, whether it reaches outside.

Checked before python-docx or docxtpl touch it (an 80 KB zip bomb took python-docx to 1.67 GB;
a text file renamed .docx, an encrypted file and a .docm each fail differently).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from generator.errors import UserError
from generator.files import Unreadable, read_regular

MAX_TOTAL = 64 * 1024 * 1024
MAX_RATIO = 200
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
EXTERNAL = re.compile(rb'<Relationship [^>]*TargetMode="External"[^>]*>')
ALLOWED_EXTERNAL = re.compile(rb'Type="[^"]*/hyperlink"')


def read_template(path: Path) -> list[tuple[str, bytes]]:
    """The template's zip entries in their stored order, after the safety checks."""
    name = path.name
    try:
        raw = read_regular(path, MAX_TOTAL)
    except Unreadable as exc:
        raise UserError(f"sjabloon {exc}", exc.hint) from None
    if raw.startswith(OLE_MAGIC):
        raise UserError(f"sjabloon {name} is versleuteld of een oud .doc-bestand",
                        "open het in Word, verwijder het wachtwoord en sla op als Word-document (.docx)")
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise UserError(f"sjabloon {name} is geen Word-document (.docx)",
                        "sla het sjabloon in Word op als 'Word-document (*.docx)'")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            infos = archive.infolist()
            _check_sizes(name, infos)
            entries = [(info.filename, archive.read(info)) for info in infos]
    except (zipfile.BadZipFile, EOFError, OSError):
        raise UserError(f"sjabloon {name} is beschadigd", "sla het opnieuw op in Word") from None
    _check_content(name, dict(entries))
    return entries


def _check_sizes(name: str, infos: list[zipfile.ZipInfo]) -> None:
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if total > MAX_TOTAL or total / packed > MAX_RATIO:
        raise UserError(f"sjabloon {name} pakt uit tot {total:,} bytes; dat is geen normaal Word-document",
                        "gebruik een sjabloon zonder grote ingesloten bestanden")


def _check_content(name: str, parts: dict[str, bytes]) -> None:
    types = parts.get("[Content_Types].xml", b"")
    if "word/document.xml" not in parts:
        raise UserError(f"sjabloon {name} is geen Word-document (geen word/document.xml)",
                        "sla het sjabloon in Word op als 'Word-document (*.docx)'")
    if b"macroEnabled" in types or "word/vbaProject.bin" in parts:
        raise UserError(f"sjabloon {name} bevat macro's",
                        "sla het op als 'Word-document (*.docx)', zonder macro's")
    for part, data in parts.items():
        if part.endswith(".rels"):
            for rel in EXTERNAL.findall(data):
                if not ALLOWED_EXTERNAL.search(rel):
                    target = re.search(rb'Target="([^"]*)"', rel)
                    shown = target.group(1).decode(errors="replace") if target else "?"
                    raise UserError(f"sjabloon {name} koppelt aan een extern bestand ({shown})",
                                    "voeg afbeeldingen in als 'Invoegen', niet als 'Koppelen'")
        if part.startswith("word/") and part.endswith(".xml") and (b"<w:del " in data or b"<w:ins " in data):
            raise UserError(f"sjabloon {name} bevat bijgehouden wijzigingen",
                            "accepteer of weiger alle wijzigingen in Word (Controleren → Accepteren) en sla op")
