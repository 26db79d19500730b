"""`check --streng`: what may not be sent, found in each document on its own.

Placeholders ("[datum]", "…"), the starter's own example texts, a signature without a name and a
signatory who was not in office on the document's date. Contradictions between documents are in
checks/crossdocs.py. Without --streng every finding is a warning; in a document marked `concept: ja`
it is listed as a gap of that concept instead (the build marks the document CONCEPT).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import yaml

from generator import nl
from generator.errors import Issue, display_path
from generator.loading.project import Loaded, Project
from generator.soorten.aard import aard
from generator.soorten.base import Aard
from generator.soorten.gemeente.model import Gemeente, Signatures, Signer, ondertekenaar
from generator.soorten.registry import Registry

from .texts import Loc, key_of, scalars

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
        return bool(getattr(self.loaded.model, "concept", False))

    def issue(self, loc: Loc, message: str, hint: str) -> Issue:
        return self.loaded.doc.issue(loc, message, hint)


def document_issues(project: Project, doc: Doc) -> list[Issue]:
    return [*placeholders(doc), *starter_texts(project.registry, doc), *signatures(project.registry, doc)]


def placeholders(doc: Doc) -> list[Issue]:
    found = []
    model = type(doc.loaded.model)
    for loc, text in scalars(doc.loaded.doc.data):
        if aard(model, loc) is Aard.WAARDE:  # a reference, a date, a label: not text that can hold a placeholder
            continue
        match = PLACEHOLDER.search(text)
        if match:
            found.append(doc.issue(loc, f"plaatshouder '{match.group()}' in de tekst",
                                   f"vervang hem door de echte tekst, {CONCEPT_HINT}"))
    return found


def starter_texts(registry: Registry, doc: Doc) -> list[Issue]:
    """Texts left as `raadsstukken nieuw` wrote them ("Titel van de motie", "eerste constatering;"), compared
    by field name: a model may reshape a starter's mapping into a list, so positions differ."""
    soort = doc.loaded.model.soort
    own = starter_values(registry, soort)
    found = []
    for loc, text in scalars(doc.loaded.doc.data):
        if (key_of(loc), text.strip()) in own:
            found.append(doc.issue(loc, f"'{text.strip()[:60]}' is de voorbeeldtekst uit het startbestand",
                                   "vervang hem door de echte tekst of verwijder de regel"))
    return found


@lru_cache(maxsize=32)
def starter_values(registry: Registry, soort: str) -> frozenset[tuple[str, str]]:
    entry = registry.get(soort)
    if entry is None or not entry.starter:
        return frozenset()
    data = yaml.safe_load(entry.starter_path.read_text("utf-8"))
    model = entry.model_class()
    values = set()
    for loc, value in scalars(_as_text(data)):
        text = value.strip()
        if _not_example(model, loc) or len(text.split()) < 2 or _structural(text):
            continue
        values.add((key_of(loc), text))
    return frozenset(values)


def _not_example(model: type, loc: Loc) -> bool:
    """Values, codes and names, and the defaults a starter spells out (the law a besluit rests on, its
    beslispunten, a verordening's choices): a real file may well share them with the starter."""
    return (aard(model, loc) in (Aard.WAARDE, Aard.CODE, Aard.NAAM) or key_of(loc) in ("gelet_op", "gelezen")
            or any(part in ("keuzes", "bestaand", "beslispunten") for part in loc)
            or ("agenda" in loc and key_of(loc) in ("titel", "voorstel", "besluit")))  # a vergadering's standing items


def _as_text(data: Any) -> Any:
    if isinstance(data, dict):
        return {str(k): _as_text(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_as_text(v) for v in data]
    return data if isinstance(data, str) else None


def _structural(text: str) -> bool:
    """A kop such as "Constaterende dat:" or "Verzoekt het college:" is a default, not an example."""
    return text.endswith(":") and len(text.split()) <= 4


def orgaan_of(doc: Doc) -> Any:
    """The register's orgaan of a document with a profile (the profile's file is named by its id)."""
    from generator.organen import register
    from generator.organen.forms import gemeente

    assert doc.gemeente is not None
    orgaan_id = doc.gemeente.path.stem
    return register.get(orgaan_id) or gemeente(orgaan_id, doc.gemeente.model.naam, None)


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
