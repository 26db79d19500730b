"""Raadsvoorstel → template context: the sections, the ontwerpbesluit and the raad's decision.

`ontwerp` is the one place that reads the beslispunten (and the articles of a verordening a
beslispunt adopts); the amendement quotes from it, so its quotes are the voorstel's own text.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import nl
from generator.errors import ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.soorten.document import Prepared, in_huisstijl
from generator.soorten.gemeente.model import Gemeente
from generator.soorten.motie.model import Stemming
from generator.soorten.raadsvoorstel.model import SECTIES, Raadsvoorstel
from generator.soorten.verordening import references as ref
from generator.soorten.verordening.artikelen import load_model, model_inputs
from generator.soorten.verordening.document import article_context, articles
from generator.word.render import Properties

GELET_OP = "artikel 147 van de Gemeentewet"


@dataclass
class Punt:
    """One beslispunt as the ontwerpbesluit has it, with the verordening it adopts (if any)."""

    label: str
    tekst: str
    verordening: Loaded | None = None
    artikelen: list[ref.Artikel] = field(default_factory=list)


@dataclass
class Ontwerp:
    voorstel: Loaded
    punten: list[Punt]
    inputs: list[Path]


def prepare(project: Project, loaded: Loaded) -> Prepared:
    voorstel: Raadsvoorstel = loaded.model
    gemeente = project.gemeente(voorstel.gemeente, loaded.doc)
    besluit = ontwerp(project, loaded)
    return in_huisstijl(project, loaded, gemeente, context=context(voorstel, besluit, gemeente.model),
                        properties=properties(voorstel, gemeente.model), refers_to=besluit.inputs)


def ontwerp(project: Project, loaded: Loaded) -> Ontwerp:
    punten, inputs = [], []
    for index, punt in enumerate(loaded.model.ontwerpbesluit.beslispunten):
        found = Punt(punt.label, punt.tekst)
        if punt.vaststellen:
            found.verordening = verordening(project, loaded, ("ontwerpbesluit", "beslispunten", index, "vaststellen"),
                                            punt.vaststellen)
            model = load_model(project, found.verordening)
            found.artikelen, _ = articles(found.verordening, model)
            inputs += [found.verordening.path, *model_inputs(model)]
        punten.append(found)
    return Ontwerp(loaded, punten, inputs)


def verordening(project: Project, loaded: Loaded, loc: tuple[Any, ...], name: str) -> Loaded:
    """The verordening a beslispunt adopts: a path from data/ (or from the voorstel's folder)."""
    candidates = [project.reference(loaded, loc, base / name) for base in (project.data_dir, loaded.path.parent)]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        known = sorted(display_path(p, project.data_dir) for p in (project.data_dir / "verordeningen").glob("*.yaml"))
        guess = difflib.get_close_matches(name, known, n=1)
        hint = f"bedoelt u '{guess[0]}'?" if guess else "geef het pad vanaf data/, bijvoorbeeld verordeningen/<naam>.yaml"
        raise ValidationFailed([loaded.doc.issue(loc, f"verordening '{name}' bestaat niet", hint)])
    found = project.load(path)
    if found.model.soort != "verordening":
        raise ValidationFailed([loaded.doc.issue(loc, f"'{name}' is geen verordening (soort: {found.model.soort})",
                                                 "wijs een bestand met 'soort: verordening' aan")])
    if found.model.gemeente != loaded.model.gemeente:
        raise ValidationFailed([loaded.doc.issue(
            loc, f"de verordening is van gemeente '{found.model.gemeente}', het voorstel van '{loaded.model.gemeente}'",
            f"kies een verordening van {loaded.model.gemeente} of pas 'gemeente:' in {display_path(found.path)} aan")])
    return found


def gelezen(voorstel: Raadsvoorstel) -> str:
    given = voorstel.ontwerpbesluit.gelezen
    return given or f"het voorstel van burgemeester en wethouders van {nl.datum_kort(voorstel.collegedatum)}"


def considerans(voorstel: Raadsvoorstel, gemeente: Gemeente) -> list[str]:
    """"De raad van de gemeente Zwolle;" "gelezen het voorstel …;" "gelet op …;" "besluit:"."""
    return [f"{gemeente.raad};", f"gelezen {gelezen(voorstel)};",
            f"gelet op {voorstel.ontwerpbesluit.gelet_op or GELET_OP};", "besluit:"]


def punt_context(nummer: int, punt: Punt) -> dict[str, Any]:
    result: dict[str, Any] = {"nummer": f"{nummer}.", "tekst": punt.tekst, "titel": "", "artikelen": []}
    if punt.verordening is not None:
        result["titel"] = punt.verordening.model.titel
        result["artikelen"] = [article_context(a) for a in punt.artikelen]
    return result


def context(voorstel: Raadsvoorstel, besluit: Ontwerp, gemeente: Gemeente) -> dict[str, Any]:
    secties = []
    for key, default in SECTIES.items():
        sectie = getattr(voorstel, key)
        if sectie is not None:
            secties.append({"kop": sectie.kop or default, "alineas": list(sectie.alineas)})
    return {
        "gemeente": {"naam": gemeente.naam},
        "onderwerp": voorstel.onderwerp,
        "nummer": voorstel.nummer or "",
        "collegedatum": nl.datum_kort(voorstel.collegedatum),
        "portefeuillehouder": voorstel.portefeuillehouder or "",
        "secties": secties,
        "considerans": considerans(voorstel, gemeente),
        "beslispunten": [punt_context(i + 1, p) for i, p in enumerate(besluit.punten)],
        "besluit": beslissing(voorstel),
    }


def beslissing(voorstel: Raadsvoorstel) -> str:
    """"Aangenomen in de vergadering van 10 maart 2025. Voor: …"; empty before the decision."""
    besluit = voorstel.besluit
    if besluit is None:
        return ""
    text = f"{besluit.status.capitalize()} in de vergadering van {nl.datum_kort(besluit.vergadering)}."
    if besluit.stemming:
        text += uitslag_van(besluit.stemming)
    return text


def uitslag_van(stemming: Stemming) -> str:
    """" Uitslag: 21 voor, 16 tegen. Voor: GroenLinks en D66. Tegen: VVD." (as the motie writes it)."""
    text = ""
    if stemming.uitslag:
        text += f" Uitslag: {stemming.uitslag}."
    if stemming.voor:
        text += f" Voor: {nl.opsomming(list(stemming.voor))}."
    if stemming.tegen:
        text += f" Tegen: {nl.opsomming(list(stemming.tegen))}."
    return text


def properties(voorstel: Raadsvoorstel, gemeente: Gemeente) -> Properties:
    return Properties(title=f"Raadsvoorstel {voorstel.onderwerp}", author=f"Gemeente {gemeente.naam}",
                      subject="Raadsvoorstel", created=voorstel.collegedatum,
                      keywords=f"raadsvoorstel; {voorstel.besluit.status if voorstel.besluit else 'ontwerp'}")
