"""Processes that end (issue 28): a build killed or stopped takes its workers along and frees its
lock; a stale lock is taken over with a message; leftovers of a killed build are cleaned; the editor
stops on Ctrl+C, bounds its requests, names a busy port; a full disk on stdout is a Dutch line.
Signals and /proc are POSIX: these run on Linux (docs/security.md says what holds on Windows)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from .live_editor import Live

REPO = Path(__file__).resolve().parents[1]
MOTIE = REPO / "templates" / "moties" / "motie.docx"
LOOP = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals and /proc as on Linux")


def looping_template(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(MOTIE) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"{{ titel }}", LOOP.encode(), 1)
            out.writestr(info, data)


def motie(number: int) -> str:
    return (f"soort: motie\ngemeente: zwolle\ntitel: Motie {number}\nvergadering: 2024-01-0{1 + number % 9}\n"
            "verzoeken:\n  - iets te doen.\n")


@pytest.fixture
def stuck(tmp_path: Path) -> Path:
    """Four moties whose template loops: a build of them is busy until stopped."""
    shutil.copytree(REPO / "data" / "gemeenten", tmp_path / "data" / "gemeenten")
    (tmp_path / "data" / "moties").mkdir()
    for number in range(4):
        (tmp_path / "data" / "moties" / f"m{number}.yaml").write_text(motie(number), "utf-8")
    looping_template(tmp_path / "templates" / "moties" / "motie.docx")
    return tmp_path


def children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def start_build(root: Path, *args: str, seconds: str = "120") -> subprocess.Popen[bytes]:
    env = {**os.environ, "RAADSSTUKKEN_RENDER_SECONDS": seconds, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "generator", "-C", str(root), "build", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def workers_of(process: subprocess.Popen[bytes], count: int) -> set[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = children(process.pid)
        if len(found) >= count:
            time.sleep(0.5)  # let them take their first motie
            return found
        time.sleep(0.05)
    raise AssertionError("de build startte zijn werkprocessen niet")


def gone(pids: set[int], within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(alive(pid) for pid in pids):
            return True
        time.sleep(0.05)
    return False


def rebuild(root: Path) -> subprocess.CompletedProcess[str]:
    """A build of nothing slow afterwards: the default template again, one motie."""
    shutil.rmtree(root / "templates")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "generator", "-C", str(root), "build", "-j", "1"], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("signal_", ["SIGTERM", "SIGKILL"])
def test_a_stopped_build_takes_its_workers_along_and_frees_the_lock(stuck: Path, signal_: str) -> None:
    import signal

    build = start_build(stuck, "-j", "2")
    workers = workers_of(build, 2)
    os.kill(build.pid, getattr(signal, signal_))
    _, err = build.communicate(timeout=30)
    assert gone(workers, 10), [pid for pid in workers if alive(pid)]
    if signal_ == "SIGTERM":
        assert build.returncode == 130
        assert err.decode().splitlines() == ["afgebroken"]
    after = rebuild(stuck)
    assert after.returncode == 0, after.stderr
    assert "er loopt al een build" not in after.stderr
    assert not list((stuck / "build").rglob("*.tmp"))


def test_a_stale_lock_whose_holder_is_gone_is_taken_over(stuck: Path) -> None:
    """A lock still held by what a build left behind (not by a build): taken over, with a message."""
    (stuck / "build").mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    holder = subprocess.Popen([sys.executable, "-c", "import fcntl, os, sys, time\n"
                               f"fd = os.open({str(stuck / 'build' / '.lock')!r}, os.O_RDWR | os.O_CREAT)\n"
                               f"fcntl.flock(fd, fcntl.LOCK_EX); os.write(fd, b'{dead}\\n'); print('ja', flush=True); time.sleep(120)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ja"
        after = rebuild(stuck)
    finally:
        holder.kill()
        holder.communicate()
    assert after.returncode == 0, after.stderr
    assert (f"waarschuwing: {stuck}/build/.lock: hoorde bij een build die niet meer loopt (proces {dead}); de vergrendeling"
            " is overgenomen") in after.stderr.splitlines(), after.stderr


def test_a_lock_of_a_running_build_is_respected(stuck: Path) -> None:
    build = start_build(stuck, "-j", "1")
    try:
        workers_of(build, 0)
        deadline = time.monotonic() + 30
        while not (stuck / "build" / ".lock").is_file() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        second = subprocess.run([sys.executable, "-m", "generator", "-C", str(stuck), "build"], env=env,
                                capture_output=True, text=True, timeout=60)
    finally:
        build.kill()
        build.communicate()
    assert second.returncode == 1
    assert second.stderr.splitlines() == [f"fout: er loopt al een build in {stuck}/build (proces {build.pid}) — wacht tot"
                                          " die klaar is en probeer het opnieuw"]


def test_leftovers_of_a_killed_build_are_cleaned_by_the_next(stuck: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    import tempfile

    out = stuck / "build" / "moties"
    out.mkdir(parents=True)
    (out / ".m0.docx.a1b2c3d4.tmp").write_bytes(b"half")
    (out / ".m0.txt.zz99yy88.tmp").write_bytes(b"half")
    (stuck / "build" / ".manifest.journal").write_text("", "utf-8")
    (out / ".eigen-notitie.tmp").write_bytes(b"van iemand anders")  # not a name we make: left alone
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    profile = Path(tempfile.gettempdir()) / f"raadsstukken-pdf-{dead}-abcd1234"
    (profile / "lo").mkdir(parents=True)
    hour_ago = time.time() - 3600
    os.utime(profile, (hour_ago, hour_ago))
    mine = Path(tempfile.gettempdir()) / f"raadsstukken-pdf-{os.getpid()}-efgh5678"
    mine.mkdir()
    os.utime(mine, (hour_ago, hour_ago))
    try:
        after = rebuild(stuck)
        assert after.returncode == 0, after.stderr
        assert not (out / ".m0.docx.a1b2c3d4.tmp").exists() and not (out / ".m0.txt.zz99yy88.tmp").exists()
        assert (out / ".eigen-notitie.tmp").exists()
        assert not profile.exists() and mine.exists()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(mine, ignore_errors=True)


def test_a_full_disk_on_stdout_is_a_dutch_line() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "generator", "schema", "motie"], stdout=full, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(REPO)}, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["fout: kan de uitvoer niet schrijven: de schijf is vol — maak ruimte vrij of stuur"
                                        " de uitvoer naar een bestand op een andere schijf"], done.stderr


# --- the editor -----------------------------------------------------------------------------------

def start_editor(root: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "RAADSSTUKKEN_RENDER_SECONDS": "120"}
    editor = subprocess.Popen([sys.executable, "-m", "generator", "bewerk", str(root), "--geen-browser", *args],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert editor.stderr is not None
    for line in editor.stderr:
        if "http://127.0.0.1:" in line:
            return editor, line.strip()
    raise AssertionError(editor.stderr.read())


def test_a_busy_port_is_a_dutch_line(tmp_path: Path) -> None:
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = busy.getsockname()[1]
    try:
        done = subprocess.run([sys.executable, "-m", "generator", "bewerk", str(REPO), "--geen-browser", "--poort", str(port)],
                              env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=60)
    finally:
        busy.close()
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"fout: poort {port} op 127.0.0.1 is al in gebruik door een ander programma — kies"
                                        f" een andere met --poort (bijvoorbeeld --poort {port + 1}), of laat --poort weg:"
                                        " dan kiest de editor zelf een vrije poort"], done.stderr


def test_ctrl_c_stops_the_editor_while_it_renders_a_loop(stuck: Path) -> None:
    import signal
    from urllib.parse import urlsplit

    editor, url = start_editor(stuck)
    address = urlsplit(url)
    token = address.query.split("=", 1)[1]

    def make() -> None:
        import http.client

        connection = http.client.HTTPConnection("127.0.0.1", address.port, timeout=60)
        try:
            connection.request("POST", "/api/maak", body=json.dumps({"pad": "data/moties/m0.yaml", "pdf": False}),
                               headers={"Host": address.netloc, "Origin": f"http://{address.netloc}",
                                        "Cookie": f"raadsstukken_bewerk_{address.port}={token}"})
            connection.getresponse().read()
        except OSError:
            pass  # the editor stopped under it
        finally:
            connection.close()

    request = threading.Thread(target=make, daemon=True)
    request.start()
    time.sleep(2)  # the render has begun its loop
    stopped = time.monotonic()
    editor.send_signal(signal.SIGINT)
    try:
        editor.communicate(timeout=10)
    finally:
        editor.kill()
        editor.communicate()
    assert time.monotonic() - stopped < 5
    assert editor.returncode in (0, 130)
    assert not children(editor.pid)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("lus")
    shutil.copytree(REPO / "data" / "gemeenten", root / "data" / "gemeenten")
    (root / "data" / "moties").mkdir()
    (root / "data" / "moties" / "m0.yaml").write_text(motie(0), "utf-8")
    looping_template(root / "templates" / "moties" / "motie.docx")
    server = Live(root)
    yield server
    server.close()


def test_the_render_limit_holds_in_the_editor(live: Live, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.word import render

    monkeypatch.setattr(render, "RENDER_SECONDS", 1.0)
    status, answer = live.post("/api/maak", {"pad": "data/moties/m0.yaml", "pdf": False}, timeout=60)
    assert status == 200, answer
    assert [issue["message"] for issue in answer["issues"]] == [
        "sjabloon motie.docx duurt langer dan 1 seconden en is afgebroken — controleer het sjabloon op lussen zonder einde"]


@pytest.mark.parametrize("depth", [33, 1000, 100_000])
def test_a_deeply_nested_body_is_refused(live: Live, depth: int) -> None:
    body = ('{"soort": "motie", "pad": "", "hash": "", "data": {"soort": "motie", "titel": ' + "[" * depth + "]" * depth + "}}")
    status, raw = live.request("POST", "/api/controleer", body.encode(), {"Content-Type": "application/json"})
    assert status == 400, raw
    assert json.loads(raw) == {"error": "Ongeldig verzoek: de gegevens zijn te diep genest (meer dan 32 niveaus)."}


def test_a_loop_of_links_is_refused_not_a_server_error(live: Live) -> None:
    loop = live.root / "data" / "moties" / "lus.yaml"
    loop.symlink_to(loop)
    try:
        for method, path, body in (("GET", "/bewerk?pad=data/moties/lus.yaml", None),
                                   ("POST", "/api/maak", b'{"pad": "data/moties/lus.yaml"}')):
            status, raw = live.request(method, path, body, {"Content-Type": "application/json"})
            assert status == 403, raw
            assert "Geweigerd: dit pad ligt buiten de project- of uitvoermap of is geen document." in raw.decode()
    finally:
        loop.unlink()
