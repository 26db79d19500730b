"""THE converter: Word documents → PDF, ODT or a page image, by LibreOffice kept running.

Starting LibreOffice costs about a second; a document converted in a running one costs a tenth of
that. A `Converter` keeps one LibreOffice per worker (one per core for a batch, one for the editor)
for as long as it lives: `build --pdf`, `pdf`, `bundel` (both passes) and an editor session each hold
one. It talks to LibreOffice through its UNO bridge (unobridge.py, run by the Python that has
LibreOffice's `uno` module; on Debian the system python3 with python3-uno), over a pipe that only this
user can open, never a TCP port. Each LibreOffice has its own fresh, hardened profile (linked files
blocked, macros off, links never updated), a minimal environment, a time limit per document (then
its whole process group is killed), and is started again when it died or hung: the document it was
on is tried once more in the new one.

Where no bridge is available (no such Python: Windows or macOS without LibreOffice's own Python, a
machine without python3-uno) or it does not start, the batch converter does the work: one
`soffice --convert-to` per batch of documents, a batch that fails retried document by document.
RAADSSTUKKEN_CONVERTER=batch chooses it always (and =bridge never falls back).

    with Converter(jobs=2) as office:
        errors = office.convert([(Path("a.docx"), Path("uit/a.odt"))], "odt")   # None: done
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import queue
import select
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from generator import portable
from generator.errors import UserError
from generator.pdf.lobatch import WORK_PREFIX, BatchWorker, find_soffice, hardened_profile

FILTERS: dict[str, tuple[str, dict[str, object]]] = {
    "pdf": ("writer_pdf_Export", {"SelectPdfVersion": 2, "UseTaggedPDF": True, "PDFUACompliance": True}),
    "odt": ("writer8", {}),
    "png": ("writer_png_Export", {}),  # the first page
}
"""What each format is written with: PDF/A-2b, tagged, PDF/UA-1 identification (docs/pdf.md)."""
BRIDGE = Path(__file__).with_name("unobridge.py")
ENV_PYTHON = "RAADSSTUKKEN_UNO_PYTHON"
ENV_MODE = "RAADSSTUKKEN_CONVERTER"
START_SECONDS = 60.0
PYTHONS = ("/usr/bin/python3", "/usr/local/bin/python3", "/Applications/LibreOffice.app/Contents/Resources/python",
           "C:\\Program Files\\LibreOffice\\program\\python.exe")

Pair = tuple[Path, Path]


@lru_cache(maxsize=8)
def uno_python(override: str | None = None) -> str | None:
    """A Python that can `import uno` (asked once per process), or None (always on Windows, whose
    pipes this module cannot wait on: the batch converter serves there)."""
    if os.name == "nt":
        return None
    candidates = [override] if override else [*PYTHONS, shutil.which("python3") or ""]
    for python in candidates:
        if python and os.access(python, os.X_OK):
            try:
                done = subprocess.run([python, "-I", "-c", "import uno"], capture_output=True, timeout=30, check=False,
                                      env=portable.child_environment())
            except (OSError, subprocess.SubprocessError):
                continue
            if done.returncode == 0:
                return python
    return None


class Office:
    """One LibreOffice behind its bridge, in its own process group, with its own profile."""

    def __init__(self, folder: Path, soffice: str, python: str, timeout: float) -> None:
        self.soffice, self.python, self.timeout = soffice, python, timeout
        self.profile, self.home = hardened_profile(folder)
        self.process: subprocess.Popen[bytes] | None = None
        self.pid: int | None = None
        """LibreOffice's own process id (the bridge's child)."""
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        env = portable.child_environment(HOME=str(self.home), LANG="C.UTF-8", LC_ALL="C.UTF-8")
        self.process = subprocess.Popen([self.python, "-I", str(BRIDGE), self.soffice, self.profile.as_uri(), str(self.home)],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        env=env, **portable.new_group())
        ready = self._answer(START_SECONDS)
        if not ready or not ready.get("ready"):
            self.kill()
            raise OSError((ready or {}).get("fatal") or "LibreOffice startte niet")
        pid = ready.get("pid")
        self.pid = pid if isinstance(pid, int) else None

    def convert(self, source: Path, target: Path, fmt: str) -> str | None:
        """One document; None when done, else why not. A LibreOffice that died or hung is killed,
        and the document tried once more in a new one."""
        error = self._once(source, target, fmt)
        if error is not None and self.process is None:  # it was killed: a fresh one gets a second chance
            error = self._once(source, target, fmt) or None
        return error

    def _once(self, source: Path, target: Path, fmt: str) -> str | None:
        if self.process is None:
            try:
                self.start()
            except OSError as exc:
                return f"LibreOffice kon niet worden gestart ({exc})"
        assert self.process is not None and self.process.stdin is not None
        name, options = FILTERS[fmt]
        request = {"source": str(source), "target": str(target), "filter": name, "options": options}
        try:
            self.process.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            self.process.stdin.flush()
        except OSError:
            self.kill()
            return "LibreOffice stopte onverwacht"
        answer = self._answer(self.timeout)
        if answer is None:
            self.kill()
            return f"LibreOffice was na {self.timeout:g} s niet klaar en is gestopt"
        if "fatal" in answer or ("ok" not in answer and "error" not in answer):
            self.kill()
            return "LibreOffice stopte onverwacht"
        error = answer.get("error")
        return str(error) if error is not None else None

    def _answer(self, seconds: float) -> dict[str, object] | None:
        """The bridge's next line, or None when it does not come in time or the bridge ended."""
        assert self.process is not None and self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], seconds)
        if not ready:
            return None
        line = self.process.stdout.readline()
        try:
            answer = json.loads(line) if line else None
        except ValueError:
            return None
        return answer if isinstance(answer, dict) else None

    def kill(self) -> None:
        """Stop the bridge and LibreOffice at once (the whole process group)."""
        if self.process is None:
            return
        portable.kill_group(self.process)
        self.process.wait()
        _close(self.process)
        self.process, self.pid = None, None

    def close(self) -> None:
        """End normally: the bridge asks LibreOffice to quit when its input closes."""
        if self.process is None:
            return
        _close(self.process)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)
        self.kill()


