"""Beleidsplan and begroting sections: the Zwolle doelen read like the source, the table is a real Word
table with the computed figures, activities quote moties, and the familiegroepsplan check."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from generator.loading.project import Project
from generator.soorten.beleidsplan.rules import beleidsplan_warnings
from generator.word.docxtext import document_text
from tests.golden import between, seed, similarity

ZWOLLE = "data/beleidsplannen/zwolle-begroting-2021-jeugdhulp.yaml"
DEN_HAAG = "data/beleidsplannen/den-haag-beleidsplan-jeugd.yaml"
MOTIE = "data/moties/2021-07-14-versterking-eigen-netwerk-en-inzet-familiegroepsplan.yaml"


@pytest.fixture(autouse=True)
def _in_project(project, monkeypatch):
    monkeypatch.chdir(project)


def build(run, project: Path, source: str) -> bytes:
    result = run("build", source)
    assert result.exit_code == 0, result.output
    return (project / "build" / source.removeprefix("data/")).with_suffix(".docx").read_bytes()


def write(project: Path, name: str, text: str) -> str:
    path = project / "data" / "beleidsplannen" / name
    path.write_text(text, "utf-8")
    return f"data/beleidsplannen/{name}"


def test_zwolle_doelen_read_like_the_begroting(run, project):
    text = document_text(build(run, project, ZWOLLE), body_only=True)
    doelen = between(text, "Beschrijving doel 2.3.1", "Overzicht baten en lasten van programma 2.3 (Jeugdhulp)")
    assert similarity(seed("004"), doelen) >= 0.95


def figures(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_zwolle_tables_show_the_seed_figures_and_computed_totals(run, project):
    word = WordDocument(io.BytesIO(build(run, project, ZWOLLE)))
    header = ["Bedragen in €", "Lasten", "Baten", "Saldo", "Toevoeging aan reserves",
              "Onttrekking aan reserves", "Geraamd resultaat"]
    doel_1, doel_2, programma = (figures(t) for t in word.tables)
    assert doel_1 == [header, ["Doel 2.3.1", "2.763.946", "0", "2.763.946", "0", "0", "2.763.946"]]
    assert doel_2 == [header, ["Doel 2.3.2", "34.635.000", "0", "34.635.000", "0", "0", "34.635.000"]]
    assert programma[-1] == ["Totaal", "37.398.946", "0", "37.398.946", "0", "0", "37.398.946"]


def test_the_table_repeats_its_header_and_right_aligns_figures(run, project):
    word = WordDocument(io.BytesIO(build(run, project, ZWOLLE)))
    for table in word.tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert table.style.name == "Table Grid"
        for row in table.rows[1:]:
            for cell in row.cells[1:]:
                assert cell.paragraphs[0].style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_portefeuillehouder_only_where_the_source_names_one(run, project):
    text = document_text(build(run, project, ZWOLLE), body_only=True)
    assert "Portefeuillehouder(s)\nMichiel van Willigen" in between(text, "doel 2.3.2", "Overzicht baten en lasten")
    assert "Portefeuillehouder" not in between(text, "doel 2.3.1", "doel 2.3.2")


def test_an_activity_quotes_the_motie_and_rebuilds_when_it_changes(run, project):
    text = document_text(build(run, project, DEN_HAAG))
    assert ("Uitvoeren motie ‘Versterking eigen netwerk en inzet familiegroepsplan’ (RIS309671). We brengen"
            " netwerkversterkende interventies") in text
    motie = project / MOTIE
    motie.write_text(motie.read_text("utf-8").replace("ris: RIS309671", "ris: RIS309671\nnummer: M-12"), "utf-8")
    text = document_text(build(run, project, DEN_HAAG))
    assert "Uitvoeren motie ‘Versterking eigen netwerk en inzet familiegroepsplan’ (motie M-12, RIS309671)." in text


def test_an_unknown_motie_is_an_error_at_its_line(run, project):
    source = (project / DEN_HAAG).read_text("utf-8").replace(
        "motie: 2021-07-14-versterking-eigen-netwerk-en-inzet-familiegroepsplan",
        "motie: 2021-07-14-versterking-eigen-netwerk")
    name = write(project, "onbekend.yaml", source)
    line = source.splitlines().index("          - motie: 2021-07-14-versterking-eigen-netwerk") + 1
    result = run("build", name)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{name}:{line}:20: programmas[0].doelen[0].activiteiten[0].motie: onbekende motie"
        " '2021-07-14-versterking-eigen-netwerk' — bedoelt u"
        " '2021-07-14-versterking-eigen-netwerk-en-inzet-familiegroepsplan'?")


PLAN = """soort: beleidsplan
gemeente: zwolle
titel: Begroting
doelen:
  - nummer: "1.1"
    titel: Eerste doel
    criteria:
      - eerste punt;
    activiteiten:
      - motie: 2019-07-08-netwerkversterking-en-familiegroepsplannen
    baten_en_lasten:
      lasten: 1.000
      baten: 2.250,50
  - nummer: "1.1"
    titel: Tweede doel
