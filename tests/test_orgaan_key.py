"""`orgaan:` names the register id in every soort; `gemeente:` stays accepted as its older name.

Every sample rewritten with `orgaan:` instead of `gemeente:` checks clean and builds the same text.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]


def texts(build: Path) -> dict[str, str]:
    return {p.relative_to(build).as_posix(): p.read_text("utf-8") for p in sorted(build.rglob("*.txt"))}


def test_every_sample_reads_the_same_with_orgaan_instead_of_gemeente(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(REPO / "data", old / "data")
    shutil.copytree(REPO / "data", new / "data")
    changed = 0
    for path in (new / "data").rglob("*.yaml"):
        if path.parent.name == "gemeenten":
            continue
        text = path.read_text("utf-8")
        rewritten = re.sub(r"^gemeente:", "orgaan:", text, flags=re.MULTILINE)
        changed += rewritten != text
        path.write_text(rewritten, "utf-8")
    assert changed >= 10
    runner = CliRunner()
    for root in (old, new):
        result = runner.invoke(main, ["-C", str(root), "check"])
        assert result.exit_code == 0, result.output
        result = runner.invoke(main, ["-C", str(root), "build"])
        assert result.exit_code == 0, result.output
    assert texts(new / "build") == texts(old / "build")


def test_an_unknown_orgaan_in_a_verordening_points_at_its_line(tmp_path: Path) -> None:
    shutil.copytree(REPO / "data", tmp_path / "data")
    path = next((tmp_path / "data" / "verordeningen").glob("zwolle-*.yaml"))
    text = re.sub(r"^gemeente: zwolle", "orgaan: zwole", path.read_text("utf-8"), flags=re.MULTILINE)
    path.write_text(text, "utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), start=1) if row.startswith("orgaan:"))
    result = CliRunner().invoke(main, ["-C", str(tmp_path), "check", str(path)])
    assert result.exit_code == 1
    assert f"{path.relative_to(tmp_path).as_posix()}:{line}:9: gemeente: onbekende gemeente 'zwole'" in result.output.replace(str(tmp_path) + "/", "")
