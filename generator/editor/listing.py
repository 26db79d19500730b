"""The list a griffie works from: every document per soort with its title, date, status and meeting.

Statuses come from where the tool decides them: a motie's or amendement's from the motievolglijst
(afgedaan, te laat, open, …, as of today), a stuk a vergadering voted on from that vergadering
(soorten/vergadering/status.py), a vergadering's own (gepland, gehouden). Nothing here is a second
rule: what the volglijst marks overdue ("te laat") the list marks overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import clock, nl
from generator.errors import Issue, RaadsstukkenError, ValidationFailed
from generator.loading.project import Loaded, Project
from generator.loading.reader import load

OVERDUE = "te laat"
"""The motievolglijst's word for a motie whose afdoeningstermijn has passed (motievolglijst/collection.py)."""


@dataclass
class Row:
    pad: str
    soort: str
    titel: str
    status: str = ""
    fout: str = ""
    datum: dt.date | None = None
    vergadering: dt.date | None = None
    """The meeting that treats it: the vergadering whose agenda names it, else the date the stuk names."""
    orgaan: str = ""
    """The orgaan it names (`orgaan:`, or `gemeente:` in older files)."""

    @property
    def te_laat(self) -> bool:
        return self.status == OVERDUE

    @property
    def datum_tekst(self) -> str:
        return nl.datum_kort(self.datum) if self.datum else ""

    @property
    def vergadering_sleutel(self) -> str:
        return self.vergadering.isoformat() if self.vergadering else ""


def rows(project: Project) -> dict[str, list[Row]]:
    """Every document under data/, per soort, in date order (newest first)."""
    from generator.loading.discovery import discover

    found: dict[str, list[Row]] = {s: [] for s in project.registry.names("document")}
    sources = discover(project, []) if project.data_dir.is_dir() else []
    status = _volglijst(project, sources)
    loaded: list[Loaded] = []
    for source in sources:
        pad = source.relative_to(project.root.resolve()).as_posix()
        try:
            loaded.append(project.load(source))
        except ValidationFailed as exc:
            found.setdefault(_soort_of(source), []).append(Row(pad, _soort_of(source), source.stem, fout=_first(exc.issues)))
        except RaadsstukkenError as exc:
            found.setdefault(_soort_of(source), []).append(Row(pad, _soort_of(source), source.stem, fout=str(exc)))
    meetings = _agendas(project, loaded)
    for item in loaded:
        if item.model.soort in found:
            row = _row(project, item, status.get(item.path))
            row.vergadering = meetings.get(item.path.resolve()) or row.vergadering
            found[item.model.soort].append(row)
    for listed in found.values():
        listed.sort(key=lambda r: (r.datum or dt.date.min, r.titel), reverse=True)
    return found


def _row(project: Project, loaded: Loaded, volglijst: str | None) -> Row:
    model = loaded.model
    pad = loaded.path.resolve().relative_to(project.root.resolve()).as_posix()
    dates = [getattr(model, k, None) for k in ("datum", "vergadering", "collegedatum", "vastgesteld")]
    datum = next((d for d in dates if isinstance(d, dt.date)), None)
    meeting = model.datum if model.soort == "vergadering" else getattr(model, "vergadering", None)
    named = getattr(model, "orgaan", None) or getattr(model, "gemeente", None)
    return Row(pad, model.soort, _title(project, model, loaded), volglijst or _status(project, loaded), datum=datum,
               vergadering=meeting if isinstance(meeting, dt.date) else None, orgaan=named if isinstance(named, str) else "")


def _title(project: Project, model: Any, loaded: Loaded) -> str:
    """Its title as the document heads it; an afdoeningsbrief by the motie it answers, an antwoordbrief by the
    vragen it answers."""
    if model.soort == "vergadering" and not model.naam:
        return f"Vergadering van {nl.datum_kort(model.datum)}"
    own = getattr(model, "titel", None) or getattr(model, "onderwerp", None)
    if own:
        return str(own)
    if model.soort == "antwoordbrief":
        return _answering(project, loaded)
    motie = getattr(model, "motie", None)
    if isinstance(motie, str):
        try:
            answered = project.load(project.data_dir / "moties" / (motie if motie.endswith(".yaml") else f"{motie}.yaml"))
            return f"Afdoening van de motie ‘{answered.model.titel}’"
        except (RaadsstukkenError, OSError, AttributeError):
            return f"Afdoening van de motie {motie}"
    return loaded.path.stem


