"""The ontwerpbesluit as a tree of items that adopted amendementen change: beslispunten, and the
articles, leden and onderdelen of a verordening a beslispunt adopts.

Every item keeps its text in the ontwerp (`oud`), in the besluit (`nieuw`) and, for a verordening,
its source with `[[label]]` references (`bron`), so the besluit can be renumbered after the changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from generator import nl
from generator.errors import ValidationFailed
from generator.loading.project import Loaded
from generator.soorten.amendement.document import Gewijzigd
from generator.soorten.beleidsplan.begroting import format_amount
from generator.soorten.raadsvoorstel.document import Ontwerp
from generator.soorten.verordening import references as ref


@dataclass(frozen=True)
class Auteur:
    naam: str
    datum: dt.date


@dataclass(frozen=True)
class Sub:
    """A subamendement's part in a change: its indieners and vote date, and the amendement's own
    text before the subamendement changed it (what the redline credits to whom)."""

    auteur: Auteur
    tussen: str | None


@dataclass
class Item:
    """One beslispunt, lid or onderdeel: its text in the ontwerp and in the besluit."""

    oud: str | None
    nieuw: str | None
    auteur: Auteur | None = None
    begrip: str = ""
    kinderen: list[Item] = field(default_factory=list)
    """A lid's onderdelen."""
    wijziger: Loaded | None = None
    bron: str | None = None
    """A verordening's text as the besluit has it with its references still `[[label]]`."""
    label: str | None = None
    sub: Sub | None = None


@dataclass
class Artikel:
    label: str
    titel: str
    leden: list[Item]
    oud: str | None
    """Its number in the ontwerp; None for an article an amendement adds."""
    nummer: str | None = None
    """Its number in the besluit (after renumbering); None when it goes."""
    auteur: Auteur | None = None
    wijziger: Loaded | None = None
    weg: bool = False

    def item(self) -> Item:
        """The article as a whole, for a change that removes it or adds one beside it."""
        return Item(self.oud, None if self.weg else self.oud, self.auteur, wijziger=self.wijziger)


@dataclass
class Punt:
    item: Item
    titel: str = ""
    artikelen: list[Artikel] = field(default_factory=list)


@dataclass
class Rij:
    """A row of the begroting table; its amount (as shown, "€ 650.000") is the item's text."""

    item: Item
    omschrijving: str
    programma: str


@dataclass
class Toegepast:
    punten: list[Punt]
    amendementen: list[Loaded]
    """The adopted amendementen, in stemmingsvolgorde."""
    begroting: list[Rij] = field(default_factory=list)
    kop: str = ""


def auteur(loaded: Loaded) -> Auteur:
    namen = [i.naam for i in loaded.model.indieners]
    naam = nl.opsomming(namen) if namen else f"amendement {loaded.model.nummer or loaded.model.titel}"
    if loaded.model.stemdatum is None:  # an open date ("[datum]"): no revision can carry it
        raise ValidationFailed([loaded.doc.issue(("vergadering",), "de datum van de vergadering is nog open, maar het"
                                                 " besluit verwerkt dit amendement", "vul de datum in, bijvoorbeeld 2026-03-09")])
    return Auteur(naam, loaded.model.stemdatum)


Index = dict[tuple[Any, ...], tuple[list[Item], Item]]


@dataclass
class Boom:
    """The ontwerp as items; every item by the key a `Doel` has (with the list it sits in)."""

    punten: list[Punt]
    items: Index
    artikelen: dict[str, tuple[list[Artikel], Artikel]]
    begroting: list[Rij] = field(default_factory=list)
    geschrapt: list[tuple[Loaded, Gewijzigd]] = field(default_factory=list)
    """Adopted changes that removed an article or a lid: where a dangling reference is reported."""


def tree(ontwerp: Ontwerp) -> Boom:
    punten: list[Punt] = []
    index: Index = {}
    by_label: dict[str, tuple[list[Artikel], Artikel]] = {}
    beslispunten: list[Item] = []
    for punt in ontwerp.punten:
        item = Item(punt.tekst, punt.tekst)
        beslispunten.append(item)
        index[("beslispunt", punt.label)] = (beslispunten, item)
        artikelen: list[Artikel] = []
        for artikel, ruw in zip(punt.artikelen, punt.ruw, strict=True):
            found = artikel_items(artikel, ruw, index)
            artikelen.append(found)
            by_label[artikel.label] = (artikelen, found)
        punten.append(Punt(item, punt.verordening.model.titel if punt.verordening else "", artikelen))
    rijen = []
    for regel in ontwerp.begroting:
        shown = f"€ {format_amount(regel.bedrag)}"
        rij = Rij(Item(shown, shown), regel.omschrijving, regel.programma)
        index[("bedrag", regel.label)] = ([rij.item], rij.item)
        rijen.append(rij)
    return Boom(punten, index, by_label, rijen)


def artikel_items(artikel: ref.Artikel, ruw: ref.Artikel, index: Index) -> Artikel:
    leden = []
    for li, (lid, bron) in enumerate(zip(artikel.leden, ruw.leden, strict=True)):
        onderdelen = [Item(o.tekst, o.tekst, begrip=o.begrip or "", bron=b.tekst, label=o.label)
                      for o, b in zip(lid.onderdelen, bron.onderdelen, strict=True)]
        lid_item = Item(lid.tekst, lid.tekst, kinderen=onderdelen, bron=bron.tekst, label=lid.label)
        leden.append(lid_item)
        index[("lid", artikel.label, li)] = (leden, lid_item)
        for oi, onderdeel in enumerate(onderdelen):
            index[("onderdeel", artikel.label, li, oi)] = (onderdelen, onderdeel)
    return Artikel(artikel.label, artikel.titel, leden, artikel.nummer)


def added(raw: ref.Artikel, by: Auteur, loaded: Loaded) -> Artikel:
    """An article an amendement adds: every lid and onderdeel new, numbered by `renumber`."""
    leden = [Item(None, lid.tekst, by, wijziger=loaded, bron=lid.tekst, label=lid.label,
                  kinderen=[Item(None, o.tekst, by, begrip=o.begrip or "", wijziger=loaded, bron=o.tekst, label=o.label)
                            for o in lid.onderdelen])
             for lid in raw.leden]
    return Artikel(raw.label, raw.titel, leden, None, auteur=by, wijziger=loaded)
