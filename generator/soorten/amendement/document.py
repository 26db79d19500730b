"""Amendement → template context: each change with the current text quoted from the target's data.

"Beslispunt 2 luidt: ‘…’" / "wordt: ‘…’": both texts are made here from the voorstel's own data
(or, for a subamendement, from the amendement's), so changing a beslispunt in the voorstel changes
the quote in every amendement on it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import nl
from generator.errors import Issue, ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.organen.forms import Orgaan
from generator.organen.resolve import for_document
from generator.soorten.amendement.model import Amendement, ExterneWijziging, Wijziging
from generator.soorten.amendement.targets import Doel, adopting, locate, with_zinsdeel
from generator.soorten.beleidsplan.begroting import AmountError, format_amount, parse_amount
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.motie.document import uitslag
from generator.soorten.raadsvoorstel.document import Ontwerp, Punt, nummer_van, onderwerp_van, ontwerp
from generator.soorten.verordening import references as ref
from generator.soorten.verordening.artikelen import Assembler
from generator.soorten.verordening.renumber import copies, numbered
from generator.soorten.verordening.renumber import tekst as artikel_tekst
from generator.word.render import Properties


@dataclass
class Gewijzigd:
    """One change resolved: its target, the text before and after (None: the text goes)."""

    index: int
    change: Wijziging
    doel: Doel
    oud: str
    nieuw: str | None
    nieuw_element: bool = False
    """True when the change adds a beslispunt, artikel, lid or onderdeel after or before the target."""
    artikel: ref.Artikel | None = None
    """An article the change adds, its references still `[[label]]` (the besluit renumbers them)."""
    getoond: str | None = None
    """`nieuw` with its `[[label]]` references written out, as the amendement shows it."""
    getoond_deel: str | None = None
    """The same for the words of a phrase change."""


@dataclass
class Resolved:
    loaded: Loaded
    target: Loaded | None
    """The voorstel (or, for a subamendement, the amendement) file."""
    voorstel: Loaded | None
    changes: list[Gewijzigd]
    inputs: list[Path]


def data_file(project: Project, loaded: Loaded, key: str, soorten: tuple[str, ...]) -> Loaded:
    name = getattr(loaded.model, key)
    folder = "raadsvoorstellen" if key == "voorstel" else "amendementen"
    if key == "voorstel" and name.startswith("verordeningen/"):
        folder = "verordeningen"
    candidates = [project.reference(loaded, (key,), base / name) for base in (project.data_dir, loaded.path.parent)]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        known = sorted(display_path(p, project.data_dir) for p in (project.data_dir / folder).glob("*.yaml"))
        guess = difflib.get_close_matches(name, known, n=1)
        hint = f"bedoelt u '{guess[0]}'?" if guess else f"geef het pad vanaf data/, bijvoorbeeld {folder}/<naam>.yaml"
        raise ValidationFailed([loaded.doc.issue((key,), f"bestand '{name}' bestaat niet", hint)])
    found = project.load(path)
    if found.model.soort not in soorten:
        raise ValidationFailed([loaded.doc.issue((key,), f"'{name}' is geen {' of '.join(soorten)} (soort: {found.model.soort})",
                                                 f"wijs een bestand met 'soort: {soorten[0]}' aan")])
    return found


def resolve(project: Project, loaded: Loaded) -> Resolved:
    amendement: Amendement = loaded.model
    if amendement.extern is not None:
        return Resolved(loaded, None, None, [], [])
    if amendement.amendement:
        parent = data_file(project, loaded, "amendement", ("amendement",))
        outer = resolve(project, parent)
        check_gemeente(loaded, outer.voorstel)
        changes = [sub_change(loaded, i, c, outer) for i, c in enumerate(amendement.wijzigingen)]
        return Resolved(loaded, parent, outer.voorstel, changes, [parent.path, *outer.inputs])
    voorstel = data_file(project, loaded, "voorstel", ("raadsvoorstel", "verordening"))
    check_gemeente(loaded, voorstel)
    besluit = ontwerp(project, voorstel)
    changes = [resolved_change(loaded, i, c, besluit) for i, c in enumerate(amendement.wijzigingen)]
    return Resolved(loaded, voorstel, voorstel, changes, [voorstel.path, *besluit.inputs])


def check_gemeente(loaded: Loaded, voorstel: Loaded | None) -> None:
    own = loaded.model.gemeente
    if voorstel is None or own is None or own == voorstel.model.gemeente:
        return
    key = "amendement" if loaded.model.amendement else "voorstel"
    raise ValidationFailed([loaded.doc.issue(
        ("gemeente",), f"het amendement is van '{own}', het voorstel ({display_path(voorstel.path)}) van"
        f" '{voorstel.model.gemeente}'", f"een amendement wijzigt alleen een voorstel aan het eigen orgaan: wijs met"
        f" '{key}:' een voorstel van '{own}' aan, of zet 'orgaan: {voorstel.model.gemeente}'")])


def change_of(index: int, change: Wijziging, doel: Doel) -> Gewijzigd:
    """The text after the change: a phrase replaced, removed or with words added; or the whole."""
    start, end = doel.span
    tekst = doel.tekst
    nieuw = change.nieuw
    if change.zinsdeel:
        if change.actie == "vervangen_door":
            result: str | None = tekst[:start] + nieuw + tekst[end:]
        elif change.actie == "schrappen":
            result = " ".join((tekst[:start].rstrip() + " " + tekst[end:].lstrip()).split()) or None
        elif change.actie == "toevoegen_na":
            result = tekst[:end] + " " + nieuw + tekst[end:]
        else:
            result = tekst[:start] + nieuw + " " + tekst[start:]
        return Gewijzigd(index, change, doel, tekst, result)
    if change.actie == "vervangen_door":
        return Gewijzigd(index, change, doel, tekst, nieuw)
    if change.actie == "schrappen":
        return Gewijzigd(index, change, doel, tekst, None)
    at = len(tekst) if change.actie == "toevoegen_na" else 0
    moved = Doel(doel.key, doel.naam, tekst, doel.soort, (at, at))
    return Gewijzigd(index, change, moved, tekst, nieuw, nieuw_element=True)


def resolved_change(loaded: Loaded, index: int, change: Wijziging, besluit: Ontwerp) -> Gewijzigd:
    doel = locate(loaded, index, change, besluit)
    if change.regel:
        return new_amount(loaded, index, change, doel)
    if change.nieuw_artikel is None:
        return with_references(loaded, change_of(index, change, doel), besluit)
    return new_article(loaded, index, change, doel, adopting(loaded, ("wijzigingen", index), change, besluit))


def with_references(loaded: Loaded, g: Gewijzigd, besluit: Ontwerp) -> Gewijzigd:
    """New text for a lid or onderdeel may refer by label (`[[onderzoek.uitgangspunt]]`): the
    amendement shows it written out; the besluit writes it again after renumbering."""
    if g.doel.key[0] not in ("lid", "onderdeel") or "[[" not in (g.nieuw or "") + g.change.nieuw:
        return g
    punt = adopting(loaded, ("wijzigingen", g.index), g.change, besluit)
    targets = ref.register(punt.ruw)
    within = next(a.nummer for a in punt.ruw if a.label == g.doel.key[1])
    issues: list[Issue] = []

    def report(message: str, hint: str) -> Issue:
        return loaded.doc.issue(("wijzigingen", g.index, g.change.actie), message, hint)

    g.getoond = ref.resolve(g.nieuw or "", targets, report, within, issues)
    g.getoond_deel = ref.resolve(g.change.nieuw, targets, report, within, issues)
    if issues:
        raise ValidationFailed(list(dict.fromkeys(issues)))
    return g


def new_amount(loaded: Loaded, index: int, change: Wijziging, doel: Doel) -> Gewijzigd:
    """"Het bedrag bij ‘…’ luidt: € 500.000 en wordt: € 650.000", in the table's own notation."""
    try:
        amount = parse_amount(change.nieuw)
    except AmountError as exc:
        message, _, hint = str(exc).partition(" — ")
        raise ValidationFailed([loaded.doc.issue(("wijzigingen", index, "vervangen_door"), message, hint)]) from None
    return Gewijzigd(index, change, doel, doel.tekst, f"€ {format_amount(amount)}")


