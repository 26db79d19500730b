"""No input gives "Interne fout": seeded random mutations of the sample data files (bytes and YAML
structure) and of a manifest, each checked in-process on one file.

The default run (10,000 data files and 2,000 manifests) stays well within 90 seconds; set
RAADSSTUKKEN_FUZZ=<n> for more, or run the `slow` test (100,000). A failure names its seed:
`mutate(random.Random(seed), original)` gives the same file again.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import time
from pathlib import Path

import pytest

from generator.build.manifest import MANIFEST, Journal, Manifest
from generator.build.pipeline import Builder, Options, _orphans
from generator.build.report import Report
from generator.checks.data import check_file
from generator.errors import Issue
from generator.loading.project import Project
from tests.mutations import mutate, mutate_manifest

REPO = Path(__file__).resolve().parents[1]
ENGLISH = re.compile(r"\b(found|expected|while scanning|while parsing|unsafe|mismatched|Traceback|object has no|"
                     r"not allowed|exceeded|Permission denied|No such file|Input should|Value error|Field required|should be)\b")
DATA_EXAMPLES = int(os.environ.get("RAADSSTUKKEN_FUZZ", "10000"))
MANIFEST_EXAMPLES = max(2000, DATA_EXAMPLES // 5)


def samples(root: Path) -> list[Path]:
    return sorted(p for p in (root / "data").rglob("*.yaml") if not p.name.startswith("fuzz-"))


def assert_ours(issues: list[Issue], seed: int, source: str) -> None:
    for issue in issues:
        text = f"{issue.message} — {issue.hint}"
        assert "Interne fout" not in text, f"seed {seed} ({source}): {issue}"
        assert not ENGLISH.search(text.replace(issue.field, "")), f"seed {seed} ({source}): English in {issue}"


def fuzz_data(root: Path, examples: int, first_seed: int = 0) -> float:
    project = Project(root)
    originals = [(path, path.read_bytes()) for path in samples(root)]
    start = time.monotonic()
    for seed in range(first_seed, first_seed + examples):
        rng = random.Random(seed)
        path, original = originals[seed % len(originals)]
        target = path.with_name(f"fuzz-{path.name}")
        target.write_bytes(mutate(rng, original))
        project._cache.pop(target, None)
        try:
            checked = check_file(project, target)
        except Exception as exc:  # the CLI's boundary would call this an internal error
            raise AssertionError(f"seed {seed} ({path.name}): {type(exc).__name__}: {exc}") from exc
        assert_ours(checked.issues, seed, path.name)
    return time.monotonic() - start


def fuzz_manifests(root: Path, examples: int) -> float:
    out = root / "build"
    out.mkdir(exist_ok=True)
    (out / "moties").mkdir(exist_ok=True)
    (out / "uit").symlink_to(root)
    victim = root / "data" / "moties" / "slachtoffer.yaml"
    victim.write_text("soort: motie\n", "utf-8")
    import hashlib

    digest = hashlib.sha256(victim.read_bytes()).hexdigest()
    base = ('{"fingerprint": "", "tool": "raadsstukken", "version": "1", "outputs": {'
            f'"moties/a.docx": {{"source": "data/moties/a.yaml", "inputs": {{"data/moties/a.yaml": "{digest}"}}, '
            f'"sha256": "{digest}", "version": "1"}}, '
            f'"../data/moties/slachtoffer.yaml": {{"source": "data/weg.yaml", "inputs": {{}}, "sha256": "{digest}", "version": "1"}}}}}}')
    project = Project(root)
    start = time.monotonic()
    for seed in range(examples):
        (out / MANIFEST).write_bytes(mutate_manifest(random.Random(seed), base))
        try:
            manifest = Manifest.read(out)
            for name in list(manifest.entries) + list(manifest.journal):
                if manifest.made_by_us(name, digest):
                    assert (out / name).resolve().is_relative_to(out.resolve()), f"seed {seed}: {name!r}"
            builder = Builder(project, Options(out), manifest, Journal(out))
            for name, entry in manifest.entries.items():
                builder.fresh(entry, out / name, entry, out / name)
            _orphans(builder, set(), Report())  # every entry is an orphan: only our own files may go
            assert victim.is_file(), f"manifest seed {seed} deleted a data file"
        except AssertionError:
            raise
        except Exception as exc:
            raise AssertionError(f"manifest seed {seed}: {type(exc).__name__}: {exc}") from exc
        assert_ours(manifest.warnings, seed, MANIFEST)
    assert victim.is_file()
    return time.monotonic() - start


@pytest.fixture
def sample_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(REPO / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)  # paths are shown relative to the project, as the CLI shows them
    return tmp_path


def test_no_mutated_data_file_gives_an_internal_error(sample_project: Path) -> None:
    seconds = fuzz_data(sample_project, DATA_EXAMPLES)
    print(f"{DATA_EXAMPLES} gemuteerde gegevensbestanden in {seconds:.1f} s")


def test_no_mutated_manifest_gives_an_internal_error_or_reaches_outside(sample_project: Path) -> None:
    seconds = fuzz_manifests(sample_project, MANIFEST_EXAMPLES)
    print(f"{MANIFEST_EXAMPLES} gemuteerde manifesten in {seconds:.1f} s")


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("RAADSSTUKKEN_SLOW"), reason="lange fuzz-run: zet RAADSSTUKKEN_SLOW=1")
def test_many_more_mutations(sample_project: Path) -> None:
    fuzz_data(sample_project, 100_000, first_seed=1_000_000)
