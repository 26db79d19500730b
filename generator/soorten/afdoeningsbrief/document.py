"""Afdoeningsbrief → template context: letterhead, aanleiding, the quoted motie, the response.

The motie is quoted through `documents.motie.context`, the same function that makes the motie's
own document, so its considerans and dictum are word for word what the raad adopted.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from generator import nl
from generator.errors import ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.organen.forms import gemeente as gemeente_orgaan
from generator.soorten.afdoeningsbrief.model import Afdoeningsbrief
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.gemeente.model import Gemeente
from generator.soorten.motie import document as motie_document
from generator.soorten.motie.model import Motie
from generator.word.render import Properties

MOTIE_HINT = "geef het pad van het motiebestand (vanaf deze brief) of de naam zonder .yaml van een bestand in data/moties/"


def prepare(project: Project, loaded: Loaded) -> Prepared:
    brief: Afdoeningsbrief = loaded.model
    motie = resolve_motie(project, loaded)
    require_aangenomen(loaded, motie)
    if brief.gemeente and brief.gemeente != motie.model.orgaan_id:
        raise ValidationFailed([loaded.doc.issue(("gemeente",), f"de motie is van gemeente '{motie.model.orgaan_id}'",
                                                 "laat 'gemeente:' weg of kies dezelfde gemeente als de motie")])
    gemeente = project.gemeente(motie.model.orgaan_id, motie.doc)
    return in_huisstijl(project, loaded, gemeente, context=context(brief, motie.model, gemeente.model),
                        properties=properties(brief, motie.model, gemeente.model), refers_to=[motie.path])


def motie_path(project: Project, loaded: Loaded) -> Path | None:
    """The file `motie:` names (a path from the brief, or an ID under data/moties/), if it exists."""
    ref = loaded.model.motie
    if "/" in ref or ref.endswith((".yaml", ".yml")):
        path = project.reference(loaded, ("motie",), loaded.path.parent / ref)
        return path if path.is_file() else None
    found = sorted((project.data_dir / "moties").rglob(f"{ref}.yaml")) if (project.data_dir / "moties").is_dir() else []
    if len(found) > 1:
        names = ", ".join(display_path(p) for p in found)
        raise ValidationFailed([loaded.doc.issue(("motie",), f"er zijn meerdere moties met de naam '{ref}' ({names})",
                                                 "geef het pad van het motiebestand")])
    return found[0].resolve() if found else None


def resolve_motie(project: Project, loaded: Loaded) -> Loaded:
    ref = loaded.model.motie
    path = motie_path(project, loaded)
    if path is None:
        known = sorted(p.stem for p in (project.data_dir / "moties").rglob("*.yaml"))
        guess = difflib.get_close_matches(Path(ref).stem, known, n=1)
        hint = f"bedoelt u '{guess[0]}'?" if guess else MOTIE_HINT
        raise ValidationFailed([loaded.doc.issue(("motie",), f"motie '{ref}' bestaat niet", hint)])
    motie = project.load(path)
    if not isinstance(motie.model, Motie):
        raise ValidationFailed([loaded.doc.issue(("motie",), f"'{ref}' is geen motie (soort: {motie.model.soort})",
                                                 MOTIE_HINT)])
    return motie


def require_aangenomen(loaded: Loaded, motie: Loaded) -> None:
    status = motie.model.status
    if status != "aangenomen":
        raise ValidationFailed([loaded.doc.issue(
            ("motie",), f"de motie '{motie.model.titel}' is {status}, niet aangenomen",
            f"alleen een aangenomen motie wordt afgedaan; controleer 'status:' in {display_path(motie.path)}")])


def context(brief: Afdoeningsbrief, motie: Motie, gemeente: Gemeente) -> dict[str, Any]:
    quoted = motie_document.context(motie, gemeente_orgaan(motie.orgaan_id or "", gemeente.naam, None))
    return {
        "gemeente": {"naam": gemeente.naam},
        "datum": nl.datum_kort(brief.datum),
        "kenmerk": brief.kenmerk,
        "ris": brief.ris or "",
        "onderwerp": onderwerp(brief, motie),
        "aanleiding": brief.aanleiding or aanleiding(motie),
        "motie": {"considerans": quoted["considerans"], "dictum": quoted["dictum"]},
        "voetnoten": quoted["voetnoten"],
        "afdoening": [item.model_dump() for item in brief.afdoening],
        "slot": brief.slot,
        "ondertekening": ondertekening(brief, gemeente),
    }


def onderwerp(brief: Afdoeningsbrief, motie: Motie) -> str:
    """"Afdoening motie versterking eigen netwerk …": the titel as it reads mid-sentence (seed 001),
    unless it holds a name ("Eigen Kracht-conferentie")."""
    if brief.onderwerp:
        return brief.onderwerp
    titel = motie.titel
    first, *rest = titel.split()
    if first[1:].islower() and not any(word[0].isupper() for word in rest):
        titel = titel[0].lower() + titel[1:]
    return f"Afdoening motie {titel}"


def aangenomen_op(motie: Motie) -> Any:
    return motie.status_datum or motie.vergadering


def aanleiding(motie: Motie) -> str:
    """"Uw raad heeft tijdens de behandeling van … (RIS…) op 14 juli 2021 de door het raadslid … ingediende
    motie ‘…’ (RIS…) aangenomen." (seed 001), from the motie's own data."""
    text = "Uw raad heeft"
    if motie.voorstel:
        text += f" tijdens de behandeling van {motie.voorstel.titel}"
        if motie.voorstel.ris:
            text += f" ({motie.voorstel.ris})"
    text += f" op {nl.datum_kort(aangenomen_op(motie))} de"
    namen = [indiener.naam for indiener in motie.indieners]
    if len(namen) == 1:
        text += f" door het raadslid {namen[0]} ingediende"
    elif namen:
        text += f" door de raadsleden {nl.opsomming(namen)} ingediende"
    nummer = motie.ris or motie.nummer
    text += f" motie ‘{motie.titel}’" + (f" ({nummer})" if nummer else "")
    return text + " aangenomen."


def ondertekening(brief: Afdoeningsbrief, gemeente: Gemeente) -> dict[str, str]:
    given = brief.ondertekening
    return {
        "college": given.college,
        "secretaris": given.secretaris or gemeente.secretaris or "",
        "burgemeester": given.burgemeester or gemeente.burgemeester or "",
    }


def properties(brief: Afdoeningsbrief, motie: Motie, gemeente: Gemeente) -> Properties:
    return Properties(title=onderwerp(brief, motie), author=f"Gemeente {gemeente.naam}", subject="Afdoeningsbrief",
                      created=brief.datum, keywords=f"afdoeningsbrief; {brief.kenmerk}")
