"""Faults from outside: a full disk, a read-only output folder, an alias bomb.

They are made with POSIX means (RLIMIT_FSIZE, setpriv, signals), so the module is skipped on Windows."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

resource = pytest.importorskip("resource", reason="fouten van buiten worden met POSIX-middelen nagebootst")

REPO = Path(__file__).resolve().parents[1]
ZWOLLE = "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"


def command(project: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "generator", "-C", str(project), "build", "-j", "1", *args]


def snapshot(project: Path) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in (project / "build").rglob("*") if p.is_file()}


def test_full_disk_gives_a_clear_message_and_keeps_previous_outputs(project: Path) -> None:
    assert subprocess.run(command(project), capture_output=True, timeout=120).returncode == 0
    before = {k: v for k, v in snapshot(project).items() if k.endswith((".docx", ".txt"))}
    path = project / ZWOLLE
    path.write_text(path.read_text("utf-8").replace("actief te", "actiever te"), "utf-8")

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG, as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))

    result = subprocess.run(command(project), capture_output=True, text=True, timeout=120, preexec_fn=small_disk)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "niet schrijven (de schijf is vol) — maak ruimte vrij of kies een andere uitvoermap; het vorige bestand is ongewijzigd" in result.stderr
    assert "Traceback" not in result.stderr
    after = snapshot(project)
    for name, data in before.items():
        assert after[name] == data, name
    assert not [n for n in after if n.endswith(".tmp")]


def other_user() -> list[str]:
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []


@pytest.mark.skipif(os.geteuid() == 0 and shutil.which("setpriv") is None, reason="setpriv ontbreekt")
def test_read_only_output_folder_gives_a_clear_message() -> None:
    # CI runs as root, which ignores chmod: run the build as another user (nobody) instead.
    root = Path(tempfile.mkdtemp(prefix="raadsstukken-ro-"))
    try:
        os.chmod(root, 0o755)
        shutil.copytree(REPO / "data", root / "data")
        (root / "build").mkdir(mode=0o555)
        os.chmod(root / "build", 0o555)
        for path in [root, *root.rglob("*")]:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        os.chmod(root / "build", 0o555)
        env = {"PATH": os.environ["PATH"], "HOME": str(root), "PYTHONPATH": str(REPO)}
        result = subprocess.run(other_user() + command(root), capture_output=True, text=True, timeout=120, env=env, cwd=root)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        assert "kan niet schrijven in" in result.stderr and "schrijfbaar" in result.stderr
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_alias_bomb_is_refused_fast_with_bounded_memory(project: Path, run) -> None:
    bomb = ["soort: motie", 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    bomb += [f"a{i}: &a{i} [*a{i-1},*a{i-1},*a{i-1},*a{i-1},*a{i-1},*a{i-1},*a{i-1},*a{i-1},*a{i-1}]" for i in range(1, 10)]
    path = project / "data" / "moties" / "bom.yaml"
    path.write_text("\n".join(bomb) + "\n", "utf-8")
    start = time.perf_counter()
    result = run("check", str(path))
    assert time.perf_counter() - start < 2
    assert result.exit_code == 1
    assert "bom.yaml:2:5: ankers met '&' en verwijzingen met '*' worden niet ondersteund — schrijf elke waarde voluit" in result.output
