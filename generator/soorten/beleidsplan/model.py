"""The beleidsplan and the programmabegroting: programma's, doelen with their figures, and the
familiegroepsplan section the VNG factsheet asks a beleidsplan jeugd to contain (seed 002).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationInfo, field_validator, model_validator

from generator.loading.reader import Document
from generator.soorten.base import FOOTNOTE_MARK, Aard, Citaat, Code, Datum, Formule, Id, JaNee, Model, Naam, Tekst, fail
from generator.soorten.beleidsplan.begroting import AmountError, Regel, parse_amount, resultaat_mismatch, saldo_mismatch


def _amount(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return parse_amount(value)
    except AmountError as exc:
        raise fail("bedrag", str(exc)) from None


Bedrag = Annotated[Decimal, BeforeValidator(_amount), Aard.WAARDE]


def _as_list(value: Any) -> Any:
    """One paragraph may be written as a plain text instead of a list of one."""
    return [value] if isinstance(value, str) else value


Alineas = Annotated[list[Tekst], BeforeValidator(_as_list)]


class BatenLasten(Model):
    """The "Overzicht baten en lasten" of one doel. Saldo and geraamd resultaat are computed;
    when the author states them too, they must agree (seed 004 arithmetic)."""

    lasten: Bedrag
    baten: Bedrag = Decimal(0)
    saldo: Bedrag | None = None
    toevoeging_reserves: Bedrag = Decimal(0)
    onttrekking_reserves: Bedrag = Decimal(0)
    geraamd_resultaat: Bedrag | None = None

    def regel(self) -> Regel:
        return Regel(self.lasten, self.baten, self.toevoeging_reserves, self.onttrekking_reserves)

    @field_validator("saldo")
    @classmethod
    def _saldo_agrees(cls, value: Decimal | None, info: ValidationInfo) -> Decimal | None:
        data = info.data
        if value is not None and {"lasten", "baten"} <= set(data):
            problem = saldo_mismatch(Regel(data["lasten"], data["baten"]), value)
            if problem:
                raise fail("saldo", problem)
        return value

    @field_validator("geraamd_resultaat")
    @classmethod
    def _resultaat_agrees(cls, value: Decimal | None, info: ValidationInfo) -> Decimal | None:
        data = info.data
        needed = {"lasten", "baten", "toevoeging_reserves", "onttrekking_reserves"}
        if value is not None and needed <= set(data):
            regel = Regel(data["lasten"], data["baten"], data["toevoeging_reserves"], data["onttrekking_reserves"])
            problem = resultaat_mismatch(regel, value)
            if problem:
                raise fail("resultaat", problem)
        return value


class Criteria(Model):
    kop: Formule | None = None
    """The lead sentence; default "<titel van het doel>, zodanig dat:"."""
    punten: list[Tekst] = Field(min_length=1)
    """Measurable points that complete the lead sentence."""


def _activity(value: Any) -> Any:
    return {"tekst": value} if isinstance(value, str) else value


class Activiteit(Model):
    """A point under "Activiteiten". Written as plain text, or as `motie:` (its file name in
    data/moties/ without .yaml) with optional `tekst:`; the motie's nummer and titel are quoted."""

    tekst: Tekst | None = None
    motie: Id | None = None
    actie: Formule = "Uitvoeren motie"
    """The words before the motie's title."""

    @model_validator(mode="after")
    def _says_something(self) -> Activiteit:
        if self.tekst is None and self.motie is None:
            raise fail("activiteit", "de activiteit is leeg — schrijf een tekst of verwijs met 'motie:' naar een motie")
        return self


class Doel(Model):
    nummer: Code
    titel: Formule
    beschrijving: Alineas = []
    criteria: Criteria | None = None
    portefeuillehouders: list[Naam] = []
    activiteiten: list[Annotated[Activiteit, BeforeValidator(_activity)]] = []
    baten_en_lasten: BatenLasten | None = None


class Programma(Model):
    nummer: Code | None = None
    titel: Formule | None = None
    inleiding: Alineas = []
    doelen: list[Doel] = Field(min_length=1)


VORMEN = (
    ("zelfstandig", "Zelfstandig"),
    ("onafhankelijke_derde", "Met ondersteuning van een onafhankelijke derde"),
    ("professional", "Met ondersteuning van een professional"),
)
"""The forms of seed 002 ("Welke vormen zijn er …"), as field and heading."""

PUNTEN = (
    ("informeren", "Informeren van burgers"),
    ("inbedding", "Inbedding in de Toegang en het jeugdhulpstelsel"),
    ("afspraken", "Afspraken met jeugdhulpaanbieders en gecertificeerde instellingen"),
    ("budget", "Budget"),
    ("monitoring", "Prestatieafspraken, monitoring en evaluatie"),
)
"""The other points of seed 002 ("Opname in het gemeentelijke beleidsplan", "Opname in de begroting",
"Overige aandachtspunten"), as field and heading, in the order the section shows them."""
VORMEN_KOP = "Vormen waarin de gemeente het familiegroepsplan faciliteert"


class Vormen(Model):
    """The three forms the factsheet names, and how the gemeente facilitates each."""

    inleiding: Alineas = []
    zelfstandig: Alineas = []
    onafhankelijke_derde: Alineas = []
    professional: Alineas = []


