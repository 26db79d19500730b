"""The gemeente profile: names for the aanhef and ondertekening, and the huisstijl."""

from __future__ import annotations

from typing import Literal

from generator.soorten.base import Getal, Model, Tekst


class Huisstijl(Model):
    templates: Tekst | None = None
    """Folder (relative to the profile) whose templates override the defaults of the same name."""
    logo: Tekst | None = None
    """PNG or JPEG file (relative to the profile) shown in the letterhead."""


class Gemeente(Model):
    soort: Literal["gemeente"]
    naam: Tekst
    """As it follows "gemeente": Zwolle, Den Haag."""
    burgemeester: Tekst | None = None
    secretaris: Tekst | None = None
    griffier: Tekst | None = None
    """Names may be left out where no source states them; the signature then shows the role only."""
    orgaan: Tekst | None = None
    """Who adopts moties; default "De raad van de gemeente <naam>"."""
    afdoeningstermijn: Getal = 6
    """Months within which an adopted motie should be afgedaan (motievolglijst: "te laat")."""
    huisstijl: Huisstijl | None = None

    @property
    def raad(self) -> str:
        return self.orgaan or f"De raad van de gemeente {self.naam}"
