"""The send-ready gate of issue 26: starter values per orgaan, starter sentences, empty clauses, indieners,
one number per stuk, --verzendklaar; and one message per fault."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import test_strict
from tests.test_strict import edit, errors

check = test_strict.check  # the fixture: `raadsstukken check ARGS` in the copy, paths as the user sees them

ZW_VOORSTEL = "data/raadsvoorstellen/2025-zwolle-familiegroepsplan-verordening-jeugdhulp.yaml"
ZW_A1 = "data/amendementen/2025-zwolle-a1-ondersteuning-kosteloos.yaml"
ZW_S1 = "data/amendementen/2025-zwolle-s1-evaluatie-achttien-maanden.yaml"
ZW_MOTIE = "data/moties/2023-03-13-wachttijden-jeugdhulp.yaml"
ZW_MANTELZORG = "data/moties/2023-11-09-spreekt-uit-mantelzorg.yaml"
DH_BRIEF = "data/afdoeningen/2024-ocw-11230456-familiegroepsplan-uithuisplaatsing.yaml"
DH_MOTIE = "data/moties/2024-03-14-familiegroepsplan-bij-dreigende-uithuisplaatsing.yaml"


@pytest.mark.parametrize("orgaan", ["zwolle", "gelderland"])
def test_starter_values_as_nieuw_writes_them_for_the_orgaan(project, run, check, orgaan):
    """The afdoeningsbrief's paragraphs are plain strings a model reshapes into {tekst: …}; the voorstel's
    beslispunt holds «college» filled in; kenmerk and nummer are codes."""
    (project / "raadsstukken.yaml").write_text(f"orgaan: {orgaan}\n", "utf-8")
    for soort in ("afdoeningsbrief", "raadsvoorstel"):
        assert run("nieuw", soort, str(project / "data" / "nieuw" / f"{soort}.yaml")).exit_code == 0
    code, output = check("--streng", str(project / "data" / "nieuw"), str(project / "data" / "moties" / "voorbeeld-motie.yaml"))
    assert code == 1
    found = errors(output)
    brief, voorstel = "data/nieuw/afdoeningsbrief.yaml", "data/nieuw/raadsvoorstel.yaml"
    for expected in (
        f"{brief}:10:10: kenmerk: '2026/000123' is het voorbeeldnummer uit het startbestand — vul het echte nummer of kenmerk in",
        f"{brief}:17:5: afdoening[0].tekst: 'Eerste alinea van het antwoord op de motie.' is de voorbeeldtekst uit het"
        " startbestand",
        f"{brief}:19:5: afdoening[2].tekst: 'Een alinea die eindigt op een dubbele punt staat tussen aanh' is de"
        " voorbeeldtekst",
        f"{voorstel}:10:9: nummer: '2026-001' is het voorbeeldnummer uit het startbestand",
        "data/moties/voorbeeld-motie.yaml:34:11: indieners[0].naam: 'A. de Vries' is de voorbeeldnaam uit"
        " het startbestand",
    ):
        assert any(line.startswith(expected) for line in found), (expected, found)
    assert not [line for line in found if "beslispunten[1].tekst" in line]  # the usual wording may stay


def test_a_starter_sentence_inside_a_longer_text(project, check):
    edit(project, DH_BRIEF, "  - kop: De raad jaarlijks informeren", "  - Eerste alinea van het antwoord op de motie."
         " Het college heeft de motie uitgevoerd.\n  - kop: De raad jaarlijks informeren")
    found = errors(check("--streng", str(project / DH_BRIEF))[1])
    assert any(line.startswith(f"{DH_BRIEF}:") and "afdoening[" in line and ": 'Eerste alinea van het antwoord op de"
               " motie.' is een voorbeeldzin uit het startbestand — vervang de zin door de echte tekst" in line
               for line in found), found


def test_starter_values_fail_in_a_concept(project, check):
    edit(project, ZW_MOTIE, "titel: Wachttijden jeugdhulp inzichtelijk", "concept: ja\ntitel: Titel van de motie")
    code, output = check("--streng", str(project / ZW_MOTIE))
    assert code == 1
    assert f"{ZW_MOTIE}:6:8: titel: 'Titel van de motie' is de voorbeeldtekst uit het startbestand" in output


def test_a_beslispunt_that_announces_nothing(project, check):
    edit(project, ZW_VOORSTEL, "      vaststellen: verordeningen/zwolle-verordening-jeugdhulp-2018-familiegroepsplan.yaml\n", "")
    edit(project, ZW_VOORSTEL, "concept: ja\n", "")
    found = errors(check("--streng", str(project / ZW_VOORSTEL))[1])
    assert any(line.startswith(f"{ZW_VOORSTEL}:33:14: ontwerpbesluit.beslispunten[0].tekst: '…") and "Gemeente Zwolle"
               " 2018:' eindigt op een dubbele punt, maar er volgt niets — voeg 'vaststellen:' toe met wat de zin"
               " aankondigt, of eindig de zin met een punt of puntkomma" in line for line in found), found


def test_a_lid_that_announces_nothing(project, run, check):
    target = project / "data" / "verordeningen" / "nieuw.yaml"
    assert run("nieuw", "verordening", str(target)).exit_code == 0
    edit(project, "data/verordeningen/nieuw.yaml", "Wie een melding wil doen, doet dat schriftelijk.", "\"Wie een melding wil doen, doet dat:\"")
    found = errors(check("--streng", str(target))[1])
    assert any(":27:16: artikelen[1].leden[0].tekst: 'Wie een melding wil doen, doet dat:' eindigt op een dubbele"
               " punt, maar er volgt niets — voeg 'onderdelen:' toe" in line for line in found), found


def test_a_paragraph_may_announce_the_list_below_it_but_not_nothing(project, check):
    edit(project, DH_BRIEF, "  - kop: De raad jaarlijks informeren", "  - \"Het college doet het volgende:\"\n"
         "  - lijst:\n      - de raad informeren.\n  - kop: De raad jaarlijks informeren")
    assert not [line for line in errors(check("--streng", str(project / DH_BRIEF))[1]) if "dubbele punt" in line]
    text = (project / DH_BRIEF).read_text("utf-8").rstrip("\n")
    (project / DH_BRIEF).write_text(text + "\n  - \"En verder:\"\n", "utf-8")
    found = errors(check("--streng", str(project / DH_BRIEF))[1])
    assert any("'En verder:' eindigt op een dubbele punt, maar er volgt niets — zet eronder wat de zin aankondigt"
               in line for line in found), found


def test_a_motie_without_indieners(project, check):
    text = (project / ZW_MOTIE).read_text("utf-8")
    start = text.index("indieners:\n")
    end = text.index("\n", text.index("fractie:", text.rindex("naam:"))) + 1
    (project / ZW_MOTIE).write_text(text[:start] + text[end:], "utf-8")
    found = errors(check("--streng", str(project / ZW_MOTIE))[1])
    assert any(line.startswith(f"{ZW_MOTIE}:2:1: indieners: geen indieners: er staat geen naam onder — voeg"
                               " 'indieners:' toe") for line in found), found


def test_a_subamendement_numbered_like_its_amendement(project, check):
    edit(project, ZW_S1, "nummer: S1", "nummer: A1")
    found = errors(check("--streng")[1])
    assert f"{ZW_S1}:6:9: nummer: het nummer 'A1' heeft ook {ZW_A1} op dezelfde vergadering — geef elk stuk een" \
           " eigen nummer (een subamendement bijvoorbeeld S1)" in found, found
    assert not [line for line in found if line.startswith(ZW_A1)]  # one message, at the later file


def test_two_moties_with_one_number_on_one_vergadering(project, check):
    edit(project, ZW_MANTELZORG, "nummer: M-41", "nummer: M-14")
    edit(project, ZW_MANTELZORG, "vergadering: 2023-11-09", "vergadering: 2023-03-13")
    found = errors(check("--streng")[1])
    assert any(line.startswith(f"{ZW_MOTIE}:4:9: nummer: het nummer 'M-14' heeft ook {ZW_MANTELZORG} op dezelfde"
                               " vergadering") or (line.startswith(f"{ZW_MANTELZORG}:") and "'M-14' heeft ook" in line)
               for line in found), found


def test_verzendklaar_fails_on_a_concept(project, check):
    verordening = "data/verordeningen/zwolle-verordening-jeugdhulp-2018-familiegroepsplan.yaml"
    assert check("--streng", str(project / verordening))[0] == 0
    for option in ("--verzendklaar", "--zonder-concepten"):
        code, output = check(option, str(project / verordening))
        assert code == 1
        found = errors(output)
        assert f"{verordening}:7:10: concept: het document staat op 'concept: ja': nog niet te versturen — vul aan wat" \
               " ontbreekt en haal 'concept: ja' weg" in found, found
        assert any(line.startswith(f"{verordening}:6:1: vastgesteld:") for line in found)


def test_one_fault_is_one_message(project: Path, run):
    """A typo in a motie an afdoeningsbrief quotes: both fail to build, the typo is said and counted once."""
    edit(project, DH_MOTIE, "titel:", "titl:")
    result = run("build", str(project / DH_MOTIE), str(project / DH_BRIEF))
    lines = [line for line in result.output.splitlines() if "onbekend veld 'titl'" in line]
    assert len(lines) == 1, result.output
    assert "1 fout gevonden." in result.output


def test_a_starter_fractie_is_quoted_as_itself(project, run, check):
    """The fractie is compared with the person beside it (a real A. de Vries of another fractie is no
    example), but the message quotes the fractie's own value."""
    (project / "raadsstukken.yaml").write_text("orgaan: zwolle\n", "utf-8")
    target = project / "data" / "vragen" / "nieuw.yaml"
    assert run("nieuw", "vragen", str(target)).exit_code == 0
    found = errors(check("--streng", str(target))[1])
    assert ("data/vragen/nieuw.yaml:16:14: vragenstellers[0].fractie: 'Fractie A' is de voorbeeldnaam uit het"
            " startbestand — vul de echte naam in of verwijder de regel") in found, found
    assert ("data/vragen/nieuw.yaml:15:11: vragenstellers[0].naam: 'A. de Vries' is de voorbeeldnaam uit het"
            " startbestand — vul de echte naam in of verwijder de regel") in found, found
