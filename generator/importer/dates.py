"""Dutch dates in running text → ISO dates, with month and weekday names from Babel's CLDR data."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from babel.dates import get_day_names, get_month_names

LOCALE = "nl_NL"


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=LOCALE).items():
            names[name.lower().rstrip(".")] = number
    return names


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    days = "|".join(map(re.escape, get_day_names("wide", locale=LOCALE).values()))
    return re.compile(
        rf"\b(?:(?:{days})\s+)?(?:(?P<d0>\d{{1,2}})\s+(?:en|&)\s+)?(?P<d>\d{{1,2}})\s+(?P<m>{months})\.?\s+(?P<y>\d{{4}})\b"
        r"|\b(?P<nd>\d{1,2})[-/.](?P<nm>\d{1,2})[-/.](?P<ny>\d{4})\b"
        r"|\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b",
        re.IGNORECASE,
    )


def find_dates(text: str) -> list[tuple[re.Match[str], dt.date]]:
    """Every valid date in `text` with its match, in order; of "5 en 12 november" the first day."""
    found = []
    for match in _pattern().finditer(text):
        day = match.group("d0") or match.group("d") or match.group("nd") or match.group("id")
        year = match.group("y") or match.group("ny") or match.group("iy")
        month = _months()[match.group("m").lower()] if match.group("m") else int(match.group("nm") or match.group("im"))
        try:
            found.append((match, dt.date(int(year), month, int(day))))
        except ValueError:
            continue
    return found


def first_date(text: str) -> dt.date | None:
    dates = find_dates(text)
    return dates[0][1] if dates else None


def date_pattern() -> re.Pattern[str]:
    return _pattern()


def month_number(name: str) -> int | None:
    """ "juli" → 7, "jul" → 7; None for a word that is no month."""
    return _months().get(name.lower().rstrip("."))
