"""The considerans and dictum: blocks of points under their headers.

Points are found by structure: a list marker (bullet, "1.", "a)") opens a point; without markers a
line that ends a clause (";", ".", ", en") closes one. Blank lines inside points are ignored, since PDF
extraction puts them anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.importer.headers import WEAK, Header, match_header
from generator.importer.people import is_name, is_party
from generator.importer.textclean import ends_sentence, ends_unit, is_blank, join_lines, marker_class, split_marker

_REF = re.compile(r"(?<=[a-zà-ÿ]{2})(\d{1,2})(?=[;:,.!?)’'\"]|\s|$)")
_UNITS = re.compile(r"(?:km|cm|dm|mm|co|no|nh|ch)\d$", re.IGNORECASE)
_FOOTNOTE_LINE = re.compile(r"^(?P<label>\d{1,2})\s*(?P<text>(?:[A-Z‘'\"“(]|https?:|www\.).*)$")


@dataclass
class Block:
    kind: str
    kop: str
    points: list[list[str]] = field(default_factory=list)
    marked: bool = False
    main: str | None = None
    """The marker of the block's own list; another marker after a point ending in ':' opens a sublist."""
    in_sublist: bool = False
    own_paragraph: bool = False
    """The header opened a paragraph after a blank line: a repeated header there is a block of its own."""
    repeats: int = 0
    """How often the same header stood again above more points of this block (merged into it)."""

    def feed(self, marker: str | None, content: str) -> bool:
        """Add one line; False when the line cannot belong to this block (the dictum has ended)."""
        current = self.points[-1][-1] if self.points and self.points[-1] else ""
        if marker:
            self.marked = True
            self.main = self.main or marker
            if marker != self.main and (self.in_sublist or current.rstrip().endswith(":")):
                self.in_sublist = True
                self.points[-1].append(content)
                return True
            self.in_sublist = False
        if self.in_sublist:
            self.points[-1].append(content)
        elif not self.points or marker:
            self.points.append([content] if content else [])
        elif not current or not ends_unit(current):
            self.points[-1].append(content)
        elif self.kind == "verzoeken" and ends_sentence(current) and (self.marked or content[:1].isupper()):
            return False
        else:
            self.points.append([content])
        return True

    def texts(self) -> list[str]:
        return [text for text in (join_lines(p) for p in self.points) if text]


@dataclass
class Body:
    blocks: list[Block]
    end: int
    """Index of the first line after the dictum."""
    footnotes: dict[str, str] = field(default_factory=dict)


def candidate_refs(text: str) -> set[str]:
    """Labels of footnote marks glued to a word ("instrument is1;"), units like km2 excepted."""
    found = set()
    for match in _REF.finditer(text):
        word = re.search(r"\w+$", text[: match.end()])
        if word and not _UNITS.fullmatch(word.group()):
            found.add(match.group(1))
    return found


def find_start(lines: list[str]) -> int | None:
    """Index of the first block header not preceded by running text that is still open."""
    for index, line in enumerate(lines):
        marker, _ = split_marker(line)
        if not is_blank(line) and marker is None and match_header(line):
            return index
    return None


def parse_body(lines: list[str], start: int, is_tail: Callable[[str], bool]) -> Body:
    body = Body([], len(lines))
    refs: set[str] = set()
    open_text = False
    after_blank = start > 0 and is_blank(lines[start - 1])
    for index in range(start, len(lines)):
        line = lines[index]
        text = line.strip()
        if is_blank(line):
            after_blank = True
            continue
        # a clause ended by a comma before a strong header word counts as a paragraph end: a PDF
        # loses the blank lines between "overwegende dat …," and "constaterende dat …,"
        clause_end = index > 0 and lines[index - 1].rstrip().endswith(",")
        header = _header(text, open_text, bool(body.blocks), after_blank or clause_end)
        blank_before, after_blank = after_blank, False
        signed = blank_before and _name_then_party(lines, index)
        if header is None and (is_tail(text) or signed or _SLOT_POINT.match(split_marker(line)[1])):
            body.end = index
            break
        if header:
            own = (blank_before or clause_end) and bool(header.rest)
            body.blocks.append(Block(header.kind, header.kop, own_paragraph=own))
            if header.rest:
                body.blocks[-1].feed(None, header.rest)
            open_text = bool(header.rest) and not ends_unit(header.rest)
            refs |= candidate_refs(header.rest)
            continue
        footnote = _FOOTNOTE_LINE.match(text)
        if footnote and footnote.group("label") in refs - set(body.footnotes):
            body.footnotes[footnote.group("label")] = footnote.group("text").strip()
            continue
        content = split_marker(line)[1]
        if not body.blocks[-1].feed(marker_class(line), content):
            body.end = index
            break
        open_text = not ends_unit(content)
        refs |= candidate_refs(content)
    return body


def _name_then_party(lines: list[str], index: int) -> bool:
    """A full name on its own line with a fractie on the next: the signatures, when no slot came first."""
    text = lines[index].strip()
    following = next((line.strip() for line in lines[index + 1:] if line.strip()), "")
    return len(text.split()) >= 2 and is_name(text) and is_party(following)


_SLOT_POINT = re.compile(r"^(?:en\s+)?ga(?:at|an)\s+over\s+(?:tot|naar)\s+de\s+orde\s+van\s+de\s+dag", re.IGNORECASE)
"""The slot written as one more bullet of the dictum ("• en gaat over tot de orde van de dag.")."""


def _header(text: str, open_text: bool, started: bool, after_blank: bool = False) -> Header | None:
    """A header, unless the previous line left a sentence open (then it is a continuation).

    A strong header word after a blank line starts a block even then: web copies leave the last
    point of a block without ';' ("… ontbrak" / "roept het college op:").
    """
    marker, _ = split_marker(text)
    if marker is not None:
        return None
    header = match_header(text)
    if header is None or not started or not open_text:
        return header
    if not header.rest and (text[:1].isupper() or text.endswith(":")):
        return header
    return header if after_blank and _strong(text) else None


def _strong(text: str) -> bool:
    first = text.split(maxsplit=1)[0].lower().strip(",:")
    return first not in WEAK and first not in {"gezien", "gehoord", "gelet"}
