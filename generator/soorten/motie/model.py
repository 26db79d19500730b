"""The motie: a raad's statement of opinion, wish or request (Reglement van Orde)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.errors import Issue
from generator.loading.reader import Document
from generator.soorten.base import FOOTNOTE_MARK, Datum, Id, JaNee, Model, Tekst
from generator.soorten.blocks import Blok, reshape_blocks

STATUSSEN = ("ingediend", "aangenomen", "verworpen", "ingetrokken", "aangehouden", "overgenomen")
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
    gemeente: Id | None = None
    """Older name of `orgaan:` (a register id or a profile in data/gemeenten); still accepted."""
    titel: Tekst
    vergadering: Datum
    nummer: Tekst | None = None
    ris: Tekst | None = None
    agendapunt: Tekst | None = None
    voorstel: Voorstel | None = None
    vreemd_aan_de_orde: JaNee = False
    orgaan: Tekst | None = None
    """The register id (zwolle, provincie-utrecht, tweede-kamer). Older files held the opening text
    here; a value that is not an id is still read as `aanhef:`."""
    aanhef: Tekst | None = None
    """The whole opening, word for word, instead of the orgaan's own ("De raad van de gemeente X, in
    vergadering bijeen op …"); the import writes it when the source's opening reads otherwise."""
    constateringen: list[Blok] = []
    overwegingen: list[Blok] = []
    verzoeken: list[Blok] = Field(min_length=1)
    slot: Tekst | None = None
    """Default from the orgaan: "En gaat over tot …" (raad, Kamer) or "En gaan over tot …" (PS, waterschap)."""
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

    def located_issues(self, doc: Document) -> list[Issue]:
        """Footnote markers must name a footnote; reported at the point that uses it."""
        issues = []
        if self.orgaan_id is None:
            issues.append(doc.issue(("orgaan",), "'orgaan' ontbreekt",
                                    "zet 'orgaan:' met de id uit het register, bijvoorbeeld 'orgaan: zwolle'"))
        for key in DEFAULT_KOP:
            for b, blok in enumerate(getattr(self, key)):
                for p, punt in enumerate(blok.punten):
                    for label in FOOTNOTE_MARK.findall(punt):
                        if label not in self.voetnoten:
                            issues.append(doc.issue((key, b, "punten", p),
                                                    f"verwijst naar voetnoot [^{label}], maar die staat niet onder 'voetnoten:'",
                                                    f"voeg onder voetnoten de regel '\"{label}\": <tekst>' toe"))
        return issues

    @property
    def orgaan_id(self) -> str | None:
        """`orgaan:` when it is an id, else the `gemeente:` alias."""
        from generator.organen.resolve import is_id

        return self.orgaan if is_id(self.orgaan) else self.gemeente

    @property
    def aanhef_tekst(self) -> str | None:
        """An `orgaan:` that is not an id: the whole opening, word for word."""
        from generator.organen.resolve import is_id

        return self.aanhef or (None if is_id(self.orgaan) else self.orgaan)

    def blokken(self) -> list[Blok]:
        return [*self.constateringen, *self.overwegingen, *self.verzoeken]
