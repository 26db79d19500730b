"""`check --streng` across documents: dates that contradict each other, names written two ways.

A verordening cannot cite a motie adopted after it; an afdoening cannot precede the motie's adoption;
a wijziging cannot precede the verordening it amends; a title, verordening or person is written the
same way everywhere (the spelling of the document that *is* that thing, or of the profile, wins).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from typing import Any

from generator import nl
from generator.errors import Issue
from generator.soorten.afdoeningsbrief.document import aangenomen_op
from generator.soorten.gemeente.model import ROLLEN

from .strict import Doc
from .texts import QUOTED, Loc, dutch_dates, key_of, same_but_first, scalars, title_year


def has(project: Any, doc: Doc, role: str) -> bool:
    """Whether the document's soort declares this cross-document role (soorten/soort.py ROLES)."""
    soort = project.registry.get(doc.loaded.model.soort)
    return soort is not None and role in soort.roles


def cross_issues(project: Any, docs: list[Doc]) -> list[Issue]:
    moties = {d.loaded.path: d for d in docs if has(project, d, "motie")}
    briefs = {}
    for d in docs:
        if has(project, d, "afdoening"):
            target = project.registry[d.loaded.model.soort].call("answers")(project, d.loaded)
            if target in moties:
                briefs[target] = d
    issues = [*afdoening_dates(briefs, moties), *amendment_dates(project, docs)]
    for doc in docs:
        if has(project, doc, "besluit"):
            issues.extend(later_citations(doc, list(moties.values()), briefs))
    issues.extend(spellings(project, docs))
    return issues


def afdoening_dates(briefs: dict[Any, Doc], moties: dict[Any, Doc]) -> list[Issue]:
    issues = []
    for target, brief in briefs.items():
        motie = moties[target].loaded.model
        adopted, datum = aangenomen_op(motie), brief.loaded.model.datum
        if datum is not None and datum < adopted:
            issues.append(brief.issue(("datum",), f"de brief ({nl.datum_kort(datum)}) is ouder dan de aanneming van"
                                      f" de motie ({nl.datum_kort(adopted)})",
                                      "een motie wordt afgedaan nadat zij is aangenomen: controleer beide datums"))
    return issues


def bound(doc: Doc) -> tuple[dt.date, str] | None:
    """The latest date a raadsbesluit can know of: its adoption, or for a verordening the end of its year."""
    model = doc.loaded.model
    if model.vastgesteld:
        return model.vastgesteld, f"vastgesteld op {nl.datum_kort(model.vastgesteld)}"
    year = title_year(model.titel) if not getattr(model, "wijzigt", None) else None
    return (dt.date(year, 12, 31), f"van {year}") if year else None


def later_citations(doc: Doc, moties: list[Doc], briefs: dict[Any, Doc]) -> list[Issue]:
    limit = bound(doc)
    if limit is None:
        return []
    orgaan = doc.loaded.model.gemeente
    own = [m for m in moties if (m.loaded.model.orgaan_id or m.loaded.model.gemeente) == orgaan]
    issues = []
    for loc, text in scalars(doc.loaded.doc.data):
        if key_of(loc) in ("titel", "wijzigt"):
            continue
        for what, datum in cited(text, own, briefs):
            if datum > limit[0]:
                issues.append(doc.issue(loc, f"de tekst noemt {what} van {nl.datum_kort(datum)}, maar de"
                                        f" {doc.loaded.model.soort} is {limit[1]}",
                                        "een besluit kan geen later stuk noemen: haal de verwijzing weg of zet"
                                        " de tekst in het latere besluit (de wijzigingsverordening)"))
                break
    return issues


