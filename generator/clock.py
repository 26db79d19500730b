"""The one date the tool takes from outside its data: today, or SOURCE_DATE_EPOCH when set."""

from __future__ import annotations

import datetime as dt
import os


def source_date() -> dt.date | None:
    """The day SOURCE_DATE_EPOCH names (reproducible builds and CI), or None when it is not set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    return None


def today() -> dt.date:
    """Today, or the day SOURCE_DATE_EPOCH names."""
    return source_date() or dt.date.today()
