"""The one date the tool takes from outside its data: today, or SOURCE_DATE_EPOCH when set."""

from __future__ import annotations

import datetime as dt
import os

from generator.errors import UsageError

FIX = "zet er een getal in, zoals de uitvoer van 'git log -1 --format=%ct', of haal de variabele weg"


def source_date() -> dt.date | None:
    """The day SOURCE_DATE_EPOCH names (reproducible builds and CI), or None when it is not set.

    A value that is no time is an error (exit 2), never silently the clock: a CI that sets it
    wrongly would otherwise get documents dated by whenever the build ran."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "")
    epoch = raw.strip()
    if not epoch:
        return None
    if not epoch.isdigit() or not epoch.isascii():
        raise UsageError(f"SOURCE_DATE_EPOCH is '{raw[:40]}'; dat is geen tijdstip (een aantal seconden sinds"
                         " 1 januari 1970)", FIX)
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        raise UsageError(f"SOURCE_DATE_EPOCH is '{raw[:40]}'; dat ligt na het jaar 9999", FIX) from None


def today() -> dt.date:
    """Today, or the day SOURCE_DATE_EPOCH names."""
    return source_date() or dt.date.today()
