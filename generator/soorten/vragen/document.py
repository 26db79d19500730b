"""Vragen → the vragen document in the orgaan's form: "Schriftelijke vragen van het raadslid … (fractie) aan
het college over …", "Statenvragen van het Statenlid …", "Schriftelijke vragen van het lid … aan de Minister
van …" (Aanhangsel Handelingen), with the article of the Reglement van Orde, the date submitted and the term.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from generator import nl
from generator.errors import ValidationFailed
from generator.loading.project import Loaded, Project
from generator.organen.forms import Orgaan
from generator.organen.resolve import for_document
from generator.soorten import termijnen
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.vragen.model import Vragen
from generator.word.render import Properties


@dataclass(frozen=True)
class Termijn:
    """When the vragen are to be answered, and on what that rests."""

    datum: dt.date
    artikel: str
    dagen: int
    eigen: bool
    """The vragen name their own term."""


def termijn(loaded: Loaded, orgaan: Orgaan, profile: Any) -> Termijn:
    """The answer term: the vragen's own `termijn:`, else `ingediend` + the orgaan's days; never before `ingediend`."""
    model: Vragen = loaded.model
    regel = termijnen.vragen(orgaan.id, orgaan.kind, profile.model if profile is not None else None)
    if model.termijn is not None:
        if model.termijn < model.ingediend:
            raise ValidationFailed([loaded.doc.issue(
                ("termijn",), f"de termijn ({nl.datum_kort(model.termijn)}) valt vóór de indiening"
                f" ({nl.datum_kort(model.ingediend)})",
                "een termijn ligt op of na de dag van indiening; controleer 'termijn:' en 'ingediend:'")])
        return Termijn(model.termijn, regel.artikel, (model.termijn - model.ingediend).days, True)
    datum = termijnen.dagen(model.ingediend, regel.dagen)
    if datum is None:
        raise ValidationFailed([loaded.doc.issue(("ingediend",), "de termijn valt na het jaar 9999",
                                                 "controleer de datum van indiening")])
    return Termijn(datum, regel.artikel, regel.dagen, False)


def resolved(project: Project, loaded: Loaded) -> tuple[Orgaan, Any, Termijn]:
    model: Vragen = loaded.model
    orgaan, profile = for_document(project, loaded, model.orgaan, model.ingediend)
    if orgaan.kind == "kamer" and not model.aan:
        raise ValidationFailed([loaded.doc.issue(
            ("orgaan",), "vragen van een Kamerlid worden gesteld aan een minister of staatssecretaris",
            "vul 'aan:' in, bijvoorbeeld 'aan: de Minister van Binnenlandse Zaken en Koninkrijksrelaties'")])
    return orgaan, profile, termijn(loaded, orgaan, profile)


def prepare(project: Project, loaded: Loaded) -> Prepared:
    orgaan, profile, term = resolved(project, loaded)
    model: Vragen = loaded.model
    return in_huisstijl(project, loaded, profile, context=context(model, orgaan, term),
                        properties=Properties(title=kop(model, orgaan), author=orgaan.letterhead,
                                              subject=titel(orgaan), created=model.ingediend,
                                              keywords=f"vragen; {model.nummer or ''}".rstrip("; ")))


def titel(orgaan: Orgaan) -> str:
    word = orgaan.word("vragen")
    return word[:1].upper() + word[1:]


def steller(model: Vragen, orgaan: Orgaan) -> str:
    """"het raadslid A. Voorbeeld (Fictieve Lijst)", "de leden X, Y en Z (allen GroenLinks)" (Aanhangsel form)."""
    people = model.vragenstellers
    fracties = {p.fractie for p in people}
    if len(people) == 1:
        p = people[0]
        return f"{orgaan.word('lid')} {p.naam}" + (f" ({p.fractie})" if p.fractie else "")
    if len(fracties) == 1 and None not in fracties:
        return f"{orgaan.word('leden')} {nl.opsomming([p.naam for p in people])} (allen {people[0].fractie})"
    return f"{orgaan.word('leden')} " + nl.opsomming([p.naam + (f" ({p.fractie})" if p.fractie else "") for p in people])


def aan(model: Vragen, orgaan: Orgaan) -> str:
    return model.aan or orgaan.word("college")


def kop(model: Vragen, orgaan: Orgaan) -> str:
    return f"{titel(orgaan)} van {steller(model, orgaan)} aan {aan(model, orgaan)} over {model.onderwerp}"


def context(model: Vragen, orgaan: Orgaan, term: Termijn) -> dict[str, Any]:
    gegevens = [f"Ingezonden: {nl.datum_kort(model.ingediend)}"]
    if model.nummer:
        gegevens.insert(0, f"Nummer: {model.nummer}")
    if term.artikel:
        gegevens.append(f"Op grond van {term.artikel}")
    gegevens.append(f"Te beantwoorden uiterlijk: {nl.datum_kort(term.datum)}"
                    + ("" if term.eigen else f" ({term.dagen} dagen na indiening)"))
    return {
        "orgaan": orgaan.context(), "titel": titel(orgaan), "kop": kop(model, orgaan), "gegevens": gegevens,
        "inleiding": list(model.inleiding),
        "vragen": [{"nummer": i + 1, "tekst": v} for i, v in enumerate(model.vragen)],
        "ondertekening": [p.naam + (f", {p.fractie}" if p.fractie else "") for p in model.vragenstellers],
    }
