"""Every name a griffie may type for an orgaan, and what a typed name finds.

An orgaan is found by its id, its name and full name ("gemeente Utrecht"), the other spellings its
source gives (CBS: 's-Gravenhage, Friesland; a waterschap's korte naam: Rijnland), a suffixed name by
its base (Bergen for Bergen (L.) and Bergen (NH.)), and the common names and abbreviations of
data/namen.csv, each row with its source. Case, accents, apostrophes, spaces and hyphens do not count.
A misspelt name is compared with all of these, so "Rivierland" finds Waterschap Rivierenland.
"""

from __future__ import annotations

import csv
import difflib
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from generator.organen import register
from generator.organen.forms import Orgaan

PREFIXED = ("gemeente", "provincie")
"""Kinds whose full name puts the kind before the name: every name of theirs is found with it too."""
MAX_GUESSES = 3
CUTOFF = 0.75
"""How alike a misspelling and a name must be (difflib's ratio) to suggest the name."""
MARGIN = 0.05
"""A second or third guess is shown only when it is nearly as close as the best."""


def key(text: str) -> str:
    """What counts in a name: 'Den Bosch', 'den-bosch' and 'DENBOSCH' are one key."""
    return register.slug(text).replace("-", "")


@lru_cache(maxsize=1)
def common_names() -> dict[str, tuple[str, ...]]:
    """The sourced common names and abbreviations (data/namen.csv) by orgaan id."""
    text = resources.files("generator.organen").joinpath("data", "namen.csv").read_text("utf-8")
    found: dict[str, list[str]] = {}
    for row in csv.DictReader(text.splitlines()):
        found.setdefault(row["orgaan"], []).append(row["naam"])
    return {orgaan_id: tuple(names) for orgaan_id, names in found.items()}


def names(orgaan: Orgaan) -> list[str]:
    """Every name that finds `orgaan`, as written."""
    written = [orgaan.id, orgaan.name, *orgaan.aliases]
    written += [match["base"] for name in written if (match := register.SUFFIX.match(name))]
    written += common_names().get(orgaan.id, ())
    if orgaan.kind in PREFIXED:
        written += [f"{orgaan.kind} {name}" for name in written]
    if orgaan.kind == "waterschap":  # Hoogheemraadschap Rijnland, Waterschap Delfland: the short name with a kind word
        written += [f"{word} {short}" for short in orgaan.aliases for word in {"waterschap", orgaan.name.split()[0]}]
    return written


@lru_cache(maxsize=1)
def index() -> dict[str, tuple[str, ...]]:
    """Key → the ids of the organen with a name of that key, current ones first, then by id."""
    found: dict[str, list[str]] = {}
    for orgaan in sorted(register.register().values(), key=lambda o: (o.opgeheven is not None, o.id)):
        for name in names(orgaan):
            ids = found.setdefault(key(name), [])
            if orgaan.id not in ids:
                ids.append(orgaan.id)
    found.pop("", None)
    return {name: tuple(ids) for name, ids in found.items()}


def official(orgaan: Orgaan) -> set[str]:
    """The keys of the names the orgaan itself goes by on its documents: its id, name and full name."""
    return {key(orgaan.id), key(orgaan.name), key(orgaan.full_name)}


def find(text: str) -> list[Orgaan]:
    """The organen `text` names: one, several ("Utrecht"), or none. Former gemeenten come last.
    An id as written is always exactly its orgaan. A name that is one orgaan's own name and only another's
    short name means the first: "Limburg" is the provincie (Waterschap Limburg's korte naam is Limburg too),
    while "Utrecht" is both a gemeente's and a provincie's own name, and stays a choice."""
    everything = register.register()
    if text.strip() in everything:
        return [everything[text.strip()]]
    found = [everything[orgaan_id] for orgaan_id in index().get(key(text), ())]
    own = [orgaan for orgaan in found if key(text) in official(orgaan)]
    return own if len(own) == 1 and len(found) > 1 else found


def suggestions(text: str, others: Iterable[str] = ()) -> list[str]:
    """Up to three ids whose names are nearest to the misspelt `text`; `others` are ids outside the
    register (a project's profiles) that may be meant too."""
    candidates = dict(index())
    for other in others:
        candidates[key(other)] = (*candidates.get(key(other), ()), other)
    wanted = key(text)
    close = difflib.get_close_matches(wanted, list(candidates), n=MAX_GUESSES * 3, cutoff=CUTOFF)
    scores = {name: difflib.SequenceMatcher(None, wanted, name).ratio() for name in close}
    best = max(scores.values(), default=0.0)
    ids = [orgaan_id for name in close if scores[name] >= best - MARGIN for orgaan_id in candidates[name]]
    return list(dict.fromkeys(ids))[:MAX_GUESSES]


def either(ids: list[str]) -> str:
    """'a', 'b' of 'c': the guesses as a question offers them."""
    quoted = [f"'{orgaan_id}'" for orgaan_id in ids]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " of " + quoted[-1]
