"""Open facts (issue 25, "every import builds"): a value in square brackets ("[datum]") is a fact still open.
The document builds as a concept that names it beside CONCEPT, `check` reports it at its line, the gate refuses
it, the lists show it last; the import writes the marker instead of leaving the field out."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import yaml

from generator.importer import import_file, to_yaml
from tests import test_strict
from tests.test_strict import edit, errors

ZW_MOTIE = "data/moties/2023-03-13-wachttijden-jeugdhulp.yaml"
OPEN_DATE = ("vergadering: de datum van de vergadering is nog open — vul de datum in, bijvoorbeeld 2026-03-09")


check = test_strict.check  # the fixture: `raadsstukken check ARGS` in the copy, paths as the user sees them


def _open_date(project: Path) -> None:
    edit(project, ZW_MOTIE, "vergadering: 2023-03-13", 'vergadering: "[datum]"')


def test_check_reports_an_open_date_at_its_line(project, check):
    _open_date(project)
    code, output = check(str(project / ZW_MOTIE))
    assert code == 0, output  # a concept's gap: listed, not failing
    assert f"concept: {ZW_MOTIE}:6:14: {OPEN_DATE}" in output.splitlines(), output
    assert f"concept: {ZW_MOTIE} (nog niet te versturen; open: vergadering)" in output


def test_the_gate_refuses_an_open_date(project, check):
    _open_date(project)
    code, output = check("--verzendklaar", str(project / ZW_MOTIE))
    assert code == 1
    found = errors(output)
    assert f"{ZW_MOTIE}:6:14: {OPEN_DATE}" in found, found
    # the file says no 'concept: ja': its open fact is the reason, not a flag to take away
    assert not [line for line in found if "concept: ja" in line], found


def test_an_open_date_builds_as_a_concept_that_names_it(project, run):
    _open_date(project)
    result = run("build", str(project / ZW_MOTIE))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(project / "build" / "moties" / "2023-03-13-wachttijden-jeugdhulp.docx") as docx:
        headers = "".join(docx.read(n).decode("utf-8") for n in docx.namelist() if re.fullmatch(r"word/header\d*\.xml", n))
        body = docx.read("word/document.xml").decode("utf-8")
        core = docx.read("docProps/core.xml").decode("utf-8")
    assert "<w:t>CONCEPT · nog open: datum van de vergadering</w:t>" in headers
    assert 'descr="Watermerk: concept"' in headers
    assert "in vergadering bijeen op [datum]" in body  # where the date stands, its gap
    assert "<cp:contentStatus>Concept</cp:contentStatus>" in core


def test_a_complete_motie_is_no_concept(project, run):
    result = run("build", str(project / ZW_MOTIE))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(project / "build" / "moties" / "2023-03-13-wachttijden-jeugdhulp.docx") as docx:
        text = "".join(docx.read(n).decode("utf-8") for n in docx.namelist() if n.startswith("word/header"))
    assert "CONCEPT" not in text


def test_the_motievolglijst_lists_a_motie_without_a_date_last(project, run):
    edit(project, ZW_MOTIE, "status: verworpen", "status: aangenomen")
    _open_date(project)
    result = run("status", "--peildatum", "2100-01-01")  # the motievolglijst as a table, from the same rows
    assert result.exit_code == 0, result.output
    rows = result.output.rstrip().splitlines()[:-2]  # the counts below the table
    assert re.match(r"M-14 +Wachttijden jeugdhulp inzichtelijk +datum open ", rows[-1]), rows[-1]
    assert sum("datum open" in row for row in rows) == 1


def test_the_import_writes_an_open_date_as_its_marker(tmp_path):
    source = tmp_path / "motie.txt"
    source.write_text("Motie Bomen\n\nDe raad van de gemeente Zwolle,\n\nConstaterende dat:\n- er weinig bomen zijn;\n\n"
                      "Verzoekt het college:\n- bomen te planten.\n\nEn gaat over tot de orde van de dag.\n\nA. de Vries\n",
                      encoding="utf-8")
    result = import_file(source)
    text = to_yaml(result, "motie.txt")
    line = next(line for line in text.splitlines() if line.startswith("vergadering:"))
    assert line == 'vergadering: "[datum]"    # niet in de brontekst: vul de datum van de vergadering in als JJJJ-MM-DD'
    assert yaml.safe_load(text)["vergadering"] == "[datum]"
    assert "vergadering" in result.open_facts
    assert [f.rule for f in result.findings if f.rule == "niet-in-tekst"] == ["niet-in-tekst"]


def test_an_unquoted_marker_is_told_to_take_quotes(project, check):
    # YAML reads `[datum]` without quotes as a list of one word: the message says what to write instead
    edit(project, ZW_MOTIE, "vergadering: 2023-03-13", "vergadering: [datum]")
    code, output = check(str(project / ZW_MOTIE))
    assert code == 1
    assert (f"{ZW_MOTIE}:6:14: vergadering: verwacht een datum, maar vond een lijst — schrijf de datum als JJJJ-MM-DD,"
            ' bijvoorbeeld 2019-07-08; of, als het nog open is: "[datum]" tussen aanhalingstekens') in errors(output), output
