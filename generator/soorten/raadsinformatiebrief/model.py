"""The raadsinformatiebrief (Statenbrief, brief aan het algemeen bestuur): the executive's letter that informs the
assembly, and may afdoen moties (by their data file) and toezeggingen (by vergadering and number)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from generator.loading.reader import Document
from generator.soorten.afdoeningsbrief.model import Onderdeel, Ondertekening, paragraphs, require_datum
from generator.soorten.base import Code, Datum, Formule, Id, JaNee, Model, Tekst, Waarde, fail


class Afgedaan(Model):
    """One motie (`motie:`) or one toezegging (`vergadering:` and `toezegging:`, its number) this letter afdoet."""

    motie: Waarde | None = None
    vergadering: Waarde | None = None
    """The vergadering's data file (name in data/vergaderingen/ or a path) where the toezegging was made."""
    toezegging: Code | None = None
    toelichting: Tekst | None = None

    @model_validator(mode="after")
    def _one(self) -> Afgedaan:
        if (self.motie is None) == (self.toezegging is None):
            raise fail("afdoet", "noem per regel 'motie:' óf 'toezegging:' (met 'vergadering:')")
        if self.toezegging is not None and self.vergadering is None:
            raise fail("vergadering", "een toezegging wordt gevonden in haar vergadering — vul 'vergadering:' in")
        return self


class Raadsinformatiebrief(Model):
    veldnamen = {"ris": "RIS-nummer"}  # as the letter prints it (templates/raadsbrieven/informatiebrief.docx)
    uitleg = {"tekst": "De tekst van de brief: alinea's, tussenkoppen en genummerde lijsten, in de volgorde van de brief.",
              "ris": "Het nummer van de brief in het raadsinformatiesysteem; de brief noemt het onder het kenmerk."}

    soort: Literal["raadsinformatiebrief"]
    orgaan: Id
    kenmerk: Code
    datum: Datum | None = None
    """Required, except in a concept."""
    concept: JaNee = False
    ris: Code | None = None
    onderwerp: Formule
    tekst: list[Onderdeel] = Field(min_length=1)
    """Paragraphs, sub-headings (`kop:`) and numbered lists (`lijst:`), as in an afdoeningsbrief."""
    afdoet: list[Afgedaan] = []
    slot: Formule | None = None
    ondertekening: Ondertekening = Ondertekening()

    @model_validator(mode="after")
    def _dated(self) -> Raadsinformatiebrief:
        require_datum(self.datum, self.concept)
        return self

    @classmethod
    def prepare(cls, doc: Document) -> None:
        paragraphs(doc, "tekst")
