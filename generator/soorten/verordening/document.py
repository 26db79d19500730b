"""Verordening → template context: aanhef, numbered articles, ondertekening, toelichting."""

from __future__ import annotations

from typing import Any

from generator import nl
from generator.loading.project import Loaded, Project
from generator.organen.forms import Orgaan
from generator.organen.resolve import for_document
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.gemeente.model import Gemeente, Signatures, Signer, ondertekening
from generator.soorten.verordening import references as ref
from generator.soorten.verordening.artikelen import Assembler, alinea, load_model, model_inputs, resolve_article
from generator.soorten.verordening.model import Raadsbesluit, Verordening
from generator.word.render import Properties


def prepare(project: Project, loaded: Loaded) -> Prepared:
    verordening: Verordening = loaded.model
    orgaan, profile = for_document(project, loaded, verordening.gemeente, verordening.vastgesteld)
    model = load_model(project, loaded)
    gemeente = profile.model if profile is not None else None
    return in_huisstijl(project, loaded, profile, context=context(loaded, model, orgaan, gemeente),
                        properties=properties(verordening, orgaan), refers_to=model_inputs(model))


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


def context(loaded: Loaded, model: Loaded | None, orgaan: Orgaan, gemeente: Gemeente | None) -> dict[str, Any]:
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
        "orgaan": orgaan.context(),
        "titel": verordening.titel,
        "ondertitel": verordening.ondertitel or "",
        "aanhef": aanhef(verordening, model, orgaan, "vast te stellen de volgende verordening:"),
        "artikelen": [article_context(a) for a in found],
        **slot(verordening, orgaan, gemeente),
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


def aanhef(raad: Raadsbesluit, model: Loaded | None, orgaan: Orgaan, besluit: str) -> dict[str, str]:
    """"De raad van de gemeente Zwolle;" "gelet op …;" "besluit vast te stellen …" ("Provinciale Staten van
    Gelderland;" … "besluiten vast te stellen …")."""
    gelet_op = raad.gelet_op or (model.model.gelet_op if model is not None else None) or orgaan.word("gelet_op_verordening")
    return {
        "raad": f"{orgaan.subject};",
        "gezien": f"gezien {raad.gezien};" if raad.gezien else "",
        "gelet_op": f"gelet op {gelet_op};",
        "besluit": f"{orgaan.word('besluit')} {besluit}",
    }


def given(raad: Raadsbesluit, rol: str) -> str | None:
    return getattr(raad, rol, None)  # type: ignore[no-any-return]


def slot(raad: Raadsbesluit, orgaan: Orgaan, gemeente: Gemeente | None) -> dict[str, Any]:
    datum = nl.datum_kort(raad.vastgesteld)
    rollen = ondertekening(orgaan, "besluit_ondertekening", gemeente, raad.vastgesteld, lambda rol: given(raad, rol))
    return {
        "vastgesteld": f"Aldus vastgesteld in de openbare vergadering van {datum}.",
        "ondertekening": rollen,
        **{rol["rol"]: rol["naam"] for rol in rollen},
    }


def signers(raad: Raadsbesluit, orgaan: Orgaan) -> Signatures:
    """What `check --streng` looks at: the date of adoption and the names under the besluit."""
    return Signatures(raad.vastgesteld, ("vastgesteld",), [
        Signer(role.rol, role.label, given(raad, role.rol), (role.rol,)) for role in orgaan.roles("besluit_ondertekening")])


def properties(raad: Raadsbesluit, orgaan: Orgaan) -> Properties:
    return Properties(title=raad.titel, author=orgaan.letterhead, subject=type(raad).__name__,
                      created=raad.vastgesteld, keywords=raad.soort)  # type: ignore[attr-defined]
