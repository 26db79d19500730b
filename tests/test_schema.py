"""JSON Schema per soort: committed, in sync with the models, true to what the loader accepts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from generator.loading.reader import load
from generator.soorten.registry import BUILTIN
from generator.soorten.schema import schema_for, text_for
from generator.soorten.starters import available
from tests.test_bad_input import CASES

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "data").rglob("*.yaml"))
STRUCTURAL = ["misspelt key", "missing dictum", "no points", "dutch date", "list for text", "unknown status",
              "xml character", "unknown soort", "indiener without naam", "ja nee", "text for list", "empty text",
              "not a mapping"]


def validator(soort: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema_for(soort))


@pytest.mark.parametrize("soort", BUILTIN.with_model())
def test_committed_schema_equals_the_models(soort: str) -> None:
    committed = BUILTIN[soort].schema_path
    assert committed.is_file(), f"run: raadsstukken schema {soort}"
    assert committed.read_text("utf-8") == text_for(soort), f"out of date; run: raadsstukken schema {soort}"
    jsonschema.Draft202012Validator.check_schema(json.loads(committed.read_text("utf-8")))


@pytest.mark.parametrize("path", SAMPLES, ids=[p.relative_to(REPO).as_posix() for p in SAMPLES])
def test_every_sample_file_validates(path: Path) -> None:
    data = load(path).data
    errors = [f"{list(e.absolute_path)}: {e.message[:120]}" for e in validator(data["soort"]).iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize("name", STRUCTURAL)
def test_structural_bad_input_is_rejected(tmp_path: Path, name: str) -> None:
    path = tmp_path / "fout.yaml"
    path.write_text(CASES[name][0], "utf-8")
    assert not validator("motie").is_valid(load(path).data)


def test_the_good_case_validates(tmp_path: Path) -> None:
    path = tmp_path / "goed.yaml"
    path.write_text(CASES["misspelt key"][0].replace("verzoekn:", "verzoeken:"), "utf-8")
    assert validator("motie").is_valid(load(path).data)


def test_short_forms_of_blocks_and_texts() -> None:
    motie = validator("motie")
    base = {"soort": "motie", "gemeente": "zwolle", "titel": "T", "vergadering": "2024-03-04"}
    for verzoeken in (["doe iets"], {"kop": "Draagt het college op:", "punten": ["doe iets"]},
                      [{"punten": ["doe iets"]}, {"kop": "Spreekt uit dat:", "punten": ["iets"]}]):
        assert motie.is_valid({**base, "verzoeken": verzoeken}), verzoeken
    assert not motie.is_valid({**base, "verzoeken": ["doe iets", {"punten": ["x"]}]})
    assert motie.is_valid({**base, "verzoeken": ["x"], "vreemd_aan_de_orde": "Ja"})
    assert not motie.is_valid({**base, "verzoeken": ["x"], "vreemd_aan_de_orde": True})


def test_schema_command_writes_files(project: Path, run) -> None:
    result = run("schema", "motie", "-o", str(project / "schemas"))
    assert result.exit_code == 0, result.output
    assert (project / "schemas" / "motie.json").read_text("utf-8") == text_for("motie")
    result = run("schema", "moite", "-o", str(project / "schemas"))
    assert result.exit_code == 2
    assert "fout: onbekende soort 'moite' — bedoelt u 'motie'?" in result.output


@pytest.mark.parametrize("soort", available())
def test_nieuw_starts_with_the_schema_line_and_validates(tmp_path: Path, run, soort: str) -> None:
    result = run("nieuw", soort, str(tmp_path / "nieuw.yaml"))
    assert result.exit_code == 0, result.output
    text = (tmp_path / "nieuw.yaml").read_text("utf-8")
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={BUILTIN[soort].schema_path.as_uri()}"
    assert BUILTIN[soort].schema_path.is_file()
    assert validator(soort).is_valid(load(tmp_path / "nieuw.yaml").data)
