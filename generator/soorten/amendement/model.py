"""The amendement (Gemeentewet art. 147b): changes to an ontwerpbesluit, proposed by raadsleden.

It points at the raadsvoorstel's data file and names each target by label (`beslispunt:`,
`artikel:`, `lid:`, `onderdeel:`, optionally a `zinsdeel:` inside it), so its quotes come from
the voorstel's own data. A subamendement points at an amendement and changes one of its new texts.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from generator.errors import Issue
from generator.loading.reader import Document
from generator.soorten.base import Datum, Getal, Id, JaNee, Model, Tekst, fail
from generator.soorten.motie.model import Indiener, Stemming

STATUSSEN = ("ingediend", "aangenomen", "verworpen", "ingetrokken", "aangehouden")
ACTIES = ("vervangen_door", "toevoegen_na", "toevoegen_voor", "schrappen")


class Extern(Model):
    """A target with no data file here (an imported amendement of another raad): kept verbatim."""

    voorstel: Tekst
    """As the amendement names it: "raadsvoorstel Vaststelling … (RIS123)"."""
    oorspronkelijk: Tekst | None = None
    wordt: Tekst | None = None


class Wijziging(Model):
    beslispunt: Id | None = None
    artikel: Id | None = None
    """Label of an article of the verordening a beslispunt adopts."""
    lid: Id | None = None
    onderdeel: Id | None = None
    wijziging: Getal | None = None
    """Subamendement: the number (1, 2, …) of the amendement's change whose new text it changes."""
    zinsdeel: Tekst | None = None
    """Words inside the target that the change is about, quoted exactly."""
    vervangen_door: Tekst | None = None
    toevoegen_na: Tekst | None = None
    toevoegen_voor: Tekst | None = None
    schrappen: JaNee = False
    bedrag: JaNee = False
    """The change moves an amount: the amendement then states its `dekking:`."""

    @model_validator(mode="after")
    def _one_action(self) -> Wijziging:
        given = [a for a in ACTIES if getattr(self, a)]
        if len(given) != 1:
            raise fail("actie", "elke wijziging heeft precies één van 'vervangen_door:', 'toevoegen_na:',"
                       " 'toevoegen_voor:' of 'schrappen: ja' — splits ze in aparte wijzigingen (- …)")
        if not (self.beslispunt or self.artikel or self.wijziging):
            raise fail("doel", "de wijziging zegt niet wat zij wijzigt — geef 'beslispunt:', 'artikel:'"
                       " (met eventueel 'lid:' en 'onderdeel:') of, in een subamendement, 'wijziging:'")
        return self

    @property
    def actie(self) -> str:
        return next(a for a in ACTIES if getattr(self, a))

    @property
    def nieuw(self) -> str:
        return self.vervangen_door or self.toevoegen_na or self.toevoegen_voor or ""


class Amendement(Model):
    soort: Literal["amendement", "subamendement"]
    voorstel: Tekst | None = None
    """The raadsvoorstel's data file, path from data/ (raadsvoorstellen/x.yaml)."""
    amendement: Tekst | None = None
    """Subamendement: the amendement's data file, path from data/."""
    extern: Extern | None = None
    gemeente: Id | None = None
    """Default: the voorstel's gemeente (required with `extern:`)."""
    titel: Tekst
    nummer: Tekst | None = None
    vergadering: Datum
    stemmingsvolgorde: Getal | None = None
    """Place in the order of voting of the vergadering (1 is voted first)."""
    agendapunt: Tekst | None = None
    wijzigingen: list[Wijziging] = []
    dekking: Tekst | None = None
    toelichting: list[Tekst] = []
    indieners: list[Indiener] = []
    status: Literal[STATUSSEN] = "ingediend"  # type: ignore[valid-type]
    status_datum: Datum | None = None
    """Date of the vote; default the vergadering."""
    stemming: Stemming | None = None
    niet_geplaatst: list[Tekst] = Field(default=[])
    """Text the importer could not place."""

    @model_validator(mode="after")
    def _target(self) -> Amendement:
        targets = [n for n in ("voorstel", "amendement", "extern") if getattr(self, n)]
        if len(targets) != 1:
            raise fail("doel", "een amendement wijst precies één van 'voorstel:', 'amendement:' (subamendement)"
                       " of 'extern:' aan")
        if (self.soort == "subamendement") != (targets[0] == "amendement"):
            raise fail("doel", "een subamendement wijst met 'amendement:' een amendement aan; een amendement"
                       " wijst met 'voorstel:' een raadsvoorstel aan")
        if targets[0] != "extern" and not self.wijzigingen:
            raise fail("wijzigingen", "het amendement heeft geen 'wijzigingen:' — voeg er minstens één toe")
        if targets[0] == "extern" and not self.gemeente:
            raise fail("gemeente", "een amendement met 'extern:' noemt zijn 'gemeente:' — voeg die toe")
        return self

    def located_issues(self, doc: Document) -> list[Issue]:
        """A change that moves an amount must say where the money comes from (its dekking)."""
        if self.dekking:
            return []
        return [doc.issue(("wijzigingen", i, "bedrag"), "deze wijziging verschuift een bedrag, maar het amendement"
                          " noemt geen dekking", "voeg 'dekking:' toe: waar het geld vandaan komt (of naartoe gaat)")
                for i, w in enumerate(self.wijzigingen) if w.bedrag]

    @property
    def stemdatum(self) -> dt.date:
        return self.status_datum or self.vergadering
