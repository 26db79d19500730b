"""A small project written from texts, and the CLI run inside it (the vragen and toezeggingen tests)."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from generator.cli.main import main
from generator.word.docxtext import document_text


def make(tmp_path: Path, profiel: str, files: dict[str, str]) -> Path:
    for name, text in {"gemeenten/zwolle.yaml": profiel, **files}.items():
        path = tmp_path / "data" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return tmp_path


def cli(root: Path, *args: str):
    old = Path.cwd()
    os.chdir(root)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def text(root: Path, name: str) -> str:
    return document_text((root / "build" / name).read_bytes())
