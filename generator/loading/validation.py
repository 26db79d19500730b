"""Loaded data → typed model, with every pydantic error turned into a located Dutch `Issue`."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from generator.errors import Issue, ValidationFailed
from generator.loading.reader import Document, Path_, format_loc

M = TypeVar("M", bound=BaseModel)

TYPE_NAMES = {
    "string_type": ("verwacht een tekst, maar vond {found}", "schrijf één tekst achter de dubbele punt"),
    "list_type": ("verwacht een lijst, maar vond {found}", "zet elk punt op een eigen regel die begint met '- '"),
    "dict_type": ("verwacht velden met een naam, maar vond {found}", "schrijf de velden ingesprongen onder deze naam"),
    "model_type": ("verwacht velden met een naam, maar vond {found}", "schrijf de velden ingesprongen onder deze naam"),
}


def validate(doc: Document, model: type[M]) -> M:
    """Validate `doc` against `model`; raise ValidationFailed with every issue found."""
    _orgaan_alias(doc, model)
    prepare = getattr(model, "prepare", None)
    if prepare:
        prepare(doc)
    try:
        result = model.model_validate(doc.data)
    except ValidationError as exc:
        raise ValidationFailed(_without_echoes([to_issue(doc, model, err) for err in exc.errors()])) from None
    located = getattr(result, "located_issues", None)
    issues = located(doc) if located else []
    if issues:
        raise ValidationFailed(issues)
    return result


def _orgaan_alias(doc: Document, model: type[BaseModel]) -> None:
    """`orgaan:` (the register id) and `gemeente:` (its older name) are one field: a soort whose
    model still calls it `gemeente` accepts `orgaan:` too, with its positions kept."""
    data = doc.data
    fields = model.model_fields
    if isinstance(data, dict) and "gemeente" in fields and "orgaan" not in fields and "orgaan" in data and "gemeente" not in data:
        doc.data = {("gemeente" if key == "orgaan" else key): value for key, value in data.items()}
        doc.move(("orgaan",), ("gemeente",))
        if ("orgaan",) in doc.key_positions:
            doc.key_positions[("gemeente",)] = doc.key_positions.pop(("orgaan",))


def _without_echoes(issues: list[Issue]) -> list[Issue]:
    """A misspelt key also makes its field 'missing'; report only the misspelling."""
    guessed = {(i.field.rpartition(".")[0], i.hint) for i in issues if i.message.startswith("onbekend veld")}
    return [
        i for i in issues
        if not (i.message.endswith("ontbreekt") and (i.field.rpartition(".")[0], f"bedoelt u '{i.field.rpartition('.')[2]}'?") in guessed)
    ]


def to_issue(doc: Document, model: type[BaseModel], err: Any) -> Issue:
    loc: Path_ = tuple(err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        return _unknown_key(doc, model, loc)
    if kind == "missing":
        return doc.issue(loc[:-1], f"'{loc[-1]}' ontbreekt", f"voeg '{loc[-1]}:' toe")._replace_field(format_loc(loc))
    if kind in TYPE_NAMES:
        message, hint = TYPE_NAMES[kind]
        return doc.issue(loc, message.format(found=_describe(err.get("input"))), hint)
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return doc.issue(loc, f"'{err.get('input')}' is geen toegestane waarde", f"kies uit {expected.replace(' or ', ', ')}")
    if kind == "too_short":
        return doc.issue(loc, "is leeg", "geef minstens één punt op")
    message = str(err.get("msg", ""))
    message, _, hint = message.partition(" — ")
    return doc.issue(loc, message, hint)


def _describe(value: Any) -> str:
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "velden met een naam"
    if value is None:
        return "niets"
    return f"'{value}'"


def _unknown_key(doc: Document, model: type[BaseModel], loc: Path_) -> Issue:
    fields = _fields_at(model, loc[:-1])
    key = str(loc[-1])
    guess = difflib.get_close_matches(key, fields, n=1, cutoff=0.6)
    hint = f"bedoelt u '{guess[0]}'?" if guess else f"toegestaan zijn: {', '.join(fields)}"
    return doc.issue(loc, f"onbekend veld '{key}'", hint, key=True)


def _fields_at(model: type[BaseModel], loc: Path_) -> list[str]:
    """The field names allowed at `loc`, following nested models through lists and dicts."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
    return list(getattr(current, "model_fields", {}))


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
