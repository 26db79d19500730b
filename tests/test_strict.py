"""`check --streng`: clean on the samples, failing with the right message on each defect put back."""

from __future__ import annotations

from pathlib import Path

import pytest

DH_VERORDENING = "data/verordeningen/den-haag-verordening-jeugdhulp-2015-familiegroepsplan.yaml"
DH_WIJZIGING = "data/verordeningen/den-haag-wijziging-verordening-jeugdhulp-2015-familiegroepsplan.yaml"
ZW_VERORDENING = "data/verordeningen/zwolle-verordening-jeugdhulp-2018-familiegroepsplan.yaml"
DH_BRIEF = "data/afdoeningen/2024-ocw-11230456-familiegroepsplan-uithuisplaatsing.yaml"
ZW_MOTIE = "data/moties/2023-03-13-wachttijden-jeugdhulp.yaml"
ZW_MOTIE_2019 = "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"


def edit(project: Path, name: str, old: str, new: str) -> None:
    path = project / name
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.fixture
def check(project, run):
    """`raadsstukken check ARGS` in the copy; its output with paths as a user in the project sees them."""
    def invoke(*args: str) -> tuple[int, str]:
        result = run("check", *args)
        return result.exit_code, result.output.replace(f"{project}/", "")

    return invoke


def errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("data/")]


def test_the_samples_are_clean_and_the_concepts_are_listed(check):
    code, output = check("--streng")
    assert code == 0, output
    assert "Geen fouten gevonden." in output
    assert f"concept: {ZW_VERORDENING} (nog niet te versturen; open: griffier, vastgesteld, voorzitter)" in output
    # the source names no indieners: the motie stays a concept rather than get invented names
    assert f"concept: {ZW_MOTIE_2019} (nog niet te versturen; open: indieners)" in output
    gate = [line for line in output.splitlines() if "(leesbaarheid)" not in line and ": leesbaarheid:" not in line]
    for seeded in (ZW_MOTIE, "data/beleidsplannen/zwolle-begroting-2021-jeugdhulp.yaml"):
        assert not [line for line in gate if seeded in line]  # complete: nothing open, nothing listed


def test_without_streng_the_same_findings_are_warnings(project, run, check):
    edit(project, ZW_MOTIE, "titel: Wachttijden jeugdhulp inzichtelijk", "titel: Wachttijden [titel]")
    code, output = check()
    assert code == 0
    assert f"waarschuwing: {ZW_MOTIE}:5:8: titel: plaatshouder '[titel]' in de tekst" in output
    assert check("--streng")[0] == 1
    assert run("build", "--streng").exit_code == 1


@pytest.mark.parametrize(("soort", "message"), [
    ("motie", "'Titel van de motie' is de voorbeeldtekst uit het startbestand — vervang hem door de echte tekst"),
    ("afdoeningsbrief", "'Een tussenkop, bijvoorbeeld het eerste verzoek van de motie' is de voorbeeldtekst uit het"
                        " startbestand"),
    ("verordening", "'Eigen algemene toelichting bij de verordening.' is de voorbeeldtekst uit het startbestand"),
    ("wijzigingsverordening", "titel: 'Verordening tot wijziging van de Verordening over het onderw' is de"
                              " voorbeeldtekst"),
    ("beleidsplan", "'Eerste alinea van de beschrijving.' is de voorbeeldtekst uit het startbestand"),
])
def test_a_starter_as_written_by_nieuw_fails(project, run, check, soort, message):
    target = project / "data" / f"{soort}-nieuw.yaml"
    assert run("nieuw", soort, str(target)).exit_code == 0
    code, output = check("--streng", str(target))
    assert code == 1, output
    assert message in output


def test_the_motie_starter_names_its_title_and_first_point(project, run, check):
    target = project / "data" / "moties" / "nieuw.yaml"
    run("nieuw", "motie", str(target))
    found = errors(check("--streng", str(target))[1])
    assert any(":6:8: titel: 'Titel van de motie' is de voorbeeldtekst" in line for line in found), found
    assert any("constateringen[0].punten[0]: 'eerste constatering;' is de voorbeeldtekst" in line for line in found)


def test_a_verordening_without_date_or_griffier(project, run, check):
    edit(project, DH_VERORDENING, "concept: ja\n", "")
    found = errors(check("--streng")[1])
    assert any(line.startswith(f"{DH_VERORDENING}:7:1: vastgesteld: 'vastgesteld:' ontbreekt: het document toont"
                               " '[datum]'") for line in found), found
    assert any(f"{DH_VERORDENING}:7:1: griffier: de ondertekening toont 'de griffier,' zonder naam — vul in"
               " data/gemeenten/den-haag.yaml de griffier in" in line for line in found)


def test_an_empty_secretaris_in_a_signature(project, run, check):
    edit(project, "data/afdoeningen/2024-zwolle-2024-31877-eigen-kracht-conferentie.yaml", "concept: ja\n", "")
    found = errors(check("--streng")[1])
    assert any("ondertekening.secretaris: de ondertekening toont 'de secretaris,' zonder naam — vul in"
               " data/gemeenten/zwolle.yaml de secretaris in die op 15 oktober 2024 in functie was" in line
               for line in found), found


