"""`raadsstukken doctor`: what this machine has and lacks for raadsstukken, in Dutch.

Required for `build` and `check`: a recent Python, the built-in templates, a project folder we may
write in. For PDFs (`build --pdf`, `pdf`, `bundel`, the editor's preview): LibreOffice; and the fonts
the templates name, so a PDF looks as the document does in Word.
"""

from __future__ import annotations

import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from generator import __version__, portable
from generator.errors import UserError
from generator.files import reason

REQUIRED_PYTHON = (3, 11)
FONT = re.compile(rb'w:(?:ascii|hAnsi)="([^"]+)"')
FONT_PARTS = re.compile(r"word/(styles|document|header\d*|footer\d*)\.xml")
SAME_METRICS = {"arial": "liberation sans", "times new roman": "liberation serif", "courier new": "liberation mono",
                "courier": "liberation mono", "calibri": "carlito", "cambria": "caladea", "helvetica": "liberation sans"}
"""Fonts and the free fonts with the same widths (a PDF then breaks lines where Word does)."""


@dataclass(frozen=True)
class Finding:
    state: str  # "in orde", "let op" (optional, missing or different), "ontbreekt" (required)
    text: str


def examine(project: Path) -> list[Finding]:
    """Every finding about this machine and the project folder, in the order of the report."""
    from generator.loading.project import TEMPLATES

    templates = sorted(TEMPLATES.rglob("*.docx"))
    findings = [_python(), Finding("in orde" if templates else "ontbreekt",
                                   f"raadsstukken {__version__} met {len(templates)} ingebouwde sjablonen ({TEMPLATES})"
                                   if templates else f"raadsstukken {__version__}: de ingebouwde sjablonen ontbreken in {TEMPLATES};"
                                   " installeer raadsstukken opnieuw")]
    findings.append(_libreoffice())
    own = [path for folder in ("templates", "data/gemeenten") for path in sorted((project / folder).rglob("*.docx"))]
    findings += [_font(family) for family in fonts([*templates, *own])]
    findings.append(_project(project))
    return findings


def _python() -> Finding:
    version = ".".join(map(str, sys.version_info[:3]))
    if sys.version_info[:2] < REQUIRED_PYTHON:
        return Finding("ontbreekt", f"Python {version} is te oud; raadsstukken vraagt Python 3.11 of nieuwer")
    return Finding("in orde", f"Python {version} ({sys.executable})")


def _libreoffice() -> Finding:
    from generator.pdf.convert import find_soffice

    try:
        soffice = find_soffice()
    except UserError as exc:
        return Finding("let op", f"{exc} (alleen voor PDF's: build --pdf, pdf, bundel en het voorbeeld in de editor)")
    return Finding("in orde", f"LibreOffice {libreoffice_version(soffice) or '(versie onbekend)'} ({soffice})")


def libreoffice_version(soffice: str) -> str | None:
    with tempfile.TemporaryDirectory(prefix="raadsstukken-doctor-") as home:
        env = portable.child_environment(HOME=home, LANG="C.UTF-8")
        try:
            code, out, _err = portable.run_killable(portable.soffice_version_command(soffice), env=env, timeout=60)
        except OSError:
            return None
    found = re.search(rb"LibreOffice\s+([\d.]+)", out)
    return found.group(1).decode() if code == 0 and found else None


def fonts(templates: list[Path]) -> list[str]:
    """The font families the templates' text uses (styles, body, headers and footers)."""
    found: set[str] = set()
    for path in templates:
        try:
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    if FONT_PARTS.fullmatch(name):
                        found.update(match.decode("utf-8", "replace") for match in FONT.findall(archive.read(name)))
        except (OSError, zipfile.BadZipFile):
            continue
    return sorted(found, key=str.casefold)


def _font(family: str) -> Finding:
    used = portable.font_used_for(family)
    if used is None:
        return Finding("let op", f"lettertype {family}: niet na te gaan op dit systeem")
    if used.casefold() == family.casefold():
        return Finding("in orde", f"lettertype {family}")
    if SAME_METRICS.get(family.casefold()) == used.casefold():
        return Finding("in orde", f"lettertype {family}: vervangen door {used}, met dezelfde maten")
    instead = f"LibreOffice gebruikt {used}" if used else "LibreOffice kiest een ander"
    return Finding("let op", f"lettertype {family} ontbreekt; {instead}, dus een PDF kan anders uitvallen dan in Word"
                             f" (installeer {family}, of kies in het sjabloon een lettertype dat er wel is)")


def _project(project: Path) -> Finding:
    try:
        with tempfile.NamedTemporaryFile(dir=project, prefix=".raadsstukken-doctor-"):
            pass
    except OSError as exc:
        return Finding("ontbreekt", f"kan niet schrijven in {project} ({reason(exc)[0]}); kies een map waarin u mag schrijven")
    if not (project / "data").is_dir():
        return Finding("let op", f"{project} is nog geen project (geen map data/); begin met 'raadsstukken init'")
    return Finding("in orde", f"project {project}: schrijfbaar")
