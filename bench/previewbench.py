"""The editor's preview: from a saved change to the first page image, over 20 edits, through the
editor's own HTTP application (bewaar, then voorbeeld), LibreOffice killed after the tenth edit.

Run by bench/run.py --preview with the Python of the checkout under test; prints one JSON line.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"
EDITS = 20


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                children.setdefault(int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]), []).append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def first_page(client: object, data: dict) -> float:
    """Seconds until the first page image has arrived (the whole answer where there is no stream)."""
    started = time.perf_counter()
    body = {"soort": "motie", "pad": SAMPLE, "data": data}
    with client.stream("POST", "/api/voorbeeld", json=body) as response:  # type: ignore[attr-defined]
        assert response.status_code == 200, response.read()
        if "ndjson" in response.headers.get("content-type", ""):
            seconds = None
            for line in response.iter_lines():
                if seconds is None and line.strip():
                    assert json.loads(line)["pagina"] == 1
                    seconds = time.perf_counter() - started
            assert seconds is not None
            return seconds
        assert json.loads(response.read())["pages"]
        return time.perf_counter() - started


def kill_libreoffice(editor: object) -> bool:
    """SIGKILL every LibreOffice process the editor keeps (False where it keeps none)."""
    office = getattr(editor, "_office", None)
    if office is None:
        return False
    killed = False
    for worker in office._offices:
        if worker.process is not None:
            for pid in descendants(worker.process.pid):
                os.kill(pid, signal.SIGKILL)
                killed = True
    return killed


def main() -> None:
    from starlette.testclient import TestClient

    from generator.editor import app as app_module
    from generator.editor.security import Gate

    with tempfile.TemporaryDirectory(prefix="previewbench-") as folder:
        root = Path(folder)
        shutil.copytree(REPO / "data", root / "data")
        made: list[object] = []
        real = app_module.Editor

        class Kept(real):  # type: ignore[misc, valid-type]
            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, **kwargs)
                made.append(self)

        app_module.Editor = Kept
        token, base = "bench-token", "http://127.0.0.1:8765"
        gate = Gate(token, 8765)
        client = TestClient(app_module.make_app(root, gate), base_url=base, follow_redirects=False)
        client.cookies.set(gate.cookie, token)
        client.headers["Origin"] = base
        page = client.get("/bewerk", params={"pad": SAMPLE}).text
        state = json.loads(re.search(r'<script type="application/json" id="gegevens">(.*?)</script>', page, re.S).group(1))
        times, killed = [], False
        for edit in range(EDITS):
            data = state["data"]
            data["titel"] = f"Netwerkversterking en familiegroepsplannen ({edit})"
            saved = client.post("/api/bewaar", json={"soort": "motie", "pad": SAMPLE, "data": data, "hash": state["hash"]}).json()
            state["hash"] = saved["hash"]
            if edit == EDITS // 2:
                killed = kill_libreoffice(made[0] if made else None)
            times.append(first_page(client, data))
    print(json.dumps({"median": statistics.median(times), "first": times[0], "after_kill": times[EDITS // 2],
                      "max": max(times), "killed": killed}))


def measure(target: object, work: Path) -> None:
    """For bench/run.py: run this file with the target's Python and print the rows."""
    import subprocess

    done = subprocess.run([target.python, __file__], cwd=target.repo, env=getattr(target, "env", None), capture_output=True, text=True)  # type: ignore[attr-defined]
    if done.returncode:
        print(f"\neditor preview: mislukt: {done.stderr[-1500:]}")
        return
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"\neditor preview, {EDITS} edits (bewaar, then voorbeeld), from the saved change to the first page image")
    print(f"{'   median':74s} {result['median']:8.2f} s")
    print(f"{'   first edit (LibreOffice starting)':74s} {result['first']:8.2f} s")
    print(f"{'   the edit after LibreOffice was killed' + ('' if result['killed'] else ' (none kept: nothing to kill)'):74s}"
          f" {result['after_kill']:8.2f} s")


if __name__ == "__main__":
    sys.exit(main())
