"""`check --streng` on the raadsvoorstel, the (sub)amendement and the raadsbesluit: clean on the samples,
failing with the right message on each defect put into a copy of the data."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from generator.pdf.bundle import is_concept
from tests.test_strict import edit, errors

ZW_VOORSTEL = "data/raadsvoorstellen/2025-zwolle-familiegroepsplan-verordening-jeugdhulp.yaml"
DH_VOORSTEL = "data/raadsvoorstellen/2025-den-haag-begrotingswijziging-familiegroepsplan.yaml"
ZW_A1 = "data/amendementen/2025-zwolle-a1-ondersteuning-kosteloos.yaml"
ZW_A2 = "data/amendementen/2025-zwolle-a2-evaluatie-eerder.yaml"
ZW_S1 = "data/amendementen/2025-zwolle-s1-evaluatie-achttien-maanden.yaml"


@pytest.fixture
def check(project, run):
    """`raadsstukken check ARGS` in the copy, paths as a user in the project sees them (as in test_strict)."""
    def invoke(*args: str) -> tuple[int, str]:
        result = run("check", *args)
        return result.exit_code, result.output.replace(f"{project}/", "")

    return invoke


def marks(docx: Path) -> str:
    """The parts that carry the CONCEPT mark: the headers, or the body of a template without one."""
    with zipfile.ZipFile(docx) as archive:
        parts = [n for n in archive.namelist() if n.startswith("word/header")] or ["word/document.xml"]
        return "".join(archive.read(n).decode("utf-8") for n in parts)


GRIFFIER = """
griffier:
  - naam: E. Voorbeeld
    van: 2021-08-16
    bron: https://example.org/fictief
