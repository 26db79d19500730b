"""A build's life and death: its lock, its workers, and what a killed build left behind.

- The lock (build/.lock) holds the process id of the build that has it. A lock taken by a running
  build is respected; one whose holder is gone (what a killed build left behind still holds it) is
  taken over with a warning: the old file is unlinked and a new one locked.
- Workers end with the build: stopped when the main process unwinds (Ctrl+C, SIGTERM), ending by
  themselves when it is killed, and never holding the lock (portable.worker_started).
- Leftovers of a killed build: temporary files in the output folder (our names only, and only when
  the journal says the last build did not finish) and LibreOffice folders in the system's temporary
  folder whose process is gone.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import portable
from generator.errors import Issue, UserError, display_path
from generator.files import reason

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

LOCK = ".lock"
OUR_TEMPORARY = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
"""files.py's temporary names: '.' + the target's name + '.' + mkstemp's eight characters + '.tmp'."""
IDLE_SECONDS = 600
PDF_WORK = re.compile(r"^raadsstukken-pdf-(\d+)-")
"""pdf/convert.py's work folders carry the id of the process that made them."""


def busy(out_dir: Path, holder: int | None) -> UserError:
    shown = f" (proces {holder})" if holder else ""
    return UserError(f"er loopt al een build in {out_dir}{shown}", "wacht tot die klaar is en probeer het opnieuw")


@contextmanager
def build_lock(out_dir: Path, warnings: list[Issue]) -> Iterator[int]:
    """Hold build/.lock for the block; its descriptor (which forked workers close)."""
    path = out_dir / LOCK
    fd = _open(out_dir)
    try:
        if not portable.try_lock(fd):
            holder = _holder(fd)
            if holder is None or portable.process_alive(holder):
                raise busy(out_dir, holder)
            fd = _take_over(out_dir, fd)
            warnings.append(Issue(display_path(path), message=f"hoorde bij een build die niet meer loopt (proces {holder});"
                                  " de vergrendeling is overgenomen", severity="waarschuwing"))
        _record(fd)
        yield fd
    finally:
        os.close(fd)


def _open(out_dir: Path) -> int:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        return portable.open_fd(out_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o644, follow=False)
    except OSError as exc:
        why = "geen schrijfrechten" if exc.errno in (errno.EACCES, errno.EPERM) else (
            "build/.lock is een koppeling; verwijder die" if exc.errno == errno.ELOOP else reason(exc)[0])
        raise UserError(f"kan niet schrijven in {out_dir} ({why})",
                        "controleer of de map bestaat en schrijfbaar is, of kies een andere met -o") from None


def _record(fd: int) -> None:
    """Our process id in the lock file, for a later build to tell a running holder from a gone one."""
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode())
    except OSError:
        pass  # a lock without its id still locks; a later build then just says it is busy


def _holder(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32)
    except OSError:  # Windows: the holder's locked byte cannot be read
        return None
    number = text.decode("ascii", "replace").strip()
    return int(number) if number.isdigit() else None


def _take_over(out_dir: Path, old: int) -> int:
    """A new lock file in place of the stale one (whose holder keeps a lock on a file nobody names)."""
    path = out_dir / LOCK
    try:
        path.unlink()  # Windows refuses while the file is open elsewhere: then it stays busy
    except OSError:
        os.close(old)
        raise busy(out_dir, None) from None
    os.close(old)
    fd = _open(out_dir)
    try:
        if not portable.try_lock(fd) or os.fstat(fd).st_ino != path.stat().st_ino:
            raise busy(out_dir, None)  # another build took it over at the same moment
    except (OSError, UserError):
        os.close(fd)
        raise busy(out_dir, None) from None
    return fd


def run_pool(jobs: int, call: Callable[[Any], Any], work: Iterable[Any], *, chunk: int, lock: int | None,
             setup: Callable[[Any], None] | None = None, given: Any = None) -> Iterator[Any]:
    """`call` over `work` in `jobs` worker processes, results in order; `setup(given)` runs once in each
    worker when it starts (what every task needs, sent once rather than with each task). When the caller
    stops early (an exception, Ctrl+C, SIGTERM, the generator closed), the queued work is dropped and the
    workers are terminated, not waited for."""
    from concurrent.futures import ProcessPoolExecutor  # imported when a pool is needed: a no-op build starts without it

    inherited = (lock,) if lock is not None and portable.start_method() == "fork" else ()
    pool = ProcessPoolExecutor(jobs, mp_context=portable.process_context(), initializer=_started,
                               initargs=(os.getpid(), inherited, setup, given))
    try:
        yield from pool.map(call, work, chunksize=chunk)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def _started(parent: int, inherited: tuple[int, ...], setup: Callable[[Any], None] | None, given: Any) -> None:
    portable.worker_started(parent, inherited)
    if setup is not None:
        setup(given)


def _stop(pool: ProcessPoolExecutor) -> None:
    handles = list((getattr(pool, "_processes", None) or {}).values())  # the executor keeps no public list
    pool.shutdown(wait=False, cancel_futures=True)
    for process in handles:
        process.terminate()
    for process in handles:
        process.join(5)


def sweep(out_dir: Path, *, unfinished: bool) -> None:
    """Remove what a killed build left: our temporary files in the output folder (only when the last
    build did not finish: its journal is still there) and work folders of processes that are gone."""
    if unfinished and out_dir.is_dir():
        for folder, _dirs, files in os.walk(out_dir):
            for name in files:
                if OUR_TEMPORARY.match(name):
                    Path(folder, name).unlink(missing_ok=True)
    base = Path(tempfile.gettempdir())
    try:
        entries = list(os.scandir(base))
    except OSError:
        return
    now = time.time()
    for entry in entries:
        match = PDF_WORK.match(entry.name)
        if match and int(match.group(1)) != os.getpid() and not portable.process_alive(int(match.group(1))) \
                and _idle(entry, now):
            shutil.rmtree(entry.path, ignore_errors=True)


def _idle(entry: os.DirEntry[str], now: float) -> bool:
    """Untouched for a while too: a process id from another container sharing the folder is no proof."""
    try:
        return now - entry.stat(follow_symlinks=False).st_mtime > IDLE_SECONDS
    except OSError:
        return False
