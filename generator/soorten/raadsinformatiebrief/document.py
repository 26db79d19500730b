"""Raadsinformatiebrief → letter context: the orgaan's name for it (Raadsinformatiebrief, Statenbrief, Brief aan
het algemeen bestuur), the text, and every motie and toezegging it afdoet, quoted.

A motie is quoted as the afdoeningsbrief quotes it (`motie.document.context`, after its vergadering's decision),
with the afdoeningsbrief's sentence on its adoption; a toezegging with who made it, in which vergadering, and
what. Refused, each at its line: a motie that was not adopted, a toezegging that does not exist, and a letter
dated before the motie was adopted or the toezegging made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from generator import nl
from generator.errors import Issue, ValidationFailed
from generator.loading.project import Loaded, Project
from generator.organen.resolve import for_document, resolve
from generator.soorten import verwijzing
from generator.soorten.afdoeningsbrief import document as afdoening
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.motie import document as motie_document
from generator.soorten.motie.model import Motie
from generator.soorten.raadsinformatiebrief.model import Raadsinformatiebrief
from generator.soorten.vergadering.model import Vergadering
from generator.soorten.vergadering.toezeggingen import Vastgelegd, vastgelegd
from generator.word.render import Properties

NOTE = re.compile(r'(w:footnoteReference w:id=")(\d+)(")')


@dataclass(frozen=True)
class Gesloten:
    """What one line of `afdoet:` closes: a motie (its file) or a toezegging (its vergadering and number)."""

    index: int
    path: Path
    motie: Loaded | None = None
    toezegging: Vastgelegd | None = None


def afgedaan(project: Project, loaded: Loaded) -> tuple[list[Gesloten], list[Path]]:
    """Each line of `afdoet:` resolved, and the files that decided the moties' status."""
    from generator.soorten.vergadering.status import toegepast

    found, decided = [], []
    for i, item in enumerate(loaded.model.afdoet):
        if item.motie is not None:
            motie = verwijzing.load(project, loaded, ("afdoet", i, "motie"), item.motie, "moties", "motie", Motie)
            motie, by = toegepast(project, motie)
            decided += by
            found.append(Gesloten(i, motie.path, motie=motie))
            continue
        where = verwijzing.load(project, loaded, ("afdoet", i, "vergadering"), item.vergadering, "vergaderingen",
                                "vergadering", Vergadering)
        profile = verwijzing_profile(project, where)
        made = {t.nummer: t for t in vastgelegd(where, profile)[0]}
        if item.toezegging not in made:
            known = ", ".join(sorted(made)) or "geen"
            raise ValidationFailed([loaded.doc.issue(("afdoet", i, "toezegging"),
                                                     f"de vergadering heeft geen toezegging {item.toezegging}",
                                                     f"kies een van haar toezeggingen: {known}")])
        found.append(Gesloten(i, where.path, toezegging=made[item.toezegging]))
    return found, decided


def verwijzing_profile(project: Project, where: Loaded) -> Any:
    from generator.soorten.termijnen import profile

    return profile(project, where.model.orgaan)


def problemen(loaded: Loaded, gesloten: list[Gesloten]) -> list[Issue]:
    brief: Raadsinformatiebrief = loaded.model
    issues = []
    for g in gesloten:
        if g.motie is not None:
            motie = g.motie.model
            if motie.status != "aangenomen":
                issues.append(loaded.doc.issue(("afdoet", g.index, "motie"), f"de motie '{motie.titel}' is"
                                               f" {motie.status}, niet aangenomen", "alleen een aangenomen motie wordt afgedaan"))
            elif brief.datum and brief.datum < afdoening.aangenomen_op(motie):
                issues.append(loaded.doc.issue(("afdoet", g.index, "motie"), f"de brief ({nl.datum_kort(brief.datum)})"
                                               f" is gedateerd vóór de motie '{motie.titel}' werd aangenomen"
                                               f" ({nl.datum_kort(afdoening.aangenomen_op(motie))})",
                                               "controleer de datum van de brief en de motie waarnaar hij verwijst"))
        elif g.toezegging is not None and brief.datum and brief.datum < g.toezegging.datum:
            issues.append(loaded.doc.issue(("afdoet", g.index, "toezegging"), f"de brief ({nl.datum_kort(brief.datum)})"
                                           f" is gedateerd vóór toezegging {g.toezegging.nummer} werd gedaan"
                                           f" ({nl.datum_kort(g.toezegging.datum)})",
                                           "controleer de datum van de brief en de toezegging waarnaar hij verwijst"))
    return issues


def prepare(project: Project, loaded: Loaded) -> Prepared:
    brief: Raadsinformatiebrief = loaded.model
    orgaan, profile = for_document(project, loaded, brief.orgaan, brief.datum)
    gesloten, decided = afgedaan(project, loaded)
    issues = problemen(loaded, gesloten)
    if issues:
        raise ValidationFailed(issues)
    gemeente = profile.model if profile is not None else None
    items, notes = quoted(project, loaded, gesloten)
    context = {
        "orgaan": orgaan.context(), "aan": orgaan.word("aan"), "kenmerk": brief.kenmerk, "ris": brief.ris or "",
        "datum": nl.datum_kort(brief.datum), "onderwerp": brief.onderwerp,
        "tekst": [t.model_dump() for t in brief.tekst], "afgedaan": items,
        "afdoet_kop": "Wat deze brief afdoet", "voetnoten": notes, "laatste": "", "slot": brief.slot or "",
        "ondertekening": afdoening.signatures_context(brief, orgaan, gemeente),  # type: ignore[arg-type]
    }
    return in_huisstijl(project, loaded, profile, context=context,
                        properties=Properties(title=brief.onderwerp, author=orgaan.letterhead,
                                              subject=orgaan.word("informatiebrief"), created=brief.datum,
                                              keywords=f"informatiebrief; {brief.kenmerk}"),
                        refers_to=sorted({*(g.path for g in gesloten), *decided}))


def quoted(project: Project, loaded: Loaded, gesloten: list[Gesloten]) -> tuple[list[dict[str, Any]], list[Any]]:
    """Each afgedaan item with its quote; footnotes of several moties numbered on through the letter."""
    items: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    for g in gesloten:
        toelichting = loaded.model.afdoet[g.index].toelichting or ""
        if g.motie is not None:
            motie: Motie = g.motie.model
            own, _ = resolve(project, g.motie, motie.orgaan_id or "", motie.vergadering)
            quote = motie_document.context(motie, own)
            offset = len(notes)
            blocks = [{"kop": b["kop"], "punten": [_shift(p, offset) for p in b["punten"]]}
                      for b in [*quote["considerans"], *quote["dictum"]]]
            notes += [{**n, "id": n["id"] + offset} for n in quote["voetnoten"]]
            nummer = motie.ris or motie.nummer
            items.append({"kop": f"Motie ‘{motie.titel}’" + (f" ({nummer})" if nummer else ""),
                          "aanleiding": afdoening.aanleiding(motie, own), "citaat": blocks, "toelichting": toelichting})
        elif g.toezegging is not None:
            t = g.toezegging
            items.append({"kop": f"Toezegging {t.nummer}",
                          "aanleiding": f"In de vergadering van {nl.datum_kort(t.datum)} heeft {t.wie} toegezegd:",
                          "citaat": [{"kop": "", "punten": [t.wat]}], "toelichting": toelichting})
    return items, notes


def _shift(punt: Any, offset: int) -> Any:
    if not offset or not isinstance(punt, Markup):
        return punt
    return Markup(NOTE.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + offset}{m.group(3)}", str(punt)))

