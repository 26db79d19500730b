"""Build: data files → documents, incremental, parallel, reproducible and safe.

Sphinx-style: an output is rebuilt only when the hash of one of its inputs (data file, referenced
files, gemeente profile, the template actually used, the tool version) changed. Outputs are
written atomically; one that no longer matches what we wrote was edited by hand and is kept.

A `Builder` holds everything one build needs (project, options, manifest, journal, the file
hashes of this build); it is handed to each worker process and lives no longer than the build.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable, Generator, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator.build.lifetime import build_lock, run_pool, sweep
from generator.build.manifest import ABSENT, JOURNAL, Entry, Inside, Journal, Manifest, bytes_hash, file_hash
from generator.build.report import Outcome, Report
from generator.errors import InternalError, Issue, RaadsstukkenError, UserError, ValidationFailed, display_path
from generator.files import inside, write_bytes
from generator.loading.discovery import collisions, profiles, survey, too_long
from generator.loading.project import TEMPLATES, Project
from generator.soorten.collections import collective_outputs

if TYPE_CHECKING:
    from generator.soorten.document import Prepared

BUILTIN = "raadsstukken:"


@dataclass(frozen=True)
class Options:
    out_dir: Path
    jobs: int = 1
    force: bool = False
    check: bool = False
    shard: tuple[int, int] | None = None
    pdf: bool = False
    odt: bool = False


def in_shard(name: str, shard: tuple[int, int] | None) -> bool:
    if shard is None:
        return True
    index, total = shard
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % total == index - 1


@dataclass
class Builder:
    project: Project
    options: Options
    manifest: Manifest
    journal: Journal
    hashes: dict[str, str] = field(default_factory=dict)
    """File hashes of this build (a file is hashed once per build and process)."""
    containment: dict[str, Inside] = field(default_factory=dict)
    """The project and the built-in templates: their folders resolved once per build."""
    decided: dict[str, list[str]] = field(default_factory=dict)
    """Data file → the files that decide what its document shows without being named by it (the
    vergaderingen that voted on a motie): an output is fresh only when its manifest knows them all."""
    claimed: frozenset[str] = frozenset()
    """Every output name a data file or a collection writes: a document's part may not take one."""
    _parts: dict[str, list[str]] | None = None

    def input_key(self, path: Path) -> str:
        """How the manifest names an input: relative to the project (so a manifest committed with
        build/ stays valid in a CI checkout elsewhere), built-in templates as `raadsstukken:…`."""
        text = str(path)
        for base, prefix in ((str(self.project.root), ""), (str(TEMPLATES.parent), BUILTIN)):
            if text.startswith(base + os.sep):
                return sys.intern(prefix + text[len(base) + 1:].replace(os.sep, "/"))
        return sys.intern(text)

    def input_path(self, key: str) -> Path | None:
        """Where an input recorded in the manifest lives; None for a key that leaves the project
        or the built-in templates (the manifest is not trusted)."""
        base, rest = (TEMPLATES.parent, key[len(BUILTIN):]) if key.startswith(BUILTIN) else (self.project.root, key)
        inside = self.containment.get(str(base))
        if inside is None:
            inside = self.containment[str(base)] = Inside(base)
        return base / rest if inside(rest) else None

    def hash(self, path: str) -> str:
        if path not in self.hashes:
            self.hashes[sys.intern(path)] = sys.intern(file_hash(Path(path)))
        return self.hashes[path]

    def work(self, item: tuple[Path, str]) -> Outcome:
        source, name = item
        try:
            return self.build_one(source, name)
        except ValidationFailed as exc:
            return Outcome(source, "fout", exc.issues)
        except RaadsstukkenError as exc:
            return Outcome(source, "fout", [Issue(display_path(source), message=str(exc))])
        except MemoryError:
            return Outcome(source, "fout", [Issue(display_path(source), message="te weinig geheugen bij het maken van dit document")])
        except Exception as exc:
            if os.environ.get("RAADSSTUKKEN_DEBUG"):
                raise
            from generator.messages import described_bug

            return Outcome(source, "fout", [Issue(display_path(source), message=str(InternalError(described_bug(exc))))], bug=True)

    def build_one(self, source: Path, name: str) -> Outcome:
        options, manifest = self.options, self.manifest
        names = [name, *self.parts_of(source, name)]
        if not options.force and self.unchanged(source, names):
            entries = {n: manifest.entries[n] for main in names for n in (main, main[:-5] + ".txt")}
            return Outcome(source, "ongewijzigd", entries=entries)
        from generator.soorten.document import prepare

        loaded = self.project.load(source)
        prepared = prepare(self.project, loaded)
        if prepared is None:
            return Outcome(source, "geen", list(loaded.doc.warnings))
        outcome = self.emit(source, name, prepared)
        for suffix, part in prepared.parts:
            outcome = merged(outcome, self.emit_part(source, name[:-5] + suffix + ".docx", part))
        outcome.issues[:0] = loaded.doc.warnings
        return outcome

    def unchanged(self, source: Path, names: list[str]) -> bool:
        """Every output of `source` is as the manifest says, and the manifest knows what decides it."""
        entries, out = self.manifest.entries, self.options.out_dir
        for name in names:
            txt = name[:-5] + ".txt"
            if not self.fresh(entries.get(name), out / name, entries.get(txt), out / txt):
                return False
        inputs = entries[names[0]].inputs
        return all(self.input_key(Path(p)) in inputs for p in self.decided.get(str(source), []))

    def parts_of(self, source: Path, name: str) -> list[str]:
        """The parts the last build made of `source` (a vergadering's stemmingslijst and besluitenlijst)."""
        if self._parts is None:
            self._parts = {}
            for entry_name, entry in self.manifest.entries.items():
                self._parts.setdefault(entry.source, []).append(entry_name)
        own = self._parts.get(display_path(source, self.project.root), [])
        return sorted(n for n in own if n != name and n.endswith(".docx"))

    def emit_part(self, source: Path, name: str, prepared: Prepared) -> Outcome:
        if name in self.claimed:
            return Outcome(source, "fout", [Issue(display_path(source), message=f"maakt {name}, maar dat bestand"
                                                  " maakt al een ander gegevensbestand of overzicht",
                                                  hint="geef een van beide bestanden een andere naam")])
        return self.emit(source, name, prepared)

    def emit(self, source: Path, name: str, prepared: Prepared) -> Outcome:
        """Render one prepared document and write it (and its .txt) unless nothing changed."""
        from generator.word.docxtext import parts_text
        from generator.word.render import render_parts

        options, manifest = self.options, self.manifest
        out = options.out_dir / name
        txt_name = name[:-5] + ".txt"
        data, parts = render_parts(prepared.template, prepared.context, prepared.properties, prepared.media, prepared.post,
                                  prepared.descriptions)
        text = parts_text(parts).encode("utf-8")
        inputs = {self.input_key(p): self.hash(str(p)) for p in prepared.inputs}
        inputs["raadsstukken"] = __version__
        src = display_path(source, self.project.root)
        entries = {name: Entry(src, inputs, bytes_hash(data)), txt_name: Entry(src, inputs, bytes_hash(text))}
        issues = [*self.guard(name, out, data), *self.guard(txt_name, options.out_dir / txt_name, text)]
        if issues:
            return Outcome(source, "handmatig" if not options.check else "verouderd", issues, entries)
        if options.check:
            changed = any(file_hash(options.out_dir / n) != e.sha256 for n, e in entries.items())
            if changed or manifest.entries.get(name) is None:
                return Outcome(source, "verouderd", [Issue(display_path(out), message="ontbreekt of is verouderd",
                                                             hint="draai 'raadsstukken build' en commit het resultaat")])
            return Outcome(source, "ongewijzigd", entries=entries)
        written = False
        for out_name, payload in ((txt_name, text), (name, data)):
            target = options.out_dir / out_name
            if not inside(options.out_dir, target):
                raise UserError(f"uitvoer {out_name} zou buiten {options.out_dir} komen")
            if file_hash(target) != bytes_hash(payload):
                self.journal.record(out_name, bytes_hash(payload))
                write_bytes(target, payload)
                written = True
        return Outcome(source, "gebouwd" if written else "ongewijzigd", entries=entries)

    def fresh(self, entry: Entry | None, out: Path, txt_entry: Entry | None, txt: Path) -> bool:
        if entry is None or txt_entry is None or entry.inputs.get("raadsstukken") != __version__:
            return False
        for key, digest in entry.inputs.items():
            path = self.input_path(key) if key != "raadsstukken" else None
            if key != "raadsstukken" and (path is None or self.hash(str(path)) != digest):
                return False
        return file_hash(out) == entry.sha256 and file_hash(txt) == txt_entry.sha256

    def guard(self, name: str, path: Path, new: bytes) -> list[Issue]:
        """An existing output we did not write (or that was changed since) is not overwritten."""
        current = file_hash(path)
        if self.options.force or current in ("absent", bytes_hash(new)) or self.manifest.made_by_us(name, current):
            return []
        return [Issue(display_path(path), message="is met de hand gewijzigd en wordt niet overschreven",
                      hint="bewaar uw versie onder een andere naam en verwijder dit bestand, of bouw met --force om haar te vervangen")]

    def __getstate__(self) -> dict[str, object]:
        return {**vars(self), "hashes": {}}  # a worker hashes for itself


