"""A raadsvoorstel with a table of amounts (`begroting:`) and an amendement that moves an amount from
one row to another (`bedrag: <label>`), with its dekking: the quote, the raadsbesluit's table, the
redline, and the errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.word.revisions import read
from tests.test_amendement import HAAG, HAAG_REDLINE, edit, errors, final, text

HAAG_VOORSTEL = "data/raadsvoorstellen/2025-den-haag-begrotingswijziging-familiegroepsplan.yaml"
HAAG_BESLUIT = HAAG_REDLINE.replace("redline", "raadsbesluit")


@pytest.fixture(autouse=True)
def in_project(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    final(project)


def test_amendement_moves_an_amount_between_rows(project, run):
    result = run("build")
    assert result.exit_code == 0, result.output
    quote = text(project, "build/amendementen/2025-den-haag-a1-budget-familiegroepsplannen.docx")
    assert ("Het bedrag bij ‘Ondersteuning bij familiegroepsplannen’ (programma Jeugd) luidt:\n‘€ 500.000’\nen wordt:\n"
            "‘€ 650.000’") in quote
    assert "Het bedrag bij ‘Post onvoorzien’ (programma Financiën) luidt:\n‘€ 400.000’\nen wordt:\n‘€ 250.000’" in quote
    voorstel = text(project, "build/raadsvoorstellen/2025-den-haag-begrotingswijziging-familiegroepsplan.docx")
    assert ("Begrotingswijziging 2025 (lasten)\nOndersteuning bij familiegroepsplannen Jeugd € 500.000\n"
            "Post onvoorzien Financiën € 400.000\nTotaal  € 900.000") in voorstel
    besluit = text(project, HAAG_BESLUIT)
    assert ("Begrotingswijziging 2025 (lasten)\nOndersteuning bij familiegroepsplannen Jeugd € 650.000\n"
            "Post onvoorzien Financiën € 250.000\nTotaal  € 900.000") in besluit
    revisions, accepted, rejected = read((project / HAAG_REDLINE).read_bytes())
    assert accepted.strip() == besluit.strip()
    assert "€ 500.000" in rejected and "€ 400.000" in rejected
    assert {(r.kind, r.author, r.text) for r in revisions} == {
        ("del", "F. Verzinsel", "500.000"), ("ins", "F. Verzinsel", "650.000"),
        ("del", "F. Verzinsel", "400.000"), ("ins", "F. Verzinsel", "250.000")}


def test_a_change_of_the_total_shows_in_the_redline(project, run):
    edit(project, HAAG, "vervangen_door: 250.000", "vervangen_door: 300.000")
    assert run("build").exit_code == 0
    besluit = text(project, HAAG_BESLUIT)
    assert "Totaal  € 950.000" in besluit
    revisions, accepted, _ = read((project / HAAG_REDLINE).read_bytes())
    assert accepted.strip() == besluit.strip()
    assert ("ins", "F. Verzinsel", "950.000") in {(r.kind, r.author, r.text) for r in revisions}


def test_unknown_row_label_says_bedoelt_u(project, run):
    edit(project, HAAG, "bedrag: onvoorzien", "bedrag: onvorzien")
    out = errors(run("build", HAAG))
    assert f"{HAAG}:13:13: wijzigingen[1].bedrag: onbekende begrotingsregel 'onvorzien' — bedoelt u 'onvoorzien'?" in out


def test_new_amount_that_is_no_amount(project, run):
    edit(project, HAAG, "vervangen_door: 650.000", "vervangen_door: 650,000")
    out = errors(run("build", HAAG))
    assert (f"{HAAG}:12:21: wijzigingen[0].vervangen_door: '650,000' is geen bedrag — dubbelzinnig: een komma is in het"
            " Nederlands het decimaalteken") in out


def test_an_amount_is_only_replaced(project, run):
    edit(project, HAAG, "vervangen_door: 650.000", "schrappen: ja")
    out = errors(run("build", HAAG))
    assert ("een wijziging van een bedrag in de begroting geeft alleen 'bedrag:' (het label van de regel) en"
            " 'vervangen_door:' (het nieuwe bedrag)") in out


def test_bad_amount_in_the_voorstel(project, run):
    edit(project, HAAG_VOORSTEL, "bedrag: 400.000", "bedrag: 400.00")
    out = errors(run("build", HAAG_VOORSTEL))
    assert (f"{HAAG_VOORSTEL}:39:15: begroting.regels[1].bedrag: '400.00' is geen bedrag — dubbelzinnig: schrijf"
            " decimalen met een komma (12,50) en duizendtallen met punten (1.250)") in out


def test_the_older_form_bedrag_ja_on_a_phrase_still_works(project, run):
    edit(project, HAAG, """  - bedrag: familiegroepsplannen
    vervangen_door: 650.000
  - bedrag: onvoorzien
    vervangen_door: 250.000
""", """  - beslispunt: budget
    zinsdeel: een budget
    vervangen_door: een budget van € 650.000
    bedrag: ja
""")
    assert run("build").exit_code == 0
    assert "in 2025 een budget van € 650.000 beschikbaar te stellen" in text(project, HAAG_BESLUIT)
    edit(project, HAAG, "dekking: De extra € 150.000 komt ten laste van de post onvoorzien in programma Financiën.\n", "")
    out = errors(run("build", HAAG))
    assert f"{HAAG}:14:13: wijzigingen[0].bedrag: deze wijziging verschuift een bedrag" in out
