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
from generator.importer.roles import Labelled, Role
from generator.importer.textclean import ends_sentence, ends_unit, is_blank, join_lines, marker_class, split_marker

_REF = re.compile(r"(?<=[a-zà-ÿ]{2})(\d{1,2})(?=[;:,.!?)’'\"]|\s|$)")
BRACKET_REF = re.compile(r"\[(\d{1,2})\](?!\()")
"""A footnote mark as a web page writes it: "Direct Duidelijk[1][2];"."""
_UNITS = re.compile(r"(?:km|cm|dm|mm|co|no|nh|ch)\d$", re.IGNORECASE)
_FOOTNOTE_LINE = re.compile(r"^\[?(?P<label>\d{1,2})\]?\s*(?P<text>(?:[A-Z‘'\"“(]|https?:|www\.).*)$")


@dataclass
class Block:
    kind: str
    kop: str
    points: list[list[str]] = field(default_factory=list)
    own_paragraph: bool = False
    """The header opened a paragraph after a blank line: a repeated header there is a block of its own."""
    repeats: int = 0
    """How often the same header stood again above more points of this block (merged into it)."""

    def texts(self) -> list[str]:
        return [text for text in (join_lines(p) for p in self.points) if text]


@dataclass
class Body:
    blocks: list[Block]
    end: int
    """Index of the first line after the dictum."""
    footnotes: dict[str, str] = field(default_factory=dict)
    labels: list[Labelled] = field(default_factory=list)
    """Every line of the body with its role and the rule that gave it."""


def candidate_refs(text: str) -> set[str]:
    """Labels of footnote marks glued to a word ("instrument is1;"), units like km2 excepted."""
    found = set(BRACKET_REF.findall(text))
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


@dataclass
class _Points:
    """The labeller's state inside one block: what decides whether a line opens a point."""

    kind: str
    main: str | None = None
    marked: bool = False
    in_sublist: bool = False
    current: str = ""
    started: bool = False
    indent: int | None = None
    """How far the block's own list markers stand in; a marker further in opens a sublist."""

    def role(self, marker: str | None, content: str, indent: int = 0) -> tuple[Role | None, str]:
        """(role, rule) of one line of the block; (None, rule) when the line ends the dictum."""
        if marker:
            self.marked = True
            self.main = self.main or marker
            self.indent = indent if self.indent is None else self.indent
            deeper = indent > self.indent
            if (marker != self.main or deeper) and (self.in_sublist or self.current.rstrip().endswith(":")):
                self.in_sublist = True
                return self._take(Role.CONTINUATION, "sublijst", content)
            self.in_sublist = False
        if self.in_sublist:
            return self._take(Role.CONTINUATION, "sublijst", content)
        if not self.started or marker:
            return self._open(content, "opsommingsteken" if marker else "eerste-punt")
        if self.marked and self.indent is not None and indent > self.indent:
            return self._take(Role.CONTINUATION, "hangend", content)  # under the text of a bulleted point, not its marker
        if not self.current or not ends_unit(self.current):
            return self._take(Role.CONTINUATION, "zin-loopt-door", content)
        if self.kind == "verzoeken" and ends_sentence(self.current) and (self.marked or content[:1].isupper()):
            return None, "dictum-af"
        return self._open(content, "zin-afgesloten")

    def _open(self, content: str, rule: str) -> tuple[Role, str]:
        self.started, self.current = True, content
        return Role.POINT, rule

    def _take(self, role: Role, rule: str, content: str) -> tuple[Role, str]:
        self.current = content or self.current
        return role, rule


