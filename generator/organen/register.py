"""The built-in register: every orgaan that makes council documents, read from package data.

The CSV rows stay as their source wrote them (data/SOURCE.md); the names as they stand on
documents, the ids and the forms are derived here, so a new peildatum is a copy of new rows.
Loading is a pure function of the package data, cached once (no other module state).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from generator.organen.forms import Orgaan, gemeente, kamer, provincie, waterschap

DOCUMENT_NAMES = {"'s-Gravenhage": "Den Haag"}
"""Where documents write another name than CBS (the issue: den-haag, not s-gravenhage)."""
SUFFIX = re.compile(r"^(?P<base>.+?) \((?P<suffix>[A-Za-z.]+)\)$")


APOSTROPHES = re.compile("['\u2018\u2019\u02bc`]")
"""Straight, typographic and modifier apostrophes: one character to a reader, four to a computer."""


def slug(name: str) -> str:
    """The one slug of the tool: register ids, the importer's orgaan, the editor's file names.

    Accents go (Súdwest-Fryslân → sudwest-fryslan), and every run of anything but a letter or digit,
    an apostrophe of any form included, becomes one hyphen, none at either end: 's-Hertogenbosch and
    ’s-Hertogenbosch → s-hertogenbosch, Hunze en Aa's → hunze-en-aa-s, Bergen (NH.) → bergen-nh.
    """
    text = APOSTROPHES.sub("-", name)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("generator.organen").joinpath("data", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


def _document_name(cbs_name: str, base_counts: dict[str, int]) -> str:
    """Hengelo (O.) → Hengelo; Bergen (NH.) stays, because Bergen (L.) shares the base name."""
    name = DOCUMENT_NAMES.get(cbs_name, cbs_name)
    match = SUFFIX.match(name)
    if match and base_counts[match["base"]] == 1:
        return match["base"]
    return name


@lru_cache(maxsize=1)
def register() -> dict[str, Orgaan]:
    """Every orgaan by id: current gemeenten, former ones (wijzigingen.csv), provincies,
    waterschappen and the two Kamers."""
    rows = _rows("gemeenten.csv")
    bases: dict[str, int] = {}
    for row in rows:
        match = SUFFIX.match(row["naam"])
        base = match["base"] if match else row["naam"]
        bases[base] = bases.get(base, 0) + 1
    gemeenten = [(_document_name(r["naam"], bases), r["cbs_code"], r["naam"]) for r in rows]
    provincies = [(r["naam_alt"] or r["naam"], r["code"], r["naam"]) for r in _rows("provincies.csv")]
    shared = {slug(n) for n, _, _ in gemeenten} & {slug(n) for n, _, _ in provincies}
    result: dict[str, Orgaan] = {}
    for name, code, cbs_name in gemeenten:
        key = f"gemeente-{slug(name)}" if slug(name) in shared else slug(name)
        result[key] = dataclasses.replace(gemeente(key, name, code), aliases=(cbs_name,))
    for name, code, cbs_name in provincies:
        key = f"provincie-{slug(name)}" if slug(name) in shared else slug(name)
        result[key] = dataclasses.replace(provincie(key, name, code), aliases=(cbs_name,))
    for row in _rows("waterschappen.csv"):
        key = slug(row["naam"])
        result[key] = dataclasses.replace(waterschap(key, row), aliases=(row["korte_naam"],))
    for key, name in (("tweede-kamer", "Tweede Kamer"), ("eerste-kamer", "Eerste Kamer")):
        result[key] = kamer(key, name)
    for former in _former(result):
        result.setdefault(former.id, former)
    return result


PART = re.compile(r"^(?P<name>.+) \((?P<code>\d{4})\)$")


def _former(current: dict[str, Orgaan]) -> list[Orgaan]:
    """The gemeenten wijzigingen.csv lists as opgeheven, each with its date and successors."""
    by_code = {o.cbs_code: o.id for o in current.values() if o.kind == "gemeente"}
    result = []
    for row in _rows("wijzigingen.csv"):
        new = [PART.match(part.strip()) for part in row["nieuw"].split(";")]
        successors = tuple(by_code.get(m["code"], slug(m["name"])) for m in new if m)
        for part in row["oud"].split(";"):
            match = PART.match(part.strip())
            if match is None or match["code"] in by_code:
                continue  # a gemeente that continues (Groningen took in Haren) is current
            result.append(gemeente(slug(match["name"]), match["name"], match["code"]).former(
                dt.date.fromisoformat(row["datum"]), successors, split=row["soort"] == "splitsing"))
    return result


def get(orgaan_id: str) -> Orgaan | None:
    return register().get(orgaan_id)


def validity(orgaan: Orgaan, date: dt.date) -> str | None:
    """Why `orgaan` cannot make a document dated `date` (it was opgeheven), or None if it can."""
    if orgaan.opgeheven is None or date < orgaan.opgeheven:
        return None
    names = [register()[s].name if s in register() else s for s in orgaan.opvolgers]
    ids = ", ".join(f"'{s}'" for s in orgaan.opvolgers)
    when = orgaan.opgeheven.isoformat()
    if orgaan.split:
        return (f"de gemeente {orgaan.name} is per {when} opgeheven en verdeeld over "
                f"{', '.join(names)} ({ids}); kies de gemeente waar het document over gaat")
    return f"de gemeente {orgaan.name} is per {when} opgegaan in {names[0]} ({ids})"


def find(name: str) -> list[Orgaan]:
    """The orgaan or organen a user means by `name`: an id, or any name of generator/organen/names.py
    ("Utrecht" gives the gemeente and the provincie). Former gemeenten come last."""
    from generator.organen import names  # names reads this register: imported when asked, not at the top

    return names.find(name)
