"""build/.index: what the last build saw, so that the next one tells what changed by `stat` alone.

For every file a build read (data files, profiles, templates, logos) and wrote (its outputs), the
index keeps its stamp (inode, device, size, modification and change time) next to its SHA-256; per
data file, which outputs it made, which inputs those depend on, and the facts the collections keep
of it (a motie's row in the motievolglijst). A file whose stamp is what the index recorded has the
recorded hash without being read; any other file is read and hashed, as without an index.

A stamp is only trusted when it was "settled" when recorded: the file had not changed for
SETTLE_NS before it was looked at. A change after that gives a later modification or change time,
and so another stamp, even on a file system with coarse timestamps; a change within the same tick
as the recorded one is what the settle time rules out. Outputs are recorded right after this tool
wrote them (their bytes are known). The change time cannot be set back (`touch -d` sets only the
modification time), so a file restored with its old times still differs.

Nothing in build/ is trusted (docs/security.md): an index of any other shape is ignored, a path in
it that leaves the project is never read, and it holds JSON, never pickle. At worst a forged index
makes a build skip work, as a forged manifest can; `build --force` reads no index. It is only used
when it belongs to the manifest beside it (the manifest's own stamp is recorded in it).

The file is JSON lines: a head, then records; a build that changed a few files appends a few
records (the last record for a name counts) and the file is rewritten whole when it has grown to
twice its live size.
"""

from __future__ import annotations

import json
import os
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from generator import __version__
from generator.files import Unreadable, read_regular, write_chunks
from generator.loading.discovery import listing

INDEX = ".index"
FORMAT = 2
SETTLE_NS = 2_000_000_000
MAX_INDEX = 512 * 1024 * 1024
OUT = "uit:"
"""Outputs are recorded as `uit:<name>`, inputs by their manifest key: the two never collide."""
SEP = "\0"
"""Between the names of a record's outputs and inputs (no file name holds it)."""

Stamp = str
"""inode:device:size:modification time:change time (nanoseconds); "" for no regular file."""