"""


def test_the_sample_voorstellen_are_concepts_for_want_of_a_griffier(check):
    code, output = check("--streng")
    assert code == 0, output
    for voorstel in (ZW_VOORSTEL, DH_VOORSTEL):
        assert f"concept: {voorstel} (nog niet te versturen; open: besluit)" in output, output
    assert not [line for line in output.splitlines() if "data/amendementen/" in line and "leesbaarheid" not in line]


def test_a_raadsbesluit_without_a_griffier_in_office(project, check):
    edit(project, ZW_VOORSTEL, "concept: ja\n", "")
    code, output = check("--streng")
    assert code == 1
    assert (f"{ZW_VOORSTEL}:43:3: besluit: het raadsbesluit toont 'de griffier,' zonder naam: data/gemeenten/zwolle.yaml"
            " noemt geen griffier die op 10 maart 2025 in functie was — vul in data/gemeenten/zwolle.yaml de griffier"
            " in (naam:, van:, tot:, bron:), of zet 'concept: ja' zolang het niet bekend is") in errors(output), output
    assert not [line for line in errors(output) if "'de voorzitter,'" in line]  # Peter Snijders was in office


def test_a_griffier_in_office_makes_the_raadsbesluit_final(project, check):
    edit(project, ZW_VOORSTEL, "concept: ja\n", "")
    (project / "data/gemeenten/zwolle.yaml").write_text(
        (project / "data/gemeenten/zwolle.yaml").read_text("utf-8") + GRIFFIER, "utf-8")
    code, output = check("--streng")
    assert code == 0, output
    assert f"concept: {ZW_VOORSTEL}" not in output


def test_a_voorzitter_not_in_office_on_the_vergadering(project, check):
    (project / "data" / "vergaderingen" / "2025-03-10-zwolle-raad.yaml").unlink()  # the stukken\'s own dates hold
    edit(project, ZW_VOORSTEL, "concept: ja\n", "")
    edit(project, ZW_VOORSTEL, "vergadering: 2025-03-10", "vergadering: 2019-08-30")
    edit(project, "data/gemeenten/zwolle.yaml", "    tot: 2019-08-31", "    tot: 2019-08-01")
    found = errors(check("--streng")[1])
    assert any(f"{ZW_VOORSTEL}:43:3: besluit: het raadsbesluit toont 'de voorzitter,' zonder naam:"
               " data/gemeenten/zwolle.yaml noemt geen burgemeester die op 30 augustus 2019 in functie was" in line
               for line in found), found


def test_an_amendement_voted_before_the_collegedatum(project, check):
    (project / "data" / "vergaderingen" / "2025-03-10-zwolle-raad.yaml").unlink()  # the stukken\'s own dates hold
    edit(project, ZW_A1, "vergadering: 2025-03-10", "vergadering: 2025-01-20")
    found = errors(check("--streng")[1])
    assert (f"{ZW_A1}:7:14: vergadering: de stemming over het amendement (20 januari 2025) is ouder dan het"
            f" collegebesluit over het voorstel (11 februari 2025, {ZW_VOORSTEL}) — een amendement wordt gestemd"
            " nadat het college het voorstel deed: controleer 'vergadering:' hier en 'collegedatum:' in het"
            " voorstel") in found, found


def test_a_status_datum_before_the_collegedatum(project, check):
    (project / "data" / "vergaderingen" / "2025-03-10-zwolle-raad.yaml").unlink()  # the stukken\'s own dates hold
    edit(project, ZW_A1, "status: aangenomen\n", "status: aangenomen\nstatus_datum: 2025-02-01\n")
    found = errors(check("--streng")[1])
    assert any(line.startswith(f"{ZW_A1}:25:15: status_datum: de stemming over het amendement (1 februari 2025)")
               for line in found), found


def test_an_amendement_without_indieners(project, check):
    text = (project / ZW_A1).read_text("utf-8")
    start = text.index("indieners:\n")
    (project / ZW_A1).write_text(text[:start] + text[text.index("status:"):], "utf-8")
    found = errors(check("--streng")[1])
    assert any(line.startswith(f"{ZW_A1}:") and "indieners: geen indieners: er staat geen naam"
               " onder — voeg 'indieners:' toe met de naam (en fractie) van elke indiener" in line
               for line in found), found


def test_an_indiener_left_as_the_starter_wrote_it(project, check):
    edit(project, ZW_A1, "  - naam: A. Voorbeeld\n    fractie: Partij van het Voorbeeld",
         "  - naam: A. Jansen\n    fractie: Voorbeeldpartij")
    found = errors(check("--streng")[1])
    assert (f"{ZW_A1}:20:11: indieners[0].naam: 'A. Jansen' is de voorbeeldnaam uit het"
            " startbestand — vul de echte naam in of verwijder de regel") in found, found


def test_a_placeholder_in_an_amendement(project, check):
    edit(project, ZW_A1, "  - Geld mag geen reden", "  - Geld [reden] mag geen reden")
    found = errors(check("--streng")[1])
    assert f"{ZW_A1}:18:5: toelichting[0]: plaatshouder '[reden]' in de tekst — vervang hem door de echte tekst," \
           " of zet 'concept: ja' zolang het niet bekend is" in found, found


def test_an_amendement_title_written_differently(project, check):
    edit(project, ZW_A2, "toelichting:\n  - ", "toelichting:\n  - Anders dan het amendement ‘Ondersteuning bij het"
         " Familiegroepsplan kosteloos’ gaat dit over de evaluatie. ")
    found = errors(check("--streng")[1])
    assert any(line.startswith(f"{ZW_A2}:") and "'Ondersteuning bij het Familiegroepsplan kosteloos' is anders"
               f" geschreven dan 'Ondersteuning bij het familiegroepsplan kosteloos' ({ZW_A1}) — schrijf dezelfde"
               " titel overal op dezelfde manier" in line for line in found), found


def test_a_concept_amendement_lists_its_gaps(project, check):
    edit(project, ZW_A1, "  - Geld mag geen reden", "  - Geld [reden] mag geen reden")
    edit(project, ZW_A1, "status: aangenomen\n", "status: aangenomen\nconcept: ja\n")
    code, output = check("--streng")
    assert code == 0, output
    assert f"concept: {ZW_A1} (nog niet te versturen; open: toelichting[0])" in output


@pytest.mark.parametrize(("soort", "messages"), [
    ("raadsvoorstel", [":9:12: onderwerp: 'Onderwerp van het voorstel' is de voorbeeldtekst uit het startbestand",
                       "inleiding.alineas[0]: 'Waarom dit voorstel er is.' is de voorbeeldtekst"]),
    ("amendement", [":8:8: titel: 'Titel van het amendement' is de voorbeeldtekst uit het startbestand"]),
    ("subamendement", [":8:8: titel: 'Titel van het subamendement' is de voorbeeldtekst uit het startbestand"]),
])
def test_a_starter_as_written_by_nieuw_fails(project, run, check, soort, messages):
    target = project / "data" / f"{soort}-nieuw.yaml"
    assert run("nieuw", soort, str(target)).exit_code == 0
    code, output = check("--streng", str(target))
    assert code == 1, output
    for message in messages:
        assert message in output, output


def test_the_amendement_starter_pointed_at_a_voorstel_still_fails(project, run, check):
    target = project / "data" / "amendementen" / "nieuw.yaml"
    assert run("nieuw", "amendement", str(target)).exit_code == 0
    edit(project, "data/amendementen/nieuw.yaml", "raadsvoorstellen/voorbeeld-raadsvoorstel.yaml", ZW_VOORSTEL[5:])
    edit(project, "data/amendementen/nieuw.yaml", "beslispunt: opdracht", "beslispunt: evaluatie")
    code, output = check("--streng", str(target))
    assert code == 1, output
    found = errors(output)
    for message in (":8:8: titel: 'Titel van het amendement' is de voorbeeldtekst uit het startbestand",
                    "toelichting[0]: 'Waarom de indieners dit voorstellen.' is de voorbeeldtekst",
                    "indieners[0].naam: 'A. Jansen' is de voorbeeldnaam uit het startbestand"):
        assert any(message in line for line in found), (message, found)


def test_the_raadsbesluit_of_a_concept_voorstel_is_a_concept(project, run, tmp_path):
    assert run("build").exit_code == 0  # the raadsbesluit is a collection: made by a build of the whole project
    built = project / "build" / "raadsvoorstellen"
    for suffix in ("", "-raadsbesluit", "-redline"):
        docx = built / f"2025-zwolle-familiegroepsplan-verordening-jeugdhulp{suffix}.docx"
        assert is_concept(docx), docx
        assert "CONCEPT" in marks(docx) and "Watermerk" in marks(docx)
    result = run("bundel", str(built / "2025-zwolle-familiegroepsplan-verordening-jeugdhulp-raadsbesluit.docx"),
                 "-o", str(tmp_path / "b.pdf"))
    assert result.exit_code == 1
    assert "is een concept en kan niet in een definitieve bundel" in result.output


def test_a_concept_amendement_is_marked_and_never_bundled(project, run, tmp_path):
    edit(project, ZW_A1, "status: aangenomen\n", "status: aangenomen\nconcept: ja\n")
    assert run("build", str(project / ZW_A1)).exit_code == 0
    docx = project / "build" / "amendementen" / "2025-zwolle-a1-ondersteuning-kosteloos.docx"
    assert is_concept(docx)
    assert "CONCEPT" in marks(docx) and "Watermerk" in marks(docx)
    result = run("bundel", str(docx), "-o", str(tmp_path / "b.pdf"))
    assert result.exit_code == 1
    assert not (tmp_path / "b.pdf").exists()