RANK = ("fout", "handmatig", "verouderd", "gebouwd", "ongewijzigd", "geen")


def merged(first: Outcome, second: Outcome) -> Outcome:
    """One outcome for a document and its parts: the most telling status, all issues and entries."""
    status = min(first.status, second.status, key=RANK.index)
    return Outcome(first.source, status, [*first.issues, *second.issues], {**first.entries, **second.entries},
                   first.bug or second.bug)


def decided_by(project: Project) -> dict[str, list[str]]:
    """What the soorten that decide about other files say (a vergadering about the stukken it votes on)."""
    found: dict[str, list[str]] = {}
    for soort in project.registry:
        if soort.decides:
            for path, deciders in soort.call("decides")(project).items():
                found.setdefault(str(path), []).extend(str(d) for d in deciders)
    return found


def _work(builder: Builder, item: tuple[Path, str]) -> Outcome:
    return builder.work(item)


def build(project: Project, paths: list[Path], options: Options,
          progress: Callable[[Outcome, int, int], None] | None = None) -> Report:
    sources, skipped = survey(project, paths)
    report = Report(problems=skipped)
    seen, clashes = collisions(project, sources)
    clashes += too_long(seen, options.out_dir)
    report.problems.extend(clashes)
    if any(clash.severity == "fout" for clash in clashes):  # nothing is written: one would silently replace the other
        return report
    work = [(source, name) for name, source in seen.items() if in_shard(name, options.shard)]
    with _locked(options, report) as lock:
        manifest = Manifest.read(options.out_dir)
        report.problems.extend(manifest.warnings)
        builder = Builder(project, options, manifest, Journal(options.out_dir), decided=decided_by(project),
                          claimed=frozenset([*seen, *collective_outputs(project)]))
        try:
            _build(builder, sources, work, whole=not paths and options.shard is None, report=report,
                   seen=set(seen.values()), progress=progress, lock=lock)
        finally:
            builder.journal.close()
    return report


