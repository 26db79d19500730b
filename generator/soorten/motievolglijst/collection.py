"""The motievolglijst: every motie with its status, as griffies keep it.

An adopted motie is `afgedaan` once an afdoeningsbrief dated on or before the peildatum exists,
`te laat` when the gemeente's afdoeningstermijn (months after adoption) has passed without one,
and `open` before that. Other moties keep their own status (verworpen, ingetrokken, …).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import clock, nl
from generator.errors import Issue, RaadsstukkenError, ValidationFailed, display_path
from generator.loading.project import Loaded, Project, is_file
from generator.loading.reader import Document
from generator.soorten.afdoeningsbrief.document import aangenomen_op, motie_path
from generator.soorten.afdoeningsbrief.model import Afdoeningsbrief
from generator.soorten.amendement.model import Amendement
from generator.soorten.document import Prepared
from generator.soorten.motie.model import Motie
from generator.soorten.motievolglijst import columns
from generator.soorten.raadsinformatiebrief.model import Raadsinformatiebrief
from generator.word.render import Properties

OUTPUT = "motievolglijst.docx"
"""What this collection writes into build/: no data file may write the same name."""
KLEUREN = {"afgedaan": "C6EFCE", "te laat": "FFC7CE", "open": "DDEBF7", "aangehouden": "FFEB9C"}
GEEN_KLEUR = "FFFFFF"


@dataclass(frozen=True)
class Regel:
    """One line of the list."""

    motie: Path
    gemeente: str
    nummer: str
    titel: str
    datum: dt.date
    indieners: str
    status: str
    afgedaan: str = ""
    termijn: dt.date | None = None

    def cells(self) -> dict[str, str]:
        return {"gemeente": self.gemeente, "nummer": self.nummer, "titel": self.titel,
                "datum": nl.datum_kort(self.datum), "indieners": self.indieners, "status": self.status,
                "afgedaan": self.afgedaan, "termijn": nl.datum_kort(self.termijn) if self.termijn else "",
                "kleur": KLEUREN.get(self.status, GEEN_KLEUR)}


@dataclass
class Gegevens:
    """The moties and briefs among the sources, each brief linked to its motie's file."""

    moties: list[Loaded] = field(default_factory=list)
    briefs: dict[Path, list[Loaded]] = field(default_factory=dict)
    amendementen: list[Loaded] = field(default_factory=list)
    """Amendementen and subamendementen: listed with their status beside the moties."""
    issues: list[Issue] = field(default_factory=list)
    concepts: list[Path] = field(default_factory=list)
    """Concept briefs: not sent, so they do not afdoen a motie, but the list is rebuilt when they change."""
    vergaderingen: set[Path] = field(default_factory=set)
    """The vergaderingen whose decisions give moties and amendementen their status."""


def gather(project: Project, sources: list[Path]) -> Gegevens:
    """Load what loads; a file that does not is an issue (the build reports it on its own too)."""
    from generator.soorten.vergadering.status import toegepast

    found = Gegevens()
    for source in sources:
        try:
            loaded = project.load(source)
            if isinstance(loaded.model, (Motie, Amendement)):  # status, vote and date from their vergadering
                loaded, decided = toegepast(project, loaded)
                found.vergaderingen.update(decided)
            if isinstance(loaded.model, Motie):
                found.moties.append(slim(loaded))
            elif isinstance(loaded.model, Amendement):
                found.amendementen.append(slim_amendement(project, loaded))
            elif isinstance(loaded.model, Afdoeningsbrief) and loaded.model.concept:
                found.concepts.append(loaded.path)
            elif isinstance(loaded.model, Afdoeningsbrief):
                target = motie_path(project, loaded)
                if target is not None:
                    found.briefs.setdefault(target, []).append(slim(loaded))
            elif isinstance(loaded.model, Raadsinformatiebrief):
                informatiebrief(project, loaded, found)
        except ValidationFailed as exc:
            found.issues.extend(exc.issues)
        except RaadsstukkenError as exc:
            found.issues.append(Issue(display_path(source), message=str(exc)))
    for briefs in found.briefs.values():
        briefs.sort(key=lambda b: (b.model.datum, str(b.path)))
    return found


def informatiebrief(project: Project, loaded: Loaded, found: Gegevens) -> None:
    """A raadsinformatiebrief afdoet the moties its `afdoet:` names (a concept does not, but is an input)."""
    from generator.soorten.raadsinformatiebrief.document import afgedaan

    if loaded.model.concept:
        found.concepts.append(loaded.path)
        return
    for gesloten in afgedaan(project, loaded)[0]:
        if gesloten.motie is not None:
            found.briefs.setdefault(gesloten.path, []).append(slim(loaded))


@dataclass(frozen=True, slots=True)
class _Naam:
    naam: str


