"""`check --streng` for the raadsvoorstel and its amendementen (issue 17's soorten).

A raadsbesluit is signed by the voorzitter and the griffier in office on the vergadering; it has no
file of its own, so a gap is reported at the raadsvoorstel's `besluit:` (its `concept: ja` makes the
raadsbesluit a concept too). An amendement names its indieners and is voted after the college made
the voorstel. The same amendement title written two ways is in checks/crossdocs.py.
"""

from __future__ import annotations

from typing import Any

from generator import nl
from generator.errors import Issue, RaadsstukkenError, display_path
from generator.soorten.gemeente.model import Gemeente

from .strict import CONCEPT_HINT, Doc, office, orgaan_of

AMENDEMENTEN = ("amendement", "subamendement")


def voorstel_issues(project: Any, doc: Doc) -> list[Issue]:
    soort = doc.loaded.model.soort
    if soort == "raadsvoorstel":
        return besluit_signatures(doc)
    if soort in AMENDEMENTEN:
        return vote_date(project, doc)
    return []


def besluit_signatures(doc: Doc) -> list[Issue]:
    """The raadsbesluit of an adopted voorstel shows "de griffier," with whoever the profile has in office."""
    besluit = doc.loaded.model.besluit
    if besluit is None or besluit.status != "aangenomen" or doc.gemeente is None:
        return []
    gemeente: Gemeente = doc.gemeente.model
    profile = display_path(doc.gemeente.path)
    datum = nl.datum_kort(besluit.vergadering)
    orgaan = orgaan_of(doc)
    naam = orgaan.word("besluit_naam").lower()
    return [doc.issue(("besluit",), f"het {naam} toont '{role.label},' zonder naam: {profile} noemt geen"
                      f" {orgaan.word(role.rol)} die op {datum} in functie was",
                      f"vul in {profile} de {office(orgaan, role.rol)} in (naam:, van:, tot:, bron:), {CONCEPT_HINT}")
            for role in orgaan.roles("besluit_ondertekening") if not gemeente.in_functie(role.rol, besluit.vergadering)]


def vote_date(project: Any, doc: Doc) -> list[Issue]:
    """A vote on an amendement before the college decided on the voorstel contradicts the dates."""
    from generator.soorten.amendement.document import resolve

    model = doc.loaded.model
    if model.extern is not None:
        return []
    try:
        voorstel = resolve(project, doc.loaded).voorstel
    except RaadsstukkenError:
        return []  # the file's own check reports a target that is not there
    if (voorstel is None or voorstel.model.soort != "raadsvoorstel" or model.stemdatum is None
            or model.stemdatum >= voorstel.model.collegedatum):
        return []
    key = "status_datum" if model.status_datum else "vergadering"
    return [doc.issue((key,), f"de stemming over het amendement ({nl.datum_kort(model.stemdatum)}) is ouder dan het"
                      f" collegebesluit over het voorstel ({nl.datum_kort(voorstel.model.collegedatum)},"
                      f" {display_path(voorstel.path)})",
                      f"een amendement wordt gestemd nadat het college het voorstel deed: controleer '{key}:' hier"
                      " en 'collegedatum:' in het voorstel")]
