"""The orgaan's profile (`soort: gemeente` for every kind of orgaan): names for the ondertekening, a huisstijl.

A name may be written plainly (`burgemeester: Peter Snijders`) or as the people who held the office
with their dates (`burgemeester: [{naam: ..., van: ..., tot: ...}]`): then each document is signed by
whoever was in office on its own date, and `check --streng` refuses a signatory who was not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationInfo, field_validator

from generator.soorten.base import Citaat, Datum, Formule, Getal, JaNee, Model, Naam, Waarde, fail
from generator.soorten.vergadering.fracties import Fractie

ROLLEN = ("voorzitter", "secretaris", "griffier")
"""The offices that sign; the words for them come from the orgaan (a gemeente's voorzitter signs as burgemeester)."""


class Huisstijl(Model):
    templates: Waarde | None = None
    """Folder (relative to the profile) whose templates override the defaults of the same name."""
    logo: Waarde | None = None
    """PNG or JPEG file (relative to the profile) shown in the letterhead."""
    logo_beschrijving: str | None = None
    """What the logo shows, for a reader who cannot see it (Word's alternative text, the PDF's figure
    text); without it "Logo" and the letterhead: "Logo Gemeente Zuidplas"."""


class Ambtstermijn(Model):
    """One person in one office: from `van` up to and including `tot` (either left out when no source gives it)."""

    naam: Naam
    van: Datum | None = None
    tot: Datum | None = None
    bron: Citaat | None = None
    """Where the name and dates come from (a URL or a document), so a reader can check them."""

    @field_validator("tot")
    @classmethod
    def _after_van(cls, tot: dt.date | None, info: ValidationInfo) -> dt.date | None:
        """A term that ends before it begins covers no day: said here, at the profile, not at every document."""
        from generator import nl

        van = info.data.get("van")
        if tot is not None and van is not None and tot < van:
            raise fail("termijn", f"'tot' ({nl.datum_kort(tot)}) ligt vóór 'van' ({nl.datum_kort(van)})"
                       " — controleer beide datums in de bron")
        return tot

    def covers(self, datum: dt.date) -> bool:
        return (self.van is None or self.van <= datum) and (self.tot is None or datum <= self.tot)

    @property
    def periode(self) -> str:
        from generator import nl

        van = f"van {nl.datum_kort(self.van)}" if self.van else ""
        tot = f"tot en met {nl.datum_kort(self.tot)}" if self.tot else "tot heden"
        return f"{van} {tot}".strip()


Ambt = Naam | list[Ambtstermijn]


class Gemeente(Model):
    soort: Literal["gemeente"]
    naam: Naam
    """As the register names the orgaan: Zwolle, Den Haag, Gelderland, Waterschap Rivierenland."""
    voorzitter: Ambt | None = None
    """The chair of the assembly and the executive: the commissaris van de Koning, the dijkgraaf; for a
    gemeente its burgemeester, which the profile may also call `burgemeester:`."""
    burgemeester: Ambt | None = None
    """A gemeente's voorzitter, by its own name."""
    secretaris: Ambt | None = None
    griffier: Ambt | None = None
    """Names may be left out where no source states them; the signature then shows the role only."""
    orgaan: Formule | None = None
    """Who adopts moties and besluiten, instead of the register's form ("De raad van de gemeente <naam>")."""
    afdoeningstermijn: Getal = 6
    """Months within which an adopted motie should be afgedaan (motievolglijst: "te laat")."""
    vragentermijn: Getal | None = None
    """Days within which schriftelijke vragen are answered; default the kind's (soorten/termijnen.yaml, sourced)."""
    vragenartikel: Formule | None = None
    """The article of the Reglement van Orde on schriftelijke vragen ("artikel 41 van het Reglement van Orde");
    default the kind's, where one is known."""
    momenten: dict[Formule, Datum] = {}
    """Named moments a toezegging's term may name ("voor de begroting 2027": 2026-11-01)."""
    huisstijl: Huisstijl | None = None
    zetels: Getal | None = None
    """The seats of the assembly (Zwolle 39, Gelderland 55): the quorum and "voltallig" count from it."""
    fracties: list[Fractie] = []
    """The fracties with their seats and members, dated (soorten/vergadering/fracties.py): a vergadering's
    tally is counted from them."""
    stemmingsvolgorde: list[Literal["subamendementen", "amendementen", "voorstel", "moties"]] = []
    """The order of voting within an agendapunt, as the orgaan's Reglement van Orde has it; default the
    sourced order of soorten/vergadering/regels.yaml."""
    odt: JaNee = False
    """`ja`: `build` also makes an ODT copy (OpenDocument, the open standard on the Forum
    Standaardisatie's list) of every document of this orgaan, as `build --odt` does for all."""

    def termijnen(self, rol: str) -> list[Ambtstermijn]:
        """The people of an office; a plain name is one term without dates."""
        value = (self.voorzitter or self.burgemeester) if rol in ("voorzitter", "burgemeester") else getattr(self, rol)
        if value is None:
            return []
        if isinstance(value, str):
            return [Ambtstermijn(naam=value)]
        return list(value)

    def dated(self, rol: str) -> bool:
        """Whether the profile says when the office changed hands (then a date decides who signs)."""
        return any(t.van or t.tot for t in self.termijnen(rol))

    def in_functie(self, rol: str, datum: dt.date | None) -> str:
        """Who held the office on `datum` ("" when no one, or when the date is unknown and the profile has dates)."""
        terms = self.termijnen(rol)
        if datum is None:
            return terms[0].naam if len(terms) == 1 and not self.dated(rol) else ""
        found = [t for t in terms if t.covers(datum)]
        return found[0].naam if len(found) == 1 else ""


def ondertekenaar(given: str | None, gemeente: Gemeente | None, rol: str, datum: dt.date | None) -> str:
    """The name under a signature: the document's own, else whoever the profile has in office on its date."""
    return given or (gemeente.in_functie(rol, datum) if gemeente is not None else "")


def ondertekening(orgaan: Any, key: str, gemeente: Gemeente | None, datum: dt.date | None,
                  given: Callable[[str], str | None]) -> list[dict[str, str]]:
    """The signatures of a letter (`brief_ondertekening`) or a besluit (`besluit_ondertekening`) of `orgaan`,
    in its order: each role's label ("de burgemeester") and name (the document's own, else the profile's)."""
    return [{"rol": role.rol, "label": role.label, "naam": ondertekenaar(given(role.rol), gemeente, role.rol, datum)}
            for role in orgaan.roles(key)]


@dataclass(frozen=True)
class Signer:
    """One signature as `check --streng` sees it: the office, how the line reads, the name the document
    gives (if any) and where."""

    rol: str
    label: str
    given: str | None
    loc: tuple[str | int, ...]


@dataclass(frozen=True)
class Signatures:
    """A soort's `signers`: the date the signatures hold on, where it stands, and the signatures."""

    datum: dt.date | None
    date_loc: tuple[str | int, ...]
    people: list[Signer]
