"""Toezeggingen in a vergadering (raad or commissie): numbers, terms as a date or a named moment the profile
dates, the checks with their exact messages; the raadsinformatiebrief that afdoet them; the actielijst."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from tests import small_project
from tests.small_project import cli, text

PROFIEL = "soort: gemeente\nnaam: Zwolle\nmomenten:\n  voor de begroting 2027: 2026-11-05\n"
VERGADERING = """soort: vergadering
orgaan: zwolle
vergadering: commissievergadering
datum: 2026-02-10
status: gehouden
agenda:
  - nummer: "1"
    titel: Jeugdhulp
    besluit: De commissie bespreekt de jeugdhulp.
    toezeggingen:
      - wie: de wethouder
        wat: De wethouder stuurt een overzicht van de wachttijden.
        termijn: {termijn}
      - wie: de wethouder
        wat: De wethouder laat in de begroting zien wat het kost.
        moment: {moment}
"""


def make(tmp_path: Path, files: dict[str, str]) -> Path:
    return small_project.make(tmp_path, PROFIEL, files)


def vergadering(termijn: str = "2026-04-01", moment: str = "voor de begroting 2027") -> str:
    return VERGADERING.format(termijn=termijn, moment=moment)


def test_a_commissie_records_toezeggingen_with_a_date_or_a_named_moment(tmp_path) -> None:
    root = make(tmp_path, {"vergaderingen/c.yaml": vergadering()})
    assert cli(root, "build").exit_code == 0
    shown = text(root, "vergaderingen/c-besluitenlijst.docx")
    assert "Toezegging 1.1 van de wethouder (uiterlijk 1 april 2026): De wethouder stuurt" in shown
    assert "Toezegging 1.2 van de wethouder (uiterlijk voor de begroting 2027, 5 november 2026)" in shown


def test_a_term_before_the_toezegging_was_made(tmp_path) -> None:
    root = make(tmp_path, {"vergaderingen/c.yaml": vergadering(termijn="2026-02-01")})
    result = cli(root, "check")
    assert result.exit_code == 1
    assert ("data/vergaderingen/c.yaml:13:18: agenda[0].toezeggingen[0].termijn: de termijn van toezegging 1.1"
            " (1 februari 2026) valt vóór de vergadering waarin zij is gedaan (10 februari 2026) — een termijn ligt na"
            " de dag van de toezegging; controleer de datum") in result.output


def test_a_moment_the_profile_does_not_date(tmp_path) -> None:
    root = make(tmp_path, {"vergaderingen/c.yaml": vergadering(moment="voor de voorjaarsnota")})
    result = cli(root, "check")
    assert result.exit_code == 1
    assert ("data/vergaderingen/c.yaml:16:17: agenda[0].toezeggingen[1].moment: het moment 'voor de voorjaarsnota'"
            " heeft geen datum — zet onder 'momenten:' in het profiel in data/gemeenten/ een regel"
            " 'voor de voorjaarsnota: JJJJ-MM-DD'; bekend zijn: voor de begroting 2027") in result.output

RIB = """soort: raadsinformatiebrief
orgaan: zwolle
kenmerk: K9
datum: {datum}
onderwerp: Wachttijden
tekst:
  - Hierbij het overzicht.
afdoet:
  - vergadering: c
    toezegging: "{nummer}"
    toelichting: Het overzicht staat hierboven.