def new_article(loaded: Loaded, index: int, change: Wijziging, doel: Doel, punt: Punt) -> Gewijzigd:
    """"Na artikel 3 wordt een artikel ingevoegd, luidende: ‘Artikel 4. …’", numbered as it will be."""
    assert punt.verordening is not None and change.nieuw_artikel is not None
    loc = ("wijzigingen", index, change.actie)
    assembler = Assembler(loaded.doc, punt.model, dict(punt.verordening.model.keuzes))
    raw = assembler.artikel(change.nieuw_artikel, loc)
    assembler.raise_issues()
    assert raw is not None
    labels = [a.label for a in punt.ruw]
    if raw.label in labels:
        raise ValidationFailed([loaded.doc.issue((*loc, "label"), f"de verordening heeft al een artikel met het label '{raw.label}'",
                                                 "geef het nieuwe artikel een eigen 'label:'")])
    order = copies(punt.ruw)
    new = copies([raw])[0]
    order.insert(labels.index(doel.key[1]) + (1 if change.actie == "toevoegen_na" else 0), new)
    targets, issues = numbered(order), list[Issue]()
    text = artikel_tekst(new, lambda t, r: ref.resolve(t, targets, r, new.nummer, issues))
    if issues:
        raise ValidationFailed(issues)
    g = change_of(index, change, doel)
    g.nieuw, g.artikel = text, raw
    return g


