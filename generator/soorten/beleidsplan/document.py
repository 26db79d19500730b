"""Beleidsplan → template context: programma's, doelen, baten-en-lastentabellen with computed
figures, activities that quote a motie, and the familiegroepsplan section."""

from __future__ import annotations

import difflib
from typing import Any

from generator import nl
from generator.errors import Issue, ValidationFailed, display_path
from generator.loading.project import Loaded, Project, is_file
from generator.loading.reader import Path_
from generator.organen.forms import Orgaan
from generator.organen.resolve import for_document
from generator.soorten.beleidsplan.begroting import Regel, table_rows, totaal
from generator.soorten.beleidsplan.model import (
    PUNTEN,
    VORMEN,
    VORMEN_KOP,
    Activiteit,
    Beleidsplan,
    Doel,
    Familiegroepsplan,
)
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.motie.model import Motie
from generator.word.fragments import Footnotes
from generator.word.render import Properties

Placed = list[tuple[Path_, Doel]]


def prepare(project: Project, loaded: Loaded) -> Prepared:
    plan: Beleidsplan = loaded.model
    orgaan, profile = for_document(project, loaded, plan.gemeente, plan.datum)
    moties = resolve_moties(project, loaded)
    return in_huisstijl(
        project, loaded, profile, context=context(plan, orgaan, moties),
        properties=Properties(title=plan.titel, author=orgaan.letterhead, subject="Beleidsplan",
                              created=plan.datum, keywords="beleidsplan; begroting"),
        refers_to=[m.path for m in moties.values()],
    )


def placed_doelen(plan: Beleidsplan) -> list[Placed]:
    """Per programma, each doel with its location in the data file (for messages)."""
    if plan.programmas:
        return [[(("programmas", p, "doelen", d), doel) for d, doel in enumerate(programma.doelen)]
                for p, programma in enumerate(plan.programmas)]
    return [[(("doelen", d), doel) for d, doel in enumerate(plan.doelen)]]


def resolve_moties(project: Project, loaded: Loaded) -> dict[str, Loaded]:
    """Every motie an activity refers to, loaded; unknown IDs and repeated doel numbers are errors."""
    issues: list[Issue] = []
    found: dict[str, Loaded] = {}
    seen: dict[str, int] = {}
    for loc, doel in (item for placed in placed_doelen(loaded.model) for item in placed):
        line = loaded.doc.position((*loc, "nummer"))[0]
        if doel.nummer in seen:
            issues.append(loaded.doc.issue((*loc, "nummer"), f"doel {doel.nummer} staat al op regel {seen[doel.nummer]}",
                                           "geef elk doel een eigen nummer"))
        seen.setdefault(doel.nummer, line)
        for index, activiteit in enumerate(doel.activiteiten):
            if activiteit.motie and activiteit.motie not in found:
                try:
                    found[activiteit.motie] = load_motie(project, loaded, (*loc, "activiteiten", index, "motie"),
                                                         activiteit.motie)
                except ValidationFailed as exc:
                    issues.extend(exc.issues)
    if issues:
        raise ValidationFailed(issues)
    return found


def load_motie(project: Project, loaded: Loaded, loc: Path_, motie_id: str) -> Loaded:
    folder = project.data_dir / "moties"
    path = folder / f"{motie_id}.yaml"
    if not is_file(path):
        known = sorted(p.stem for p in folder.glob("*.yaml"))
        guess = difflib.get_close_matches(motie_id, known, n=1, cutoff=0.5)
        hint = f"bedoelt u '{guess[0]}'?" if guess else f"zet de motie in {display_path(folder)}/ of controleer de naam"
        raise ValidationFailed([loaded.doc.issue(loc, f"onbekende motie '{motie_id}'", hint)])
    path = project.reference(loaded, loc, path)  # a name follows the same containment rule as a path
    motie = project.load(path)
    if not isinstance(motie.model, Motie):
        raise ValidationFailed([loaded.doc.issue(loc, f"{display_path(path)} is geen motie",
                                                 "verwijs naar een bestand met 'soort: motie'")])
    return motie


def context(plan: Beleidsplan, orgaan: Orgaan, moties: dict[str, Loaded]) -> dict[str, Any]:
    notes = Footnotes(dict(plan.voetnoten))
    return {
        "titel": plan.titel,
        "ondertitel": plan.ondertitel or "",
        "orgaan": orgaan.context(),
        "kop_orgaan": orgaan.letterhead,
        "inleiding": [notes.point(p) for p in plan.inleiding],
        "programmas": [programma_context(p, notes, moties) for p in plan.alle_programmas()],
        "familiegroepsplan": familiegroepsplan_context(plan.familiegroepsplan, notes),
        "voetnoten": notes.context(),
    }


