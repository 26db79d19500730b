"""A gemeente's verordening (`soort: verordening`) and the wijzigingsverordening that amends one.

Articles are taken from a model (`uit_model: informeren`) with local choices, or written locally;
the tool numbers them and writes every reference (see generator/references.py).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from generator.loading.reader import Document
from generator.soorten.base import Datum, Formule, Getal, Id, JaNee, Model, Naam, Waarde, fail
from generator.soorten.model.model import Alinea, Lid, reshape_texts, unique_labels

INWERKINGTREDING = "met ingang van de dag na die van de bekendmaking"


class Artikel(Model):
    """An article from the model (`uit_model:`), possibly changed locally, or a local article."""

    veldnamen = {"uit_model": "Artikel uit het model", "label": "Kenmerk (voor verwijzingen)", "extra_leden": "Extra leden"}

    uit_model: Id | None = None
    label: Id | None = None
    """Needed for a local article; replaces the model's label if given (references use it)."""
    titel: Formule | None = None
    leden: list[Lid] | None = None
    """Replaces the model's leden (a local choice); required for a local article."""
    extra_leden: list[Lid] = []
    """Added after the model's leden."""
    toelichting: list[Alinea] = []
    """Artikelsgewijze toelichting; added after the model's."""

    @model_validator(mode="after")
    def _complete(self) -> Artikel:
        if self.uit_model is None:
            missing = [name for name in ("label", "titel", "leden") if getattr(self, name) is None]
            if missing:
                raise fail("local_article", f"een eigen artikel (zonder 'uit_model:') mist '{missing[0]}:'"
                           f" — voeg {', '.join(m + ':' for m in missing)} toe, of neem het artikel over met 'uit_model:'")
        unique_labels([*(self.leden or []), *self.extra_leden])
        return self


class Raadsbesluit(Model):
    """What a verordening and a wijzigingsverordening share: orgaan, aanhef, adoption."""

    veldnamen = {"model": "Modelverordening (bestand)", "keuzes": "Keuzes in het model", "gezien": "Gelezen het voorstel",
                 "gelet_op": "Gelet op", "vastgesteld": "Datum van vaststelling", "toelichting": "Toelichting",
                 "model_toelichting": "Toelichting uit het model", "concept": "Concept (nog niet definitief)",
                 "ondertitel": "Ondertitel", "artikelen": "Artikelen", "wijzigt": "Verordening die hij wijzigt (bestand)",
                 "bestaand": "Bestaande artikelen", "wijzigingen": "Wijzigingen", "inwerkingtreding": "Datum van inwerkingtreding",
                 "citeertitel": "Citeertitel"}
    meer_opties = frozenset({"model", "keuzes", "model_toelichting", "bestaand"})

    gemeente: Id
    titel: Formule
    model: Waarde | None = None
    """Path of the model file, relative to data/ (e.g. modellen/vng-jeugdhulp-familiegroepsplan.yaml)."""
    keuzes: dict[Id, Formule] = {}
    gezien: Formule | None = None
    """"het voorstel van burgemeester en wethouders van 12 juni 2018"."""
    gelet_op: Formule | None = None
    """Default: the model's `gelet_op:`, else the orgaan's article for verordeningen ("artikel 147 van de Gemeentewet")."""
    vastgesteld: Datum | None = None
    """Date of the raadsvergadering; left out in a draft (a line to fill in is shown)."""
    voorzitter: Naam | None = None
    """Default: the profile's voorzitter (a gemeente's burgemeester)."""
    griffier: Naam | None = None
    """Default: the profile's griffier."""
    secretaris: Naam | None = None
    """Where the orgaan's besluiten are co-signed by its secretaris (a waterschap): default the profile's."""
    toelichting: list[Alinea] = []
    """Algemene toelichting (after the model's, unless model_toelichting: nee)."""
    model_toelichting: JaNee = True
    concept: JaNee = False
    """A draft: CONCEPT in the header and a watermark; `check --streng` lists its gaps instead of failing,
    and `bundel` refuses it as final."""

    @classmethod
    def prepare(cls, doc: Document) -> None:
        reshape_texts(doc)


class Verordening(Raadsbesluit):
    soort: Literal["verordening"]
    ondertitel: Formule | None = None
    """E.g. "(artikelen over het familiegroepsplan)" when the document is part of the verordening."""
    artikelen: list[Artikel] = Field(min_length=1)


class ArtikelInvoegen(Model):
    na: Waarde
    """The existing article after which the new one comes: "5" gives artikel 5a."""
    artikel: Artikel


class LidToevoegen(Model):
    artikel: Waarde
    """Number of the existing article, e.g. "6"."""
    nummer: Getal
    """Number the new lid gets (the existing article has one lid fewer)."""
    uit_model: Waarde | None = None
    """"onderzoek.uitgangspunt": a lid of a model article."""
    lid: Lid | None = None
    toelichting: list[Alinea] = []

    @model_validator(mode="after")
    def _one_source(self) -> LidToevoegen:
        if (self.uit_model is None) == (self.lid is None):
            raise fail("lid_source", "geef óf 'uit_model:' (artikel.lid uit het model) óf 'lid:' met de tekst — niet beide, niet geen")
        return self


class BegrippenInvoegen(Model):
    artikel: Waarde
    """Number of the existing begripsbepalingen article, e.g. "1"."""
    uit_model: Id
    """Label of the model's begripsbepalingen article."""
    begrippen: list[Id] = Field(min_length=1)
    """Labels of the definitions (onderdelen) to insert."""
    toelichting: list[Alinea] = []


class Wijziging(Model):
    veldnamen = {"artikel_invoegen": "Een artikel invoegen", "lid_toevoegen": "Een lid toevoegen aan een artikel",
                 "begrippen_invoegen": "Begrippen invoegen"}
    een_van = ("Soort wijziging", ("artikel_invoegen", "lid_toevoegen", "begrippen_invoegen"))

    artikel_invoegen: ArtikelInvoegen | None = None
    lid_toevoegen: LidToevoegen | None = None
    begrippen_invoegen: BegrippenInvoegen | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Wijziging:
        given = [name for name in type(self).model_fields if getattr(self, name) is not None]
        if len(given) != 1:
            kinds = [type(self).veldnamen[name][0].lower() + type(self).veldnamen[name][1:] for name in type(self).model_fields]
            raise fail("change_kind", f"elke wijziging is precies één soort wijziging: {', '.join(kinds[:-1])} of {kinds[-1]}"
                       " — kies er één; een tweede soort wordt een wijziging apart")  # the form's own words (veldnamen)
        return self


class Wijzigingsverordening(Raadsbesluit):
    soort: Literal["wijzigingsverordening"]
    wijzigt: Waarde
    """The verordening amended, as cited: "Verordening jeugdhulp Den Haag 2015"."""
    bestaand: dict[str, Waarde] = {}
    """Labels the inserted text refers to that are already in the amended verordening:
    `onderzoek.gesprek: "6.1"` (artikel 6, eerste lid)."""
    wijzigingen: list[Wijziging] = Field(min_length=1)
    inwerkingtreding: Datum | None = None
    """Default: the day after publication."""
    citeertitel: Formule | None = None
