"""The raadsbesluiten: for every adopted raadsvoorstel, the besluit with its adopted amendementen
applied, and the redline of that besluit against the ontwerp.

A collection, because a raadsbesluit depends on files that do not name it (every amendement that
points at the voorstel): the build re-makes collections whenever any data file changes, so a new or
changed amendement is always applied. The checks (overlap, a vanished text, a subamendement voted
after its amendement) run in `check` and `build` alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import nl
from generator.errors import Issue, RaadsstukkenError, ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.soorten.amendement.document import Resolved, resolve
from generator.soorten.amendement.model import Amendement
from generator.soorten.document import Prepared
from generator.soorten.raadsbesluit.apply import apply, order, where
from generator.soorten.raadsbesluit.context import View, begroting, beslispunten
from generator.soorten.raadsbesluit.tree import Auteur, Toegepast
from generator.soorten.raadsvoorstel.document import considerans, ontwerp
from generator.soorten.raadsvoorstel.model import Raadsvoorstel
from generator.word.render import Properties
from generator.word.revisions import RevisionMarks


@dataclass
class Gegevens:
    project: Project
    voorstellen: list[Loaded] = field(default_factory=list)
    amendementen: dict[Path, list[Resolved]] = field(default_factory=dict)
    """Per voorstel file: its amendementen and subamendementen, resolved."""
    issues: list[Issue] = field(default_factory=list)
    done: dict[Path, Toegepast] = field(default_factory=dict)
    vergaderingen: dict[Path, list[Path]] = field(default_factory=dict)
    """Per voorstel or amendement file: the vergaderingen that decided it (adopted, which amendementen, in which order)."""


def gather(project: Project, sources: list[Path]) -> Gegevens:
    facts = {}
    for source in sources:
        try:
            found = fact(project, project.load(source))
        except RaadsstukkenError:
            continue  # the file's own build reports it
        if found is not None:
            facts[source] = found
    return from_facts(project, facts)


def fact(project: Project, loaded: Loaded) -> list[Any] | None:
    """A raadsvoorstel, or an amendement on one: the besluit reads them whole, so their fact is
    what they are plus a hash of all they say and the vergaderingen that decided them (any change
    makes the besluit again; a change within such a vergadering is an input of the besluit)."""
    import hashlib
    import json

    from generator.soorten.vergadering.status import toegepast

    model = loaded.model
    if isinstance(model, Raadsvoorstel) or (isinstance(model, Amendement) and model.extern is None):
        content = json.dumps(loaded.doc.data, sort_keys=True, ensure_ascii=False, default=str)
        decided = toegepast(project, loaded)[1]
        return [model.soort, hashlib.sha256(content.encode("utf-8")).hexdigest(),
                [display_path(v, project.root) for v in decided]]
    return None


def from_facts(project: Project, facts: dict[Path, Any]) -> Gegevens:
    """The voorstellen and their amendementen, loaded (the build hands over what it loaded already)."""
    from generator.soorten.vergadering.status import toegepast

    found = Gegevens(project)
    for source in sorted(facts):
        try:
            loaded = project.load(source)
            if isinstance(loaded.model, (Raadsvoorstel, Amendement)):  # adopted, and in which order, per the vergadering
                loaded, found.vergaderingen[loaded.path] = toegepast(project, loaded)
            if isinstance(loaded.model, Raadsvoorstel):
                found.voorstellen.append(loaded)
            elif isinstance(loaded.model, Amendement) and loaded.model.extern is None:
                resolved = resolve(project, loaded)
                if resolved.voorstel is not None:
                    found.amendementen.setdefault(resolved.voorstel.path, []).append(resolved)
        except RaadsstukkenError:
            continue  # the file's own build reports it
    for voorstel in found.voorstellen:
        try:
            found.done[voorstel.path] = applied(project, voorstel, of_voorstel(project, found, voorstel))
        except ValidationFailed as exc:
            found.issues.extend(exc.issues)
    return found


def of_voorstel(project: Project, found: Gegevens, voorstel: Loaded) -> list[Resolved]:
    """The voorstel's amendementen: those on the voorstel, and those on a verordening it adopts."""
    paths = [voorstel.path, *(p.verordening.path for p in ontwerp(project, voorstel).punten if p.verordening)]
    return [r for path in paths for r in found.amendementen.get(path, [])]


def checks(gegevens: Gegevens) -> list[Issue]:
    return list(gegevens.issues)


