"""A soort's model → the description of its form, which the page's script draws.

The same source as the JSON Schema (soorten/schema.py): the pydantic model, read through its
annotations and the validators of soorten/base.py. Its labels, help and which fields wait behind
"Meer opties" are said on the model itself (`veldnamen`, `uitleg`, `meer_opties`, soorten/base.py).
Each field becomes one of a few kinds: tekst, datum (DD-MM-JJJJ with a Dutch calendar), janee, keuze
(a Literal), orgaan (the one choice of orgaan: the register and the project's profiles), getal,
bedrag, lijst (of any kind: points, indieners as rows), groep (a nested model), paren (a mapping
such as voetnoten) and vast: a field this form cannot edit, kept exactly as the file has it.
"""

from __future__ import annotations

import datetime as dt
import decimal
import types
import typing
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from generator.editor.labels import ORGAAN_HELP, ORGAAN_LABEL, help_for, label_for
from generator.soorten import base

VALIDATOR_KINDS = {base._parse_date: "datum", base._parse_bool: "janee", base._parse_int: "getal",
                   base._check_id: "id", base._check_text: "tekst"}
LONG = {"punten", "toelichting", "niet_geplaatst", "tekst", "inleiding", "titel", "orgaan", "slot", "uitslag"}
"""Fields whose texts get a few lines to type in rather than one."""


ONLY_WHEN_FILLED = {"niet_geplaatst"}
"""Shown only when the file has values there (the import fills it; nobody starts one by hand)."""


def form_for(model: type[BaseModel], helps: dict[str, str], starter: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The fields of `model`, in its order, each described for the page. `helps` and `starter`
    (the soort's starter.yaml as read) speak of the top level only: nested fields share names
    (`ris`, `titel`) that mean something else there."""
    fields = [_field(model, name, info, helps) for name, info in model.model_fields.items()]
    for spec in fields:
        spec["only_filled"] = spec["name"] in ONLY_WHEN_FILLED
        _starter_headers(spec, (starter or {}).get(spec["name"]))
    return _one_orgaan(fields)


def _one_orgaan(fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One choice of orgaan: `orgaan:` where the model has it (an older file's `gemeente:` is its
    alias, filled in by the same choice), else `gemeente:`; a profile is a detail of the choice."""
    names = [f["name"] for f in fields]
    key = "orgaan" if "orgaan" in names else "gemeente" if "gemeente" in names else None
    if key is None:
        return fields
    alias = "gemeente" if key == "orgaan" and "gemeente" in names else None
    (choice,) = [f for f in fields if f["name"] == key]
    choice.update(kind="orgaan", label=ORGAAN_LABEL, help=ORGAAN_HELP, required=True, meer=False, alias=alias)
    rest = [f for f in fields if f["name"] not in (key, alias)]
    at = int(bool(rest) and rest[0]["name"] == "soort")
    return [*rest[:at], choice, *rest[at:]]  # the first thing a person fills in


def _starter_headers(spec: dict[str, Any], example: Any) -> None:
    """A block's header as the starter writes it ("Constaterende dat:") is the placeholder, and
    the header used when it is left empty."""
    item = spec.get("item") or {}
    kop = next((f for f in item.get("fields", []) if f["name"] == "kop"), None)
    if isinstance(example, dict) and kop is not None and isinstance(example.get("kop"), str):
        kop["default"] = example["kop"]


def _field(owner: type[BaseModel], name: str, info: FieldInfo, helps: dict[str, str]) -> dict[str, Any]:
    spec = describe(info.annotation, info.metadata, name, helps)
    spec.update(name=name, label=label_for(owner, name), help=help_for(owner, name, helps))
    spec["meer"] = name in getattr(owner, "meer_opties", ())
    spec["required"] = info.is_required()
    default = info.get_default() if info.default is not PydanticUndefined or info.default_factory else None
    if isinstance(default, str):
        spec["default"] = default
    elif isinstance(default, bool):
        spec["default"] = "ja" if default else "nee"
    if name == "soort":
        spec["kind"] = "vast"
    for item in info.metadata:
        if isinstance(getattr(item, "min_length", None), int):
            spec["min"] = item.min_length  # verzoeken: at least one block
    return spec


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, list[Any], bool]:
    """Annotated and Optional peeled off: (the type, its validators, whether None is allowed)."""
    metadata = list(metadata)
    optional = False
    while True:
        origin = get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *extra = get_args(annotation)
            metadata += extra
        elif origin in (Union, types.UnionType):
            members = [a for a in get_args(annotation) if a is not type(None)]
            optional = optional or len(members) < len(get_args(annotation))
            if len(members) != 1:
                return annotation, metadata, optional
            annotation = members[0]
        else:
            return annotation, metadata, optional


def describe(annotation: Any, metadata: list[Any], name: str, helps: dict[str, str]) -> dict[str, Any]:
    annotation, metadata, optional = _unwrap(annotation, metadata)
    spec: dict[str, Any] = {"optional": optional}
    for item in metadata:
        function = getattr(item, "func", None)
        if function in VALIDATOR_KINDS:
            spec["kind"] = VALIDATOR_KINDS[function]
            if spec["kind"] == "tekst":
                spec["long"] = name in LONG
            return spec
    origin = get_origin(annotation)
    if origin is Literal:
        return {**spec, "kind": "keuze", "choices": [str(a) for a in get_args(annotation)]}
    if origin is list:
        (item,) = get_args(annotation) or (Any,)
        return {**spec, "kind": "lijst", "item": describe(item, [], name, helps)}
    if origin is dict:
        _key, value = get_args(annotation) or (str, Any)
        return {**spec, "kind": "paren", "value": describe(value, [], name, helps)}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = [_field(annotation, n, i, {}) for n, i in annotation.model_fields.items()]
        label, alternatives = getattr(annotation, "een_van", ("", ()))
        if alternatives:  # one kind of change: chosen first, then only its fields
            spec["een_van"] = {"label": label, "fields": list(alternatives)}
        return {**spec, "kind": "groep", "fields": fields}
    simple = {str: "tekst", bool: "janee", int: "getal", dt.date: "datum", decimal.Decimal: "bedrag", float: "bedrag"}
    if annotation in simple:
        return {**spec, "kind": simple[annotation], "long": name in LONG}
    return {**spec, "kind": "vast"}
