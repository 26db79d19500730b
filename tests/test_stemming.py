"""The vote after a motie, as the source states it: a table per fractie, the tally in its own words,
the status beside the vote; read by the import and printed by the build."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from docx import Document as WordDocument
from pydantic import ValidationError

from generator.cli.main import main
from generator.importer import import_file, parse_text, to_yaml
from generator.soorten.motie.document import stemmingstabel, uitslag
from generator.soorten.motie.model import Motie, Stemming
from generator.word.docxtext import document_text

CORPUS = Path(__file__).resolve().parent / "import_corpus"
BODY = ("MOTIE\nSchoon water\n\nDe raad van de gemeente Groningen, in vergadering bijeen op 14 juni 2023,\n\n"
        "Verzoekt het college:\n- een plan te maken.\n\nEn gaat over tot de orde van de dag.\n\n")
ROWS = [{"fractie": "GroenLinks", "zetels": "11", "stem": "voor"}, {"fractie": "VVD", "zetels": "4", "stem": "tegen"},
        {"fractie": "CDA", "stem": "tegen"}]


def motie(status: str = "ingediend", **stemming: Any) -> Motie:
    return Motie.model_validate({"soort": "motie", "orgaan": "zwolle", "titel": "T", "vergadering": dt.date(2024, 3, 4),
                                 "verzoeken": [{"kop": "Verzoekt het college:", "punten": ["iets te doen."]}],
                                 "status": status, "stemming": stemming or None})


def build(tmp_path: Path, text: str) -> Path:
    """Import `text`, build it in an empty project (the register's zwolle), return the .docx."""
    result = parse_text(text)
    result.data.setdefault("orgaan", "gemeente-groningen")
    target = tmp_path / "data" / "moties" / "m.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(to_yaml(result, "m.txt"), encoding="utf-8")
    run = CliRunner().invoke(main, ["-C", str(tmp_path), "build", str(target)])
    assert run.exit_code == 0, run.output
    return tmp_path / "build" / "moties" / "m.docx"


# -- the import --------------------------------------------------------------------------------------

def test_a_vote_table_is_read_into_rows_with_seats() -> None:
    data = yaml.safe_load(to_yaml(import_file(CORPUS / "groningen_stemming.txt"), "g"))
    assert data["stemming"] == {
        "fracties": [{"fractie": "GroenLinks", "zetels": "11", "stem": "voor"},
                     {"fractie": "PvdA", "zetels": "6", "stem": "voor"},
                     {"fractie": "Partij voor de Dieren", "zetels": "3", "stem": "voor"},
                     {"fractie": "VVD", "zetels": "4", "stem": "tegen"},
                     {"fractie": "CDA", "zetels": "2", "stem": "tegen"},
                     {"fractie": "Stadspartij 100% voor Groningen", "zetels": "3", "stem": "voor"}],
        "uitslag": "23 voor, 6 tegen"}
    assert data["status"] == "aangenomen"


@pytest.mark.parametrize(("line", "tally"), [
    ("Aangenomen met 21 stemmen voor en 16 tegen.", "met 21 stemmen voor en 16 tegen"),
    ("Motie verworpen (20-25)", "20-25"),
    ("Uitslag: 17 voor, 28 tegen", "17 voor, 28 tegen"),
    ("Aangenomen met algemene stemmen", "met algemene stemmen"),
])
def test_the_tally_is_kept_as_written(line: str, tally: str) -> None:
    assert parse_text(BODY + line + "\n").data["stemming"]["uitslag"] == tally


def test_a_second_tally_names_the_first() -> None:
    result = parse_text(BODY + "Verworpen (17-28)\nUitslag: 17 voor, 28 tegen\n")
    assert result.data["stemming"] == {"uitslag": "17 voor, 28 tegen"}
    assert "stemming: twee uitslagen gelezen; '17-28' weggelaten, '17 voor, 28 tegen' overgenomen" in result.warnings


def test_counts_in_the_lists_are_votes_per_side() -> None:
    data = parse_text(BODY + "Voor: VVD, CDA (totaal 38 stemmen)\nTegen: PVV (8 stemmen)\nMotie aangenomen\n").data
    assert data["stemming"] == {"voor": ["VVD", "CDA"], "tegen": ["PVV"], "aantal_voor": "38", "aantal_tegen": "8"}


def test_labels_read_otherwise_are_named() -> None:
    result = parse_text(BODY + "Stemming\nTotaal: 23 voor, 6 tegen\nAangenomen\n")
    assert result.data["stemming"] == {"uitslag": "23 voor, 6 tegen"}
    assert "'Totaal' gelezen als 'Uitslag'" in result.warnings
    assert "stemming: kop 'Stemming' zonder stemmingstabel weggelaten" in result.warnings


def test_a_table_with_columns_per_side_names_its_header() -> None:
    result = parse_text(BODY + "Partij        Voor   Tegen\nGroenLinks      x\nVVD                   x\n")
    assert result.data["stemming"]["fracties"] == [{"fractie": "GroenLinks", "stem": "voor"},
                                                   {"fractie": "VVD", "stem": "tegen"}]
    assert "kop van de stemmingstabel 'Partij Voor Tegen' gelezen als 'Fractie Stemming'" in result.warnings


# -- the model ---------------------------------------------------------------------------------------

def test_voor_and_tegen_follow_from_the_rows() -> None:
    stemming = Stemming.model_validate({"fracties": ROWS})
    assert (stemming.zijde("voor"), stemming.zijde("tegen")) == (["GroenLinks"], ["VVD", "CDA"])


@pytest.mark.parametrize(("stemming", "message"), [
    ({"fracties": [*ROWS, {"fractie": "VVD", "stem": "voor"}]}, "de fractie 'VVD' staat twee keer onder 'fracties:'"),
    ({"fracties": ROWS, "tegen": ["VVD"]}, "'tegen:' (VVD) noemt andere fracties dan 'fracties:' met stem tegen (VVD, CDA)"),
    ({"fracties": [{"fractie": "VVD", "zetels": "0", "stem": "tegen"}]}, "greater than or equal to 1"),
    ({"fracties": [{"fractie": "VVD", "stem": "misschien"}]}, "'voor' or 'tegen'"),
])
def test_a_table_that_contradicts_itself_is_refused(stemming: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Stemming.model_validate(stemming)


# -- the printed vote --------------------------------------------------------------------------------

@pytest.mark.parametrize(("status", "stemming", "line"), [
    ("aangenomen", {"uitslag": "met 21 stemmen voor en 16 tegen"}, "Aangenomen met 21 stemmen voor en 16 tegen."),
    ("verworpen", {"uitslag": "20-25"}, "Verworpen (20-25)."),
    ("aangenomen", {"uitslag": "aangenomen met algemene stemmen"}, "Aangenomen met algemene stemmen."),
    ("verworpen", {"voor": ["CDA"], "tegen": ["VVD", "D66"], "uitslag": "17 voor, 28 tegen"},
     "Verworpen. Voor: CDA. Tegen: VVD en D66. Uitslag: 17 voor, 28 tegen."),
    ("aangenomen", {"voor": ["VVD", "CDA"], "tegen": ["PVV"], "aantal_voor": "38", "aantal_tegen": "8"},
     "Aangenomen. Voor: VVD en CDA (totaal 38 stemmen). Tegen: PVV (8 stemmen)."),
    ("verworpen", {"voor": ["PVV"], "aantal_voor": "1"}, "Verworpen. Voor: PVV (1 stem)."),
    ("ingediend", {"uitslag": "met 21 stemmen voor en 16 tegen"}, "Uitslag: 21 stemmen voor en 16 tegen."),
    ("aangenomen", {"fracties": ROWS}, "Aangenomen. Voor: GroenLinks. Tegen: VVD en CDA."),
])
def test_the_vote_reads_as_the_source_wrote_it(status: str, stemming: dict[str, Any], line: str) -> None:
    assert uitslag(motie(status, **stemming)) == line
    assert line.lower().count(status) <= 1


def test_the_table_context_has_rows_a_totals_row_and_the_status() -> None:
    table = stemmingstabel(motie("aangenomen", fracties=ROWS, uitslag="23 voor, 6 tegen"))
    assert table == {"rijen": [{"fractie": "GroenLinks (11)", "stem": "voor"}, {"fractie": "VVD (4)", "stem": "tegen"},
                               {"fractie": "CDA", "stem": "tegen"}],
                     "totaal": "23 voor, 6 tegen", "besluit": "Aangenomen."}
    assert stemmingstabel(motie("aangenomen", voor=["VVD"])) == {}


def test_a_vote_table_in_is_a_word_table_out(tmp_path: Path) -> None:
    text = BODY + ("Stemmingsuitslag\nFractie                 Stemming\nGroenLinks (11)         voor\n"
                   "VVD (4)                 tegen\nTotaal: 11 voor, 4 tegen\n\nAangenomen\n")
    docx = build(tmp_path, text)
    word = WordDocument(str(docx))
    rows = [[cell.text for cell in row.cells] for row in word.tables[-1].rows]
    assert rows == [["Fractie", "Stemming"], ["GroenLinks (11)", "voor"], ["VVD (4)", "tegen"], ["Totaal", "11 voor, 4 tegen"]]
    built = document_text(docx.read_bytes())
    assert built.index("Stemmingsuitslag") < built.index("GroenLinks (11)") < built.index("Aangenomen.")
    assert built.lower().count("aangenomen") == 1
    assert "Voor:" not in built  # the table says it; no second sentence


def test_a_template_without_the_table_prints_the_rows_in_one_sentence(project: Path, run) -> None:
    """The Zuidplas huisstijl has no vote table: `uitslag` still names every fractie."""
    name = "data/moties/2022-06-28-familiegroepsplan-in-het-sociaal-team.yaml"
    path = project / name
    path.write_text(path.read_text("utf-8") + "stemming:\n  fracties:\n    - {fractie: GroenLinks, zetels: 11, stem: voor}\n"
                    "    - {fractie: VVD, stem: tegen}\n  uitslag: 11 voor, 4 tegen\n", encoding="utf-8")
    assert run("build", str(path)).exit_code == 0
    built = document_text((project / "build/moties/2022-06-28-familiegroepsplan-in-het-sociaal-team.docx").read_bytes())
    assert "Voor: GroenLinks. Tegen: VVD. Uitslag: 11 voor, 4 tegen." in built
