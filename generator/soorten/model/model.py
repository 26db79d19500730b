"""Model articles (data/modellen/, `soort: model`): the text gemeenten take into their verordening.

A model holds articles with leden and onderdelen, each addressable by label, the choices a gemeente
makes (`{toegang}` in a text is filled from the verordening's `keuzes:`), and the toelichting,
whose quotes of law text record their source and date.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from generator.loading.reader import Document
from generator.soorten.base import Aard, Code, Datum, Formule, Id, Model, Tekst, doubles, fail

CHOICE = re.compile(r"\{([a-z0-9][a-z0-9-]*)\}")
BEPALINGEN = ("familiegroepsplan-informeren", "familiegroepsplan-uitgangspunt")
"""The two familiegroepsplan provisions of the VNG modelverordening (factsheet, seed 002)."""


Aangehaald = Annotated[Tekst, Aard.CITAAT]
"""Text quoted from a source (the base type `Citaat`; the name is taken by the model below)."""


class Bron(Model):
    veldnamen = {"titel": "Titel van de bron", "bwb": "BWB-nummer (wetten.overheid.nl)", "artikel": "Artikel",
                 "datum": "Datum van de bron"}

    titel: Aangehaald
    """"Jeugdwet" or "VNG Modelverordening Jeugdhulp"."""
    bwb: Code | None = None
    """Identifier on wetten.overheid.nl, e.g. BWBR0034925."""
    artikel: Code | None = None
    datum: Datum
    """Date of the text quoted (for a law: the wet that set it)."""
    opmerking: Aangehaald | None = None

    def vermelding(self) -> str:
        """"Jeugdwet (BWBR0034925), artikel 4.1.2; tekst van 1 maart 2014"."""
        from generator import nl

        text = self.titel + (f" ({self.bwb})" if self.bwb else "")
        if self.artikel:
            text += f", artikel {self.artikel}"
        return f"{text}; tekst van {nl.datum_kort(self.datum)}"


class Citaat(Model):
    citaat: Aangehaald
    """Quoted word for word; one line a paragraph."""
    bron: Bron


Alinea = Tekst | Citaat


class Onderdeel(Model):
    veldnamen = {"label": "Kenmerk (voor verwijzingen)", "begrip": "Begrip"}

    label: Id | None = None
    begrip: Formule | None = None
    """For a definition: the term; `tekst` is then its meaning."""
    tekst: Tekst
    bron: Bron | None = None


class Lid(Model):
    veldnamen = {"label": "Kenmerk (voor verwijzingen)"}

    label: Id | None = None
    tekst: Tekst
    onderdelen: list[Onderdeel] = []
    bepaling: Literal[BEPALINGEN] | None = None  # type: ignore[valid-type]
    """Which familiegroepsplan provision this lid makes (for the content check)."""


class Artikel(Model):
    label: Id
    titel: Formule
    leden: list[Lid] = Field(min_length=1)
    toelichting: list[Alinea] = []
    bron: Bron | None = None

    @model_validator(mode="after")
    def _labels_unique(self) -> Artikel:
        unique_labels(self.leden)
        return self


class Keuze(Model):
    vraag: Formule
    standaard: Formule | None = None


class ModelVerordening(Model):
    soort: Literal["model"]
    titel: Formule
    bron: Bron
    gelet_op: Formule | None = None
    """The law a verordening on this model rests on ("de artikelen 2.9, 2.10, 2.12 en 8.1.1, vierde lid, van de
    Jeugdwet"): its default `gelet_op:`. Without it, the orgaan's article for verordeningen."""
    keuzes: dict[Id, Keuze] = {}
    artikelen: list[Artikel] = Field(min_length=1)
    toelichting: list[Alinea] = []
    """Algemene toelichting, taken by verordeningen that use this model."""

    @classmethod
    def prepare(cls, doc: Document) -> None:
        reshape_texts(doc)

    @model_validator(mode="after")
    def _consistent(self) -> ModelVerordening:
        seen: set[str] = set()
        for artikel in self.artikelen:
            if artikel.label in seen:
                raise fail("label", f"het label '{artikel.label}' staat twee keer bij de artikelen — geef elk artikel een eigen label")
            seen.add(artikel.label)
        for name in choices_in([t for a in self.artikelen for t in texts(a)]):
            if name not in self.keuzes:
                raise fail("choice", f"de tekst gebruikt de keuze {{{name}}}, maar die staat niet onder 'keuzes:'"
                           f" — voeg '{name}:' met 'vraag:' en eventueel 'standaard:' toe onder keuzes")
        return self

    def artikel(self, label: str) -> Artikel | None:
        return next((a for a in self.artikelen if a.label == label), None)  # type: ignore[attr-defined]


def unique_labels(leden: list[Lid]) -> None:
    labels = [x.label for lid in leden for x in (lid, *lid.onderdelen) if x.label]  # type: ignore[attr-defined]
    double = doubles(labels)
    if double:
        raise fail("label", f"het label '{double[0]}' staat twee keer in dit artikel — geef elk lid en onderdeel een eigen label")


def texts(artikel: Any) -> list[str]:
    """Every text of an article that may hold references or choices (not its toelichting)."""
    found = [artikel.titel] if getattr(artikel, "titel", None) else []
    for lid in getattr(artikel, "leden", None) or []:
        found += [lid.tekst, *(o.tekst for o in lid.onderdelen)]
    return found


def choices_in(values: list[str]) -> list[str]:
    return sorted({name for value in values for name in CHOICE.findall(value)})


def reshape_texts(doc: Document) -> None:
    """`leden:` and `onderdelen:` items may be plain texts; make them `{tekst: …}` mappings."""
    _reshape(doc, doc.data, ())


def _reshape(doc: Document, value: Any, loc: tuple[Any, ...]) -> None:
    if isinstance(value, dict):
        for key, child in value.items():
            if key in ("leden", "extra_leden", "onderdelen") and isinstance(child, list):
                for index, item in enumerate(child):
                    if isinstance(item, str):
                        child[index] = {"tekst": item}
                        doc.wrap((*loc, key, index), "tekst")
            _reshape(doc, child, (*loc, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            _reshape(doc, child, (*loc, index))
