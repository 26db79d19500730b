"""One source for every status: a stuk voted on in a vergadering takes its status, vote and date from there.

`toegepast(project, loaded)` gives the stuk (motie, amendement, subamendement, raadsvoorstel) as the
vergadering decided it, with the vergadering files as inputs of its document. Its own `status:`,
`status_datum:`, `stemming:`, `stemmingsvolgorde:` (and a voorstel's `besluit:`) may be left out; where
the file states them and they disagree with the vergadering, that is an error naming both lines. A stuk
no vergadering treats keeps its own fields, as before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import nl
from generator.errors import Issue, ValidationFailed
from generator.loading.project import Loaded, Project
from generator.soorten.motie.model import Stemming
from generator.soorten.vergadering.index import Besluit, index, real
from generator.soorten.vergadering.orde import rangorde, volgorde
from generator.soorten.vergadering.telling import Telling, lees_uitslag

DERIVED = ("motie", "amendement", "subamendement", "raadsvoorstel")


@dataclass(frozen=True)
class Afgeleid:
    besluiten: list[Besluit]
    status: str
    """The last decision's outcome; "ingediend" when every vote so far was a postponed tie."""
    besluit: Besluit | None
    stemming: Stemming | None
    volgorde: int | None
    """Its place in the order of voting of its agendapunt (an amendement's `stemmingsvolgorde`)."""

    @property
    def datum(self) -> dt.date | None:
        return self.besluit.datum if self.besluit else None

    @property
    def inputs(self) -> list[Path]:
        return sorted({b.vergadering for b in self.besluiten})


def afgeleid(project: Project, loaded: Loaded) -> Afgeleid | None:
    """What the vergaderingen decided on this stuk, or None when none voted on it."""
    if getattr(loaded.model, "soort", "") not in DERIVED:
        return None
    found = index(project)
    besluiten = found.per_stuk.get(real(loaded.path), []) if found.per_stuk else []  # no realpath when none voted
    if not besluiten:
        return None
    deciding = [b for b in besluiten if b.telling.status != "uitgesteld"]
    last = deciding[-1] if deciding else None
    place = _place(project, found, last) if last else None
    return Afgeleid(besluiten, last.telling.status if last else "ingediend", last,
                    stemming_van(last.telling) if last else None, place)


def _place(project: Project, found: Any, besluit: Besluit) -> int | None:
    oordeel = found.oordelen.get(besluit.vergadering)
    if oordeel is None:
        return None
    punt = oordeel.loaded.model.agenda[besluit.agendapunt]
    stukken = [oordeel.stukken.get((besluit.agendapunt, i)) for i in range(len(punt.stukken))]
    order = volgorde(project, stukken, rangorde(oordeel.profile, oordeel.regels.volgorde))
    return next((n for n, plaats in enumerate(order, start=1) if plaats.stuk == besluit.stuk), None)


def stemming_van(telling: Telling) -> Stemming | None:
    """The vote in the shape a motie, amendement or voorstel has always carried it."""
    if telling.wijze == "uitkomst":
        return None
    if telling.wijze in ("zonder_stemming", "hamerstuk"):
        return Stemming(uitslag="zonder stemming")
    if telling.wijze == "algemene_stemmen":
        return Stemming(uitslag="met algemene stemmen")
    if not telling.geteld:
        return None
    voor = [f"{r.fractie} ({r.voor})" for r in telling.fracties if r.voor]
    tegen = [f"{r.fractie} ({r.tegen})" for r in telling.fracties if r.tegen]
    return Stemming(voor=voor, tegen=tegen, uitslag=tally(telling.voor or 0, telling.tegen or 0))


def tally(voor: int, tegen: int) -> str:
    """"met 25 stemmen voor en 14 tegen"."""
    return f"met {voor} {'stem' if voor == 1 else 'stemmen'} voor en {tegen} tegen"


def toegepast(project: Project, loaded: Loaded) -> tuple[Loaded, list[Path]]:
    """The stuk as its vergadering decided it, and the vergadering files it now depends on."""
    found = afgeleid(project, loaded)
    if found is None:
        return loaded, []
    issues = [issue for b in found.besluiten for issue in b.fouten]
    issues += disagreements(loaded, found)
    if issues:
        raise ValidationFailed(issues)
    return Loaded(loaded.doc, replaced(loaded.model, found)), found.inputs


