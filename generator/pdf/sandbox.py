"""Untrusted files are read in a child process: a fresh, isolated Python (or LibreOffice) in its own
process group, with a memory cap and a wall-clock timeout, killed whole when it overruns
(generator/portable.py: what each platform can do).

pypdf had memory-exhaustion CVEs and crafted PDFs can loop; the PDF check, the bundel merge and
the PDF import all go through here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from generator import portable
from generator.portable import run_killable

MEMORY_CAP = 1024 * 1024 * 1024  # address space of a pypdf process
CHILD = ("import sys, importlib; sys.path.insert(0, sys.argv[1]); "
         "getattr(importlib.import_module(sys.argv[2]), sys.argv[3])()")


def limit_memory() -> None:
    """Cap this process's address space (called first thing in sandboxed processes)."""
    portable.cap_memory(MEMORY_CAP)


def run_isolated(module: str, function: str, payload: object, *, timeout: float) -> tuple[list[dict], str]:
    """Run module.function in a fresh, isolated Python; its JSON answer lines and why it stopped early."""
    root = str(Path(__file__).resolve().parents[2])
    env = portable.child_environment(LANG="C.UTF-8", LC_ALL="C.UTF-8")
    code, out, _err = run_killable([sys.executable, "-I", "-c", CHILD, root, module, function],
                                  env=env, timeout=timeout, stdin=json.dumps(payload).encode())
    answers = []
    for line in out.splitlines():
        try:
            answers.append(json.loads(line))
        except ValueError:
            break  # cut off mid-line
    if code is None:
        return answers, f"niet klaar binnen {timeout:g} s"
    if portable.out_of_memory(code):
        return answers, "het leesproces had te weinig geheugen (de PDF is waarschijnlijk beschadigd of opzettelijk zo gemaakt)"
    return answers, f"het leesproces stopte onverwacht (code {code}); de PDF is waarschijnlijk beschadigd"  # its stderr is English
