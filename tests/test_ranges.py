"""Every value has a range and a message; profiles are unambiguous; `nieuw` writes files that do not warn."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from generator.soorten.beleidsplan.begroting import Regel, totaal
from generator.soorten.motievolglijst.collection import add_months
from generator.soorten.registry import BUILTIN

MOTIE = "data/moties/2023-12-18-netwerkcoaches.yaml"


def plain(result, project: Path) -> str:
    return result.output.replace(f"{project}/", "")


@pytest.mark.parametrize("soort", [s.name for s in BUILTIN.of_kind("document") if s.starter])
def test_no_file_written_by_nieuw_warns(project: Path, run, soort: str) -> None:
    target = project / "data" / "nieuw" / f"{soort}.yaml"
    target.parent.mkdir(exist_ok=True)
    assert run("nieuw", soort, str(target)).exit_code == 0
    from generator.loading.reader import load

    assert load(target).warnings == []  # no text of the starter is lost or changed by YAML
    output = run("check", str(target)).output
    assert not [line for line in output.splitlines() if "commentaar gelezen" in line or "apostrof" in line], output


def test_add_months_stops_at_the_last_date() -> None:
    assert add_months(dt.date(2021, 8, 31), 6) == dt.date(2022, 2, 28)
    assert add_months(dt.date(9999, 7, 1), 6) is None
    assert add_months(dt.date(2024, 1, 1), 999_999) is None


def test_a_deadline_past_9999_is_a_message_and_the_motievolglijst_is_kept(project: Path, run) -> None:
    assert run("build").exit_code == 0
    before = (project / "build" / "motievolglijst.docx").read_bytes()
    profile = project / "data" / "gemeenten" / "den-haag.yaml"
    profile.write_text(profile.read_text("utf-8").replace("afdoeningstermijn: 6", "afdoeningstermijn: 999999"), "utf-8")
    result = run("build")
    output = plain(result, project)
    assert result.exit_code == 1, output
    assert "de afdoeningstermijn (999999 maanden) valt na het jaar 9999" in output
    assert output.count("build/motievolglijst.docx: niet bijgewerkt omdat er fouten zijn") == 1
    assert "Interne fout" not in output
    assert (project / "build" / "motievolglijst.docx").read_bytes() == before


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_dates_at_the_ends_of_the_calendar_build(project: Path, run, day: str) -> None:
    motie = project / MOTIE
    text = motie.read_text("utf-8")
    old = next(line for line in text.splitlines() if line.startswith("vergadering:"))
    motie.write_text(text.replace(old, f"vergadering: {day}"), "utf-8")
    result = run("build")
    assert "Interne fout" not in result.output, result.output
    assert (project / "build" / "moties" / "2023-12-18-netwerkcoaches.docx").is_file()


def test_sums_of_the_largest_amounts_stay_exact() -> None:
    big = Decimal("999999999999999.99")
    rows = [Regel(lasten=big, baten=-big, toevoeging=big, onttrekking=-big)] * 1000
    total = totaal(rows)
    assert total.lasten == big * 1000 and total.resultaat == big * 4000


def test_a_raadsvoorstel_sums_33_digit_amounts_exactly(project: Path, run) -> None:
    # fuzz seed 6720: the sum was rounded to 28 digits, and Babel then failed to print it
    path = project / "data" / "raadsvoorstellen" / "2025-den-haag-begrotingswijziging-familiegroepsplan.yaml"
    text = path.read_text(encoding="utf-8")
    assert "bedrag: 500.000" in text
    path.write_text(text.replace("bedrag: 500.000", "bedrag: 111111111111111111111111111111111", 1), encoding="utf-8")
    result = run("build", str(path))
    assert result.exit_code == 0, result.output
    built = (project / "build" / "raadsvoorstellen" / (path.stem + ".txt")).read_text(encoding="utf-8")
    assert "111.111.111.111.111.111.111.111.111.111.111" in built


def test_two_profiles_for_one_gemeente_are_an_error(project: Path, run) -> None:
    folder = project / "data" / "gemeenten"
    (folder / "den-haag.yml").write_text((folder / "den-haag.yaml").read_text("utf-8"), "utf-8")
    result = run("check", str(project / MOTIE))
    assert result.exit_code == 1
    assert ("data/gemeenten/den-haag.yml:1:1: staat naast data/gemeenten/den-haag.yaml: twee profielen voor gemeente "
            "'den-haag' — houd één van beide bestanden over") in plain(result, project)


def test_a_profile_written_as_yml_is_found(project: Path, run) -> None:
    folder = project / "data" / "gemeenten"
    (folder / "den-haag.yaml").rename(folder / "den-haag.yml")
    result = run("check", str(project / MOTIE))
    assert result.exit_code == 0, result.output


def test_a_huisstijl_folder_that_does_not_exist_is_an_error(project: Path, run) -> None:
    profile = project / "data" / "gemeenten" / "den-haag.yaml"
    text = profile.read_text("utf-8")
    if "templates:" in text:
        text = "\n".join(line for line in text.splitlines() if "templates:" not in line) + "\n"
    if "huisstijl:" not in text:
        text += "huisstijl:\n"
    text = text.replace("huisstijl:\n", "huisstijl:\n  templates: bestaat-niet\n", 1)
    profile.write_text(text, "utf-8")
    result = run("build", str(project / MOTIE))
    output = plain(result, project)
    assert result.exit_code == 1, output
    assert "huisstijl.templates: de huisstijlmap 'bestaat-niet' bestaat niet" in output
    assert "Interne fout" not in output


def test_references_are_compared_in_nfc(project: Path, run) -> None:
    """A motie stored with a decomposed é (as macOS writes names) is found by a reference typed in NFC."""
    import unicodedata

    moties = project / "data" / "moties"
    brief = sorted((project / "data" / "afdoeningen").glob("*.yaml"))[0]
    ref = next(line for line in brief.read_text("utf-8").splitlines() if line.startswith("motie:")).split(":", 1)[1].strip()
    source = next(moties.rglob(f"{ref}.yaml"))
    nfd = unicodedata.normalize("NFD", f"{ref}-café")
    source.rename(moties / f"{nfd}.yaml")
    original = brief.read_text("utf-8")
    for written in (f"{ref}-café", f"../moties/{ref}-café.yaml"):
        brief.write_text(original.replace(f"motie: {ref}", f"motie: {written}", 1), "utf-8")
        result = run("check", str(brief))
        assert "bestaat niet" not in result.output, result.output
        assert "Interne fout" not in result.output