def replaced(model: Any, found: Afgeleid) -> Any:
    if model.soort == "raadsvoorstel":
        from generator.soorten.raadsvoorstel.model import STATUSSEN, Besluit

        besluit = (Besluit(vergadering=found.datum, status=found.status, stemming=found.stemming)
                   if found.datum and found.status in STATUSSEN else None)
        return model.model_copy(update={"besluit": besluit})
    update: dict[str, Any] = {"status": found.status, "status_datum": found.datum, "stemming": found.stemming}
    if model.soort in ("amendement", "subamendement"):
        update["stemmingsvolgorde"] = found.volgorde
    return model.model_copy(update=update)


def disagreements(loaded: Loaded, found: Afgeleid) -> list[Issue]:
    """Every field the stuk states itself that says otherwise than its vergadering."""
    data = loaded.doc.data if isinstance(loaded.doc.data, dict) else {}
    model = loaded.model
    where = found.besluit.plek if found.besluit else found.besluiten[-1].plek
    datum = nl.datum_kort(found.datum) if found.datum else ""
    said = f"de vergadering van {datum} ({where})" if datum else f"de vergadering ({where})"
    issues: list[Issue] = []

    def differ(loc: tuple[str | int, ...], own: str, theirs: str) -> None:
        field = ".".join(str(p) for p in loc if not isinstance(p, int))
        issues.append(loaded.doc.issue(loc, f"zegt {own}, maar volgens {said} {theirs}",
                                       f"laat '{field}:' weg (de vergadering bepaalt het) of maak beide gelijk"))

    if model.soort == "raadsvoorstel":
        besluit = model.besluit
        if "besluit" in data and besluit is not None:
            _compare(besluit.status, besluit.vergadering, besluit.stemming, ("besluit",), found, differ,
                     date_key="vergadering")
        return issues
    own_status = model.status if "status" in data else None
    _compare(own_status, model.status_datum if "status_datum" in data else None,
             model.stemming if "stemming" in data else None, (), found, differ, date_key="status_datum")
    if "stemmingsvolgorde" in data and found.volgorde is not None and model.stemmingsvolgorde != found.volgorde:
        differ(("stemmingsvolgorde",), f"plaats {model.stemmingsvolgorde}", f"staat het op plaats {found.volgorde}"
               " in de volgorde van stemmen")
    return issues


def _compare(status: str | None, datum: dt.date | None, stemming: Stemming | None, base: tuple[str | int, ...],
             found: Afgeleid, differ: Any, *, date_key: str) -> None:
    if status and status not in ("ingediend", found.status):
        differ((*base, "status"), f"'{status}'", f"is het {found.status}")
    if datum and found.datum and datum != found.datum:
        differ((*base, date_key), nl.datum_kort(datum), f"viel het besluit op {nl.datum_kort(found.datum)}")
    telling = found.besluit.telling if found.besluit else None
    if stemming is None or telling is None or not telling.geteld:
        return
    own = _counts(stemming)
    if own is not None and own != (telling.voor, telling.tegen):
        differ((*base, "stemming"), f"{own[0]} voor en {own[1]} tegen",
               f"waren het {telling.voor} voor en {telling.tegen} tegen")
    for side in ("voor", "tegen"):
        mine = {_fractie(f) for f in stemming.zijde(side)}
        theirs = {r.fractie for r in telling.fracties if getattr(r, side)}
        if mine and telling.fracties and mine != theirs:
            differ((*base, "stemming", side), f"{side}: {nl.opsomming(sorted(mine))}",
                   f"stemden {nl.opsomming(sorted(theirs)) or 'geen fracties'} {side}")


def _counts(stemming: Stemming) -> tuple[int, int] | None:
    if stemming.aantal_voor is not None and stemming.aantal_tegen is not None:
        return stemming.aantal_voor, stemming.aantal_tegen
    typed = lees_uitslag(stemming.uitslag) if stemming.uitslag else None
    return typed if isinstance(typed, tuple) else None


def _fractie(label: str) -> str:
    """"CDA (5)" → "CDA"."""
    return re.sub(r"\s*\(\d+\)$", "", label)