def sub_change(loaded: Loaded, index: int, change: Wijziging, outer: Resolved) -> Gewijzigd:
    extern = outer.loaded.model.extern  # an amendement on a voorstel outside data/ has one change: its `wordt`
    texts = extern.nieuwe_teksten if extern is not None else [c.nieuw or "" for c in outer.changes]
    numbers = len(texts)
    if change.wijziging is None or not 1 <= change.wijziging <= numbers:
        raise ValidationFailed([loaded.doc.issue(
            ("wijzigingen", index, "wijziging" if change.wijziging is not None else "zinsdeel"),
            f"het amendement heeft geen wijziging {change.wijziging or '(geen nummer)'}",
            f"geef 'wijziging:' een nummer van 1 tot en met {numbers}")])
    tekst = texts[change.wijziging - 1]
    nummer = outer.loaded.model.nummer
    naam = f"de nieuwe tekst van wijziging {change.wijziging} van amendement{' ' + nummer if nummer else ''}"
    doel = with_zinsdeel(loaded, ("wijzigingen", index), change,
                         Doel(("amendement", str(outer.loaded.path), change.wijziging), naam, tekst, "tekst", (0, len(tekst))))
    return change_of(index, change, doel)


def opdracht(g: Gewijzigd) -> dict[str, str]:
    """The instruction and its two quotes, as raden write them."""
    change = g.change
    nieuw, deel = g.getoond or g.nieuw, g.getoond_deel or change.nieuw
    naam = g.doel.naam + ("," if "," in g.doel.naam else "")
    titel = naam[0].upper() + naam[1:]
    if g.nieuw_element:
        waar = "Na" if change.actie == "toevoegen_na" else "Vóór"
        return {"opdracht": f"{waar} {naam} wordt een {g.doel.soort} ingevoegd, luidende:", "oud_kop": "", "oud": "",
                "nieuw_kop": "", "nieuw": nieuw or ""}
    if g.nieuw is None:
        return {"opdracht": f"{titel} vervalt.", "oud_kop": f"{titel} luidt:", "oud": g.oud, "nieuw_kop": "", "nieuw": ""}
    text = f"{titel} wordt gewijzigd."
    if change.zinsdeel and change.actie == "vervangen_door":
        text = f"In {naam} wordt ‘{change.zinsdeel}’ vervangen door ‘{deel}’."
    elif change.zinsdeel and change.actie == "schrappen":
        text = f"In {naam} vervalt ‘{change.zinsdeel}’."
    elif change.zinsdeel:
        waar = "na" if change.actie == "toevoegen_na" else "vóór"
        text = f"In {naam} wordt {waar} ‘{change.zinsdeel}’ ingevoegd: ‘{deel}’."
    return {"opdracht": text, "oud_kop": f"{titel} luidt:", "oud": g.oud, "nieuw_kop": "en wordt:", "nieuw": nieuw or ""}


def prepare(project: Project, loaded: Loaded) -> Prepared:
    from generator.soorten.vergadering.status import toegepast

    loaded, decided = toegepast(project, loaded)  # status, vote, date and order of voting from the vergadering
    amendement: Amendement = loaded.model
    resolved = resolve(project, loaded)
    orgaan_id = amendement.gemeente or (resolved.voorstel.model.gemeente if resolved.voorstel else "")
    orgaan, profile = for_document(project, loaded, orgaan_id, amendement.vergadering,
                                   key="amendement" if amendement.amendement else "voorstel")
    return in_huisstijl(project, loaded, profile, context=context(resolved, orgaan),
                        properties=properties(amendement, orgaan), refers_to=[*resolved.inputs, *decided])


def wijzigingen(resolved: Resolved, orgaan: Orgaan) -> list[dict[str, str]]:
    extern = resolved.loaded.model.extern
    if extern is not None and extern.wijzigingen:
        return [extern_opdracht(w) for w in extern.wijzigingen]
    if extern is not None:
        what = extern.voorstel if orgaan.kind == "kamer" else f"Het ontwerpbesluit bij {extern.voorstel}"
        return [{"opdracht": f"{what[:1].upper()}{what[1:]} wordt als volgt gewijzigd.",
                 "oud_kop": "Oorspronkelijk:" if extern.oorspronkelijk else "", "oud": extern.oorspronkelijk or "",
                 "nieuw_kop": "Wordt:" if extern.wordt else "", "nieuw": extern.wordt or ""}]
    return [opdracht(g) for g in resolved.changes]