def test_a_signatory_not_in_office_on_the_date(project, run, check):
    edit(project, DH_VERORDENING, "concept: ja\n", "vastgesteld: 2015-11-12\nvoorzitter: Jan van Zanen\n"
         "griffier: A. Griffier\n")
    found = errors(check("--streng")[1])
    assert (f"{DH_VERORDENING}:9:13: voorzitter: Jan van Zanen was op 12 november 2015 geen burgemeester van"
            " Den Haag (volgens data/gemeenten/den-haag.yaml: Jan van Zanen van 1 juli 2020 tot heden)"
            " — laat 'voorzitter:' weg (dan tekent wie toen in functie was) of corrigeer de datum") in found, found


def test_a_verordening_citing_a_later_motie(project, run, check):
    edit(project, ZW_VERORDENING, "      - Met de verantwoording,", "      - De raad vroeg dit op 8 juli 2019."
         " Met de verantwoording,")
    found = check("--streng")[1].splitlines()  # a concept: listed with its gaps
    assert any(f"concept: {ZW_VERORDENING}:" in line and "de tekst noemt de motie 'Netwerkversterking en familiegroepsplannen'"
               " van 8 juli 2019, maar de verordening is van 2018" in line for line in found), found


def test_a_verordening_citing_a_later_afdoening(project, run, check):
    edit(project, DH_VERORDENING, "toelichting:\n  - ", "toelichting:\n  - Het college zegde in zijn afdoening"
         " van de motie 'Familiegroepsplan bij dreigende uithuisplaatsing' iets toe. ")
    found = check("--streng")[1].splitlines()
    assert any("de tekst noemt de afdoening van de motie 'Familiegroepsplan bij dreigende uithuisplaatsing' van"
               " 27 augustus 2024, maar de verordening is van 2015" in line for line in found), found


def test_an_afdoening_before_the_adoption(project, run, check):
    edit(project, DH_BRIEF, "datum: 2024-08-27", "datum: 2024-01-05")
    found = errors(check("--streng")[1])
    assert f"{DH_BRIEF}:6:8: datum: de brief (5 januari 2024) is ouder dan de aanneming van de motie" \
           " (14 maart 2024) — een motie wordt afgedaan nadat zij is aangenomen: controleer beide datums" in found, found


def test_a_wijziging_before_the_verordening(project, run, check):
    edit(project, DH_VERORDENING, "concept: ja\n", "concept: ja\nvastgesteld: 2014-11-13\n")
    edit(project, DH_WIJZIGING, "concept: ja\n", "concept: ja\nvastgesteld: 2014-10-01\n")
    output = check("--streng")[1]
    assert f"concept: {DH_WIJZIGING}:9:14: vastgesteld: de wijziging (1 oktober 2014) is ouder dan de verordening" \
           f" die zij wijzigt ({DH_VERORDENING})" in output, output


def test_a_verordening_written_differently(project, run, check):
    edit(project, DH_WIJZIGING, "wijzigt: Verordening Jeugdhulp", "wijzigt: Verordening jeugdhulp")
    found = errors(check("--streng")[1])
    assert not found  # a concept: listed, not failing
    output = check("--streng")[1]
    assert f"concept: {DH_WIJZIGING}:11:10: wijzigt: 'Verordening jeugdhulp Den Haag 2015' is anders geschreven" \
           f" dan 'Verordening Jeugdhulp Den Haag 2015' ({DH_VERORDENING})" in output, output


def test_a_person_written_differently(project, run, check):
    edit(project, DH_BRIEF, "datum: 2024-08-27\n", "datum: 2024-08-27\nondertekening:\n  burgemeester: Jan Van Zanen\n")
    found = errors(check("--streng")[1])
    assert any("ondertekening.burgemeester: 'Jan Van Zanen' is anders geschreven dan 'Jan van Zanen' elders" in line
               for line in found), found


def test_a_motie_title_quoted_differently(project, run, check):
    edit(project, DH_BRIEF, "  - kop: De raad jaarlijks informeren", "  - Zoals de motie ‘Familiegroepsplan bij"
         " Dreigende uithuisplaatsing’ vraagt.\n  - kop: De raad jaarlijks informeren")
    found = errors(check("--streng")[1])
    assert any("'Familiegroepsplan bij Dreigende uithuisplaatsing' is anders geschreven dan 'Familiegroepsplan bij"
               " dreigende uithuisplaatsing'" in line for line in found), found


def test_a_concept_cannot_be_bundled(project, run, check, tmp_path):
    assert run("build", str(project / DH_VERORDENING)).exit_code == 0
    docx = project / "build" / "verordeningen" / "den-haag-verordening-jeugdhulp-2015-familiegroepsplan.docx"
    result = run("bundel", str(docx), "-o", str(tmp_path / "b.pdf"))
    assert result.exit_code == 1
    assert "is een concept en kan niet in een definitieve bundel" in result.output
    assert not (tmp_path / "b.pdf").exists()
