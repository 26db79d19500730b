"""What a build remembers in build/.index for the next one, and the build that has nothing to do.

`quiet` answers, by `stat` alone, whether a whole build would change nothing: the last whole build
ended clean today, the data files are the same ones, and every file any output was made from (and
every output) still has the stamp the index recorded. Then nothing is read, nothing is written.
`remember` records, after a build, what changed: its documents' outputs, inputs and facts, the
collections it made, the stamps it saw, and the manifest's own stamp (so the index is only believed
next to the manifest it was written with).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.build.builder import VERSION, Builder, signature
from generator.build.collect import COLLECTION
from generator.build.index import Source, observe, settled_folders, unchanged_folders
from generator.build.manifest import MANIFEST
from generator.build.report import Outcome, Report


def quiet(builder: Builder, documents: set[str] | None, listings: dict[str, str] | None = None) -> bool:
    """Whether a whole build would find every output current (then it need not read the manifest).
    `documents`: the data files found now (their keys); None when the folders they lie in kept the
    stamps the index recorded (then they are the files the index knows)."""
    from generator import clock

    project, options, index = builder.project, builder.options, builder.index
    assert index is not None
    head = index.head
    if head.get("clean") is not True or head.get("today") != clock.today().isoformat():
        return False
    if documents is not None and documents != {k for k in index.sources if not k.startswith(COLLECTION)}:
        return False
    if any(COLLECTION + s.name not in index.sources for s in project.registry.of_kind("collection")):
        return False
    for asked, suffix in ((options.pdf, ".pdf"), (options.odt, ".odt")):
        if asked and any(n.endswith(".docx") and n[:-5] + suffix not in r.outputs
                         for r in index.sources.values() for n in r.outputs):
            return False
    if builder.changed():
        return False
    learned = {key: seen for key, seen in builder.learned.items() if seen.settled}
    folders = settled_folders(listings) if listings is not None and not unchanged_folders(head.get("folders")) else {}
    if (learned or folders) and not options.check:  # what was young last time is now known by its stamp
        index.write(learned, {}, {"folders": folders} if folders else {})
    return True


def remember(builder: Builder, report: Report, names: dict[Path, str], records: dict[str, Source], *,
             whole: bool, made: dict[str, Source | None], documents: int, listings: dict[str, str] | None,
             head: dict[str, Any] | None = None) -> None:
    """Write the index after the manifest: what this build made and saw."""
    if builder.index is None:
        return
    changes: dict[str, Source | None] = {}
    for outcome in report.outcomes[:documents]:
        key = builder.source_key(outcome.source)
        if outcome.status in ("gebouwd", "ongewijzigd") and (outcome.entries or outcome.facts is not None):
            changes[key] = _record(builder, names[outcome.source], outcome)
        elif outcome.status != "ongewijzigd":
            changes[key] = None  # made again next time (an error, a hand edit: said again)
    live = {builder.source_key(source) for source in names}
    if whole:
        for key in records:
            if not key.startswith(COLLECTION) and key not in live:
                changes[key] = None
    changes.update(made)
    clean = whole and not report.failed and all(made.values())
    head = head or {}
    folders = settled_folders(listings) if listings is not None else head.get("folders") or {}  # kept: no survey
    head = {**head, "manifest": _stamp(builder.options.out_dir / MANIFEST), "clean": clean, "today": _today(),
            "folders": folders if clean else {}}
    builder.index.write(dict(builder.learned), changes, head)


def _record(builder: Builder, name: str, outcome: Outcome) -> Source | None:
    """A document's record: its outputs in the manifest (its parts too), the inputs they were made
    from, its facts."""
    manifest = builder.manifest
    if (outcome.entries.get(name) or manifest.entries.get(name)) is None:
        return None
    mains = [name, *(n for n in outcome.entries if n.endswith(".docx") and n != name)] if outcome.entries \
        else [name, *builder.parts_of(outcome.source, name)]
    outputs = [n for main in mains for n in (main, main[:-5] + ".txt", main[:-5] + ".pdf")
               if n in outcome.entries or n in manifest.entries]
    inputs: dict[str, str] = {}
    for n in outputs:
        entry = outcome.entries.get(n) or manifest.entries.get(n)
        if entry is not None and not n.endswith(".pdf"):
            inputs.update((k, v) for k, v in entry.inputs.items() if k != VERSION)
    kept = outcome.facts if outcome.facts is not None else {}
    return Source(outputs, sorted(inputs), signature(inputs, {n: builder.output_digest(n) for n in outputs}), kept)


def _stamp(path: Path) -> str:
    return observe(path)[0]


def _today() -> str:
    from generator import clock

    return clock.today().isoformat()
