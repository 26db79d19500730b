"""`check --streng`: what may not be sent, found in each document on its own.

Placeholders ("[datum]", "…"), a signature without a name, a signatory who was not in office on the
document's date, a clause that announces what does not follow (checks/clauses.py), a motie or
amendement without indieners (checks/submitted.py); the starter's example texts are checks/starter.py. Contradictions between documents are in
checks/crossdocs.py. Without --streng every finding is a warning; in a document marked `concept: ja`
it is listed as a gap of that concept instead (the build marks the document CONCEPT).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from generator import nl
from generator.errors import Issue, display_path
from generator.loading.project import Loaded, Project
from generator.soorten import openfeiten
from generator.soorten.aard import aard
from generator.soorten.base import Aard, is_open
from generator.soorten.gemeente.model import Gemeente, Signatures, Signer, ondertekenaar
from generator.soorten.registry import Registry

from . import clauses, submitted
from .texts import Loc, scalars

PLACEHOLDER = re.compile(r"(?<!\[)\[(?![\[^])[^\[\]\n]{1,40}\](?!\])|…|\.\.\.|\bXXX\b")
CONCEPT_HINT = "of zet 'concept: ja' zolang het niet bekend is"


@dataclass
class Doc:
    """One document as the gate sees it: the data, its gemeente and its rendered context."""

    loaded: Loaded
    gemeente: Loaded | None
    context: dict[str, Any]

    @cached_property
    def name(self) -> str:
        return self.loaded.doc.name

    @property
    def concept(self) -> bool:
        return openfeiten.is_concept(self.loaded)

    def issue(self, loc: Loc, message: str, hint: str) -> Issue:
        return self.loaded.doc.issue(loc, message, hint)


def document_issues(project: Project, doc: Doc) -> list[Issue]:
    """What the document lacks before it can be sent (a gap of a concept); starter texts are apart
    (checks/starter.py), as they fail even in a concept."""
    return [*placeholders(doc), *signatures(project.registry, doc), *clauses.empty_clauses(doc),
            *submitted.without_indieners(project, doc)]


def placeholders(doc: Doc) -> list[Issue]:
    found = []
    model = type(doc.loaded.model)
    for loc, text in scalars(doc.loaded.doc.data):
        if is_open(text):  # the whole value: an open fact, in any field (soorten/openfeiten.py)
            found.append(doc.issue(loc, f"{openfeiten.what(model, loc)} is nog open", openfeiten.fix(loc, text)))
            continue
        if aard(model, loc) is Aard.WAARDE:  # a reference, a date, a label: not text that can hold a placeholder
            continue
        match = PLACEHOLDER.search(text)
        if match:
            found.append(doc.issue(loc, f"plaatshouder '{match.group()}' in de tekst",
                                   f"vervang hem door de echte tekst, {CONCEPT_HINT}"))
    return found


def orgaan_of(doc: Doc) -> Any:
    """The register's orgaan of a document, as its context names it (a profile of its own: a gemeente)."""
    from generator.organen import register
    from generator.organen.forms import gemeente

    words = doc.context.get("orgaan") or {}
    orgaan_id = words.get("id") or (doc.gemeente.path.stem if doc.gemeente is not None else "")
    return register.get(orgaan_id) or gemeente(orgaan_id, words.get("naam") or orgaan_id, None)


def office(orgaan: Any, rol: str) -> str:
    """The office as the orgaan calls it, with the profile's key where that differs: "burgemeester",
    "commissaris van de Koning ('voorzitter:')"."""
    word = orgaan.word(rol)
    key = "burgemeester" if (orgaan.kind, rol) == ("gemeente", "voorzitter") else rol
    return word if word == key else f"{word} ('{key}:')"


def signatures(registry: Registry, doc: Doc) -> list[Issue]:
    """Every signature the soort declares (`signers`), named and in office on the document's date."""
    entry = registry.get(doc.loaded.model.soort)
    if entry is None or not entry.signers or doc.gemeente is None:
        return []
    orgaan = orgaan_of(doc)
    found: Signatures = entry.call("signers")(doc.loaded.model, orgaan)
    gemeente: Gemeente = doc.gemeente.model
    profile = display_path(doc.gemeente.path)
    datum, date_loc = found.datum, found.date_loc
    issues = []
    if datum is None:
        issues.append(doc.issue(date_loc, f"'{date_loc[-1]}:' ontbreekt: het document toont '[datum]'",
                                f"vul de datum in als {date_loc[-1]}: JJJJ-MM-DD, {CONCEPT_HINT}"))
    for signer in found.people:
        name = ondertekenaar(signer.given, gemeente, signer.rol, datum)
        if not name:
            when = f" op {nl.datum_kort(datum)}" if datum else ""
            issues.append(doc.issue(
                signer.loc, f"de ondertekening toont '{signer.label},' zonder naam",
                f"vul in {profile} de {office(orgaan, signer.rol)} in die{when} in functie was (naam:, van:, tot:, bron:),"
                f" of zet '{signer.loc[-1]}:' in dit bestand, {CONCEPT_HINT}"))
        elif signer.given and datum and gemeente.dated(signer.rol):
            issues.extend(_in_office(doc, signer, orgaan.word(signer.rol), gemeente, datum, profile))
    return issues


def _in_office(doc: Doc, signer: Signer, word: str, gemeente: Gemeente, datum: dt.date, profile: str) -> list[Issue]:
    terms = [t for t in gemeente.termijnen(signer.rol) if t.naam == signer.given]
    if any(t.covers(datum) for t in terms):
        return []
    known = "; ".join(f"{t.naam} {t.periode}" for t in gemeente.termijnen(signer.rol))
    return [dataclasses.replace(doc.issue(
        signer.loc, f"{signer.given} was op {nl.datum_kort(datum)} geen {word} van {gemeente.naam}"
        f" (volgens {profile}: {known})",
        f"laat '{signer.loc[-1]}:' weg (dan tekent wie toen in functie was) of corrigeer de datum"))]
