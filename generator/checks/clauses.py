"""A clause that announces content and is followed by nothing: "1. vast te stellen de volgende verordening:"
with no verordening under it, a lid ending in ":" without onderdelen, a last paragraph ending in ":".

Read from the data and the models, for every soort: a prose text ending in ":" stands in a list. An item
with a `label` (a beslispunt, a lid, an artikel: a numbered clause others point at) holds what it
announces itself, in a field the model declares after the text (`vaststellen:`, `onderdelen:`); the next
item is a clause of its own. Any other item (a paragraph) may also announce the item after it (a
paragraph and the numbered list below it). Koppen ("Constaterende dat:") are formulas, not prose.
"""

from __future__ import annotations

from typing import Any

from generator.errors import Issue
from generator.soorten.aard import aard, holds_content, type_at
from generator.soorten.base import Aard

from .texts import Loc, scalars

LABEL = "label"


def empty_clauses(doc: Any) -> list[Issue]:
    model = type(doc.loaded.model)
    data = doc.loaded.doc.data
    found = []
    for loc, text in scalars(data):
        if not text.rstrip().endswith(":") or aard(model, loc) is not Aard.PROZA:
            continue
        missing = _missing(data, model, loc)
        if missing is not None:
            found.append(doc.issue(loc, f"'{_tail(text)}' eindigt op een dubbele punt, maar er volgt niets",
                                   f"{missing}, of eindig de zin met een punt of puntkomma"))
    return found


def _missing(data: Any, model: type, loc: Loc) -> str | None:
    """None when something follows the text; else what the author can add (the hint)."""
    positions = [i for i, part in enumerate(loc) if isinstance(part, int)]
    if not positions:
        return None  # a field of its own (an aanleiding): what follows is the template's
    item_at = positions[-1] + 1
    items, index = _value(data, loc[: item_at - 1]), loc[item_at - 1]
    assert isinstance(index, int)
    has_next = isinstance(items, list) and index + 1 < len(items)
    if len(loc) == item_at:  # the text is the item itself
        return None if has_next else "zet eronder wat de zin aankondigt"
    if len(loc) != item_at + 1:
        return None
    item_model, field = type_at(model, loc[:item_at]), loc[item_at]
    fields = getattr(item_model, "model_fields", {})
    names = list(fields)
    after = names[names.index(field) + 1:] if field in names else []
    later = [name for name in after if holds_content(fields[name].annotation)]
    item = _value(data, loc[:item_at])
    if any(item.get(name) not in (None, "", [], {}) for name in later if isinstance(item, dict)):
        return None
    if LABEL not in fields:
        return None if has_next else "zet eronder wat de zin aankondigt"
    if later:
        return "voeg " + " of ".join(f"'{name}:'" for name in later) + " toe met wat de zin aankondigt"
    return "zet eronder wat de zin aankondigt"


def _value(data: Any, loc: Loc) -> Any:
    for part in loc:
        data = data[part]
    return data


def _tail(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else "…" + text[-59:]
