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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__
from generator.files import write_chunks

MANIFEST = ".manifest.json"
JOURNAL = ".manifest.journal"
ABSENT = "absent"


def file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
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

    @classmethod
    def read(cls, out_dir: Path) -> Manifest:
        manifest = cls(out_dir)
        try:
            raw = json.loads((out_dir / MANIFEST).read_text("utf-8"))
            for name, value in raw.get("outputs", {}).items():
                manifest.entries[name] = Entry(**value)
            manifest.fingerprint = str(raw.get("fingerprint", ""))
        except (OSError, ValueError, TypeError):
            pass
        try:
            for line in (out_dir / JOURNAL).read_text("utf-8").splitlines():
                try:
                    record = json.loads(line)
                    manifest.journal.setdefault(record["output"], set()).add(record["sha256"])
                except (ValueError, KeyError, TypeError):
                    continue
        except OSError:
            pass
        return manifest

    def made_by_us(self, name: str, current: str) -> bool:
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
        self._fd, self._pid = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644), os.getpid()
        return self._fd

    def close(self) -> None:
        if self._fd is not None and self._pid == os.getpid():
            os.close(self._fd)
        self._fd = None

    def __getstate__(self) -> dict[str, object]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.path, self._fd, self._pid = state["path"], None, 0  # type: ignore[assignment]
