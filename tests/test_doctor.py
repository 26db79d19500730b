"""`raadsstukken doctor` says in Dutch what the machine has and lacks."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import portable
from generator.cli.main import main
from generator.loading.project import TEMPLATES


def doctor(folder: Path):
    return CliRunner().invoke(main, ["-C", str(folder), "doctor"])


def test_doctor_names_python_the_tool_libreoffice_fonts_and_the_project(project: Path, soffice: str) -> None:
    result = doctor(project)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"in orde  Python 3\.1\d\.\d+ \(.+\)", lines[0])
    count = len(list(TEMPLATES.glob("*/*.docx")))
    assert re.fullmatch(rf"in orde  raadsstukken \d+\.\d+\.\d+ met {count} ingebouwde sjablonen \(.+templates\)", lines[1])
    assert re.fullmatch(r"in orde  LibreOffice \d+\.\d+[\d.]* \(.+\)", lines[2]), lines[2]
    fonts = [line for line in lines if "lettertype" in line]
    assert [re.search(r"lettertype (\w+)", line).group(1) for line in fonts] == ["Arial", "Courier", "Georgia"]  # Georgia: the zuidplas huisstijl
    assert lines[-2] == f"in orde  project {project}: schrijfbaar"
    assert lines[-1].startswith("Alles voor build en check is aanwezig")


def test_doctor_names_libreoffice_when_it_is_hidden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAADSSTUKKEN_SOFFICE", raising=False)
    tools = tmp_path / "bin"  # a PATH with fontconfig but without LibreOffice
    tools.mkdir()
    if found := shutil.which("fc-match"):
        (tools / "fc-match").symlink_to(found)
    monkeypatch.setenv("PATH", str(tools))
    monkeypatch.setattr(portable, "POSIX_SOFFICE", {"linux": (), "darwin": ()})
    result = doctor(tmp_path)
    assert result.exit_code == 0, result.output
    assert (f"let op   LibreOffice is niet gevonden; dat is nodig om PDF's te maken — {portable.LIBREOFFICE_INSTALL} of wijs met"
            " RAADSSTUKKEN_SOFFICE naar het programma soffice (alleen voor PDF's: build --pdf, pdf, bundel en het voorbeeld in"
            " de editor)") in result.stdout.splitlines()
    assert f"let op   {tmp_path} is nog geen project (geen map data/); begin met 'raadsstukken init'" in result.stdout
    fonts = 0 if shutil.which("fc-match") else 2  # without fontconfig the fonts cannot be checked: two more
    assert result.stdout.splitlines()[-1] == f"Alles voor build en check is aanwezig; {2 + fonts} punten om op te letten."


def test_doctor_fails_where_the_project_cannot_be_written(tmp_path: Path) -> None:
    result = doctor(tmp_path / "weg")
    assert result.exit_code == 1, result.output
    assert f"ontbreekt  kan niet schrijven in {tmp_path / 'weg'} (bestaat niet); kies een map waarin u mag schrijven" in result.stdout
    assert result.stderr == "Er ontbreekt iets voor build en check (1); zie de regels met 'ontbreekt'.\n"
