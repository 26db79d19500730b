"""Where each change of an amendement points: a beslispunt, an article's lid or onderdeel, or a
subamendement's amendement change, found by label in the target's own data.

A `Doel` carries the text as the target has it now (the quote), a name as the amendement writes it
("beslispunt 2", "artikel 3, derde lid") and a key that two changes of the same text share, so that
overlapping changes can be found.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from generator.errors import Issue, ValidationFailed
from generator.loading.project import Loaded
from generator.soorten.amendement.model import Wijziging
from generator.soorten.raadsvoorstel.document import Ontwerp, Punt
from generator.soorten.verordening import references as ref


@dataclass(frozen=True)
class Doel:
    key: tuple[Any, ...]
    naam: str
    tekst: str
    soort: str
    """What a new sibling is called: "beslispunt", "lid", "onderdeel"."""
    span: tuple[int, int]
    """The characters of `tekst` the change touches (all of it without a zinsdeel)."""


def unknown(loaded: Loaded, loc: tuple[Any, ...], what: str, label: str, known: list[str]) -> ValidationFailed:
    guess = difflib.get_close_matches(label, known, n=1, cutoff=0.5)
    hint = f"bedoelt u '{guess[0]}'?" if guess else (f"bekend: {', '.join(known)}" if known else f"geef het {what} een label")
    return ValidationFailed([loaded.doc.issue(loc, f"onbekend {what} '{label}'", hint)])


def locate(loaded: Loaded, index: int, change: Wijziging, ontwerp: Ontwerp) -> Doel:
    loc: tuple[Any, ...] = ("wijzigingen", index)
    if change.artikel:
        doel = _in_artikel(loaded, loc, change, ontwerp)
    else:
        doel = _beslispunt(loaded, loc, change, ontwerp)
    return with_zinsdeel(loaded, loc, change, doel)


def with_zinsdeel(loaded: Loaded, loc: tuple[Any, ...], change: Wijziging, doel: Doel) -> Doel:
    if not change.zinsdeel:
        return doel
    start = doel.tekst.find(change.zinsdeel)
    if start < 0:
        raise ValidationFailed([loaded.doc.issue(
            (*loc, "zinsdeel"), f"'{change.zinsdeel}' staat niet in {doel.naam}",
            f"{doel.naam} luidt: ‘{doel.tekst}’ — neem de woorden precies zo over")])
    return Doel(doel.key, doel.naam, doel.tekst, doel.soort, (start, start + len(change.zinsdeel)))


def _beslispunt(loaded: Loaded, loc: tuple[Any, ...], change: Wijziging, ontwerp: Ontwerp) -> Doel:
    labels = [p.label for p in ontwerp.punten]
    label = change.beslispunt or ""
    if label not in labels:
        raise unknown(loaded, (*loc, "beslispunt"), "beslispunt", label, labels)
    number = labels.index(label) + 1
    tekst = ontwerp.punten[number - 1].tekst
    return Doel(("beslispunt", label), f"beslispunt {number}", tekst, "beslispunt", (0, len(tekst)))


def _verordening(loaded: Loaded, loc: tuple[Any, ...], change: Wijziging, ontwerp: Ontwerp) -> Punt:
    adopting = [p for p in ontwerp.punten if p.verordening is not None]
    if change.beslispunt:
        adopting = [p for p in adopting if p.label == change.beslispunt]
    if len(adopting) != 1:
        hint = ("geef met 'beslispunt:' aan welke verordening" if adopting
                else "alleen een beslispunt met 'vaststellen:' heeft artikelen; wijzig anders het beslispunt zelf")
        raise ValidationFailed([loaded.doc.issue((*loc, "artikel"), "het voorstel stelt hier geen (enkele) verordening vast", hint)])
    return adopting[0]


def _in_artikel(loaded: Loaded, loc: tuple[Any, ...], change: Wijziging, ontwerp: Ontwerp) -> Doel:
    punt = _verordening(loaded, loc, change, ontwerp)
    artikelen = {a.label: a for a in punt.artikelen}
    artikel = artikelen.get(change.artikel or "")
    if artikel is None:
        raise unknown(loaded, (*loc, "artikel"), "artikel", change.artikel or "", list(artikelen))
    if change.lid is None and change.onderdeel is None:
        if len(artikel.leden) != 1:
            raise ValidationFailed([loaded.doc.issue(
                (*loc, "artikel"), f"artikel {artikel.nummer} heeft {len(artikel.leden)} leden",
                "geef met 'lid:' aan welk lid (het label van het lid)")])
        lid_index = 0
    else:
        lid_index = _lid(loaded, loc, change, artikel)
    lid = artikel.leden[lid_index]
    target = ref.Target(artikel.nummer, ref.lid_number(artikel, lid_index))
    if change.onderdeel:
        labels = [o.label or "" for o in lid.onderdelen]
        if change.onderdeel not in labels:
            raise unknown(loaded, (*loc, "onderdeel"), "onderdeel", change.onderdeel, [x for x in labels if x])
        sub = labels.index(change.onderdeel)
        target = ref.Target(artikel.nummer, target.lid, ref.letter(sub))
        tekst = lid.onderdelen[sub].tekst
        return Doel(("onderdeel", artikel.label, lid_index, sub), target.cite(), tekst, "onderdeel", (0, len(tekst)))
    naam = target.cite()
    return Doel(("lid", artikel.label, lid_index), naam, lid.tekst, "lid", (0, len(lid.tekst)))


def _lid(loaded: Loaded, loc: tuple[Any, ...], change: Wijziging, artikel: ref.Artikel) -> int:
    if change.lid is None:
        if len(artikel.leden) == 1:
            return 0
        candidates = [i for i, lid in enumerate(artikel.leden) if any(o.label == change.onderdeel for o in lid.onderdelen)]
        if len(candidates) == 1:
            return candidates[0]
        raise ValidationFailed([loaded.doc.issue((*loc, "onderdeel"), "het onderdeel staat niet in één lid",
                                                 "geef met 'lid:' aan in welk lid")])
    labels = [lid.label or "" for lid in artikel.leden]
    if change.lid not in labels:
        raise unknown(loaded, (*loc, "lid"), "lid", change.lid, [x for x in labels if x])
    return labels.index(change.lid)


def overlap(a: Doel, b: Doel) -> bool:
    """Two changes of the same text whose spans share a character (or one of them is the whole)."""
    if a.key != b.key:
        return False
    return a.span[0] < b.span[1] and b.span[0] < a.span[1]


def issues_of(exc: ValidationFailed) -> list[Issue]:
    return list(exc.issues)