@dataclass(frozen=True, slots=True)
class _MotieFeiten:
    """The fields of a Motie the list reads, and nothing else."""

    soort: str
    gemeente: str
    nummer: str | None
    ris: str | None
    titel: str
    vergadering: dt.date
    indieners: tuple[_Naam, ...]
    status: str
    status_datum: dt.date | None


@dataclass(frozen=True, slots=True)
class _BriefFeiten:
    soort: str
    kenmerk: str
    datum: dt.date


KEPT_POSITIONS: tuple[tuple[str | int, ...], ...] = ((), ("gemeente",), ("orgaan",), ("motie",), ("vergadering",), ("status_datum",),
                                                     ("afdoet",))


@dataclass(frozen=True, slots=True)
class _AmendementFeiten:
    soort: str
    gemeente: str
    nummer: str | None
    titel: str
    vergadering: dt.date
    indieners: tuple[_Naam, ...]
    status: str
    voorstel: str
    """The raadsvoorstel it amends, as the list shows it."""


def slim_amendement(project: Project, loaded: Loaded) -> Loaded:
    """An amendement's facts; its gemeente and voorstel are the voorstel's (through its amendement
    for a subamendement) unless it names them itself."""
    from generator.soorten.amendement.document import resolve
    from generator.soorten.raadsvoorstel.document import nummer_van, onderwerp_van

    m: Amendement = loaded.model
    voorstel = resolve(project, loaded).voorstel
    gemeente = m.gemeente or (voorstel.model.gemeente if voorstel else "")
    naam = (nummer_van(voorstel) or onderwerp_van(voorstel)) if voorstel else (m.extern.voorstel if m.extern else "")
    positions: dict[tuple[str | int, ...], tuple[int, int]] = {
        k: loaded.doc.positions[k] for k in KEPT_POSITIONS if k in loaded.doc.positions}
    feiten = _AmendementFeiten(m.soort, gemeente, m.nummer, m.titel, m.vergadering,
                               tuple(_Naam(i.naam) for i in m.indieners), m.status, naam)
    return Loaded(Document(loaded.doc.path, None, positions), feiten)


def slim(loaded: Loaded) -> Loaded:
    """What the list needs of a file, so that a list of 100,000 moties stays small in memory."""
    positions: dict[tuple[str | int, ...], tuple[int, int]] = {
        k: loaded.doc.positions[k] for k in KEPT_POSITIONS if k in loaded.doc.positions}
    doc = Document(loaded.doc.path, None, positions)
    m = loaded.model
    if isinstance(m, Motie):
        feiten: object = _MotieFeiten(m.soort, m.orgaan_id or "", m.nummer, m.ris, m.titel, m.vergadering,
                                      tuple(_Naam(i.naam) for i in m.indieners), m.status, m.status_datum)
    else:
        feiten = _BriefFeiten(m.soort, m.kenmerk, m.datum)
    return Loaded(doc, feiten)


def duplicates(gegevens: Gegevens) -> list[Issue]:
    """A motie is afgedaan by one brief: every further brief for it is an error."""
    issues = []
    for _target, briefs in sorted(gegevens.briefs.items()):
        first = briefs[0]
        for brief in briefs[1:]:
            issues.append(brief.doc.issue(
                ("motie",) if brief.model.soort == "afdoeningsbrief" else ("afdoet",),
                f"deze motie wordt al afgedaan door {display_path(first.path)} ({first.model.kenmerk})",
                "één afdoeningsbrief per motie; verwijder een van beide of verwijs naar de juiste motie"))
    return issues


