"""The actielijst: every adopted motie (as the motievolglijst judges it), every toezegging of the vergaderingen and
every set of schriftelijke vragen, each with its term, the days left or overdue on the peildatum, and what closed
it; sorted by term. Terms come from soorten/termijnen.py, the one place the motievolglijst uses too.

Closed: a motie by its afdoeningsbrief or a raadsinformatiebrief; a toezegging by a raadsinformatiebrief that
names it or by its own `afgedaan:`; vragen by an antwoordbrief that answers all. An uitstelbericht moves the
vragen's term to its new date. Only what is sent counts: a concept closes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from generator import clock, nl
from generator.errors import RaadsstukkenError, display_path
from generator.loading.project import Loaded, Project, is_file
from generator.organen.register import slug
from generator.soorten import termijnen
from generator.soorten.document import Prepared
from generator.soorten.motievolglijst import collection as volglijst
from generator.soorten.rows import Kept
from generator.word.render import Properties

OUTPUT = "actielijst.docx"
KLEUREN = {"afgedaan": "C6EFCE", "te laat": "FFC7CE", "open": "DDEBF7"}


@dataclass(frozen=True)
class Actie:
    soort: str
    """motie, toezegging or vragen."""
    label: str
    """How the list names the soort: "Motie", "Toezegging", "Statenvragen"."""
    orgaan: str
    nummer: str
    titel: str
    datum: dt.date | None
    """Adopted, made or submitted."""
    termijn: dt.date | None
    status: str
    afgedaan: str
    bron: Path
    uid: str
    """Stable across builds: the soort, the data file and the item's number in it."""

    def dagen(self, peildatum: dt.date) -> int | None:
        """Days left (negative: overdue) while not afgedaan."""
        return (self.termijn - peildatum).days if self.termijn and self.status != "afgedaan" else None

    def cells(self, peildatum: dt.date) -> dict[str, str]:
        dagen = self.dagen(peildatum)
        return {"soort": self.label, "orgaan": self.orgaan, "nummer": self.nummer, "titel": self.titel,
                "datum": nl.datum_kort(self.datum) if self.datum else volglijst.DATUM_OPEN,
                "termijn": nl.datum_kort(self.termijn) if self.termijn else "",
                "dagen": "" if dagen is None else (f"nog {dagen}" if dagen >= 0 else f"{-dagen} te laat"),
                "status": self.status, "afgedaan": self.afgedaan, "kleur": KLEUREN.get(self.status, "FFFFFF")}


@dataclass
class Gegevens:
    moties: volglijst.Gegevens
    vragen: list[Loaded] = field(default_factory=list)
    antwoorden: dict[Path, list[Loaded]] = field(default_factory=dict)
    vergaderingen: list[Loaded] = field(default_factory=list)
    toezeggingen: dict[tuple[Path, str], list[Loaded]] = field(default_factory=dict)
    """(vergadering, number) → the raadsinformatiebrieven that afdoen it."""
    inputs: set[Path] = field(default_factory=set)


def gather(project: Project, sources: list[Path]) -> Gegevens:
    """The motievolglijst's gathering plus vragen, antwoordbrieven, vergaderingen and raadsinformatiebrieven; a file
    that does not load or resolve is reported by its own build and left out here."""
    return _whole(project, Gegevens(volglijst.gather(project, sources)), sources)


WHOLE = "heel"
"""The fact of a file the actielijst reads whole (vragen, antwoordbrieven, vergaderingen,
raadsinformatiebrieven: a few per project, never the thousands of moties): its content's digest, so
any change in it makes the list again."""


def fact(project: Project, loaded: Loaded) -> list[str] | None:
    """What the actielijst keeps of a file besides the motievolglijst's facts (`extends`)."""
    import hashlib

    return [WHOLE, hashlib.sha256(repr(loaded.doc.data).encode("utf-8")).hexdigest()]


