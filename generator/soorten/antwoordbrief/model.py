"""The antwoordbrief: the answers to one set of schriftelijke vragen (named by their data file, quoted from
there), and/or the uitstelbericht that, sent before the term ends, gives the reason and a new date."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from generator.soorten.afdoeningsbrief.model import Ondertekening
from generator.soorten.base import Code, Datum, Formule, Getal, JaNee, Model, Tekst, Waarde, fail


class Antwoord(Model):
    vraag: Getal
    """The number of the vraag it answers (1 is the first)."""
    antwoord: Tekst


class Uitstel(Model):
    datum: Datum
    """The day the uitstelbericht is sent: before the term ends."""
    reden: Tekst
    nieuwe_datum: Datum
    """By when the vragen will be answered."""


class Antwoordbrief(Model):
    uitleg = {"vragen": "De schriftelijke vragen die deze brief beantwoordt. Staan ze er nog niet bij, maak ze dan eerst."}

    soort: Literal["antwoordbrief"]
    vragen: Waarde
    """The vragen's data file: its name (without .yaml) in data/vragen/, or a path from this file."""
    kenmerk: Code
    datum: Datum | None = None
    """The day of the answers; required once `antwoorden:` are filled, except in a concept."""
    concept: JaNee = False
    volledig: JaNee = True
    """The letter answers every vraag; `nee` when some follow later."""
    antwoorden: list[Antwoord] = []
    uitstel: Uitstel | None = None
    onderwerp: Formule | None = None
    aanleiding: Tekst | None = None
    ondertekening: Ondertekening = Ondertekening()

    @model_validator(mode="after")
    def _something(self) -> Antwoordbrief:
        if not self.antwoorden and self.uitstel is None:
            raise fail("missing", "de brief heeft geen 'antwoorden:' en geen 'uitstel:' — vul de antwoorden in,"
                       " of 'uitstel:' met datum, reden en nieuwe_datum")
        if self.antwoorden and self.datum is None and not self.concept:
            raise fail("missing", "de brief heeft geen 'datum:' — vul de datum van de antwoorden in (JJJJ-MM-DD),"
                       " of zet 'concept: ja' zolang hij niet bekend is")
        return self