@contextmanager
def _locked(options: Options, report: Report) -> Iterator[int | None]:
    """The build lock (build/lifetime.py), and what a killed build left swept away; none for --check."""
    if options.check:
        yield None
        return
    with build_lock(options.out_dir, report.problems) as lock:
        sweep(options.out_dir, unfinished=(options.out_dir / JOURNAL).exists())
        yield lock


def _build(builder: Builder, sources: list[Path], work: list[tuple[Path, str]], *, whole: bool, report: Report,
           seen: set[Path], progress: Callable[[Outcome, int, int], None] | None, lock: int | None = None) -> None:
    project, options, manifest = builder.project, builder.options, builder.manifest
    with closing(_run(builder, work, lock)) as outcomes:  # closed at once when the build stops: workers go too
        for done, outcome in enumerate(outcomes, start=1):
            report.outcomes.append(outcome)
            if progress:
                progress(outcome, done, len(work))
    fingerprint = _fingerprint(builder, sources)
    unchanged = whole and not options.force and fingerprint == manifest.fingerprint and not report.failed
    from generator.soorten.collections import Collections

    collections = Collections(project, sources)
    if not unchanged:
        report.problems.extend(_guarded(collections.cross_checks, project.data_dir))
    if whole:
        if report.failed:
            if not options.check:
                report.problems.append(_kept(builder))
        elif not unchanged or not _collections_fresh(builder):
            _collections(builder, collections, report)
        _orphans(builder, seen, report)
    from generator.build.pdfs import build_copies

    build_copies(project, options, manifest, builder.journal, report)
    if not options.check:
        for outcome in report.outcomes:
            manifest.entries.update(outcome.entries)
        if whole:
            manifest.fingerprint = "" if report.failed else fingerprint
        manifest.write()


