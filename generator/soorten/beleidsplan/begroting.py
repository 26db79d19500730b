"""Begroting arithmetic: amounts read exactly, saldo and geraamd resultaat computed, totals per programma.

Money is `decimal.Decimal` made from the author's string, never a float. The arithmetic follows the
programmabegroting (seed 004): saldo = lasten − baten; geraamd resultaat = saldo + toevoeging aan
reserves − onttrekking aan reserves. Negative amounts print with a leading minus, as Zwolle's
begroting prints them; a table with cents anywhere shows two decimals in every cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Context, Decimal, DivisionByZero, Inexact, InvalidOperation, Overflow, Rounded, localcontext

from generator import nl

PLAIN = re.compile(r"-?\d+(?:,\d{1,2})?")
DUTCH = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
MINUS_SIGNS = "\u2212\u2013"  # − and – as PDFs and Word write a minus
FORMAT_HINT = "schrijf het bedrag zoals 2763946, 2.763.946 of -1.250,50"
COLUMNS = ("lasten", "baten", "saldo", "toevoeging", "onttrekking", "resultaat")
HEADERS = ("Lasten", "Baten", "Saldo", "Toevoeging aan reserves", "Onttrekking aan reserves", "Geraamd resultaat")


MAX_DIGITS = 40
"""Digits before the comma: any sum of a begroting (up to a million rows) stays exact in MONEY."""
MONEY = Context(prec=50, traps=[InvalidOperation, Overflow, Inexact, Rounded, DivisionByZero])
"""The arithmetic's own context, set explicitly: a result that would need rounding raises, never rounds."""


class AmountError(ValueError):
    """An amount we refuse to guess at; the message is Dutch and carries its fix after " — "."""


def parse_amount(text: str) -> Decimal:
    """`2763946`, `2.763.946`, `-1.250,50` → Decimal; anything that could mean two things is refused."""
    value = text.strip()
    for sign in MINUS_SIGNS:
        value = value.replace(sign, "-")
    if PLAIN.fullmatch(value) or DUTCH.fullmatch(value):
        digits = value.lstrip("-").split(",")[0].replace(".", "").lstrip("0")
        if len(digits) > MAX_DIGITS:
            raise AmountError(f"'{text}' is te groot voor een bedrag ({len(digits)} cijfers voor de komma)"
                              f" — een bedrag heeft hoogstens {MAX_DIGITS} cijfers voor de komma; controleer het")
        return Decimal(value.replace(".", "").replace(",", "."))
    raise AmountError(f"'{text}' is geen bedrag — {_advice(value)}")


def _advice(value: str) -> str:
    if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?", value):
        return ("dubbelzinnig: een komma is in het Nederlands het decimaalteken en een bedrag heeft hoogstens"
                " twee decimalen; bedoelt u duizendtallen, schrijf dan punten (1.250) of alleen cijfers (1250)")
    if re.fullmatch(r"-?\d+\.\d{1,2}", value):
        return "dubbelzinnig: schrijf decimalen met een komma (12,50) en duizendtallen met punten (1.250)"
    if re.fullmatch(r"-?[\d.]+,\d{3,}", value):
        return "een bedrag heeft hoogstens twee decimalen (centen); rond af op centen"
    return FORMAT_HINT


@dataclass(frozen=True)
class Regel:
    """One line of the "Overzicht baten en lasten": the stated figures and what follows from them."""

    lasten: Decimal
    baten: Decimal = Decimal(0)
    toevoeging: Decimal = Decimal(0)
    onttrekking: Decimal = Decimal(0)

    @property
    def saldo(self) -> Decimal:
        with localcontext(MONEY):
            return self.lasten - self.baten

    @property
    def resultaat(self) -> Decimal:
        """Geraamd resultaat = saldo + toevoeging aan reserves − onttrekking aan reserves."""
        with localcontext(MONEY):
            return self.saldo + self.toevoeging - self.onttrekking

    def values(self) -> tuple[Decimal, ...]:
        return tuple(getattr(self, column) for column in COLUMNS)


def totaal(regels: list[Regel]) -> Regel:
    """The column sums (saldo and resultaat of the sums equal the sums of saldo and resultaat)."""
    with localcontext(MONEY):
        return Regel(
            lasten=sum((r.lasten for r in regels), Decimal(0)),
            baten=sum((r.baten for r in regels), Decimal(0)),
            toevoeging=sum((r.toevoeging for r in regels), Decimal(0)),
            onttrekking=sum((r.onttrekking for r in regels), Decimal(0)),
        )


def has_cents(values: list[Decimal]) -> bool:
    return any(value != value.to_integral_value() for value in values)


def format_amount(value: Decimal, cents: bool = False) -> str:
    """Dutch notation via nl.py: `2.763.946`, `-1.250` or, in a table with cents, `-1.250,50`."""
    value = value if value else Decimal(0)  # never print "-0"
    return nl.bedrag_centen(value) if cents else nl.bedrag(value)


def saldo_mismatch(regel: Regel, stated: Decimal) -> str | None:
    """The message for a stated saldo that differs from lasten − baten, or None when it agrees."""
    fmt = _formatter([*regel.values(), stated])
    formula = f"lasten {fmt(regel.lasten)} − baten {fmt(regel.baten)}"
    return _mismatch("saldo", stated, regel.saldo, formula, fmt)


def resultaat_mismatch(regel: Regel, stated: Decimal) -> str | None:
    """The message for a stated geraamd resultaat that differs from the computed one, or None."""
    fmt = _formatter([*regel.values(), stated])
    formula = (f"saldo {fmt(regel.saldo)} + toevoeging aan reserves {fmt(regel.toevoeging)}"
               f" − onttrekking aan reserves {fmt(regel.onttrekking)}")
    return _mismatch("geraamd_resultaat", stated, regel.resultaat, formula, fmt)


def _formatter(values: list[Decimal]) -> Callable[[Decimal], str]:
    cents = has_cents(values)
    return lambda value: format_amount(value, cents)


def _mismatch(name: str, stated: Decimal, computed: Decimal, formula: str, fmt: Callable[[Decimal], str]) -> str | None:
    if stated == computed:
        return None
    return (f"vermeld is {fmt(stated)}, berekend is {fmt(computed)} ({formula})"
            f" — corrigeer het bedrag of laat '{name}:' weg; raadsstukken berekent het zelf")


def table_rows(rows: list[tuple[str, Regel]]) -> list[dict[str, object]]:
    """Template rows: a label and the six formatted figures, one notation for the whole table."""
    cents = has_cents([value for _, regel in rows for value in regel.values()])
    return [{"label": label, "bedragen": [format_amount(v, cents) for v in regel.values()]} for label, regel in rows]
