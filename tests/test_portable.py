"""generator/portable.py: its Windows and macOS branches, run here where Python allows it.

What cannot run on Linux (msvcrt.locking, the registry's App Paths, taskkill, soffice.com) stays
unverified until the workflow in .github/workflows/ has run on windows-latest; the rest runs here:
the whole build through the Windows opening and time-limit code, spawned workers (Windows and
macOS), the interrupt-based time limit, the refusal of a link without O_NOFOLLOW.
"""

from __future__ import annotations

import _thread
import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import portable
from generator.cli.main import main

REPO = Path(__file__).resolve().parents[1]
SOME = ("moties",)


class Expired(Exception):
    pass


def spin(limit: float = 30) -> None:
    """A loop that ends only by an interrupt (or, failing the test, after `limit` seconds)."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        pass


def wait_for_ctrl_c() -> None:
    _thread.interrupt_main()  # what Ctrl+C does
    time.sleep(1)


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def test_a_build_through_the_windows_branches_and_spawned_workers_gives_the_same_bytes(project: Path, monkeypatch) -> None:
    runner = CliRunner()
    folders = [str(project / "data" / folder) for folder in SOME]
    reference = runner.invoke(main, ["-C", str(project), "build", "-j", "1", "-o", str(project / "linux"), *folders], catch_exceptions=False)
    assert reference.exit_code == 0, reference.output
    monkeypatch.setattr(portable, "WINDOWS", True)  # open_fd and time_limit take their Windows branch
    monkeypatch.setattr(portable, "start_method", lambda: "spawn")
    result = runner.invoke(main, ["-C", str(project), "build", "-j", "2", "-o", str(project / "windows"), *folders], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    built = outputs(project / "windows")
    assert len(built) >= 22  # a .docx and a .txt per motie
    assert built == outputs(project / "linux")


def test_the_interrupting_time_limit_stops_a_loop_and_leaves_ctrl_c_alone() -> None:
    started = time.monotonic()
    with pytest.raises(Expired), portable.interrupt_after(0.3, Expired):
        spin()
    assert time.monotonic() - started < 5
    with portable.interrupt_after(5, Expired):  # finishes in time: nothing is raised, later or now
        pass
    time.sleep(0.05)
    with pytest.raises(KeyboardInterrupt), portable.interrupt_after(5, Expired):
        wait_for_ctrl_c()  # a real Ctrl+C while the limit runs is still a Ctrl+C


def test_the_time_limit_takes_the_platform_branch(monkeypatch) -> None:
    for windows in (False, True):
        monkeypatch.setattr(portable, "WINDOWS", windows)
        with pytest.raises(Expired), portable.time_limit(0.3, Expired):
            spin()


def test_opening_without_following_refuses_a_link_on_both_branches(tmp_path: Path) -> None:
    target = tmp_path / "doel.txt"
    target.write_text("inhoud", "utf-8")
    link = tmp_path / "koppeling.txt"
    link.symlink_to(target)
    for opener in (portable.open_fd, lambda path, flags, mode, follow: portable._open_windows(path, flags, mode, follow=follow)):
        with pytest.raises(OSError, match="link|symbolic") as caught:
            opener(link, os.O_RDONLY, 0o644, follow=False)
        assert caught.value.errno == errno.ELOOP
        fd = opener(link, os.O_RDONLY, 0o644, follow=True)
        try:
            assert os.read(fd, 100) == b"inhoud"
        finally:
            os.close(fd)


def test_a_lock_is_held_until_its_descriptor_closes(tmp_path: Path) -> None:
    first = os.open(tmp_path / ".lock", os.O_RDWR | os.O_CREAT)
    second = os.open(tmp_path / ".lock", os.O_RDWR)
    try:
        assert portable.try_lock(first)
        assert not portable.try_lock(second)
        os.close(first)
        assert portable.try_lock(second)
    finally:
        os.close(second)


@pytest.mark.parametrize("windows", [False, True])
def test_a_child_that_overruns_is_stopped(monkeypatch, windows: bool) -> None:
    monkeypatch.setattr(portable, "WINDOWS", windows)  # Windows: taskkill is absent here, the kill of the child remains
    started = time.monotonic()
    code, out, _err = portable.run_killable([sys.executable, "-c", "import time; print('begin', flush=True); time.sleep(60)"],
                                            env=portable.child_environment(), timeout=1.0)
    assert code is None
    assert out == b"begin\n"
    assert time.monotonic() - started < 15


def test_a_child_over_its_memory_cap_is_said_to_be_out_of_memory() -> None:
    script = "from generator.portable import cap_memory; cap_memory(300 * 2**20); data = bytearray(600 * 2**20)"
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, timeout=60)
    assert b"MemoryError" in result.stderr
    assert portable.out_of_memory(result.returncode)
    assert not portable.out_of_memory(0)


def test_a_child_gets_only_what_it_needs_to_start(monkeypatch) -> None:
    monkeypatch.setenv("GEHEIM", "token")
    monkeypatch.setenv("SYSTEMROOT", r"C:\Windows")
    assert portable.child_environment(LANG="C.UTF-8") == {"PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
    monkeypatch.setattr(portable, "WINDOWS", True)
    windows = portable.child_environment(LANG="C.UTF-8")
    assert windows["SYSTEMROOT"] == r"C:\Windows" and "GEHEIM" not in windows


def test_libreoffice_is_looked_for_in_program_files_and_a_per_user_install() -> None:
    environ = {"ProgramW6432": r"C:\Program Files", "ProgramFiles": r"C:\Program Files",
               "ProgramFiles(x86)": r"C:\Program Files (x86)", "LOCALAPPDATA": r"C:\Users\griffie\AppData\Local"}
    places = [Path(place) for place in portable.windows_soffice_places(environ)]
    assert places == [Path(r"C:\Program Files") / "LibreOffice" / "program" / "soffice.exe",
                      Path(r"C:\Program Files (x86)") / "LibreOffice" / "program" / "soffice.exe",
                      Path(r"C:\Users\griffie\AppData\Local") / "Programs" / "LibreOffice" / "program" / "soffice.exe"]