def _run(builder: Builder, work: list[tuple[Path, str]], lock: int | None = None) -> Generator[Outcome, None, None]:
    jobs = max(1, min(builder.options.jobs, len(work)))
    if jobs == 1:
        yield from map(builder.work, work)
        return
    chunk = max(1, len(work) // (jobs * 8))
    yield from run_pool(jobs, partial(_work, builder), work, chunk=chunk, lock=lock)


def _fingerprint(builder: Builder, sources: list[Path]) -> str:
    """Every data file and profile with its hash, the tool version and the collections' own key."""
    from generator.clock import today

    project = builder.project
    files = sorted({*sources, *profiles(project)})
    # the motievolglijst depends on the peildatum too: a later day re-renders it ("te laat")
    digest = hashlib.sha256(f"{__version__}\npeildatum {today().isoformat()}\n".encode())
    digest.update(" ".join(sorted(collective_outputs(project))).encode())  # a new overview is made at once
    for path in files:
        digest.update(f"{display_path(path, project.root)}\0{builder.hash(str(path))}\n".encode())
    return digest.hexdigest()


def _collections_fresh(builder: Builder) -> bool:
    project, options, manifest = builder.project, builder.options, builder.manifest
    label = display_path(project.data_dir, project.root)
    names = [name for name, entry in manifest.entries.items() if entry.source == label and name.endswith(".docx")]
    return all(builder.fresh(manifest.entries[n], options.out_dir / n, manifest.entries.get(n[:-5] + ".txt"),
                             options.out_dir / (n[:-5] + ".txt")) for n in names)


def _kept(builder: Builder) -> Issue:
    """The one line saying the overviews were left alone: they are made only from a valid whole."""
    from generator.soorten.collections import collective_outputs

    names = sorted(n for n in collective_outputs(builder.project) if n.endswith(".docx"))
    shown = ", ".join(display_path(builder.options.out_dir / n) for n in names)
    return Issue(shown, message="niet bijgewerkt omdat er fouten zijn; de vorige versie blijft staan",
                 hint="herstel de fouten en bouw opnieuw", severity="waarschuwing")


def _guarded(call: Callable[[], list[Issue]], where: Path) -> list[Issue]:
    """A collection's failure (a missing template included) is an issue in the report, never an escape."""
    try:
        return call()
    except ValidationFailed as exc:
        return exc.issues
    except RaadsstukkenError as exc:
        return [Issue(display_path(where), message=str(exc))]


def _collections(builder: Builder, collections: object, report: Report) -> None:
    """Documents made from many data files at once (the motievolglijst), built in this process."""
    data_dir = builder.project.data_dir
    made: list[tuple[str, Prepared]] = []

    def gather() -> list[Issue]:
        made.extend(collections.documents())  # type: ignore[attr-defined]
        return []

    problems = _guarded(gather, data_dir)
    if problems:
        report.outcomes.append(Outcome(data_dir, "fout", problems, overview=True))
        if not builder.options.check:
            report.problems.append(_kept(builder))
    for name, prepared in made:
        try:
            outcome = builder.emit(data_dir, name, prepared)
        except RaadsstukkenError as exc:
            outcome = Outcome(data_dir, "fout", [Issue(name, message=str(exc))])
        outcome.overview = True
        report.outcomes.append(outcome)


def _orphans(builder: Builder, sources: set[Path], report: Report) -> None:
    """Outputs whose data file is gone: removed, but only when this tool made them."""
    project, options, manifest = builder.project, builder.options, builder.manifest
    live = {display_path(s, project.root) for s in [*sources, project.data_dir]}
    for name, entry in sorted(manifest.entries.items()):
        if entry.source in live:
            continue
        path = options.out_dir / name
        current = file_hash(path)
        if options.check:
            if current != "absent":
                report.problems.append(Issue(display_path(path), message=f"hoort bij {entry.source}, dat niet meer bestaat",
                                             hint="draai 'raadsstukken build' om het te verwijderen"))
            continue
        if current == ABSENT or manifest.made_by_us(name, current):
            if current != ABSENT and inside(options.out_dir, path):
                path.unlink(missing_ok=True)
            report.removed.append(name)
            del manifest.entries[name]
        else:
            report.problems.append(Issue(
                display_path(path), message=f"hoort bij {entry.source}, dat niet meer bestaat, maar is met de hand gewijzigd",
                hint="verwijder het zelf als u het niet meer nodig hebt", severity="waarschuwing"))
