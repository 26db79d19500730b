"""The raadsvoorstel: the college's proposal to the raad, with its ontwerpbesluit and the raad's decision.

Each beslispunt has a label, so an amendement points at it (`beslispunt: vaststellen`) instead of
retyping it; a beslispunt that adopts a verordening (`vaststellen: verordeningen/x.yaml`) makes the
verordening's articles and leden reachable by their own labels.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from generator.soorten.base import Datum, Id, Model, Tekst, fail
from generator.soorten.motie.model import Stemming

STATUSSEN = ("aangenomen", "verworpen", "aangehouden", "ingetrokken")
SECTIES = {
    "inleiding": "Inleiding",
    "beoogd_effect": "Beoogd effect",
    "argumenten": "Argumenten",
    "kanttekeningen": "Kanttekeningen",
    "financien": "Financiën",
    "uitvoering": "Uitvoering",
    "bijlagen": "Bijlagen",
}


class Sectie(Model):
    """One section of the voorstel; its heading defaults to the usual one ("Beoogd effect")."""

    kop: Tekst | None = None
    alineas: list[Tekst] = Field(min_length=1)


class Beslispunt(Model):
    label: Id
    """The name others use for this beslispunt (`beslispunt: vaststellen` in an amendement)."""
    tekst: Tekst
    """As it reads after "besluit:", e.g. "vast te stellen de Verordening …"."""
    vaststellen: Tekst | None = None
    """A verordening this beslispunt adopts: its path from data/ (verordeningen/x.yaml)."""


class Ontwerpbesluit(Model):
    gelezen: Tekst | None = None
    """Default "het voorstel van burgemeester en wethouders van <collegedatum>"."""
    gelet_op: Tekst | None = None
    beslispunten: list[Beslispunt] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Ontwerpbesluit:
        labels = [b.label for b in self.beslispunten]
        double = sorted({label for label in labels if labels.count(label) > 1})
        if double:
            raise fail("label", f"het label '{double[0]}' staat twee keer bij de beslispunten"
                       " — geef elk beslispunt een eigen label")
        return self


class Besluit(Model):
    """The raad's decision on the voorstel, once taken."""

    vergadering: Datum
    status: Literal[STATUSSEN]  # type: ignore[valid-type]
    stemming: Stemming | None = None


class Raadsvoorstel(Model):
    soort: Literal["raadsvoorstel"]
    gemeente: Id
    onderwerp: Tekst
    nummer: Tekst | None = None
    collegedatum: Datum
    portefeuillehouder: Tekst | None = None
    inleiding: Sectie | None = None
    beoogd_effect: Sectie | None = None
    argumenten: Sectie | None = None
    kanttekeningen: Sectie | None = None
    financien: Sectie | None = None
    uitvoering: Sectie | None = None
    bijlagen: Sectie | None = None
    ontwerpbesluit: Ontwerpbesluit
    besluit: Besluit | None = None

    def beslispunt(self, label: str) -> tuple[int, Beslispunt] | None:
        for index, punt in enumerate(self.ontwerpbesluit.beslispunten):
            if punt.label == label:
                return index, punt
        return None
