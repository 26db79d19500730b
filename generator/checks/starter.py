"""What `raadsstukken nieuw` wrote and nobody changed: a starter's example values and sentences.

A document is compared with its soort's starter as `nieuw` writes it for the document's own orgaan
(«tokens» filled in, the kind's own starter where it has one, the lines a needed starter gets), read
and reshaped the way the document was (a plain paragraph becomes `{tekst: …}`), field by field:
the same field (list positions and the author's own keys left out) holding the same value, or a
sentence of the starter's example text. Which fields count comes from the models' markers
(soorten/aard.py): values (dates, labels, references, choices) never; a name or a text of two words or
more, a code of six characters or more (a kenmerk; "A1" and "8" are numbers any document carries).
A starter line whose comment says `gangbare formulering` holds wording a real document keeps (a
beslispunt "… op te dragen dit besluit uit te voeren."). Nothing is listed per soort.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from generator.errors import Issue, ValidationFailed
from generator.soorten.aard import aard, field_shape
from generator.soorten.base import Aard
from generator.soorten.registry import Registry

from .texts import Loc, scalars

USUAL = "gangbare formulering"
"""The comment on a starter line whose text a real document may keep as it is."""
SENTENCE = re.compile(r"[^.;:!?]+[.;:!?]+")
MIN_CODE, MIN_SENTENCE_WORDS = 6, 4
Shape = tuple[str, ...]


@dataclass(frozen=True)
class Examples:
    """A starter's example values and sentences, each with the field shape it stands at."""

    values: frozenset[tuple[Shape, str]] = frozenset()
    sentences: frozenset[tuple[Shape, str]] = frozenset()


def starter_issues(registry: Registry, doc: Any, orgaan: Any) -> list[Issue]:
    """Every value or sentence of `doc` left as its soort's starter has it for `orgaan`; one per field."""
    model = type(doc.loaded.model)
    examples = examples_for(registry, doc.loaded.model.soort, orgaan)
    found = []
    for loc, text in scalars(doc.loaded.doc.data):
        kind = aard(model, loc)
        if kind is Aard.WAARDE:
            continue
        shape, value = field_shape(model, loc), text.strip()
        if (shape, person(model, doc.loaded.doc.data, loc, value)) in examples.values:
            found.append(_value_issue(doc, loc, value, kind))
            continue
        sentence = next((s for s in sentences(value) if (shape, _fold(s)) in examples.sentences), None)
        if sentence is not None:
            found.append(doc.issue(loc, f"'{_short(sentence)}' is een voorbeeldzin uit het startbestand",
                                   "vervang de zin door de echte tekst"))
    return found


def _value_issue(doc: Any, loc: Loc, value: str, kind: Aard) -> Issue:
    if kind is Aard.NAAM:  # the field's own value: its fractie, not the whole person it is compared as
        return doc.issue(loc, f"'{_short(value)}' is de voorbeeldnaam uit het startbestand",
                         "vul de echte naam in of verwijder de regel")
    if kind is Aard.CODE:
        return doc.issue(loc, f"'{_short(value)}' is het voorbeeldnummer uit het startbestand",
                         "vul het echte nummer of kenmerk in")
    return doc.issue(loc, f"'{_short(value)}' is de voorbeeldtekst uit het startbestand",
                     "vervang hem door de echte tekst of verwijder de regel")


def examples_for(registry: Registry, soort: str, orgaan: Any) -> Examples:
    """The starter of `soort` as `nieuw` writes it for `orgaan` (with what a needed starter adds)."""
    from generator.soorten import starters

    entry = registry.get(soort)
    if entry is None or not entry.starter or entry.refusal(orgaan.id, orgaan.kind):
        return Examples()
    return _examples(registry, soort, starters.text_for(entry, orgaan, "", needed=bool(entry.companion)))


@lru_cache(maxsize=64)
def _examples(registry: Registry, soort: str, text: str) -> Examples:
    from generator.loading.reader import parse
    from generator.loading.validation import validate

    entry = registry[soort]
    doc = parse(text, entry.starter_path)
    model = entry.model_class()
    with contextlib.suppress(ValidationFailed):  # reshapes as a document is; a starter that fails still counts
        validate(doc, model)
    lines = text.splitlines()
    values: set[tuple[Shape, str]] = set()
    found: set[tuple[Shape, str]] = set()
    for loc, raw in scalars(doc.data):
        kind, value = aard(model, loc), raw.strip()
        if kind is Aard.WAARDE or USUAL in lines[doc.position(loc)[0] - 1] or _structural(value):
            continue
        shape = field_shape(model, loc)
        if len(value.split()) >= 2 or (kind is Aard.CODE and len(value) >= MIN_CODE):
            values.add((shape, person(model, doc.data, loc, value)))
        if kind is Aard.PROZA:
            found.update((shape, _fold(s)) for s in sentences(value) if len(s.split()) >= MIN_SENTENCE_WORDS)
    return Examples(frozenset(values), frozenset(found))


def person(model: type, data: Any, loc: Loc, value: str) -> str:
    """A name with the other names beside it (an indiener is "A. de Vries, GroenLinks": a real A. de Vries of
    another fractie is no example); any other value as it is."""
    if aard(model, loc) is not Aard.NAAM or len(loc) < 2:
        return value
    parent = data
    for part in loc[:-1]:
        parent = parent[part]
    if not isinstance(parent, dict):
        return value
    names = [v.strip() for k, v in parent.items() if isinstance(v, str) and aard(model, (*loc[:-1], k)) is Aard.NAAM]
    return ", ".join(names)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(text)]


def _fold(sentence: str) -> str:
    return " ".join(sentence.split()).casefold()


def _structural(text: str) -> bool:
    """A kop such as "Constaterende dat:" or "Verzoekt het college:" is a default, not an example."""
    return text.endswith(":") and len(text.split()) <= 4


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:60]
