"""Motie → template context: the aanhef, considerans, dictum, indieners, footnotes, status."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator import nl
from generator.loading.project import Loaded, Project
from generator.organen.forms import Orgaan
from generator.organen.resolve import resolve
from generator.soorten.blocks import Blok
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.motie.model import DEFAULT_KOP, Motie, Regel
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
    shown = {regel.veld for regel in motie.formulier}
    kenmerken = (kamer and f"Vergaderjaar {nl.vergaderjaar(motie.vergadering)}",
                 kamer and not motie.voorstel and motie.nummer and f"Kamerstuk nr. {motie.nummer}",
                 kamer and f"Voorgesteld {nl.datum(motie.vergadering)}", "ris" not in shown and motie.ris,
                 "agendapunt" not in shown and motie.agendapunt and f"agendapunt {motie.agendapunt}")
    return {
        "gemeente": {"naam": orgaan.name},
        "orgaan": {"naam": orgaan.name, "soort": orgaan.kind, "vergadering": orgaan.assembly},
        "kop_orgaan": orgaan.header,
        "nummer": "" if kamer else motie.nummer or "",
        "titel": motie.titel,
        "kop": kamer_kop(motie) if kamer else motie_kop(motie, shown),
        "formulier": formulier(motie),
        "voet": voet(motie, orgaan),
        "kenmerken": " · ".join(k for k in kenmerken if k),
        "vreemd_aan_de_orde": motie.vreemd_aan_de_orde and kamer,
        "aanhef": aanhef(motie, orgaan),
        "considerans": blocks(motie, ("constateringen", "overwegingen"), notes, orgaan),
        "dictum": blocks(motie, ("verzoeken",), notes, orgaan),
        "slot": motie.slot or orgaan.slot,
        "toelichting": [] if motie.toelichting_onder else list(motie.toelichting),
        "toelichting_onder": list(motie.toelichting) if motie.toelichting_onder else [],
        "fractie_voor_naam": motie.fractie_voor_naam,
        "plaats_datum": f"{motie.plaats}, {nl.datum_kort(motie.vergadering)}" if motie.plaats else "",
        "indieners": [{"naam": f"{i.naam} ({i.opmerking})" if i.opmerking else i.naam, "fractie": i.fractie or ""}
                      for i in motie.indieners],
        "uitslag": uitslag(motie),
        "voetnoten": notes.context(),
        "datum": nl.datum(motie.vergadering),
    }


def motie_kop(motie: Motie, shown: set[str | None]) -> str:
    """"MOTIE nr. 12", "MOTIE M-28", or "MOTIE VREEMD AAN DE ORDE VAN DE DAG" (as raden head one); the
    number stays out when the form prints it on a line of its own."""
    kop = "MOTIE VREEMD AAN DE ORDE VAN DE DAG" if motie.vreemd_aan_de_orde else "MOTIE"
    if not motie.nummer or "nummer" in shown:
        return kop
    return f"{kop} nr. {motie.nummer}" if motie.nummer[:1].isdigit() else f"{kop} {motie.nummer}"


FORM_VALUES: dict[str, Callable[[Motie], str]] = {
    "titel": lambda m: m.titel,
    "nummer": lambda m: m.nummer or "",
    "ris": lambda m: m.ris or "",
    "agendapunt": lambda m: m.agendapunt or "",
    "voorstel": lambda m: " ".join(filter(None, (m.voorstel.ris, m.voorstel.titel))) if m.voorstel else "",
    "vergadering": lambda m: nl.datum_kort(m.vergadering),
    "indieners": lambda m: ", ".join(f"{i.naam} ({i.fractie})" if i.fractie else i.naam for i in m.indieners),
    "status": lambda m: m.status.capitalize(),
    "status_datum": lambda m: nl.datum_kort(m.status_datum) if m.status_datum else "",
}


def formulier(motie: Motie) -> list[dict[str, Any]]:
    """The source's form, line by line: "Onderwerp: <titel>" as the heading, the other lines as
    "Label:<tab>value" (a line without a label under the values before it). A form that does not name the
    title gets it as its first line."""
    if not motie.formulier:
        return []
    regels = list(motie.formulier)
    if not any(regel.veld == "titel" for regel in regels):
        regels.insert(0, Regel(veld="titel"))
    lines = []
    for regel in regels:
        value = FORM_VALUES[regel.veld](motie) if regel.veld else regel.tekst or ""
        if regel.veld == "titel":
            lines.append({"kop": True, "tekst": f"{regel.label}: {value}" if regel.label else value})
        else:
            lines.append({"kop": False, "tekst": f"{regel.label}:\t{value}" if regel.label else f"\t{value}"})
    return lines


def voet(motie: Motie, orgaan: Orgaan) -> str:
    """The footer: "Motie <titel>" for the raad (as the seeds), with the assembly named elsewhere."""
    if orgaan.kind == "kamer":
        return f"{kamer_titel(motie)} · {orgaan.header}"
    if orgaan.kind == "gemeente":
        return f"Motie {motie.titel}"
    return f"Motie {motie.titel} · {orgaan.header}"


def kamer_kop(motie: Motie) -> str:
    """A Kamerstuk opens with its dossier and number ("32 123 IV Vaststelling van …, nr. 12"), when known."""
    if not motie.voorstel:
        return kamer_titel(motie)
    dossier = f"{motie.voorstel.ris} {motie.voorstel.titel}" if motie.voorstel.ris else motie.voorstel.titel
    return dossier + (f", nr. {motie.nummer}" if motie.nummer else "")


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
    if motie.beraadslaging:
        text += f", {motie.beraadslaging}"
    if motie.voorstel and "voorstel" not in {regel.veld for regel in motie.formulier}:
        text += f", {motie.voorstel.inleiding or 'ter bespreking van'} {motie.voorstel.titel}"
        if motie.voorstel.ris:
            text += f" ({motie.voorstel.ris})"
    return text + ","


def blocks(motie: Motie, keys: tuple[str, ...], notes: Footnotes, orgaan: Orgaan) -> list[dict[str, Any]]:
    defaults = {**DEFAULT_KOP, "verzoeken": orgaan.verzoekt}
    return [{"kop": blok.kop or defaults[key], "punten": [notes.point(p) for p in blok.punten]}
            for key, blok in in_order(motie, keys)]


def in_order(motie: Motie, keys: tuple[str, ...]) -> list[tuple[str, Blok]]:
    """The blocks of `keys` as `volgorde` lists them (the source's order), the rest after them."""
    queues = {key: list(getattr(motie, key)) for key in keys}
    ordered = [(key, queues[key].pop(0)) for key in motie.volgorde if queues.get(key)]
    return ordered + [(key, blok) for key in keys for blok in queues[key]]


def uitslag(motie: Motie) -> str:
    """"Aangenomen op maandag 8 juli 2019 met algemene stemmen. Voor: GroenLinks en D66. Tegen: VVD.";
    for a motie still ingediend only the vote, if one is recorded (an imported page may list it without a
    result). A stated uitslag that repeats the status ("aangenomen met …") is folded in, so the line does
    not say "aangenomen" twice."""
    stemming = motie.stemming
    result = (stemming.uitslag or "") if stemming else ""
    text = ""
    if motie.status != "ingediend":
        text = motie.status.capitalize()
        if motie.status_datum:
            text += f" op {nl.datum(motie.status_datum)}"
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
    return text.strip()


def properties(motie: Motie, orgaan: Orgaan) -> Properties:
    title = f"Motie {motie.nummer + ' ' if motie.nummer else ''}{motie.titel}"
    author = f"Gemeente {orgaan.name}" if orgaan.kind == "gemeente" else orgaan.header
    return Properties(title=title, author=author, subject="Motie",
                      created=motie.vergadering, keywords=f"motie; {motie.status}")
