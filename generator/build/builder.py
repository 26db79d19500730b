"""One document of a build: is it still current, and if not, load, prepare, render and write it.

A `Builder` holds what one build needs (project, options, manifest, journal, the index of the last
build, the file hashes of this build). The parent decides by `stat` which documents are current
(`current`); the stale ones go to `work`, in this process or in a worker that received the builder
when it started. A worker sends back, with each outcome, what it learned (the stamps and hashes of
the files it read and wrote) and the facts the collections keep of the document, so the parent never
loads that file again.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING, Any

from generator import __version__
from generator.build.index import OUT, Index, Seen, Source, observe, settled, stamp_of
from generator.build.manifest import ABSENT, Entry, Inside, Journal, Manifest, bytes_hash, file_hash
from generator.build.report import Outcome
from generator.errors import InternalError, Issue, RaadsstukkenError, UserError, ValidationFailed, display_path
from generator.files import Within, write_bytes
from generator.loading.project import TEMPLATES, Project

if TYPE_CHECKING:
    from generator.build.pipeline import Options
    from generator.loading.project import Loaded
    from generator.soorten.document import Prepared

BUILTIN = "raadsstukken:"
VERSION = "raadsstukken"


@dataclass(frozen=True)
class Item:
    """A document to make: its data file, its output name, and what the manifest says of its outputs
    (the entries and the journal's hashes), so a worker needs no manifest of its own."""

    source: Path
    name: str
    entries: dict[str, Entry | None] = field(default_factory=dict)
    journal: dict[str, set[str]] = field(default_factory=dict)
    facts_only: bool = False
    """Current, but the collections' facts of it are not known (a first build with this index)."""


def signature(inputs: dict[str, str], outputs: dict[str, str]) -> str:
    """One hash of a document's inputs and outputs as they were when it was made."""
    digest = hashlib.sha256(f"{__version__}\n".encode())
    for key in sorted(inputs):
        if key != VERSION:
            digest.update(f"{key}\0{inputs[key]}\n".encode())
    for name in sorted(outputs):
        digest.update(f"{OUT}{name}\0{outputs[name]}\n".encode())
    return digest.hexdigest()


@dataclass
class Builder:
    project: Project
    options: Options
    manifest: Manifest
    journal: Journal
    index: Index | None = None
    hashes: dict[str, str] = field(default_factory=dict)
    """File hashes of this build (a file is hashed once per build and process)."""
    learned: dict[str, Seen] = field(default_factory=dict)
    """What this process saw of the files it hashed and wrote, for the next build's index."""
    containment: dict[str, Inside] = field(default_factory=dict)
    """The project and the built-in templates: their folders resolved once per build."""
    keeps: frozenset[str] = frozenset()
    """The collections that read their members whole."""
    consistent: bool = False
    """The index's records were all made or confirmed by the last build, a whole one that ended
    clean: a record whose files all keep their stamps is then current without more ado."""
    keys: dict[Path, str] = field(default_factory=dict)
    decided: dict[str, list[str]] = field(default_factory=dict)
    """Data file → the files that decide what its document shows without being named by it (the
    vergaderingen that voted on a motie): an output is current only when it was made from them all."""
    claimed: frozenset[str] = frozenset()
    """Every output name a data file or a collection writes: a document's part may not take one."""
    _changed: set[str] | None = None
    _within: Within | None = None
    """build/ and its folders, resolved once per build (`files.inside` for every output)."""
    _parts: dict[str, list[str]] | None = None
    _input_keys: dict[str, str] = field(default_factory=dict)

    def input_key(self, path: Path) -> str:
        """How the manifest names an input: relative to the project (so a manifest committed with
        build/ stays valid in a CI checkout elsewhere), built-in templates as `raadsstukken:…`."""
        text = str(path)
        known = self._input_keys.get(text)
        if known is not None:
            return known
        key = self._input_keys[text] = self._key_of(text)
        return key

    def _key_of(self, text: str) -> str:
        for base, prefix in ((str(self.project.root), ""), (str(TEMPLATES.parent), BUILTIN)):
            if text.startswith(base + os.sep):
                return sys.intern(prefix + text[len(base) + 1:].replace(os.sep, "/"))
        return sys.intern(text)

    def input_path(self, key: str) -> Path | None:
        """Where an input recorded in the manifest lives; None for a key that leaves the project
        or the built-in templates (the manifest is not trusted)."""
        base, rest = (TEMPLATES.parent, key[len(BUILTIN):]) if key.startswith(BUILTIN) else (self.project.root, key)
        inside_ = self.containment.get(str(base))
        if inside_ is None:
            inside_ = self.containment[str(base)] = Inside(base)
        return base / rest if inside_(rest) else None

    def source_key(self, source: Path) -> str:
        key = self.keys.get(source)
        if key is None:
            key = self.keys[source] = display_path(source, self.project.root)
        return key

    def hash(self, path: str) -> str:
        """The hash of an input by its path, as the manifest records it."""
        return self.digest(self.input_key(Path(path)))

    def digest(self, key: str) -> str:
        """The hash now of an input (by its manifest key) or an output (`uit:<name>`); "absent" when
        it is not a regular file, "?" when the key leaves the project. Taken from the index when the
        file's stamp is the settled one recorded there; else the file is read."""
        if key in self.hashes:
            return self.hashes[key]
        if key in self.learned:  # written or hashed by this build, in this process or a worker
            return self.learned[key].sha
        stamp, settled_ = observe(self._raw(key))
        seen = self.index.files.get(key) if self.index is not None else None
        if seen is not None and seen.vouches(stamp):
            sha = seen.sha
        else:
            path = self._located(key)
            if path is None:
                return "?"
            sha = file_hash(path) if stamp else ABSENT
            self.learned[key] = Seen(stamp, settled_, sha)
        self.hashes[sys.intern(key)] = sys.intern(sha)
        return sha

    def changed(self) -> set[str]:
        """The files named in the index (inputs and outputs of every record) whose hash is not the
        recorded one any more: one `stat` each, and a read only where the stamp cannot tell."""
        if self._changed is None:
            assert self.index is not None
            keys: set[str] = set()
            for record in self.index.sources.values():
                keys.update(record.inputs)
                keys.update(OUT + name for name in record.outputs)
            files, raw, stat_, regular, known = self.index.files, self._raw, os.stat, S_ISREG, self.hashes
            changed = set()
            for key in keys:
                seen = files.get(key)
                if seen is None:
                    changed.add(key)
                    continue
                if seen.settled:
                    try:
                        found = stat_(raw(key))
                        now = f"{found.st_ino}:{found.st_dev}:{found.st_size}:{found.st_mtime_ns}:{found.st_ctime_ns}" \
                            if regular(found.st_mode) else ""
                    except (OSError, ValueError):
                        now = ""
                    if now == seen.stamp:
                        known[key] = seen.sha  # `digest` need not look again (a list's 10,000 inputs)
                        continue
                if self.digest(key) != seen.sha:
                    changed.add(key)
            self._changed = changed
        return self._changed

    def _raw(self, key: str) -> str:
        """Where a key points, unchecked: only ever asked for its stamp."""
        if key.startswith(OUT):
            return f"{self.options.out_dir}/{key[len(OUT):]}"
        if key.startswith(BUILTIN):
            return f"{TEMPLATES.parent}/{key[len(BUILTIN):]}"
        return f"{self.project.root}/{key}"

    def _located(self, key: str) -> Path | None:
        """Where a key points, if that may be read (inside build/, the project or the built-in templates)."""
        if key.startswith(OUT):
            name = key[len(OUT):]
            return self.options.out_dir / name if self.manifest.inside(name) else None
        return self.input_path(key)

    def output_digest(self, name: str) -> str:
        return self.digest(OUT + name)

    def current(self, record: Source | None) -> bool:
        """Whether a document whose index record is `record` is still as it was made (by `stat`)."""
        if record is None or not record.signature:
            return False
        if self.consistent:  # every record agrees with the index's hashes: unchanged files, same document
            changed = self.changed()
            return changed.isdisjoint(record.inputs) and changed.isdisjoint([OUT + name for name in record.outputs])
        inputs = {key: self.digest(key) for key in record.inputs}
        outputs = {name: self.output_digest(name) for name in record.outputs}
        return signature(inputs, outputs) == record.signature

    def work(self, item: Item) -> Outcome:
        """Make one document; its outcome carries what was learned while making it (and only that:
        what this process learned before stays in `learned`, never copied into every outcome)."""
        where = display_path(item.source)
        before, self.learned = self.learned, {}
        try:
            outcome = self.build_one(item)
        except ValidationFailed as exc:
            outcome = Outcome(item.source, "fout", exc.issues)
        except RaadsstukkenError as exc:
            outcome = Outcome(item.source, "fout", [Issue(where, message=str(exc))])
        except MemoryError:
            outcome = Outcome(item.source, "fout", [Issue(where, message="te weinig geheugen bij het maken van dit document")])
        except Exception as exc:
            if os.environ.get("RAADSSTUKKEN_DEBUG"):
                raise
            from generator.messages import described_bug

            bug = InternalError(described_bug(exc))
            outcome = Outcome(item.source, "fout", [Issue(where, message=str(bug))], bug=True)
        outcome.seen, self.learned = self.learned, before
        return outcome

    def build_one(self, item: Item) -> Outcome:
        from generator.soorten.document import prepare

        loaded = self.project.load(item.source)
        facts = self.facts(loaded)
        if item.facts_only:
            return Outcome(item.source, "ongewijzigd", facts=facts, loaded=self._handed(loaded, facts))
        prepared = prepare(self.project, loaded)
        if prepared is None:
            return Outcome(item.source, "geen", list(loaded.doc.warnings))
        outcome = self.emit(item.source, item.name, prepared, item)
        for suffix, part in prepared.parts:
            outcome = merged(outcome, self.emit_part(item, item.name[:-5] + suffix + ".docx", part))
        outcome.issues[:0] = loaded.doc.warnings
        outcome.facts, outcome.loaded = facts, self._handed(loaded, facts)
        return outcome

    def emit_part(self, item: Item, name: str, prepared: Prepared) -> Outcome:
        """One part of a document (a vergadering's stemmingslijst), unless another file writes that name."""
        if name in self.claimed:
            return Outcome(item.source, "fout", [Issue(display_path(item.source), message=f"maakt {name}, maar dat bestand"
                                                       " maakt al een ander gegevensbestand of overzicht",
                                                       hint="geef een van beide bestanden een andere naam")])
        return self.emit(item.source, name, prepared, item)

    def parts_of(self, source: Path, name: str) -> list[str]:
        """The parts the last build made of `source` (a vergadering's stemmingslijst and besluitenlijst)."""
        if self._parts is None:
            self._parts = {}
            for entry_name, entry in self.manifest.entries.items():
                if entry_name.endswith(".docx"):
                    self._parts.setdefault(entry.source, []).append(entry_name)
        return sorted(n for n in self._parts.get(self.source_key(source), []) if n != name)

    def knows(self, source: Path, inputs: list[str] | dict[str, str]) -> bool:
        """Whether a document was made from every file that decides it (a vergadering voting on it)."""
        return all(self.input_key(Path(p)) in inputs for p in self.decided.get(str(source), ()))

    def unchanged(self, source: Path, entries: dict[str, Entry | None]) -> bool:
        """Without an index record: every output of `source` is as the manifest says, made from what decides it."""
        out = self.options.out_dir
        for name, entry in entries.items():
            if name.endswith(".docx") and not self.fresh(entry, out / name, entries.get(name[:-5] + ".txt"),
                                                         out / (name[:-5] + ".txt")):
                return False
        first = next(iter(entries.values()))
        return first is not None and self.knows(source, first.inputs)

    def facts(self, loaded: Loaded) -> dict[str, Any]:
        from generator.soorten.collections import facts_of

        return facts_of(self.project, loaded)

    def _handed(self, loaded: Loaded, facts: dict[str, Any]) -> tuple[Path, Any, Loaded] | None:
        """The whole document, for a collection that reads its members whole: kept in this process's
        project until the build ends, and sent back by a worker with the stamp it was loaded at."""
        if not self.keeps.intersection(facts):
            return None
        return self.project.pin(loaded.path)

    def emit(self, source: Path, name: str, prepared: Prepared, item: Item | None = None) -> Outcome:
        """Render one prepared document and write it (and its .txt) unless nothing changed."""
        from generator.word.docxtext import parts_text
        from generator.word.render import render_parts

        options = self.options
        txt_name = name[:-5] + ".txt"
        data, parts = render_parts(prepared.template, prepared.context, prepared.properties, prepared.media, prepared.post,
                                  prepared.descriptions)
        text = (prepared.text or parts_text)(parts).encode("utf-8")
        inputs = {}
        for path in prepared.inputs:  # the key once per input (`hash` would make it again)
            key = self.input_key(path)
            inputs[key] = self.digest(key)
        inputs[VERSION] = __version__
        src = display_path(source, self.project.root)
        payloads = {name: data, txt_name: text}
        entries = {n: Entry(src, inputs, bytes_hash(p)) for n, p in payloads.items()}
        old = item.entries if item is not None else {n: self.manifest.entries.get(n) for n in payloads}
        journal = item.journal if item is not None else {n: self.manifest.journal.get(n, set()) for n in payloads}
        issues = [i for n, p in payloads.items() for i in self.guard(n, p, old.get(n), journal.get(n, set()))]
        if issues:
            return Outcome(source, "handmatig" if not options.check else "verouderd", issues, entries)
        if options.check:
            changed = any(self.output_digest(n) != e.sha256 for n, e in entries.items())
            if changed or old.get(name) is None:
                return Outcome(source, "verouderd", [Issue(display_path(options.out_dir / name), message="ontbreekt of is verouderd",
                                                             hint="draai 'raadsstukken build' en commit het resultaat")])
            return Outcome(source, "ongewijzigd", entries=entries)
        written = False
        for out_name in (txt_name, name):
            written = self._write(out_name, payloads[out_name]) or written
        return Outcome(source, "gebouwd" if written else "ongewijzigd", entries=entries)

    def _write(self, name: str, payload: bytes) -> bool:
        """Write one output unless it already holds these bytes; record its stamp either way."""
        target = self.options.out_dir / name
        if self._within is None:
            self._within = Within(self.options.out_dir)
        if not self._within(target):
            raise UserError(f"uitvoer {name} zou buiten {self.options.out_dir} komen")
        digest = bytes_hash(payload)
        written = self.output_digest(name) != digest
        if written:
            self.journal.record(name, digest)
            write_bytes(target, payload)
        found = os.stat(target)  # written by us: its bytes are known, so its stamp is trusted at once
        self.learned[OUT + name] = Seen(stamp_of(found), written or settled(found), digest)
        self.hashes[OUT + name] = digest
        return written

    def fresh(self, entry: Entry | None, out: Path, txt_entry: Entry | None, txt: Path) -> bool:
        """Whether outputs recorded in the manifest are current (without an index record): every input
        hashed as it is now, compared with the entry."""
        if entry is None or txt_entry is None or entry.inputs.get(VERSION) != __version__:
            return False
        for key, digest in entry.inputs.items():
            path = self.input_path(key) if key != VERSION else None
            if key != VERSION and (path is None or self.digest(key) != digest):
                return False
        return self._out_hash(out) == entry.sha256 and self._out_hash(txt) == txt_entry.sha256

    def _out_hash(self, out: Path) -> str:
        try:
            name = out.relative_to(self.options.out_dir).as_posix()
        except ValueError:
            return file_hash(out)
        return self.output_digest(name)

    def guard(self, name: str, new: bytes, entry: Entry | None, journal: set[str]) -> list[Issue]:
        """An existing output we did not write (or that was changed since) is not overwritten."""
        path = self.options.out_dir / name
        current = self.output_digest(name)
        ours = current != ABSENT and self.manifest.inside(name) and (
            (entry is not None and entry.sha256 == current) or current in journal)
        if self.options.force or current in (ABSENT, bytes_hash(new)) or ours:
            return []
        return [Issue(display_path(path), message="is met de hand gewijzigd en wordt niet overschreven",
                      hint="bewaar uw versie onder een andere naam en verwijder dit bestand, of bouw met --force om haar te vervangen")]

    def __getstate__(self) -> dict[str, object]:
        return {**vars(self), "hashes": {}, "learned": {}, "index": None, "_changed": None, "keys": {},
                "_parts": None}  # a worker hashes for itself


RANK = ("fout", "handmatig", "verouderd", "gebouwd", "ongewijzigd", "geen")


def merged(first: Outcome, second: Outcome) -> Outcome:
    """One outcome for a document and its parts: the most telling status, all issues and entries."""
    status = min(first.status, second.status, key=RANK.index)
    return Outcome(first.source, status, [*first.issues, *second.issues], {**first.entries, **second.entries},
                   first.bug or second.bug)
