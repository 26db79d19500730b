"""Everything that differs between Linux, macOS and Windows, in one place.

The rest of the tool uses no Unix-only (or Windows-only) module, flag, signal or function:
tests/test_portable.py reads every module's syntax tree and fails when one appears outside this
file. What each platform guarantees is in docs/security.md ("Per platform").

- files: `open_fd` (never blocks on a FIFO; `follow=False` refuses a link as the last part),
  `try_lock` (an exclusive lock on an open file, without waiting);
- processes: `run_killable` (a child in its own process group, killed whole at its time limit),
  `cap_memory` (called first thing in such a child), `out_of_memory` (its exit code says so),
  `child_environment` (the minimal environment a child gets), `process_context` (how build
  workers start);
- time: `time_limit` (stops a render that runs too long, in the main thread);
- LibreOffice: `soffice_candidates` (where it is looked for), `soffice_version_command`;
- paths: `max_path` (Windows' 260-character limit, where it holds);
- fonts: `font_used_for` (what this machine uses for a template's font; for `doctor`).

Only the standard library is imported here, so a sandboxed child can load this module cheaply.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # subprocess and multiprocessing are imported where used: every command loads this module
    import subprocess
    from multiprocessing.context import BaseContext

WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"

# ---------------------------------------------------------------------------------------- files


def open_fd(path: str | os.PathLike[str], flags: int, mode: int = 0o644, *, follow: bool = True) -> int:
    """os.open that never waits on a FIFO (opening one waits for the other side forever) and is not
    inherited by child processes; with follow=False a link as the last part of the path is refused
    (OSError ELOOP). The descriptor is blocking afterwards, as any other."""
    if WINDOWS:
        return _open_windows(path, flags, mode, follow=follow)
    extra = os.O_NONBLOCK | os.O_CLOEXEC | (0 if follow else os.O_NOFOLLOW)
    fd = os.open(path, flags | extra, mode)
    os.set_blocking(fd, True)
    return fd


def _open_windows(path: str | os.PathLike[str], flags: int, mode: int, *, follow: bool) -> int:
    """Windows has no FIFOs in the file system and no O_NOFOLLOW: a link (or junction) is refused
    by looking first, which leaves a short race that POSIX's flag does not. Binary mode always:
    the default text mode would turn \\n into \\r\\n and stop reading at Ctrl+Z."""
    if not follow:
        with contextlib.suppress(FileNotFoundError):
            found = os.lstat(path)
            if stat.S_ISLNK(found.st_mode) or getattr(found, "st_file_attributes", 0) & stat.FILE_ATTRIBUTE_REPARSE_POINT:
                raise OSError(errno.ELOOP, "is a link", str(path))
    return os.open(path, flags | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0), mode)


def try_lock(fd: int) -> bool:
    """Take an exclusive lock on the open file `fd` without waiting; False when another process
    holds it. The lock goes with the descriptor: closing it (or the process ending) releases it.

    flock on POSIX, msvcrt.locking of the first byte on Windows. (The filelock library does the
    same two calls but opens the file itself, without refusing a link; ours is opened by open_fd.)"""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


# ------------------------------------------------------------------------------------ processes

WINDOWS_ENVIRONMENT = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "PATHEXT", "COMSPEC", "LOCALAPPDATA", "APPDATA", "USERPROFILE")
"""What a program on Windows needs to start at all (Python fails without SYSTEMROOT)."""


def child_environment(**values: str) -> dict[str, str]:
    """The environment of a child process: PATH, what the platform needs to start a program, and
    `values`; nothing else of ours (no tokens, no PYTHONPATH) reaches it."""
    env = {"PATH": os.environ.get("PATH", os.defpath)}
    if WINDOWS:
        env.update({name: os.environ[name] for name in WINDOWS_ENVIRONMENT if name in os.environ})
    return {**env, **values}


def run_killable(command: list[str], *, env: dict[str, str], timeout: float,
                 stdin: bytes | None = None) -> tuple[int | None, bytes, bytes]:
    """Run command in a new process group; on timeout the whole group is killed (code None).

    POSIX: a new session, SIGKILL to the group at the limit and after every run (nothing of it may
    stay behind). Windows: a new process group, and `taskkill /T /F` ends the process and the
    children it started (no memory cap there: the time limit is the bound)."""
    import subprocess

    process = subprocess.Popen(command, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, **_new_group())
    code: int | None
    try:
        out, err = process.communicate(stdin, timeout=timeout)
        code = process.returncode
    except subprocess.TimeoutExpired:
        _kill_group(process)
        try:
            out, err = process.communicate(timeout=5)  # returns what was read before, too
        except subprocess.TimeoutExpired:  # something outside the group still holds the pipes
            process.kill()
            out, err = b"", b""
        code = None
    if not WINDOWS:
        _kill_group(process)  # POSIX can still reach a finished run's group; Windows cannot
    return code, out, err


def _new_group() -> dict[str, Any]:
    import subprocess

    if WINDOWS:
        return {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
    return {"start_new_session": True}


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    import subprocess

    if WINDOWS:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(["taskkill", "/T", "/F", "/PID", str(process.pid)], capture_output=True, timeout=10, check=False)
        with contextlib.suppress(OSError):
            process.kill()
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def cap_memory(limit: int) -> None:
    """Called first thing in a sandboxed child: cap its address space at `limit` bytes and write no
    core file. Windows has no such limit for a process by itself; there the parent's time limit holds."""
    if WINDOWS:
        return
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


