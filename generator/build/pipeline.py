"""Build: data files → documents, incremental, parallel, reproducible and safe.

Sphinx-style: an output is rebuilt only when the hash of one of its inputs (data file, referenced
files, gemeente profile, the template actually used, the tool version) changed. Outputs are
written atomically; one that no longer matches what we wrote was edited by hand and is kept.

What changed is told by `stat` (build/.index, index.py): a build in which nothing changed reads no
file at all, and one in which one file changed reads that file and what depends on it. Each data
file is loaded once per build, by the process that makes its document; that process also hands the
collections (motievolglijst, raadsbesluiten) the facts they keep of it (collect.py), which the index
keeps for the next build.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Generator, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.build import record
from generator.build.builder import Builder, Item
from generator.build.collect import COLLECTION
from generator.build.index import Index, Source, observe, unchanged_folders
from generator.build.lifetime import build_lock, run_pool, sweep
from generator.build.manifest import ABSENT, JOURNAL, MANIFEST, Journal, Manifest, file_hash
from generator.build.report import Outcome, Report
from generator.errors import Issue, display_path
from generator.files import inside
from generator.loading.discovery import collisions, output_name, survey, too_long
from generator.loading.project import Project
from generator.soorten.collections import collective_outputs

if TYPE_CHECKING:
    from generator.pdf.converter import Converter

__all__ = ["Builder", "Options", "build"]


@dataclass(frozen=True)
class Options:
    out_dir: Path
    jobs: int = 1
    force: bool = False
    check: bool = False
    shard: tuple[int, int] | None = None
    pdf: bool = False
    odt: bool = False
    office: Converter | None = field(default=None, compare=False)
    """A LibreOffice already running (the editor's) to convert with, closed by its owner, not the build;
    only for a build in this process (jobs=1: a worker process cannot be handed a running LibreOffice)."""


def in_shard(name: str, shard: tuple[int, int] | None) -> bool:
    if shard is None:
        return True
    index, total = shard
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % total == index - 1


def build(project: Project, paths: list[Path], options: Options,
          progress: Callable[[Outcome, int, int], None] | None = None) -> Report:
    whole = not paths and options.shard is None
    report = Report()
    if not paths and not project.data_dir.is_dir():
        survey(project, paths)  # no project here: its usage error, before build/ is made for the lock
    with _locked(options, report) as lock:
        probe = None if options.force else _probe(project, options)
        index = probe.index if probe is not None else None
        same_files = bool(whole and index is not None and unchanged_folders(index.head.get("folders")))
        if same_files and record.quiet(probe, None):  # type: ignore[arg-type]  # nothing changed: known without reading a file
            report.quiet = _documents(index)
            return report
        listings: dict[str, str] | None = {} if whole else None
        known = _known(probe) if same_files else None  # type: ignore[arg-type]
        if known is not None:  # the files of the last clean whole build: no walk, no second look at their names
            sources, seen, listings = [*known.values()], known, None
        else:
            sources, skipped = survey(project, paths, listings)
            report.problems.extend(skipped)
            seen, clashes = collisions(project, sources)
            clashes += too_long(seen, options.out_dir)
            report.problems.extend(clashes)
            if any(clash.severity == "fout" for clash in clashes):  # nothing is written: one would silently replace the other
                return report
        work = [(source, name) for name, source in seen.items() if in_shard(name, options.shard)]
        if probe is not None and whole and probe._changed is None and \
                record.quiet(probe, {probe.source_key(s) for s in sources}, listings):
            report.quiet = len(work)
            return report
        valid = probe is not None
        builder = probe or Builder(project, options, Manifest(options.out_dir), Journal(options.out_dir),
                                   Index(options.out_dir) if options.force else Index.read(options.out_dir))
        builder.manifest = (Manifest.read_lines(options.out_dir) if valid else None) or Manifest.read(options.out_dir)
        builder.keeps = _keeps(project)
        builder.decided, decided = _decided(project, index if valid else None)
        builder.claimed = frozenset([*seen, *collective_outputs(project)])
        report.problems.extend(builder.manifest.warnings)
        try:
            _build(builder, work, sources, valid=valid, whole=whole, report=report, progress=progress,
                   listings=listings, lock=lock, head={**(decided or {}), **(_folders(index) if known else {})})
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


def _probe(project: Project, options: Options) -> Builder | None:
    """A builder with the index, if the index belongs to the manifest now in build/ and no build was
    killed since (its manifest is read only when something is to be made)."""
    index = _index(options)
    if index is None:
        return None
    return Builder(project, options, Manifest(options.out_dir), Journal(options.out_dir), index,
                   consistent=index.head.get("clean") is True)


def _index(options: Options) -> Index | None:
    """The index, if it belongs to the manifest now in build/ and no build was killed since."""
    index = Index.read(options.out_dir)
    if index.belongs_to(observe(options.out_dir / MANIFEST)[0]) and not (options.out_dir / JOURNAL).exists():
        return index
    return None


def _documents(index: Index | None) -> int:
    return sum(1 for key in index.sources if not key.startswith(COLLECTION)) if index is not None else 0


def _known(probe: Builder) -> dict[str, Path] | None:
    """Output name → data file, as the last clean whole build found them, when the data folders kept the
    stamps it recorded (so they hold the same files): read from the index, not from 10,000 directory
    entries. That build checked these names (a clash is an error, and a build with one is not clean);
    a name Windows refuses is said again when a folder changes, as by a no-op build."""
    assert probe.index is not None
    project = probe.project
    data_dir = str(project.data_dir.resolve())
    keys = sorted((key for key in probe.index.sources if not key.startswith(COLLECTION)),
                  key=lambda key: str(project.root / key).split(os.sep))  # noqa: PTH206 (the survey's order)
    found: dict[str, Path] = {}
    for key in keys:
        source = project.root / key
        if not str(source).startswith(data_dir + os.sep):  # data/ a link, a file elsewhere: the survey decides
            return None
        found[output_name(project, source, data_dir)] = source
        probe.keys[source] = key
    return found if len(found) == len(keys) else None


def _folders(index: Index | None) -> dict:
    """The folders' stamps of the last clean whole build, kept in the index head while they hold."""
    return {"folders": index.head.get("folders")} if index is not None else {}


def _keeps(project: Project) -> frozenset[str]:
    return frozenset(s.name for s in project.registry.of_kind("collection") if s.keeps_documents)


def _decided(project: Project, index: Index | None) -> tuple[dict[str, list[str]], dict | None]:
    """Who decides what (`decided_by`): kept in the index while the files it comes from keep their
    stamps (build/deciders.py); and what the index is to learn (None: nothing new)."""
    from generator.build import deciders

    now = deciders.stamps(project)
    found = deciders.kept(project, index.head, now) if index is not None else None
    if found is not None:
        return found, None
    found = decided_by(project)
    return found, {deciders.HEAD: deciders.record(project, now, found)}


def decided_by(project: Project) -> dict[str, list[str]]:
    """What the soorten that decide about other files say (a vergadering about the stukken it votes on)."""
    found: dict[str, list[str]] = {}
    for soort in project.registry:
        if soort.decides:
            for path, deciders in soort.call("decides")(project).items():
                found.setdefault(str(path), []).extend(str(d) for d in deciders)
    return found


def _build(builder: Builder, work: list[tuple[Path, str]], sources: list[Path], *, valid: bool, whole: bool,
           report: Report, progress: Callable[[Outcome, int, int], None] | None, listings: dict[str, str] | None,
           lock: int | None = None, head: dict | None = None) -> None:
    from generator.build import collect

    options, manifest = builder.options, builder.manifest
    records = builder.index.sources if valid and builder.index is not None else {}
    items, names = _triage(builder, work, records, whole, report)
    total = len(work)
    if progress:
        for done, outcome in enumerate(report.outcomes, start=1):
            progress(outcome, done, total)
    with closing(_run(builder, items, lock)) as outcomes:  # closed at once when the build stops: workers go too
        for outcome in outcomes:
            report.outcomes.append(outcome)
            builder.learned.update(outcome.seen)
            if outcome.loaded is not None:
                builder.project.adopt(*outcome.loaded)
            outcome.seen, outcome.loaded = {}, None  # taken over: the report keeps nothing heavy per document
            if progress:
                progress(outcome, len(report.outcomes), total)
    del items  # made: the collections that follow need none of them (the peak of a first build)
    documents = len(report.outcomes)
    remade: dict = {}
    if whole:
        facts = collect.facts(builder, report.outcomes, records, names)
        if report.failed:
            if not options.check:
                report.problems.append(collect.kept(builder))
        else:
            remade = collect.collections(builder, sources, facts, records, report, valid=valid)
        _orphans(builder, set(sources), report, records if valid else None)
    from generator.build.pdfs import build_copies

    build_copies(builder.project, options, manifest, builder.journal, report, names, builder.output_digest,
                 builder.parts_of)
    if not options.check:
        for outcome in report.outcomes:
            manifest.entries.update(outcome.entries)
        manifest.fingerprint = ""
        manifest.write()
        record.remember(builder, report, names, records, whole=whole, made=remade, documents=documents, listings=listings,
                        head=head or {})


def _triage(builder: Builder, work: list[tuple[Path, str]], records: dict, whole: bool,
            report: Report) -> tuple[list[Item], dict[Path, str]]:
    """The documents to make; those still current go into the report as they are."""
    options, manifest = builder.options, builder.manifest
    items, names = [], {}
    for source, name in work:
        names[source] = name
        record_ = records.get(builder.source_key(source))
        if not options.force and record_ is not None and builder.current(record_) and builder.knows(source, record_.inputs):
            report.outcomes.append(Outcome(source, "ongewijzigd"))
            continue
        parts = _parts(record_, name) if record_ is not None else builder.parts_of(source, name)
        outputs = [n for main in (name, *parts) for n in (main, main[:-5] + ".txt")]
        entries = {n: manifest.entries.get(n) for n in outputs}
        if not options.force and record_ is None and builder.unchanged(source, entries):
            if whole:
                items.append(Item(source, name, entries, facts_only=True))
            else:
                report.outcomes.append(Outcome(source, "ongewijzigd"))
            continue
        items.append(Item(source, name, entries, {n: manifest.journal[n] for n in outputs if n in manifest.journal}))
    return items, names


def _parts(record: Source, name: str) -> list[str]:
    """The other .docx files the last build made of a data file (a vergadering's lists), from its index
    record: the manifest's entries are not walked (and parsed) for them."""
    return sorted(n for n in record.outputs if n.endswith(".docx") and n != name)


def _work(item: Item) -> Outcome:
    assert _WORKER is not None
    return _WORKER.work(item)


_WORKER: Builder | None = None
"""The builder of this worker process (given once when the process starts, never pickled per task)."""


def _adopt(builder: Builder) -> None:
    global _WORKER
    _WORKER = builder


def _run(builder: Builder, items: list[Item], lock: int | None = None) -> Generator[Outcome, None, None]:
    jobs = max(1, min(builder.options.jobs, len(items)))
    if jobs == 1:
        yield from map(builder.work, items)
        return
    chunk = max(1, len(items) // (jobs * 8))
    yield from run_pool(jobs, _work, items, chunk=chunk, lock=lock, setup=_adopt, given=builder)


def _orphans(builder: Builder, sources: set[Path], report: Report, records: dict | None = None) -> None:
    """Outputs whose data file is gone: removed, but only when this tool made them."""
    project, options, manifest = builder.project, builder.options, builder.manifest
    live = {display_path(s, project.root) for s in [*sources, project.data_dir]}
    if records is None:
        candidates = sorted(name for name, entry in manifest.entries.items() if entry.source not in live)
    else:  # the index knows every source and its outputs: no need to read the whole manifest
        candidates = sorted(name for key, rec in records.items() if key not in live and "#" not in key for name in rec.outputs)
    for name in candidates:
        entry = manifest.entries.get(name)
        if entry is None or entry.source in live:
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
