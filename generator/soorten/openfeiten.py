"""Open facts: what a document's data marks as not yet known ("[datum]", "[titel]", "[naam]").

One concept for every field (soorten/base.py `OPEN`, `is_open`): the import writes the marker for a fact
its text does not state; a griffie may write one too. A document holding one is a concept (`is_concept`),
builds with the facts named beside CONCEPT in its header (word/concept.py), `check` reports each at its
line (checks/strict.py) and `check --verzendklaar` refuses it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.checks.texts import Loc
from generator.soorten.base import is_open

WHAT = {"vergadering": "de datum van de vergadering", "titel": "de titel", "orgaan": "het orgaan",
        "gemeente": "het orgaan", "datum": "de datum"}
"""How a message names a field's open fact; any other field by its name in the editor (`veldnamen`)."""
FIX = {"vergadering": "vul de datum in, bijvoorbeeld 2026-03-09", "datum": "vul de datum in, bijvoorbeeld 2026-03-09",
       "titel": "vul de titel in zoals de indieners hem geven"}


def found(data: Any) -> Iterator[Loc]:
    """Where the raw data holds an open fact's marker, in the order of the file."""
    hits: list[Loc] = []
    _walk(data, (), hits)
    return iter(hits)


def _walk(data: Any, loc: Loc, hits: list[Loc]) -> None:
    """`checks.texts.scalars` filtered by `is_open`, without a location for each text: a marker holds '['
    (every document is walked for its CONCEPT line, and almost none holds one)."""
    if isinstance(data, str):
        if "[" in data and is_open(data):
            hits.append(loc)
        return
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        if isinstance(value, str):
            if "[" in value and is_open(value):
                hits.append((*loc, key))
        elif isinstance(value, (dict, list)):
            _walk(value, (*loc, key), hits)


def what(model: type, loc: Loc) -> str:
    """The open fact at `loc` in words: "de datum van de vergadering", "indieners"."""
    key = str(loc[0])
    if key in WHAT:
        return WHAT[key]
    name = getattr(model, "veldnamen", {}).get(key) or key.replace("_", " ")
    return name[0].lower() + name[1:]


def fix(loc: Loc, marker: str) -> str:
    return FIX.get(str(loc[-1]), f"vervang '{marker.strip()}' door wat de bron zegt")


def names(model: type, data: Any, locs: list[Loc] | None = None) -> tuple[str, ...]:
    """Each open fact of the data once, in words, for the CONCEPT line of the document (`locs`: `found`'s
    answer when the caller has it already)."""
    locs = list(found(data)) if locs is None else locs
    return tuple(dict.fromkeys(what(model, loc).removeprefix("de ").removeprefix("het ") for loc in locs))


def is_concept(loaded: Any, locs: list[Loc] | None = None) -> bool:
    """A draft: marked `concept: ja`, or holding an open fact (it builds only as a concept, is never sent)."""
    if not hasattr(loaded.model, "concept"):
        return False
    return bool(loaded.model.concept) or bool(list(found(loaded.doc.data)) if locs is None else locs)