"""


def test_a_plan_without_programmas_builds_with_negative_saldo_and_cents(run, project):
    name = write(project, "plat.yaml", PLAN.replace('"1.1"\n    titel: Tweede', '"1.2"\n    titel: Tweede'))
    word = WordDocument(io.BytesIO(build(run, project, name)))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Eerste doel, zodanig dat:" in text
    assert "Uitvoeren motie ‘Netwerkversterking en familiegroepsplannen’ (motie van 8 juli 2019)." in text
    assert figures(word.tables[0])[1] == ["Doel 1.1", "1.000,00", "2.250,50", "-1.250,50", "0,00", "0,00", "-1.250,50"]
    assert figures(word.tables[1])[-1][0] == "Totaal"


def test_a_repeated_doel_number_is_an_error(run, project):
    name = write(project, "dubbel.yaml", PLAN)
    result = run("check", name)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{name}:14:13: doelen[1].nummer: doel 1.1 staat al op regel 5 — geef elk doel een eigen nummer")


@pytest.mark.parametrize(("text", "column", "message"), [
    ("      lasten: 1,000\n", 15, ("doelen[0].baten_en_lasten.lasten: '1,000' is geen bedrag — dubbelzinnig: een"
     " komma is in het Nederlands het decimaalteken en een bedrag heeft hoogstens twee decimalen; bedoelt u"
     " duizendtallen, schrijf dan punten (1.250) of alleen cijfers (1250)")),
    ("      saldo: 1.000\n", 14, ("doelen[0].baten_en_lasten.saldo: vermeld is 1.000,00, berekend is -1.250,50"
     " (lasten 1.000,00 − baten 2.250,50) — corrigeer het bedrag of laat 'saldo:' weg; raadsstukken berekent"
     " het zelf")),
])
def test_bad_figures_are_reported_at_their_line(run, project, text, column, message):
    plan = PLAN.replace('"1.1"\n    titel: Tweede', '"1.2"\n    titel: Tweede')
    plan = plan.replace("      lasten: 1.000\n", text) if "lasten" in text else plan.replace(
        "      baten: 2.250,50\n", "      baten: 2.250,50\n" + text)
    name = write(project, "bedrag.yaml", plan)
    result = run("check", name)
    assert result.exit_code == 1
    line = plan.splitlines().index(text.rstrip("\n")) + 1
    assert result.output.splitlines()[0] == f"{name}:{line}:{column}: {message}"


def test_the_starter_builds(run, project):
    result = run("nieuw", "beleidsplan", "data/beleidsplannen/nieuw.yaml")
    assert result.exit_code == 0, result.output
    build(run, project, "data/beleidsplannen/nieuw.yaml")


POINTS = [
    ("vormen.zelfstandig", "    zelfstandig:", "Zelfstandig"),
    ("vormen.onafhankelijke_derde", "    onafhankelijke_derde:", "Met ondersteuning van een onafhankelijke derde"),
    ("vormen.professional", "    professional:", "Met ondersteuning van een professional"),
    ("informeren", "  informeren:", "Informeren van burgers"),
    ("inbedding", "  inbedding:", "Inbedding in de Toegang en het jeugdhulpstelsel"),
    ("afspraken", "  afspraken:", "Afspraken met jeugdhulpaanbieders en gecertificeerde instellingen"),
    ("budget", "  budget:", "Budget"),
    ("monitoring", "  monitoring:", "Prestatieafspraken, monitoring en evaluatie"),
]


def without(text: str, key: str) -> str:
    """The sample with one familiegroepsplan point (its key and its indented paragraphs) removed."""
    indent = len(key) - len(key.lstrip())
    pattern = rf"(?m)^{re.escape(key)}\n(?:^ {{{indent + 1},}}.*\n)*"
    assert re.search(pattern, text), key
    return re.sub(pattern, "", text)


def warnings_for(project: Path, text: str) -> list[str]:
    name = write(project, "fgp.yaml", text)
    plan = Project(project)
    return [f"{i.severity}: {i}" for i in beleidsplan_warnings(plan, plan.load(project / name))]


def test_a_complete_familiegroepsplan_section_gets_no_warning(project):
    assert warnings_for(project, (project / DEN_HAAG).read_text("utf-8")) == []


def test_a_plan_without_the_section_is_not_checked(project):
    assert warnings_for(project, (project / ZWOLLE).read_text("utf-8")) == []


@pytest.mark.parametrize(("field", "key", "kop"), POINTS, ids=[p[0] for p in POINTS])
def test_each_missing_factsheet_point_is_listed(project, field, key, kop):
    source = (project / DEN_HAAG).read_text("utf-8")
    text = without(source, key)
    anchor = "  vormen:" if field.startswith("vormen") else "familiegroepsplan:"
    lines = text.splitlines()
    line = next(i for i, ln in enumerate(lines, 1) if ln.startswith(anchor))
    column = len(anchor) - len(anchor.lstrip()) + 1
    found = warnings_for(project, text)
    assert len(found) == 1, found
    assert found[0].startswith(f"waarschuwing: data/beleidsplannen/fgp.yaml:{line}:{column}: familiegroepsplan.{field}:"
                               f" het punt '{kop}' uit de VNG-factsheet familiegroepsplan ontbreekt"
                               f" — beschrijf onder '{field.split('.')[-1]}:' ")


def test_the_missing_budget_warning_word_for_word(project):
    text = without((project / DEN_HAAG).read_text("utf-8"), "  budget:")
    line = text.splitlines().index("familiegroepsplan:") + 1
    assert warnings_for(project, text) == [(
        f"waarschuwing: data/beleidsplannen/fgp.yaml:{line}:1: familiegroepsplan.budget: het punt 'Budget' uit de"
        " VNG-factsheet familiegroepsplan ontbreekt — beschrijf onder 'budget:' hoe de gemeente het opstellen van"
        " familiegroepsplannen financiert")]


def test_without_vormen_all_three_forms_are_listed(project):
    text = without((project / DEN_HAAG).read_text("utf-8"), "  vormen:")
    fields = [w.split(": ")[2] for w in warnings_for(project, text)]
    assert fields == ["familiegroepsplan.vormen.zelfstandig", "familiegroepsplan.vormen.onafhankelijke_derde",
                      "familiegroepsplan.vormen.professional"]