def observe(path: str | Path) -> tuple[Stamp, bool]:
    """The stamp of a regular file ("" when it is absent or not a regular file), and whether it
    is settled (unchanged for SETTLE_NS)."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return "", True
    if not stat.S_ISREG(found.st_mode):
        return "", True
    return stamp_of(found), time.time_ns() - max(found.st_mtime_ns, found.st_ctime_ns) > SETTLE_NS


def stamp_of(found: os.stat_result) -> Stamp:
    if not stat.S_ISREG(found.st_mode):
        return ""
    return f"{found.st_ino}:{found.st_dev}:{found.st_size}:{found.st_mtime_ns}:{found.st_ctime_ns}"


def settled(found: os.stat_result) -> bool:
    return time.time_ns() - max(found.st_mtime_ns, found.st_ctime_ns) > SETTLE_NS


class Seen(NamedTuple):
    """A file as a build saw it: its stamp ("": absent), whether that stamp may be trusted, its hash."""

    stamp: Stamp
    settled: bool
    sha: str

    def vouches(self, now: Stamp) -> bool:
        """Whether a file with stamp `now` certainly still has this hash."""
        return self.settled and self.stamp == now

    def record(self, key: str) -> list[Any]:
        return ["f", key, self.stamp, int(self.settled), self.sha]


class Source:
    """One data file as the last build made it (a collection under `data#<name>`): its outputs, the
    inputs they were made from, one hash of both (builder.signature), and the collections' facts.
    Outputs and inputs are kept as read (names joined by NUL) until they are asked for."""

    __slots__ = ("_inputs", "_outputs", "facts", "signature")

    def __init__(self, outputs: list[str] | str, inputs: list[str] | str, signature: str = "",
                 facts: dict[str, Any] | None = None) -> None:
        self._outputs = outputs if isinstance(outputs, str) else SEP.join(outputs)
        self._inputs = inputs if isinstance(inputs, str) else SEP.join(inputs)
        self.signature, self.facts = signature, facts or {}

    @property
    def outputs(self) -> list[str]:
        return self._outputs.split(SEP) if self._outputs else []

    @property
    def inputs(self) -> list[str]:
        return self._inputs.split(SEP) if self._inputs else []

    def record(self, key: str) -> list[Any]:
        return ["s", key, self._outputs, self._inputs, self.signature, self.facts]


@dataclass
class Index:
    out_dir: Path
    files: dict[str, Seen] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    head: dict[str, Any] = field(default_factory=dict)
    """version, manifest (its stamp as written), today (the peildatum of the collections), clean
    (the last whole build had no errors and made the collections), folders (the data folders'
    stamps, when they stand for the files in them)."""
    records: int = 0
    """Records in the file as read (live or overwritten), to know when to rewrite it."""
    stamp: Stamp = ""
    """The index file's own stamp when it was read."""

    @property
    def path(self) -> Path:
        return self.out_dir / INDEX

    @classmethod
    def read(cls, out_dir: Path) -> Index:
        """The index, or an empty one when it is absent, unreadable or of any other shape."""
        index = cls(out_dir)
        try:
            index.stamp = observe(index.path)[0]
            data = read_regular(index.path, MAX_INDEX)
            rows = json.loads(b"[" + data.rstrip(b"\n").replace(b"\n", b",") + b"]")
            index._take(rows)
        except (Unreadable, ValueError, TypeError, KeyError, IndexError, RecursionError):
            return cls(out_dir)
        return index

    def _take(self, rows: list[Any]) -> None:
        head = rows[0]
        if not (type(head) is dict and head.get("format") == FORMAT and head.get("tool") == "raadsstukken"):
            raise ValueError("head")
        self.head = head
        files, sources = self.files, self.sources
        for row in rows[1:]:
            kind, key, *rest = row
            if type(key) is not str:
                raise TypeError("key")
            if kind == "f":
                stamp, settled_, sha = rest
                if type(stamp) is not str or type(sha) is not str or settled_ not in (0, 1):
                    raise TypeError("seen")
                files[key] = Seen(stamp, settled_ == 1, sha)
            elif kind == "s":
                outputs, inputs, signature, facts = rest
                if type(outputs) is not str or type(inputs) is not str or type(signature) is not str or type(facts) is not dict:
                    raise TypeError("source")
                sources[key] = Source(outputs, inputs, signature, facts)
            elif kind == "-s":
                sources.pop(key, None)
            elif kind == "h" and type(rest[0]) is dict:
                self.head.update(rest[0])
            else:
                raise ValueError("kind")
        self.records = len(rows) - 1

    def belongs_to(self, manifest_stamp: Stamp) -> bool:
        """Whether the sources' records describe the manifest now in build/ (written by this tool,
        unchanged since) in this version of the tool."""
        recorded = self.head.get("manifest")
        return self.head.get("version") == __version__ and bool(recorded) and recorded == manifest_stamp

    def write(self, files: dict[str, Seen], sources: dict[str, Source | None], head: dict[str, Any]) -> None:
        """Record what changed: appended, or the whole index rewritten when appending would let it grow
        past twice its live size (or when there is none yet)."""
        self.files.update(files)
        for key, source in sources.items():
            if source is None:
                self.sources.pop(key, None)
            else:
                self.sources[key] = source
        self.head = {**self.head, **head, "format": FORMAT, "tool": "raadsstukken", "version": __version__}
        changes = [*(s.record(k) if s else ["-s", k] for k, s in sources.items()),
                   *(seen.record(k) for k, seen in files.items()), ["h", "", head]]
        live = len(self.files) + len(self.sources)
        if self.records and self.path.is_file() and self.records + len(changes) <= 2 * live + 16:
            with open(self.path, "ab") as handle:
                handle.write(b"".join(_line(row) for row in changes))
            self.records += len(changes)
            return
        self._prune()
        write_chunks(self.path, self._lines())
        self.records = len(self.files) + len(self.sources)

    def _prune(self) -> None:
        """Forget files that no record names any more (deleted data files, old outputs)."""
        named = {OUT + name for record in self.sources.values() for name in record.outputs}
        for record in self.sources.values():
            named.update(record.inputs)
        self.files = {key: seen for key, seen in self.files.items() if key in named}

    def _lines(self) -> Iterator[bytes]:
        yield _line(self.head)
        for key in sorted(self.sources):
            yield _line(self.sources[key].record(key))
        for key in sorted(self.files):
            yield _line(self.files[key].record(key))


def _line(row: Any) -> bytes:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def settled_folders(listings: dict[str, str]) -> dict[str, list[int]]:
    """The folders a survey walked whose stamp can stand for their contents from now on: each one
    looked at again, its stamp settled (unchanged for two seconds) and then its names the same as
    the survey found. A later change of names gives it another stamp (see build/index.py)."""
    found = {}
    for folder, names in listings.items():
        try:
            info = os.stat(folder)
            if time.time_ns() - max(info.st_mtime_ns, info.st_ctime_ns) <= SETTLE_NS:
                return {}
            if listing(folder) != names:
                return {}
        except OSError:
            return {}
        found[folder] = [info.st_ino, info.st_dev, info.st_mtime_ns, info.st_ctime_ns]
    return found  # all or none: a folder left out could hold a new file


def unchanged_folders(recorded: object) -> bool:
    """Whether every folder recorded by `settled_folders` still has its stamp (then the data files
    are the ones the survey found then)."""
    if not isinstance(recorded, dict) or not recorded:
        return False
    for folder, stamp in recorded.items():
        try:
            info = os.stat(folder)
        except (OSError, ValueError, TypeError):
            return False
        if stamp != [info.st_ino, info.st_dev, info.st_mtime_ns, info.st_ctime_ns]:
            return False
    return True
