"""Adopted amendementen applied to the ontwerpbesluit, in stemmingsvolgorde.

The result is an aligned tree: every beslispunt, lid and onderdeel of the ontwerp and every one an
amendement adds, each with its text before (`oud`) and after (`nieuw`; None when it goes) and who
changed it. The raadsbesluit reads the `nieuw` side; the redline shows both, marked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from generator import nl
from generator.errors import Issue, ValidationFailed, display_path
from generator.loading.project import Loaded
from generator.soorten.amendement.document import Gewijzigd, Resolved, change_of
from generator.soorten.amendement.targets import Doel, overlap
from generator.soorten.raadsvoorstel.document import Ontwerp


@dataclass(frozen=True)
class Auteur:
    naam: str
    datum: dt.date


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


@dataclass
class Artikel:
    label: str
    kop: str
    leden: list[Item]


@dataclass
class Punt:
    item: Item
    titel: str = ""
    artikelen: list[Artikel] = field(default_factory=list)


@dataclass
class Toegepast:
    punten: list[Punt]
    amendementen: list[Loaded]
    """The adopted amendementen, in stemmingsvolgorde."""


def auteur(loaded: Loaded) -> Auteur:
    namen = [i.naam for i in loaded.model.indieners]
    naam = nl.opsomming(namen) if namen else f"amendement {loaded.model.nummer or loaded.model.titel}"
    return Auteur(naam, loaded.model.stemdatum)


def tree(ontwerp: Ontwerp) -> tuple[list[Punt], dict[tuple[Any, ...], tuple[list[Item], Item]]]:
    """The ontwerp as items, and every item by the key a `Doel` has (with the list it sits in)."""
    punten: list[Punt] = []
    index: dict[tuple[Any, ...], tuple[list[Item], Item]] = {}
    beslispunten: list[Item] = []
    for punt in ontwerp.punten:
        item = Item(punt.tekst, punt.tekst)
        beslispunten.append(item)
        index[("beslispunt", punt.label)] = (beslispunten, item)
        artikelen = []
        for artikel in punt.artikelen:
            leden = []
            for li, lid in enumerate(artikel.leden):
                onderdelen = [Item(o.tekst, o.tekst, begrip=o.begrip or "") for o in lid.onderdelen]
                lid_item = Item(lid.tekst, lid.tekst, kinderen=onderdelen)
                leden.append(lid_item)
                index[("lid", artikel.label, li)] = (leden, lid_item)
                for oi, onderdeel in enumerate(onderdelen):
                    index[("onderdeel", artikel.label, li, oi)] = (onderdelen, onderdeel)
            artikelen.append(Artikel(artikel.label, f"Artikel {artikel.nummer}. {artikel.titel}", leden))
        punten.append(Punt(item, punt.verordening.model.titel if punt.verordening else "", artikelen))
    return punten, index


def order(amendementen: list[Resolved]) -> list[Resolved]:
    return sorted(amendementen, key=lambda r: (r.loaded.model.stemmingsvolgorde or 0, str(r.loaded.path)))


def where(loaded: Loaded, loc: tuple[Any, ...]) -> str:
    return f"{display_path(loaded.path)}:{loaded.doc.position(loc)[0]}"


def check_overlap(adopted: list[Resolved]) -> list[Issue]:
    issues: list[Issue] = []
    seen: list[tuple[Loaded, Gewijzigd]] = []
    for resolved in adopted:
        for g in resolved.changes:
            for other, og in seen:
                if overlap(g.doel, og.doel):
                    issues.append(resolved.loaded.doc.issue(
                        ("wijzigingen", g.index),
                        f"deze wijziging van {g.doel.naam} overlapt met die van amendement"
                        f" {other.model.nummer or other.model.titel} ({where(other, ('wijzigingen', og.index))}),"
                        " en beide zijn aangenomen",
                        "twee aangenomen amendementen mogen niet dezelfde woorden wijzigen; controleer 'status:' of"
                        " laat de wijzigingen verschillende woorden aanwijzen"))
            seen.append((resolved.loaded, g))
    return issues


def effective(g: Gewijzigd, subs: list[Resolved]) -> Gewijzigd:
    """The amendement's change as its adopted subamendementen made it."""
    for sub in subs:
        for sg in sub.changes:
            if sg.change.wijziging == g.index + 1:
                g = Gewijzigd(g.index, g.change, g.doel, g.oud, sg.nieuw, g.nieuw_element)
    return g


def apply(ontwerp: Ontwerp, adopted: list[Resolved], subs: dict[str, list[Resolved]]) -> Toegepast:
    """Each adopted amendement in stemmingsvolgorde; errors name both files where two are involved."""
    issues = check_overlap(adopted)
    if issues:
        raise ValidationFailed(issues)
    punten, index = tree(ontwerp)
    for resolved in adopted:
        mine = subs.get(str(resolved.loaded.path), [])
        for g in resolved.changes:
            issues += apply_one(resolved.loaded, effective(g, mine), index)
    if issues:
        raise ValidationFailed(issues)
    return Toegepast(punten, [r.loaded for r in adopted])


def apply_one(loaded: Loaded, g: Gewijzigd, index: dict[tuple[Any, ...], tuple[list[Item], Item]]) -> list[Issue]:
    siblings, item = index[g.doel.key]
    by = auteur(loaded)
    if g.nieuw_element:
        at = siblings.index(item) + (1 if g.change.actie == "toevoegen_na" else 0)
        siblings.insert(at, Item(None, g.nieuw, by, wijziger=loaded))
        return []
    current = item.nieuw or ""
    if current != g.oud:
        redone = rebase(loaded, g, current, item)
        if isinstance(redone, Issue):
            return [redone]
        g = redone
    item.nieuw, item.auteur, item.wijziger = g.nieuw, by, loaded
    return []


def rebase(loaded: Loaded, g: Gewijzigd, current: str, item: Item) -> Gewijzigd | Issue:
    """The change redone on a text an earlier amendement already changed elsewhere."""
    earlier = item.wijziger
    naam = f"amendement {earlier.model.nummer or earlier.model.titel} ({display_path(earlier.path)})" if earlier else "een eerder amendement"
    phrase = g.change.zinsdeel
    if not phrase or phrase not in current:
        return loaded.doc.issue(("wijzigingen", g.index, "zinsdeel" if phrase else "vervangen_door"),
                                f"de tekst die deze wijziging aanwijst staat niet meer in {g.doel.naam}: {naam},"
                                " eerder in de stemmingsvolgorde aangenomen, heeft die al gewijzigd",
                                f"{g.doel.naam} luidt nu: ‘{current}’ — laat het amendement die tekst aanwijzen,"
                                " of controleer 'stemmingsvolgorde:' en 'status:'")
    start = current.find(phrase)
    doel = Doel(g.doel.key, g.doel.naam, current, g.doel.soort, (start, start + len(phrase)))
    return change_of(g.index, g.change, doel)
