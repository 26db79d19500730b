"""Untrusted files are read in a child process: a fresh, isolated Python (or LibreOffice) in its own
process group, with a memory cap and a wall-clock timeout, killed whole when it overruns.

pypdf had memory-exhaustion CVEs and crafted PDFs can loop; the PDF check, the bundel merge and
the PDF import all go through here.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

MEMORY_CAP = 1024 * 1024 * 1024  # address space of a pypdf process
CHILD = ("import sys, importlib; sys.path.insert(0, sys.argv[1]); "
         "getattr(importlib.import_module(sys.argv[2]), sys.argv[3])()")


def limit_memory() -> None:
    """Cap this process's address space (called first thing in sandboxed processes)."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_isolated(module: str, function: str, payload: object, *, timeout: float) -> tuple[list[dict], str]:
    """Run module.function in a fresh, isolated Python; its JSON answer lines and why it stopped early."""
    root = str(Path(__file__).resolve().parents[2])
    env = {"PATH": os.environ.get("PATH", os.defpath), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    code, out, err = run_killable([sys.executable, "-I", "-c", CHILD, root, module, function],
                                  env=env, timeout=timeout, stdin=json.dumps(payload).encode())
    answers = []
    for line in out.splitlines():
        try:
            answers.append(json.loads(line))
        except ValueError:
            break  # cut off mid-line
    if code is None:
        return answers, f"niet klaar binnen {timeout:g} s"
    tail = err.decode(errors="replace").strip().splitlines()[-1:]
    return answers, f"het pypdf-proces stopte met code {code} ({''.join(tail) or 'geen melding'})"


def run_killable(command: list[str], *, env: dict[str, str], timeout: float,
                 stdin: bytes | None = None) -> tuple[int | None, bytes, bytes]:
    """Run command in a new process group; on timeout the whole group is killed (code None)."""
    process = subprocess.Popen(command, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                               start_new_session=True)
    code: int | None
    try:
        out, err = process.communicate(stdin, timeout=timeout)
        code = process.returncode
    except subprocess.TimeoutExpired:
        _kill_group(process.pid)
        try:
            out, err = process.communicate(timeout=5)  # returns what was read before, too
        except subprocess.TimeoutExpired:  # something outside the group still holds the pipes
            process.kill()
            out, err = b"", b""
        code = None
    _kill_group(process.pid)  # nothing of a finished run may stay behind
    return code, out, err


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
