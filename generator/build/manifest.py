"""What the last build made, from which inputs: build/.manifest.json and its journal.

Per output: the source, the hash of every input it depends on (a path that did not exist is
recorded as "absent", so adding a gemeente's own template rebuilds its documents) and the hash
of the bytes written. A worker appends a line to the journal *before* it renames a new output into
place, so a build killed between the two never mistakes its own output for a hand edit.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__, portable
from generator.errors import Issue, UserError, display_path
from generator.files import Unreadable, read_regular, reason, write_chunks

MANIFEST = ".manifest.json"
JOURNAL = ".manifest.journal"
ABSENT = "absent"
MAX_MANIFEST = 512 * 1024 * 1024
MAX_WARNINGS = 20


def file_hash(path: Path) -> str:
    """The hash of a regular file; "absent" for anything else (a FIFO is never opened to wait)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # most often: an output or override not there (yet)
            return ABSENT
    except (OSError, ValueError):
        return ABSENT
    try:
        return hashlib.sha256(read_regular(path)).hexdigest()
    except Unreadable:
        return ABSENT


def bytes_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Entry:
    source: str
    inputs: dict[str, str]
    sha256: str
    version: str = __version__


@dataclass
class Manifest:
    out_dir: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    journal: dict[str, set[str]] = field(default_factory=dict)
    fingerprint: str = ""
    """Hash of every data file of the last full build: unchanged means cross-checks still hold."""

    warnings: list[Issue] = field(default_factory=list)
    _inside: Inside | None = field(default=None, repr=False, compare=False)

    def inside(self, name: str) -> bool:
        if self._inside is None:
            self._inside = Inside(self.out_dir)
        return self._inside(name)
    """What was wrong with build/ as found (a manifest of the wrong shape, a name outside build/)."""

    @classmethod
    def read(cls, out_dir: Path) -> Manifest:
        """Nothing in build/ is trusted: CI setups commit it, and anyone may edit it. A manifest of
        any other shape is treated as absent; an entry whose name leaves the output folder is ignored.
        Both with a warning, so at worst a build redoes work."""
        manifest = cls(out_dir)
        path = out_dir / MANIFEST
        try:
            raw = json.loads(read_regular(path, MAX_MANIFEST).decode("utf-8"))
            manifest.entries, manifest.fingerprint = manifest._checked(raw)
        except Unreadable as exc:
            if path.exists() or path.is_symlink():
                manifest._warn(path, f"wordt genegeerd: {exc.reason}")
        except (ValueError, TypeError, RecursionError):
            manifest._warn(path, "heeft niet de vorm die raadsstukken schrijft en wordt genegeerd")
        manifest.journal = manifest._read_journal()
        return manifest

    def _warn(self, path: Path, message: str) -> None:
        if len(self.warnings) >= MAX_WARNINGS or any(w.message == message for w in self.warnings):
            return
        self.warnings.append(Issue(display_path(path), message=message,
                                   hint="dit bestand wordt door raadsstukken geschreven; verwijder het of bouw met --force",
                                   severity="waarschuwing"))

    def _checked(self, raw: object) -> tuple[dict[str, Entry], str]:
        if not isinstance(raw, dict) or not isinstance(raw.get("outputs", {}), dict):
            raise TypeError("shape")
        fingerprint = raw.get("fingerprint", "")
        if not isinstance(fingerprint, str):
            raise TypeError("shape")
        entries = {}
        for name, value in raw.get("outputs", {}).items():
            entry = _entry(value)
            if entry is None:
                raise TypeError("shape")
            if self.owns(name):
                entries[name] = entry
        return entries, fingerprint

    def owns(self, name: object) -> bool:
        """Whether `name` is a relative path that stays inside the output folder after following
        links; otherwise it is ignored (with a warning), so no entry can reach a file elsewhere."""
        if isinstance(name, str) and self.inside(name):
            return True
        self._warn(self.out_dir / MANIFEST, f"noemt een uitvoer buiten de uitvoermap ({str(name)[:80]!r}); die wordt genegeerd")
        return False

    def _read_journal(self) -> dict[str, set[str]]:
        journal: dict[str, set[str]] = {}
        try:
            lines = read_regular(self.out_dir / JOURNAL, MAX_MANIFEST).decode("utf-8", "replace").splitlines()
        except Unreadable:
            return journal
        for line in lines:
            try:
                record = json.loads(line)
                name, digest = record["output"], record["sha256"]
            except (ValueError, KeyError, TypeError, RecursionError):
                continue
            if isinstance(digest, str) and self.owns(name):
                journal.setdefault(name, set()).add(digest)
        return journal

    def made_by_us(self, name: str, current: str) -> bool:
        """Whether the file now at `name` holds bytes this tool recorded writing there."""
        if current == ABSENT or not self.inside(name):
            return False
        entry = self.entries.get(name)
        return (entry is not None and entry.sha256 == current) or current in self.journal.get(name, set())

    def write(self) -> None:
        """One line per output (sorted), so the file diffs well and is written without a big copy."""
        head = json.dumps({"tool": "raadsstukken", "version": __version__, "fingerprint": self.fingerprint},
                          sort_keys=True)[:-1]
        names = sorted(self.entries)

        def lines() -> Iterator[bytes]:
            yield f"{head},\n\"outputs\": {{\n".encode()
            for index, name in enumerate(names):
                comma = "," if index < len(names) - 1 else ""
                entry = json.dumps(vars(self.entries[name]), sort_keys=True, ensure_ascii=False)
                yield f"{json.dumps(name, ensure_ascii=False)}: {entry}{comma}\n".encode()
            yield b"}}\n"

        write_chunks(self.out_dir / MANIFEST, lines())
        (self.out_dir / JOURNAL).unlink(missing_ok=True)


