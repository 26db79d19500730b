"""The development batch of issue 25 beyond its moties (tests/import_batch3): amendementen read whole — target,
kind of target, action, old and new text as the expected file has them — imported into a project of their orgaan,
built, nothing lost; letters refused as letters, naming the motie they answer."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.errors import UserError
from generator.importer import import_file, to_yaml
from generator.word.docxtext import document_text
from tests.import_heldout.compare_other import change_diffs
from tests.test_import_real import lost_words, norm_words, placed_words

BATCH3 = Path(__file__).resolve().parent / "import_batch3"


def expected(kind: str, folder: Path = BATCH3) -> list[str]:
    return sorted(p.name.removesuffix(".expected.yaml") for p in folder.glob("*.expected.yaml")
                  if yaml.safe_load(p.read_text("utf-8")).get("soort" if kind != "brief" else "refuse") == kind)


@pytest.mark.parametrize("name", expected("amendement"))
def test_amendement_read_whole_builds_and_loses_nothing(name: str, tmp_path: Path) -> None:
    read_whole(BATCH3, name, tmp_path)


def read_whole(folder: Path, name: str, tmp_path: Path) -> None:
    """An amendement of `folder`: its changes as the expected file has them, its status only when stated, built in a
    project of its orgaan, nothing lost."""
    want = yaml.safe_load((folder / f"{name}.expected.yaml").read_text("utf-8"))
    source = folder / f"{name}.txt"
    runner = CliRunner()
    assert runner.invoke(main, ["-C", str(tmp_path), "init", "--orgaan", want["orgaan"]]).exit_code == 0
    target = tmp_path / "data" / "amendementen" / f"{name}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    result = import_file(source, orgaan=want["orgaan"])
    text = to_yaml(result, source.name)
    target.write_text(text, "utf-8")
    data = yaml.safe_load(text)
    assert data["gemeente"] == want["orgaan"]
    assert change_diffs(data["extern"].get("wijzigingen", []), want["wijzigingen"]) == []
    assert data.get("status") == want.get("status")  # only when the text states it
    built = runner.invoke(main, ["-C", str(tmp_path), "build", str(target)])
    assert built.exit_code == 0, built.output
    body = document_text((tmp_path / "build" / "amendementen" / f"{name}.docx").read_bytes())
    raw = yaml.load(text, Loader=yaml.BaseLoader)
    assert lost_words(norm_words(source.read_text("utf-8")), placed_words(result, raw, body)) == []


@pytest.mark.parametrize("name", expected("brief"))
def test_a_letter_is_refused_as_a_letter_naming_its_motie(name: str) -> None:
    refused_as_letter(BATCH3, name)


def refused_as_letter(folder: Path, name: str) -> None:
    want = yaml.safe_load((folder / f"{name}.expected.yaml").read_text("utf-8"))
    with pytest.raises(UserError) as refused:
        import_file(folder / f"{name}.txt")
    message = str(refused.value)
    assert message.startswith("dit is een brief, geen motie of amendement")
    assert want["beantwoordt"].split(" (")[0].removeprefix("gewijzigde ") in message
