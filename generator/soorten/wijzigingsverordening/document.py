"""Wijzigingsverordening → context: "Artikel I. De Verordening … wordt als volgt gewijzigd: A. Na
artikel 5 wordt een artikel ingevoegd, luidende: Artikel 5a. …", from the same model articles.

The amended verordening is not ours: its numbers are data. An inserted article after artikel 5
becomes 5a (the next one 5b); labels the inserted text refers to that already stand in the amended
verordening are given under `bestaand:` ("onderzoek.gesprek: 6.1" is artikel 6, eerste lid).
"""

from __future__ import annotations

import re
from typing import Any

from generator import nl
from generator.loading.project import Loaded, Project
from generator.organen.forms import Orgaan
from generator.organen.resolve import for_document
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.gemeente.model import Gemeente
from generator.soorten.verordening import references as ref
from generator.soorten.verordening.artikelen import Assembler, alinea, load_model, model_inputs, resolve_article
from generator.soorten.verordening.document import aanhef, article_context, properties, slot
from generator.soorten.verordening.model import INWERKINGTREDING, Wijzigingsverordening

MISSING = "staat het al in de verordening? voeg onder 'bestaand:' toe: {label}: <artikel>.<lid>"


def prepare(project: Project, loaded: Loaded) -> Prepared:
    raad: Wijzigingsverordening = loaded.model
    orgaan, profile = for_document(project, loaded, raad.gemeente, raad.vastgesteld)
    model = load_model(project, loaded)
    gemeente = profile.model if profile is not None else None
    return in_huisstijl(project, loaded, profile, context=context(loaded, model, orgaan, gemeente),
                        properties=properties(raad, orgaan), refers_to=model_inputs(model))


class Changes:
    """Collects the wijzigingen (A., B., …), the targets they create, and their toelichting."""

    def __init__(self, assembler: Assembler, raad: Wijzigingsverordening) -> None:
        self.assembler, self.raad = assembler, raad
        self.targets = existing(assembler, raad)
        self.items: list[tuple[str, list[ref.Artikel], str, int | None]] = []
        self.toelichting: list[tuple[str, list[Any]]] = []
        self.last: dict[str, str] = {}

    def insert_article(self, change: Any, loc: tuple[Any, ...]) -> None:
        artikel = self.assembler.artikel(change.artikel, (*loc, "artikel"))
        if artikel is None:
            return
        after = self.last.get(change.na, change.na)
        artikel.nummer = next_number(change.na, after)
        self.last[change.na] = artikel.nummer
        self.targets.update(ref.register([artikel]))
        self.add(f"Na artikel {after} wordt een artikel ingevoegd, luidende:", [artikel], artikel.toelichting,
                 f"artikel {artikel.nummer}")

    def add_lid(self, change: Any, loc: tuple[Any, ...]) -> None:
        lid, label = self.lid_of(change, loc)
        if lid is None:
            return
        artikel = ref.Artikel(label or "", "", [lid], self.assembler.local(loc), nummer=change.artikel)
        if label and lid.label:
            self.targets[f"{label}.{lid.label}"] = ref.Target(change.artikel, change.nummer)
        toelichting = [(a, self.assembler.local((*loc, "toelichting", i))) for i, a in enumerate(change.toelichting)]
        self.add(f"Aan artikel {change.artikel} wordt een lid toegevoegd, luidende:", [artikel], toelichting,
                 f"artikel {change.artikel}, {nl.rangtelwoord(change.nummer)} lid", change.nummer)

    def lid_of(self, change: Any, loc: tuple[Any, ...]) -> tuple[ref.Lid | None, str | None]:
        if change.lid is not None:
            return self.assembler.local_lid((*loc, "lid"), change.lid), None
        artikel_label, _, lid_label = change.uit_model.partition(".")
        found = self.assembler.model_article(artikel_label, (*loc, "uit_model"))
        if found is None:
            return None, None
        index, source = found
        labels = [lid.label for lid in source.leden]
        if lid_label not in labels:
            known = ", ".join(f"{artikel_label}.{x}" for x in labels if x)
            self.assembler.issues.append(self.assembler.doc.issue(
                (*loc, "uit_model"), f"artikel '{artikel_label}' in het model heeft geen lid '{lid_label}'",
                f"kies uit: {known}"))
            return None, None
        number = labels.index(lid_label)
        return self.assembler.model_lid(index, number, source.leden[number], (*loc, "uit_model")), artikel_label

    def insert_definitions(self, change: Any, loc: tuple[Any, ...]) -> None:
        found = self.assembler.model_article(change.uit_model, (*loc, "uit_model"))
        if found is None:
            return
        index, source = found
        available = {o.label: (j, o) for j, lid in enumerate(source.leden) for o in lid.onderdelen if o.begrip and o.label}
        onderdelen = []
        for i, name in enumerate(change.begrippen):
            if name not in available:
                self.assembler.issues.append(self.assembler.doc.issue(
                    (*loc, "begrippen", i), f"het model kent geen begrip '{name}'", f"kies uit: {', '.join(available)}"))
                continue
            number, onderdeel = available[name]
            lid = self.assembler.model_lid(index, number, source.leden[number], (*loc, "uit_model"))
            onderdelen += [o for o in lid.onderdelen if o.label == name]
        for onderdeel in onderdelen:  # type: ignore[assignment]
            onderdeel.tekst = re.sub(r"[;.]\s*$", "", onderdeel.tekst) + ";"  # type: ignore[misc]
        onderdelen.sort(key=lambda o: (o.begrip or "").lower())
        artikel = ref.Artikel(change.uit_model, "", [ref.Lid("", self.assembler.local(loc), None, onderdelen)],
                              self.assembler.local(loc), nummer=change.artikel)
        several = len(onderdelen) > 1
        text = (f"In artikel {change.artikel} {'worden' if several else 'wordt'}, in alfabetische volgorde, de volgende"
                f" begripsomschrijving{'en' if several else ''} ingevoegd, luidende:")
        toelichting = [(a, self.assembler.local((*loc, "toelichting", i))) for i, a in enumerate(change.toelichting)]
        self.add(text, [artikel], toelichting, f"artikel {change.artikel}")

    def add(self, opdracht: str, artikelen: list[ref.Artikel], toelichting: list[Any], waar: str,
            lid: int | None = None) -> None:
        letter = ref.letter(len(self.items)).upper()
        self.items.append((opdracht, artikelen, letter, lid))
        if toelichting:
            self.toelichting.append((f"Artikel I, onderdeel {letter} ({waar})", toelichting))


