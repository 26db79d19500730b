"""The motie: a raad's statement of opinion, wish or request (Reglement van Orde)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from generator.loading import Document
from generator.models.base import Datum, FOOTNOTE_MARK, Id, JaNee, Model, Tekst, fail
from generator.models.blocks import Blok, reshape_blocks

STATUSSEN = ("ingediend", "aangenomen", "verworpen", "ingetrokken", "aangehouden")
DEFAULT_KOP = {
    "constateringen": "Constaterende dat:",
    "overwegingen": "Overwegende dat:",
    "verzoeken": "Verzoekt het college:",
}


class Voorstel(Model):
    titel: Tekst
    """As it reads after "ter bespreking van": "het voorstel … inzake programmarekening 2020"."""
    ris: Tekst | None = None


class Indiener(Model):
    naam: Tekst
    fractie: Tekst | None = None


class Stemming(Model):
    voor: list[Tekst] = []
    tegen: list[Tekst] = []
    uitslag: Tekst | None = None
    """Free text such as "21 voor, 16 tegen"."""


class Motie(Model):
    soort: Literal["motie"]
    gemeente: Id
    titel: Tekst
    vergadering: Datum
    nummer: Tekst | None = None
    ris: Tekst | None = None
    agendapunt: Tekst | None = None
    voorstel: Voorstel | None = None
    vreemd_aan_de_orde: JaNee = False
    orgaan: Tekst | None = None
    """Replaces the opening "De raad van de gemeente X, in vergadering bijeen op …"."""
    constateringen: list[Blok] = []
    overwegingen: list[Blok] = []
    verzoeken: list[Blok] = Field(min_length=1)
    slot: Tekst = "En gaat over tot de orde van de dag."
    indieners: list[Indiener] = []
    voetnoten: dict[str, Tekst] = {}
    status: Literal[STATUSSEN] = "ingediend"  # type: ignore[valid-type]
    status_datum: Datum | None = None
    stemming: Stemming | None = None
    toelichting: list[Tekst] = []
    niet_geplaatst: list[Tekst] = []
    """Text the importer could not place; `check` warns until it is moved or removed."""

    @classmethod
    def prepare(cls, doc: Document) -> None:
        for key in DEFAULT_KOP:
            reshape_blocks(doc, key)

    @model_validator(mode="after")
    def _footnotes_resolve(self) -> Motie:
        used = {m for blok in self.blokken() for p in blok.punten for m in FOOTNOTE_MARK.findall(p)}
        missing = sorted(used - set(self.voetnoten))
        if missing:
            raise fail("footnote", f"de tekst verwijst naar voetnoot [^{missing[0]}], maar die staat niet onder"
                       f" 'voetnoten:' — voeg '{missing[0]}: <tekst>' toe onder voetnoten")
        return self

    def blokken(self) -> list[Blok]:
        return [*self.constateringen, *self.overwegingen, *self.verzoeken]
