"""JSON Schema per soort, generated from the models, for completion and errors while typing.

VS Code's YAML extension reads `# yaml-language-server: $schema=…` at the top of a data file. The
schema must accept exactly what the loader and the models accept: the loader reads every scalar
as a string (so dates, numbers and ja/nee are strings with a pattern), and a model's `prepare`
may reshape short forms before validation (a block as a plain list of points, a paragraph as a
plain text). Each soort's schema is committed in its own folder (soorten/<soort>/schema.json);
tests/test_schema.py keeps them equal to what the models generate.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema

from generator.soorten import base
from generator.soorten.registry import BUILTIN, Registry

DRAFT = "https://json-schema.org/draft/2020-12/schema"
DATE = {"type": "string", "pattern": r"^\s*\d{4}-\d{2}-\d{2}\s*$", "description": "datum als JJJJ-MM-DD"}
NUMBER = {"type": "string", "pattern": r"^\s*\d{1,6}\s*$", "description": "een heel getal"}
AMOUNT = {"type": "string", "pattern": r"\d", "description": "een bedrag, zoals 2.763.946 of -1.250,50"}
TEXT = {"type": "string", "pattern": r"^(?=[\s\S]*\S)[^\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]*$"}
"""Not only spaces, and no character Word cannot hold (see base.forbidden_character)."""


def _either_case(word: str) -> str:
    return "".join(f"[{c}{c.upper()}]" if c.isalpha() else c for c in word)


JA_NEE = {"type": "string", "description": "ja of nee",
          "pattern": r"^\s*(" + "|".join(_either_case(w) for w in sorted(base._TRUE | base._FALSE)) + r")\s*$"}
OPEN_DATE = {"type": "string", "pattern": r"^\s*(?:\d{4}-\d{2}-\d{2}|\[[^\[\]\n^]{1,40}\])\s*$",
             "description": "datum als JJJJ-MM-DD, of [datum] zolang hij niet bekend is"}
KNOWN_VALIDATORS = {
    base._parse_date: DATE,
    base._parse_open_date: OPEN_DATE,
    base._parse_bool: JA_NEE,
    base._parse_int: NUMBER,
    base._check_id: {"type": "string", "pattern": base.ID_PATTERN.pattern,
                     "description": "kleine letters, cijfers en streepjes, zoals den-haag"},
    base._check_text: TEXT,
}


class StringScalars(GenerateJsonSchema):
    """Every scalar is a string, as the loader reads it; the types become patterns."""

    def date_schema(self, schema: Any) -> dict[str, Any]:
        return dict(DATE)

    def bool_schema(self, schema: Any) -> dict[str, Any]:
        return dict(JA_NEE)

    def int_schema(self, schema: Any) -> dict[str, Any]:
        return dict(NUMBER)

    def float_schema(self, schema: Any) -> dict[str, Any]:
        return dict(AMOUNT)

    def decimal_schema(self, schema: Any) -> dict[str, Any]:
        return dict(AMOUNT)

    def function_before_schema(self, schema: Any) -> dict[str, Any]:
        function = schema.get("function", {}).get("function")
        if function in KNOWN_VALIDATORS:
            return dict(KNOWN_VALIDATORS[function])
        inner = super().function_before_schema(schema)
        if inner.get("type") == "string" or (inner.get("anyOf") and {"type": "string"} in inner["anyOf"]):
            return inner
        # A before-validator of a model we do not know usually expands a short written form (a
        # plain text) into the full one; accept the text so the editor does not flag it.
        return {"anyOf": [inner, dict(TEXT)]}


def schema_for(soort: str, registry: Registry = BUILTIN) -> dict[str, Any]:
    """The JSON Schema of one soort, with the short forms its `prepare` accepts."""
    generated = registry[soort].model_class().model_json_schema(schema_generator=StringScalars, mode="validation")  # type: ignore[attr-defined]
    defs = generated.get("$defs", {})
    result = _short_forms(generated, defs)
    result = {"$schema": DRAFT, "$id": f"raadsstukken:{soort}", "title": f"raadsstukken: {soort}", **result}
    result.pop("description", None)
    return _plain_defaults(_orgaan_alias(result))


def _orgaan_alias(schema: dict[str, Any]) -> dict[str, Any]:
    """`orgaan:` is accepted wherever a model still names the field `gemeente` (validation.py)."""
    properties = schema.get("properties", {})
    if "gemeente" not in properties or "orgaan" in properties:
        return schema
    properties["orgaan"] = {**properties["gemeente"], "title": "Orgaan"}
    required = schema.get("required", [])
    if "gemeente" in required:
        schema["required"] = [r for r in required if r != "gemeente"]
        schema.setdefault("allOf", []).append({"anyOf": [{"required": ["gemeente"]}, {"required": ["orgaan"]}]})
    return schema


def _target(schema: Any, defs: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    return defs.get(ref.rpartition("/")[2], {}) if ref else {}


def _short_forms(schema: Any, defs: dict[str, Any]) -> Any:
    """Blocks (a mapping with `punten:`) may be a plain list of points or one mapping; list items
    with a `tekst:` field may be a plain text (see `reshape_blocks` and the models' `prepare`)."""
    if isinstance(schema, list):
        return [_short_forms(item, defs) for item in schema]
    if not isinstance(schema, dict):
        return schema
    points = {"type": "array", "items": dict(TEXT), "minItems": schema.get("minItems", 1)}
    item = _target(schema.get("items"), defs) if schema.get("type") == "array" else {}
    if "punten" in item.get("properties", {}):
        return _wrapped(schema, [points, schema["items"]])
    if "punten" in _target(schema, defs).get("properties", {}):
        return _wrapped(schema, [points])
    schema = {key: _short_forms(value, defs) for key, value in schema.items()}
    if "tekst" in item.get("properties", {}):
        schema["items"] = {"anyOf": [schema["items"], dict(TEXT)]}
    return schema


def _wrapped(schema: dict[str, Any], alternatives: list[Any]) -> dict[str, Any]:
    """`schema` or any of `alternatives`, with the title and default kept outside for the editor."""
    outer: dict[str, Any] = {key: schema[key] for key in ("title", "default") if key in schema}
    inner = {key: value for key, value in schema.items() if key not in outer}
    return {"anyOf": [inner, *alternatives], **outer}


def _plain_defaults(schema: Any) -> Any:
    """Defaults as the author would write them: ja/nee and numbers as text."""
    if isinstance(schema, list):
        return [_plain_defaults(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: _plain_defaults(value) for key, value in schema.items()}
    default = result.get("default")
    if isinstance(default, bool):
        result["default"] = "ja" if default else "nee"
    elif isinstance(default, (int, float)):
        result["default"] = str(default)
    return result


def text_for(soort: str, registry: Registry = BUILTIN) -> str:
    return json.dumps(schema_for(soort, registry), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write(soorten: list[str], folder: Path, registry: Registry = BUILTIN) -> list[Path]:
    """Write the schemas of `soorten` into `folder` (never into the installed package)."""
    from generator.files import write_bytes

    written = []
    for soort in soorten:
        path = folder / f"{soort}.json"
        write_bytes(path, text_for(soort, registry).encode("utf-8"))
        written.append(path)
    return written
