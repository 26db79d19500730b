"""The wheel carries everything: built from the repository, installed apart, it builds the samples
from a copy of data/ in an empty folder outside the repository, with no templates/ there.

That is how a griffie installs the tool. The wheel is installed without its dependencies into a
folder of its own (they come from this test environment), so the test needs no network; it checks
that the package it runs is the installed one, not the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

pytestmark = pytest.mark.install  # a wheel built and installed: run with --install (.ci/run does, in a step of its own)

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    made = subprocess.run([*pip, "wheel", str(REPO), "--no-deps", "-w", str(work / "dist")],
                          capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    wheel = next((work / "dist").glob("raadsstukken-*.whl"))
    target = work / "site"
    done = subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return target


def texts(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text("utf-8") for p in sorted(folder.rglob("*.txt"))}


def run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_installed_wheel_builds_every_sample_outside_the_repository(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run([sys.executable, "-c", "import generator; print(generator.__file__)"], cwd=tmp_path,
                           env={**os.environ, "PYTHONPATH": str(installed)}, capture_output=True, text=True, timeout=60)
    assert where.stdout.startswith(str(installed)), where.stdout + where.stderr
    assert not (installed / "generator" / "templates").is_symlink()
    project, reference = tmp_path / "griffie", tmp_path / "checkout"
    shutil.copytree(REPO / "data", project / "data")
    shutil.copytree(REPO / "data", reference / "data")

    result = run(installed, tmp_path, "-C", str(project), "build")
    expected = CliRunner().invoke(main, ["-C", str(reference), "build"])

    assert result.returncode == 0, result.stdout + result.stderr
    assert expected.exit_code == 0, expected.output
    assert not (project / "templates").exists()
    built = texts(project / "build")
    assert len(built) >= 20
    assert built == texts(reference / "build")  # every document, word for word as from the checkout


def test_the_installed_wheel_writes_starters_with_a_schema_that_exists(installed: Path, tmp_path: Path) -> None:
    result = run(installed, tmp_path, "nieuw", "motie")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    schema = Path(first.removeprefix("# yaml-language-server: $schema=file://"))
    assert schema.is_file() and str(schema).startswith(str(installed)), first
