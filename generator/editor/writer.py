"""Saving a form: its values into the YAML file, keeping what a person wrote around them.

Only for writing: ruamel.yaml's round-trip mode keeps the comments, the key order and the quoting
of a hand-written file; every value the form changed is written quoted unless it is a plain word
that no YAML reader can take for anything but that text (so ` #`, a leading `'`, a colon, `NO` or
`010` are never cut or re-typed). Reading stays with the strict reader (loading/reader.py): the
editor reads back what it wrote before it says "bewaard".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from generator.errors import UserError

PLAIN = re.compile(r"[^\W\d_][\w.,;()/ -]*(?<! )", re.UNICODE)
"""Starts with a letter, holds only letters, digits, spaces and quiet punctuation: no `:`, `#`,
quotes, brackets, leading or trailing spaces, tabs or line breaks."""
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
STR_TAG = "tag:yaml.org,2002:str"
HEADER = "# Gemaakt met 'raadsstukken bewerk'. Regels met # zijn toelichting en blijven bewaard.\n"


def digest(data: bytes) -> str:
    """What the form carries to tell the file it opened from one changed on disk meanwhile."""
    return hashlib.sha256(data).hexdigest()


def _yaml() -> YAML:
    writer = YAML(typ="rt")
    writer.preserve_quotes = True
    writer.width = 1 << 30  # never fold a long text over lines
    writer.indent(mapping=2, sequence=4, offset=2)
    writer.allow_unicode = True
    return writer


def plain_is_safe(text: str) -> bool:
    """Whether `text` may stand unquoted: it reads back as this very string in every YAML reader."""
    if DATE.fullmatch(text):
        return True  # dates are written plain in every sample; the strict reader keeps them text
    if not PLAIN.fullmatch(text) or "  " in text:
        return False
    return bool(yaml.resolver.Resolver().resolve(yaml.ScalarNode, text, (True, False)) == STR_TAG)


def scalar(text: str) -> Any:
    if any("\ud800" <= c <= "\udfff" for c in text):
        raise UserError("een tekst bevat een ongeldig teken (een losse surrogaat)", "typ de tekst opnieuw")
    return text if plain_is_safe(text) else DoubleQuotedScalarString(text)


def _same(old: Any, new: str) -> bool:
    """Unchanged: keep the file's own scalar (its quoting, its comment). ruamel reads a plain date
    as a date; the strict reader, and so the form, as its text."""
    return isinstance(old, str | dt.date) and str(old) == new


def merge(node: Any, value: Any) -> Any:
    """`node` (from the file, or None) updated to `value`, reusing what did not change."""
    if isinstance(value, dict):
        return _merge_map(node if isinstance(node, CommentedMap) else CommentedMap(), value)
    if isinstance(value, list):
        short = _short_form(node, value)
        if short is not None:
            return merge(*short)
        return _merge_seq(node if isinstance(node, CommentedSeq) else CommentedSeq(), value)
    if not isinstance(value, str):
        raise UserError("het formulier stuurde een waarde die geen tekst is", "laad de pagina opnieuw")
    return node if _same(node, value) else scalar(value)


def _short_form(node: Any, value: list[Any]) -> tuple[Any, Any] | None:
    """A hand-written short form (a block as a plain list of points, or one block as a mapping)
    stays short when the form's one block says no more than the short form can."""
    if len(value) != 1 or not isinstance(value[0], dict):
        return None
    if isinstance(node, CommentedMap):
        return node, value[0]
    only = list(value[0].items())
    if (isinstance(node, CommentedSeq) and node and all(isinstance(v, str) for v in node)
            and len(only) == 1 and isinstance(only[0][1], list)):
        return node, only[0][1]
    return None


def _move_trailing(collection: CommentedMap | CommentedSeq, old_last: Any, new_last: Any) -> None:
    """The comment after the last entry (often the blank line before the next section) stays at
    the end when entries are added after it."""
    items = collection.ca.items
    if old_last != new_last and old_last in items:
        items[new_last] = items.pop(old_last)


def _merge_map(target: CommentedMap, value: dict[str, Any]) -> CommentedMap:
    for key in [k for k in target if k not in value]:
        del target[key]
    previous = -1
    for key, item in value.items():
        if key in target:
            target[key] = merge(target[key], item)
            previous = list(target).index(key)
            continue
        previous += 1
        last = next(reversed(target), None) if previous == len(target) else None
        target.insert(previous, key if plain_is_safe(key) else DoubleQuotedScalarString(key), merge(None, item))
        if last is not None:
            _move_trailing(target, last, key)
    return target


def _merge_seq(target: CommentedSeq, value: list[Any]) -> CommentedSeq:
    old = list(target)
    new = [merge(old[i] if i < len(old) else None, item) for i, item in enumerate(value)]
    for index in range(len(new), len(old)):
        target.ca.items.pop(index, None)
    del target[len(new):]
    for index, item in enumerate(new):
        if index < len(target):
            target[index] = item
        else:
            target.append(item)
    if old and len(new) > len(old):
        _move_trailing(target, len(old) - 1, len(new) - 1)
    return target


def render(original: str | None, data: dict[str, Any]) -> str:
    """The file's new text: `original` (None for a new file) with the form's `data` in it."""
    writer = _yaml()
    node = writer.load(original) if original and original.strip() else None
    if node is not None and not isinstance(node, CommentedMap):
        node = None  # not a mapping: the strict reader refused it anyway; write the form's values
    merged = merge(node, data)
    out = io.StringIO()
    if node is None:
        out.write(HEADER)
    writer.dump(merged, out)
    return out.getvalue()
