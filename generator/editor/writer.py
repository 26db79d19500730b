"""Saving a form: its values into the YAML file, keeping what a person wrote around them.

Only for writing: ruamel.yaml's round-trip mode keeps the comments, the key order and the quoting
of a hand-written file; every value the form changed is written quoted unless it is a plain word
that no YAML reader can take for anything but that text (so ` #`, a leading `'`, a colon, `NO` or
`010` are never cut or re-typed). Reading stays with the strict reader (loading/reader.py): the
editor reads back what it wrote before it says "bewaard".
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver
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


class _TextResolver(VersionedResolver):  # type: ignore[misc]
    """Every plain scalar a text, as the strict reader has it: `150.000`, `0`, `2019-07-08` and
    `NO` are kept as written when unchanged, and compared as the texts the form shows."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode and implicit[0]:
            return self.DEFAULT_SCALAR_TAG
        return super().resolve(kind, value, implicit)


def _yaml() -> YAML:
    writer = YAML(typ="rt")
    writer.Resolver = _TextResolver
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
    """Unchanged: keep the file's own scalar (its quoting, its folding, its comment)."""
    return isinstance(old, str) and str(old) == new


def merge(node: Any, value: Any, short: bool = True) -> Any:
    """`node` (from the file, or None) updated to `value`, reusing what did not change. With
    `short`, a short form the author wrote stays short (see `_short_form`)."""
    found = _short_form(node, value) if short else None
    if found is not None:
        return merge(node, found, short)
    if isinstance(value, dict):
        return _merge_map(node if isinstance(node, CommentedMap) else CommentedMap(), value, short)
    if isinstance(value, list):
        return _merge_seq(node if isinstance(node, CommentedSeq) else CommentedSeq(), value, short)
    if not isinstance(value, str):
        raise UserError("het formulier stuurde een waarde die geen tekst is", "laad de pagina opnieuw")
    return node if _same(node, value) else scalar(value)


def _texts(node: Any) -> bool:
    return isinstance(node, CommentedSeq) and bool(node) and all(isinstance(v, str) for v in node)


def _short_form(node: Any, value: Any) -> Any:
    """What of `value` to write where the author wrote a short form that a model's `prepare`
    expands: one block as a mapping instead of a list of one, a plain list of points instead of
    `punten:`, a plain text instead of `tekst:`. None: write `value` in full. Whether the short
    form still reads as `value` is checked by the caller (see `render`)."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict) and isinstance(node, CommentedMap):
        return value[0]
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict) and _texts(node):
        return _short_form(node, value[0])
    if isinstance(value, dict) and len(value) == 1:
        (only,) = value.values()
        if (isinstance(node, str) and isinstance(only, str)) or (_texts(node) and isinstance(only, list)):
            return only
    return None


def _move_trailing(collection: CommentedMap | CommentedSeq, old_last: Any, new_last: Any) -> None:
    """The comment after the last entry (often the blank line before the next section) stays at
    the end when entries are added after it."""
    items = collection.ca.items
    if old_last != new_last and old_last in items:
        items[new_last] = items.pop(old_last)


def _merge_map(target: CommentedMap, value: dict[str, Any], short: bool) -> CommentedMap:
    for key in [k for k in target if k not in value]:
        del target[key]
    previous = -1
    for key, item in value.items():
        if key in target:
            target[key] = merge(target[key], item, short)
            previous = list(target).index(key)
            continue
        previous += 1
        last = next(reversed(target), None) if previous == len(target) else None
        target.insert(previous, key if plain_is_safe(key) else DoubleQuotedScalarString(key), merge(None, item, short))
        if last is not None:
            _move_trailing(target, last, key)
    return target


def _merge_seq(target: CommentedSeq, value: list[Any], short: bool) -> CommentedSeq:
    old = list(target)
    new = [merge(old[i] if i < len(old) else None, item, short) for i, item in enumerate(value)]
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


def render(original: str | None, data: dict[str, Any], reads: Callable[[str], Any] | None = None) -> str:
    """The file's new text: `original` (None for a new file) with the form's `data` in it.

    `reads` (text → the values the editor would show for it) decides whether the author's short
    forms can stay: if the text with them does not read as `data`, it is written in full."""
    text = _render(original, data, short=True)
    if reads is not None and original and reads(text) != data:
        text = _render(original, data, short=False)
    return text


def _render(original: str | None, data: dict[str, Any], *, short: bool) -> str:
    writer = _yaml()
    node = writer.load(original) if original and original.strip() else None
    if node is not None and not isinstance(node, CommentedMap):
        node = None  # not a mapping: the strict reader refused it anyway; write the form's values
    merged = merge(node, data, short)
    out = io.StringIO()
    if node is None:
        out.write(HEADER)
    writer.dump(merged, out)
    return out.getvalue()
