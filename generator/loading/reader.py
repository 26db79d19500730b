"""YAML → plain values, with the file:line:column of every value kept for messages.

The default loaders re-type values silently (`NO` → False, `010` → 8, `0612345670` → an octal
number) and keep the last of two duplicate keys. We read with PyYAML's `BaseLoader` semantics:
every scalar is a string, and the typed models convert. Anchors, aliases and explicit tags are
refused (alias bombs, `!!python/…`), duplicate keys are an error naming both lines, and the size
is capped. See ../shared/RELIABILITY.md.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator import nl
from generator.errors import Issue, ValidationFailed, display_path
from generator.files import Unreadable, read_regular
from generator.loading.syntax import Lines, editor_text, reader_issue, syntax_issue
from generator.loading.traps import as_warning, comment_trap, traps
from generator.messages import YAML_DEFAULT

MAX_BYTES = 2 * 1024 * 1024
ANCHOR_MESSAGE = "ankers met '&' en verwijzingen met '*' worden niet ondersteund"
ANCHOR_HINT = "schrijf elke waarde voluit"
DEEP = ("de gegevens zijn te diep genest", "schrijf de gegevens platter, met minder haken en inspringing")
Path_ = tuple[str | int, ...]
ALLOWED_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}


@dataclass
class Document:
    """A loaded data file: its values and where each value stands in the file."""

    path: Path
    data: Any
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    warnings: list[Issue] = field(default_factory=list)
    """Text that YAML may have read differently than the author meant (see traps.py)."""
    comments: list[tuple[Path_, Issue]] = field(default_factory=list)
    """A ' #' that made the rest of a line a comment, per value: a warning only where the field is text
    (the soort's model says so; loading/project.py)."""

    @property
    def name(self) -> str:
        return display_path(self.path)

    def position(self, loc: Path_, *, key: bool = False) -> tuple[int, int]:
        """Line and column of the value at `loc`, or of the nearest enclosing value."""
        table = self.key_positions if key else self.positions
        loc = tuple(loc)
        while loc:
            if loc in table:
                return table[loc]
            if loc in self.positions:
                return self.positions[loc]
            loc = loc[:-1]
        return self.positions.get((), (1, 1))

    def move(self, old: Path_, new: Path_) -> None:
        """A model reshaped the data (a plain list became a mapping): positions below `old` now
        stand below `new`, so messages still point at the line the user wrote."""
        old, new = tuple(old), tuple(new)
        size = len(old)
        for table in (self.positions, self.key_positions):
            below = [loc for loc in table if len(loc) > size and loc[:size] == old]
            table.update({new + loc[size:]: table.pop(loc) for loc in below})
        if old in self.positions:
            self.positions[new] = self.positions[old]

    def wrap(self, loc: Path_, key: str) -> None:
        """A plain value at `loc` became `{key: value}`: the new field stands where the value stood."""
        loc = tuple(loc)
        if loc in self.positions:
            self.positions[(*loc, key)] = self.key_positions[(*loc, key)] = self.positions[loc]

    def issue(self, loc: Path_, message: str, hint: str = "", *, key: bool = False) -> Issue:
        line, column = self.position(loc, key=key)
        return Issue(self.name, line, column, format_loc(loc), message, hint)


def format_loc(loc: Path_) -> str:
    """`('indieners', 0, 'fractie')` → `indieners[0].fractie`."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


class _StrictComposer(Composer):
    def compose_node(self, parent: Node | None, index: Any) -> Node:  # type: ignore[override]
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise _RefusedError(
                event.start_mark,
                ANCHOR_MESSAGE, ANCHOR_HINT,
            )
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise _RefusedError(
                event.start_mark,
                ANCHOR_MESSAGE, ANCHOR_HINT,
            )
        return super().compose_node(parent, index)


class _Loader(
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    _StrictComposer,
    yaml.resolver.BaseResolver,
):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        _StrictComposer.__init__(self)
        yaml.resolver.BaseResolver.__init__(self)


try:  # libyaml composes about 30x faster; the pure-Python loader is the fallback
    from yaml._yaml import CParser

    class _CLoader(CParser, yaml.resolver.BaseResolver):  # type: ignore[misc]
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.resolver.BaseResolver.__init__(self)

    _FAST: type | None = _CLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    _FAST = None


class _RefusedError(Exception):
    def __init__(self, mark: yaml.Mark, message: str, hint: str) -> None:
        super().__init__(message)
        self.mark, self.message, self.hint = mark, message, hint


def read_text(path: Path) -> str:
    """The file's text, refusing what is not a text file we can read."""
    name = display_path(path)
    try:
        raw = read_regular(path, MAX_BYTES)
    except Unreadable as exc:
        raise ValidationFailed([Issue(name, message=exc.reason, hint=exc.hint)]) from None
    if len(raw) > MAX_BYTES:
        raise ValidationFailed([Issue(name, message=f"bestand is te groot ({nl.bedrag(_size(path, len(raw)))} bytes)",
                                      hint=f"een gegevensbestand mag hoogstens {nl.bedrag(MAX_BYTES)} bytes zijn;"
                                      " splits het op")])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationFailed([Issue(name, 1, 1, message="het bestand is opgeslagen als UTF-16",
                                      hint="sla het op als UTF-8 (in Kladblok: Opslaan als → Codering: UTF-8)")])
    if b"\x00" in raw:
        raise ValidationFailed([_nul(name, raw)])
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = len(raw[raw.rfind(b"\n", 0, exc.start) + 1: exc.start].decode("utf-8", "replace")) + 1  # characters, as an editor counts
        raise ValidationFailed([_not_utf8(name, raw, exc.start, line, column)]) from None


def _not_utf8(name: str, raw: bytes, at: int, line: int, column: int) -> Issue:
    """Not UTF-8: named as Windows-1252 (what Kladblok and Word on Windows call ANSI) when it reads as
    that, with the character as it was meant, so the author recognises the spot."""
    hint = "sla het op als UTF-8 (in Kladblok: Opslaan als → Codering: UTF-8)"
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return Issue(name, line, column, message="het bestand is niet in UTF-8 opgeslagen", hint=hint)
    meant = raw[at:at + 1].decode("cp1252")
    return Issue(name, line, column, message=f"het bestand is opgeslagen als Windows-1252 (ANSI), niet als UTF-8: hier staat '{meant}'",
                 hint=f"{hint}; de tekst blijft dan gelijk")


def _binary(raw: bytes) -> bool:
    """Mostly not text: control bytes in more than a tenth of the start (a zip, an image)."""
    head = raw[:512]
    return sum(1 for b in head if b < 9 or 13 < b < 32) > len(head) / 10


def _nul(name: str, raw: bytes) -> Issue:
    """A binary file as such; a text with a stray NUL at its line and column."""
    if _binary(raw):
        return Issue(name, message="dit is geen tekstbestand (het bevat binaire gegevens)",
                     hint="sla het op als platte tekst (YAML, UTF-8)")
    at = raw.index(b"\x00")
    line = raw[:at].count(b"\n") + 1
    column = len(raw[raw.rfind(b"\n", 0, at) + 1: at].decode("utf-8", "replace")) + 1
    return Issue(name, line, column, message="het bestand bevat een NUL-teken (U+0000): dit is geen tekstbestand, of er is"
                 " iets beschadigd", hint="verwijder het teken, of sla het bestand opnieuw op als platte tekst (YAML, UTF-8)")


def _size(path: Path, read: int) -> int:
    try:
        return max(read, path.stat().st_size)
    except OSError:
        return read


def load(path: Path) -> Document:
    """Load one YAML data file into plain dicts, lists and strings with positions."""
    return parse(read_text(path), path)


def parse(text: str, path: Path) -> Document:
    """YAML text (a file's, or a starter as `nieuw` would write it) as a Document named `path`."""
    text = editor_text(text)
    lines = Lines(text)
    name = display_path(path)
    try:
        node = _compose(text)
    except _RefusedError as exc:
        raise ValidationFailed([Issue(name, *lines.at(exc.mark), message=exc.message, hint=exc.hint)]) from None
    except yaml.MarkedYAMLError as exc:
        raise ValidationFailed([syntax_issue(name, exc, lines)]) from None
    except yaml.reader.ReaderError as exc:
        raise ValidationFailed([reader_issue(name, exc, lines)]) from None
    except yaml.YAMLError:
        raise ValidationFailed([Issue(name, message=YAML_DEFAULT[0], hint=YAML_DEFAULT[1])]) from None
    except RecursionError:
        raise ValidationFailed([Issue(name, message=DEEP[0], hint=DEEP[1])]) from None
    doc = Document(path, None)
    if node is None:
        raise ValidationFailed([Issue(name, 1, 1, message="het bestand is leeg",
                                      hint="begin met 'soort:' (maak een voorbeeld met 'raadsstukken nieuw')")])
    issues: list[Issue] = []
    try:
        doc.data = _Converter(doc, issues, lines).convert(node, ())
    except _RefusedError as exc:
        raise ValidationFailed([Issue(name, *lines.at(exc.mark), message=exc.message, hint=exc.hint)]) from None
    except RecursionError:
        raise ValidationFailed([Issue(name, message=DEEP[0], hint=DEEP[1])]) from None
    if issues:
        raise ValidationFailed(issues)
    return doc


def _compose(text: str) -> Node | None:
    """libyaml first; the pure-Python composer where libyaml refuses a \\u escape of a lone
    surrogate, so the field validator can name the field and the code point instead."""
    for loader_class in ([_FAST] if _FAST else []) + [_Loader]:
        loader = loader_class(text)
        try:
            return loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            if loader_class is _Loader or not str(exc.problem).startswith("found invalid Unicode character escape"):
                raise
        finally:
            loader.dispose()
    return None


@dataclass
class _Converter:
    """Nodes → plain values, recording each value's position and the text traps found on the way."""

    doc: Document
    issues: list[Issue]
    lines: Lines
    seen: set[int] = field(default_factory=set)

    def convert(self, node: Node, loc: Path_) -> Any:
        doc = self.doc
        if id(node) in self.seen:  # the same node twice: an alias (libyaml shares the anchored node)
            raise _RefusedError(node.start_mark, ANCHOR_MESSAGE, ANCHOR_HINT)
        self.seen.add(id(node))
        doc.positions[loc] = self.lines.at(node.start_mark)
        if node.tag not in ALLOWED_TAGS:
            self.issues.append(doc.issue(loc, f"het label '{node.tag.replace('tag:yaml.org,2002:', '!!')}' is niet toegestaan",
                                         "verwijder het label; schrijf alleen gewone tekst"))
            return None
        if isinstance(node, ScalarNode):
            doc.warnings.extend(as_warning(doc.issue(loc, m, h)) for m, h in traps(node, self.lines))
            comment = comment_trap(node, self.lines)
            if comment is not None:
                doc.comments.append((loc, as_warning(doc.issue(loc, *comment))))
            return node.value
        if isinstance(node, SequenceNode):
            return [self.convert(child, (*loc, i)) for i, child in enumerate(node.value)]
        assert isinstance(node, MappingNode)
        return self.mapping(node, loc)

    def mapping(self, node: MappingNode, loc: Path_) -> dict[str, Any]:
        doc = self.doc
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line, column = self.lines.at(key_node.start_mark)
            if not isinstance(key_node, ScalarNode):
                self.issues.append(Issue(doc.name, line, column, format_loc(loc), "een sleutel moet een eenvoudige naam zijn",
                                         "schrijf een gewone naam met een dubbele punt erachter (zoals 'titel:'); een"
                                         " sleutel tussen [ ] of { } of na '? ' kan niet"))
                continue
            key = unicodedata.normalize("NFC", key_node.value)  # café typed two ways is one key
            if key in result:
                first = doc.key_positions[(*loc, key)]
                self.issues.append(Issue(doc.name, line, column, format_loc((*loc, key)),
                                         f"staat twee keer in het bestand (ook op regel {first[0]})", "houd één van de twee over"))
                continue
            doc.key_positions[(*loc, key)] = (line, column)
            result[key] = self.convert(value_node, (*loc, key))
        return result
