"""Walking a data file's texts with their locations, shared by the strict gate and the B1 check."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

Loc = tuple[str | int, ...]

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
DUTCH_DATE = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})\b")
QUOTED = re.compile(r"[‘'“\"]([^‘’'“”\"\n]{6,200})[’'”\"]")
YEAR = re.compile(r"\b(19|20)\d\d\b")


def scalars(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every string in the file, with where it stands (keys are not texts)."""
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from scalars(value, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from scalars(value, (*loc, index))


def key_of(loc: Loc) -> str:
    """The last named key of a location: ('afdoening', 3, 'tekst') → 'tekst'."""
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return ""


def shape(loc: Loc) -> tuple[str, ...]:
    """A location with its list positions left out, to compare places in two files."""
    return tuple("*" if isinstance(part, int) else part for part in loc)


def dutch_dates(text: str) -> Iterator[dt.date]:
    for day, month, year in DUTCH_DATE.findall(text):
        try:
            yield dt.date(int(year), MONTHS.index(month) + 1, int(day))
        except ValueError:
            continue


def title_year(title: str) -> int | None:
    """"Verordening Jeugdhulp Gemeente Zwolle 2018" → 2018."""
    years = [m.group() for m in YEAR.finditer(title)]
    return int(years[-1]) if years else None


def same_but_first(a: str, b: str) -> bool:
    """Equal except perhaps the case of the first letter (a title mid-sentence: "de verordening …")."""
    return a[1:] == b[1:] and a[:1].lower() == b[:1].lower()
