"""Who decides what (a vergadering about the stukken it votes on), kept in the index between builds.

Every build that makes anything needs, per data file, the vergaderingen that decide what its document
shows (`pipeline.decided_by`). Reading them all means importing the vergadering model and loading
every vergadering, for a change to one beleidsplan too. The index keeps the answer beside the stamps
of the files it came from (every YAML file below the deciding soorten's folders, and the profiles, as
the vergadering index does: soorten/vergadering/index.py); while every one of them keeps its settled
stamp, no file is read. Nothing in build/ is trusted: a record of any other shape is ignored.
"""

from __future__ import annotations

import os
from typing import Any

from generator.build.index import observe

HEAD = "decided"
"""The index head's key for the record: {"stamps": {file: stamp}, "root": the project, "map": {stuk: [vergadering, ...]}}."""


def stamps(project: Any) -> dict[str, str] | None:
    """The stamp of every file the answer comes from, by its path below the project; None when one of
    them is not settled (it may still change within its stamp)."""
    folders = [project.data_dir / s.data_folder for s in project.registry if s.decides]
    found: dict[str, str] = {}
    for folder in [*folders, project.data_dir / "gemeenten"] if folders else []:
        for path in _yaml_below(str(folder)):
            stamp, settled = observe(path)
            if not settled:
                return None
            found[os.path.relpath(path, project.root)] = stamp
    return found


def _yaml_below(folder: str) -> list[str]:
    found: list[str] = []
    for base, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [f"{base}{os.sep}{n}" for n in sorted(names) if n.endswith((".yaml", ".yml")) and not n.startswith(".")]
    return found


def kept(project: Any, head: dict[str, Any], now: dict[str, str] | None) -> dict[str, list[str]] | None:
    """The recorded answer, when it was recorded for exactly these stamps."""
    record = head.get(HEAD)
    if now is None or type(record) is not dict or record.get("stamps") != now or record.get("root") != str(project.root):
        return None
    found = record.get("map")
    if type(found) is not dict or not all(type(v) is list and all(type(d) is str for d in v) for v in found.values()):
        return None
    return found


def record(project: Any, now: dict[str, str] | None, found: dict[str, list[str]]) -> dict[str, Any] | None:
    """What the index keeps of a fresh answer (None: nothing, the files were not settled)."""
    if now is None:
        return None
    return {"stamps": now, "root": str(project.root), "map": found}
