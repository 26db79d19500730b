"""Schriftelijke vragen: who asks (members and their fractie), whom, about what, when submitted, and the
numbered vragen with an optional inleiding. The answer term follows from the orgaan (soorten/termijnen.py)
unless the vragen name their own (a vragensteller may ask for a shorter one)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.soorten.base import Code, Datum, Formule, Id, JaNee, Model, Naam, Tekst


class Vragensteller(Model):
    naam: Naam
    fractie: Naam | None = None


class Vragen(Model):
    soort: Literal["vragen"]
    orgaan: Id
    onderwerp: Formule
    """What the vragen are about, as the heading reads after "over"."""
    ingediend: Datum
    """The day the vragen were submitted: the term counts from here."""
    vragenstellers: list[Vragensteller] = Field(min_length=1)
    aan: Formule | None = None
    """Whom they are put to; default the orgaan's executive (het college, Gedeputeerde Staten). A Kamer's
    vragen name the minister: "de Minister van Binnenlandse Zaken en Koninkrijksrelaties"."""
    nummer: Code | None = None
    """The griffie's number ("2025-014")."""
    inleiding: list[Tekst] = []
    vragen: list[Tekst] = Field(min_length=1)
    """Numbered in this order: "Vraag 1", "Vraag 2", …"""
    termijn: Datum | None = None
    """Answered by this day, when not the orgaan's term after `ingediend`."""
    concept: JaNee = False

    @property
    def titel(self) -> str:
        return self.onderwerp