WINDOWS_MEMORY_DEATHS = (0xC0000017, 0xC00000FD)  # STATUS_NO_MEMORY, STATUS_STACK_OVERFLOW


def out_of_memory(code: int) -> bool:
    """Whether a child's exit code means it ran out of memory (a Python MemoryError exits 1)."""
    if code == 1:
        return True
    if WINDOWS:
        return code in WINDOWS_MEMORY_DEATHS
    return code in (-signal.SIGKILL, -signal.SIGSEGV)


def start_method() -> str:
    """How build workers start: forked on Linux (they inherit what is loaded: as before), spawned
    on macOS (fork is unsafe there) and Windows (no fork)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def process_context() -> BaseContext:
    import multiprocessing

    return multiprocessing.get_context(start_method())


# ---------------------------------------------------------------------------------- time limits


@contextlib.contextmanager
def time_limit(seconds: float, expired: Callable[[], BaseException]) -> Iterator[None]:
    """Raise expired() in the block when it runs longer than `seconds` (seconds <= 0: no limit).
    In the main thread POSIX uses SIGALRM and Windows a timer thread that interrupts the main thread
    (`_thread.interrupt_main`); in any other thread (the editor's requests) a timer raises an
    exception in that thread (`thread_interrupt_after`). All interrupt Python code, not a single
    long call into C."""
    if seconds <= 0:
        yield
    elif threading.current_thread() is not threading.main_thread():
        with thread_interrupt_after(seconds, expired):
            yield
    elif WINDOWS:
        with interrupt_after(seconds, expired):
            yield
    else:
        with _alarm_after(seconds, expired):
            yield


@contextlib.contextmanager
def _alarm_after(seconds: float, expired: Callable[[], BaseException]) -> Iterator[None]:
    def handler(_signum: int, _frame: Any) -> None:
        raise expired()

    previous = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def interrupt_after(seconds: float, expired: Callable[[], BaseException]) -> Iterator[None]:
    """The time limit without SIGALRM (Windows; it works on any platform, so it is tested on
    Linux too): a timer thread raises SIGINT in the main thread, which our handler turns into
    expired() while the block runs; a real Ctrl+C still goes to the handler that was there."""
    import _thread

    state = {"fired": False, "done": False}

    def handler(signum: int, frame: Any) -> None:
        if state["fired"] and not state["done"]:
            raise expired()
        if state["fired"]:
            return  # the block is over: the timer came too late
        if callable(previous):
            previous(signum, frame)
        elif previous == signal.SIG_DFL:
            signal.default_int_handler(signum, frame)

    def fire() -> None:
        state["fired"] = True
        _thread.interrupt_main(signal.SIGINT)

    previous = signal.signal(signal.SIGINT, handler)
    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        state["done"] = True
        timer.cancel()
        timer.join()
        signal.signal(signal.SIGINT, previous)


class _Overrun(BaseException):
    """Raised asynchronously in a thread whose time is up; turned into the caller's exception."""


@contextlib.contextmanager
def thread_interrupt_after(seconds: float, expired: Callable[[], BaseException]) -> Iterator[None]:
    """The time limit in a thread that is not the main one (no signal reaches it): a timer asks
    CPython to raise an exception in that thread (PyThreadState_SetAsyncExc, the same on every
    platform), which stops a template's loop at its next step. An exception still pending when the
    block ends in time is withdrawn, so it never lands later."""
    import ctypes

    ident = ctypes.c_ulong(threading.get_ident())
    guard = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with guard:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ident, ctypes.py_object(_Overrun))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except _Overrun:
        raise expired() from None
    finally:
        with guard:
            state["done"] = True
            if state["fired"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ident, None)
        timer.cancel()


