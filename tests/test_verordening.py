"""Verordening and wijzigingsverordening: numbering, references, law quotes, layout, content check."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from openxml_audit import OpenXmlValidator

from generator.loading.project import Project
from generator.soorten.verordening.rules import verordening_warnings

ZWOLLE = "data/verordeningen/zwolle-verordening-jeugdhulp-2018-familiegroepsplan.yaml"
DEN_HAAG = "data/verordeningen/den-haag-verordening-jeugdhulp-2015-familiegroepsplan.yaml"
WIJZIGING = "data/verordeningen/den-haag-wijziging-verordening-jeugdhulp-2015-familiegroepsplan.yaml"
MODEL = "data/modellen/vng-jeugdhulp-familiegroepsplan.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOURCES = Path(__file__).resolve().parents[2] / "shared" / "sources" / "jeugdwet-familiegroepsplan.md"
if not SOURCES.is_file():
    SOURCES = Path(__file__).resolve().parent / "sources" / "jeugdwet-familiegroepsplan.md"


def build(run, project: Path, data: str) -> str:
    result = run("build", str(project / data))
    assert result.exit_code == 0, result.output
    if not data.endswith(".yaml"):
        return result.output
    return (project / "build" / data[5:]).with_suffix(".txt").read_text("utf-8")


def edit(project: Path, data: str, old: str, new: str) -> None:
    path = project / data
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def errors(result, project: Path) -> list[str]:
    assert result.exit_code == 1, result.output
    return [line for line in result.output.replace(str(project) + "/", "").splitlines() if ".yaml:" in line]


def test_articles_leden_and_references_are_numbered(run, project):
    text = build(run, project, ZWOLLE)
    assert "Artikel 2. Familiegroepsplan bij de melding\n1. De jeugdige of zijn ouders die zich met een hulpvraag" \
           " tot het Sociaal Wijkteam wenden" in text
    assert "Artikel 3. Onderzoek\n1. Het college onderzoekt zo spoedig mogelijk na de melding, bedoeld in artikel 2," \
           " eerste lid, samen met" in text
    assert "3. Indien een familiegroepsplan is opgesteld, wordt dit plan als uitgangspunt genomen bij het onderzoek," \
           " bedoeld in het eerste lid." in text
    assert "bij het onderzoek, bedoeld in artikel 3, derde lid." in text
    assert "[[" not in text and "{toegang}" not in text


def test_moving_an_article_renumbers_every_article_and_reference(run, project):
    before = build(run, project, ZWOLLE)
    edit(project, ZWOLLE, "  - uit_model: informeren\n  - uit_model: onderzoek\n",
         "  - uit_model: onderzoek\n  - uit_model: informeren\n")
    after = build(run, project, ZWOLLE)
    headings = re.findall(r"^Artikel \d+\. .*$", after, re.MULTILINE)
    assert headings[:4] == ["Artikel 1. Begripsbepalingen", "Artikel 2. Onderzoek",
                            "Artikel 3. Familiegroepsplan bij de melding", "Artikel 4. Verantwoording over familiegroepsplannen"]
    assert "na de melding, bedoeld in artikel 3, eerste lid, samen met" in after
    assert "na een melding als bedoeld in artikel 3, eerste lid, is opgesteld, en over de ondersteuning, bedoeld in" \
           " artikel 3, tweede lid." in after
    assert "bij het onderzoek, bedoeld in artikel 2, derde lid." in after
    assert "Het onderzoek naar de eigen mogelijkheden (artikel 2, tweede lid, onder b)" in after
    assert "Het onderzoek, bedoeld in artikel 3, eerste lid, neemt" in before
    assert "Het onderzoek, bedoeld in artikel 2, eerste lid, neemt" in after
    assert "De bepaling over het familiegroepsplan in artikel 2, derde lid, volgt" in after


def test_leden_restart_at_one_in_every_article(run, project):
    text = build(run, project, ZWOLLE)
    body = text.split("Aldus vastgesteld")[0]
    for article in re.split(r"^Artikel \d+\. .*\n", body, flags=re.MULTILINE)[1:]:
        numbers = re.findall(r"^(\d+)\. ", article, re.MULTILINE)
        assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
        letters = re.findall(r"^([a-z])\. ", article, re.MULTILINE)
        assert not letters or letters[0] == "a"


def test_a_broken_reference_names_file_line_and_label(run, project):
    edit(project, ZWOLLE, "[[informeren.wijzen]] is opgesteld", "[[informeren.wijze]] is opgesteld")
    assert errors(run("build", str(project / ZWOLLE)), project) == [
        f"{ZWOLLE}:23:9: artikelen[3].leden[0].tekst: verwijzing naar onbekend label 'informeren.wijze'"
        " — bedoelt u [[informeren.wijzen]]?"]


def test_model_text_referring_to_a_missing_article_is_reported_where_it_is_taken(run, project):
    edit(project, DEN_HAAG, "  - uit_model: informeren\n", "  - uit_model: informeer\n")
    assert errors(run("check", str(project / DEN_HAAG)), project) == [
        f"{DEN_HAAG}:20:16: artikelen[1].uit_model: het model kent geen artikel 'informeer' — bedoelt u 'informeren'?",
        f"{DEN_HAAG}:21:16: artikelen[2].uit_model: verwijzing naar onbekend label 'informeren.wijzen'"
        f" (in de modeltekst, {MODEL}:83) — bekende artikelen: begrippen, onderzoek"]


def test_an_unknown_choice_is_an_error_with_a_guess(run, project):
    edit(project, ZWOLLE, "  toegang: het Sociaal Wijkteam", "  toegan: het Sociaal Wijkteam")
    assert errors(run("build", str(project / ZWOLLE)), project) == [
        f"{ZWOLLE}:14:3: keuzes.toegan: onbekende keuze 'toegan' — bedoelt u 'toegang'?"]


def test_changing_a_model_article_rebuilds_the_verordeningen_using_it(run, project):
    build(run, project, "data/verordeningen")
    edit(project, MODEL, "worden altijd gewezen op", "worden steeds gewezen op")
    text = build(run, project, ZWOLLE)
    assert "worden steeds gewezen op de mogelijkheid" in text


def test_aanhef_and_ondertekening(run, project):
    text = build(run, project, DEN_HAAG)
    assert text.startswith("CONCEPT\nVerordening Jeugdhulp Den Haag 2015\nartikelen over het familiegroepsplan\n"
                           "De raad van de gemeente Den Haag;\n"
                           "gelet op de artikelen 2.9, 2.10, 2.12 en 8.1.1, vierde lid, van de Jeugdwet;\n"
                           "besluit vast te stellen de volgende verordening:\n")
    # no date: the profile cannot tell who was burgemeester (Jan van Zanen only from 1 July 2020)
    assert "Aldus vastgesteld in de openbare vergadering van [datum].\nde voorzitter, de griffier,\nToelichting\n" in text
    edit(project, DEN_HAAG, "model: modellen", "vastgesteld: 2021-11-11\ngriffier: A. Griffier\nmodel: modellen")
    text = build(run, project, DEN_HAAG)
    assert "Aldus vastgesteld in de openbare vergadering van 11 november 2021.\nde voorzitter, de griffier,\n" \
           "Jan van Zanen A. Griffier\n" in text


def test_wijzigingsverordening_inserts_from_the_same_article_data(run, project):
    edit(project, WIJZIGING, "  - lid_toevoegen:", "  - artikel_invoegen:\n      na: \"5\"\n      artikel:\n"
         "        label: voorlichting\n        titel: Voorlichting\n        leden:\n"
         "          - Het college licht inwoners voor over [[informeren]].\n  - lid_toevoegen:")
    text = build(run, project, WIJZIGING)
    assert "ARTIKEL I\nDe Verordening Jeugdhulp Den Haag 2015 wordt als volgt gewijzigd:\n" \
           "A. In artikel 1 worden, in alfabetische volgorde, de volgende begripsomschrijvingen ingevoegd, luidende:\n" in text
    assert "B. Na artikel 5 wordt een artikel ingevoegd, luidende:\nArtikel 5a. Familiegroepsplan bij de melding\n" \
           "1. De jeugdige of zijn ouders die zich met een hulpvraag tot de jeugdteams van het Centrum Jeugd en Gezin" in text
    assert "C. Na artikel 5a wordt een artikel ingevoegd, luidende:\nArtikel 5b. Voorlichting\n" \
           "Het college licht inwoners voor over artikel 5a.\n" in text
    assert "D. Aan artikel 6 wordt een lid toegevoegd, luidende:\n3. Indien een familiegroepsplan is opgesteld, wordt" \
           " dit plan als uitgangspunt genomen bij het onderzoek, bedoeld in het eerste lid.\n" in text
    assert "ARTIKEL II\nDeze verordening treedt in werking met ingang van de dag na die van de bekendmaking.\n" in text
    assert "Artikel I, onderdeel B (artikel 5a)\n" in text


def test_wijziging_referring_to_an_unknown_existing_label(run, project):
    edit(project, WIJZIGING, '  onderzoek.gesprek: "6.1"         # artikel 6, eerste lid\n', "")
    hint = "staat het al in de verordening? voeg onder 'bestaand:' toe: onderzoek.gesprek: <artikel>.<lid>"
    assert errors(run("build", str(project / WIJZIGING)), project) == [
        f"{WIJZIGING}:29:20: wijzigingen[1].artikel_invoegen.artikel.uit_model: verwijzing naar onbekend label"
        f" 'onderzoek.gesprek' (in de modeltekst, {MODEL}:73) — {hint}",
        f"{WIJZIGING}:33:18: wijzigingen[2].lid_toevoegen.uit_model: verwijzing naar onbekend label"
        f" 'onderzoek.gesprek' (in de modeltekst, {MODEL}:95) — {hint}"]


def sources_text() -> tuple[str, dict[str, str]]:
    """The law text of the sources file (whitespace joined) and its definitions by term."""
    text = SOURCES.read_text("utf-8")
    definitions = dict(re.findall(r"^- ([a-z ]+): (.+?);?$", re.sub(r"\n  ", " ", text), re.MULTILINE))
    return " ".join(text.split()), definitions


def paragraphs(docx: Path, style: str) -> list[etree._Element]:
    root = etree.fromstring(zipfile.ZipFile(docx).read("word/document.xml"))
    return [p for p in root.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle[@w:val='{style}']", {"w": W[1:-1]}) is not None]


def visible(paragraph: etree._Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(f"{W}t"))


def test_jeugdwet_quotes_in_the_output_are_the_law_text(run, project):
    build(run, project, "data/verordeningen")
    law, definitions = sources_text()
    docs = sorted((project / "build" / "verordeningen").glob("*.docx"))
    quotes = [visible(p) for d in docs for p in paragraphs(d, "Citaat")]
    assert len(quotes) >= 9
    for quote in quotes:
        assert quote == "..." or " ".join(quote.split()) in law, quote
    for doc in docs:
        for source in paragraphs(doc, "Bronvermelding"):
            assert visible(source).startswith("Bron: Jeugdwet (BWBR0034925), artikel ")
    defined = 0
    for doc in docs:
        for paragraph in paragraphs(doc, "Onderdeel"):
            term = "".join(t.text for r in paragraph.iter(f"{W}r") if r.find(f"{W}rPr/{W}rStyle") is not None
                           for t in r.iter(f"{W}t"))
            if term in definitions:
                meaning = visible(paragraph).split(f"{term}: ", 1)[1]
                assert meaning.rstrip(";.") == definitions[term].rstrip(";."), term
                defined += 1
    assert defined >= 6


def test_generated_verordeningen_pass_the_ooxml_validator(run, project):
    build(run, project, "data/verordeningen")
    for docx in sorted((project / "build" / "verordeningen").glob("*.docx")):
        result = OpenXmlValidator().validate(docx)
        assert result.is_valid and result.error_count == 0, [str(e) for e in result.errors]


def test_content_check_warns_when_a_familiegroepsplan_provision_is_missing(project):
    path = project / ZWOLLE
    text = path.read_text("utf-8").replace("  - uit_model: onderzoek\n", "  - uit_model: onderzoek\n    leden:\n"
                                           "      - label: gesprek\n        tekst: Het college onderzoekt de hulpvraag.\n"
                                           "      - label: uitgangspunt\n        tekst: Het college hoort de jeugdige.\n")
    path.write_text(text, "utf-8")
    loaded = Project(project).load(path)
    warnings = verordening_warnings(Project(project), loaded)
    assert [(w.severity, str(w).replace(str(project) + "/", "")) for w in warnings] == [(
        "waarschuwing",
        f"{ZWOLLE}:16:1: artikelen: de verordening mist de bepaling dat een opgesteld familiegroepsplan het uitgangspunt"
        " van het onderzoek is (VNG-modelverordening, artikel 6, derde lid) — neem '- uit_model: onderzoek' op onder artikelen"
        f" (uit {MODEL})")]
    path.write_text(text.replace("tekst: Het college hoort de jeugdige.",
                                 "bepaling: familiegroepsplan-uitgangspunt\n        tekst: Het plan is het uitgangspunt."))
    assert verordening_warnings(Project(project), Project(project).load(path)) == []
    complete = Project(project).load(project / DEN_HAAG)
    assert verordening_warnings(Project(project), complete) == []


@pytest.mark.parametrize("soort", ["verordening", "wijzigingsverordening"])
def test_starter_builds(run, project, soort):
    target = project / "data" / "verordeningen" / f"nieuw-{soort}.yaml"
    result = run("nieuw", soort, str(target))
    assert result.exit_code == 0, result.output
    text = build(run, project, f"data/verordeningen/nieuw-{soort}.yaml")
    assert "[[" not in text and "Artikel" in text
