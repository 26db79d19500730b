"""Motie → template context: the aanhef, considerans, dictum, indieners, footnotes, status."""

from __future__ import annotations

from typing import Any

from generator import nl
from generator.loading.project import Loaded, Project
from generator.organen.forms import Orgaan
from generator.organen.resolve import resolve
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.motie.model import DEFAULT_KOP, Motie
from generator.word.fragments import Footnotes
from generator.word.render import Properties


def prepare(project: Project, loaded: Loaded) -> Prepared:
    motie: Motie = loaded.model
    orgaan, profile = resolve(project, loaded, motie.orgaan_id or "", motie.vergadering)
    return in_huisstijl(project, loaded, profile, context=context(motie, orgaan),
                        properties=properties(motie, orgaan))


def context(motie: Motie, orgaan: Orgaan) -> dict[str, Any]:
    notes = Footnotes(dict(motie.voetnoten))
    kamer = orgaan.kind == "kamer"
    kenmerken = (motie.nummer and kamer and f"Kamerstuk {motie.nummer}", motie.ris,
                 motie.agendapunt and f"agendapunt {motie.agendapunt}")
    return {
        "gemeente": {"naam": orgaan.name},
        "orgaan": {"naam": orgaan.name, "soort": orgaan.kind, "vergadering": orgaan.assembly},
        "kop_orgaan": orgaan.header,
        "nummer": "" if kamer else motie.nummer or "",
        "titel": motie.titel,
        "kop": kamer_titel(motie) if kamer else "MOTIE" + (f" {motie.nummer}" if motie.nummer else ""),
        "voet": voet(motie, orgaan),
        "kenmerken": " · ".join(k for k in kenmerken if k),
        "vreemd_aan_de_orde": motie.vreemd_aan_de_orde,
        "aanhef": aanhef(motie, orgaan),
        "considerans": blocks(motie, ("constateringen", "overwegingen"), notes, orgaan),
        "dictum": blocks(motie, ("verzoeken",), notes, orgaan),
        "slot": motie.slot or orgaan.slot,
        "toelichting": list(motie.toelichting),
        "indieners": [{"naam": i.naam, "fractie": i.fractie or ""} for i in motie.indieners],
        "uitslag": uitslag(motie),
        "voetnoten": notes.context(),
        "datum": nl.datum(motie.vergadering),
    }


def voet(motie: Motie, orgaan: Orgaan) -> str:
    """The footer: "Motie <titel>" for the raad (as the seeds), with the assembly named elsewhere."""
    if orgaan.kind == "kamer":
        return f"{kamer_titel(motie)} · {orgaan.header}"
    if orgaan.kind == "gemeente":
        return f"Motie {motie.titel}"
    return f"Motie {motie.titel} · {orgaan.header}"


def kamer_titel(motie: Motie) -> str:
    """"Motie van het lid Thieme c.s." (the first indiener; c.s. when others signed too)."""
    if not motie.indieners:
        return "Motie"
    first = motie.indieners[0].naam
    return f"Motie van het lid {first}" + (" c.s." if len(motie.indieners) > 1 else "")


def aanhef(motie: Motie, orgaan: Orgaan) -> str:
    """"De raad van de gemeente Zwolle, in vergadering bijeen op maandag 8 juli 2019, …"."""
    if motie.aanhef_tekst:
        return motie.aanhef_tekst
    text = orgaan.opening(nl.datum(motie.vergadering))
    if motie.voorstel:
        text += f", ter bespreking van {motie.voorstel.titel}"
        if motie.voorstel.ris:
            text += f" ({motie.voorstel.ris})"
    return text + ","


def blocks(motie: Motie, keys: tuple[str, ...], notes: Footnotes, orgaan: Orgaan) -> list[dict[str, Any]]:
    defaults = {**DEFAULT_KOP, "verzoeken": orgaan.verzoekt}
    result = []
    for key in keys:
        for blok in getattr(motie, key):
            result.append({"kop": blok.kop or defaults[key], "punten": [notes.point(p) for p in blok.punten]})
    return result


def uitslag(motie: Motie) -> str:
    """"Aangenomen op maandag 8 juli 2019. Voor: GroenLinks en D66. Tegen: VVD."; empty if ingediend."""
    if motie.status == "ingediend":
        return ""
    text = motie.status.capitalize()
    if motie.status_datum:
        text += f" op {nl.datum(motie.status_datum)}"
    text += "."
    stemming = motie.stemming
    if stemming:
        if stemming.uitslag:
            text += f" Uitslag: {stemming.uitslag}."
        if stemming.voor:
            text += f" Voor: {nl.opsomming(list(stemming.voor))}."
        if stemming.tegen:
            text += f" Tegen: {nl.opsomming(list(stemming.tegen))}."
    return text


def properties(motie: Motie, orgaan: Orgaan) -> Properties:
    title = f"Motie {motie.nummer + ' ' if motie.nummer else ''}{motie.titel}"
    author = f"Gemeente {orgaan.name}" if orgaan.kind == "gemeente" else orgaan.header
    return Properties(title=title, author=author, subject="Motie",
                      created=motie.vergadering, keywords=f"motie; {motie.status}")
