"""`raadsstukken init`: a griffie's own project, and a motie from the unmodified starter per kind of orgaan."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import main
from generator.word.docxtext import document_text

GOLDEN = Path(__file__).parent / "golden_init"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "ci.md"


def invoke(folder: Path, *args: str):
    runner = CliRunner()
    old = Path.cwd()
    os.chdir(folder)
    try:
        return runner.invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.mark.parametrize("orgaan", ["gemeente-utrecht", "gelderland", "waterschap-rivierenland", "tweede-kamer"])
def test_the_unmodified_starter_builds_in_the_orgaans_own_forms(tmp_path: Path, orgaan: str) -> None:
    assert invoke(tmp_path, "init", "--orgaan", orgaan).exit_code == 0
    assert not (tmp_path / "data" / "moties" / "x.yaml").exists()
    assert invoke(tmp_path, "nieuw", "motie", "data/moties/x.yaml").exit_code == 0
    starter = (tmp_path / "data" / "moties" / "x.yaml").read_text("utf-8")
    assert f"\norgaan: {orgaan} " in starter and "\ngemeente:" not in starter and "kop:" not in starter
    assert invoke(tmp_path, "check").exit_code == 0
    result = invoke(tmp_path, "build")
    assert result.exit_code == 0, result.output
    text = document_text((tmp_path / "build" / "moties" / "x.docx").read_bytes())
    assert text == (GOLDEN / f"{orgaan}.txt").read_text("utf-8")
    assert "Gemeenteraad" not in text or orgaan.startswith("gemeente")


def test_an_ambiguous_orgaan_is_a_usage_error_listing_the_choices(tmp_path: Path) -> None:
    result = invoke(tmp_path, "init", "--orgaan", "Utrecht")
    assert result.exit_code == 2
    assert "gemeente Utrecht (gemeente-utrecht)" in result.output
    assert "provincie Utrecht (provincie-utrecht)" in result.output
    assert list(tmp_path.iterdir()) == []
    assert invoke(tmp_path, "init", "--orgaan", "gemeente-utrecht").exit_code == 0


def test_an_unknown_orgaan_suggests_one(tmp_path: Path) -> None:
    result = invoke(tmp_path, "init", "--orgaan", "zwole")
    assert result.exit_code == 2
    assert "bedoelt u 'zwolle'?" in result.output


def test_init_twice_changes_nothing_and_says_so(tmp_path: Path) -> None:
    assert invoke(tmp_path, "init", "--orgaan", "zwolle").exit_code == 0
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = invoke(tmp_path, "init", "--orgaan", "gelderland", "--ci", "gitlab")
    assert result.exit_code == 0
    assert "er is niets veranderd" in result.output
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_the_project_has_schemas_mapped_for_vs_code_and_ignores_build(tmp_path: Path) -> None:
    assert invoke(tmp_path, "init", "--orgaan", "den-haag").exit_code == 0
    settings = json.loads((tmp_path / ".vscode" / "settings.json").read_text("utf-8"))
    mapping = settings["yaml.schemas"]
    assert mapping["./schemas/motie.schema.json"] == ["data/moties/**/*.yaml"]
    for schema in mapping:
        assert (tmp_path / schema).is_file()
    assert (tmp_path / ".gitignore").read_text("utf-8") == "build/\n"
    assert "raadsstukken build" in (tmp_path / "README.md").read_text("utf-8")
    profile = (tmp_path / "data" / "gemeenten" / "den-haag.yaml").read_text("utf-8")
    assert "naam: \"Den Haag\"" in profile and "\nburgemeester:" not in profile


@pytest.mark.parametrize(("ci", "path", "heading"), [("github", ".github/workflows/documenten.yml", "## GitHub Actions"),
                                                      ("gitlab", ".gitlab-ci.yml", "## GitLab CI")])
def test_the_ci_workflow_is_the_one_in_the_docs(tmp_path: Path, ci: str, path: str, heading: str) -> None:
    assert invoke(tmp_path, "init", "--orgaan", "zwolle", "--ci", ci).exit_code == 0
    block = DOCS.read_text("utf-8").split(heading, 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    assert (tmp_path / path).read_text("utf-8") == block
