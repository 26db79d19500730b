"""The release: the workflow file is valid, each of its commands is run by a test here, and a
release made from a fresh clone installs and works in an empty folder.

Windows and macOS stay unverified until .github/workflows/release.yml has run there; here, on Linux,
the same commands run. The two install tests take minutes: marker `install`, run with --install
(.ci/run does, in a step of its own).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from generator import __version__

REPO = Path(__file__).resolve().parents[1]
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"
DIST = 'python tools/release.py dist --uit dist --tag "${{ github.ref_name }}"'
SMOKE = "python tools/release.py smoke dist --voorbeelden data"
LIBREOFFICE = "python tools/release.py libreoffice"
COVERED = {  # every run step of the workflow, and what runs it here
    'python -m pip install -e ".[test]"': ".ci/run: the README's test command",
    'python -m pytest -p no:cacheprovider -m "not browser"': ".ci/run: the whole suite, the browser test included",
    LIBREOFFICE: "test_the_libreoffice_step_finds_it_here",
    DIST: "test_a_release_from_a_fresh_clone_installs_and_works_in_an_empty_folder",
    SMOKE: "test_a_release_from_a_fresh_clone_installs_and_works_in_an_empty_folder",
}


def validate(path: Path) -> Result:
    """check-jsonschema's own command (in process: it is a Click command) with its bundled schema, offline."""
    from check_jsonschema.cli.main_command import main

    return CliRunner().invoke(main, ["--builtin-schema", "vendor.github-workflows", str(path)])


def test_the_workflow_validates_against_the_bundled_github_schema(tmp_path: Path) -> None:
    result = validate(WORKFLOW)
    assert result.exit_code == 0, result.output
    assert result.stdout == "ok -- validation done\n"
    broken = tmp_path / "kapot.yml"  # the same check refuses a job without runs-on
    broken.write_text(WORKFLOW.read_text("utf-8").replace("    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
                                                          "      - uses: actions/setup-python@v5\n        with:\n"
                                                          '          python-version: "3.11"\n      - run: python tools/release.py dist',
                                                          "    steps:\n      - run: python tools/release.py dist", 1), "utf-8")
    refused = validate(broken)
    assert refused.exit_code == 1 and "'runs-on' is a required property" in refused.output


def test_every_command_of_the_workflow_is_run_here() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    commands = {step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step}
    assert commands == set(COVERED)
    assert {"test", "dist", "smoke", "publish"} == set(workflow["jobs"])
    matrix = {job: workflow["jobs"][job]["strategy"]["matrix"]["os"] for job in ("test", "smoke")}
    assert matrix == {"test": ["ubuntu-latest", "windows-latest", "macos-latest"], "smoke": ["ubuntu-latest", "windows-latest", "macos-latest"]}
    assert workflow["jobs"]["publish"]["permissions"]["id-token"] == "write"  # trusted publishing
    assert any(step.get("uses", "").startswith("pypa/gh-action-pypi-publish@") for step in workflow["jobs"]["publish"]["steps"])


def test_the_libreoffice_step_finds_it_here(soffice: str) -> None:
    done = subprocess.run([sys.executable, *shlex.split(LIBREOFFICE)[1:]], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("in orde: LibreOffice staat er al (")


def clone(tmp_path: Path) -> Path:
    """A fresh clone of what is committed, as git on Windows makes it: links as small text files."""
    target = tmp_path / "kloon"
    subprocess.run(["git", "clone", "-q", "-c", "core.symlinks=false", str(REPO), str(target)], check=True, timeout=300)
    links = subprocess.run(["git", "ls-files", "-s"], cwd=target, capture_output=True, text=True, check=True).stdout
    assert [line for line in links.splitlines() if line.startswith("120000")] == []  # no link the tool would need
    return target


def texts(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text("utf-8") for p in sorted(folder.rglob("*.txt"))}


@pytest.mark.install
def test_a_checkout_without_symlinks_installs_and_builds_every_sample(tmp_path: Path, project: Path, run) -> None:
    source = clone(tmp_path)
    site = tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", "install", "--no-deps", "--target", str(site)]
    done = subprocess.run([*pip, str(source)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert len(list((site / "generator" / "templates").rglob("*.docx"))) == len(list((REPO / "templates").rglob("*.docx")))
    griffie = tmp_path / "griffie"
    shutil.copytree(source / "data", griffie / "data")
    built = subprocess.run([sys.executable, "-m", "generator", "-C", str(griffie), "build"], cwd=griffie, capture_output=True,
                           text=True, timeout=600, env={**os.environ, "PYTHONPATH": str(site)})
    assert built.returncode == 0, built.stdout + built.stderr
    reference = run("build")  # the same samples built by this checkout, in process
    assert reference.exit_code == 0, reference.output
    assert len(texts(griffie / "build")) >= 20
    assert texts(griffie / "build") == texts(project / "build")


@pytest.mark.install
def test_the_repository_as_a_zip_archive_installs_with_its_templates(tmp_path: Path) -> None:
    """The README's install line takes GitHub's zip of main (no git needed on a griffie PC); git archive makes the same."""
    archive = tmp_path / "main.zip"
    subprocess.run(["git", "archive", "--format=zip", "--prefix=raadsstukken-main/", "-o", str(archive), "HEAD"], cwd=REPO,
                   check=True, timeout=120)
    site = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", "install", "--no-deps", "--target",
                           str(site), str(archive)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    made = subprocess.run([sys.executable, "-m", "generator", "nieuw", "motie"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(site)})
    assert made.returncode == 0, made.stderr
    assert len(list((site / "generator" / "templates").rglob("*.docx"))) == len(list((REPO / "templates").rglob("*.docx")))


@pytest.mark.install
def test_a_release_from_a_fresh_clone_installs_and_works_in_an_empty_folder(tmp_path: Path) -> None:
    source = clone(tmp_path)
    dist = shlex.split(DIST.replace("${{ github.ref_name }}", f"v{__version__}"))  # the tag the workflow would get
    made = subprocess.run([sys.executable, *dist[1:]], cwd=source, capture_output=True, text=True, timeout=900)
    assert made.returncode == 0, made.stdout + made.stderr
    tried = subprocess.run([sys.executable, *shlex.split(SMOKE)[1:]], cwd=source, capture_output=True, text=True, timeout=1800)
    assert tried.returncode == 0, tried.stdout + tried.stderr
    lines = tried.stdout.splitlines()
    for step in ("raadsstukken init --orgaan gemeente-utrecht", "raadsstukken nieuw motie", "raadsstukken build",
                 "raadsstukken check --streng", "raadsstukken doctor"):
        assert any(line.startswith(f"in orde: {step}") for line in lines), step
    assert lines[-1].startswith("in orde: ") and lines[-1].endswith(" voorbeelden gebouwd")
