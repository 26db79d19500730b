from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from generator.cli.main import main
from generator.errors import UserError
from generator.pdf.convert import find_soffice
from generator.pdf.converter import Converter

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


def needs_soffice() -> str:
    """LibreOffice's program; the test is skipped where it is absent, and fails on CI (which installs it)."""
    try:
        return find_soffice()
    except UserError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"LibreOffice ontbreekt op CI: {exc}")
        pytest.skip(f"LibreOffice ontbreekt: {exc}")


@pytest.fixture(scope="module")
def soffice() -> str:
    """LibreOffice's program (needs_soffice)."""
    return needs_soffice()


@pytest.fixture(scope="session")
def office() -> Iterator[Converter]:
    """One warm LibreOffice (generator/pdf/converter.py) for every PDF test of the session: started once,
    ended when the session ends."""
    needs_soffice()
    with Converter(jobs=1) as converter:
        yield converter


SAMPLES_EPOCH = "1735689600"
"""1 January 2025: the motievolglijst's peildatum, so its statuses stay put (tests/test_visual.py)."""


@dataclass(frozen=True)
class Samples:
    """The sample project built once, each .docx beside its PDF."""

    root: Path
    docx: list[Path]
    pdfs: dict[Path, Path]
    """Each .docx's PDF, made as `build --pdf` makes it (pdf/convert.py: tagged PDF/A, read back and
    checked, a heading LibreOffice left at a page's foot moved)."""


@pytest.fixture(scope="session")
def built_samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample project (data/) built once for the session, with SOURCE_DATE_EPOCH = SAMPLES_EPOCH;
    its root. Read only: a test that changes files makes its own copy (`project`)."""
    root = tmp_path_factory.mktemp("voorbeelden")
    shutil.copytree(REPO / "data", root / "data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", SAMPLES_EPOCH)
        result = CliRunner().invoke(main, ["-C", str(root), "build"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture(scope="session")
def samples(office: Converter, built_samples: Path) -> Samples:
    """The built samples with every .docx converted in one call on the session's LibreOffice; shared by
    the PDF/A, layout, visual and LibreOffice checks. Read only."""
    from generator.pdf.convert import convert

    docx = sorted((built_samples / "build").rglob("*.docx"))
    results = convert(docx, converter=office)
    assert not [f"{r.source.name}: {r.error}" for r in results if r.error]
    return Samples(built_samples, docx, {r.source: r.pdf for r in results if r.pdf is not None})


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
