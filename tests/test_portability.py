"""Nothing outside generator/portable.py uses what only Unix (or only Windows) has.

The tables below are the authority on what counts as platform-specific: modules, os flags and
functions, signals, subprocess arguments and start methods. The check reads each module's syntax
tree (aliases and `from … import` included, and getattr with a literal name), so a comment or a
string that mentions O_NOFOLLOW is no use of it, and `import os as o; o.killpg` is.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PLATFORM_MODULE = REPO / "generator" / "portable.py"
CHECKED = ("generator", "tools", ".ci")

MODULES = {
    # Unix only
    "fcntl", "resource", "pwd", "grp", "termios", "tty", "pty", "posix", "syslog", "crypt", "spwd", "nis",
    "ossaudiodev", "curses", "readline", "_posixsubprocess", "_posixshmem",
    # Windows only
    "msvcrt", "winreg", "_winapi", "winsound", "nt", "msilib", "_overlapped",
}
ATTRIBUTES = {
    "os": {
        "O_NOFOLLOW", "O_NONBLOCK", "O_NDELAY", "O_CLOEXEC", "O_DIRECTORY", "O_NOCTTY", "O_SYNC", "O_DSYNC", "O_RSYNC",
        "O_ASYNC", "O_PATH", "O_TMPFILE", "O_NOATIME", "O_DIRECT", "O_LARGEFILE", "O_EXLOCK", "O_SHLOCK",
        "set_blocking", "get_blocking", "fork", "forkpty", "register_at_fork", "killpg", "getpgid", "getpgrp", "setpgid",
        "setpgrp", "setsid", "getsid", "getuid", "geteuid", "getgid", "getegid", "getgroups", "setuid", "setgid",
        "seteuid", "setegid", "setreuid", "setregid", "getresuid", "getresgid", "setresuid", "setresgid", "initgroups",
        "chown", "lchown", "fchown", "fchmod", "lchmod", "chroot", "mkfifo", "mknod", "major", "minor", "makedev",
        "pipe2", "getloadavg", "sync", "fdatasync", "statvfs", "fstatvfs", "nice", "getpriority", "setpriority",
        "wait3", "wait4", "waitid", "WNOHANG", "WUNTRACED", "openpty", "login_tty", "ttyname", "ctermid", "sysconf",
        "fpathconf", "pathconf", "confstr", "posix_spawn", "posix_spawnp", "posix_fadvise", "posix_fallocate",
        "sendfile", "lockf", "F_LOCK", "F_TLOCK", "F_ULOCK", "F_TEST", "sched_setaffinity", "sched_getaffinity",
        "uname", "memfd_create", "eventfd", "splice", "copy_file_range", "pidfd_open", "pread", "pwrite", "preadv",
        "pwritev", "unshare", "setns", "getlogin_r", "EX_OK",
        # Windows only
        "startfile", "add_dll_directory", "O_BINARY", "O_NOINHERIT", "O_TEXT", "O_TEMPORARY", "O_SHORT_LIVED",
        "O_RANDOM", "O_SEQUENTIAL", "get_handle_inheritable", "set_handle_inheritable",
    },
    "signal": {
        "SIGALRM", "SIGKILL", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGCHLD", "SIGPIPE", "SIGCONT", "SIGSTOP",
        "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGBUS", "SIGIO",
        "SIGPOLL", "SIGSYS", "SIGTRAP", "SIGURG", "SIGPWR", "SIGRTMIN", "SIGRTMAX", "SIGIOT", "SIGEMT", "SIGINFO",
        "SIGSTKFLT", "alarm", "setitimer", "getitimer", "ITIMER_REAL", "ITIMER_VIRTUAL", "ITIMER_PROF", "ItimerError",
        "pause", "siginterrupt", "sigwait", "sigpending", "pthread_kill", "pthread_sigmask", "sigtimedwait",
        "sigwaitinfo", "SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK", "pidfd_send_signal",
        # Windows only
        "CTRL_C_EVENT", "CTRL_BREAK_EVENT", "SIGBREAK",
    },
    "subprocess": {
        "CREATE_NEW_PROCESS_GROUP", "CREATE_NEW_CONSOLE", "CREATE_NO_WINDOW", "DETACHED_PROCESS", "STARTUPINFO",
        "STARTF_USESHOWWINDOW", "STARTF_USESTDHANDLES", "SW_HIDE",
    },
    "shutil": {"chown"},
    "asyncio": {"add_signal_handler", "remove_signal_handler"},  # also as a method of a loop, see below
}
METHODS = {"add_signal_handler", "remove_signal_handler"}
"""Names that are platform-specific whatever they are called on (asyncio's loop methods are Unix only)."""
SUBPROCESS_CALLS = {"Popen", "run", "call", "check_call", "check_output"}
SUBPROCESS_KEYWORDS = {
    "start_new_session", "preexec_fn", "process_group", "user", "group", "extra_groups", "umask", "pass_fds",
    "restore_signals",  # POSIX only
    "creationflags", "startupinfo",  # Windows only
}
START_METHODS = {"fork", "forkserver"}
START_CALLS = {"get_context", "set_start_method"}


def findings(source: str, name: str = "<code>") -> list[str]:
    """Every platform-specific use in `source`, as 'name:line: what'."""
    tree = ast.parse(source, name)
    aliases = _aliases(tree)
    found = []
    for node in ast.walk(tree):
        what = _use(node, aliases)
        if what:
            found.append(f"{name}:{node.lineno}: {what}")  # type: ignore[attr-defined]
    return found


def _aliases(tree: ast.AST) -> dict[str, str]:
    """Local name → the standard module it stands for (import os as o; from os import path)."""
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                aliases[(alias.asname or alias.name).split(".")[0]] = alias.name.split(".")[0]
    return aliases


def _use(node: ast.AST, aliases: dict[str, str]) -> str | None:
    if isinstance(node, ast.Import):
        hits = [alias.name for alias in node.names if alias.name.split(".")[0] in MODULES]
        return f"import {', '.join(hits)}" if hits else None
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        top = node.module.split(".")[0]
        if top in MODULES:
            return f"from {node.module} import …"
        hits = [alias.name for alias in node.names if alias.name in ATTRIBUTES.get(top, set())]
        return f"from {node.module} import {', '.join(hits)}" if hits else None
    if isinstance(node, ast.Attribute):
        return _attribute(node, aliases)
    if isinstance(node, ast.Call):
        return _call(node, aliases)
    return None


def _attribute(node: ast.Attribute, aliases: dict[str, str]) -> str | None:
    if node.attr in METHODS:
        return f".{node.attr}"
    if isinstance(node.value, ast.Name):
        module = aliases.get(node.value.id)
        if module and node.attr in ATTRIBUTES.get(module, set()):
            return f"{module}.{node.attr}"
    return None


def _call(node: ast.Call, aliases: dict[str, str]) -> str | None:
    function = node.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    literal = [arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
    if name in ("getattr", "hasattr") and len(node.args) >= 2 and isinstance(node.args[0], ast.Name):
        module = aliases.get(node.args[0].id)
        if module and literal and literal[0] in ATTRIBUTES.get(module, set()):
            return f"{name}({module}, {literal[0]!r})"
    if name in SUBPROCESS_CALLS and _from_subprocess(function, aliases):
        named = [keyword.arg for keyword in node.keywords if keyword.arg]
        spread = [key.value for keyword in node.keywords if keyword.arg is None and isinstance(keyword.value, ast.Dict)
                  for key in keyword.value.keys if isinstance(key, ast.Constant)]  # **{"start_new_session": True}
        used = sorted(name for name in {*named, *spread} if name in SUBPROCESS_KEYWORDS)
        if used:
            return f"subprocess.{name}({', '.join(used)}=…)"
    if name in START_CALLS:
        methods = {*literal, *(k.value.value for k in node.keywords if isinstance(k.value, ast.Constant))}
        if methods & START_METHODS:
            return f"{name}({sorted(methods & START_METHODS)[0]!r})"
    return None


def _from_subprocess(function: ast.expr, aliases: dict[str, str]) -> bool:
    if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
        return aliases.get(function.value.id) == "subprocess"
    return isinstance(function, ast.Name) and function.id in ("Popen",)


def sources() -> Iterator[Path]:
    for folder in CHECKED:
        for path in sorted((REPO / folder).rglob("*.py")):
            if ".venv" not in path.parts and path != PLATFORM_MODULE:
                yield path
    for path in sorted((REPO / ".ci").glob("*")):
        if path.is_file() and path.suffix != ".py" and path.read_text("utf-8", "replace").startswith("#!/usr/bin/env python"):
            yield path


def test_no_platform_specific_code_outside_the_platform_module() -> None:
    found = [hit for path in sources() for hit in findings(path.read_text("utf-8"), str(path.relative_to(REPO)))]
    assert found == []


def test_the_platform_module_is_where_those_uses_are() -> None:
    """The check sees what it is meant to see: the platform module itself is full of it."""
    found = "\n".join(findings(PLATFORM_MODULE.read_text("utf-8"), "portable.py"))
    for expected in ("import fcntl", "import msvcrt", "import winreg", "import resource", "os.O_NOFOLLOW", "os.set_blocking",
                     "os.killpg", "signal.SIGKILL", "signal.SIGALRM", "signal.setitimer", "getattr(os, 'O_BINARY')"):
        assert expected in found, expected


def test_tests_import_no_platform_module_at_their_top() -> None:
    """The suite runs on Windows and macOS too (.github/workflows): a test module that imports fcntl or
    resource at its top would not even be collected there; inside a test that is skipped there, it may."""
    found = []
    for path in sorted((REPO / "tests").glob("*.py")):
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, ast.Import | ast.ImportFrom) and (what := _use(node, {})) and "import" in what.split()[0]:
                found.append(f"{path.name}:{node.lineno}: {what}")
    assert found == []


@pytest.mark.parametrize(("code", "expected"), [
    ("import fcntl", "<code>:1: import fcntl"),
    ("import resource as r", "<code>:1: import resource"),
    ("from msvcrt import locking", "<code>:1: from msvcrt import …"),
    ("import os\nos.open('x', os.O_RDONLY | os.O_NOFOLLOW)", "<code>:2: os.O_NOFOLLOW"),
    ("import os as o\no.killpg(1, 9)", "<code>:2: os.killpg"),
    ("from os import set_blocking", "<code>:1: from os import set_blocking"),
    ("import os\nflag = getattr(os, 'O_NONBLOCK', 0)", "<code>:2: getattr(os, 'O_NONBLOCK')"),
    ("import signal\nsignal.signal(signal.SIGALRM, print)", "<code>:2: signal.SIGALRM"),
    ("from signal import SIGKILL", "<code>:1: from signal import SIGKILL"),
    ("import subprocess\nsubprocess.Popen(['x'], start_new_session=True)", "<code>:2: subprocess.Popen(start_new_session=…)"),
    ("import subprocess as sp\nsp.run(['x'], preexec_fn=print)", "<code>:2: subprocess.run(preexec_fn=…)"),
    ("import subprocess\nsubprocess.Popen(['x'], **{'pass_fds': (3,)})", "<code>:2: subprocess.Popen(pass_fds=…)"),
    ("from multiprocessing import get_context\nget_context('fork')", "<code>:2: get_context('fork')"),
    ("loop.add_signal_handler(2, print)", "<code>:1: .add_signal_handler"),
    ("import os\nos.startfile('a.docx')", "<code>:2: os.startfile"),
])
def test_each_kind_of_platform_specific_use_is_found(code: str, expected: str) -> None:
    assert expected in findings(code)


@pytest.mark.parametrize("code", [
    "import os\nos.open('x', os.O_RDONLY | os.O_CREAT)",
    "# os.O_NOFOLLOW in a comment\nx = 'signal.SIGALRM in a string'",
    "import signal\nsignal.signal(signal.SIGINT, print)",
    "import subprocess\nsubprocess.run(['x'], timeout=3, env={})",
    "from multiprocessing import get_context\nget_context('spawn')",
    "from generator import portable\nportable.try_lock(3)",
])
def test_portable_code_is_not_flagged(code: str) -> None:
    assert findings(code) == []
