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
    """The type of `part` inside `tp` (a model's field, a dict's value, a list's item), or None."""
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
