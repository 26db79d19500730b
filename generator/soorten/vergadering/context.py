"""A judged vergadering → the contexts of its agenda, stemmingslijst and besluitenlijst.

Every stuk is named as its own file names it ("Amendement A1 Ondersteuning …", "Raadsvoorstel RV 2025-014
…"); every word that depends on the orgaan comes from its vocabulary (`orgaan.*`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import nl
from generator.errors import RaadsstukkenError
from generator.loading.project import Loaded, Project
from generator.soorten.vergadering.index import Besluit, Oordeel, reference
from generator.soorten.vergadering.model import Agendapunt, Vergadering
from generator.soorten.vergadering.orde import Plaats, rangorde, volgorde
from generator.soorten.vergadering.status import tally
from generator.soorten.vergadering.telling import Telling

UITKOMST = {"ingetrokken": "Ingetrokken.", "aangehouden": "Aangehouden.", "overgenomen": "Overgenomen; niet in stemming gebracht."}


@dataclass(frozen=True)
class Stuk:
    path: Path
    loaded: Loaded | None
    label: str
    titel: str
    indieners: str


def _load(project: Project, path: Path | None) -> Loaded | None:
    if path is None:
        return None
    try:
        return project.load(path)
    except RaadsstukkenError:
        return None


def stuk(project: Project, path: Path, orgaan: Any) -> Stuk:
    """"Amendement A1" and its title, "Raadsvoorstel RV 2025-014" and its onderwerp, with the indieners."""
    loaded = _load(project, path)
    if loaded is None:
        return Stuk(path, None, path.stem, "", "")
    m = loaded.model
    nummer = getattr(m, "nummer", None) or ""
    soort = m.soort
    if soort == "raadsvoorstel":
        label, titel = f"{orgaan.word('voorstel_naam') or 'Voorstel'} {nummer}".strip(), m.onderwerp
    elif soort == "afdoeningsbrief":
        label, titel = f"Afdoeningsbrief {m.kenmerk}", m.onderwerp or _afdoening(project, loaded)
    elif soort == "motie" and m.vreemd_aan_de_orde:
        label, titel = f"Motie vreemd aan de orde van de dag {nummer}".strip(), m.titel
    elif soort == "subamendement":
        label, titel = f"Subamendement {nummer}".strip() + _op(project, loaded), m.titel
    else:
        label = f"{soort.capitalize()} {nummer}".strip()
        titel = getattr(m, "titel", None) or getattr(m, "onderwerp", "") or ""
    indieners = ", ".join(f"{i.naam} ({i.fractie})" if i.fractie else i.naam for i in getattr(m, "indieners", []))
    return Stuk(path, loaded, label, titel, indieners)


def _op(project: Project, loaded: Loaded) -> str:
    target = reference(project, loaded, ("amendement",), loaded.model.amendement) if loaded.model.amendement else None
    parent = _load(project, target)
    return f" op amendement {parent.model.nummer}" if parent is not None and parent.model.nummer else ""


def _afdoening(project: Project, loaded: Loaded) -> str:
    from generator.soorten.afdoeningsbrief.document import onderwerp, resolve_motie

    try:
        return onderwerp(loaded.model, resolve_motie(project, loaded).model)
    except RaadsstukkenError:
        return ""


def kop(model: Vergadering, orgaan: Any) -> str:
    """"Raadsvergadering van maandag 10 maart 2025" (or the vergadering's own `naam:`)."""
    if model.naam:
        return model.naam
    soort = orgaan.word("vergadersoort")
    return f"{soort[:1].upper()}{soort[1:]} van {nl.datum(model.datum)}"


def gegevens(oordeel: Oordeel) -> list[dict[str, str]]:
    """Date, time, place and who chairs, as the head of each list shows them."""
    model: Vergadering = oordeel.loaded.model
    rows = [("Datum", nl.datum(model.datum))]
    if model.aanvang:
        rows.append(("Aanvang", f"{model.aanvang.replace(':', '.')} uur"))
    if model.plaats:
        rows.append(("Plaats", model.plaats))
    chair = voorzitter(oordeel)
    if chair:
        rows.append(("Voorzitter", chair))
    griffier = model.griffier or _in_functie(oordeel, "griffier")
    if griffier:
        word = oordeel.orgaan.word("griffier")  # type: ignore[attr-defined]
        rows.append((word[:1].upper() + word[1:], griffier))
    return [{"label": label, "waarde": value} for label, value in rows]


def voorzitter(oordeel: Oordeel) -> str:
    """The chair: the vergadering's own, else the profile's voorzitter on the date, with the office."""
    model: Vergadering = oordeel.loaded.model
    if model.voorzitter:
        return model.voorzitter
    name = _in_functie(oordeel, "voorzitter")
    return f"{name} ({oordeel.orgaan.word('voorzitter')})" if name else ""  # type: ignore[attr-defined]


def _in_functie(oordeel: Oordeel, rol: str) -> str:
    profile = oordeel.profile
    return profile.model.in_functie(rol, oordeel.loaded.model.datum) if profile is not None else ""


def punt_titel(project: Project, oordeel: Oordeel, p: int, punt: Agendapunt) -> str:
    if punt.titel:
        return punt.titel
    if punt.besluitenlijst:
        vorige = _load(project, reference(project, oordeel.loaded, ("agenda", p, "besluitenlijst"), punt.besluitenlijst))
        if vorige is not None:
            return f"Besluitenlijst van de vergadering van {nl.datum(vorige.model.datum)}"
    first = oordeel.stukken.get((p, 0))
    return stuk(project, first, oordeel.orgaan).titel if first else punt.nummer


def orde(project: Project, oordeel: Oordeel, p: int) -> list[Plaats]:
    punt = oordeel.loaded.model.agenda[p]
    stukken = [oordeel.stukken.get((p, i)) for i in range(len(punt.stukken))]
    return volgorde(project, stukken, rangorde(oordeel.profile, oordeel.regels.volgorde))


def besluit_van(oordeel: Oordeel, path: Path) -> Besluit | None:
    return next((b for b in oordeel.besluiten if b.stuk == path), None)


def uitslag(telling: Telling) -> str:
    """"Aangenomen met 25 stemmen voor en 14 tegen.", "Aangenomen met algemene stemmen.", "Ingetrokken."."""
    if telling.wijze == "uitkomst":
        return UITKOMST[telling.status]
    if telling.wijze in ("zonder_stemming", "hamerstuk"):
        return "Aangenomen zonder stemming."
    if telling.status == "uitgesteld" or telling.staking:
        counts = f" ({telling.voor} voor, {telling.tegen} tegen)" if telling.geteld else ""
        return f"De stemmen staken{counts}. {telling.staking}"
    prefix = "Bij hoofdelijke stemming " if telling.wijze == "hoofdelijk" else ""
    status = telling.status if prefix else telling.status.capitalize()
    if telling.wijze == "algemene_stemmen" or (telling.geteld and telling.tegen == 0 and telling.voor):
        return f"{prefix}{status} met algemene stemmen."
    if telling.geteld:
        return f"{prefix}{status} {tally(telling.voor or 0, telling.tegen or 0)}."
    return f"{prefix}{status}."


def kort(telling: Telling) -> str:
    """The outcome in a cell of the stemmingslijst: "aangenomen (25–14)"."""
    if telling.wijze == "uitkomst":
        return telling.status
    if telling.wijze in ("zonder_stemming", "hamerstuk"):
        return "aangenomen zonder stemming"
    if telling.wijze == "algemene_stemmen":
        return "aangenomen met algemene stemmen"
    counts = f" ({telling.voor}\u2060–\u2060{telling.tegen})" if telling.geteld else ""  # word joiners: no break at the dash
    word = "staking, uitgesteld" if telling.status == "uitgesteld" else telling.status
    return f"{word}{counts}"


def zijden(telling: Telling) -> list[str]:
    """"Voor: A (7), B (5) en C (3).", "Tegen: D (6)."; by name at a hoofdelijke stemming."""
    if telling.wijze == "hoofdelijk":
        sides = [("Voor", telling.leden_voor), ("Tegen", telling.leden_tegen)]
    elif telling.fracties and not telling.algemeen:
        sides = [(label, [f"{r.fractie} ({getattr(r, key)})" for r in telling.fracties if getattr(r, key)])
                 for label, key in (("Voor", "voor"), ("Tegen", "tegen"))]
    else:
        sides = []
    lines = [f"{label}: {nl.opsomming(names)}." for label, names in sides if names]
    split = [r.fractie for r in telling.fracties if r.stem == "verdeeld"]
    if split and telling.wijze != "hoofdelijk":
        lines.append(f"Verdeeld gestemd: {nl.opsomming(split)}.")
    return lines
