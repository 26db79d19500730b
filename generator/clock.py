"""The one date the tool takes from outside its data: today, or SOURCE_DATE_EPOCH when set."""

from __future__ import annotations

import datetime as dt
import os


def today() -> dt.date:
    """Today, or the day SOURCE_DATE_EPOCH names (reproducible builds and CI)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.date.today()
