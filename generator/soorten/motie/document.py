"""Motie → template context: the aanhef, considerans, dictum, indieners, footnotes, status."""

from __future__ import annotations

from typing import Any

from generator import nl
from generator.loading.project import Loaded, Project
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.gemeente.model import Gemeente
from generator.soorten.motie.model import DEFAULT_KOP, Motie
from generator.word.fragments import Footnotes
from generator.word.render import Properties


def prepare(project: Project, loaded: Loaded) -> Prepared:
    motie: Motie = loaded.model
    gemeente = project.gemeente(motie.gemeente, loaded.doc)
    return in_huisstijl(project, loaded, gemeente, context=context(motie, gemeente.model),
                        properties=properties(motie, gemeente.model))


def context(motie: Motie, gemeente: Gemeente) -> dict[str, Any]:
    notes = Footnotes(dict(motie.voetnoten))
    return {
        "gemeente": {"naam": gemeente.naam},
        "kop_orgaan": f"Gemeenteraad {gemeente.naam}",
        "nummer": motie.nummer or "",
        "titel": motie.titel,
        "kenmerken": " · ".join(k for k in (motie.ris, motie.agendapunt and f"agendapunt {motie.agendapunt}") if k),
        "vreemd_aan_de_orde": motie.vreemd_aan_de_orde,
        "aanhef": aanhef(motie, gemeente),
        "considerans": blocks(motie, ("constateringen", "overwegingen"), notes),
        "dictum": blocks(motie, ("verzoeken",), notes),
        "slot": motie.slot,
        "toelichting": list(motie.toelichting),
        "indieners": [{"naam": i.naam, "fractie": i.fractie or ""} for i in motie.indieners],
        "uitslag": uitslag(motie),
        "voetnoten": notes.context(),
        "datum": nl.datum(motie.vergadering),
    }


def aanhef(motie: Motie, gemeente: Gemeente) -> str:
    """"De raad van de gemeente Zwolle, in vergadering bijeen op maandag 8 juli 2019, …"."""
    if motie.orgaan:
        return motie.orgaan
    text = f"{gemeente.raad}, in vergadering bijeen op {nl.datum(motie.vergadering)}"
    if motie.voorstel:
        text += f", ter bespreking van {motie.voorstel.titel}"
        if motie.voorstel.ris:
            text += f" ({motie.voorstel.ris})"
    return text + ","


def blocks(motie: Motie, keys: tuple[str, ...], notes: Footnotes) -> list[dict[str, Any]]:
    result = []
    for key in keys:
        for blok in getattr(motie, key):
            result.append({"kop": blok.kop or DEFAULT_KOP[key], "punten": [notes.point(p) for p in blok.punten]})
    return result


def uitslag(motie: Motie) -> str:
    """"Aangenomen op maandag 8 juli 2019 met algemene stemmen. Voor: GroenLinks en D66. Tegen: VVD.";
    empty if ingediend. A stated uitslag that repeats the status ("aangenomen met …") is folded in, so the
    line does not say "aangenomen" twice."""
    if motie.status == "ingediend":
        return ""
    text = motie.status.capitalize()
    if motie.status_datum:
        text += f" op {nl.datum(motie.status_datum)}"
    stemming = motie.stemming
    result = (stemming.uitslag or "") if stemming else ""
    if result.casefold().startswith(motie.status):
        rest = result[len(motie.status):].strip(" ,.")
        text += f" {rest}" if rest else ""
        result = ""
    text += "."
    if result:
        text += f" Uitslag: {result}."
    if stemming and stemming.voor:
        text += f" Voor: {nl.opsomming(list(stemming.voor))}."
    if stemming and stemming.tegen:
        text += f" Tegen: {nl.opsomming(list(stemming.tegen))}."
    return text


def properties(motie: Motie, gemeente: Gemeente) -> Properties:
    title = f"Motie {motie.nummer + ' ' if motie.nummer else ''}{motie.titel}"
    return Properties(title=title, author=f"Gemeente {gemeente.naam}", subject="Motie",
                      created=motie.vergadering, keywords=f"motie; {motie.status}")