def from_facts(project: Project, facts: dict[Path, list[str]], moties: volglijst.Gegevens) -> Gegevens:
    """The same as `gather`, from the motievolglijst's gathering (made from its facts, once for both lists)
    and the few files read whole."""
    whole = sorted(path for path, kept in facts.items() if kept[0] == WHOLE)
    return _whole(project, Gegevens(moties), whole)


def _whole(project: Project, found: Gegevens, sources: list[Path]) -> Gegevens:
    """Vragen, antwoordbrieven, vergaderingen and raadsinformatiebrieven among `sources`, loaded whole."""
    from generator.soorten.antwoordbrief.document import vragen_van
    from generator.soorten.antwoordbrief.model import Antwoordbrief
    from generator.soorten.raadsinformatiebrief.document import afgedaan
    from generator.soorten.raadsinformatiebrief.model import Raadsinformatiebrief
    from generator.soorten.vergadering.model import Vergadering
    from generator.soorten.vragen.model import Vragen

    for source in sources:
        try:
            loaded = project.load(source)
            model = loaded.model
            if isinstance(model, (Vragen, Vergadering)):
                (found.vragen if isinstance(model, Vragen) else found.vergaderingen).append(loaded)
            elif isinstance(model, (Antwoordbrief, Raadsinformatiebrief)):
                found.inputs.add(loaded.path)
                if model.concept:
                    continue
                if isinstance(model, Antwoordbrief):
                    found.antwoorden.setdefault(vragen_van(project, loaded).path, []).append(loaded)
                for gesloten in (afgedaan(project, loaded)[0] if isinstance(model, Raadsinformatiebrief) else []):
                    if gesloten.toezegging is not None:
                        key = (gesloten.path, gesloten.toezegging.nummer)
                        found.toezeggingen.setdefault(key, []).append(loaded)
        except RaadsstukkenError:
            continue
    return found


def acties(project: Project, gegevens: Gegevens, peildatum: dt.date) -> list[Actie]:
    rows = moties(project, gegevens, peildatum) + toezeggingen(project, gegevens, peildatum) + vragen(project, gegevens, peildatum)
    return sorted(rows, key=lambda a: (a.termijn or dt.date.max, a.orgaan, a.titel, a.uid))


def uid(soort: str, project: Project, path: Path, nummer: str = "") -> str:
    name = slug(display_path(path, project.data_dir).removesuffix(".yaml"))
    return f"{soort}-{name}" + (f"-{slug(nummer)}" if nummer else "")


def moties(project: Project, gegevens: Gegevens, peildatum: dt.date) -> list[Actie]:
    return [Actie("motie", "Motie", r.gemeente, r.nummer, r.titel, r.datum, r.termijn, r.status, r.afgedaan, r.motie,
                  uid("motie", project, r.motie))
            for r in volglijst.regels(project, gegevens.moties, peildatum) if r.status in KLEUREN]


def _status(termijn: dt.date | None, gesloten: bool, peildatum: dt.date) -> str:
    return "afgedaan" if gesloten else "te laat" if termijn is not None and termijn < peildatum else "open"


def _orgaan_naam(project: Project, orgaan_id: str) -> str:
    from generator.organen import register

    profile = termijnen.profile(project, orgaan_id)
    found = register.get(orgaan_id)
    return profile.naam if profile is not None else found.name if found is not None else orgaan_id


def toezeggingen(project: Project, gegevens: Gegevens, peildatum: dt.date) -> list[Actie]:
    from generator.soorten.vergadering.toezeggingen import vastgelegd

    rows = []
    for loaded in gegevens.vergaderingen:
        if loaded.model.datum > peildatum:
            continue
        for t in vastgelegd(loaded, termijnen.profile(project, t_orgaan := loaded.model.orgaan))[0]:
            briefs = sorted((b for b in gegevens.toezeggingen.get((loaded.path, t.nummer), []) if b.model.datum <= peildatum),
                            key=lambda b: (b.model.datum, str(b.path)))
            if briefs:
                closed = f"{briefs[0].model.kenmerk}, {nl.datum_kort(briefs[0].model.datum)}"
            elif t.afgedaan is not None and t.afgedaan.datum <= peildatum:
                closed = f"{t.afgedaan.hoe}, {nl.datum_kort(t.afgedaan.datum)}"
            else:
                closed = ""
            rows.append(Actie("toezegging", "Toezegging", _orgaan_naam(project, t_orgaan), t.nummer, t.wat, t.datum,
                              t.termijn, _status(t.termijn, bool(closed), peildatum), closed, loaded.path,
                              uid("toezegging", project, loaded.path, t.nummer)))
    return rows


