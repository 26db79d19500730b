"""What `check` and `build` refuse in a vergadering, each at its line with the fix.

A vote on a stuk that is not on the agenda; a vote count above the members present; a quorum that is not
met; a member who would vote in two fracties; a motie voted before it was submitted; a stuk on two
agendas with two outcomes. The tally's own errors (telling.py) come with the decisions (index.py).
"""

from __future__ import annotations

import difflib
from pathlib import Path

from generator import nl
from generator.errors import Issue, RaadsstukkenError, display_path
from generator.loading.project import Loaded, Project
from generator.soorten.vergadering import toezeggingen
from generator.soorten.vergadering.index import FINAAL, FOLDER, Index, Oordeel, real, reference
from generator.soorten.vergadering.model import Vergadering
from generator.soorten.vergadering.orde import STEMBAAR, groep


def problemen(project: Project, oordeel: Oordeel, index: Index) -> list[Issue]:
    issues = [issue for besluit in oordeel.besluiten for issue in besluit.fouten]
    issues += aanwezigheid(oordeel)
    issues += stukken(project, oordeel)
    issues += stemmingen(project, oordeel)
    issues += twee_uitkomsten(project, oordeel, index)
    issues += toezeggingen.problemen(oordeel.loaded, oordeel.profile.model if oordeel.profile else None)
    return issues


def aanwezigheid(oordeel: Oordeel) -> list[Issue]:
    """The absentees must be members, and more than half of the members must be present (the quorum)."""
    model: Vergadering = oordeel.loaded.model
    doc, s = oordeel.loaded.doc, oordeel.samenstelling
    issues = []
    datum = nl.datum_kort(model.datum)
    for i, afwezig in enumerate(model.afwezigen):
        if s.leden and afwezig.naam not in s.leden:
            loc = ("afwezig", i) if isinstance(model.afwezig[i], str) else ("afwezig", i, "naam")
            issues.append(doc.issue(loc, f"'{afwezig.naam}' is op {datum} geen lid volgens het profiel",
                                    "schrijf de naam zoals het profiel haar noemt"))
    if model.status == "gepland" and any(p.stemmingen for p in model.agenda):
        issues.append(doc.issue(("status",), "een geplande vergadering heeft nog geen stemmingen",
                                "zet 'status: gehouden' of haal de stemmingen weg"))
    if not (s.bekend and model.gehouden):
        return issues
    present = s.zitting - sum(1 for a in {a.naam for a in model.afwezigen} if a in s.leden)
    if present * 2 <= s.zitting:
        issues.append(doc.issue(("afwezig",) if model.afwezig else ("datum",),
                                f"de vergadering had geen quorum: {present} van de {s.zitting} leden waren aanwezig,"
                                f" en dat moeten er meer dan de helft zijn {oordeel.regels.quorum.vermeld}",
                                "controleer 'afwezig:'; zonder quorum wordt de vergadering niet geopend en volgt"
                                " een nieuwe"))
    if s.zetels is not None and s.zitting > s.zetels:
        issues.append(doc.issue(("datum",), f"het profiel telt op {datum} {s.zitting} leden in de fracties, maar het"
                                f" orgaan heeft {s.zetels} zetels", "controleer de fracties en 'zetels:' in het profiel"))
    return issues


