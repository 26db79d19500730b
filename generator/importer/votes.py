"""The vote after a motie: "Voor: GroenLinks, D66", "Uitslag: 21 voor, 16 tegen", "(22-15)", and vote
tables with a column per side ("x"), a word per row ("voor"/"tegen") or seat counts per side."""

from __future__ import annotations

import re
from typing import NamedTuple

VOTE = re.compile(r"^(?P<side>voor|tegen)(?:\s+(?:gestemd|stemden|hebben\s+gestemd|gestemd\s+hebben))?"
                  r"\s*(?:\((?P<n>\d+)\))?\s*:\s*(?P<list>.*)$", re.IGNORECASE)
UITSLAG = re.compile(r"^(?:uitslag|stemming|stemmingsuitslag|stemuitslag|totaal|resultaat)\s*:?\s*(?P<text>.*\d.*)$",
                     re.IGNORECASE)
VOTE_TABLE = re.compile(r"^(?:fractie|partij)(?:\s*\(?zetels\)?)?\s+(?:voor\s+tegen|stem(?:ming)?|stemgedrag)\s*$",
                        re.IGNORECASE)
VOTE_HEADING = re.compile(r"^(?:stemmingsuitslag(?:en)?|stemming(?:en)?|uitslag(?:\s+stemming)?|stemgedrag|stemmen|hoofdelijke"
                          r"\s+stemming)\s*:?$", re.IGNORECASE)
COUNTS = re.compile(r"(\d+)\s+(?:stemmen\s+)?voor\s*(?:,|en|/|-)?\s*(\d+)\s+(?:stemmen\s+)?tegen", re.IGNORECASE)
SCORE = re.compile(r"\(?\b(\d+)\s*[-–]\s*(\d+)\b\)?")
_WORD_ROW = re.compile(r"(?P<p>.+?)\s*(?:\((?P<z>\d+)\))?\s*[:\-–]?\s+(?P<v>voor|tegen)", re.IGNORECASE)
_COUNT_ROW = re.compile(r"(?P<p>.+?)\s+(?P<a>\d+)\s+(?P<b>\d+)")
_MARK_ROW = re.compile(r"(?P<p>.+?)\s+[xX✓✔]")


_WRITTEN_COUNTS = re.compile(r"(?:\bmet\s+)?" + COUNTS.pattern, re.IGNORECASE)
_UNANIMOUS = re.compile(r"unaniem|met algemene stemmen", re.IGNORECASE)


class Row(NamedTuple):
    side: str
    """"voor", "tegen", "totaal" (a totals row) or "verdeeld" (a fractie split its vote)."""
    party: str
    voor: int = 0
    tegen: int = 0
    zetels: int | None = None


def uitslag(text: str, force: bool = False) -> str | None:
    """The tally as the source writes it: "21 voor, 16 tegen", "met 21 stemmen voor en 16 tegen", a
    score "20-25" (without its brackets), "unaniem"; else the text itself when `force`."""
    found = _WRITTEN_COUNTS.search(text) or SCORE.search(text) or _UNANIMOUS.search(text)
    if found:
        return found.group().strip(" ()")
    return text.strip() if force and text.strip() else None


def telling(text: str) -> str | None:
    """Any written tally as "21 voor, 16 tegen" (a score reads as voor-tegen); "unaniem" as written."""
    counts = COUNTS.search(text) or SCORE.search(text)
    if counts:
        return f"{counts.group(1)} voor, {counts.group(2)} tegen"
    unanimous = _UNANIMOUS.search(text)
    return unanimous.group() if unanimous else None


def party_list(text: str) -> list[str]:
    """ "GroenLinks (11), D66 en VVD." → the parties, seat counts left out."""
    parts = re.split(r"\s*(?:,|;|\s+en\s+)\s*(?![^()]*\))", text.strip(" ."))
    names = [re.sub(r"\s*\((?![^)]*\b(?:voor|tegen)\b)[^)]*\d[^)]*\)$", "", p).strip() for p in parts]  # "(3 voor, 1 tegen)" stays
    return [n for n in names if n and not re.fullmatch(r"\(?\d+(?:\s+stemmen)?\)?", n)]


def vote_count(text: str) -> int | None:
    """The number of votes in "Voor (21): …" or "… (totaal 38 stemmen)"."""
    match = re.search(r"\((?:totaal\s+)?(\d+)(?:\s+stemmen)?\)", text, re.IGNORECASE)
    return int(match.group(1)) if match else None


def table_columns(raw_header: str) -> dict[str, int]:
    lowered = raw_header.lower()
    return {side: lowered.find(side) for side in ("voor", "tegen") if side in lowered}


def read_row(text: str, raw: str, columns: dict[str, int]) -> Row | None:
    match = _WORD_ROW.fullmatch(text)
    if match:
        seats = int(match.group("z")) if match.group("z") else None
        return Row(match.group("v").lower(), match.group("p"), zetels=seats)
    match = _COUNT_ROW.fullmatch(text)
    if match:
        party, voor, tegen = match.group("p"), int(match.group("a")), int(match.group("b"))
        if party.lower() in ("totaal", "total", "uitslag"):
            return Row("totaal", party, voor, tegen)
        if bool(voor) == bool(tegen):
            return Row("verdeeld", party, voor, tegen)
        return Row("voor" if voor else "tegen", party, voor, tegen, voor or tegen)
    match = _MARK_ROW.fullmatch(text)
    if match and columns:
        position = len(raw.rstrip()) - 1
        side = min(columns, key=lambda k: abs(columns[k] - position))
        return Row(side, match.group("p").strip())
    return None
