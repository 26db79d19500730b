"""Amendement → template context: each change with the current text quoted from the target's data.

"Beslispunt 2 luidt: ‘…’" / "wordt: ‘…’": both texts are made here from the voorstel's own data
(or, for a subamendement, from the amendement's), so changing a beslispunt in the voorstel changes
the quote in every amendement on it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import nl
from generator.errors import ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.soorten.amendement.model import Amendement, Wijziging
from generator.soorten.amendement.targets import Doel, locate, with_zinsdeel
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.gemeente.model import Gemeente
from generator.soorten.motie.document import uitslag
from generator.soorten.raadsvoorstel.document import ontwerp
from generator.word.render import Properties


@dataclass
class Gewijzigd:
    """One change resolved: its target, the text before and after (None: the text goes)."""

    index: int
    change: Wijziging
    doel: Doel
    oud: str
    nieuw: str | None
    nieuw_element: bool = False
    """True when the change adds a beslispunt, lid or onderdeel after or before the target."""


@dataclass
class Resolved:
    loaded: Loaded
    target: Loaded | None
    """The voorstel (or, for a subamendement, the amendement) file."""
    voorstel: Loaded | None
    changes: list[Gewijzigd]
    inputs: list[Path]


def data_file(project: Project, loaded: Loaded, key: str, soorten: tuple[str, ...]) -> Loaded:
    name = getattr(loaded.model, key)
    folder = "raadsvoorstellen" if key == "voorstel" else "amendementen"
    candidates = [project.reference(loaded, (key,), base / name) for base in (project.data_dir, loaded.path.parent)]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        known = sorted(display_path(p, project.data_dir) for p in (project.data_dir / folder).glob("*.yaml"))
        guess = difflib.get_close_matches(name, known, n=1)
        hint = f"bedoelt u '{guess[0]}'?" if guess else f"geef het pad vanaf data/, bijvoorbeeld {folder}/<naam>.yaml"
        raise ValidationFailed([loaded.doc.issue((key,), f"bestand '{name}' bestaat niet", hint)])
    found = project.load(path)
    if found.model.soort not in soorten:
        raise ValidationFailed([loaded.doc.issue((key,), f"'{name}' is geen {' of '.join(soorten)} (soort: {found.model.soort})",
                                                 f"wijs een bestand met 'soort: {soorten[0]}' aan")])
    return found


def resolve(project: Project, loaded: Loaded) -> Resolved:
    amendement: Amendement = loaded.model
    if amendement.extern is not None:
        return Resolved(loaded, None, None, [], [])
    if amendement.amendement:
        parent = data_file(project, loaded, "amendement", ("amendement",))
        outer = resolve(project, parent)
        check_gemeente(loaded, outer.voorstel)
        changes = [sub_change(loaded, i, c, outer) for i, c in enumerate(amendement.wijzigingen)]
        return Resolved(loaded, parent, outer.voorstel, changes, [parent.path, *outer.inputs])
    voorstel = data_file(project, loaded, "voorstel", ("raadsvoorstel",))
    check_gemeente(loaded, voorstel)
    besluit = ontwerp(project, voorstel)
    changes = [change_of(i, c, locate(loaded, i, c, besluit)) for i, c in enumerate(amendement.wijzigingen)]
    return Resolved(loaded, voorstel, voorstel, changes, [voorstel.path, *besluit.inputs])


def check_gemeente(loaded: Loaded, voorstel: Loaded | None) -> None:
    own = loaded.model.gemeente
    if voorstel is None or own is None or own == voorstel.model.gemeente:
        return
    key = "amendement" if loaded.model.amendement else "voorstel"
    raise ValidationFailed([loaded.doc.issue(
        ("gemeente",), f"het amendement is van gemeente '{own}', het voorstel ({display_path(voorstel.path)}) van"
        f" '{voorstel.model.gemeente}'", f"een raad amendeert alleen eigen voorstellen; controleer '{key}:' en 'gemeente:'")])


def change_of(index: int, change: Wijziging, doel: Doel) -> Gewijzigd:
    """The text after the change: a phrase replaced, removed or with words added; or the whole."""
    start, end = doel.span
    tekst = doel.tekst
    nieuw = change.nieuw
    if change.zinsdeel:
        if change.actie == "vervangen_door":
            result: str | None = tekst[:start] + nieuw + tekst[end:]
        elif change.actie == "schrappen":
            result = " ".join((tekst[:start].rstrip() + " " + tekst[end:].lstrip()).split()) or None
        elif change.actie == "toevoegen_na":
            result = tekst[:end] + " " + nieuw + tekst[end:]
        else:
            result = tekst[:start] + nieuw + " " + tekst[start:]
        return Gewijzigd(index, change, doel, tekst, result)
    if change.actie == "vervangen_door":
        return Gewijzigd(index, change, doel, tekst, nieuw)
    if change.actie == "schrappen":
        return Gewijzigd(index, change, doel, tekst, None)
    at = len(tekst) if change.actie == "toevoegen_na" else 0
    moved = Doel(doel.key, doel.naam, tekst, doel.soort, (at, at))
    return Gewijzigd(index, change, moved, tekst, nieuw, nieuw_element=True)


def sub_change(loaded: Loaded, index: int, change: Wijziging, outer: Resolved) -> Gewijzigd:
    numbers = len(outer.changes)
    if change.wijziging is None or not 1 <= change.wijziging <= numbers:
        raise ValidationFailed([loaded.doc.issue(
            ("wijzigingen", index, "wijziging" if change.wijziging is not None else "zinsdeel"),
            f"het amendement heeft geen wijziging {change.wijziging or '(geen nummer)'}",
            f"geef 'wijziging:' een nummer van 1 tot en met {numbers}")])
    target = outer.changes[change.wijziging - 1]
    tekst = target.nieuw or ""
    nummer = outer.loaded.model.nummer
    naam = f"de nieuwe tekst van wijziging {change.wijziging} van amendement{' ' + nummer if nummer else ''}"
    doel = with_zinsdeel(loaded, ("wijzigingen", index), change,
                         Doel(("amendement", str(outer.loaded.path), change.wijziging), naam, tekst, "tekst", (0, len(tekst))))
    return change_of(index, change, doel)


def opdracht(g: Gewijzigd) -> dict[str, str]:
    """The instruction and its two quotes, as raden write them."""
    change = g.change
    naam = g.doel.naam + ("," if "," in g.doel.naam else "")
    titel = naam[0].upper() + naam[1:]
    if g.nieuw_element:
        waar = "Na" if change.actie == "toevoegen_na" else "Vóór"
        return {"opdracht": f"{waar} {naam} wordt een {g.doel.soort} ingevoegd, luidende:", "oud_kop": "", "oud": "",
                "nieuw_kop": "", "nieuw": g.nieuw or ""}
    if g.nieuw is None:
        return {"opdracht": f"{titel} vervalt.", "oud_kop": f"{titel} luidt:", "oud": g.oud, "nieuw_kop": "", "nieuw": ""}
    text = f"{titel} wordt gewijzigd."
    if change.zinsdeel and change.actie == "vervangen_door":
        text = f"In {naam} wordt ‘{change.zinsdeel}’ vervangen door ‘{change.nieuw}’."
    elif change.zinsdeel and change.actie == "schrappen":
        text = f"In {naam} vervalt ‘{change.zinsdeel}’."
    elif change.zinsdeel:
        waar = "na" if change.actie == "toevoegen_na" else "vóór"
        text = f"In {naam} wordt {waar} ‘{change.zinsdeel}’ ingevoegd: ‘{change.nieuw}’."
    return {"opdracht": text, "oud_kop": f"{titel} luidt:", "oud": g.oud, "nieuw_kop": "en wordt:", "nieuw": g.nieuw}


def prepare(project: Project, loaded: Loaded) -> Prepared:
    amendement: Amendement = loaded.model
    resolved = resolve(project, loaded)
    gemeente_id = amendement.gemeente or (resolved.voorstel.model.gemeente if resolved.voorstel else "")
    gemeente = project.gemeente(gemeente_id, loaded.doc)
    return in_huisstijl(project, loaded, gemeente, context=context(resolved, gemeente.model),
                        properties=properties(amendement, gemeente.model), refers_to=resolved.inputs)


def wijzigingen(resolved: Resolved) -> list[dict[str, str]]:
    extern = resolved.loaded.model.extern
    if extern is not None:
        return [{"opdracht": f"Het ontwerpbesluit bij {extern.voorstel} wordt als volgt gewijzigd.",
                 "oud_kop": "Oorspronkelijk:" if extern.oorspronkelijk else "", "oud": extern.oorspronkelijk or "",
                 "nieuw_kop": "Wordt:" if extern.wordt else "", "nieuw": extern.wordt or ""}]
    return [opdracht(g) for g in resolved.changes]


def besluit(resolved: Resolved) -> str:
    if resolved.loaded.model.soort == "subamendement" and resolved.target is not None:
        nummer = resolved.target.model.nummer
        return f"besluit amendement {nummer + ' ' if nummer else ''}‘{resolved.target.model.titel}’ als volgt te wijzigen:"
    return "besluit het ontwerpbesluit als volgt te wijzigen:"


def context(resolved: Resolved, gemeente: Gemeente) -> dict[str, Any]:
    amendement: Amendement = resolved.loaded.model
    voorstel = resolved.voorstel.model if resolved.voorstel else None
    onderwerp = voorstel.onderwerp if voorstel else (amendement.extern.voorstel if amendement.extern else "")
    kenmerken = [k for k in (amendement.agendapunt and f"agendapunt {amendement.agendapunt}",
                             voorstel and voorstel.nummer and f"raadsvoorstel {voorstel.nummer}",
                             amendement.stemmingsvolgorde and f"stemmingsvolgorde {amendement.stemmingsvolgorde}") if k]
    return {
        "kop_orgaan": f"Gemeenteraad {gemeente.naam}",
        "kop": amendement.soort.upper(),
        "nummer": amendement.nummer or "",
        "titel": amendement.titel,
        "kenmerken": " · ".join(kenmerken),
        "aanhef": f"{gemeente.raad}, in vergadering bijeen op {nl.datum(amendement.vergadering)}, ter bespreking"
                  f" van het voorstel {onderwerp},",
        "besluit": besluit(resolved),
        "wijzigingen": wijzigingen(resolved),
        "dekking": amendement.dekking or "",
        "toelichting": list(amendement.toelichting),
        "indieners": [{"naam": i.naam, "fractie": i.fractie or ""} for i in amendement.indieners],
        "uitslag": uitslag(amendement),  # type: ignore[arg-type]
    }


def properties(amendement: Amendement, gemeente: Gemeente) -> Properties:
    title = f"{amendement.soort.capitalize()} {amendement.nummer + ' ' if amendement.nummer else ''}{amendement.titel}"
    return Properties(title=title, author=f"Gemeente {gemeente.naam}", subject=amendement.soort.capitalize(),
                      created=amendement.vergadering, keywords=f"{amendement.soort}; {amendement.status}")
