"""The vergadering: one meeting of the assembly, its agenda, and once held its votes and decisions.

Stukken are named by their data file (a path from data/, like an amendement's `voorstel:`); their
titles, numbers and indieners come from those files. A vote names the fracties on each side; the tally is
counted from the profile's fracties and the members present (telling.py), and an `uitslag:` typed here is
checked against it. The status of every stuk voted on follows from here (status.py).
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from generator.soorten.base import Code, Datum, Formule, Id, JaNee, Model, Naam, Tekst, Waarde, doubles, fail

SOORTEN = ("raadsvergadering", "commissievergadering", "statenvergadering", "algemene_bestuursvergadering",
           "plenaire_vergadering")
"""The kinds of meeting (the ODS model's VergaderingsType, and the Kamers' plenaire vergadering)."""
UITKOMSTEN = ("ingetrokken", "aangehouden", "overgenomen")
"""What happens to a stuk without a vote (the motie's statuses)."""
MODI = ("voor", "hoofdelijk", "algemene_stemmen", "zonder_stemming", "uitkomst")


def _tijd(value: str) -> str:
    if not re.fullmatch(r"([01]\d|2[0-3])[:.][0-5]\d", value):
        raise fail("tijd", f"'{value}' is geen tijd — schrijf de tijd als UU:MM, bijvoorbeeld 19:30")
    return value.replace(".", ":")


Tijd = Annotated[Waarde, AfterValidator(_tijd)]


class Afwezig(Model):
    naam: Naam
    reden: Formule | None = None
    """"met kennisgeving", "wegens ziekte"."""


class Afwijkend(Model):
    """A member who voted otherwise than the fractie (a split fractie)."""

    lid: Naam
    stem: Literal["voor", "tegen"]


class Stemverklaring(Model):
    fractie: Naam | None = None
    lid: Naam | None = None
    tekst: Tekst

    @model_validator(mode="after")
    def _who(self) -> Stemverklaring:
        if (self.fractie is None) == (self.lid is None):
            raise fail("stemverklaring", "een stemverklaring noemt 'fractie:' óf 'lid:' — zeg wie haar aflegde")
        return self


class Stemming(Model):
    """The decision on one stuk: a vote per fractie, a hoofdelijke stemming, met algemene stemmen, without a
    vote, or an outcome without a vote (ingetrokken, aangehouden, overgenomen)."""

    veldnamen = {"over": "Over (stuk)", "voor": "Voor", "tegen": "Tegen", "hoofdelijk": "Hoofdelijke stemming",
                 "afwijkend": "Leden die anders stemden dan hun fractie", "algemene_stemmen": "Met algemene stemmen",
                 "zonder_stemming": "Zonder stemming", "uitkomst": "Uitkomst zonder stemming",
                 "afwezig": "Niet bij deze stemming", "niet_deelgenomen": "Mochten niet meestemmen",
                 "uitslag": "Uitslag zoals getypt (wordt nageteld)", "stemverklaringen": "Stemverklaringen"}

    over: Waarde
    """The stuk voted on: its data file, path from data/ (one of the agendapunt's `stukken:`)."""
    voor: list[Naam] = []
    """The fracties that voted for it (with `hoofdelijk: ja`: the members)."""
    tegen: list[Naam] = []
    hoofdelijk: JaNee = False
    """A hoofdelijke stemming: `voor:` and `tegen:` name every member present."""
    afwijkend: list[Afwijkend] = []
    """Members who voted otherwise than their fractie."""
    algemene_stemmen: JaNee = False
    zonder_stemming: JaNee = False
    """Adopted without a vote (a hamerstuk, or no vote was asked)."""
    uitkomst: Literal[UITKOMSTEN] | None = None  # type: ignore[valid-type]
    afwezig: list[Naam] = []
    """Members present at the meeting but not at this vote (they left, or came later)."""
    niet_deelgenomen: list[Naam] = []
    """Members who may not take part (Gemeentewet art. 28: it concerns them personally)."""
    uitslag: Code | None = None
    """The tally as typed ("21 voor, 18 tegen", "met algemene stemmen"): checked against the count."""
    stemverklaringen: list[Stemverklaring] = []

    @model_validator(mode="after")
    def _one_way(self) -> Stemming:
        ways = [m for m in MODI if (self.voor or self.tegen if m == "voor" else getattr(self, m))]
        if self.hoofdelijk:
            ways = [w for w in ways if w != "voor"]
        if len(ways) != 1:
            raise fail("stemming", "een stemming is één van: 'voor:'/'tegen:' (per fractie), 'hoofdelijk: ja' met"
                       " 'voor:'/'tegen:' (per lid), 'algemene_stemmen: ja', 'zonder_stemming: ja' of 'uitkomst:'"
                       " (ingetrokken, aangehouden, overgenomen) — kies er één")
        if self.afwijkend and (self.hoofdelijk or not (self.voor or self.tegen)):
            raise fail("afwijkend", "'afwijkend:' hoort bij een stemming per fractie — noem bij een hoofdelijke"
                       " stemming elk lid onder 'voor:' of 'tegen:'")
        both = sorted(set(self.voor) & set(self.tegen))
        if both:
            raise fail("stemming", f"'{both[0]}' staat zowel bij 'voor:' als bij 'tegen:' — noem elke"
                       f" {'naam' if self.hoofdelijk else 'fractie'} aan één kant"
                       + ("" if self.hoofdelijk else " (leden die anders stemden dan hun fractie onder 'afwijkend:')"))
        return self

    @property
    def wijze(self) -> str:
        """How it was decided: voor (per fractie), hoofdelijk, algemene_stemmen, zonder_stemming, uitkomst."""
        if self.hoofdelijk:
            return "hoofdelijk"
        return next(m for m in MODI if (self.voor or self.tegen if m == "voor" else getattr(self, m)))


class Ingekomen(Model):
    """An ingekomen stuk: a data file (an afdoeningsbrief) or a letter named by its title, with its handling."""

    stuk: Waarde | None = None
    titel: Formule | None = None
    afzender: Naam | None = None
    datum: Datum | None = None
    voorstel: Formule | None = None
    """The proposed handling: "ter kennisneming", "in handen van het college stellen"."""
    besluit: Formule | None = None
    """The handling decided, when it differs from the voorstel (once held)."""

    @model_validator(mode="after")
    def _named(self) -> Ingekomen:
        if (self.stuk is None) == (self.titel is None):
            raise fail("ingekomen", "een ingekomen stuk noemt 'stuk:' (een bestand in data/) óf 'titel:'")
        return self


class Afdoening(Model):
    """How a toezegging was kept, when no raadsinformatiebrief in data/ says so ("mondeling in de commissie")."""

    datum: Datum
    hoe: Formule


class Toezegging(Model):
    veldnamen = {"nummer": "Nummer", "wie": "Wie zegt toe", "wat": "Wat", "termijn": "Uiterlijk op",
                 "moment": "Of: moment (zoals 'voor de begroting 2027')", "afgedaan": "Afgedaan zonder brief"}

    nummer: Code | None = None
    """How letters and lists name it ("T-2025-03"); default <agendapunt>.<n> ("4.1")."""
    wie: Naam
    """Who made it: "wethouder A. Voorbeeld"."""
    wat: Tekst
    termijn: Datum | None = None
    """By when."""
    moment: Formule | None = None
    """A named moment instead of a date ("voor de begroting 2027"), dated by the profile's `momenten:`."""
    afgedaan: Afdoening | None = None

    @model_validator(mode="after")
    def _one_term(self) -> Toezegging:
        if self.termijn is not None and self.moment is not None:
            raise fail("termijn", "een toezegging heeft 'termijn:' (een datum) óf 'moment:' (zoals 'voor de begroting"
                       " 2027') — kies er één")
        return self


class Agendapunt(Model):
    veldnamen = {"nummer": "Nummer", "titel": "Titel", "hamerstuk": "Hamerstuk", "stukken": "Stukken (bestanden)",
                 "besluitenlijst": "Stelt de besluitenlijst vast van (bestand)", "ingekomen": "Ingekomen stukken",
                 "voorstel": "Voorstel (punt zonder stukken)", "besluit": "Besluit (punt zonder stukken)",
                 "stemmingen": "Stemmingen", "toezeggingen": "Toezeggingen"}

    nummer: Code
    titel: Formule | None = None
    """Default: the title of its first stuk."""
    toelichting: Tekst | None = None
    hamerstuk: JaNee = False
    """Adopted without debate or vote, unless a vote is recorded (bespreekstuk otherwise)."""
    stukken: list[Waarde] = []
    """The stukken it treats: data files, paths from data/ (raadsvoorstellen, moties, amendementen, …)."""
    besluitenlijst: Waarde | None = None
    """The vergadering whose besluitenlijst this point adopts (a file in data/vergaderingen/)."""
    ingekomen: list[Ingekomen] = []
    voorstel: Formule | None = None
    """The proposed decision for a point without stukken ("de agenda vast te stellen")."""
    besluit: Formule | None = None
    """What was decided on a point without stukken ("De agenda wordt ongewijzigd vastgesteld.")."""
    stemmingen: list[Stemming] = []
    toezeggingen: list[Toezegging] = []

    @model_validator(mode="after")
    def _titled(self) -> Agendapunt:
        if not self.titel and not self.stukken and not self.besluitenlijst:
            raise fail("titel", f"agendapunt {self.nummer} heeft geen 'titel:' en geen 'stukken:' — geef het een titel")
        double = doubles(list(self.stukken))
        if double:
            raise fail("stukken", f"'{double[0]}' staat twee keer bij agendapunt {self.nummer} — noem elk stuk één keer")
        return self


class Vergadering(Model):
    veldnamen = {"datum": "Datum", "aanvang": "Aanvang (uu:mm)", "einde": "Einde (uu:mm)", "plaats": "Plaats",
                 "vergadering": "Soort vergadering", "naam": "Naam op de agenda", "status": "Status",
                 "afwezig": "Afwezig bij de hele vergadering", "agenda": "Agenda", "concept": "Concept (nog niet definitief)"}
    meer_opties = frozenset({"naam", "vergadering"})

    soort: Literal["vergadering"]
    orgaan: Id
    datum: Datum
    aanvang: Tijd | None = None
    einde: Tijd | None = None
    plaats: Naam | None = None
    vergadering: Literal[SOORTEN] | None = None  # type: ignore[valid-type]
    """The kind of meeting; default the orgaan's own (raadsvergadering, Statenvergadering, …)."""
    naam: Formule | None = None
    """As the agenda heads it, when not "<kind of meeting> van <date>"."""
    status: Literal["gepland", "gehouden", "geannuleerd"] | None = None
    """Default: gehouden once it records a vote or a decision, else gepland."""
    voorzitter: Naam | None = None
    """Who chairs; default the profile's voorzitter on the date."""
    griffier: Naam | None = None
    afwezig: list[Naam | Afwezig] = []
    """Members absent from the whole meeting (with a reason: `{naam: …, reden: met kennisgeving}`)."""
    agenda: list[Agendapunt] = Field(min_length=1)
    concept: JaNee = False

    @model_validator(mode="after")
    def _numbers(self) -> Vergadering:
        double = doubles([punt.nummer for punt in self.agenda])
        if double:
            raise fail("agenda", f"het agendapunt {double[0]} staat twee keer op de agenda — geef elk punt een eigen nummer")
        return self

    @property
    def afwezigen(self) -> list[Afwezig]:
        return [Afwezig(naam=a) if isinstance(a, str) else a for a in self.afwezig]

    @property
    def gehouden(self) -> bool:
        if self.status is not None:
            return self.status == "gehouden"
        return any(punt.stemmingen or punt.besluit for punt in self.agenda)

    @property
    def titel(self) -> str:
        """How a list names it (the editor): its `naam:`, else its date."""
        return self.naam or f"Vergadering van {self.datum.isoformat()}"