def _close(process: subprocess.Popen[bytes]) -> None:
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()


class Converter:
    """LibreOffice for this command or editor session: `jobs` warm LibreOffices, or the batch converter."""

    def __init__(self, jobs: int = 1, timeout: float = 120.0, *, batch_size: int = 50) -> None:
        self.jobs, self.timeout, self.batch_size = max(1, jobs), timeout, max(1, batch_size)
        self.soffice = find_soffice()
        self.folder = Path(tempfile.mkdtemp(prefix=WORK_PREFIX))
        mode = os.environ.get(ENV_MODE, "")
        python = None if mode == "batch" else uno_python(os.environ.get(ENV_PYTHON) or None)
        self.bridged = python is not None
        self.strict = mode == "bridge"
        self._idle: queue.Queue[Office] = queue.Queue()
        self._offices: list[Office] = []
        self._lock = threading.Lock()
        if python is not None:
            for number in range(self.jobs):
                office = Office(self.folder / f"werker-{number}", self.soffice, python, timeout)
                self._offices.append(office)
                self._idle.put(office)
        elif mode == "bridge":
            raise UserError("geen Python met LibreOffice's uno-module gevonden",
                            f"installeer python3-uno, of wijs met {ENV_PYTHON} naar zo'n Python")

    def __enter__(self) -> Converter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        for office in self._offices:
            office.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def convert(self, pairs: Sequence[Pair], fmt: str = "pdf") -> list[str | None]:
        """Convert each (source .docx, target) pair; per pair None when done, else why not."""
        if fmt not in FILTERS:
            raise UserError(f"onbekend formaat '{fmt}'", f"kies uit: {', '.join(FILTERS)}")
        if not pairs:
            return []
        if self.bridged:
            errors = self._bridged(pairs, fmt)
            if not self.strict and all(e and e.startswith("LibreOffice kon niet worden gestart") for e in errors):
                self.bridged = False  # no bridge here after all: the batch converter from now on
            else:
                return errors
        return self._batched(pairs, fmt)

    def _bridged(self, pairs: Sequence[Pair], fmt: str) -> list[str | None]:
        def one(pair: Pair) -> str | None:
            office = self._idle.get()
            try:
                return office.convert(pair[0], pair[1], fmt)
            finally:
                self._idle.put(office)

        with ThreadPoolExecutor(min(self.jobs, len(pairs))) as pool:
            return list(pool.map(one, pairs))

    def _batched(self, pairs: Sequence[Pair], fmt: str) -> list[str | None]:
        count = max(math.ceil(len(pairs) / self.batch_size), min(self.jobs, len(pairs)))
        size = math.ceil(len(pairs) / count)
        batches = [list(enumerate(pairs))[start:start + size] for start in range(0, len(pairs), size)]
        workers: queue.Queue[BatchWorker] = queue.Queue()
        with self._lock:
            for _ in range(min(self.jobs, len(batches))):
                workers.put(BatchWorker(Path(tempfile.mkdtemp(dir=self.folder, prefix="groep-")), self.soffice, self.timeout))
        errors: list[str | None] = [None] * len(pairs)

        def run(batch: list[tuple[int, Pair]]) -> None:
            worker = workers.get()
            try:
                for index, error in worker.convert(batch, fmt):
                    errors[index] = error
            finally:
                workers.put(worker)

        with ThreadPoolExecutor(workers.qsize()) as pool:
            list(pool.map(run, batches))
        return errors


def convert_files(pairs: Sequence[Pair], fmt: str, *, jobs: int = os.cpu_count() or 1,
                  timeout: float = 120.0) -> list[str | None]:
    """Convert these .docx files to `fmt` (pdf, odt, png) at the given targets, with a LibreOffice
    started for this call; per pair None when done, else the reason (in Dutch). Use a `Converter`
    to keep LibreOffice running between calls. The sources are converted as they are: check them
    first (pdf/convert.py `checked_copy`) when they come from elsewhere."""
    with Converter(jobs, timeout) as office:
        return office.convert(pairs, fmt)
