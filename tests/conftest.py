from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the sample project (data/ and its gemeenten) to build and change freely."""
    shutil.copytree(REPO / "data", tmp_path / "data")
    return tmp_path


@pytest.fixture
def run(project: Path):
    """Run the CLI in `project`; returns the Click result."""
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, ["-C", str(project), *args], catch_exceptions=False)

    return invoke
