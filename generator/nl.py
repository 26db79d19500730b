"""Dutch formatting: dates, amounts, ordinals and lists.

Babel carries the CLDR data for dates and numbers; num2words writes Dutch ordinals ("derde").
No month or number tables of our own.
"""

from __future__ import annotations

import datetime as dt
import decimal
from contextlib import AbstractContextManager
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "nl_NL"
OPEN_DATUM = "[datum]"
"""A date that is still open (soorten/base.py `OpenDatum`), as data and document write it."""


@lru_cache(maxsize=8192)
def datum(value: dt.date | None) -> str:
    """`maandag 8 juli 2019`: the form moties and brieven use; an open date stays "[datum]" (Babel would
    print today for None)."""
    return OPEN_DATUM if value is None else format_date(value, "EEEE d MMMM y", locale=LOCALE)


@lru_cache(maxsize=8192)
def datum_kort(value: dt.date | None) -> str:
    """`8 juli 2019`; an open date "[datum]"."""
    return OPEN_DATUM if value is None else format_date(value, "d MMMM y", locale=LOCALE)


def bedrag(value: Decimal | int) -> str:
    """`2.763.946`; negative amounts with a leading minus, as Dutch begrotingen print them."""
    with _exact(value):
        return format_decimal(value, format="#,##0.##;-#,##0.##", locale=LOCALE)


def _exact(value: Decimal | int) -> AbstractContextManager[decimal.Context]:
    """Babel rounds in the current decimal context (28 digits): give it room for every digit of `value`."""
    shape = Decimal(value).as_tuple()
    exponent = shape.exponent if isinstance(shape.exponent, int) else 0
    digits = len(shape.digits) + max(exponent, 0)  # 1.1E+32 has 33 digits before the comma
    return decimal.localcontext(prec=max(28, digits + 4))


def rangtelwoord(number: int) -> str:
    """`3` → `derde`."""
    from num2words import num2words  # 16 ms to import: only when an ordinal is written

    return str(num2words(number, to="ordinal", lang="nl"))


def opsomming(items: list[str]) -> str:
    """`A, B en C`."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def bedrag_centen(value: Decimal | int) -> str:
    """`-1.250,50`: always two decimals, for tables in which some amount has cents."""
    with _exact(value):
        return format_decimal(value, format="#,##0.00;-#,##0.00", locale=LOCALE)


def vergaderjaar(value: dt.date) -> str:
    """`2022–2023`: the Staten-Generaal's session year, which opens on Prinsjesdag, the third Tuesday of
    September (Grondwet artikel 65)."""
    first = dt.date(value.year, 9, 1)
    prinsjesdag = first + dt.timedelta(days=(1 - first.weekday()) % 7 + 14)
    start = value.year if value >= prinsjesdag else value.year - 1
    return f"{start}–{start + 1}"
