"""Schriftelijke vragen and the antwoordbrief: the term per kind of orgaan and from the profile, the letters,
and every check with its exact Dutch message."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import small_project
from tests.small_project import cli, text

PROFIEL = "soort: gemeente\nnaam: Zwolle\n"
VRAGEN = """soort: vragen
orgaan: {orgaan}
onderwerp: de wachttijd
ingediend: 2026-03-02
vragenstellers:
  - naam: A. Een
    fractie: Rood
vragen:
  - Hoe lang is de wachttijd?
  - Wat doet het college eraan?
"""
BRIEF = """soort: antwoordbrief
vragen: v
kenmerk: K1
datum: 2026-03-20
antwoorden:
  - vraag: 1
    antwoord: Vier weken.
"""


def make(tmp_path: Path, files: dict[str, str]) -> Path:
    return small_project.make(tmp_path, PROFIEL, files)


@pytest.mark.parametrize(("orgaan", "profiel", "termijn", "kop"), [
    ("zwolle", "", "1 april 2026 (30 dagen na indiening)",
     "Schriftelijke vragen van het raadslid A. Een (Rood) aan het college over de wachttijd"),
    ("zwolle", "vragentermijn: 21\nvragenartikel: artikel 41 van het Reglement van Orde\n",
     "23 maart 2026 (21 dagen na indiening)", "Op grond van artikel 41 van het Reglement van Orde"),
    ("gelderland", "", "1 april 2026", "Statenvragen van het Statenlid A. Een (Rood) aan Gedeputeerde Staten"),
])
def test_vragen_heading_and_term_follow_the_orgaan_and_its_profile(tmp_path, orgaan, profiel, termijn, kop) -> None:
    root = make(tmp_path, {"vragen/v.yaml": VRAGEN.format(orgaan=orgaan), "gemeenten/zwolle.yaml": PROFIEL + profiel})
    assert cli(root, "build").exit_code == 0
    shown = text(root, "vragen/v.docx")
    assert f"Te beantwoorden uiterlijk: {termijn}" in shown
    assert kop in shown


def test_kamer_vragen_name_the_minister_and_use_the_rules_term(tmp_path) -> None:
    vragen = VRAGEN.format(orgaan="tweede-kamer") + "aan: de Minister van Financiën\n"
    root = make(tmp_path, {"vragen/v.yaml": vragen})
    assert cli(root, "build").exit_code == 0
    shown = text(root, "vragen/v.docx")
    assert "Schriftelijke vragen van het lid A. Een (Rood) aan de Minister van Financiën over de wachttijd" in shown
    assert "Op grond van artikel 135 van het Reglement van Orde" in shown
    assert "Te beantwoorden uiterlijk: 23 maart 2026 (21 dagen na indiening)" in shown
    zonder = make(tmp_path / "b", {"vragen/v.yaml": VRAGEN.format(orgaan="tweede-kamer")})
    result = cli(zonder, "check")
    assert result.exit_code == 1
    assert ("data/vragen/v.yaml:2:9: orgaan: vragen van een Kamerlid worden gesteld aan een minister of staatssecretaris"
            " — vul 'aan:' in, bijvoorbeeld 'aan: de Minister van Binnenlandse Zaken en Koninkrijksrelaties'") in result.output


def test_a_kamer_makes_no_antwoordbrief(tmp_path) -> None:
    root = make(tmp_path, {"vragen/v.yaml": VRAGEN.format(orgaan="tweede-kamer") + "aan: de Minister van Financiën\n",
                           "antwoorden/a.yaml": BRIEF + "  - vraag: 2\n    antwoord: Veel.\n"})
    result = cli(root, "check")
    assert result.exit_code == 1
    assert ("data/antwoorden/a.yaml:2:9: vragen: Tweede Kamer maakt geen antwoordbrief: schriftelijke vragen van een"
            " Kamerlid beantwoordt de minister") in result.output


def test_the_antwoordbrief_quotes_every_vraag_with_its_antwoord(tmp_path) -> None:
    root = make(tmp_path, {"vragen/v.yaml": VRAGEN.format(orgaan="zwolle"),
                           "antwoorden/a.yaml": BRIEF + "  - vraag: 2\n    antwoord: Meer mensen inzetten.\n"})
    assert cli(root, "build").exit_code == 0
    shown = text(root, "antwoorden/a.docx")
    assert ("Vraag 1\nHoe lang is de wachttijd?\nAntwoord 1\nVier weken.\nVraag 2\nWat doet het college eraan?\n"
            "Antwoord 2\nMeer mensen inzetten.") in shown
    assert "Onderwerp\tBeantwoording schriftelijke vragen over de wachttijd" in shown or \
        "Beantwoording schriftelijke vragen over de wachttijd" in shown
    assert not (root / "build" / "antwoorden" / "a-uitstelbericht.docx").exists()


def test_an_antwoord_to_a_vraag_that_does_not_exist(tmp_path) -> None:
    root = make(tmp_path, {"vragen/v.yaml": VRAGEN.format(orgaan="zwolle"),
                           "antwoorden/a.yaml": BRIEF + "  - vraag: 3\n    antwoord: Ja.\n"})
    result = cli(root, "check")
    assert result.exit_code == 1
    assert ("data/antwoorden/a.yaml:8:12: antwoorden[1].vraag: vraag 3 bestaat niet: data/vragen/v.yaml heeft 2 vragen"
            " — geef het nummer van een vraag (1 tot en met 2) of verwijder dit antwoord") in result.output


def test_a_vraag_left_unanswered_in_a_brief_that_answers_all(tmp_path) -> None:
    root = make(tmp_path, {"vragen/v.yaml": VRAGEN.format(orgaan="zwolle"), "antwoorden/a.yaml": BRIEF})
    result = cli(root, "check")
    assert result.exit_code == 1
    assert ("data/antwoorden/a.yaml:6:3: antwoorden: vraag 2 van data/vragen/v.yaml heeft geen antwoord, maar de brief"
            " beantwoordt alle vragen — vul de ontbrekende antwoorden in, of zet 'volledig: nee' als zij later volgen"
            ) in result.output
    (root / "data/antwoorden/a.yaml").write_text(BRIEF + "volledig: nee\n", "utf-8")
    assert cli(root, "build").exit_code == 0
    assert "Antwoord 2\nDeze vraag wordt later beantwoord." in text(root, "antwoorden/a.docx")


def test_the_uitstelbericht_gives_reason_and_new_date_before_the_term_ends(tmp_path) -> None:
    uitstel = ("soort: antwoordbrief\nvragen: v\nkenmerk: K2\nuitstel:\n  datum: 2026-03-30\n"
               "  reden: De aanbieders leveren de cijfers later.\n  nieuwe_datum: 2026-04-20\n")
    root = make(tmp_path, {"vragen/v.yaml": VRAGEN.format(orgaan="zwolle"), "antwoorden/a.yaml": uitstel})
    assert cli(root, "build").exit_code == 0
    shown = text(root, "antwoorden/a.docx")
    assert "De termijn voor de beantwoording loopt af op 1 april 2026." in shown
    assert "De aanbieders leveren de cijfers later.\nDe vragen worden uiterlijk 20 april 2026 beantwoord." in shown
    late = uitstel.replace("2026-03-30", "2026-04-02").replace("2026-04-20", "2026-03-31")
    (root / "data/antwoorden/a.yaml").write_text(late, "utf-8")
    result = cli(root, "check")
    assert ("data/antwoorden/a.yaml:5:10: uitstel.datum: het uitstelbericht (2 april 2026) is verzonden na het einde van"
            " de termijn (1 april 2026) — een uitstelbericht gaat uit vóór de termijn verstrijkt; controleer de datum"
            ) in result.output
    assert ("data/antwoorden/a.yaml:7:17: uitstel.nieuwe_datum: de nieuwe datum (31 maart 2026) valt niet na de termijn"
            " (1 april 2026) — noem een datum na de oorspronkelijke termijn, of laat 'uitstel:' weg") in result.output


def test_a_term_before_the_vragen_were_submitted(tmp_path) -> None:
    root = make(tmp_path, {"vragen/v.yaml": VRAGEN.format(orgaan="zwolle") + "termijn: 2026-03-01\n"})
    result = cli(root, "check")
    assert result.exit_code == 1
    assert ("data/vragen/v.yaml:11:10: termijn: de termijn (1 maart 2026) valt vóór de indiening (2 maart 2026)"
            " — een termijn ligt op of na de dag van indiening; controleer 'termijn:' en 'ingediend:'") in result.output


def test_check_streng_treats_the_new_letters_like_the_others(tmp_path) -> None:
    rib = ("soort: raadsinformatiebrief\norgaan: zwolle\nkenmerk: K3\ndatum: 2026-03-20\nonderwerp: Stand\n"
           "tekst:\n  - Een alinea.\n")
    root = make(tmp_path, {"vragen/v.yaml": VRAGEN.format(orgaan="zwolle"),
                           "antwoorden/a.yaml": BRIEF + "volledig: nee\n", "informatiebrieven/r.yaml": rib})
    result = cli(root, "check", "--streng")
    assert result.exit_code == 1
    for name, line in (("antwoorden/a.yaml", 1), ("informatiebrieven/r.yaml", 1)):
        assert (f"data/{name}:{line}:1: ondertekening.secretaris: de ondertekening toont 'de secretaris,' zonder naam"
                " — vul in data/gemeenten/zwolle.yaml de secretaris in die op 20 maart 2026 in functie was (naam:,"
                " van:, tot:, bron:), of zet 'secretaris:' in dit bestand, of zet 'concept: ja' zolang het niet bekend"
                " is") in result.output
