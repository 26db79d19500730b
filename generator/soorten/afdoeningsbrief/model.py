"""The afdoeningsbrief: the executive's letter that reports how an adopted motie was carried out.

The motie itself is not part of this file: `motie:` points at the motie's data file, and the letter
quotes it from there (documents/afdoening.py), so it is never retyped.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from generator.loading.reader import Document
from generator.soorten.base import Code, Datum, Formule, Id, JaNee, Model, Naam, Tekst, Waarde, fail

ONDERDELEN = ("tekst", "kop", "lijst")


class Onderdeel(Model):
    """One piece of the response: a paragraph, a sub-heading or a numbered list.

    Authors write a paragraph as a plain string; `Afdoeningsbrief.prepare` turns it into
    `{tekst: ...}` before validation, so messages still point at the right line.
    """

    veldnamen = {"tekst": "Tekst", "kop": "Kop", "lijst": "Opsomming"}

    tekst: Tekst | None = None
    kop: Formule | None = None
    lijst: list[Tekst] | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _exactly_one(self) -> Onderdeel:
        given = [name for name in ONDERDELEN if getattr(self, name) is not None]
        if len(given) != 1:
            raise fail("onderdeel", "verwacht één alinea, één 'kop:' of één 'lijst:'"
                       " — zet elk onderdeel op een eigen regel die met '- ' begint")
        return self


class Ondertekening(Model):
    veldnamen = {"college": "Namens (het college)"}

    college: Formule | None = None
    """The line above the signatures; default the orgaan's ("Het college van burgemeester en wethouders,",
    "Gedeputeerde Staten van Gelderland,")."""
    secretaris: Naam | None = None
    voorzitter: Naam | None = None
    """The chair who signs (commissaris van de Koning, dijkgraaf); a gemeente's, its burgemeester."""
    burgemeester: Naam | None = None
    """A gemeente's voorzitter by its own name. Names default to the profile; a role without a name is
    shown without one."""

    def given(self, rol: str) -> str | None:
        """The name this letter gives for a role of the orgaan's ondertekening."""
        if rol == "voorzitter":
            return self.voorzitter or self.burgemeester
        return getattr(self, rol, None)  # type: ignore[no-any-return]


class Afdoeningsbrief(Model):
    veldnamen = {"motie": "Motie die hij afdoet (bestand)", "kenmerk": "Kenmerk", "datum": "Datum van de brief",
                 "concept": "Concept (nog niet definitief)", "ris": "RIS-nummer",
                 "onderwerp": "Onderwerp", "aanleiding": "Aanleiding", "afdoening": "Hoe de motie is uitgevoerd",
                 "slot": "Slotzin", "ondertekening": "Ondertekening"}
    meer_opties = frozenset({"ris", "ondertekening"})

    soort: Literal["afdoeningsbrief"]
    motie: Waarde
    """The motie's data file: a path relative to this file, or its name (without .yaml) in data/moties/."""
    kenmerk: Code
    datum: Datum | None = None
    """Required, except in a concept (the date may not be known yet)."""
    concept: JaNee = False
    """A draft: CONCEPT in the header and a watermark; `check --streng` lists its gaps instead of failing,
    and `bundel` refuses it as final."""
    gemeente: Id | None = None
    """Default: the motie's orgaan."""
    ris: Code | None = None
    """The letter's own RIS number, shown in the letterhead."""
    onderwerp: Formule | None = None
    """Default "Afdoening motie <titel>"."""
    aanleiding: Tekst | None = None
    """Default: the sentence built from the motie's data ("Uw raad heeft tijdens de behandeling …")."""
    afdoening: list[Onderdeel] = Field(min_length=1)
    slot: Formule | None = None
    """Default the orgaan's ("Het college beschouwt de motie hiermee als afgedaan.")."""
    ondertekening: Ondertekening = Ondertekening()

    @model_validator(mode="after")
    def _dated(self) -> Afdoeningsbrief:
        require_datum(self.datum, self.concept)
        return self

    @classmethod
    def prepare(cls, doc: Document) -> None:
        paragraphs(doc, "afdoening")


def require_datum(datum: Any, concept: bool) -> None:
    """A letter that is sent has a date; a concept may not know it yet."""
    if datum is None and not concept:
        raise fail("brief_datum", "de brief heeft geen 'datum:' — vul de datum van de brief in (JJJJ-MM-DD),"
                   " of zet 'concept: ja' zolang hij niet bekend is")


def paragraphs(doc: Document, key: str) -> None:
    """Plain strings in the list under `key` become `{tekst: ...}`, keeping their positions."""
    data: Any = doc.data
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return
    for index, item in enumerate(items):
        if isinstance(item, str):
            items[index] = {"tekst": item}
            doc.wrap((key, index), "tekst")
