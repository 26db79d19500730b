"""Antwoordbrief → the answers, each vraag quoted from the vragen's own file with its antwoord, and the
uitstelbericht (reason, new date) when `uitstel:` is given: the answer letter is the document, the
uitstelbericht its part "-uitstelbericht" (or the document itself while no answers are filled in).

Checks, each at its line: an antwoord to a vraag that does not exist; a vraag without antwoord in a letter
that says it answers all (`volledig:`); an uitstelbericht sent after the term ended or naming a new date
before it; a letter dated before the vragen were submitted.
"""

from __future__ import annotations

from typing import Any

from generator import nl
from generator.errors import Issue, ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.organen.forms import Orgaan
from generator.organen.resolve import for_document
from generator.soorten import verwijzing
from generator.soorten.afdoeningsbrief.document import signatures_context
from generator.soorten.antwoordbrief.model import Antwoordbrief
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.gemeente.model import Signatures, Signer
from generator.soorten.vragen import document as vragen_document
from generator.soorten.vragen.model import Vragen
from generator.word.render import Properties

UITSTEL = "raadsbrieven/uitstelbericht.docx"


def vragen_van(project: Project, loaded: Loaded) -> Loaded:
    return verwijzing.load(project, loaded, ("vragen",), loaded.model.vragen, "vragen", "vragen", Vragen)


def prepare(project: Project, loaded: Loaded) -> Prepared:
    brief: Antwoordbrief = loaded.model
    vragen = vragen_van(project, loaded)
    _, _, term = vragen_document.resolved(project, vragen)
    orgaan, profile = for_document(project, loaded, vragen.model.orgaan, brief.datum, key="vragen")
    issues = problemen(loaded, vragen, term.datum)
    if issues:
        raise ValidationFailed(issues)
    gemeente = profile.model if profile is not None else None
    made = {}
    if brief.antwoorden:
        made["antwoord"] = in_huisstijl(
            project, loaded, profile, context=antwoorden(brief, vragen.model, orgaan, gemeente),
            properties=properties(brief, vragen.model, orgaan, "Antwoordbrief", brief.datum), refers_to=[vragen.path])
    if brief.uitstel is not None:
        made["uitstel"] = in_huisstijl(
            project, loaded, profile, context=uitstel(brief, vragen.model, orgaan, gemeente, term),
            properties=properties(brief, vragen.model, orgaan, "Uitstelbericht", brief.uitstel.datum),
            refers_to=[vragen.path], template_name=UITSTEL)
    main = made.pop("antwoord", None) or made.pop("uitstel")
    main.parts = [("-uitstelbericht", part) for part in made.values()]
    return main


def problemen(loaded: Loaded, vragen: Loaded, termijn: Any) -> list[Issue]:
    brief: Antwoordbrief = loaded.model
    aantal = len(vragen.model.vragen)
    where = display_path(vragen.path)
    issues = []
    for index, antwoord in enumerate(brief.antwoorden):
        if not 1 <= antwoord.vraag <= aantal:
            issues.append(loaded.doc.issue(
                ("antwoorden", index, "vraag"), f"vraag {antwoord.vraag} bestaat niet: {where} heeft {aantal} vragen",
                f"geef het nummer van een vraag (1 tot en met {aantal}) of verwijder dit antwoord"))
    seen = {a.vraag for a in brief.antwoorden}
    missing = [n for n in range(1, aantal + 1) if n not in seen]
    if brief.antwoorden and brief.volledig and missing:
        issues.append(loaded.doc.issue(
            ("antwoorden",), f"vraag {nl.opsomming([str(n) for n in missing])} van {where} heeft geen antwoord,"
            " maar de brief beantwoordt alle vragen",
            "vul de ontbrekende antwoorden in, of zet 'volledig: nee' als zij later volgen"))
    if brief.datum is not None and brief.datum < vragen.model.ingediend:
        issues.append(loaded.doc.issue(("datum",), f"de brief ({nl.datum_kort(brief.datum)}) is gedateerd vóór de"
                                       f" indiening van de vragen ({nl.datum_kort(vragen.model.ingediend)})",
                                       "controleer 'datum:' hier en 'ingediend:' in de vragen"))
    if brief.uitstel is not None:
        issues += _uitstel(loaded, brief, termijn)
    return issues