# ----------------------------------------------------------------------------------- LibreOffice

POSIX_SOFFICE = {
    "linux": ("/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/opt/libreoffice*/program/soffice"),
    "darwin": ("/Applications/LibreOffice.app/Contents/MacOS/soffice", "~/Applications/LibreOffice.app/Contents/MacOS/soffice"),
}
LIBREOFFICE_INSTALL = {
    "win32": "installeer LibreOffice (de Windows-versie van libreoffice.org, of via de IT-afdeling)",
    "darwin": "installeer LibreOffice met 'brew install --cask libreoffice' of van libreoffice.org",
}.get(sys.platform, "installeer het met 'sudo apt-get install libreoffice-writer-nogui fonts-liberation2'")
"""How to install LibreOffice here, in Dutch (the start of a hint)."""
APP_PATHS = r"SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\soffice.exe"


def soffice_candidates() -> list[str]:
    """Where LibreOffice is looked for, in order: on PATH, then its usual places on this platform
    (Windows: the App Paths entry its installer writes in the registry, then Program Files)."""
    import shutil

    found = [path for name in ("soffice", "libreoffice") if (path := shutil.which(name))]
    if WINDOWS:
        places = [*_app_paths(), *windows_soffice_places(os.environ)]
    else:
        places = _posix_places("darwin" if MACOS else "linux")
    return found + [path for path in places if _runnable(path)]


def _posix_places(system: str) -> list[str]:
    places: list[str] = []
    for pattern in POSIX_SOFFICE[system]:
        path = Path(pattern).expanduser()
        if "*" in pattern:  # /opt/libreoffice7.6/…: the newest first
            places += sorted((str(found) for found in Path(path.anchor).glob(str(path.relative_to(path.anchor)))), reverse=True)
        else:
            places.append(str(path))
    return places


def windows_soffice_places(environ: Mapping[str, str]) -> list[str]:
    """LibreOffice's install folders on Windows (64-bit Program Files first, a per-user install last)."""
    roots = [environ.get(name) for name in ("ProgramW6432", "ProgramFiles", "ProgramFiles(x86)")]
    roots += [str(Path(environ["LOCALAPPDATA"]) / "Programs")] if environ.get("LOCALAPPDATA") else []
    places = [str(Path(root) / "LibreOffice" / "program" / "soffice.exe") for root in roots if root]
    return list(dict.fromkeys(places))


def _app_paths() -> list[str]:
    if sys.platform != "win32":
        return []
    import winreg

    found = []
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        with contextlib.suppress(OSError), winreg.OpenKey(hive, APP_PATHS) as key:
            found.append(str(winreg.QueryValue(key, None)).strip('"'))
    return found


def _runnable(path: str) -> bool:
    return Path(path).is_file() and os.access(path, os.X_OK)


