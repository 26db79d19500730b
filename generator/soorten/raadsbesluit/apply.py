"""Adopted amendementen applied to the ontwerpbesluit, in stemmingsvolgorde.

The result is an aligned tree (tree.py): every beslispunt, artikel, lid, onderdeel and begroting row
of the ontwerp and every one an amendement adds, each with its text before (`oud`) and after
(`nieuw`; None when it goes) and who changed it. After all changes the verordening is numbered anew
and every `[[label]]` written again, so an inserted article makes artikel 6 artikel 7 everywhere.
The raadsbesluit reads the `nieuw` side; the redline shows both, marked.
"""

from __future__ import annotations

from typing import Any

from generator.errors import Issue, ValidationFailed, display_path
from generator.loading.project import Loaded
from generator.soorten.amendement.document import Gewijzigd, Resolved, change_of
from generator.soorten.amendement.targets import Doel, overlap
from generator.soorten.raadsbesluit.tree import Artikel, Boom, Item, Punt, Sub, Toegepast, added, auteur, tree
from generator.soorten.raadsvoorstel.document import Ontwerp
from generator.soorten.verordening import references as ref
from generator.soorten.verordening.renumber import numbered


def order(amendementen: list[Resolved]) -> list[Resolved]:
    return sorted(amendementen, key=lambda r: (r.loaded.model.stemmingsvolgorde or 0, str(r.loaded.path)))


def where(loaded: Loaded, loc: tuple[Any, ...]) -> str:
    return f"{display_path(loaded.path)}:{loaded.doc.position(loc)[0]}"


def check_overlap(adopted: list[Resolved]) -> list[Issue]:
    issues: list[Issue] = []
    seen: list[tuple[Loaded, Gewijzigd]] = []
    for resolved in adopted:
        for g in resolved.changes:
            for other, og in seen:
                if overlap(g.doel, og.doel):
                    issues.append(resolved.loaded.doc.issue(
                        ("wijzigingen", g.index),
                        f"deze wijziging van {g.doel.naam} overlapt met die van amendement"
                        f" {other.model.nummer or other.model.titel} ({where(other, ('wijzigingen', og.index))}),"
                        " en beide zijn aangenomen",
                        "twee aangenomen amendementen mogen niet dezelfde woorden wijzigen; controleer 'status:' of"
                        " laat de wijzigingen verschillende woorden aanwijzen"))
            seen.append((resolved.loaded, g))
    return issues


def effective(g: Gewijzigd, subs: list[Resolved]) -> tuple[Gewijzigd, Sub | None]:
    """The amendement's change as its adopted subamendementen made it, and who made that part."""
    credit = None
    for sub in subs:
        for sg in sub.changes:
            if sg.change.wijziging == g.index + 1:
                credit = Sub(auteur(sub.loaded), g.nieuw if credit is None else credit.tussen)
                g = Gewijzigd(g.index, g.change, g.doel, g.oud, sg.nieuw, g.nieuw_element, g.artikel)
    return g, credit


def apply(ontwerp: Ontwerp, adopted: list[Resolved], subs: dict[str, list[Resolved]]) -> Toegepast:
    """Each adopted amendement in stemmingsvolgorde; errors name both files where two are involved."""
    issues = check_overlap(adopted)
    if issues:
        raise ValidationFailed(issues)
    boom = tree(ontwerp)
    for resolved in adopted:
        mine = subs.get(str(resolved.loaded.path), [])
        for g in resolved.changes:
            issues += apply_one(resolved.loaded, *effective(g, mine), boom)
    if issues:
        raise ValidationFailed(issues)
    for punt in boom.punten:
        issues += renumber(punt, boom.geschrapt)
    if issues:
        raise ValidationFailed(issues)
    return Toegepast(boom.punten, [r.loaded for r in adopted], boom.begroting, ontwerp.kop)


def apply_one(loaded: Loaded, g: Gewijzigd, sub: Sub | None, boom: Boom) -> list[Issue]:
    if g.doel.key[0] == "artikel":
        return apply_artikel(loaded, g, boom)
    siblings, item = boom.items[g.doel.key]
    gone = gone_with_article(loaded, g, boom)
    if gone:
        return [gone]
    by = auteur(loaded)
    if g.nieuw_element:
        at = siblings.index(item) + (1 if g.change.actie == "toevoegen_na" else 0)
        siblings.insert(at, Item(None, g.nieuw, by, wijziger=loaded, bron=g.nieuw if item.bron is not None else None,
                                 sub=sub))
        return []
    current = item.nieuw or ""
    if current != g.oud:
        redone = rebase(loaded, g, current, item)
        if isinstance(redone, Issue):
            return [redone]
        g = redone
    item.bron = new_source(g, item)
    if g.nieuw is None:
        boom.geschrapt.append((loaded, g))
    item.nieuw, item.auteur, item.wijziger, item.sub = g.nieuw, by, loaded, sub
    return []


def new_source(g: Gewijzigd, item: Item) -> str | None:
    """The changed text with its references still labels: the change redone on the source when its
    words stand there too, else the new text as the amendement has it."""
    if item.bron is None or g.nieuw is None:
        return None
    phrase = g.change.zinsdeel
    if not phrase or phrase not in item.bron:
        return g.nieuw
    start = item.bron.find(phrase)
    return change_of(g.index, g.change, Doel(g.doel.key, g.doel.naam, item.bron, g.doel.soort,
                                             (start, start + len(phrase)))).nieuw