def programma_context(programma: Any, notes: Footnotes, moties: dict[str, Loaded]) -> dict[str, Any]:
    kop = " ".join(part for part in (programma.nummer, programma.titel) if part)
    figures = [(f"Doel {d.nummer}", d.baten_en_lasten.regel()) for d in programma.doelen if d.baten_en_lasten]
    overzicht = None
    if figures:
        label = "Totaal"  # the heading says which programma; "Totaal 1" read like a code
        rows = table_rows([*figures, (label, totaal([regel for _, regel in figures]))])
        overzicht = {"kop": overzicht_kop(programma), "rijen": rows[:-1], "totaal": rows[-1]}
    return {
        "kop": kop,
        "inleiding": [notes.point(p) for p in programma.inleiding],
        "doelen": [doel_context(d, notes, moties) for d in programma.doelen],
        "overzicht": overzicht,
    }


def overzicht_kop(programma: Any) -> str:
    """"Overzicht baten en lasten van programma 1 (Eigen kracht en netwerk)": a number alone after the
    heading read like a code ("… lasten 1 Eigen kracht …")."""
    if programma.nummer and programma.titel:
        return f"Overzicht baten en lasten van programma {programma.nummer} ({programma.titel})"
    if programma.nummer:
        return f"Overzicht baten en lasten van programma {programma.nummer}"
    return f"Overzicht baten en lasten: {programma.titel}" if programma.titel else "Overzicht baten en lasten"


def doel_context(doel: Doel, notes: Footnotes, moties: dict[str, Loaded]) -> dict[str, Any]:
    criteria = None
    if doel.criteria:
        criteria = {"kop": doel.criteria.kop or f"{doel.titel}, zodanig dat:",
                    "punten": [notes.point(p) for p in doel.criteria.punten]}
    figures: list[tuple[str, Regel]] = []
    if doel.baten_en_lasten:
        figures = [(f"Doel {doel.nummer}", doel.baten_en_lasten.regel())]
    return {
        "kop": f"Beschrijving doel {doel.nummer} {doel.titel}",
        "nummer": doel.nummer,
        "titel": doel.titel,
        "beschrijving": [notes.point(p) for p in doel.beschrijving],
        "criteria": criteria,
        "portefeuillehouders": list(doel.portefeuillehouders),
        "activiteiten": [activiteit_text(a, notes, moties) for a in doel.activiteiten],
        "tabel": table_rows(figures),
    }


def activiteit_text(activiteit: Activiteit, notes: Footnotes, moties: dict[str, Loaded]) -> Any:
    """Plain text, or "Uitvoeren motie ‘Titel’ (motie M-28, RIS…). <tekst>" quoted from the motie's data."""
    if not activiteit.motie:
        return notes.point(activiteit.tekst or "")
    motie: Motie = moties[activiteit.motie].model
    refs = [f"motie {motie.nummer}" if motie.nummer else "", motie.ris or ""]
    ref = ", ".join(r for r in refs if r) or f"motie van {nl.datum_kort(motie.vergadering)}"
    lead = f"{activiteit.actie} ‘{motie.titel}’ ({ref})."
    return notes.point(f"{lead} {activiteit.tekst}" if activiteit.tekst else lead)


def familiegroepsplan_context(section: Familiegroepsplan | None, notes: Footnotes) -> dict[str, Any] | None:
    """Only the points the data fills in, under the factsheet's headings, in the factsheet's order."""
    if section is None:
        return None
    punten = []
    vormen = section.vormen
    if vormen:
        sub = [{"kop": kop, "alineas": [notes.point(p) for p in getattr(vormen, name)]}
               for name, kop in VORMEN if getattr(vormen, name)]
        punten.append({"kop": VORMEN_KOP, "alineas": [notes.point(p) for p in vormen.inleiding], "sub": sub})
    for name, kop in PUNTEN:
        if getattr(section, name):
            punten.append({"kop": kop, "alineas": [notes.point(p) for p in getattr(section, name)], "sub": []})
    return {"kop": section.kop, "inleiding": [notes.point(p) for p in section.inleiding], "punten": punten}