def vragen(project: Project, gegevens: Gegevens, peildatum: dt.date) -> list[Actie]:
    from generator.soorten.vragen import document as vragen_document

    rows = []
    for loaded in gegevens.vragen:
        model = loaded.model
        if model.ingediend > peildatum:
            continue
        try:
            orgaan, _profile, term = vragen_document.resolved(project, loaded)
        except RaadsstukkenError:
            continue
        termijn, closed = term.datum, ""
        for brief in sorted(gegevens.antwoorden.get(loaded.path, []), key=lambda b: str(b.path)):
            b = brief.model
            if b.uitstel is not None and b.uitstel.datum <= peildatum:
                termijn = max(termijn, b.uitstel.nieuwe_datum)
            if b.antwoorden and b.volledig and b.datum is not None and b.datum <= peildatum:
                closed = f"{b.kenmerk}, {nl.datum_kort(b.datum)}"
        rows.append(Actie("vragen", vragen_document.titel(orgaan), _orgaan_naam(project, model.orgaan),
                          model.nummer or "", model.onderwerp, model.ingediend, termijn,
                          _status(termijn, bool(closed), peildatum), closed, loaded.path, uid("vragen", project, loaded.path)))
    return rows


def inputs(project: Project, gegevens: Gegevens) -> set[Path]:
    mv = gegevens.moties
    ids = {a.model.orgaan for a in [*gegevens.vragen, *gegevens.vergaderingen]}
    ids |= {m.model.gemeente for m in mv.moties if m.model.gemeente}
    return {*(m.path for m in mv.moties), *(b.path for g in mv.briefs.values() for b in g), *mv.concepts,
            *mv.vergaderingen, *(v.path for v in gegevens.vragen), *(v.path for v in gegevens.vergaderingen),
            *gegevens.inputs, *(project.gemeente_path(i) for i in ids if is_file(project.gemeente_path(i)))}


def documents(project: Project, gegevens: Gegevens) -> list[tuple[str, Prepared]]:
    peildatum = clock.today()
    rows = acties(project, gegevens, peildatum)
    if not rows:
        return []
    ids = sorted({*(a.model.orgaan for a in [*gegevens.vragen, *gegevens.vergaderingen]),
                  *(m.model.gemeente for m in gegevens.moties.moties if m.model.gemeente)})
    profile = project.load(project.gemeente_path(ids[0])) if len(ids) == 1 and is_file(project.gemeente_path(ids[0])) else None
    template, looked_at = project.template(project.registry["actielijst"].template, profile)
    kop, kolom = volglijst._kop(ids, nl.opsomming(sorted({a.orgaan for a in rows})))
    table = {"gemeenten": kop, "kolom_orgaan": kolom, "peildatum": nl.datum_kort(peildatum), "vragen": _vragen_woord(ids)}
    kept = Kept("actielijst", template, table, [a.cells(peildatum) for a in rows])  # see generator/soorten/rows.py
    return [(OUTPUT, Prepared(
        template=template,
        context={**table, "regels": kept.todo},
        post=kept.post,
        text=kept.text,
        properties=Properties(title="Actielijst", author=kop, subject="Actielijst",
                              created=max((a.datum for a in rows if a.datum), default=None),
                              keywords="actielijst"),
        inputs=sorted({*inputs(project, gegevens), *looked_at})))]


def _vragen_woord(ids: list[str]) -> str:
    from generator.organen import register

    words = {o.word("vragen") for o in (register.get(i) for i in ids) if o is not None}
    return words.pop() if len(words) == 1 else "vragen"
