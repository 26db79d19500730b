"""Motie → template context: the aanhef, considerans, dictum, indieners, footnotes, status."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generator import nl
from generator.loading.project import Loaded, Project
from generator.organen.forms import Orgaan
from generator.organen.resolve import for_document
from generator.soorten.blocks import Blok
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.motie.model import DEFAULT_KOP, Motie, Regel
from generator.word.fragments import Footnotes
from generator.word.render import Properties


def prepare(project: Project, loaded: Loaded) -> Prepared:
    from generator.soorten.vergadering.status import toegepast

    loaded, decided = toegepast(project, loaded)  # status, vote and date from the vergadering that voted on it
    motie: Motie = loaded.model
    orgaan, profile = for_document(project, loaded, motie.orgaan_id or "", motie.vergadering)
    return in_huisstijl(project, loaded, profile, context=context(motie, orgaan),
                        properties=properties(motie, orgaan), refers_to=decided)


def context(motie: Motie, orgaan: Orgaan) -> dict[str, Any]:
    notes = Footnotes(dict(motie.voetnoten))
    kamer = orgaan.kind == "kamer"
    shown = {regel.veld for regel in motie.formulier}
    kenmerken = (kamer and motie.vergadering and f"Vergaderjaar {nl.vergaderjaar(motie.vergadering)}",
                 kamer and not motie.voorstel and motie.nummer and f"Kamerstuk nr. {motie.nummer}",
                 kamer and f"Voorgesteld {nl.datum(motie.vergadering)}", "ris" not in shown and motie.ris,
                 "agendapunt" not in shown and motie.agendapunt and f"agendapunt {motie.agendapunt}")
    return {
        "gemeente": {"naam": orgaan.name},
        "orgaan": orgaan.context(),
        "kop_orgaan": orgaan.header,
        "nummer": "" if kamer else motie.nummer or "",
        "titel": motie.titel,
        "kop": kamer_kop(motie) if kamer else motie_kop(motie, shown),
        "formulier": formulier(motie),
        "titel_na_aanhef": motie.titel_na_aanhef and not motie.formulier,
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
        "stemmingstabel": stemmingstabel(motie),
        "voetnoten": notes.context(),
        "datum": nl.datum(motie.vergadering),
    }


def motie_kop(motie: Motie, shown: set[str | None]) -> str:
    """"MOTIE nr. 12", "MOTIE nr. RG-27/2022", "MOTIE M-28" (the M says motie), or "MOTIE VREEMD AAN DE ORDE VAN DE DAG" (as raden head one); the
    number stays out when the form prints it on a line of its own."""
    kop = "MOTIE VREEMD AAN DE ORDE VAN DE DAG" if motie.vreemd_aan_de_orde else "MOTIE"
    if not motie.nummer or "nummer" in shown:
        return kop
    return f"{kop} {motie.nummer}" if re.match(r"M\s?-?\d", motie.nummer) else f"{kop} nr. {motie.nummer}"


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
        label = regel.label[:1].upper() + regel.label[1:] if regel.label else ""  # "bij agendapunt" opens a line
        if regel.veld == "titel":
            lines.append({"kop": True, "tekst": f"{label}: {value}" if label else value})
        else:
            lines.append({"kop": False, "tekst": f"{label}:\t{value}" if label else f"\t{value}"})
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
    """The whole vote in one paragraph, for a template without a vote table: "Aangenomen op maandag
    8 juli 2019 met algemene stemmen. Voor: GroenLinks en D66. Tegen: VVD. Uitslag: 21 voor, 16 tegen.";
    for a motie still ingediend only the vote, if one is recorded (an imported page may list it without
    a result). A tally the source wrote on its status line ("met 21 stemmen voor en 16 tegen", "20-25",
    "aangenomen met …") is printed there, so the line does not say "aangenomen" twice."""
    stemming = motie.stemming
    text = besluit(motie)
    if stemming:
        for side in ("voor", "tegen"):
            parties, count = stemming.zijde(side), getattr(stemming, f"aantal_{side}")
            votes = "" if count is None else f"{'totaal ' if len(parties) > 1 else ''}{count} {'stem' if count == 1 else 'stemmen'}"
            if parties:
                text += f" {side.capitalize()}: {nl.opsomming(parties)}" + (f" ({votes})." if votes else ".")
            elif votes:
                text += f" {side.capitalize()}: {votes}."
        tally = _tally(motie)[1]
        if tally:
            text += f" Uitslag: {tally}."
    return text.strip()


_SCORE = re.compile(r"\d+\s*[-–]\s*\d+")


def _tally(motie: Motie) -> tuple[str, str]:
    """(the tally as it follows the status on its line, the tally on a line of its own), as written."""
    result = (motie.stemming.uitslag or "") if motie.stemming else ""
    if motie.status == "ingediend":
        return "", re.sub(r"^met\s+", "", result)
    if result.casefold().startswith(motie.status):
        rest = result[len(motie.status):].strip(" ,.")
        return (f" {rest}" if rest else ""), ""
    if _SCORE.fullmatch(result):
        return f" ({result})", ""
    if re.match(r"(?i)met\s", result):
        return f" {result.rstrip('.')}", ""
    return "", result


def besluit(motie: Motie) -> str:
    """"Aangenomen op maandag 8 juli 2019 met 21 stemmen voor en 16 tegen."; empty while ingediend."""
    if motie.status == "ingediend":
        return ""
    text = motie.status.capitalize()
    if motie.status_datum:
        text += f" op {nl.datum(motie.status_datum)}"
    return text + _tally(motie)[0] + "."


def stemmingstabel(motie: Motie) -> dict[str, Any]:
    """A vote per fractie as a table: rows "GroenLinks (11)" | "voor", a totals row with the tally as
    written, and the status sentence to print below it; empty without `stemming.fracties`."""
    stemming = motie.stemming
    if not stemming or not stemming.fracties:
        return {}
    rijen = [{"fractie": f.fractie + (f" ({f.zetels})" if f.zetels else ""), "stem": f.stem} for f in stemming.fracties]
    counts = [f"{n} {side}" for side in ("voor", "tegen") if (n := getattr(stemming, f"aantal_{side}")) is not None]
    return {"rijen": rijen, "totaal": _tally(motie)[1] or ", ".join(counts), "besluit": besluit(motie)}


def properties(motie: Motie, orgaan: Orgaan) -> Properties:
    title = f"Motie {motie.nummer + ' ' if motie.nummer else ''}{motie.titel}"
    return Properties(title=title, author=orgaan.letterhead, subject="Motie",
                      created=motie.vergadering, keywords=f"motie; {motie.status}")