def extern_opdracht(w: ExterneWijziging) -> dict[str, str]:
    """One change of an imported amendement, in the words it was stated in: target, action, texts."""
    doel = w.doel[:1].upper() + w.doel[1:]
    opdracht = w.opdracht or {"vervangen": f"{doel} wordt gewijzigd.", "toevoegen": f"{doel}: wordt toegevoegd.",
                              "schrappen": f"{doel} vervalt."}[w.actie]
    nieuw = "" if w.opdracht and w.wordt and w.wordt in w.opdracht else w.wordt or ""  # said in the instruction itself
    oud = "" if w.opdracht and w.oorspronkelijk and w.oorspronkelijk in w.opdracht else w.oorspronkelijk or ""
    return {"opdracht": f"{w.nummer} {opdracht}" if w.nummer else opdracht, "oud_kop": "Oorspronkelijk:" if oud else "",
            "oud": oud, "nieuw_kop": "Wordt:" if nieuw else "", "nieuw": nieuw}


def besluit(resolved: Resolved, orgaan: Orgaan) -> str:
    """"besluit het ontwerpbesluit als volgt te wijzigen:" ("besluiten" for Provinciale Staten); a Kamer's
    amendement says what it changes in its first change instead."""
    if orgaan.kind == "kamer":
        return ""
    verb = orgaan.word("besluit")
    if resolved.loaded.model.soort == "subamendement" and resolved.target is not None:
        nummer = resolved.target.model.nummer
        return f"{verb} amendement {nummer + ' ' if nummer else ''}‘{resolved.target.model.titel}’ als volgt te wijzigen:"
    if resolved.voorstel is not None and resolved.voorstel.model.soort == "verordening":
        return f"{verb} de {resolved.voorstel.model.titel} als volgt te wijzigen:"
    return f"{verb} het ontwerpbesluit als volgt te wijzigen:"


def aanhef(amendement: Amendement, onderwerp: str, orgaan: Orgaan) -> str:
    """"De raad van de gemeente Zwolle, in vergadering bijeen op …, ter bespreking van het voorstel …,"; a Kamer's
    amendement: "De ondergetekende stelt het volgende amendement voor:" (samples.md, kst-27081-13)."""
    if amendement.aanhef:
        return amendement.aanhef
    if orgaan.kind == "kamer":
        one = len(amendement.indieners) <= 1
        return f"De ondergetekende{'' if one else 'n'} {'stelt' if one else 'stellen'} het volgende {amendement.soort} voor:"
    return f"{orgaan.opening(nl.datum(amendement.vergadering))}, ter bespreking van het voorstel {onderwerp},"


def context(resolved: Resolved, orgaan: Orgaan) -> dict[str, Any]:
    amendement: Amendement = resolved.loaded.model
    voorstel = resolved.voorstel
    onderwerp = onderwerp_van(voorstel) if voorstel else (amendement.extern.voorstel if amendement.extern else "")
    if voorstel and voorstel.model.soort == "verordening":
        onderwerp = f"tot vaststelling van de {onderwerp}"
    kenmerken = [k for k in (amendement.agendapunt and f"agendapunt {amendement.agendapunt}",
                             voorstel and nummer_van(voorstel) and f"{orgaan.word('voorstel_naam').lower()} {nummer_van(voorstel)}",
                             amendement.stemmingsvolgorde and f"stemmingsvolgorde {amendement.stemmingsvolgorde}") if k]
    return {
        "orgaan": orgaan.context(),
        "kop_orgaan": orgaan.header,
        "kop": amendement.soort.upper(),
        "nummer": amendement.nummer or "",
        "titel": amendement.titel,
        "kenmerken": " · ".join(kenmerken),
        "aanhef": aanhef(amendement, onderwerp, orgaan),
        "considerans": [regel for blok in [*amendement.constateringen, *amendement.overwegingen]
                        for regel in (blok.kop, *blok.punten)],
        "besluit": besluit(resolved, orgaan),
        "wijzigingen": wijzigingen(resolved, orgaan),
        "dekking": amendement.dekking or "",
        "toelichting": list(amendement.toelichting),
        "indieners": [{"naam": i.naam, "fractie": i.fractie or ""} for i in amendement.indieners],
        "uitslag": uitslag(amendement),  # type: ignore[arg-type]
    }


def properties(amendement: Amendement, orgaan: Orgaan) -> Properties:
    title = f"{amendement.soort.capitalize()} {amendement.nummer + ' ' if amendement.nummer else ''}{amendement.titel}"
    return Properties(title=title, author=orgaan.letterhead, subject=amendement.soort.capitalize(),
                      created=amendement.vergadering, keywords=f"{amendement.soort}; {amendement.status}")
