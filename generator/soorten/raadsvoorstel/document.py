"""Raadsvoorstel → template context: the sections, the ontwerpbesluit and the raad's decision.

`ontwerp` is the one place that reads the beslispunten (and the articles of a verordening a
beslispunt adopts); the amendement quotes from it, so its quotes are the voorstel's own text.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Any

from generator import nl
from generator.errors import ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.organen.forms import Orgaan
from generator.organen.resolve import for_document
from generator.soorten.beleidsplan.begroting import MONEY, format_amount, parse_amount
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.motie.model import Stemming
from generator.soorten.raadsvoorstel.model import SECTIES, Raadsvoorstel
from generator.soorten.verordening import references as ref
from generator.soorten.verordening.artikelen import load_model, model_inputs
from generator.soorten.verordening.document import article_context, articles, unresolved
from generator.word.render import Properties


@dataclass
class Punt:
    """One beslispunt as the ontwerpbesluit has it, with the verordening it adopts (if any)."""

    label: str
    tekst: str
    verordening: Loaded | None = None
    artikelen: list[ref.Artikel] = field(default_factory=list)
    ruw: list[ref.Artikel] = field(default_factory=list)
    """The same articles with their references still `[[label]]`, so a changed besluit renumbers them."""
    model: Loaded | None = None


@dataclass(frozen=True)
class Regel:
    """One row of the begroting table: its label, what it is for, and its amount."""

    label: str
    omschrijving: str
    programma: str
    bedrag: Decimal


@dataclass
class Ontwerp:
    voorstel: Loaded
    punten: list[Punt]
    inputs: list[Path]
    begroting: list[Regel] = field(default_factory=list)
    kop: str = "Begrotingswijziging"


def prepare(project: Project, loaded: Loaded) -> Prepared:
    from generator.soorten.vergadering.status import toegepast

    loaded, decided = toegepast(project, loaded)  # the besluit from the vergadering that voted on it
    voorstel: Raadsvoorstel = loaded.model
    orgaan, profile = for_document(project, loaded, voorstel.gemeente, voorstel.collegedatum)
    besluit = ontwerp(project, loaded)
    return in_huisstijl(project, loaded, profile, context=context(voorstel, besluit, orgaan),
                        properties=properties(voorstel, orgaan), refers_to=[*besluit.inputs, *decided])


def ontwerp(project: Project, loaded: Loaded) -> Ontwerp:
    """The beslispunten; a verordening itself (an amendement may point straight at one) is one
    unnamed beslispunt that adopts it."""
    if loaded.model.soort == "verordening":
        punt = adopting(project, Punt("", ""), loaded)
        return Ontwerp(loaded, [punt], [loaded.path, *model_inputs(punt.model)])
    punten, inputs = [], []
    for index, punt in enumerate(loaded.model.ontwerpbesluit.beslispunten):
        found = Punt(punt.label, punt.tekst)
        if punt.vaststellen:
            adopting(project, found, verordening(project, loaded, ("ontwerpbesluit", "beslispunten", index, "vaststellen"),
                                                 punt.vaststellen))
            assert found.verordening is not None
            inputs += [found.verordening.path, *model_inputs(found.model)]
        punten.append(found)
    begroting = loaded.model.begroting
    if begroting is None:
        return Ontwerp(loaded, punten, inputs)
    regels = [Regel(r.label, r.omschrijving, r.programma or "", parse_amount(r.bedrag)) for r in begroting.regels]
    return Ontwerp(loaded, punten, inputs, regels, begroting.kop or "Begrotingswijziging")


def begroting_context(kop: str, regels: list[tuple[str, str, str]], totaal: str) -> dict[str, Any]:
    """The table as the templates show it: rows of (omschrijving, programma, bedrag) and the total."""
    if not regels:
        return {}
    return {"kop": kop, "regels": [{"omschrijving": o, "programma": p, "bedrag": b} for o, p, b in regels],
            "totaal": totaal}


def ontwerp_begroting(besluit: Ontwerp) -> dict[str, Any]:
    rows = [(r.omschrijving, r.programma, f"€ {format_amount(r.bedrag)}") for r in besluit.begroting]
    with localcontext(MONEY):  # exact, as the beleidsplan's totals: never rounded to 28 digits
        total = f"€ {format_amount(sum((r.bedrag for r in besluit.begroting), Decimal(0)))}"
    return begroting_context(besluit.kop, rows, total)


def adopting(project: Project, punt: Punt, found: Loaded) -> Punt:
    """The beslispunt with the verordening it adopts: its articles, resolved and as sources."""
    punt.verordening, punt.model = found, load_model(project, found)
    punt.artikelen, _ = articles(found, punt.model)
    punt.ruw, _ = unresolved(found, punt.model)
    return punt


def onderwerp_van(loaded: Loaded) -> str:
    """What an amendement is about: the voorstel's onderwerp, or the verordening's title."""
    model = loaded.model
    return model.titel if model.soort == "verordening" else model.onderwerp


def nummer_van(loaded: Loaded) -> str:
    return getattr(loaded.model, "nummer", None) or ""


def verordening(project: Project, loaded: Loaded, loc: tuple[Any, ...], name: str) -> Loaded:
    """The verordening a beslispunt adopts: a path from data/ (or from the voorstel's folder)."""
    candidates = [project.reference(loaded, loc, base / name) for base in (project.data_dir, loaded.path.parent)]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        known = sorted(display_path(p, project.data_dir) for p in (project.data_dir / "verordeningen").glob("*.yaml"))
        guess = difflib.get_close_matches(name, known, n=1)
        hint = f"bedoelt u '{guess[0]}'?" if guess else "geef het pad vanaf data/, bijvoorbeeld verordeningen/<naam>.yaml"
        raise ValidationFailed([loaded.doc.issue(loc, f"verordening '{name}' bestaat niet", hint)])
    found = project.load(path)
    if found.model.soort != "verordening":
        raise ValidationFailed([loaded.doc.issue(loc, f"'{name}' is geen verordening (soort: {found.model.soort})",
                                                 "wijs een bestand met 'soort: verordening' aan")])
    if found.model.gemeente != loaded.model.gemeente:
        raise ValidationFailed([loaded.doc.issue(
            loc, f"de verordening is van '{found.model.gemeente}', het voorstel van '{loaded.model.gemeente}'",
            f"kies een verordening van {loaded.model.gemeente} of pas 'orgaan:' in {display_path(found.path)} aan")])
    return found


def gelezen(voorstel: Raadsvoorstel, orgaan: Orgaan) -> str:
    given = voorstel.ontwerpbesluit.gelezen
    return given or f"het voorstel van {orgaan.word('voorstel_van')} van {nl.datum_kort(voorstel.collegedatum)}"


def gelet_op(voorstel: Raadsvoorstel, orgaan: Orgaan) -> str:
    """The article the besluit rests on: the law from the orgaan, the article from what the besluit does
    (a verordening, a begroting, both; else the law itself)."""
    if voorstel.ontwerpbesluit.gelet_op:
        return voorstel.ontwerpbesluit.gelet_op
    kinds = [kind for kind, present in (("verordening", any(p.vaststellen for p in voorstel.ontwerpbesluit.beslispunten)),
                                         ("begroting", voorstel.begroting is not None)) if present]
    return nl.opsomming([orgaan.word(f"gelet_op_{kind}") for kind in kinds]) or orgaan.word("gelet_op")


def considerans(voorstel: Raadsvoorstel, orgaan: Orgaan) -> list[str]:
    """"De raad van de gemeente Zwolle;" "gelezen het voorstel …;" "gelet op …;" "besluit:" (Provinciale
    Staten "besluiten:"), all in the orgaan's words."""
    return [f"{orgaan.subject};", f"gelezen {gelezen(voorstel, orgaan)};", f"gelet op {gelet_op(voorstel, orgaan)};",
            f"{orgaan.word('besluit')}:"]


def punt_context(nummer: int, punt: Punt) -> dict[str, Any]:
    result: dict[str, Any] = {"nummer": f"{nummer}.", "tekst": punt.tekst, "titel": "", "artikelen": []}
    if punt.verordening is not None:
        result["titel"] = punt.verordening.model.titel
        result["artikelen"] = [article_context(a) for a in punt.artikelen]
    return result


def context(voorstel: Raadsvoorstel, besluit: Ontwerp, orgaan: Orgaan) -> dict[str, Any]:
    secties = []
    for key, default in SECTIES.items():
        sectie = getattr(voorstel, key)
        if sectie is not None:
            secties.append({"kop": sectie.kop or default, "alineas": list(sectie.alineas)})
    return {
        "gemeente": {"naam": orgaan.name},
        "orgaan": orgaan.context(),
        "onderwerp": voorstel.onderwerp,
        "nummer": voorstel.nummer or "",
        "collegedatum": nl.datum_kort(voorstel.collegedatum),
        "portefeuillehouder": voorstel.portefeuillehouder or "",
        "secties": secties,
        "considerans": considerans(voorstel, orgaan),
        "beslispunten": [punt_context(i + 1, p) for i, p in enumerate(besluit.punten)],
        "begroting": ontwerp_begroting(besluit),
        "besluit": beslissing(voorstel),
    }


def beslissing(voorstel: Raadsvoorstel) -> str:
    """"Aangenomen in de vergadering van 10 maart 2025. Voor: …"; empty before the decision."""
    besluit = voorstel.besluit
    if besluit is None:
        return ""
    text = f"{besluit.status.capitalize()} in de vergadering van {nl.datum_kort(besluit.vergadering)}."
    stemming = besluit.stemming
    if stemming and stemming.uitslag and stemming.uitslag.startswith(("met ", "zonder ")):  # a counted sentence
        text = f"{text[:-1]} {stemming.uitslag}."
        stemming = stemming.model_copy(update={"uitslag": None})
    if stemming:
        text += uitslag_van(stemming)
    return text


def uitslag_van(stemming: Stemming) -> str:
    """" Uitslag: 21 voor, 16 tegen. Voor: GroenLinks en D66. Tegen: VVD." (the fracties also from a vote table)."""
    text = ""
    if stemming.uitslag:
        text += f" Uitslag: {stemming.uitslag}."
    for side in ("voor", "tegen"):
        if stemming.zijde(side):
            text += f" {side.capitalize()}: {nl.opsomming(stemming.zijde(side))}."
    return text


def properties(voorstel: Raadsvoorstel, orgaan: Orgaan) -> Properties:
    naam = orgaan.word("voorstel_naam")
    return Properties(title=f"{naam} {voorstel.onderwerp}", author=orgaan.letterhead,
                      subject=naam, created=voorstel.collegedatum,
                      keywords=f"raadsvoorstel; {voorstel.besluit.status if voorstel.besluit else 'ontwerp'}")
