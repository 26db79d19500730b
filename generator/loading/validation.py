"""Loaded data → typed model, with every pydantic error turned into a located Dutch `Issue`."""

from __future__ import annotations

import difflib
import re
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core.core_schema import ErrorType

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
        raise ValidationFailed(_without_echoes([to_issue(doc, model, err) for err in _one_branch(exc.errors())])) from None
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


TAG = re.compile(r"[\w-]+\[.*\]")
"""How pydantic names a union member: a type with its parameters (a mistyped key such as 've[rzoeken' is no tag)."""


def _tag(part: object) -> bool:
    """A union member's tag pydantic puts in a location ('list[Ambtstermijn]', 'function-after[…]'); our keys never hold '['."""
    return isinstance(part, str) and TAG.fullmatch(part) is not None


def _one_branch(errors: list[Any]) -> list[Any]:
    """pydantic tries each member of a union (a name, or a list of terms) and reports each: keep what
    the member the data has the shape of says, at the data's own location (no tag in it)."""
    kept, shallow_seen = [], set()
    for err in errors:
        loc = tuple(err["loc"])
        tags = [k for k, part in enumerate(loc) if _tag(part)]
        if not tags:
            kept.append(err)
            continue
        prefix = loc[: tags[0]]
        shallow = len(loc) == tags[0] + 1
        deeper = any(tuple(o["loc"])[: len(prefix)] == prefix and len(o["loc"]) > len(prefix) + 1 for o in errors)
        if shallow and (deeper or prefix in shallow_seen):
            continue
        if shallow:
            shallow_seen.add(prefix)
        kept.append({**err, "loc": tuple(part for part in loc if not _tag(part))})
    return kept


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
    if kind == "extra_forbidden" and loc:
        return _unknown_key(doc, model, loc)
    if kind == "missing" and loc:
        return doc.issue(loc[:-1], f"'{loc[-1]}' ontbreekt", f"voeg '{loc[-1]}:' toe")._replace_field(format_loc(loc))
    if kind in TYPE_NAMES:
        message, hint = TYPE_NAMES[kind]
        return doc.issue(loc, message.format(found=_describe(err.get("input"))), hint)
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        return doc.issue(loc, f"{_describe(err.get('input'))} is geen toegestane waarde", f"kies uit {expected.replace(' or ', ', ')}")
    if kind == "too_short":
        return doc.issue(loc, "is leeg", "geef minstens één punt op")
    message = str(err.get("msg", ""))
    if kind in ("value_error", "assertion_error"):  # our own validators raise these with our message
        message = message.split(", ", 1)[1] if message.startswith(("Value error, ", "Assertion failed, ")) else message
    elif kind in BUILTIN_ERRORS:  # pydantic's own English text never reaches the user
        message, hint = _dutch(kind, err.get("input"))
        return doc.issue(loc, message, hint)
    message, _, hint = message.partition(" — ")
    return doc.issue(loc, message, hint)


BUILTIN_ERRORS = frozenset(typing.get_args(ErrorType))
EXPECTED = {
    "date": ("een datum", "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2019-07-08"),
    "bool": ("ja of nee", "schrijf ja of nee"),
    "int": ("een heel getal", "schrijf een getal zoals 6"),
    "decimal": ("een bedrag", "schrijf het bedrag zoals 2763946, 2.763.946 of -1.250,50"),
    "float": ("een getal", "schrijf een getal"),
    "str": ("een tekst", "schrijf één tekst achter de dubbele punt"),
    "list": ("een lijst", "zet elk punt op een eigen regel die begint met '- '"),
    "dict": ("velden met een naam", "schrijf de velden ingesprongen onder deze naam"),
    "tuple": ("een lijst", "zet elk punt op een eigen regel die begint met '- '"),
}


def _dutch(kind: str, found: Any) -> tuple[str, str]:
    """pydantic's error kinds (`date_type`, `bool_parsing`, …) as our message and fix."""
    for prefix, (what, hint) in EXPECTED.items():
        if kind.startswith((prefix, f"{prefix}_")):
            if prefix not in ("list", "tuple") and _bracketed(found):  # `[datum]` without quotes: YAML reads a list
                hint += f"; of, als het nog open is: \"[{found[0]}]\" tussen aanhalingstekens"
            return f"verwacht {what}, maar vond {_describe(found)}", hint
    return f"{_describe(found)} past hier niet", "zie 'raadsstukken schema' voor wat hier mag staan"


def _bracketed(value: Any) -> bool:
    """An open fact's marker written without quotes (`vergadering: [datum]`): one plain word in a list."""
    return isinstance(value, list) and len(value) == 1 and isinstance(value[0], str) and value[0].isalpha()


def _describe(value: Any) -> str:
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "velden met een naam"
    if value is None:
        return "niets"
    return f"'{value}'"


def _unknown_key(doc: Document, model: type[BaseModel], loc: Path_) -> Issue:
    if not loc:  # a model that validates a reshaped copy reports the key without its place: find it
        known = set(_fields_at(model, ()))
        loc = next(((k,) for k in (doc.data if isinstance(doc.data, dict) else {}) if k not in known), ())
        if not loc:
            return doc.issue((), "het bestand heeft een onbekend veld", "zie 'raadsstukken schema' voor de velden")
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