def gone_with_article(loaded: Loaded, g: Gewijzigd, boom: Boom) -> Issue | None:
    """A lid or onderdeel of an article an earlier adopted amendement removed."""
    if g.doel.key[0] not in ("lid", "onderdeel"):
        return None
    artikel = boom.artikelen[g.doel.key[1]][1]
    if not artikel.weg:
        return None
    return vanished(loaded, g, artikel.item(), f"artikel {artikel.oud}")


def apply_artikel(loaded: Loaded, g: Gewijzigd, boom: Boom) -> list[Issue]:
    siblings, artikel = boom.artikelen[g.doel.key[1]]
    if artikel.weg:
        return [vanished(loaded, g, artikel.item(), g.doel.naam)]
    by = auteur(loaded)
    if g.artikel is not None:
        at = siblings.index(artikel) + (1 if g.change.actie == "toevoegen_na" else 0)
        siblings.insert(at, added(g.artikel, by, loaded))
        return []
    artikel.weg, artikel.auteur, artikel.wijziger = True, by, loaded
    boom.geschrapt.append((loaded, g))
    for lid in artikel.leden:
        for item in (lid, *lid.kinderen):
            if item.nieuw is not None:
                item.nieuw, item.auteur, item.wijziger = None, by, loaded
    return []


def vanished(loaded: Loaded, g: Gewijzigd, item: Item, naam: str) -> Issue:
    """"De tekst die deze wijziging aanwijst staat niet meer in …": named with the earlier amendement."""
    earlier = item.wijziger
    door = (f"amendement {earlier.model.nummer or earlier.model.titel} ({where(earlier, ('wijzigingen',))})"
            if earlier else "een eerder amendement")
    return loaded.doc.issue(("wijzigingen", g.index, "artikel"),
                            f"de tekst die deze wijziging aanwijst staat niet meer in het besluit: {door},"
                            f" eerder in de stemmingsvolgorde aangenomen, heeft {naam} al geschrapt",
                            "laat het amendement een tekst aanwijzen die na de eerdere amendementen nog bestaat,"
                            " of controleer 'stemmingsvolgorde:' en 'status:'")


def renumber(punt: Punt, geschrapt: list[tuple[Loaded, Gewijzigd]]) -> list[Issue]:
    """Number the besluit's articles, leden and onderdelen anew and write every `[[label]]` again:
    an article inserted before artikel 6 makes it artikel 7 in every reference."""
    present = [a for a in punt.artikelen if not a.weg]
    issues: list[Issue] = []
    shadows = [shadow(a, geschrapt) for a in present]
    targets = numbered(shadows)
    for artikel, copy in zip(present, shadows, strict=True):
        artikel.nummer = copy.nummer
        for lid in artikel.leden:
            for item in (lid, *lid.kinderen):
                if item.nieuw is not None and item.bron is not None:
                    item.nieuw = ref.resolve(item.bron, targets, reporter(item, geschrapt), copy.nummer, issues)
    return list(dict.fromkeys(issues))


def shadow(artikel: Artikel, geschrapt: list[tuple[Loaded, Gewijzigd]]) -> ref.Artikel:
    """The besluit's article as the numbering sees it: only what stays, with its labels."""
    leden = [ref.Lid(lid.bron or "", reporter(lid, geschrapt), lid.label,
                     [ref.Onderdeel(o.bron or "", reporter(o, geschrapt), o.label) for o in lid.kinderen if o.nieuw is not None])
             for lid in artikel.leden if lid.nieuw is not None]
    return ref.Artikel(artikel.label, artikel.titel, leden, reporter(None, geschrapt))


def reporter(item: Item | None, geschrapt: list[tuple[Loaded, Gewijzigd]]) -> ref.Report:
    """A reference that no longer resolves (its article or lid was removed), reported at the change
    that removed it, or at the amendement whose new text holds it."""

    def report(message: str, hint: str) -> Issue:
        if item is not None and item.wijziger is not None and item.auteur is not None:
            return item.wijziger.doc.issue(("wijzigingen",), f"{message} in de tekst die dit amendement geeft", hint)
        if geschrapt:
            loaded, g = geschrapt[-1]
            return loaded.doc.issue(("wijzigingen", g.index), f"{message}: deze wijziging schrapt {g.doel.naam},"
                                    " maar de verordening verwijst er nog naar",
                                    "laat het amendement ook die verwijzing wijzigen of schrappen")
        return Issue("", message=message, hint=hint)

    return report
def rebase(loaded: Loaded, g: Gewijzigd, current: str, item: Item) -> Gewijzigd | Issue:
    """The change redone on a text an earlier amendement already changed elsewhere."""
    earlier = item.wijziger
    naam = f"amendement {earlier.model.nummer or earlier.model.titel} ({display_path(earlier.path)})" if earlier else "een eerder amendement"
    phrase = g.change.zinsdeel
    if not phrase or phrase not in current:
        return loaded.doc.issue(("wijzigingen", g.index, "zinsdeel" if phrase else "vervangen_door"),
                                f"de tekst die deze wijziging aanwijst staat niet meer in {g.doel.naam}: {naam},"
                                " eerder in de stemmingsvolgorde aangenomen, heeft die al gewijzigd",
                                f"{g.doel.naam} luidt nu: ‘{current}’ — laat het amendement die tekst aanwijzen,"
                                " of controleer 'stemmingsvolgorde:' en 'status:'")
    start = current.find(phrase)
    doel = Doel(g.doel.key, g.doel.naam, current, g.doel.soort, (start, start + len(phrase)))
    return change_of(g.index, g.change, doel)