def stukken(project: Project, oordeel: Oordeel) -> list[Issue]:
    """Every stuk named exists, is of the vergadering's orgaan, and a previous besluitenlijst is a vergadering."""
    model: Vergadering = oordeel.loaded.model
    loaded, issues = oordeel.loaded, []
    for (p, i), path in sorted(oordeel.stukken.items()):
        loc = ("agenda", p, "stukken", i)
        if path is None:
            issues.append(_missing(project, loaded, loc, model.agenda[p].stukken[i]))
            continue
        stuk = _load(project, path)
        if stuk is not None and (other := orgaan_van(project, stuk)) and other != model.orgaan:
            issues.append(loaded.doc.issue(loc, f"het stuk is van '{other}', de vergadering van '{model.orgaan}'",
                                           "een vergadering behandelt de stukken van haar eigen orgaan"))
    for p, punt in enumerate(model.agenda):
        for i, item in enumerate(punt.ingekomen):
            if item.stuk and reference(project, loaded, ("agenda", p, "ingekomen", i, "stuk"), item.stuk) is None:
                issues.append(_missing(project, loaded, ("agenda", p, "ingekomen", i, "stuk"), item.stuk))
        if punt.besluitenlijst:
            issues += _vorige(project, oordeel, p, punt.besluitenlijst)
    return issues


def _vorige(project: Project, oordeel: Oordeel, p: int, ref: str) -> list[Issue]:
    loaded, loc = oordeel.loaded, ("agenda", p, "besluitenlijst")
    path = reference(project, loaded, loc, ref)
    if path is None:
        return [_missing(project, loaded, loc, ref)]
    other = _load(project, path)
    if other is None or not isinstance(other.model, Vergadering):
        return [loaded.doc.issue(loc, f"'{ref}' is geen vergadering", "wijs het bestand van de vorige vergadering aan")]
    if other.model.datum >= loaded.model.datum:
        return [loaded.doc.issue(loc, f"die vergadering ({nl.datum_kort(other.model.datum)}) is niet eerder dan deze",
                                 "wijs een eerdere vergadering aan")]
    return []


def stemmingen(project: Project, oordeel: Oordeel) -> list[Issue]:
    """Each vote is on a stuk of its agendapunt that can be voted on, once, and not before it was submitted."""
    model: Vergadering = oordeel.loaded.model
    loaded, issues = oordeel.loaded, []
    where: dict[Path, list[str]] = {}
    for (p, _i), path in oordeel.stukken.items():
        if path is not None:
            where.setdefault(path, []).append(model.agenda[p].nummer)
    seen: dict[Path, str] = {}
    for p, punt in enumerate(model.agenda):
        for v, stemming in enumerate(punt.stemmingen):
            loc = ("agenda", p, "stemmingen", v, "over")
            path = reference(project, loaded, loc, stemming.over)
            if path is None:
                issues.append(_missing(project, loaded, loc, stemming.over))
                continue
            own = [oordeel.stukken.get((p, i)) for i in range(len(punt.stukken))]
            if path not in own:
                elders = where.get(path)
                issues.append(loaded.doc.issue(loc, f"de stemming gaat over {stemming.over}, maar dat stuk staat niet"
                                               + (f" bij dit agendapunt (wel bij agendapunt {', '.join(elders)})" if elders
                                                  else " op de agenda"),
                                               f"zet het bij 'stukken:' van agendapunt {punt.nummer}"))
            if path in seen:
                issues.append(loaded.doc.issue(loc, f"over {stemming.over} is al gestemd ({seen[path]})",
                                               "één stemming per stuk per vergadering; haal er een weg"))
            seen.setdefault(path, f"agendapunt {punt.nummer}")
            issues += _stembaar(project, loaded, loc, path, stemming.uitkomst)
    return issues


def _stembaar(project: Project, loaded: Loaded, loc: tuple[str | int, ...], path: Path, uitkomst: str | None) -> list[Issue]:
    stuk = _load(project, path)
    if stuk is None:
        return []
    soort = stuk.model.soort
    if soort not in STEMBAAR:
        return [loaded.doc.issue(loc, f"over een {soort} wordt niet gestemd",
                                 "zet het stuk bij 'ingekomen:' of haal de stemming weg")]
    if uitkomst == "overgenomen" and soort != "motie":
        return [loaded.doc.issue(loc, f"alleen een motie wordt overgenomen, dit is een {soort}",
                                 "kies 'ingetrokken' of 'aangehouden', of laat stemmen")]
    submitted = getattr(stuk.model, "vergadering", None)
    if groep(stuk) in ("moties", "vreemd", "amendementen", "subamendementen") and submitted > loaded.model.datum:
        line = stuk.doc.position(("vergadering",))[0]
        return [loaded.doc.issue(loc, f"de {soort} is ingediend op {nl.datum_kort(submitted)}"
                                 f" ({display_path(stuk.path)}:{line}), na deze vergadering van"
                                 f" {nl.datum_kort(loaded.model.datum)}",
                                 f"controleer de datum van de vergadering of 'vergadering:' in de {soort}")]
    return []