"""


def test_the_raadsinformatiebrief_quotes_the_toezegging_it_afdoet(tmp_path) -> None:
    root = make(tmp_path, {"vergaderingen/c.yaml": vergadering(),
                           "informatiebrieven/r.yaml": RIB.format(datum="2026-03-01", nummer="1.1")})
    assert cli(root, "build").exit_code == 0
    shown = text(root, "informatiebrieven/r.docx")
    assert ("Raadsinformatiebrief\nHierbij het overzicht.\nWat deze brief afdoet\nToezegging 1.1\n"
            "In de vergadering van 10 februari 2026 heeft de wethouder toegezegd:\n"
            "De wethouder stuurt een overzicht van de wachttijden.\nHet overzicht staat hierboven.") in shown


def test_a_toezegging_closed_by_a_brief_dated_before_it(tmp_path) -> None:
    root = make(tmp_path, {"vergaderingen/c.yaml": vergadering(),
                           "informatiebrieven/r.yaml": RIB.format(datum="2026-02-01", nummer="1.1")})
    result = cli(root, "check")
    assert result.exit_code == 1
    assert ("data/informatiebrieven/r.yaml:10:17: afdoet[0].toezegging: de brief (1 februari 2026) is gedateerd vóór"
            " toezegging 1.1 werd gedaan (10 februari 2026) — controleer de datum van de brief en de toezegging waarnaar"
            " hij verwijst") in result.output


def test_a_toezegging_that_does_not_exist(tmp_path) -> None:
    root = make(tmp_path, {"vergaderingen/c.yaml": vergadering(),
                           "informatiebrieven/r.yaml": RIB.format(datum="2026-03-01", nummer="1.9")})
    result = cli(root, "check")
    assert result.exit_code == 1
    assert ("data/informatiebrieven/r.yaml:10:17: afdoet[0].toezegging: de vergadering heeft geen toezegging 1.9"
            " — kies een van haar toezeggingen: 1.1, 1.2") in result.output


def docx_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root / "build")): p.read_bytes() for p in sorted((root / "build").rglob("*.docx"))}


def events(data: bytes) -> dict[str, Any]:
    import icalendar

    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def test_a_toezeggings_date_moves_its_term_in_the_actielijst_and_the_ics_and_nothing_else(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 5, 1, tzinfo=dt.UTC).timestamp())))
    vragen = ("soort: vragen\norgaan: zwolle\nonderwerp: de wachttijd\ningediend: 2026-03-02\n"
              "vragenstellers:\n  - naam: A. Een\nvragen:\n  - Hoe lang?\n")
    root = make(tmp_path, {"vergaderingen/c.yaml": vergadering(), "vragen/v.yaml": vragen,
                           "informatiebrieven/r.yaml": RIB.format(datum="2026-03-01", nummer="1.2")})
    assert cli(root, "build").exit_code == 0
    before = docx_bytes(root)
    status = cli(root, "status", "--ics", "a.ics", "--json", "a.json")
    assert status.exit_code == 0, status.output
    assert status.output.startswith(
        "Te laat per 1 mei 2026: 2\n"
        "- Toezegging 1.1 (Zwolle): De wethouder stuurt een overzicht van de wachttijden. — termijn 1 april 2026,"
        " 30 dagen te laat\n"
        "- Schriftelijke vragen (Zwolle): de wachttijd — termijn 1 april 2026, 30 dagen te laat\n")
    first = (root / "a.ics").read_bytes()
    assert cli(root, "status", "--ics", "a.ics").exit_code == 0
    assert (root / "a.ics").read_bytes() == first  # same bytes every time
    found = events(first)
    assert set(found) == {"toezegging-vergaderingen-c-1-1@raadsstukken", "vragen-vragen-v@raadsstukken"}  # 1.2 afgedaan
    toezegging = found["toezegging-vergaderingen-c-1-1@raadsstukken"]
    assert toezegging["DTSTART"].dt == dt.date(2026, 4, 1)
    assert toezegging["DTSTAMP"].dt == dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    acties = json.loads((root / "a.json").read_text("utf-8"))["acties"]
    assert [(a["soort"], a["nummer"], a["termijn"], a["dagen"], a["status"], a["afgedaan"]) for a in acties] == [
        ("toezegging", "1.1", "2026-04-01", -30, "te laat", None), ("vragen", "", "2026-04-01", -30, "te laat", None),
        ("toezegging", "1.2", "2026-11-05", None, "afgedaan", "K9, 1 maart 2026")]

    (root / "data/vergaderingen/c.yaml").write_text(vergadering(termijn="2026-06-15"), "utf-8")
    assert cli(root, "build").exit_code == 0
    after = docx_bytes(root)
    changed = sorted(name for name in before if before[name] != after[name])
    assert changed == ["actielijst.docx", "vergaderingen/c-besluitenlijst.docx"]
    assert "1.1\nDe wethouder stuurt een overzicht van de wachttijden.\n10 februari 2026\n15 juni 2026\nnog 45\nopen" \
        in text(root, "actielijst.docx")
    assert cli(root, "status", "--ics", "a.ics").exit_code == 0
    assert events((root / "a.ics").read_bytes())["toezegging-vergaderingen-c-1-1@raadsstukken"]["DTSTART"].dt == \
        dt.date(2026, 6, 15)