def subamendement_order(subs: list[Resolved], parents: dict[str, Resolved]) -> list[Issue]:
    """A subamendement is voted before its amendement."""
    issues = []
    for sub in subs:
        parent = parents.get(str(sub.target.path)) if sub.target else None
        if parent is None:
            continue
        mine, theirs = sub.loaded.model.stemmingsvolgorde, parent.loaded.model.stemmingsvolgorde
        if mine is not None and theirs is not None and mine >= theirs:
            issues.append(sub.loaded.doc.issue(
                ("stemmingsvolgorde",), f"het subamendement staat op plaats {mine} in de stemmingsvolgorde, na (of op)"
                f" zijn amendement (plaats {theirs}, {where(parent.loaded, ('stemmingsvolgorde',))})",
                f"een subamendement wordt vóór zijn amendement gestemd: geef het een plaats lager dan {theirs}"))
    return issues


def applied(project: Project, voorstel: Loaded, amendementen: list[Resolved]) -> Toegepast:
    parents = {str(r.loaded.path): r for r in amendementen if r.loaded.model.soort == "amendement"}
    subs = [r for r in amendementen if r.loaded.model.soort == "subamendement"]
    issues = subamendement_order(subs, parents)
    if issues:
        raise ValidationFailed(issues)
    adopted_subs: dict[str, list[Resolved]] = {}
    for sub in order(subs):
        if sub.loaded.model.status == "aangenomen" and sub.target is not None:
            adopted_subs.setdefault(str(sub.target.path), []).append(sub)
    adopted = order([r for r in parents.values() if r.loaded.model.status == "aangenomen"])
    return apply(ontwerp(project, voorstel), adopted, adopted_subs)


def documents(project: Project, gegevens: Gegevens) -> list[tuple[str, Prepared]]:
    made = []
    for voorstel in gegevens.voorstellen:
        besluit = voorstel.model.besluit
        toegepast = gegevens.done.get(voorstel.path)
        if besluit is None or besluit.status != "aangenomen" or toegepast is None:
            continue
        base = display_path(voorstel.path, project.data_dir)[: -len(voorstel.path.suffix)]
        inputs = sorted({p for r in of_voorstel(project, gegevens, voorstel) for p in (r.loaded.path, *r.inputs)}
                        | {v for r in [*of_voorstel(project, gegevens, voorstel)] for v in gegevens.vergaderingen.get(r.loaded.path, [])}
                        | set(gegevens.vergaderingen.get(voorstel.path, [])))
        made.append((f"{base}-{besluit_name(voorstel)}.docx", prepared(project, voorstel, toegepast, inputs, redline=False)))
        made.append((f"{base}-redline.docx", prepared(project, voorstel, toegepast, inputs, redline=True)))
    return made


def besluit_name(voorstel: Loaded) -> str:
    """The besluit's file name after its voorstel's, in the orgaan's word: raadsbesluit, statenbesluit."""
    from generator.organen import register

    orgaan = register.get(voorstel.model.gemeente)
    return register.slug(orgaan.word("besluit_naam")) if orgaan is not None else "raadsbesluit"


def prepared(project: Project, voorstel: Loaded, toegepast: Toegepast, inputs: list[Path], *, redline: bool) -> Prepared:
    from generator.organen.resolve import resolve
    from generator.soorten.gemeente.model import ondertekening
    from generator.word import logo as huisstijl

    model: Raadsvoorstel = voorstel.model
    assert model.besluit is not None
    datum = model.besluit.vergadering
    orgaan, profile = resolve(project, voorstel, model.gemeente, model.collegedatum)
    view = View(redline, Auteur(f"Griffie {orgaan.name}", datum))
    template, looked_at = project.template(project.registry["raadsbesluit"].template, profile)
    rollen = ondertekening(orgaan, "besluit_ondertekening", profile.model if profile else None, datum, lambda _: None)
    context: dict[str, Any] = {
        "orgaan": orgaan.context(),
        "onderwerp": model.onderwerp,
        "considerans": considerans(model, orgaan),
        "beslispunten": beslispunten(toegepast, view),
        "begroting": begroting(toegepast, view),
        "vastgesteld": f"Aldus vastgesteld in de openbare vergadering van {nl.datum_kort(datum)}.",
        "ondertekening": rollen,
        **{rol["rol"]: rol["naam"] for rol in rollen},
    }
    naam = orgaan.word("besluit_naam")
    title = f"{naam} {model.onderwerp}"  # the redline is the same besluit, its keywords say redline
    own = [profile.path, *huisstijl.logo_inputs(profile)] if profile else []
    return Prepared(
        template=template, context=context,
        properties=Properties(title=title, author=orgaan.letterhead, subject=naam, created=datum,
                              keywords="raadsbesluit; redline" if redline else "raadsbesluit", concept=model.concept),
        inputs=[voorstel.path, *ontwerp(project, voorstel).inputs, *inputs, *own, *looked_at],
        media=huisstijl.logo_media(project, profile, template) if profile else {},
        descriptions=huisstijl.logo_descriptions(profile, template, orgaan.letterhead) if profile else {},
        post=RevisionMarks(view.authors) if redline else None,
    )
