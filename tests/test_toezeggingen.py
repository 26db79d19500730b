"""Toezeggingen in a vergadering (raad or commissie): numbers, terms as a date or a named moment the profile
dates, the checks with their exact messages; the raadsinformatiebrief that afdoet them; the actielijst."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from generator.cli.main import main
from generator.word.docxtext import document_text

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
    for name, text in {"gemeenten/zwolle.yaml": PROFIEL, **files}.items():
        path = tmp_path / "data" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return tmp_path


def cli(root: Path, *args: str):
    old = Path.cwd()
    os.chdir(root)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def text(root: Path, name: str) -> str:
    return document_text((root / "build" / name).read_bytes())


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