def label_body(lines: list[str], start: int, is_tail: Callable[[str], bool]) -> Body:
    """Each line from the first header to the end of the dictum: header, point, continuation or footnote."""
    body = Body([], len(lines))
    refs: set[str] = set()
    noted: set[str] = set()
    open_text = False
    points: _Points | None = None
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
        header = _header(text, open_text, points is not None, after_blank or clause_end)
        blank_before, after_blank = after_blank, False
        signed = blank_before and _name_then_party(lines, index)
        if header is None and (is_tail(text) or signed or _SLOT_POINT.match(split_marker(line)[1])):
            body.end = index
            break
        if header:
            own = (blank_before or clause_end) and bool(header.rest)
            body.labels.append(Labelled(index, text, Role.HEADER, "kop-eigen-alinea" if own else "kop"))
            points = _Points(header.kind)
            if header.rest:
                points.role(None, header.rest)
            open_text = bool(header.rest) and not ends_unit(header.rest)
            refs |= candidate_refs(header.rest)
            continue
        footnote = _FOOTNOTE_LINE.match(text)
        if footnote and footnote.group("label") in refs - noted:
            noted.add(footnote.group("label"))
            body.labels.append(Labelled(index, text, Role.FOOTNOTE, "voetnoot-in-blok"))
            continue
        content = split_marker(line)[1]
        assert points is not None
        if _HEARD.fullmatch(text):  # "Gehoord de beraadslaging," between the blocks: part of the opening formula
            body.labels.append(Labelled(index, text, Role.OPENING, "gehoord"))
            open_text = False
            continue
        if _EMPTY_POINT.fullmatch(text):  # "-" alone: a bullet without a point, no point of its own
            body.labels.append(Labelled(index, text, Role.FURNITURE, "leeg-punt"))
            continue
        role, rule = points.role(marker_class(line), content, len(line) - len(line.lstrip()))
        if role is None and _slot_follows(lines, index, is_tail):  # sentences, then the slot: still the dictum's points
            role, rule = points._open(content, "punt-voor-slotzin")
        if role is None:
            body.end = index
            break
        body.labels.append(Labelled(index, line, role, rule))
        open_text = not ends_unit(content)
        refs |= candidate_refs(content)
    return body


def assemble_body(body: Body) -> Body:
    """The blocks from the labelled lines, in one pass."""
    for labelled in body.labels:
        if labelled.role is Role.HEADER:
            header = match_header(labelled.text) or Header("verzoeken", labelled.text.rstrip(" :") + ":", "")
            body.blocks.append(Block(header.kind, header.kop, own_paragraph=labelled.rule == "kop-eigen-alinea"))
            if header.rest:
                body.blocks[-1].points.append([header.rest])
        elif labelled.role in (Role.FURNITURE, Role.OPENING):
            continue
        elif labelled.role is Role.FOOTNOTE:
            match = _FOOTNOTE_LINE.match(labelled.text)
            if match:
                body.footnotes[match.group("label")] = match.group("text").strip()
        elif body.blocks:
            block = body.blocks[-1]
            content = split_marker(labelled.text)[1]
            if labelled.role is Role.POINT or not block.points:
                block.points.append([content] if content else [])
            else:
                block.points[-1].append(content)
    return body


def parse_body(lines: list[str], start: int, is_tail: Callable[[str], bool]) -> Body:
    return assemble_body(label_body(lines, start, is_tail))


def _slot_follows(lines: list[str], index: int, is_tail: Callable[[str], bool]) -> bool:
    """The slot ("En gaat over tot de orde van de dag.") comes within a few lines, with nothing of the tail between:
    the unmarked sentences above it are points of the dictum, not prose after the motie."""
    for line in lines[index:index + 8]:
        text = line.strip()
        if _SLOT_POINT.match(split_marker(text)[1]):
            return True
        if text and (is_tail(text) or match_header(text)):
            return False
    return False


def _name_then_party(lines: list[str], index: int) -> bool:
    """A full name on its own line with a fractie on the next: the signatures, when no slot came first."""
    text = lines[index].strip()
    following = next((line.strip() for line in lines[index + 1:] if line.strip()), "")
    return len(text.split()) >= 2 and is_name(text) and is_party(split_marker(following)[1].strip())  # "• GroenLinks"


_HEARD = re.compile(r"(?:en\s+)?gehoord\s+de\s+(?:beraadslaging(?:en)?|discussie)\s*[,;:]?", re.IGNORECASE)
_EMPTY_POINT = re.compile(r"[-–—•*·▪o]+")
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