def twee_uitkomsten(project: Project, oordeel: Oordeel, index: Index) -> list[Issue]:
    """A stuk decided in one vergadering cannot be decided again in another."""
    issues = []
    draft = oordeel.loaded.path.name.startswith(".")  # the editor's unsaved form, beside the file it drafts
    for besluit in oordeel.besluiten:
        others = [b for b in index.per_stuk.get(besluit.stuk, []) if b.vergadering != besluit.vergadering
                  and not (draft and b.datum == besluit.datum and b.vergadering.parent == besluit.vergadering.parent)]
        for other in others:
            first, later = sorted((besluit, other), key=lambda b: (b.datum, str(b.vergadering)))
            if first.telling.status in FINAAL and later.telling.status != first.telling.status:
                mine, theirs = besluit.telling.status, other.telling.status
                issues.append(oordeel.loaded.doc.issue(
                    besluit.loc, f"{display_path(besluit.stuk, project.data_dir)} staat ook op de agenda van"
                    f" {other.plek} met de uitkomst '{theirs}'; hier is het {mine}",
                    "een stuk krijgt één uitkomst: haal een van beide stemmingen weg (een aangehouden stuk krijgt"
                    " pas bij een latere vergadering zijn uitkomst)"))
    return issues


def waarschuwingen(project: Project, loaded: Loaded) -> list[Issue]:
    """`check`'s warnings for a vergadering (the soort's content rules)."""
    return buiten_map(project, loaded)


def buiten_map(project: Project, loaded: Loaded) -> list[Issue]:
    """A vergadering outside data/vergaderingen/ is not read by the stukken it decides."""
    folder = real(project.data_dir / FOLDER)
    if folder in real(loaded.path).parents:
        return []
    issue = loaded.doc.issue((), f"deze vergadering staat niet in data/{FOLDER}/: de stukken die zij behandelt,"
                             " nemen hun status en stemming niet van haar over", f"zet het bestand in data/{FOLDER}/")
    return [Issue(issue.file, issue.line, issue.column, issue.field, issue.message, issue.hint, "waarschuwing")]


def orgaan_van(project: Project, stuk: Loaded) -> str | None:
    model = stuk.model
    own = getattr(model, "orgaan_id", None) or getattr(model, "gemeente", None)
    if own or model.soort not in ("amendement", "subamendement"):
        return own if isinstance(own, str) else None
    from generator.soorten.amendement.document import resolve

    try:
        voorstel = resolve(project, stuk).voorstel
    except RaadsstukkenError:
        return None
    return voorstel.model.gemeente if voorstel is not None else None


def _load(project: Project, path: Path) -> Loaded | None:
    try:
        return project.load(path)
    except RaadsstukkenError:
        return None  # its own build reports it


def _missing(project: Project, loaded: Loaded, loc: tuple[str | int, ...], ref: str) -> Issue:
    known = sorted(display_path(p, project.data_dir) for p in project.data_dir.rglob("*.yaml")
                   if "gemeenten" not in p.parts)
    guess = difflib.get_close_matches(ref, known, n=1)
    hint = f"bedoelt u '{guess[0]}'?" if guess else "geef het pad vanaf data/, bijvoorbeeld moties/<naam>.yaml"
    return loaded.doc.issue(loc, f"bestand '{ref}' bestaat niet", hint)