def cited(text: str, moties: list[Doc], briefs: dict[Any, Doc]) -> list[tuple[str, dt.date]]:
    """The moties (and afdoeningen) a text refers to, by their date or their quoted title."""
    found = []
    dates = set(dutch_dates(text))
    quoted = {q.casefold() for q in QUOTED.findall(text)}
    for motie in moties:
        model = motie.loaded.model
        adopted = aangenomen_op(model)
        if adopted in dates or model.vergadering in dates:
            found.append((f"de motie '{model.titel}'", adopted))
        if model.titel.casefold() in quoted:
            brief = briefs.get(motie.loaded.path)
            if brief is not None and "afdoening" in text.casefold() and brief.loaded.model.datum:
                found.append((f"de afdoening van de motie '{model.titel}'", brief.loaded.model.datum))
            found.append((f"de motie '{model.titel}'", adopted))
    return found


def amendment_dates(project: Any, docs: list[Doc]) -> list[Issue]:
    verordeningen = {d.loaded.model.titel.casefold(): d for d in docs
                     if has(project, d, "besluit") and not has(project, d, "wijziging")}
    issues = []
    for doc in docs:
        model = doc.loaded.model
        if not has(project, doc, "wijziging") or model.vastgesteld is None:
            continue
        target = verordeningen.get(model.wijzigt.casefold())
        if target is None:
            continue
        base = target.loaded.model.vastgesteld
        year = title_year(target.loaded.model.titel)
        if (base and model.vastgesteld < base) or (base is None and year and model.vastgesteld.year < year - 1):
            issues.append(doc.issue(("vastgesteld",), f"de wijziging ({nl.datum_kort(model.vastgesteld)}) is ouder"
                                    f" dan de verordening die zij wijzigt ({target.name})",
                                    "controleer 'vastgesteld:' in beide bestanden"))
    return issues


def spellings(project: Any, docs: list[Doc]) -> list[Issue]:
    """A title is spelled everywhere as the document that is that thing spells it (role `titel`)."""
    canon = {d.loaded.model.titel.casefold(): (d.loaded.model.titel, d.name) for d in docs if has(project, d, "titel")}
    issues = []
    for doc in docs:
        for loc, text in scalars(doc.loaded.doc.data):
            issues.extend(_variants(doc, loc, text, canon))
    return issues + people(docs)


def _variants(doc: Doc, loc: Loc, text: str, canon: dict[str, tuple[str, str]]) -> list[Issue]:
    found = []
    folded = text.casefold()
    for key, (title, where) in canon.items():
        if where == doc.name and key_of(loc) == "titel":
            continue
        start = folded.find(key)
        while start != -1:
            written = text[start:start + len(title)]
            if not same_but_first(written, title):
                found.append(doc.issue(loc, f"'{written}' is anders geschreven dan '{title}' ({where})",
                                       "schrijf dezelfde titel overal op dezelfde manier"))
                break
            start = folded.find(key, start + 1)
    return found


def _person_key(name: str) -> str:
    return re.sub(r"[\s.]", "", name.casefold())


def people(docs: list[Doc]) -> list[Issue]:
    """Names in signatures, indieners and portefeuillehouders, against the profiles' spelling."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        if doc.gemeente is not None:
            for rol in ROLLEN:
                for term in doc.gemeente.model.termijnen(rol):
                    spelled[_person_key(term.naam)].add(term.naam)
    uses = [(doc, loc, text) for doc in docs for loc, text in scalars(doc.loaded.doc.data)
            if key_of(loc) in ("naam", "voorzitter", "griffier", "secretaris", "burgemeester")
            or (len(loc) > 1 and loc[-2] == "portefeuillehouders")]
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for _doc, _loc, text in uses:
        counts[_person_key(text)][text] += 1
    issues = []
    for doc, loc, text in uses:
        key = _person_key(text)
        known = sorted(spelled.get(key, ()))
        best = known[0] if known else max(sorted(counts[key]), key=lambda v: counts[key][v])
        if text != best:
            issues.append(doc.issue(loc, f"'{text}' is anders geschreven dan '{best}' elders",
                                    "schrijf een naam overal op dezelfde manier (zoals in het profiel in data/gemeenten/)"))
    return issues
