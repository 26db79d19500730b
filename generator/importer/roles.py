"""Line roles: every line of a source gets one role, chosen by a named rule from a rule table.

A rule reads one line with its neighbours and a small explicit state (`State`); the first rule of a
table that applies gives the line its role. Assembly (preamble.py, tail.py, amendement.py) is then one
pass over the labelled lines: each role has one reader that takes the facts out of its line.

Every decision that is not certain is a `Finding`: the rule's name, the line and what was decided, so a
file that goes wrong names the rule that did it and the corpus can count hits per rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    FURNITURE = "furniture"
    """Page furniture: a site's label, a Kamerstuk's chamber line; named in a note, never text."""
    TITLE = "title"
    FORM = "form"
    """A line of the form above the motie: number, agenda item, voorstel, a dated label."""
    OPENING = "opening"
    HEADER = "header"
    POINT = "point"
    CONTINUATION = "continuation"
    """A line that goes on with the unit above it (an opening, a title, a point, a toelichting)."""
    SLOT = "slot"
    INDIENER = "indiener"
    FRACTIE = "fractie"
    VOTE = "vote"
    FOOTNOTE = "footnote"
    TOELICHTING = "toelichting"
    UNPLACED = "unplaced"


@dataclass
class State:
    """What a rule may know beyond the line and its neighbours."""

    kamer: bool = False
    """The page is a Kamerstuk (its chamber line or "De Kamer," stands anywhere on it)."""
    mode: str = "start"
    """Where the reader is: an opening, a title, a toelichting, the signatures, a vote table, …"""
    opening_read: bool = False
    signed: bool = False
    """An indiener has been read."""
    labelled: bool = False
    """An indieners label ("Ingediend door") has been read."""
    refs: frozenset[str] = frozenset()
    """Footnote marks found in the points; a line that starts with one of them is its note."""
    noted: set[str] = field(default_factory=set)
    """Footnote marks whose note has been read."""
    columns: dict[str, int] = field(default_factory=dict)
    """The columns of a vote table, from its header line."""


@dataclass(frozen=True)
class Line:
    """A line as a rule sees it: its text, its neighbours (blank lines skipped) and the state."""

    text: str
    index: int
    prev: str = ""
    next: str = ""
    raw: str = ""
    """The line before spaces were squeezed: column gaps of a table are three or more spaces."""
    first: bool = False
    state: State = field(default_factory=State)
    following: tuple[str, ...] = ()
    """The lines after this one (for a rule that looks past the next line)."""


@dataclass(frozen=True)
class Rule:
    name: str
    applies: Callable[[Line], object]
    role: Role
    certain: bool = True
    """False: the decision is a guess; the reader leaves a finding naming this rule and the line."""


@dataclass(frozen=True)
class Finding:
    """An uncertain decision: which rule made it, on which line (0-based in the cleaned text, or -1 when
    it concerns the whole text), and what was decided, in Dutch for the user."""

    rule: str
    line: int
    text: str
    message: str

    def __str__(self) -> str:
        return self.message


def decide(table: Sequence[Rule], line: Line) -> Rule | None:
    """The first rule of the table that applies to the line."""
    for rule in table:
        if rule.applies(line):
            return rule
    return None


def lines_of(texts: Sequence[str], state: State, raws: Sequence[str] | None = None) -> Iterable[Line]:
    """Each non-empty text with its non-empty neighbours; the state is shared, so a reader may change it
    between lines (the mode after a slot, the signatures after a label)."""
    kept = [i for i, t in enumerate(texts) if t.strip()]
    for position, index in enumerate(kept):
        prev = texts[kept[position - 1]] if position else ""
        nxt = texts[kept[position + 1]] if position + 1 < len(kept) else ""
        raw = raws[index] if raws is not None else texts[index]
        following = tuple(texts[i] for i in kept[position + 1:])
        yield Line(texts[index], index, prev, nxt, raw, position == 0, state, following)


@dataclass
class Labelled:
    """A line with its role and the rule that gave it."""

    index: int
    text: str
    role: Role
    rule: str


@dataclass
class Hits:
    """How often each rule fired, for the corpus report (`tools/rule_hits.py`)."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, rule: str) -> None:
        self.counts[rule] = self.counts.get(rule, 0) + 1
