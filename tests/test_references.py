"""How references to articles, leden and onderdelen are written (generator/references.py)."""

from __future__ import annotations

import pytest

from generator.errors import Issue
from generator.soorten.verordening.references import (
    Artikel,
    Lid,
    Onderdeel,
    Target,
    letter,
    number_articles,
    parse_citation,
    register,
    resolve,
)


def report(message: str, hint: str) -> Issue:
    return Issue("v.yaml", 3, 5, "tekst", message, hint)


@pytest.mark.parametrize(("target", "within", "expected"), [
    (Target("6"), None, "artikel 6"),
    (Target("6", 3), None, "artikel 6, derde lid"),
    (Target("1", 1, "a"), None, "artikel 1, eerste lid, onder a"),
    (Target("4", None, "b"), None, "artikel 4, onder b"),
    (Target("6", 3), "6", "het derde lid"),
    (Target("6", 2, "c"), "6", "het tweede lid, onder c"),
    (Target("4", None, "b"), "4", "onderdeel b"),
    (Target("6"), "6", "artikel 6"),
    (Target("5a", 2), "6", "artikel 5a, tweede lid"),
])
def test_citation_is_written_as_regelgeving_does(target, within, expected):
    assert target.cite(within) == expected


def articles() -> list[Artikel]:
    melding = Artikel("melding", "Melding", [Lid("tekst", report, "wijzen"), Lid("tekst", report, "steun")], report)
    begrippen = Artikel("begrippen", "Begrippen", [Lid("onder:", report, None, [
        Onderdeel("x", report, "fgp", "familiegroepsplan"), Onderdeel("y", report, "hvp", "hulpverleningsplan")])], report)
    return [begrippen, melding]


def test_labels_get_numbers_by_position_and_a_comma_closes_a_lid_citation():
    found = articles()
    number_articles(found)
    targets = register(found)
    text = "zie [[melding.steun]] en [[begrippen.hvp]]; [[melding]] geldt, als bedoeld in [[melding.wijzen]] voor"
    assert resolve(text, targets, report, None, []) == (
        "zie artikel 2, tweede lid, en artikel 1, onder b; artikel 2 geldt, als bedoeld in artikel 2, eerste lid, voor")
    found.reverse()
    number_articles(found)
    assert resolve("[[melding.steun]]", register(found), report, None, []) == "artikel 1, tweede lid"


def test_an_unknown_label_is_reported_with_a_guess_and_left_in_place():
    found = articles()
    number_articles(found)
    issues: list[Issue] = []
    text = resolve("zie [[meldingen.steun]].", register(found), report, "2", issues)
    assert text == "zie [[meldingen.steun]]."
    assert [str(i) for i in issues] == [
        "v.yaml:3:5: tekst: verwijzing naar onbekend label 'meldingen.steun' — bedoelt u [[melding.steun]]?"]


def test_a_label_in_a_wrong_form_says_how_to_write_it():
    issues: list[Issue] = []
    resolve("[[Artikel 6]]", {}, report, None, issues)
    assert [str(i) for i in issues] == [
        "v.yaml:3:5: tekst: verwijzing [[Artikel 6]] is geen geldig label — schrijf [[artikel]] of [[artikel.lid]],"
        " met kleine letters, cijfers en streepjes"]


@pytest.mark.parametrize(("text", "expected"), [
    ("6", Target("6")), ("6.1", Target("6", 1)), ("1.1.a", Target("1", 1, "a")), ("4.b", Target("4", None, "b")),
    ("5a.2", Target("5a", 2)), ("zes", None), ("6.1.a.b", None),
])
def test_existing_article_numbers_are_read_from_short_citations(text, expected):
    assert parse_citation(text) == expected


def test_onderdelen_run_past_z():
    assert [letter(i) for i in (0, 25, 26, 27)] == ["a", "z", "aa", "ab"]