class Familiegroepsplan(Model):
    """What the VNG factsheet asks a beleidsplan to say about the familiegroepsplan.

    Every point is a named field, so `raadsstukken check` can list the points left out
    (generator/lint_beleidsplan.py) without guessing from the wording.
    """

    kop: Formule = "Familiegroepsplan"
    inleiding: Alineas = []
    vormen: Vormen | None = None
    informeren: Alineas = []
    """How citizens hear of the possibility, and where they can go for support."""
    inbedding: Alineas = []
    """Its place in the Toegang and the jeugdhulpstelsel, including niet vrij toegankelijke jeugdhulp."""
    afspraken: Alineas = []
    """Afspraken with jeugdhulpaanbieders and gecertificeerde instellingen (werken vanuit eigen kracht)."""
    budget: Alineas = []
    """How the gemeente finances it (factsheet: "Opname in de begroting")."""
    monitoring: Alineas = []
    """Prestatieafspraken with instellingen, monitoring and evaluation (cliënttevredenheid)."""

    def teksten(self) -> list[str]:
        vormen = self.vormen or Vormen()
        return [*self.inleiding, *vormen.inleiding, *vormen.zelfstandig, *vormen.onafhankelijke_derde,
                *vormen.professional, *self.informeren, *self.inbedding, *self.afspraken, *self.budget,
                *self.monitoring]


class Beleidsplan(Model):
    veldnamen = {"datum": "Datum", "concept": "Concept (nog niet definitief)", "programmas": "Programma’s", "doelen": "Doelen",
                 "familiegroepsplan": "Familiegroepsplan", "voetnoten": "Voetnoten"}
    uitleg = {"voetnoten": "De tekst van elke voetnoot. In een tekst verwijst u naar voetnoot 1 met [^1]."}

    soort: Literal["beleidsplan"]
    gemeente: Id
    titel: Formule
    ondertitel: Formule | None = None
    datum: Datum | None = None
    concept: JaNee = False
    """A draft: CONCEPT in the header and a watermark; `check --streng` lists its gaps instead of failing,
    and `bundel` refuses it as final."""
    inleiding: Alineas = []
    programmas: list[Programma] = []
    doelen: list[Doel] = []
    """A plan without programma's lists its doelen directly."""
    familiegroepsplan: Familiegroepsplan | None = None
    voetnoten: dict[str, Citaat] = {}

    @classmethod
    def prepare(cls, doc: Document) -> None:
        """A plain list under `criteria:` becomes its `punten:` (the lead sentence is then the default)."""
        for loc, doel in _doelen(doc.data):
            criteria = doel.get("criteria")
            if isinstance(criteria, list):
                doel["criteria"] = {"punten": criteria}
                _relocate(doc, (*loc, "criteria"), (*loc, "criteria", "punten"))

    @model_validator(mode="after")
    def _complete(self) -> Beleidsplan:
        if bool(self.programmas) == bool(self.doelen):
            raise fail("programmas", "geef 'programmas:' of 'doelen:' op, niet allebei en niet geen van beide"
                       " — zet de doelen onder een programma, of schrijf alleen 'doelen:'")
        missing = sorted(set(FOOTNOTE_MARK.findall(" ".join(self.teksten()))) - set(self.voetnoten))
        if missing:
            raise fail("footnote", f"de tekst verwijst naar voetnoot [^{missing[0]}], maar die staat niet onder"
                       f" 'voetnoten:' — voeg '{missing[0]}: <tekst>' toe onder voetnoten")
        return self

    def alle_programmas(self) -> list[Programma]:
        return list(self.programmas) or [Programma(doelen=list(self.doelen))]

    def teksten(self) -> list[str]:
        """Every text that may carry a footnote marker."""
        found = list(self.inleiding)
        for programma in self.alle_programmas():
            found += programma.inleiding
            for doel in programma.doelen:
                found += [*doel.beschrijving, *(doel.criteria.punten if doel.criteria else [])]
                found += [a.tekst or "" for a in doel.activiteiten]
        if self.familiegroepsplan:
            found += self.familiegroepsplan.teksten()
        return found


def _doelen(data: Any) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every doel mapping with its location, under programma's or directly under `doelen:`."""
    lists: list[tuple[tuple[Any, ...], Any]] = [(("doelen",), _get(data, "doelen"))]
    programmas = _get(data, "programmas")
    for p, programma in enumerate(programmas if isinstance(programmas, list) else []):
        lists.append((("programmas", p, "doelen"), _get(programma, "doelen")))
    return [((*loc, d), doel) for loc, doelen in lists if isinstance(doelen, list)
            for d, doel in enumerate(doelen) if isinstance(doel, dict)]


def _get(data: Any, key: str) -> Any:
    return data.get(key) if isinstance(data, dict) else None


def _relocate(doc: Document, old: tuple[Any, ...], new: tuple[Any, ...]) -> None:
    """Move the positions below `old` to below `new`, so messages still point at the right line."""
    moved = {new + loc[len(old):]: doc.positions.pop(loc) for loc in list(doc.positions) if loc[: len(old)] == old}
    doc.positions.update(moved)
    keys = doc.key_positions
    moved = {new + loc[len(old):]: keys.pop(loc) for loc in list(keys) if loc[: len(old)] == old and loc != old}
    keys.update(moved)
    for depth in range(len(old), len(new) + 1):
        doc.positions.setdefault(new[:depth], doc.positions.get(new, (1, 1)))
