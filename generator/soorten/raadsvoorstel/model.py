"""The raadsvoorstel: the college's proposal to the raad, with its ontwerpbesluit and the raad's decision.

Each beslispunt has a label, so an amendement points at it (`beslispunt: vaststellen`) instead of
retyping it; a beslispunt that adopts a verordening (`vaststellen: verordeningen/x.yaml`) makes the
verordening's articles and leden reachable by their own labels.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from generator.soorten.base import Code, Datum, Formule, Id, JaNee, Model, Naam, Tekst, Waarde, doubles, fail
from generator.soorten.beleidsplan.begroting import AmountError, parse_amount
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

    veldnamen = {"kop": "Kop", "alineas": "Alinea’s"}

    kop: Formule | None = None
    alineas: list[Tekst] = Field(min_length=1)


class Beslispunt(Model):
    veldnamen = {"label": "Kenmerk van het beslispunt (zoals 1 of a)", "tekst": "Tekst",
                 "vaststellen": "Stelt deze verordening vast (bestand)"}

    label: Id
    """The name others use for this beslispunt (`beslispunt: vaststellen` in an amendement)."""
    tekst: Tekst
    """As it reads after "besluit:", e.g. "vast te stellen de Verordening …"."""
    vaststellen: Waarde | None = None
    """A verordening this beslispunt adopts: its path from data/ (verordeningen/x.yaml)."""


class Ontwerpbesluit(Model):
    veldnamen = {"gelezen": "Gelezen", "gelet_op": "Gelet op", "beslispunten": "Beslispunten"}

    gelezen: Formule | None = None
    """Default "het voorstel van burgemeester en wethouders van <collegedatum>"."""
    gelet_op: Formule | None = None
    beslispunten: list[Beslispunt] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Ontwerpbesluit:
        labels = [b.label for b in self.beslispunten]
        double = doubles(labels)
        if double:
            raise fail("label", f"het label '{double[0]}' staat twee keer bij de beslispunten"
                       " — geef elk beslispunt een eigen label")
        return self


class Begrotingsregel(Model):
    veldnamen = {"label": "Kenmerk van de regel", "omschrijving": "Omschrijving", "programma": "Programma", "bedrag": "Bedrag"}

    label: Id
    """The name an amendement uses for this amount (`bedrag: familiegroepsplannen`)."""
    omschrijving: Formule
    programma: Formule | None = None
    bedrag: Waarde
    """In euro, as begrotingen write it: 500000, 500.000 or -1.250,50."""

    @field_validator("bedrag")
    @classmethod
    def _amount(cls, value: str) -> str:
        try:
            parse_amount(value)
        except AmountError as exc:
            raise fail("bedrag", str(exc)) from None
        return value


class Begroting(Model):
    """A small table of amounts the besluit sets (a begrotingswijziging), each row with a label."""

    veldnamen = {"kop": "Kop", "regels": "Regels"}

    kop: Formule | None = None
    """Default "Begrotingswijziging"."""
    regels: list[Begrotingsregel] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Begroting:
        labels = [r.label for r in self.regels]
        double = doubles(labels)
        if double:
            raise fail("label", f"het label '{double[0]}' staat twee keer bij de begrotingsregels"
                       " — geef elke regel een eigen label")
        return self


class Besluit(Model):
    """The raad's decision on the voorstel, once taken."""

    veldnamen = {"vergadering": "Datum van de vergadering", "status": "Besluit"}

    vergadering: Datum
    status: Literal[STATUSSEN]  # type: ignore[valid-type]
    stemming: Stemming | None = None


class Raadsvoorstel(Model):
    veldnamen = {"onderwerp": "Onderwerp", "nummer": "Nummer", "collegedatum": "Datum van het collegebesluit",
                 "portefeuillehouder": "Portefeuillehouder", "inleiding": "Inleiding", "beoogd_effect": "Beoogd effect",
                 "argumenten": "Argumenten", "kanttekeningen": "Kanttekeningen", "financien": "Financiën",
                 "uitvoering": "Uitvoering", "bijlagen": "Bijlagen", "ontwerpbesluit": "Ontwerpbesluit",
                 "begroting": "Begrotingswijziging", "besluit": "Besluit van de vergadering",
                 "concept": "Concept (nog niet definitief)"}
    meer_opties = frozenset({"besluit"})

    soort: Literal["raadsvoorstel"]
    gemeente: Id
    onderwerp: Formule
    nummer: Code | None = None
    collegedatum: Datum
    portefeuillehouder: Naam | None = None
    inleiding: Sectie | None = None
    beoogd_effect: Sectie | None = None
    argumenten: Sectie | None = None
    kanttekeningen: Sectie | None = None
    financien: Sectie | None = None
    uitvoering: Sectie | None = None
    bijlagen: Sectie | None = None
    ontwerpbesluit: Ontwerpbesluit
    begroting: Begroting | None = None
    """Amounts the besluit sets, shown after the beslispunten; an amendement changes one by label."""
    besluit: Besluit | None = None
    concept: JaNee = False
    """A draft: the voorstel and its raadsbesluit say CONCEPT, `check --streng` lists its gaps, no bundel takes it."""

    def beslispunt(self, label: str) -> tuple[int, Beslispunt] | None:
        for index, punt in enumerate(self.ontwerpbesluit.beslispunten):
            if punt.label == label:
                return index, punt
        return None
