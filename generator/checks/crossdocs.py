"""`check --streng` across documents: dates that contradict each other, names written two ways.

A verordening cannot cite a motie adopted after it; an afdoening cannot precede the motie's adoption;
a wijziging cannot precede the verordening it amends; a title, verordening or person is written the
same way everywhere (the spelling of the document that *is* that thing, or of the profile, wins).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import ahocorasick

from generator import nl
from generator.errors import Issue
from generator.soorten.afdoeningsbrief.document import aangenomen_op
from generator.soorten.gemeente.model import ROLLEN

from .strict import Doc
from .texts import QUOTED, dutch_dates, key_of, same_but_first, scalars, title_year


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
    index = MotieIndex(list(moties.values()), briefs)
    for doc in docs:
        if has(project, doc, "besluit"):
            issues.extend(later_citations(doc, index))
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


def later_citations(doc: Doc, moties: MotieIndex) -> list[Issue]:
    limit = bound(doc)
    if limit is None:
        return []
    orgaan = doc.loaded.model.gemeente
    issues = []
    for loc, text in scalars(doc.loaded.doc.data):
        if key_of(loc) in ("titel", "wijzigt"):
            continue
        for what, datum in moties.cited(text, orgaan):
            if datum > limit[0]:
                issues.append(doc.issue(loc, f"de tekst noemt {what} van {nl.datum_kort(datum)}, maar de"
                                        f" {doc.loaded.model.soort} is {limit[1]}",
                                        "een besluit kan geen later stuk noemen: haal de verwijzing weg of zet"
                                        " de tekst in het latere besluit (de wijzigingsverordening)"))
                break
    return issues


class MotieIndex:
    """The moties by the dates and the casefolded titles a text can name them by, built once per run."""

    def __init__(self, moties: list[Doc], briefs: dict[Any, Doc]) -> None:
        self.moties, self.briefs = moties, briefs
        self.by_date: dict[dt.date, list[int]] = defaultdict(list)
        self.by_title: dict[str, list[int]] = defaultdict(list)
        for number, motie in enumerate(moties):
            model = motie.loaded.model
            for datum in {aangenomen_op(model), model.vergadering}:
                self.by_date[datum].append(number)
            self.by_title[model.titel.casefold()].append(number)

    def cited(self, text: str, orgaan: str) -> list[tuple[str, dt.date]]:
        """The moties (and afdoeningen) of this orgaan a text refers to, by their date or their quoted title."""
        dates = {d for d in dutch_dates(text) if d in self.by_date}
        quoted = {q.casefold() for q in QUOTED.findall(text)}
        by_title = {n for q in quoted for n in self.by_title.get(q, ())}
        candidates = sorted({n for d in dates for n in self.by_date[d]} | by_title)
        found = []
        for number in candidates:
            motie = self.moties[number]
            model = motie.loaded.model
            if (model.orgaan_id or model.gemeente) != orgaan:
                continue
            adopted = aangenomen_op(model)
            if adopted in dates or model.vergadering in dates:
                found.append((f"de motie '{model.titel}'", adopted))
            if number in by_title:
                brief = self.briefs.get(motie.loaded.path)
                if brief is not None and "afdoening" in text.casefold() and brief.loaded.model.datum:
                    found.append((f"de afdoening van de motie '{model.titel}'", brief.loaded.model.datum))
                if adopted is not None:  # a motie whose date is still open cannot be too late
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
    """A title is spelled everywhere as the document that is that thing spells it (role `titel`).

    One pass over every value with an index of all titles (Aho–Corasick), not every title searched
    in every value: 10,000 documents in seconds rather than hours."""
    canon = {d.loaded.model.titel.casefold(): (d.loaded.model.titel, d.name) for d in docs if has(project, d, "titel")}
    index = TitleIndex(canon)
    issues = []
    for doc in docs:
        name = doc.name
        for loc, text in scalars(doc.loaded.doc.data):
            own = key_of(loc) == "titel"
            for found in index.variants(text):
                if not (own and found.where == name):
                    issues.append(doc.issue(loc, f"'{found.written}' is anders geschreven dan '{found.title}' ({found.where})",
                                            "schrijf dezelfde titel overal op dezelfde manier"))
    return issues + people(docs)


@dataclass(frozen=True)
class Variant:
    written: str
    title: str
    where: str


class TitleIndex:
    """Every title (casefolded) in one automaton: a text is read once, whatever the number of titles.

    Its answer is the plain search's: per title, the first place the text holds it (casefolded)
    written otherwise than the title, except for the case of its first letter."""

    def __init__(self, canon: dict[str, tuple[str, str]]) -> None:
        self.automaton = ahocorasick.Automaton()
        for key, (title, where) in canon.items():
            if key:
                self.automaton.add_word(key, (key, title, where))
        self.empty = not len(self.automaton)
        if not self.empty:
            self.automaton.make_automaton()

    def variants(self, text: str) -> list[Variant]:
        if self.empty:
            return []
        folded = text.casefold()
        done: set[str] = set()
        found = []
        for end, (key, title, where) in self.automaton.iter(folded):
            if key in done:
                continue
            start = end - len(key) + 1
            written = text[start:start + len(title)]
            if not same_but_first(written, title):
                done.add(key)
                found.append(Variant(written, title, where))
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
