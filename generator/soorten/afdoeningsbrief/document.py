"""Afdoeningsbrief → template context: letterhead, aanleiding, the quoted motie, the response.

The motie is quoted through `motie.document.context` with the motie's own orgaan, the same function
that makes the motie's own document, so its considerans and dictum (headers and verbs included) are
word for word what the assembly adopted. Every word of the letter that depends on the orgaan (letterhead,
addressee, "Uw Staten hebben", the signatures) comes from the orgaan's vocabulary.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path
from typing import Any

from generator import nl
from generator.errors import ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.organen.forms import Orgaan
from generator.organen.resolve import for_document, resolve
from generator.soorten.afdoeningsbrief.model import Afdoeningsbrief
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.gemeente.model import Gemeente, Signatures, Signer, ondertekening
from generator.soorten.motie import document as motie_document
from generator.soorten.motie.model import Motie
from generator.word.render import Properties

MOTIE_HINT = "geef het pad van het motiebestand (vanaf deze brief) of de naam zonder .yaml van een bestand in data/moties/"


def prepare(project: Project, loaded: Loaded) -> Prepared:
    from generator.soorten.vergadering.status import toegepast

    brief: Afdoeningsbrief = loaded.model
    motie, decided = toegepast(project, resolve_motie(project, loaded))  # adopted as its vergadering says
    require_aangenomen(loaded, motie)
    orgaan_id = motie.model.orgaan_id or ""
    if brief.gemeente and brief.gemeente != orgaan_id:
        raise ValidationFailed([loaded.doc.issue(("gemeente",), f"de motie is van '{orgaan_id}'",
                                                 "laat 'orgaan:' weg of kies hetzelfde orgaan als de motie")])
    quoted, _ = resolve(project, motie, orgaan_id, motie.model.vergadering)
    orgaan, profile = for_document(project, loaded, orgaan_id, brief.datum, key="motie")
    gemeente = profile.model if profile is not None else None
    return in_huisstijl(project, loaded, profile, context=context(brief, motie.model, quoted, orgaan, gemeente),
                        properties=properties(brief, motie.model, orgaan), refers_to=[motie.path, *decided])


def motie_path(project: Project, loaded: Loaded) -> Path | None:
    """The file `motie:` names (a path from the brief, or an ID under data/moties/), if it exists."""
    ref = loaded.model.motie
    if "/" in ref or ref.endswith((".yaml", ".yml")):
        path = project.reference(loaded, ("motie",), loaded.path.parent / ref)
        return path if path.is_file() else None
    if not is_name(ref):
        raise ValidationFailed([loaded.doc.issue(("motie",), f"'{ref}' is geen naam van een motie", MOTIE_HINT)])
    found = named(project.data_dir / "moties", ref)
    if len(found) > 1:
        names = ", ".join(display_path(p) for p in found)
        raise ValidationFailed([loaded.doc.issue(("motie",), f"er zijn meerdere moties met de naam '{ref}' ({names})",
                                                 "geef het pad van het motiebestand")])
    if found:  # a name follows the same containment rule as a path
        return project.reference(loaded, ("motie",), found[0])
    return found[0].resolve() if found else None


NAME = re.compile(r"[^/\\*?\[\]\x00-\x1f]+")


def is_name(ref: str) -> bool:
    """A file name without folders or wildcards (`**`, `*`, `?`, `[`): a reference, never a pattern."""
    return bool(NAME.fullmatch(ref)) and ref not in (".", "..")


def named(folder: Path, ref: str) -> list[Path]:
    """Files `<ref>.yaml` below `folder`, names compared in Unicode NFC (macOS writes NFD)."""
    wanted = unicodedata.normalize("NFC", ref + ".yaml")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.yaml") if unicodedata.normalize("NFC", p.name) == wanted)


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


def context(brief: Afdoeningsbrief, motie: Motie, quoted_orgaan: Orgaan, orgaan: Orgaan,
            gemeente: Gemeente | None) -> dict[str, Any]:
    quoted = motie_document.context(motie, quoted_orgaan)
    return {
        "gemeente": {"naam": orgaan.name},
        "orgaan": orgaan.context(),
        "aan": orgaan.word("aan"),
        "reageert": orgaan.word("reageert"),
        "datum": nl.datum_kort(brief.datum),
        "kenmerk": brief.kenmerk,
        "ris": brief.ris or "",
        "onderwerp": onderwerp(brief, motie),
        "aanleiding": brief.aanleiding or aanleiding(motie, orgaan),
        "motie": {"considerans": quoted["considerans"], "dictum": quoted["dictum"]},
        "voetnoten": quoted["voetnoten"],
        **tail(brief),
        "slot": brief.slot or orgaan.word("afgedaan"),
        "ondertekening": signatures_context(brief, orgaan, gemeente),
    }


def tail(brief: Afdoeningsbrief) -> dict[str, Any]:
    """The response, its closing paragraph apart: the template sets that paragraph in one block with
    the slot and the signature, so neither a signature nor the heading above the last paragraph can
    stand alone on a page (LibreOffice does not honour a longer keep-with-next chain)."""
    items = [item.model_dump() for item in brief.afdoening]
    last = items.pop()["tekst"] if items and items[-1].get("tekst") and len(items) > 1 else ""
    return {"afdoening": items, "laatste": last}


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


def aanleiding(motie: Motie, orgaan: Orgaan) -> str:
    """"Uw raad heeft tijdens de behandeling van … (RIS…) op 14 juli 2021 de door het raadslid … ingediende motie
    ‘…’ (RIS…) aangenomen." (seed 001), from the motie's own data, in the orgaan's words ("Uw Staten hebben")."""
    text = f"{orgaan.word('uw')} {orgaan.verb('heeft', 'hebben', 'uw_meervoud')}"
    if motie.voorstel:
        text += f" tijdens de behandeling van {motie.voorstel.titel}"
        if motie.voorstel.ris:
            text += f" ({motie.voorstel.ris})"
    text += f" op {nl.datum_kort(aangenomen_op(motie))} de"
    namen = [indiener.naam for indiener in motie.indieners]
    if len(namen) == 1:
        text += f" door {orgaan.word('lid')} {namen[0]} ingediende"
    elif namen:
        text += f" door {orgaan.word('leden')} {nl.opsomming(namen)} ingediende"
    nummer = motie.ris or motie.nummer
    text += f" motie ‘{motie.titel}’" + (f" ({nummer})" if nummer else "")
    return text + " aangenomen."


