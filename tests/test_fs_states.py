"""A property over file-system states: files appear, vanish, change and change type (a FIFO, a
folder, a link, a loop of links, a link out of the project) between two builds, under data/ and
under build/. Whatever happens, a build ends (no hang), never with an internal error, never changes
anything outside build/, leaves no temporary file, and builds every valid regular data file."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import portable
from generator.cli.main import main

REPO = Path(__file__).resolve().parents[1]
MOTIE = (REPO / "data" / "moties" / "2023-12-18-netwerkcoaches.yaml").read_text("utf-8")
BRIEF = (REPO / "data" / "afdoeningen" / "2024-zwolle-2024-31877-eigen-kracht-conferentie.yaml").read_text("utf-8")
KEPT = "2024-07-08-eigen-kracht-conferentie-in-de-wijkteams.yaml"
SLOTS = ["data/moties/a.yaml", "data/moties/b.yaml", "data/afdoeningen/c.yaml", "build/moties/a.docx",
         "build/motievolglijst.docx"]
CHANGES = ["valid", "other", "invalid", "vanish", "fifo", "folder", "link", "loop", "outside"]


def make_project() -> Path:
    root = Path(tempfile.mkdtemp(prefix="raadsstukken-fs-"))
    shutil.copytree(REPO / "data" / "gemeenten", root / "data" / "gemeenten")
    (root / "data" / "moties").mkdir()
    (root / "data" / "afdoeningen").mkdir()
    shutil.copy(REPO / "data" / "moties" / KEPT, root / "data" / "moties" / KEPT)
    (root / "data" / "moties" / "a.yaml").write_text(MOTIE, "utf-8")
    return root


def clear(path: Path) -> None:
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def change(root: Path, slot: str, kind: str) -> None:
    path = root / slot
    path.parent.mkdir(parents=True, exist_ok=True)
    clear(path)
    text = BRIEF if "afdoeningen" in slot else MOTIE
    if kind == "valid":
        path.write_text(text, "utf-8")
    elif kind == "other":
        path.write_text(text.replace("netwerkcoaches", "andere coaches").replace("eigen kracht", "eigen regie"), "utf-8")
    elif kind == "invalid":
        path.write_text(text + "onbekend: veld\n", "utf-8")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "link":
        path.symlink_to(root / "data" / "moties" / KEPT)
    elif kind == "loop":
        path.symlink_to(path.name)
    elif kind == "outside":
        path.symlink_to("/etc/hostname")


def snapshot(root: Path) -> dict[str, str]:
    """Everything outside build/: what kind each entry is, and the hash of each regular file."""
    found = {}
    for path in sorted((root / "data").rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[rel] = f"link:{path.readlink()}"
        elif path.is_file():
            found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[rel] = "dir" if path.is_dir() else "other"
    return found


def build(root: Path) -> str:
    before = snapshot(root)
    with portable.time_limit(60, lambda: TimeoutError("build hangs")):
        result = CliRunner().invoke(main, ["-C", str(root), "build", "-j", "1"], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    assert "Interne fout" not in result.output and "Traceback" not in result.output, result.output
    assert snapshot(root) == before, "a build changed something outside build/"
    assert not list((root / "build").rglob("*.tmp")), "temporary file left"
    for slot in SLOTS[:3]:
        path = root / slot
        valid = path.is_file() and not path.is_symlink() and "onbekend: veld" not in path.read_text("utf-8")
        out = root / "build" / slot[len("data/"):].replace(".yaml", ".docx")
        blocked = out.is_symlink() or (out.exists() and not out.is_file())  # the user put something else there
        if valid and not blocked and "afdoeningen" not in slot:  # a brief depends on its motie too
            assert out.is_file(), result.output
    return result.output


@settings(max_examples=int(os.environ.get("RAADSSTUKKEN_FS_EXAMPLES", "25")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SLOTS), st.sampled_from(CHANGES)), min_size=1, max_size=4))
def test_any_sequence_of_file_system_changes_between_builds(steps: list[tuple[str, str]]) -> None:
    root = make_project()
    try:
        build(root)
        for slot, kind in steps:
            change(root, slot, kind)
            build(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
