from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from generator.cli.main import main
from generator.errors import UserError
from generator.pdf.convert import find_soffice

REPO = Path(__file__).resolve().parents[1]

# No test asserts a time (speed is measured by bench/): Hypothesis's per-example deadline would be one,
# failing on a loaded machine (a 200 ms deadline met in 0.7 ms when repeated).
settings.register_profile("raadsstukken", deadline=None)
settings.load_profile("raadsstukken")


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


@pytest.fixture(scope="module")
def soffice() -> str:
    """LibreOffice's program; skipped where it is absent, a failure on CI (which installs it)."""
    try:
        return find_soffice()
    except UserError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"LibreOffice ontbreekt op CI: {exc}")
        pytest.skip(f"LibreOffice ontbreekt: {exc}")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--install", action="store_true", default=False,
                     help="Draai ook de installatietests (marker install): een verse kloon, wheel, verse venv; .ci/run doet dat apart.")
    parser.addoption("--update-visual", action="store_true", default=False,
                     help="Schrijf de referentiebeelden in tests/visual/ opnieuw (na een bewuste wijziging, en bekijk ze).")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `install` take minutes (a fresh clone, a wheel, a fresh venv with its packages):
    they run with --install, which .ci/run passes in a step of its own."""
    if config.getoption("--install"):
        return
    skip = pytest.mark.skip(reason="installatietest: draai met --install (zoals .ci/run)")
    for item in items:
        if "install" in item.keywords:
            item.add_marker(skip)
