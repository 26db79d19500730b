"""Fracties and their members in the profile, dated like the officials in office.

```yaml
zetels: 39                     # the seats of the assembly
fracties:
  - naam: Partij van het Voorbeeld
    van: 2022-03-30
    leden:
      - A. Voorbeeld
      - {naam: B. Denkbeeld, tot: 2024-01-31}
      - {naam: C. Nieuw, van: 2024-02-01, voorzitter: ja}
  - naam: Lijst Zonder Namen
    zetels: 2                  # only the number, when no source names the members
```

A fractie's seats on a date are its members on that date (or its `zetels:` when it names none). The
tally of a vote counts the members present (soorten/vergadering/telling.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import Field, model_validator

from generator.soorten.base import Citaat, Datum, Getal, JaNee, Model, Naam, doubles, fail


class Lid(Model):
    naam: Naam
    van: Datum | None = None
    tot: Datum | None = None
    voorzitter: JaNee = False
    """The fractievoorzitter (the open-data export says so)."""

    def covers(self, datum: dt.date) -> bool:
        return (self.van is None or self.van <= datum) and (self.tot is None or datum <= self.tot)


class Fractie(Model):
    naam: Naam
    van: Datum | None = None
    tot: Datum | None = None
    zetels: Getal | None = Field(None, ge=0)
    """Its seats when the profile names no members; with `leden:` a check of their number."""
    leden: list[Naam | Lid] = []
    bron: Citaat | None = None

    @model_validator(mode="after")
    def _seats(self) -> Fractie:
        if self.zetels is None and not self.leden:
            raise fail("zetels", f"de fractie '{self.naam}' noemt geen 'leden:' en geen 'zetels:' — noem de leden,"
                       " of alleen hun aantal met 'zetels:'")
        double = doubles([lid.naam for lid in self.personen])
        if double:
            raise fail("leden", f"'{double[0]}' staat twee keer bij de fractie '{self.naam}' — noem elk lid één keer"
                       " (met 'van:' en 'tot:' als het lid wegging en terugkwam, in twee regels met eigen datums)")
        return self

    @property
    def personen(self) -> list[Lid]:
        return [Lid(naam=lid) if isinstance(lid, str) else lid for lid in self.leden]

    def covers(self, datum: dt.date) -> bool:
        return (self.van is None or self.van <= datum) and (self.tot is None or datum <= self.tot)


@dataclass(frozen=True)
class Zitting:
    """One member seated on a date: name, fractie, and where the profile says so."""

    naam: str
    fractie: str
    index: tuple[int, int]
    """(fractie, lid) in the profile's `fracties:` list, for messages."""
    voorzitter: bool = False


@dataclass(frozen=True)
class Samenstelling:
    """The assembly on one date: its fracties with their seats and (where named) members."""

    datum: dt.date
    zetels: int | None
    """The seats of the assembly as the profile states them (`zetels:`), if it does."""
    fracties: dict[str, int]
    """Fractie → its seats on the date, in the profile's order."""
    leden: dict[str, list[Zitting]]
    """Member name → where the profile seats them on the date (more than one is an error the vergadering reports)."""
    genoemd: frozenset[str]
    """The fracties that name their members (only these can have absentees by name)."""
    index: dict[str, int]
    """Fractie → its place in the profile's `fracties:` list."""

    @property
    def bekend(self) -> bool:
        return bool(self.fracties)

    @property
    def zitting(self) -> int:
        """The members seated ("zitting hebbende leden", Gemeentewet art. 20)."""
        return sum(self.fracties.values())

    def fractie_van(self, naam: str) -> str | None:
        seats = self.leden.get(naam)
        return seats[0].fractie if seats else None

    def leden_van(self, fractie: str) -> list[str]:
        return [naam for naam, seats in self.leden.items() if any(s.fractie == fractie for s in seats)]


def samenstelling(profile: object | None, datum: dt.date) -> Samenstelling:
    """The fracties with their members on `datum`; empty when the profile names none."""
    fracties: list[Fractie] = list(getattr(profile, "fracties", []) or []) if profile is not None else []
    zetels = getattr(profile, "zetels", None) if profile is not None else None
    seats: dict[str, int] = {}
    leden: dict[str, list[Zitting]] = {}
    genoemd: set[str] = set()
    index: dict[str, int] = {}
    for f, fractie in enumerate(fracties):
        if not fractie.covers(datum):
            continue
        index.setdefault(fractie.naam, f)
        if not fractie.leden:
            seats[fractie.naam] = seats.get(fractie.naam, 0) + (fractie.zetels or 0)
            continue
        genoemd.add(fractie.naam)
        present = [(m, lid) for m, lid in enumerate(fractie.personen) if lid.covers(datum)]
        seats[fractie.naam] = seats.get(fractie.naam, 0) + len(present)
        for m, lid in present:
            leden.setdefault(lid.naam, []).append(Zitting(lid.naam, fractie.naam, (f, m), lid.voorzitter))
    return Samenstelling(datum, zetels, seats, leden, frozenset(genoemd), index)