def existing(assembler: Assembler, raad: Wijzigingsverordening) -> dict[str, ref.Target]:
    targets = {}
    for label, citation in raad.bestaand.items():
        target = ref.parse_citation(citation)
        if target is None or not ref.LABEL.fullmatch(label):
            assembler.issues.append(assembler.doc.issue(
                ("bestaand", label), f"'{label}: {citation}' is geen geldige vermelding",
                "schrijf label: artikel[.lid[.onderdeel]], bijvoorbeeld onderzoek.gesprek: 6.1"))
            continue
        targets[label] = target
    return targets


def next_number(base: str, after: str) -> str:
    """After artikel 5: 5a; after 5a: 5b."""
    suffix = after[len(base):]
    return base + ref.letter(ref_index(suffix) + 1 if suffix else 0)


def ref_index(suffix: str) -> int:
    return next(i for i in range(702) if ref.letter(i) == suffix)


def context(loaded: Loaded, model: Loaded | None, orgaan: Orgaan, gemeente: Gemeente | None) -> dict[str, Any]:
    raad: Wijzigingsverordening = loaded.model
    assembler = Assembler.of(loaded, model)
    changes = Changes(assembler, raad)
    handlers = {"artikel_invoegen": changes.insert_article, "lid_toevoegen": changes.add_lid,
                "begrippen_invoegen": changes.insert_definitions}
    for i, wijziging in enumerate(raad.wijzigingen):
        for key, handler in handlers.items():
            if getattr(wijziging, key) is not None:
                handler(getattr(wijziging, key), ("wijzigingen", i, key))
    for _, artikelen, _, _ in changes.items:
        for artikel in artikelen:
            resolve_article(artikel, changes.targets, assembler.issues, MISSING)
    toelichting = toelichting_context(assembler, changes, raad)
    assembler.raise_issues()
    return {
        "titel": raad.titel,
        "orgaan": orgaan.context(),
        "aanhef": aanhef(raad, model, orgaan, "vast te stellen de volgende verordening:"),
        "artikel_i": f"De {raad.wijzigt} wordt als volgt gewijzigd:",
        "wijzigingen": [{"letter": f"{letter}.", "opdracht": opdracht, "artikelen": [changed(a, lid) for a in artikelen]}
                        for opdracht, artikelen, letter, lid in changes.items],
        "artikel_ii": "Deze verordening treedt in werking "
                      + (f"met ingang van {nl.datum_kort(raad.inwerkingtreding)}." if raad.inwerkingtreding
                         else f"{INWERKINGTREDING}."),
        "artikel_iii": f"Deze verordening wordt aangehaald als: {raad.citeertitel}." if raad.citeertitel else "",
        **slot(raad, orgaan, gemeente),
        "toelichting": toelichting,
    }


def changed(artikel: ref.Artikel, lid_nummer: int | None) -> dict[str, Any]:
    """An inserted article in full; an added lid with its own number; inserted definitions unlettered."""
    if artikel.titel:
        return article_context(artikel)
    nummer = f"{lid_nummer}." if lid_nummer else ""
    return {"kop": "", "leden": [{"nummer": nummer, "tekst": lid.tekst, "onderdelen": [
        {"letter": "", "begrip": o.begrip or "", "tekst": o.tekst} for o in lid.onderdelen]} for lid in artikel.leden]}


def toelichting_context(assembler: Assembler, changes: Changes, raad: Wijzigingsverordening) -> dict[str, Any]:
    issues = assembler.issues
    return {
        "algemeen": [alinea(a, changes.targets, issues, MISSING) for a in assembler.general(raad)],
        "artikelen": [{"kop": kop, "alineas": [alinea(a, changes.targets, issues, MISSING) for a in items]}
                      for kop, items in changes.toelichting],
    }
