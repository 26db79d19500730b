"""The applied tree → the raadsbesluit's context (new texts only) and the redline's (both, marked).

Both use the raadsbesluit template and the shape of the raadsvoorstel's `beslispunten`, so the
redline with every change accepted is the raadsbesluit, paragraph for paragraph.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from typing import Any

from generator.soorten.raadsbesluit.apply import Auteur, Item, Toegepast
from generator.soorten.verordening import references as ref
from generator.word.revisions import DEL, INS, Author, marked

Text = Callable[[Item], str]


class View:
    """How one side reads: the besluit (`redline` False) or the redline with its authors."""

    def __init__(self, redline: bool, griffie: Auteur) -> None:
        self.redline = redline
        self.authors: list[Author] = [Author(griffie.naam, griffie.datum)]

    def author(self, auteur: Auteur | None) -> int:
        if auteur is None:
            return 0
        entry = Author(auteur.naam, auteur.datum)
        if entry not in self.authors:
            self.authors.append(entry)
        return self.authors.index(entry)

    def shown(self, items: list[Item]) -> list[Item]:
        return items if self.redline else [i for i in items if i.nieuw is not None]

    def text(self, item: Item) -> str:
        if not self.redline:
            return item.nieuw or ""
        return diff(item.oud, item.nieuw, self.author(item.auteur))

    def number(self, old: str, new: str, auteur: Auteur | None) -> str:
        return diff(old or None, new or None, self.author(auteur)) if self.redline else new


def diff(oud: str | None, nieuw: str | None, author: int) -> str:
    """Word by word: unchanged words plain, the rest deleted then inserted."""
    if oud == nieuw:
        return oud or ""
    if oud is None or nieuw is None:
        return marked(INS if oud is None else DEL, author, nieuw if oud is None else oud)  # type: ignore[arg-type]
    a, b = re.split(r"(\s+)", oud), re.split(r"(\s+)", nieuw)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append("".join(a[i1:i2]))
            continue
        out.append(marked(DEL, author, "".join(a[i1:i2])))
        out.append(marked(INS, author, "".join(b[j1:j2])))
    return "".join(out)


def numbers(items: list[Item], fmt: Callable[[int, int], str]) -> list[tuple[str, str]]:
    """(number in the ontwerp, number in the besluit) per item; "" where it is not there."""
    old_count = sum(1 for i in items if i.oud is not None)
    new_count = sum(1 for i in items if i.nieuw is not None)
    result, old_n, new_n = [], 0, 0
    for item in items:
        old = new = ""
        if item.oud is not None:
            old_n += 1
            old = fmt(old_n, old_count)
        if item.nieuw is not None:
            new_n += 1
            new = fmt(new_n, new_count)
        result.append((old, new))
    return result


def lid_fmt(n: int, count: int) -> str:
    return f"{n}." if count > 1 else ""


def letter_fmt(n: int, _count: int) -> str:
    return f"{ref.letter(n - 1)}."


def beslispunten(toegepast: Toegepast, view: View) -> list[dict[str, Any]]:
    items = [p.item for p in toegepast.punten]
    nummers = numbers(items, lambda n, _c: f"{n}.")
    result = []
    for punt, (old, new) in zip(toegepast.punten, nummers, strict=True):
        if punt.item.nieuw is None and not view.redline:
            continue
        result.append({"nummer": view.number(old, new, punt.item.auteur), "tekst": view.text(punt.item),
                       "titel": punt.titel, "artikelen": [artikel(a, view) for a in punt.artikelen]})
    return result


def artikel(a: Any, view: View) -> dict[str, Any]:
    leden = []
    for lid, (old, new) in zip(a.leden, numbers(a.leden, lid_fmt), strict=True):
        if lid.nieuw is None and not view.redline:
            continue
        onderdelen = [{"letter": view.number(o_old, o_new, o.auteur), "begrip": o.begrip, "tekst": view.text(o)}
                      for o, (o_old, o_new) in zip(lid.kinderen, numbers(lid.kinderen, letter_fmt), strict=True)
                      if o.nieuw is not None or view.redline]
        leden.append({"nummer": view.number(old, new, lid.auteur), "tekst": view.text(lid), "onderdelen": onderdelen})
    return {"kop": a.kop, "leden": leden}
