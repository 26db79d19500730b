"""The gemeente's logo in the letterhead: the template's placeholder picture replaced by the logo.

A huisstijl template holds a placeholder picture in a header; the renderer swaps that zip entry
for the logo's bytes (`Prepared.media`). Word keeps the placeholder's size, so the logo should
have the placeholder's aspect ratio. Colours and fonts come from the template's Word styles only.
The picture gets its alternative text (`Prepared.descriptions`, set by word/pictures.py): the profile's
`logo_beschrijving`, else "Logo" and the letterhead ("Logo Gemeente Zuidplas").
"""

from __future__ import annotations

import re
import zipfile
from functools import lru_cache
from pathlib import Path

from generator.errors import ValidationFailed
from generator.files import Unreadable, read_regular
from generator.loading.project import Loaded, Project, is_file

MAX_LOGO = 2 * 1024 * 1024
FORMATS = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}
EXTENSIONS = {"png": "png", "jpg": "jpeg", "jpeg": "jpeg"}
IMAGE_REL = re.compile(rb'<Relationship [^>]*Type="[^"]*/image"[^>]*Target="([^"]+)"'
                       rb'|<Relationship [^>]*Target="([^"]+)"[^>]*Type="[^"]*/image"')


def logo_path(gemeente: Loaded) -> Path | None:
    """The profile's logo file (relative to the profile), or None without one."""
    huisstijl = gemeente.model.huisstijl
    if not huisstijl or not huisstijl.logo:
        return None
    path = gemeente.path.parent / huisstijl.logo
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links: reported as a logo that does not exist
        return path


def logo_inputs(gemeente: Loaded) -> list[Path]:
    """For `Prepared.inputs`: a changed logo rebuilds the documents that show it."""
    path = logo_path(gemeente)
    return [path] if path else []


def placeholder(template: Path) -> str | None:
    """Zip entry of the first picture in the template's headers (word/media/image1.png), if any."""
    stat = template.stat()
    return _placeholder(template, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _placeholder(template: Path, _mtime: int, _size: int) -> str | None:
    with zipfile.ZipFile(template) as archive:
        for name in sorted(archive.namelist()):
            if re.fullmatch(r"word/_rels/header\d*\.xml\.rels", name):
                for match in IMAGE_REL.finditer(archive.read(name)):
                    target = (match.group(1) or match.group(2)).decode()
                    return target.lstrip("/") if target.startswith("/") else f"word/{target}"
    return None


def logo_descriptions(gemeente: Loaded, template: Path, letterhead: str) -> dict[str, str]:
    """`Prepared.descriptions` for the logo: {placeholder entry: alternative text}; {} without a logo."""
    entry = placeholder(template) if logo_path(gemeente) else None
    if entry is None:
        return {}
    return {entry: gemeente.model.huisstijl.logo_beschrijving or f"Logo {letterhead}"}


def logo_media(project: Project, gemeente: Loaded, template: Path) -> dict[str, bytes]:
    """`Prepared.media` for the logo: {placeholder entry: logo bytes}; {} without logo or placeholder."""
    path = logo_path(gemeente)
    entry = placeholder(template) if path else None
    if path is None or entry is None:
        return {}
    issue = _outside(project, path) or _problem(gemeente, path, entry)
    if issue:
        raise ValidationFailed([gemeente.doc.issue(("huisstijl", "logo"), *issue)])
    try:
        return {entry: read_regular(path)}
    except Unreadable as exc:
        raise ValidationFailed([gemeente.doc.issue(("huisstijl", "logo"), f"logo: {exc.reason}", exc.hint)]) from None


def _outside(project: Project, path: Path) -> tuple[str, str] | None:
    """A logo is read into every document: it may not come from outside the data folder."""
    if path.is_relative_to(project.data_dir.resolve()):
        return None
    return "logo staat buiten de gegevensmap", "zet het logo in de huisstijlmap onder data/gemeenten/"


def _problem(gemeente: Loaded, path: Path, entry: str) -> tuple[str, str] | None:
    if not is_file(path):
        return f"logo '{gemeente.model.huisstijl.logo}' bestaat niet", "controleer de naam; het pad is relatief aan dit profiel"
    size = path.stat().st_size
    if size > MAX_LOGO:
        return f"logo is te groot ({size:,} bytes)", f"een logo mag hoogstens {MAX_LOGO:,} bytes zijn; verklein het"
    try:
        head = read_regular(path, 8)[:8]
    except Unreadable as exc:
        return f"logo: {exc.reason}", exc.hint
    kind = next((name for magic, name in FORMATS.items() if head.startswith(magic)), None)
    if kind is None:
        return "logo is geen PNG- of JPEG-afbeelding", "sla het logo op als PNG"
    wanted = EXTENSIONS.get(entry.rpartition(".")[2].lower())
    if wanted and kind != wanted:
        return (f"logo is {kind.upper()}, maar de voorbeeldafbeelding in het sjabloon is {wanted.upper()}",
                f"sla het logo op als {wanted.upper()}")
    return None
