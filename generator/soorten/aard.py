"""What kind of text a field holds, read from the field markers on the models (`Naam`, `Formule`, …).

The checks that read text ask this, not a list of key names: the readability check scores only
prose, the placeholder check skips machine values, and the YAML trap of a `#` read as a comment is
reported only where text could be lost. A new soort gets all three right by marking its fields.
"""

from __future__ import annotations

import types
import typing
from functools import lru_cache
from typing import Any, Union

from pydantic import BaseModel

from generator.soorten.base import Aard

ALIASES = {"orgaan": "gemeente"}
"""Keys a data file may use for a field of another name (validation.py's `orgaan:` for `gemeente`)."""


def _unwrap(tp: Any) -> tuple[Any, Aard | None]:
    """(the type inside Annotated, the Aard it is marked with, if any)."""
    mark = None
    while typing.get_origin(tp) is typing.Annotated:
        tp, *meta = typing.get_args(tp)
        mark = next((m for m in meta if isinstance(m, Aard)), mark)
    return tp, mark


def _members(tp: Any) -> list[Any]:
    if typing.get_origin(tp) in (Union, types.UnionType):
        return [m for m in typing.get_args(tp) if m is not type(None)]
    return [tp]


def _leaf(tp: Any, mark: Aard | None) -> Aard:
    if mark is not None:
        return mark
    if tp is str:
        return Aard.PROZA
    return Aard.WAARDE  # a date, a number, ja/nee, a choice (Literal), an id


def _step(tp: Any, part: str) -> Any | None:
    """The type of `part` inside `tp` (a model's field, a dict's value, a list's item), or None; through
    the markers and validators around a list's item (`list[Annotated[Activiteit, …]]`) and the members
    of a union (`Tekst | Citaat`)."""
    tp = _unwrap(tp)[0]
    members = _members(tp)
    if len(members) > 1:
        return next((found for member in members if (found := _step(member, part)) is not None), None)
    tp = _unwrap(members[0])[0]
    origin = typing.get_origin(tp)
    if origin in (list, tuple):
        return _step(typing.get_args(tp)[0], part)
    if origin is dict:
        return typing.get_args(tp)[1]
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        fields = tp.model_fields
        name = part if part in fields else ALIASES.get(part)
        if name not in fields:
            return None
        field = fields[name]  # pydantic keeps a top-level Annotated's markers apart, in `metadata`
        return typing.Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation
    return None


@lru_cache(maxsize=4096)
def aard_of(model: type, path: tuple[str, ...]) -> Aard:
    """The kind of text at `path` (keys only, list indices left out) in a file of `model`; text the
    model does not describe (a shape a model reshapes) counts as prose, so nothing goes unchecked."""
    return _walk(model, path) or Aard.PROZA


def _walk(tp: Any, path: tuple[str, ...], mark: Aard | None = None) -> Aard | None:
    tp, own = _unwrap(tp)
    mark = own or mark
    for member in _members(tp):
        member, member_mark = _unwrap(member)
        found = _descend(member, path, member_mark or mark)
        if found is not None:
            return found
    return None


def _descend(tp: Any, path: tuple[str, ...], mark: Aard | None) -> Aard | None:
    origin = typing.get_origin(tp)
    if not path:
        if origin in (list, tuple):
            return _walk(typing.get_args(tp)[0], (), mark)
        return _leaf(tp, mark) if not (isinstance(tp, type) and issubclass(tp, BaseModel)) else None
    inner = _step(tp, path[0])
    if inner is None:
        return None
    return _walk(inner, path[1:], mark if origin in (list, tuple, dict) else None)


def keys(loc: tuple[str | int, ...]) -> tuple[str, ...]:
    return tuple(part for part in loc if isinstance(part, str))


def aard(model: type | None, loc: tuple[str | int, ...]) -> Aard:
    """The kind of text at a location of a data file of `model` (prose when the model is unknown)."""
    if model is None:
        return Aard.PROZA
    return aard_of(model, keys(loc))


def _is_mapping(tp: Any) -> bool:
    """Whether `tp` (or one member of it) is a dict whose keys the author chooses (voetnoten, keuzes)."""
    return any(typing.get_origin(_unwrap(member)[0]) is dict for member in _members(_unwrap(tp)[0]))


def field_shape(model: type, loc: tuple[str | int, ...]) -> tuple[str, ...]:
    """Where a value stands, as the model sees it: list positions and the author's own keys (a voetnoot's
    label) are '*', so the same field in two files compares equal: ('voetnoten', '1') → ('voetnoten', '*')."""
    shape: list[str] = []
    tp: Any = model
    for part in loc:
        own_key = isinstance(part, int) or (tp is not None and _is_mapping(tp))
        shape.append("*" if own_key else str(part))
        tp = _enter(tp, part) if tp is not None else None
    return tuple(shape)


def _enter(tp: Any, part: str | int) -> Any | None:
    """One step of a data location into a type: a list's item for a position, else `_step`."""
    if not isinstance(part, int):
        return _step(tp, part)
    for member in _members(_unwrap(tp)[0]):
        member = _unwrap(member)[0]
        if typing.get_origin(member) in (list, tuple):
            return typing.get_args(member)[0]
    return None


def type_at(model: type, loc: tuple[str | int, ...]) -> Any | None:
    """The model (or type) a location of a data file stands for, markers and unions looked through to
    the first model: ('ontwerpbesluit', 'beslispunten', 0) → Beslispunt."""
    tp: Any = model
    for part in loc:
        tp = _enter(tp, part)
        if tp is None:
            return None
    for member in _members(_unwrap(tp)[0]):
        member = _unwrap(member)[0]
        if isinstance(member, type) and issubclass(member, BaseModel):
            return member
    return tp


def holds_content(annotation: Any) -> bool:
    """Whether a field can hold what a clause announces (a list, a model, a text or reference), not a
    choice, a date, a number or ja/nee."""
    for member in _members(_unwrap(annotation)[0]):
        member = _unwrap(member)[0]
        origin = typing.get_origin(member)
        if origin in (list, tuple, dict) or member is str or (isinstance(member, type) and issubclass(member, BaseModel)):
            return True
    return False
