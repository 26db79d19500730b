"""Vergadering → its agenda (the document of the data file), stemmingslijst and besluitenlijst (its parts).

One data file, three documents: they are made from the same judgment (index.py), so they cannot
disagree, and a build of the file alone makes all three. Every stuk they name, the profile (fracties)
and the other vergaderingen that decided on the same stukken are inputs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import nl
from generator.errors import ValidationFailed
from generator.loading.project import Loaded, Project
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.gemeente.model import ondertekening
from generator.soorten.vergadering import context as c
from generator.soorten.vergadering import toezeggingen
from generator.soorten.vergadering.checks import problemen
from generator.soorten.vergadering.index import Oordeel, index, judge, real, reference
from generator.soorten.vergadering.model import Agendapunt, Vergadering
from generator.soorten.vergadering.orde import STEMBAAR, Plaats
from generator.word.render import Properties

TEMPLATES = {"agenda": "vergaderingen/agenda.docx", "stemmingslijst": "vergaderingen/stemmingslijst.docx",
             "besluitenlijst": "vergaderingen/besluitenlijst.docx"}


def oordeel_van(project: Project, loaded: Loaded) -> Oordeel:
    """The judgment of this vergadering, refused with every problem it has."""
    found = index(project)
    oordeel = found.oordelen.get(real(loaded.path))
    if oordeel is None or oordeel.loaded.model != loaded.model:
        oordeel = judge(project, loaded, found)
    issues = problemen(project, oordeel, found)
    if issues:
        raise ValidationFailed(issues)
    return oordeel


def prepare(project: Project, loaded: Loaded) -> Prepared:
    oordeel = oordeel_van(project, loaded)
    model: Vergadering = loaded.model
    inputs = _inputs(project, oordeel)
    common = {"orgaan": oordeel.orgaan.context(), "kop_orgaan": oordeel.orgaan.header,  # type: ignore[attr-defined]
              "naam": c.kop(model, oordeel.orgaan), "gegevens": c.gegevens(oordeel), "concept": model.concept}
    made = {name: in_huisstijl(project, loaded, oordeel.profile, context={**common, **builder(project, oordeel)},
                               properties=properties(oordeel, name), refers_to=inputs, template_name=TEMPLATES[name])
            for name, builder in (("agenda", agenda), ("stemmingslijst", stemmingslijst), ("besluitenlijst", besluitenlijst))}
    main = made.pop("agenda")
    main.parts = [(f"-{name}", part) for name, part in made.items()]
    return main


def _inputs(project: Project, oordeel: Oordeel) -> list[Path]:
    """Every stuk named, what their labels read (a subamendement's amendement, a brief's motie), the previous
    vergadering, and the other vergaderingen that decided on the same stukken."""
    loaded = oordeel.loaded
    paths = {p for p in oordeel.stukken.values() if p is not None}
    for stuk in list(paths):
        item = c._load(project, stuk)
        for key in ("amendement", "motie"):
            ref = getattr(item.model, key, None) if item is not None else None
            if isinstance(ref, str) and item is not None and "/" in ref:
                found = reference(project, item, (key,), ref)
                if found:
                    paths.add(found)
    for p, punt in enumerate(loaded.model.agenda):
        refs: list[tuple[tuple[str | int, ...], str | None]] = [(("agenda", p, "besluitenlijst"), punt.besluitenlijst)]
        refs += [(("agenda", p, "ingekomen", i, "stuk"), item.stuk) for i, item in enumerate(punt.ingekomen)]
        paths.update(found for loc, ref in refs if ref and (found := reference(project, loaded, loc, ref)))
    paths.update(index(project).decided_by().get(real(loaded.path), []))
    paths.discard(real(loaded.path))
    return sorted(paths)


def properties(oordeel: Oordeel, name: str) -> Properties:
    orgaan: Any = oordeel.orgaan
    model: Vergadering = oordeel.loaded.model
    kop = c.kop(model, orgaan)
    return Properties(title=f"{name.capitalize()} {kop[:1].lower()}{kop[1:]}", author=orgaan.letterhead,
                      subject=name.capitalize(), created=model.datum, keywords=f"vergadering; {name}")


def agenda(project: Project, oordeel: Oordeel) -> dict[str, Any]:
    model: Vergadering = oordeel.loaded.model
    punten = []
    for p, punt in enumerate(model.agenda):
        stukken = [c.stuk(project, path, oordeel.orgaan) for i in range(len(punt.stukken))
                   if (path := oordeel.stukken.get((p, i))) is not None]
        stembaar = any(s.loaded is not None and s.loaded.model.soort in STEMBAAR for s in stukken)
        punten.append({
            "nummer": punt.nummer, "titel": c.punt_titel(project, oordeel, p, punt), "toelichting": punt.toelichting or "",
            "behandeling": "hamerstuk" if punt.hamerstuk else ("bespreekstuk" if stembaar else ""),
            "stukken": [_regel(s) for s in stukken], "ingekomen": ingekomen(project, oordeel, p, punt, held=False),
            "voorstel": punt.voorstel or "",
        })
    return {"titel": "Agenda", "punten": punten}


def _regel(s: c.Stuk) -> dict[str, str]:
    return {"label": s.label, "titel": s.titel, "indieners": s.indieners}


def ingekomen(project: Project, oordeel: Oordeel, p: int, punt: Agendapunt, *, held: bool) -> list[dict[str, str]]:
    rows = []
    for i, item in enumerate(punt.ingekomen):
        path = reference(project, oordeel.loaded, ("agenda", p, "ingekomen", i, "stuk"), item.stuk) if item.stuk else None
        named = c.stuk(project, path, oordeel.orgaan) if path else None
        titel = item.titel or (f"{named.label}: {named.titel}" if named and named.titel else named.label if named else "")
        afzender = ", ".join(x for x in (item.afzender, nl.datum_kort(item.datum) if item.datum else "") if x)
        besluit = (item.besluit or (f"Conform het voorstel: {item.voorstel}." if item.voorstel else "")) if held else ""
        rows.append({"titel": titel, "afzender": afzender, "voorstel": item.voorstel or "", "besluit": besluit})
    return rows


def stemmingslijst(project: Project, oordeel: Oordeel) -> dict[str, Any]:
    """Per agendapunt the stukken in the order of voting, moties vreemd aan de orde van de dag last."""
    model: Vergadering = oordeel.loaded.model
    punten, vreemd = [], []
    for p, punt in enumerate(model.agenda):
        order = c.orde(project, oordeel, p)
        regels = [_stemregel(project, oordeel, p, plaats, order, model.gehouden) for plaats in order
                  if plaats.groep != "vreemd"]
        vreemd += [_stemregel(project, oordeel, p, plaats, order, model.gehouden) for plaats in order
                   if plaats.groep == "vreemd"]
        if regels:
            punten.append({"nummer": punt.nummer, "titel": c.punt_titel(project, oordeel, p, punt),
                           "hamerstuk": punt.hamerstuk, "regels": _numbered(regels)})
    if vreemd:
        punten.append({"nummer": "", "titel": "Moties vreemd aan de orde van de dag", "hamerstuk": False,
                       "regels": _numbered(vreemd)})
    return {"titel": "Stemmingslijst", "punten": punten, "gehouden": model.gehouden}


def _numbered(regels: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{**regel, "nr": f"{n}."} for n, regel in enumerate(regels, start=1)]


def _stemregel(project: Project, oordeel: Oordeel, p: int, plaats: Plaats, order: list[Plaats], held: bool) -> dict[str, str]:
    s = c.stuk(project, plaats.stuk, oordeel.orgaan)
    titel = s.titel
    if plaats.groep == "voorstel" and any(o.groep == "amendementen" for o in order):
        adopted = [o for o in order if o.groep == "amendementen" and _status(oordeel, o.stuk) == "aangenomen"]
        titel += (" — zoals geamendeerd" if adopted else " — ongewijzigd") if held else " — zoals het luidt na de amendementen"
    besluit = c.besluit_van(oordeel, plaats.stuk)
    return {"label": s.label, "titel": titel, "indieners": s.indieners,
            "uitslag": c.kort(besluit.telling) if besluit and held else ""}


def _status(oordeel: Oordeel, path: Path) -> str:
    besluit = c.besluit_van(oordeel, path)
    return besluit.telling.status if besluit else ""


def besluitenlijst(project: Project, oordeel: Oordeel) -> dict[str, Any]:
    model: Vergadering = oordeel.loaded.model
    orgaan: Any = oordeel.orgaan
    s = oordeel.samenstelling
    afwezig = [f"{a.naam} ({a.reden})" if a.reden else a.naam for a in model.afwezigen]
    present = s.zitting - sum(1 for a in {a.naam for a in model.afwezigen} if a in s.leden)
    secties: list[dict[str, Any]] = []
    hamer: dict[str, Any] | None = None
    toezeggingen = []
    for p, punt in enumerate(model.agenda):
        item = besluitpunt(project, oordeel, p, punt)
        toezeggingen += [{**t, "agendapunt": punt.nummer} for t in item["toezeggingen"]]
        if punt.hamerstuk:
            if hamer is None:
                hamer = {"kop": "Hamerstukken", "punten": []}
                secties.append(hamer)
            hamer["punten"].append(item)
        else:
            secties.append({"kop": "", "punten": [item]})
    rollen = ondertekening(orgaan, "besluit_ondertekening", oordeel.profile.model if oordeel.profile else None,
                           model.datum, lambda rol: model.voorzitter if rol == "voorzitter" else model.griffier)
    return {
        "titel": "Besluitenlijst",
        "ondertitel": f"van {orgaan.word('openbare_vergadering')}, gehouden op {nl.datum(model.datum)}",
        "gehouden": model.gehouden,
        "aanwezig": f"{present} van de {s.zitting} leden" if s.bekend else "",
        "afwezig": nl.opsomming(afwezig),
        "secties": secties, "toezeggingen": toezeggingen, "ondertekening": rollen,
    }


def besluitpunt(project: Project, oordeel: Oordeel, p: int, punt: Agendapunt) -> dict[str, Any]:
    model: Vergadering = oordeel.loaded.model
    held = model.gehouden
    order = c.orde(project, oordeel, p)
    stemmingen = [_besluitregel(project, oordeel, p, plaats, order) for plaats in order] if held else []
    besluit = punt.besluit or ""
    if held and not besluit and punt.besluitenlijst:
        besluit = f"De {c.punt_titel(project, oordeel, p, punt)[:1].lower()}{c.punt_titel(project, oordeel, p, punt)[1:]}" \
                  " wordt ongewijzigd vastgesteld."
    return {
        "nummer": punt.nummer, "titel": c.punt_titel(project, oordeel, p, punt),
        "voorstel": "" if held and punt.besluit else (punt.voorstel or ""),
        "besluit": besluit, "stemmingen": stemmingen,
        "stukken": [] if held else [_regel(c.stuk(project, o.stuk, oordeel.orgaan)) for o in order],
        "ingekomen": ingekomen(project, oordeel, p, punt, held=held),
        "toezeggingen": [{"nummer": t.nummer, "wie": t.wie, "wat": t.wat, "termijn": t.termijn_tekst}
                         for t in _toezeggingen(oordeel) if t.loc[1] == p],
    }


def _toezeggingen(oordeel: Oordeel) -> list[Any]:
    return toezeggingen.vastgelegd(oordeel.loaded, oordeel.profile.model if oordeel.profile else None)[0]


def _besluitregel(project: Project, oordeel: Oordeel, p: int, plaats: Plaats, order: list[Plaats]) -> dict[str, Any]:
    s = c.stuk(project, plaats.stuk, oordeel.orgaan)
    besluit = c.besluit_van(oordeel, plaats.stuk)
    stemming = _stemming(oordeel, p, plaats.stuk)
    regels: list[str] = []
    if besluit is None:
        regels.append("Niet in stemming gebracht.")
    else:
        regels.append(c.uitslag(besluit.telling))
        regels += c.zijden(besluit.telling)
    if stemming is not None:
        regels += [f"{a.lid} stemde {a.stem}, anders dan de eigen fractie." for a in stemming.afwijkend]
        if stemming.afwezig:
            regels.append(f"Niet aanwezig bij deze stemming: {nl.opsomming(list(stemming.afwezig))}.")
        if stemming.niet_deelgenomen:
            regels.append(f"Niet deelgenomen aan de stemming: {nl.opsomming(list(stemming.niet_deelgenomen))}.")
    if plaats.groep == "voorstel" and besluit is not None and besluit.telling.status == "aangenomen":
        adopted = [_lower(c.stuk(project, o.stuk, oordeel.orgaan).label) for o in order
                   if o.groep in ("amendementen",) and _status(oordeel, o.stuk) == "aangenomen"]
        if adopted:
            regels.append(f"Het voorstel is aangenomen zoals geamendeerd door {nl.opsomming(adopted)}.")
    verklaringen = [{"wie": v.fractie or v.lid or "", "tekst": v.tekst} for v in (stemming.stemverklaringen if stemming else [])]
    return {"label": s.label, "titel": s.titel, "indieners": s.indieners, "regels": regels, "verklaringen": verklaringen}


def _lower(label: str) -> str:
    """"amendement A1" mid-sentence."""
    return label[:1].lower() + label[1:]


def _stemming(oordeel: Oordeel, p: int, path: Path) -> Any:
    besluit = next((b for b in oordeel.besluiten if b.stuk == path and b.agendapunt == p and b.loc[2] == "stemmingen"), None)
    if besluit is None:
        return None
    return oordeel.loaded.model.agenda[p].stemmingen[besluit.loc[3]]