def signatures_context(brief: Afdoeningsbrief, orgaan: Orgaan, gemeente: Gemeente | None) -> dict[str, Any]:
    """The line above the signatures and each signature (label and name) in the orgaan's order; the old
    keys `secretaris` and `burgemeester` stay for a huisstijl template that uses them."""
    rollen = ondertekening(orgaan, "brief_ondertekening", gemeente, brief.datum, brief.ondertekening.given)
    names = {rol["rol"]: rol["naam"] for rol in rollen}
    return {"college": brief.ondertekening.college or orgaan.word("brief_ondertekenaar"), "rollen": rollen,
            "secretaris": names.get("secretaris", ""), "burgemeester": names.get("voorzitter", "")}


def signers(model: Afdoeningsbrief, orgaan: Orgaan) -> Signatures:
    """What `check --streng` looks at: the letter's date and the names under it, role by role."""
    return Signatures(model.datum, ("datum",), [
        Signer(role.rol, role.label, model.ondertekening.given(role.rol), ("ondertekening", role.rol))
        for role in orgaan.roles("brief_ondertekening")])


def properties(brief: Afdoeningsbrief, motie: Motie, orgaan: Orgaan) -> Properties:
    return Properties(title=onderwerp(brief, motie), author=orgaan.letterhead, subject="Afdoeningsbrief",
                      created=brief.datum, keywords=f"afdoeningsbrief; {brief.kenmerk}")