def soffice_version_command(soffice: str) -> list[str]:
    """The command that prints LibreOffice's version. On Windows soffice.exe is a windowed program
    that prints nothing; soffice.com beside it is the console one."""
    console = Path(soffice).with_suffix(".com")
    if WINDOWS and console.is_file():
        return [str(console), "--version"]
    return [soffice, "--version"]


# ----------------------------------------------------------------------------------------- paths

WINDOWS_MAX_PATH = 259
LONG_PATHS = r"SYSTEM\CurrentControlSet\Control\FileSystem"


def max_path() -> int | None:
    """The longest full path this machine can write: 259 characters on Windows, unless long paths are
    switched on there (LongPathsEnabled); None where no such limit applies."""
    if sys.platform != "win32":
        return None
    import winreg

    with contextlib.suppress(OSError), winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, LONG_PATHS) as key:
        if winreg.QueryValueEx(key, "LongPathsEnabled")[0] == 1:
            return None
    return WINDOWS_MAX_PATH


# ----------------------------------------------------------------------------------------- fonts

WINDOWS_FONTS = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts"


def font_used_for(family: str) -> str | None:
    """The font family this machine uses for `family`: itself when installed, a substitute's name
    when fontconfig (Linux, most macOS setups) replaces it, "" when it is absent, None when that
    cannot be told here. On Windows the installed fonts are the registry's list ("Arial (TrueType)")."""
    if sys.platform == "win32":
        return family if family.casefold() in _windows_fonts() else ""
    import shutil
    import subprocess

    if not shutil.which("fc-match"):
        return None
    try:
        done = subprocess.run(["fc-match", "--format=%{family[0]}", family], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def _windows_fonts() -> set[str]:
    if sys.platform != "win32":
        return set()
    import winreg

    names: set[str] = set()
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        with contextlib.suppress(OSError), winreg.OpenKey(hive, WINDOWS_FONTS) as key:
            for index in range(winreg.QueryInfoKey(key)[1]):
                entry = winreg.EnumValue(key, index)[0].split(" (")[0]
                names.update(part.strip().casefold() for part in entry.split("&"))
    return names


# ------------------------------------------------------------------------------ process lifetimes


@contextlib.contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """While a command runs, SIGTERM (kill, a CI that cancels, systemd) unwinds it like Ctrl+C: locks
    released, temporary files removed, workers stopped. POSIX only: on Windows no other program can
    send this process a signal it can catch (TerminateProcess ends it at once, as SIGKILL does)."""
    if WINDOWS or threading.current_thread() is not threading.main_thread():
        yield
        return

    def handle(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handle)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def worker_started(parent: int, inherited: tuple[int, ...]) -> None:
    """First thing in a build worker. Ctrl+C is the main process's to handle (it stops the workers);
    SIGTERM ends a worker at once. A forked worker closes its copy of the build lock (`inherited`),
    so the lock lives exactly as long as the main process, and ends itself when that process is gone
    (killed with SIGKILL: nobody else would stop it). Spawned workers (Windows, macOS) inherit no
    descriptor, and end when their pipe to the main process breaks."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if WINDOWS:
        return
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for fd in inherited:
        with contextlib.suppress(OSError):
            os.close(fd)
    threading.Thread(target=_end_with_parent, args=(parent,), daemon=True, name="raadsstukken-ouder").start()


def _end_with_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.25)
    os._exit(1)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (a stale lock's holder). Windows: OpenProcess and its exit
    code (os.kill there would end the process); POSIX: signal 0."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def exclusive_address(sock: Any) -> None:
    """A listening socket no other program can share. POSIX: SO_REUSEADDR (a restart does not wait for
    old connections; a port another program listens on still refuses). Windows: SO_EXCLUSIVEADDRUSE,
    since SO_REUSEADDR there would let two programs listen on one port."""
    import socket

    if WINDOWS:
        sock.setsockopt(socket.SOL_SOCKET, getattr(socket, "SO_EXCLUSIVEADDRUSE", -5), 1)
    else:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)


def address_in_use(exc: OSError) -> bool:
    """Whether binding failed because another program listens on that port (Windows reports WSAEADDRINUSE)."""
    return exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", 10048))