def add_months(day: dt.date, months: int) -> dt.date | None:
    """`2021-08-31` + 6 → `2022-02-28`: the same day of the month, or the month's last day; None
    past the last day a date can have (9999-12-31)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def regels(project: Project, gegevens: Gegevens, peildatum: dt.date) -> list[Regel]:
    rows = []
    for loaded in gegevens.moties:
        if loaded.model.vergadering > peildatum:
            continue  # not yet submitted on that day
        try:
            rows.append(regel(project, loaded, gegevens.briefs.get(loaded.path, []), peildatum))
        except ValidationFailed as exc:
            gegevens.issues.extend(exc.issues)
    for loaded in gegevens.amendementen:
        if loaded.model.vergadering <= peildatum:
            rows.append(amendement_regel(project, loaded))
    return sorted(rows, key=lambda r: (r.datum, r.gemeente, r.titel))


def amendement_regel(project: Project, loaded: Loaded) -> Regel:
    """"Amendement A2 Evaluatie na één jaar", its status, and in 'afgedaan' the voorstel it amends."""
    m = loaded.model
    naam, _termijn = _orgaan(project, m.gemeente or "", loaded)  # a register id without a profile too
    return Regel(motie=loaded.path, gemeente=naam, nummer=m.nummer or "", titel=f"{m.soort.capitalize()}: {m.titel}",
                 datum=m.vergadering, indieners=nl.opsomming([i.naam for i in m.indieners]), status=m.status,
                 afgedaan=f"bij raadsvoorstel {m.voorstel}" if m.voorstel else "")


def regel(project: Project, loaded: Loaded, briefs: list[Loaded], peildatum: dt.date) -> Regel:
    motie: Motie = loaded.model
    naam, termijn_maanden = _orgaan(project, motie.gemeente or "", loaded)
    base: dict[str, Any] = {"motie": loaded.path, "gemeente": naam, "nummer": motie.nummer or motie.ris or "", "titel": motie.titel,
                "datum": motie.vergadering, "indieners": nl.opsomming([i.naam for i in motie.indieners])}
    if motie.status != "aangenomen":
        return Regel(**base, status=motie.status)
    done = [b for b in briefs if b.model.datum <= peildatum]
    if done:
        brief = done[0].model
        return Regel(**base, status="afgedaan", afgedaan=f"{brief.kenmerk}, {nl.datum_kort(brief.datum)}")
    termijn = add_months(aangenomen_op(motie), termijn_maanden)
    if termijn is None:
        field = "status_datum" if motie.status_datum else "vergadering"
        raise ValidationFailed([loaded.doc.issue(
            (field,), f"de afdoeningstermijn ({termijn_maanden} maanden) valt na het jaar 9999",
            "controleer de datum en de afdoeningstermijn in het gemeenteprofiel; een datum ligt tussen de jaren 1 en 9999")])
    return Regel(**base, status="te laat" if termijn < peildatum else "open", termijn=termijn)


def _orgaan(project: Project, orgaan_id: str, loaded: Loaded) -> tuple[str, int]:
    """Name and afdoeningstermijn: from the profile, else from the register with the default term."""
    from generator.organen import register

    orgaan = register.get(orgaan_id)
    if orgaan is not None and not is_file(project.gemeente_path(orgaan_id)):
        return orgaan.name, 6
    profile = project.gemeente(orgaan_id, loaded.doc).model
    return profile.naam, profile.afdoeningstermijn


def _kop(ids: list[str], names: str) -> tuple[str, str]:
    """(the list's heading, its orgaan column's title): "Gemeente Zwolle" and "Gemeente", "Provincie Gelderland"
    and "Provincie"; for several gemeenten "Gemeenten Zwolle en Den Haag", for several kinds "Orgaan"."""
    from generator.organen import register

    organen = [o for o in (register.get(i) for i in ids) if o is not None]
    kinds = {o.kind for o in organen}
    column = organen[0].word("soortnaam").capitalize() if len(kinds) == 1 and len(organen) == len(ids) else "Orgaan"
    if len(ids) == 1 and organen:
        return organen[0].letterhead, column
    if kinds <= {"gemeente"}:
        return f"Gemeente{'n' if len(ids) > 1 else ''} {names}", column
    return nl.opsomming([o.letterhead for o in organen] or [names]), column


def vandaag() -> dt.date:
    return clock.today()


def documents(project: Project, gegevens: Gegevens) -> list[tuple[str, Prepared]]:
    """The collection's outputs for the build: the motievolglijst as of today."""
    made = prepared(project, gegevens, vandaag())
    if gegevens.issues:  # written only from a complete, valid set of inputs
        raise ValidationFailed(gegevens.issues)
    return [(OUTPUT, made)] if made else []


def prepared(project: Project, gegevens: Gegevens, peildatum: dt.date) -> Prepared | None:
    """build/motievolglijst.docx; its inputs are every motie and brief, their profiles and the template."""
    rows = regels(project, gegevens, peildatum)
    if not rows:
        return None
    cells = [r.cells() for r in rows]
    ids = sorted({m.model.gemeente for m in [*gegevens.moties, *gegevens.amendementen] if m.model.gemeente})
    profile = project.load(project.gemeente_path(ids[0])) if len(ids) == 1 and is_file(project.gemeente_path(ids[0])) else None
    template, looked_at = project.template(project.registry["motievolglijst"].template, profile)
    briefs = [b.path for group in gegevens.briefs.values() for b in group]
    profiles = [project.gemeente_path(i) for i in ids if is_file(project.gemeente_path(i))]
    names = nl.opsomming(sorted({r.gemeente for r in rows}))
    latest = max([r.datum for r in rows] + [b.model.datum for g in gegevens.briefs.values() for b in g])
    kop, kolom = _kop(ids, names)
    return Prepared(
        template=template,
        context={"gemeenten": kop, "kolom_orgaan": kolom, "regels": cells, "breedtes": columns.widths(cells)},
        properties=Properties(title="Motievolglijst", author=kop, subject="Motievolglijst",
                              created=latest, keywords="motievolglijst"),
        inputs=sorted({*(m.path for m in [*gegevens.moties, *gegevens.amendementen]), *briefs, *gegevens.concepts,
                       *profiles, *looked_at, *gegevens.vergaderingen}),
    )