def _answering(project: Project, loaded: Loaded) -> str:
    """"Beantwoording schriftelijke vragen over …", as the antwoordbrief heads itself (its own document module)."""
    from generator.organen.resolve import for_document
    from generator.soorten.antwoordbrief.document import onderwerp, vragen_van

    try:
        vragen = vragen_van(project, loaded)
        orgaan, _ = for_document(project, loaded, vragen.model.orgaan, loaded.model.datum, key="vragen")
    except (RaadsstukkenError, OSError):
        return loaded.path.stem
    return onderwerp(loaded.model, vragen.model, orgaan, "Antwoordbrief")


def _status(project: Project, loaded: Loaded) -> str:
    from generator.soorten.vergadering.status import afgeleid

    model = loaded.model
    if model.soort == "vergadering":
        return "gehouden" if model.gehouden else (model.status or "gepland")
    try:
        decided = afgeleid(project, loaded)
    except RaadsstukkenError:
        decided = None
    if decided is not None:
        return decided.status
    besluit = getattr(model, "besluit", None)
    own = getattr(besluit, "status", None) or getattr(model, "status", None)
    if isinstance(own, str):
        return own
    return "concept" if getattr(model, "concept", False) else ""


def _agendas(project: Project, loaded: list[Loaded]) -> dict[Path, dt.date]:
    """Each stuk on a vergadering's agenda → that vergadering's date (the latest, when on several)."""
    found: dict[Path, dt.date] = {}
    for item in loaded:
        if item.model.soort != "vergadering":
            continue
        for punt in item.model.agenda:
            for stuk in punt.stukken:
                path = (project.data_dir / stuk).resolve()
                found[path] = max(found.get(path, item.model.datum), item.model.datum)
    return found


def chosen(found: dict[str, list[Row]], soort: str, status: str, vergadering: str) -> dict[str, list[Row]]:
    """The rows the filters keep (an empty filter keeps all); soorten without a row then stay out,
    unless no filter is set."""
    kept = {s: [r for r in listed if (not status or r.status == status or (status == "fout" and r.fout))
                and (not vergadering or r.vergadering_sleutel == vergadering)]
            for s, listed in found.items() if not soort or s == soort}
    return kept if not (status or vergadering) else {s: listed for s, listed in kept.items() if listed}


def filters(found: dict[str, list[Row]]) -> dict[str, list[tuple[str, str]]]:
    """The choices each filter offers: the statuses and meetings that occur."""
    every = [r for listed in found.values() for r in listed]
    statuses = sorted({r.status for r in every if r.status} | ({"fout"} if any(r.fout for r in every) else set()))
    meetings = sorted({r.vergadering for r in every if r.vergadering}, reverse=True)
    return {"status": [(s, s) for s in statuses], "vergadering": [(d.isoformat(), nl.datum_kort(d)) for d in meetings]}


def _first(issues: list[Issue]) -> str:
    return issues[0].message if issues else "fout"


def _soort_of(source: Path) -> str:
    try:
        data = load(source).data
    except RaadsstukkenError:
        return "onbekend"
    return str(data.get("soort", "onbekend")) if isinstance(data, dict) else "onbekend"


def _volglijst(project: Project, sources: list[Path]) -> dict[Path, str]:
    """The motievolglijst's status per motie and amendement (afgedaan, te laat, open, …) as of today."""
    from generator.soorten.motievolglijst.collection import gather, regels

    try:
        return {r.motie: r.status for r in regels(project, gather(project, sources), clock.today())}
    except RaadsstukkenError:
        return {}
