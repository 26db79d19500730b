"""The corpus: every bad data file gives its exact message and exit 1; every odd-but-legitimate one
builds and shows its text literally. New cases are files: tests/corpus/invalid/<name>.yaml with
<name>.verwacht (the expected lines, {pad} for the file), tests/corpus/valid/<name>.yaml with
<name>.bevat (texts the document must contain, separated by lines '---'). YAML that loses text
without being wrong: tests/corpus/waarschuwing/<name>.yaml with <name>.verwacht (the warnings; the
file still builds), and tests/corpus/stil/<name>.yaml, which must build without any warning (a
comment after a structural value, a # inside quotes)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.word.docxtext import document_text

CORPUS = Path(__file__).parent / "corpus"
INVALID = sorted(CORPUS.glob("invalid/*.yaml"))
VALID = sorted(CORPUS.glob("valid/*.yaml"))
WARNED = sorted(CORPUS.glob("waarschuwing/*.yaml"))
SILENT = sorted(CORPUS.glob("stil/*.yaml"))


def test_the_corpus_is_large_enough() -> None:
    assert len(INVALID) >= 100 and len(VALID) >= 8 and len(WARNED) >= 15 and len(SILENT) >= 10


@pytest.mark.parametrize("source", WARNED, ids=lambda p: p.stem)
def test_text_yaml_would_lose_gives_its_exact_warning(project: Path, run, source: Path) -> None:
    target = project / "data" / "corpus" / source.name
    target.parent.mkdir()
    shutil.copy(source, target)
    expected = source.with_suffix(".verwacht").read_text("utf-8").replace("{pad}", f"data/corpus/{source.name}")
    for command in ("check", "build"):
        result = run(command, str(target))
        assert result.exit_code == 0, result.output
        output = result.output.replace(str(project) + "/", "")
        for line in expected.splitlines():
            assert line in output, f"{command}:\n{output}"
        assert len(yaml_warnings(output)) == len(expected.splitlines()), output


OTHER_FAMILIES = ("leesbaarheid", "voorbeeldtekst uit het startbestand", "geen indieners")
"""Readability and send-readiness (issue 19's and 26's own families, tested in test_b1.py, test_strict.py and
test_gate.py): these corpus moties are about YAML, so they have no indieners and say so only as a warning."""


def yaml_warnings(output: str) -> list[str]:
    """The warnings about the file as written; the other families are not about losing text."""
    return [line for line in output.splitlines()
            if line.startswith("waarschuwing:") and not any(family in line for family in OTHER_FAMILIES)]


@pytest.mark.parametrize("source", SILENT, ids=lambda p: p.stem)
def test_comments_that_lose_nothing_stay_silent(project: Path, run, source: Path) -> None:
    target = project / "data" / "corpus" / source.name
    target.parent.mkdir()
    shutil.copy(source, target)
    for command in ("check", "build"):
        result = run(command, str(target))
        assert result.exit_code == 0, result.output
        assert not yaml_warnings(result.output), result.output


@pytest.mark.parametrize("source", INVALID, ids=lambda p: p.stem)
def test_invalid_file_gives_its_exact_message(project: Path, run, source: Path) -> None:
    target = project / "data" / "corpus" / source.name
    target.parent.mkdir()
    shutil.copy(source, target)
    expected = source.with_suffix(".verwacht").read_text("utf-8").replace("{pad}", f"data/corpus/{source.name}")
    for command in ("check", "build"):
        result = run(command, str(target))
        assert result.exit_code == 1, result.output
        output = result.output.replace(str(project) + "/", "")
        for line in expected.splitlines():
            assert line in output, f"{command}:\n{output}"
        assert "Traceback" not in output and "Interne fout" not in output
    assert not list((project / "build").rglob(f"{source.stem}.docx"))


@pytest.mark.parametrize("source", VALID, ids=lambda p: p.stem)
def test_odd_but_valid_file_builds_literally(project: Path, run, source: Path) -> None:
    target = project / "data" / "corpus" / source.name
    target.parent.mkdir()
    shutil.copy(source, target)
    result = run("build", str(target))
    assert result.exit_code == 0, result.output
    text = document_text((project / "build" / "corpus" / f"{source.stem}.docx").read_bytes())
    for expected in source.with_suffix(".bevat").read_text("utf-8").rstrip("\n").split("\n---\n"):
        assert expected in text, expected


def test_odd_but_valid_documents_pass_the_ooxml_validator(project: Path, run) -> None:
    """RTL, zero-width, emoji, markup and 1,000 points still make a valid Word file."""
    from tests.ooxml import ooxml_errors

    folder = project / "data" / "corpus"
    folder.mkdir()
    for source in VALID:
        shutil.copy(source, folder / source.name)
    assert run("build", str(folder)).exit_code == 0
    documents = sorted((project / "build" / "corpus").glob("*.docx"))
    assert len(documents) == len(VALID)
    for path in documents:
        assert ooxml_errors(path) == [], path.name
