"""The toezeggingen of a vergadering (plenary or commissie, recorded the same way): their numbers, their terms
(a date, or a named moment the profile dates), and the checks on them. The actielijst and the
raadsinformatiebrief read them through `vastgelegd`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import nl
from generator.errors import Issue, ValidationFailed
from generator.loading.project import Loaded
from generator.soorten import termijnen
from generator.soorten.vergadering.model import Toezegging, Vergadering


@dataclass(frozen=True)
class Vastgelegd:
    """One toezegging as the lists and letters see it."""

    vergadering: Path
    orgaan: str
    datum: dt.date
    """The day it was made: the vergadering's date."""
    nummer: str
    wie: str
    wat: str
    termijn: dt.date | None
    termijn_tekst: str
    """"31 oktober 2025", "voor de begroting 2027 (1 november 2026)"."""
    loc: tuple[str | int, ...]
    afgedaan: Any = None


def nummer(punt_nummer: str, index: int, toezegging: Toezegging) -> str:
    return toezegging.nummer or f"{punt_nummer}.{index + 1}"


def vastgelegd(loaded: Loaded, profile: Any) -> tuple[list[Vastgelegd], list[Issue]]:
    """Every toezegging of the vergadering with its term resolved; a moment without a date is an issue."""
    model: Vergadering = loaded.model
    found, issues = [], []
    for p, punt in enumerate(model.agenda):
        for i, t in enumerate(punt.toezeggingen):
            loc: tuple[str | int, ...] = ("agenda", p, "toezeggingen", i)
            termijn = t.termijn
            tekst = nl.datum_kort(t.termijn) if t.termijn else ""
            if t.moment is not None:
                try:
                    termijn = termijnen.moment(profile, t.moment, loaded, (*loc, "moment"))
                except ValidationFailed as exc:
                    issues += exc.issues
                    continue
                tekst = f"{t.moment}, {nl.datum_kort(termijn)}"
            found.append(Vastgelegd(loaded.path, model.orgaan, model.datum, nummer(punt.nummer, i, t), t.wie, t.wat,
                                    termijn, tekst, loc, t.afgedaan))
    return found, issues


def problemen(loaded: Loaded, profile: Any) -> list[Issue]:
    """A term before the day the toezegging was made, two toezeggingen with one number, an unknown moment."""
    model: Vergadering = loaded.model
    found, issues = vastgelegd(loaded, profile)
    seen: dict[str, Vastgelegd] = {}
    for t in found:
        if t.termijn is not None and t.termijn < t.datum:
            field = "termijn" if t.termijn_tekst == nl.datum_kort(t.termijn) else "moment"
            issues.append(loaded.doc.issue((*t.loc, field), f"de termijn van toezegging {t.nummer}"
                                           f" ({nl.datum_kort(t.termijn)}) valt vóór de vergadering waarin zij is gedaan"
                                           f" ({nl.datum_kort(model.datum)})",
                                           "een termijn ligt na de dag van de toezegging; controleer de datum"))
        if t.afgedaan is not None and t.afgedaan.datum < t.datum:
            issues.append(loaded.doc.issue((*t.loc, "afgedaan", "datum"), f"toezegging {t.nummer} is afgedaan"
                                           f" ({nl.datum_kort(t.afgedaan.datum)}) vóór zij is gedaan"
                                           f" ({nl.datum_kort(model.datum)})", "controleer de datum van de afdoening"))
        if t.nummer in seen:
            issues.append(loaded.doc.issue((*t.loc, "nummer"), f"het nummer {t.nummer} heeft al een andere toezegging",
                                           "geef elke toezegging een eigen nummer"))
        seen[t.nummer] = t
    return issues
