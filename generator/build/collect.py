"""The collections in a build: documents made from many data files (motievolglijst, raadsbesluiten).

They read the facts each document's builder handed over (or that the index kept from an earlier
build), never the data files again. A collection is made again only when it may come out otherwise:
a member's facts changed (a motie's title, status or date, not its considerations), a member came
or went, another input changed (profile, template, an adopted verordening), its outputs changed, the
day changed (the motievolglijst's "te laat"), or the last build did not end clean. Otherwise only
its manifest entries learn the members' new hashes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.build.builder import VERSION, Builder, signature
from generator.build.index import Source
from generator.build.report import Outcome, Report
from generator.errors import Issue, RaadsstukkenError, ValidationFailed, display_path

if TYPE_CHECKING:
    from generator.soorten.document import Prepared
    from generator.soorten.registry import Soort

COLLECTION = "data#"
"""Index records of the collections: `data#motievolglijst` (their manifest source is the data folder)."""
BROKEN_FACTS = (TypeError, ValueError, KeyError, IndexError, AttributeError)
"""What facts from an index of the wrong shape raise: the collection then loads its files itself."""


def facts(builder: Builder, outcomes: list[Outcome], records: dict[str, Source],
          names: dict[Path, str]) -> dict[str, dict[Path, Any]]:
    """Per collection, per data file, what it keeps of the file: from the outcome when this build
    loaded the file, else from the index."""
    found: dict[str, dict[Path, Any]] = {s.name: {} for s in builder.project.registry.of_kind("collection")}
    for outcome in outcomes:
        if outcome.source not in names or outcome.status not in ("gebouwd", "ongewijzigd", "handmatig"):
            continue
        kept = outcome.facts
        if kept is None:
            record = records.get(builder.source_key(outcome.source))
            kept = record.facts if record is not None else {}
        for name, fact in kept.items():
            if name in found:
                found[name][outcome.source] = fact
    return found


def collections(builder: Builder, sources: list[Path], found: dict[str, dict[Path, Any]], records: dict[str, Source],
                report: Report, *, valid: bool) -> dict[str, Source | None]:
    """Make the collections that may have changed; the index records of those made (None: to forget)."""
    from generator import clock

    project, options = builder.project, builder.options
    head = builder.index.head if valid and builder.index is not None else {}
    settled = not options.force and valid and head.get("clean") is True and head.get("today") == clock.today().isoformat()
    loaded = {o.source for o in report.outcomes if o.facts is not None}
    gone = {key for key in records if not key.startswith(COLLECTION)} - {builder.source_key(s) for s in sources}
    todo: list[Soort] = []
    made: dict[str, Source | None] = {}
    for soort in project.registry.of_kind("collection"):
        record = records.get(COLLECTION + soort.name)
        if settled and soort.fact and record is not None and builder.current(record) and \
                not any(_members_changed(builder, name, loaded, gone, found, records) for name in _listed(soort)):
            _refresh(builder, record, loaded, _members(soort, found))
            if options.pdf:  # its PDFs are judged like any document's
                entries = {n: e for n in record.outputs if n.endswith(".docx") and (e := builder.manifest.entries.get(n))}
                report.outcomes.append(Outcome(project.data_dir, "ongewijzigd", entries=entries, overview=True))
            continue
        todo.append(soort)
    if not todo:
        return made
    from generator.soorten.collections import Collections

    gathered = Collections(project, sources, facts=found, only={s.name for s in todo})
    try:
        problems = _guarded(gathered.cross_checks, project.data_dir)
    except BROKEN_FACTS:
        gathered = Collections(project, sources, only={s.name for s in todo})
        problems = _guarded(gathered.cross_checks, project.data_dir)
    report.problems.extend(problems)
    if report.failed:
        if not options.check:
            report.problems.append(kept(builder))
        return {COLLECTION + s.name: None for s in todo}
    for soort in todo:
        made[COLLECTION + soort.name] = _make(builder, soort, gathered, _members(soort, found), report)
    return made


def _listed(soort: Soort) -> list[str]:
    """The collections whose facts decide this one: itself, and the one it extends."""
    return [soort.name, soort.extends] if soort.extends else [soort.name]


def _members(soort: Soort, found: dict[str, dict[Path, Any]]) -> dict[Path, Any]:
    """Every file this collection lists, by the facts of the collections that decide it."""
    return {path: fact for name in _listed(soort) for path, fact in found.get(name, {}).items()}


def _members_changed(builder: Builder, name: str, loaded: set[Path], gone: set[str],
                     found: dict[str, dict[Path, Any]], records: dict[str, Source]) -> bool:
    """Whether a file loaded by this build says something else to the collection than it did, or a
    file it listed is gone."""
    now = found.get(name, {})
    for source in loaded:
        record = records.get(builder.source_key(source))
        if (record.facts.get(name) if record is not None else None) != now.get(source):
            return True
    return any(name in records[key].facts for key in gone)


def _refresh(builder: Builder, record: Source, loaded: set[Path], members: dict[Path, Any]) -> None:
    """A collection that comes out the same: its manifest entries take the new hashes of members
    whose text changed but not what the collection shows of them."""
    changed = {builder.input_key(p) for p in loaded if p in members}
    if not changed:
        return
    for name in record.outputs:
        entry = builder.manifest.entries.get(name)
        if entry is None or not changed.intersection(entry.inputs):
            continue
        entry.inputs.update({key: builder.digest(key) for key in changed if key in entry.inputs})
        builder.manifest.entries[name] = entry


def _make(builder: Builder, soort: Soort, gathered: Any, members: dict[Path, Any], report: Report) -> Source | None:
    """Make one collection's documents in this process; its index record, or None when it failed."""
    data_dir = builder.project.data_dir
    made: list[tuple[str, Prepared]] = []

    def outputs() -> list[Issue]:
        from generator.soorten.rows import kept_in

        options = builder.options
        with kept_in(None if options.check or options.force else options.out_dir):
            made.extend(gathered.outputs_of(soort))
        return []

    problems = _guarded(outputs, data_dir)
    if problems:
        report.outcomes.append(Outcome(data_dir, "fout", problems, overview=True))
        if not builder.options.check:
            report.problems.append(kept(builder))
        return None
    names: list[str] = []
    inputs: dict[str, str] = {}
    failed = False
    member_keys = {builder.input_key(p) for p in members}
    for name, prepared in made:
        try:
            outcome = builder.emit(data_dir, name, prepared)
        except RaadsstukkenError as exc:
            outcome = Outcome(data_dir, "fout", [Issue(name, message=str(exc))])
        outcome.overview = True  # made from many data files: not counted with them
        report.outcomes.append(outcome)
        failed = failed or outcome.status not in ("gebouwd", "ongewijzigd")
        for out_name, entry in outcome.entries.items():
            names.append(out_name)
            inputs.update((k, v) for k, v in entry.inputs.items() if k not in member_keys and k != VERSION)
    if failed:
        return None
    return Source(names, sorted(inputs), signature(inputs, {n: builder.output_digest(n) for n in names}))


def _guarded(call: Any, where: Path) -> list[Issue]:
    """A collection's failure (a missing template included) is an issue in the report, never an escape."""
    try:
        return call()  # type: ignore[no-any-return]
    except ValidationFailed as exc:
        return exc.issues
    except RaadsstukkenError as exc:
        return [Issue(display_path(where), message=str(exc))]


def kept(builder: Builder) -> Issue:
    """The one line saying the overviews were left alone: they are made only from a valid whole."""
    from generator.soorten.collections import collective_outputs

    names = sorted(n for n in collective_outputs(builder.project) if n.endswith(".docx"))
    shown = ", ".join(display_path(builder.options.out_dir / n) for n in names)
    return Issue(shown, message="niet bijgewerkt omdat er fouten zijn; de vorige versie blijft staan",
                 hint="herstel de fouten en bouw opnieuw", severity="waarschuwing")
