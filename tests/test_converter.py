"""The warm LibreOffice (pdf/converter.py): one start for many documents, private, time-limited,
started again when it dies, and the batch converter where no bridge is."""

from __future__ import annotations

import os
import signal
import stat
import time
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.pdf.converter import Converter, convert_files, uno_python
from tests.test_pdf import alive, make_docx


@pytest.fixture(scope="module")
def bridge(soffice: str) -> str:
    python = uno_python()
    if python is None:
        if os.environ.get("CI") == "true":
            pytest.fail("geen Python met LibreOffice's uno-module op CI (.ci/run installeert python3-uno)")
        pytest.skip("geen Python met LibreOffice's uno-module")
    return python


def documents(folder: Path, count: int) -> list[tuple[Path, Path]]:
    return [(make_docx(folder / f"m{i}.docx", f"Motie {i} over de haven"), folder / f"m{i}.pdf") for i in range(count)]


def test_one_start_converts_many_documents(bridge: str, tmp_path: Path) -> None:
    pairs = documents(tmp_path, 3)
    with Converter(jobs=1) as office:
        assert office.convert(pairs[:1]) == [None]
        assert office.convert(pairs[1:]) == [None, None]
        assert office._offices[0].starts == 1
    for i, (_source, target) in enumerate(pairs):
        assert f"Motie {i} over de haven" in PdfReader(target).pages[0].extract_text()


def descendants(pid: int) -> list[int]:
    """The processes below `pid` (soffice's script starts oosplash, which starts soffice.bin)."""
    children = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def test_a_killed_libreoffice_is_started_again_and_the_document_still_made(bridge: str, tmp_path: Path) -> None:
    pairs = documents(tmp_path, 2)
    with Converter(jobs=1) as office:
        assert office.convert(pairs[:1]) == [None]
        first = office._offices[0].pid
        assert first is not None
        for pid in [first, *descendants(first)]:  # LibreOffice crashes, whatever its processes
            os.kill(pid, signal.SIGKILL)
        assert office.convert(pairs[1:]) == [None]
        assert office._offices[0].starts == 2 and office._offices[0].pid != first
    assert PdfReader(pairs[1][1]).pages


def test_a_document_over_its_time_limit_stops_libreoffice(bridge: str, tmp_path: Path) -> None:
    pairs = documents(tmp_path, 1)
    with Converter(jobs=1, timeout=0.001) as office:
        office._offices[0].start()
        started = [office._offices[0].pid, *descendants(office._offices[0].pid)]
        assert office.convert(pairs) == ["LibreOffice was na 0.001 s niet klaar en is gestopt"]
        deadline = time.monotonic() + 5
        while any(alive(pid) for pid in started) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [pid for pid in started if alive(pid)] == []


def test_the_channel_is_a_pipe_only_this_user_can_open_never_a_port(bridge: str, tmp_path: Path) -> None:
    with Converter(jobs=1) as office:
        assert office.convert(documents(tmp_path, 1)) == [None]
        pid = next(p for p in descendants(office._offices[0].pid) if Path(f"/proc/{p}/exe").resolve().name == "soffice.bin")
        arguments = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        accept = [a.decode() for a in arguments if a.startswith(b"--accept=")]
        assert len(accept) == 1 and accept[0].startswith("--accept=pipe,name=raadsstukken-")
        assert "port" not in accept[0] and "socket" not in accept[0] and "host" not in accept[0]
        name = accept[0].split("name=")[1].split(";")[0]
        assert len(name) > 40  # 128 random bits
        found = os.lstat(f"/tmp/OSL_PIPE_{os.getuid()}_{name}")
        assert stat.S_ISSOCK(found.st_mode) and found.st_uid == os.getuid() and not found.st_mode & 0o022
        listening = {line.split()[9] for line in Path("/proc/net/tcp").read_text().splitlines()[1:] if line.split()[3] == "0A"}
        listening |= {line.split()[9] for line in Path("/proc/net/tcp6").read_text().splitlines()[1:] if line.split()[3] == "0A"}
        owned = {str(fd.readlink()) for fd in Path(f"/proc/{pid}/fd").iterdir()}
        assert not {f"socket:[{inode}]" for inode in listening} & owned  # LibreOffice listens on no TCP port
    assert not Path(f"/tmp/OSL_PIPE_{os.getuid()}_{name}").exists()  # and leaves no socket behind


def test_docx_to_odt_for_the_send_ready_copies(bridge: str, tmp_path: Path) -> None:
    source = make_docx(tmp_path / "motie.docx", "Motie over de haven")
    assert convert_files([(source, tmp_path / "motie.odt")], "odt", jobs=1) == [None]
    with zipfile.ZipFile(tmp_path / "motie.odt") as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        assert b"Motie over de haven" in odt.read("content.xml")


def test_without_a_bridge_the_batch_converter_does_the_work(soffice: str, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAADSSTUKKEN_UNO_PYTHON", str(tmp_path / "geen-python"))
    pairs = documents(tmp_path, 2)
    with Converter(jobs=1) as office:
        assert not office.bridged
        assert office.convert(pairs) == [None, None]
    assert all(PdfReader(target).pages for _source, target in pairs)
