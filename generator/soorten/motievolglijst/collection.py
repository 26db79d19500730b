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
from generator.soorten.rows import Kept
from generator.word.render import Properties

OUTPUT = "motievolglijst.docx"
"""What this collection writes into build/: no data file may write the same name."""
KLEUREN = {"afgedaan": "C6EFCE", "te laat": "FFC7CE", "open": "DDEBF7", "aangehouden": "FFEB9C"}
GEEN_KLEUR = "FFFFFF"
DATUM_OPEN = "datum open"


@dataclass(frozen=True)
class Regel:
    """One line of the list."""

    motie: Path
    gemeente: str
    nummer: str
    titel: str
    datum: dt.date | None
    """None while the meeting's date is an open fact ("[datum]"): the row says "datum open" and comes last."""
    indieners: str
    status: str
    afgedaan: str = ""
    termijn: dt.date | None = None

    def cells(self) -> dict[str, str]:
        return {"gemeente": self.gemeente, "nummer": self.nummer, "titel": self.titel,
                "datum": nl.datum_kort(self.datum) if self.datum else DATUM_OPEN, "indieners": self.indieners, "status": self.status,
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
    regels: dict[dt.date, list[Regel]] = field(default_factory=dict, repr=False, compare=False)
    """The lines per peildatum, made once for the motievolglijst and the actielijst (which lists them too)."""


def gather(project: Project, sources: list[Path]) -> Gegevens:
    """Load what loads; a file that does not is an issue (the build reports it on its own too)."""
    facts: dict[Path, Any] = {}
    issues: list[Issue] = []
    for source in sources:
        try:
            found = fact(project, project.load(source))
        except ValidationFailed as exc:
            issues.extend(exc.issues)
            continue
        except RaadsstukkenError as exc:
            issues.append(Issue(display_path(source), message=str(exc)))
            continue
        if found is not None:
            facts[source] = found
    gegevens = from_facts(project, facts)
    gegevens.issues[:0] = issues
    return gegevens


def fact(project: Project, loaded: Loaded) -> list[Any] | None:
    """What the list keeps of one file, as JSON values (the build keeps it between builds); None
    for a file it does not list."""
    from generator.soorten.vergadering.status import toegepast

    model = loaded.model
    if isinstance(model, (Motie, Amendement)):  # status, vote and date from their vergadering
        loaded, decided = toegepast(project, loaded)
        slimmed = slim(loaded) if isinstance(model, Motie) else slim_amendement(project, loaded)
        return ["motie" if isinstance(model, Motie) else "amendement", *_feiten(slimmed),
                [_key(project, v) for v in decided]]
    if isinstance(model, (Afdoeningsbrief, Raadsinformatiebrief)) and model.concept:
        return ["concept"]
    if isinstance(model, Raadsinformatiebrief):
        return ["informatiebrief", *_feiten(slim(loaded)), informatiebrief(project, loaded)]
    if isinstance(model, Afdoeningsbrief):
        target = motie_path(project, loaded)
        return ["brief", *_feiten(slim(loaded)), _key(project, target) if target is not None else None]
    return None


def from_facts(project: Project, facts: dict[Path, Any]) -> Gegevens:
    """The moties, briefs and amendementen from their facts, in the order of their files."""
    found = Gegevens()
    for path in sorted(facts):
        kind, *rest = facts[path]
        if kind == "concept":
            found.concepts.append(path)
        elif kind == "informatiebrief":
            *feiten, targets = rest
            for target in targets:
                found.briefs.setdefault(_path(project, target), []).append(_slim(path, feiten, _BriefFeiten))
        elif kind == "brief":
            *feiten, target = rest
            if target is not None:
                found.briefs.setdefault(_path(project, target), []).append(_slim(path, feiten, _BriefFeiten))
        else:
            *feiten, decided = rest
            found.vergaderingen.update(_path(project, key) for key in decided)
            found.moties.append(_slim(path, feiten, _MotieFeiten)) if kind == "motie" else \
                found.amendementen.append(_slim(path, feiten, _AmendementFeiten))
    for briefs in found.briefs.values():
        briefs.sort(key=lambda b: (b.model.datum, str(b.path)))
    return found


def _key(project: Project, path: Path) -> str:
    return display_path(path, project.root)


def _path(project: Project, key: str) -> Path:
    return Path(key) if Path(key).is_absolute() else project.root / key


def _feiten(slimmed: Loaded) -> list[Any]:
    """A slim file as JSON values: its facts in field order, dates as text, and its kept positions."""
    values = [[v.naam for v in value] if isinstance(value, tuple) else
              value.isoformat() if isinstance(value, dt.date) else value
              for value in (getattr(slimmed.model, name) for name in slimmed.model.__slots__)]
    return [values, [[list(loc), *at] for loc, at in slimmed.doc.positions.items()]]


DATES = frozenset({"vergadering", "status_datum", "datum"})


def _slim(path: Path, feiten: list[Any], shape: type) -> Loaded:
    """The slim file back from its facts; a fact of any other shape (a build folder's index is not
    trusted) raises TypeError or ValueError, and the list is then made from the files themselves."""
    values, positions = feiten
    fields = {name: _value(name, value) for name, value in zip(shape.__slots__, values, strict=True)}  # type: ignore[attr-defined]
    kept = {}
    for loc, line, column in positions:
        if type(loc) is not list or type(line) is not int or type(column) is not int:
            raise TypeError("position")
        kept[tuple(loc)] = (line, column)
    return Loaded(Document(path, None, kept), shape(**fields))


def _value(name: str, value: Any) -> Any:
    if name == "indieners":
        if type(value) is not list or not all(type(n) is str for n in value):
            raise TypeError(name)
        return tuple(_Naam(n) for n in value)
    if value is not None and type(value) is not str:
        raise TypeError(name)
    return dt.date.fromisoformat(value) if name in DATES and value is not None else value


def informatiebrief(project: Project, loaded: Loaded) -> list[str]:
    """The moties a raadsinformatiebrief afdoet through its `afdoet:` (their keys); a concept afdoet none."""
    from generator.soorten.raadsinformatiebrief.document import afgedaan

    return [_key(project, gesloten.path) for gesloten in afgedaan(project, loaded)[0] if gesloten.motie is not None]


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
    vergadering: dt.date | None
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
    vergadering: dt.date | None
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
    """The list's lines on `peildatum` (made once per gathering: a line that cannot be made is one issue)."""
    if peildatum not in gegevens.regels:
        gegevens.regels[peildatum] = _regels(project, gegevens, peildatum)
    return gegevens.regels[peildatum]


def _regels(project: Project, gegevens: Gegevens, peildatum: dt.date) -> list[Regel]:
    rows = []
    organen: dict[str, tuple[str, int]] = {}  # per orgaan its name and term, looked up once for the list
    for loaded in gegevens.moties:
        if loaded.model.vergadering and loaded.model.vergadering > peildatum:
            continue  # not yet submitted on that day (a motie whose date is open is listed, last)
        try:
            rows.append(regel(project, loaded, gegevens.briefs.get(loaded.path, []), peildatum, organen))
        except ValidationFailed as exc:
            gegevens.issues.extend(exc.issues)
    for loaded in gegevens.amendementen:
        if loaded.model.vergadering is None or loaded.model.vergadering <= peildatum:
            rows.append(amendement_regel(project, loaded))
    return sorted(rows, key=lambda r: (r.datum is None, r.datum or dt.date.min, r.gemeente, r.titel))


def amendement_regel(project: Project, loaded: Loaded) -> Regel:
    """"Amendement A2 Evaluatie na één jaar", its status, and in 'afgedaan' the voorstel it amends."""
    m = loaded.model
    naam, _termijn = _orgaan(project, m.gemeente or "", loaded)  # a register id without a profile too
    return Regel(motie=loaded.path, gemeente=naam, nummer=m.nummer or "", titel=f"{m.soort.capitalize()}: {m.titel}",
                 datum=m.vergadering, indieners=nl.opsomming([i.naam for i in m.indieners]), status=m.status,
                 afgedaan=f"bij raadsvoorstel {m.voorstel}" if m.voorstel else "")


def regel(project: Project, loaded: Loaded, briefs: list[Loaded], peildatum: dt.date,
          organen: dict[str, tuple[str, int]] | None = None) -> Regel:
    motie: Motie = loaded.model
    orgaan_id = motie.gemeente or ""
    known = organen.get(orgaan_id) if organen is not None else None
    naam, termijn_maanden = known or _orgaan(project, orgaan_id, loaded)
    if organen is not None:
        organen[orgaan_id] = (naam, termijn_maanden)
    base: dict[str, Any] = {"motie": loaded.path, "gemeente": naam, "nummer": motie.nummer or motie.ris or "", "titel": motie.titel,
                "datum": motie.vergadering, "indieners": nl.opsomming([i.naam for i in motie.indieners])}
    if motie.status != "aangenomen":
        return Regel(**base, status=motie.status)
    done = [b for b in briefs if b.model.datum <= peildatum]
    if done:
        brief = done[0].model
        return Regel(**base, status="afgedaan", afgedaan=f"{brief.kenmerk}, {nl.datum_kort(brief.datum)}")
    if aangenomen_op(motie) is None:  # adopted, the date still open: no term to count
        return Regel(**base, status="open")
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
    latest = max([r.datum for r in rows if r.datum] + [b.model.datum for g in gegevens.briefs.values() for b in g],
                 default=None)
    kop, kolom = _kop(ids, names)
    table = {"gemeenten": kop, "kolom_orgaan": kolom, "breedtes": columns.widths(cells)}
    kept = Kept("motievolglijst", template, table, cells)  # rows rendered in an earlier build are not rendered again
    return Prepared(
        template=template,
        context={**table, "regels": kept.todo},
        post=kept.post,
        text=kept.text,
        properties=Properties(title="Motievolglijst", author=kop, subject="Motievolglijst",
                              created=latest, keywords="motievolglijst"),
        inputs=sorted({*(m.path for m in [*gegevens.moties, *gegevens.amendementen]), *briefs, *gegevens.concepts,
                       *profiles, *looked_at, *gegevens.vergaderingen}),
    )
