"""Structured motie → a commented YAML data file in block style.

Scalars are written plain when every YAML reader (1.1 and 1.2, typed or not) reads them back as the
same string, and double-quoted otherwise: `010`, `NO`, `1:20`, `Gelet op:` and `#1` are quoted. ISO
dates stay plain, as in hand-written data files; a typed reader turns them into the same date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_YAML12_SPECIAL = re.compile(
    r"[-+]?(?:\d[\d_]*|0o[0-7]+|0x[0-9a-fA-F]+|(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?|\.inf|\.Inf|\.INF)"
    r"|\.nan|\.NaN|\.NAN|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|"
    r"y|Y|n|N|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|=|<<"
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x85": "\\N", "\u2028": "\\L",
            "\u2029": "\\P", "\ufeff": "\\uFEFF"}
_BLANK_BEFORE = {"constateringen", "overwegingen", "verzoeken", "slot", "indieners", "voetnoten", "status",
                 "stemming", "toelichting", "niet_geplaatst"}


def scalar(value: Any) -> str:
    """One YAML scalar that reads back as exactly `str(value)`."""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return text if _plain_ok(text) else quote(text)


def quote(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _unprintable(char):
            out.append(f"\\u{ord(char):04X}" if ord(char) > 0xFF else f"\\x{ord(char):02X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _unprintable(char: str) -> bool:
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF)


def _plain_ok(text: str) -> bool:
    if not text or text != text.strip() or text[0] in _INDICATORS:
        return False
    if any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029\ufeff" for c in text):
        return False
    if ": " in text or " #" in text or text.endswith(":") or "\t" in text:
        return False
    if _ISO_DATE.fullmatch(text):
        return True
    if _YAML12_SPECIAL.fullmatch(text):
        return False
    try:
        return yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        return False


OPEN_MARKERS = {"vergadering": "[datum]", "titel": "[titel]"}
"""The open fact's marker (soorten/base.py `OPEN`) a field gets when its text does not state it; the document
then builds as a concept and `check` reports the field at its line. An orgaan has none: without one no document
can be worded, so it stays a comment (the project's own orgaan is taken, marked, when there is one)."""


class Missing:
    """A required value the importer did not find: written as the open fact's marker with a comment saying
    what to fill in, or (a field without a marker) as a comment alone."""

    def __init__(self, hint: str) -> None:
        self.hint = hint


def open_missing(data: dict[str, Any]) -> list[str]:
    """The fields of `data` the text did not state that are written as an open fact's marker."""
    return [key for key, value in data.items() if isinstance(value, Missing) and key in OPEN_MARKERS]


def dump(data: dict[str, Any], header: list[str], comments: dict[str, str]) -> str:
    """The data file: header comments, then each key in order, with a comment where one is given."""
    lines = [f"# {line}" if line else "#" for line in header]
    for key, value in data.items():
        if key in _BLANK_BEFORE and lines and lines[-1] != "":
            lines.append("")
        if key in comments:
            lines.extend(f"# {line}" for line in comments[key].splitlines())
        if isinstance(value, Missing) and key in OPEN_MARKERS:
            lines.append(f"{key}: {quote(OPEN_MARKERS[key])}    # niet in de brontekst: {value.hint}")
        elif isinstance(value, Missing):
            lines.append(f"# {key}: ...    <- niet gevonden: {value.hint}")
        else:
            lines.extend(_entry(key, value, 0))
    return "\n".join(lines).rstrip("\n") + "\n"


def _entry(key: str, value: Any, indent: int) -> list[str]:
    pad = " " * indent
    name = scalar(key)
    if isinstance(value, dict):
        return [f"{pad}{name}:", *_mapping(value, indent + 2)]
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value) and 0 < len(value) <= 12 and key in ("voor", "tegen"):
            return [f"{pad}{name}: [{', '.join(_flow(v) for v in value)}]"]
        return [f"{pad}{name}:", *_sequence(value, indent + 2)]
    return [f"{pad}{name}: {scalar(value)}"]


def _mapping(data: dict[str, Any], indent: int) -> list[str]:
    lines: list[str] = []
    for key, value in data.items():
        lines.extend(_entry(key, value, indent))
    return lines


def _sequence(items: list[Any], indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for item in items:
        if isinstance(item, dict):
            inner = _mapping(item, indent + 2)
            lines.append(f"{pad}- {inner[0].lstrip()}")
            lines.extend(inner[1:])
        else:
            lines.append(f"{pad}- {scalar(item)}")
    return lines


def _flow(value: Any) -> str:
    text = scalar(value)
    if text.startswith('"') or not re.search(r"[,\[\]{}]", text):
        return text
    return quote(str(value))