def _uitstel(loaded: Loaded, brief: Antwoordbrief, termijn: Any) -> list[Issue]:
    uitstel = brief.uitstel
    assert uitstel is not None
    issues = []
    if uitstel.datum > termijn:
        issues.append(loaded.doc.issue(("uitstel", "datum"), f"het uitstelbericht ({nl.datum_kort(uitstel.datum)})"
                                       f" is verzonden na het einde van de termijn ({nl.datum_kort(termijn)})",
                                       "een uitstelbericht gaat uit vóór de termijn verstrijkt; controleer de datum"))
    if uitstel.nieuwe_datum <= termijn:
        issues.append(loaded.doc.issue(("uitstel", "nieuwe_datum"), f"de nieuwe datum ({nl.datum_kort(uitstel.nieuwe_datum)})"
                                       f" valt niet na de termijn ({nl.datum_kort(termijn)})",
                                       "noem een datum na de oorspronkelijke termijn, of laat 'uitstel:' weg"))
    return issues


def onderwerp(brief: Antwoordbrief, vragen: Vragen, orgaan: Orgaan, soort: str) -> str:
    if brief.onderwerp:
        return brief.onderwerp
    begin = "Beantwoording" if soort == "Antwoordbrief" else "Uitstel beantwoording"
    return f"{begin} {orgaan.word('vragen')} over {vragen.onderwerp}"


def aanleiding(vragen: Vragen, orgaan: Orgaan) -> str:
    """"Op 2 maart 2025 heeft het raadslid … (fractie) schriftelijke vragen gesteld over …" (our own wording)."""
    return (f"Op {nl.datum_kort(vragen.ingediend)} {'hebben' if len(vragen.vragenstellers) > 1 else 'heeft'}"
            f" {vragen_document.steller(vragen, orgaan)} {orgaan.word('vragen')} gesteld over {vragen.onderwerp}.")


def common(brief: Antwoordbrief, vragen: Vragen, orgaan: Orgaan, gemeente: Any, soort: str) -> dict[str, Any]:
    return {"orgaan": orgaan.context(), "aan": orgaan.word("aan"), "kenmerk": brief.kenmerk, "ris": "",
            "onderwerp": onderwerp(brief, vragen, orgaan, soort), "laatste": "", "slot": "",
            "ondertekening": signatures_context(brief, orgaan, gemeente)}  # type: ignore[arg-type]


def antwoorden(brief: Antwoordbrief, vragen: Vragen, orgaan: Orgaan, gemeente: Any) -> dict[str, Any]:
    given = {a.vraag: a.antwoord for a in brief.antwoorden}
    return {**common(brief, vragen, orgaan, gemeente, "Antwoordbrief"),
            "datum": nl.datum_kort(brief.datum),
            "aanleiding": brief.aanleiding or aanleiding(vragen, orgaan) + " Hieronder staan de vragen met de antwoorden.",
            "vragen": [{"nummer": n, "tekst": tekst, "antwoord": given.get(n, "Deze vraag wordt later beantwoord.")}
                       for n, tekst in enumerate(vragen.vragen, start=1)]}


def uitstel(brief: Antwoordbrief, vragen: Vragen, orgaan: Orgaan, gemeente: Any, term: Any) -> dict[str, Any]:
    assert brief.uitstel is not None
    grond = f" ({term.artikel})" if term.artikel else ""
    return {**common(brief, vragen, orgaan, gemeente, "Uitstelbericht"), "datum": nl.datum_kort(brief.uitstel.datum),
            "aanleiding": aanleiding(vragen, orgaan) + f" De termijn voor de beantwoording{grond} loopt af op"
            f" {nl.datum_kort(term.datum)}. Die termijn halen wij niet.",
            "reden": [brief.uitstel.reden, f"De vragen worden uiterlijk {nl.datum_kort(brief.uitstel.nieuwe_datum)}"
                      " beantwoord."]}


def properties(brief: Antwoordbrief, vragen: Vragen, orgaan: Orgaan, soort: str, datum: Any) -> Properties:
    return Properties(title=onderwerp(brief, vragen, orgaan, soort), author=orgaan.letterhead, subject=soort,
                      created=datum, keywords=f"{soort.lower()}; {brief.kenmerk}")


def signers(model: Antwoordbrief, orgaan: Orgaan) -> Signatures:
    datum = model.datum or (model.uitstel.datum if model.uitstel else None)
    return Signatures(datum, ("datum",), [
        Signer(role.rol, role.label, model.ondertekening.given(role.rol), ("ondertekening", role.rol))
        for role in orgaan.roles("brief_ondertekening")])