def _entry(value: object) -> Entry | None:
    """An entry exactly as `write` makes it, or None."""
    if not isinstance(value, dict) or set(value) - {"source", "inputs", "sha256", "version"}:
        return None
    source, inputs, digest, version = (value.get(k) for k in ("source", "inputs", "sha256", "version"))
    if not (isinstance(source, str) and isinstance(digest, str) and isinstance(version, str | None)
            and isinstance(inputs, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in inputs.items())):
        return None
    return Entry(source, inputs, digest, version or "")


class Inside:
    """Whether names stay inside one folder once links are resolved. Each folder on the way is
    resolved once per run (a build names thousands of files in a handful of folders); a name that
    is itself a link is resolved every time."""

    def __init__(self, folder: Path) -> None:
        self.base = os.path.realpath(folder)
        self._folders: dict[str, str] = {"": self.base}

    def __call__(self, name: str) -> bool:
        if not name or "\0" in name or "\\" in name or name.startswith("/") or len(name) > 4096:
            return False
        if any(part in ("", ".", "..") for part in name.split("/")):
            return False
        parent, _, leaf = name.rpartition("/")
        try:
            real = self._folders.get(parent)
            if real is None:
                real = self._folders[parent] = os.path.realpath(os.path.join(self.base, parent))
            if real != self.base and not real.startswith(self.base + os.sep):
                return False
            target = os.path.join(real, leaf)
            return not os.path.islink(target) or os.path.realpath(target).startswith(self.base + os.sep)
        except (OSError, ValueError):
            return False


def safe_name(out_dir: Path, name: str) -> bool:
    """A relative name without `..`, NUL or a drive, inside `out_dir` once links are resolved."""
    return Inside(out_dir)(name)


def _open_journal(path: Path) -> int:
    """Open for appending, never through a link and never a FIFO (opening one to write would wait
    for a reader): what is not our regular file is removed first, it lives in build/ under our name."""
    try:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            if path.is_dir() and not path.is_symlink():
                path.rmdir()
            else:
                path.unlink()
        fd = portable.open_fd(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644, follow=False)
    except OSError as exc:
        raise UserError(f"kan {display_path(path)} niet schrijven ({reason(exc)[0]})",
                        "verwijder dit bestand; raadsstukken maakt het opnieuw") from None
    return fd


class Journal:
    """The append-only journal of one build: a line per output *before* its rename.

    One descriptor per process (O_APPEND: lines from workers never mix); a worker that receives
    the journal by pickling opens its own. Not fsynced: the journal guards against a killed build,
    whose written data the kernel keeps."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / JOURNAL
        self._fd: int | None = None
        self._pid = 0

    def record(self, name: str, sha256: str) -> None:
        line = json.dumps({"output": name, "sha256": sha256}) + "\n"
        os.write(self._descriptor(), line.encode("utf-8"))

    def _descriptor(self) -> int:
        if self._fd is not None and self._pid == os.getpid() and self.path.exists():
            return self._fd
        self.close()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd, self._pid = _open_journal(self.path), os.getpid()
        return self._fd

    def close(self) -> None:
        if self._fd is not None and self._pid == os.getpid():
            os.close(self._fd)
        self._fd = None

    def __getstate__(self) -> dict[str, object]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.path, self._fd, self._pid = state["path"], None, 0  # type: ignore[assignment]
