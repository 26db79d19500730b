"""Verordening → template context: aanhef, numbered articles, ondertekening, toelichting."""

from __future__ import annotations

from typing import Any

from generator import nl
from generator.loading.project import Loaded, Project
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.gemeente.model import Gemeente, ondertekenaar
from generator.soorten.verordening import references as ref
from generator.soorten.verordening.artikelen import Assembler, alinea, load_model, model_inputs, resolve_article
from generator.soorten.verordening.model import Raadsbesluit, Verordening
from generator.word.render import Properties


def prepare(project: Project, loaded: Loaded) -> Prepared:
    verordening: Verordening = loaded.model
    gemeente = project.gemeente(verordening.gemeente, loaded.doc)
    model = load_model(project, loaded)
    return in_huisstijl(project, loaded, gemeente, context=context(loaded, model, gemeente.model),
                        properties=properties(verordening, gemeente.model), refers_to=model_inputs(model))


def articles(loaded: Loaded, model: Loaded | None) -> tuple[list[ref.Artikel], Assembler]:
    """The verordening's articles, numbered, with every reference written out."""
    found, assembler = unresolved(loaded, model)
    targets = ref.register(found)
    for artikel in found:
        resolve_article(artikel, targets, assembler.issues)
    assembler.raise_issues()
    return found, assembler


def unresolved(loaded: Loaded, model: Loaded | None) -> tuple[list[ref.Artikel], Assembler]:
    """The articles numbered, their references still `[[label]]`: what a renumbering starts from."""
    assembler = Assembler.of(loaded, model)
    built = [assembler.artikel(a, ("artikelen", i)) for i, a in enumerate(loaded.model.artikelen)]
    found = [a for a in built if a is not None]
    double = _double_labels(found)
    if double:
        assembler.issues.append(double)
    ref.number_articles(found)
    return found, assembler


def _double_labels(found: list[ref.Artikel]) -> Any:
    seen: set[str] = set()
    for artikel in found:
        if artikel.label in seen:
            return artikel.report(f"twee artikelen hebben het label '{artikel.label}'",
                                  "geef het eigen artikel een ander 'label:'")
        seen.add(artikel.label)
    return None


def context(loaded: Loaded, model: Loaded | None, gemeente: Gemeente) -> dict[str, Any]:
    verordening: Verordening = loaded.model
    found, assembler = articles(loaded, model)
    targets = ref.register(found)
    toelichting = {
        "algemeen": [alinea(a, targets, assembler.issues) for a in assembler.general(verordening)],
        "artikelen": [{"kop": kop(a), "alineas": [alinea(x, targets, assembler.issues) for x in a.toelichting]}
                      for a in found if a.toelichting],
    }
    assembler.raise_issues()
    return {
        "titel": verordening.titel,
        "ondertitel": verordening.ondertitel or "",
        "aanhef": aanhef(verordening, gemeente, "besluit vast te stellen de volgende verordening:"),
        "artikelen": [article_context(a) for a in found],
        **slot(verordening, gemeente),
        "toelichting": toelichting,
    }


def kop(artikel: ref.Artikel) -> str:
    return f"Artikel {artikel.nummer}. {artikel.titel}"


def article_context(artikel: ref.Artikel) -> dict[str, Any]:
    leden = []
    for index, lid in enumerate(artikel.leden):
        number = ref.lid_number(artikel, index)
        onderdelen = [{"letter": f"{ref.letter(i)}.", "begrip": o.begrip or "", "tekst": o.tekst}
                      for i, o in enumerate(lid.onderdelen)]
        leden.append({"nummer": f"{number}." if number else "", "tekst": lid.tekst, "onderdelen": onderdelen})
    return {"kop": kop(artikel), "leden": leden}


def aanhef(raad: Raadsbesluit, gemeente: Gemeente, besluit: str) -> dict[str, str]:
    """"De raad van de gemeente Zwolle;" "gelet op …;" "besluit vast te stellen …"."""
    return {
        "raad": f"{gemeente.raad};",
        "gezien": f"gezien {raad.gezien};" if raad.gezien else "",
        "gelet_op": f"gelet op {raad.gelet_op};",
        "besluit": besluit,
    }


def slot(raad: Raadsbesluit, gemeente: Gemeente) -> dict[str, Any]:
    datum = nl.datum_kort(raad.vastgesteld) if raad.vastgesteld else "[datum]"
    return {
        "vastgesteld": f"Aldus vastgesteld in de openbare vergadering van {datum}.",
        "voorzitter": ondertekenaar(raad.voorzitter, gemeente, "burgemeester", raad.vastgesteld),
        "griffier": ondertekenaar(raad.griffier, gemeente, "griffier", raad.vastgesteld),
    }


def properties(raad: Raadsbesluit, gemeente: Gemeente) -> Properties:
    return Properties(title=raad.titel, author=f"Gemeente {gemeente.naam}", subject=type(raad).__name__,
                      created=raad.vastgesteld, keywords=raad.soort)  # type: ignore[attr-defined]
