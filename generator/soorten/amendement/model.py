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
from generator.soorten.base import Citaat, Code, Datum, Formule, Getal, Id, JaNee, Model, OpenDatum, Tekst, Waarde, fail
from generator.soorten.blocks import Blok, reshape_blocks
from generator.soorten.model.model import reshape_texts
from generator.soorten.motie.model import Indiener, Stemming
from generator.soorten.verordening.model import Artikel

STATUSSEN = ("ingediend", "aangenomen", "verworpen", "ingetrokken", "aangehouden")
ACTIES = ("vervangen_door", "toevoegen_na", "toevoegen_voor", "schrappen")
JA = ("ja", "true", "yes", "waar", "j")
JA_NEE = (*JA, "nee", "false", "no", "onwaar", "n")


DOELEN = ("beslispunt", "artikel", "lid", "onderdeel", "begrotingsregel", "tekst")
EXTERNE_ACTIES = ("vervangen", "toevoegen", "schrappen")


class ExterneWijziging(Model):
    """One change to a voorstel outside data/, as the amendement states it (an imported amendement)."""

    nummer: Code | None = None
    """The change's own number as the amendement gives it ("I", "II")."""
    opdracht: Formule | None = None
    """The instruction as the amendement words it ("dat beslispunt 2 komt te luiden:"), printed as written;
    without it the document words it from `doel:` and `actie:`."""
    actie: Literal[EXTERNE_ACTIES]  # type: ignore[valid-type]
    doel: Formule
    """The target as the amendement names it: "beslispunt 2", "Op pagina 27 onder ‘inpasbaar:’", "artikel 12"."""
    soort: Literal[DOELEN] = "tekst"  # type: ignore[valid-type]
    oorspronkelijk: Citaat | None = None
    """The text that goes or is replaced, verbatim."""
    wordt: Tekst | None = None
    """The new text (vervangen, toevoegen), verbatim; for a begrotingsregel the change of its amount."""


class Extern(Model):
    """A target with no data file here (an imported amendement of another raad): kept verbatim; either one
    change as `oorspronkelijk:` / `wordt:`, or each change structured under `wijzigingen:`."""

    veldnamen = {"voorstel": "Voorstel (buiten dit project)", "oorspronkelijk": "Oorspronkelijke tekst", "wordt": "Wordt"}

    voorstel: Formule
    """As the amendement names it: "raadsvoorstel Vaststelling … (RIS123)"."""
    oorspronkelijk: Citaat | None = None
    wordt: Tekst | None = None
    wijzigingen: list[ExterneWijziging] = []

    @property
    def nieuwe_teksten(self) -> list[str]:
        """The new text of each change, in order (a subamendement names one by its number)."""
        if self.wijzigingen:
            return [w.wordt or "" for w in self.wijzigingen]
        return [self.wordt or ""]


class Wijziging(Model):
    veldnamen = {"beslispunt": "Beslispunt", "lid": "Lid", "onderdeel": "Onderdeel", "wijziging": "Wijziging (nummer)",
                 "zinsdeel": "Zinsdeel dat verandert", "vervangen_door": "Vervangen door", "toevoegen_na": "Toevoegen na",
                 "toevoegen_voor": "Toevoegen vóór", "schrappen": "Schrappen", "bedrag": "Bedrag"}

    beslispunt: Id | None = None
    artikel: Id | None = None
    """Label of an article of the verordening a beslispunt adopts."""
    lid: Id | None = None
    onderdeel: Id | None = None
    wijziging: Getal | None = None
    """Subamendement: the number (1, 2, …) of the amendement's change whose new text it changes."""
    zinsdeel: Citaat | None = None
    """Words inside the target that the change is about, quoted exactly."""
    vervangen_door: Tekst | None = None
    toevoegen_na: Tekst | Artikel | None = None
    """New text after the target; with `artikel:` alone, a whole new article (label, titel, leden)."""
    toevoegen_voor: Tekst | Artikel | None = None
    schrappen: JaNee = False
    bedrag: Waarde | None = None
    """The label of a row of the voorstel's `begroting:` whose amount `vervangen_door:` sets (the
    amendement then states its `dekking:`); `bedrag: ja` on a phrase says the phrase is an amount."""

    @model_validator(mode="after")
    def _one_action(self) -> Wijziging:
        given = [a for a in ACTIES if getattr(self, a)]
        if len(given) != 1:
            raise fail("actie", "elke wijziging heeft precies één van 'vervangen_door:', 'toevoegen_na:',"
                       " 'toevoegen_voor:' of 'schrappen: ja' — splits ze in aparte wijzigingen (- …)")
        if not (self.beslispunt or self.artikel or self.wijziging or self.regel):
            raise fail("doel", "de wijziging zegt niet wat zij wijzigt — geef 'beslispunt:', 'artikel:'"
                       " (met eventueel 'lid:' en 'onderdeel:'), 'bedrag:' (het label van een begrotingsregel)"
                       " of, in een subamendement, 'wijziging:'")
        if self.regel and (self.actie != "vervangen_door" or self.beslispunt or self.artikel or self.zinsdeel):
            raise fail("bedrag", "een wijziging van een bedrag in de begroting geeft alleen 'bedrag:' (het label van de"
                       " regel) en 'vervangen_door:' (het nieuwe bedrag)")
        if self.nieuw_artikel is not None and (self.lid or self.onderdeel or self.zinsdeel or not self.artikel):
            raise fail("artikel", "een nieuw artikel (met 'label:', 'titel:' en 'leden:') komt na of vóór een heel"
                       " artikel — geef alleen 'artikel:', zonder 'lid:', 'onderdeel:' of 'zinsdeel:'")
        return self

    @property
    def regel(self) -> str | None:
        """The begroting row this change sets the amount of (`bedrag: <label>`; not `bedrag: ja`)."""
        if self.bedrag is None or self.bedrag.strip().lower() in JA_NEE:
            return None
        return self.bedrag

    @property
    def verschuift_bedrag(self) -> bool:
        return self.regel is not None or (self.bedrag or "").strip().lower() in JA

    @property
    def actie(self) -> str:
        return next(a for a in ACTIES if getattr(self, a))

    @property
    def nieuw(self) -> str:
        for value in (self.vervangen_door, self.toevoegen_na, self.toevoegen_voor):
            if isinstance(value, str):
                return value
        return ""

    @property
    def nieuw_artikel(self) -> Artikel | None:
        """The article `toevoegen_na:` / `toevoegen_voor:` adds, when it is one."""
        for value in (self.toevoegen_na, self.toevoegen_voor):
            if isinstance(value, Artikel):
                return value
        return None

    @property
    def heel_artikel(self) -> bool:
        """The change is about a whole article: one is added next to it, or it goes."""
        return bool(self.artikel) and not (self.lid or self.onderdeel or self.zinsdeel) and (
            self.nieuw_artikel is not None or self.schrappen)


class Amendement(Model):
    veldnamen = {"voorstel": "Voorstel dat het wijzigt (bestand)", "amendement": "Amendement dat het wijzigt (bestand)",
                 "extern": "Voorstel buiten dit project", "vergadering": "Datum van de vergadering",
                 "stemmingsvolgorde": "Plaats in de volgorde van stemmen", "wijzigingen": "Wijzigingen",
                 "dekking": "Dekking", "status_datum": "Datum van de status",
                 "niet_geplaatst": "Tekst die de import niet kon plaatsen", "concept": "Concept (nog niet definitief)"}
    meer_opties = frozenset({"extern", "stemmingsvolgorde", "status", "status_datum", "stemming"})

    soort: Literal["amendement", "subamendement"]
    voorstel: Waarde | None = None
    """The raadsvoorstel's data file, path from data/ (raadsvoorstellen/x.yaml)."""
    amendement: Waarde | None = None
    """Subamendement: the amendement's data file, path from data/."""
    extern: Extern | None = None
    gemeente: Id | None = None
    """Default: the voorstel's gemeente (required with `extern:`)."""
    titel: Formule
    nummer: Code | None = None
    vergadering: OpenDatum
    """The meeting's date; "[datum]" while the text it came from does not state it (an open fact)."""
    aanhef: Formule | None = None
    """The opening word for word as an imported amendement states it, instead of the orgaan's own."""
    stemmingsvolgorde: Getal | None = None
    """Place in the order of voting of the vergadering (1 is voted first)."""
    agendapunt: Code | None = None
    constateringen: list[Blok] = []
    """The considerans of an imported amendement, as its source states it (printed above the besluit)."""
    overwegingen: list[Blok] = []
    wijzigingen: list[Wijziging] = []
    dekking: Tekst | None = None
    toelichting: list[Tekst] = []
    indieners: list[Indiener] = []
    status: Literal[STATUSSEN] = "ingediend"  # type: ignore[valid-type]
    status_datum: Datum | None = None
    """Date of the vote; default the vergadering."""
    stemming: Stemming | None = None
    niet_geplaatst: list[Citaat] = Field(default=[])
    """Text the importer could not place."""
    concept: JaNee = False
    """A draft: it says CONCEPT, `check --streng` lists its gaps, no bundel takes it."""

    @classmethod
    def prepare(cls, doc: Document) -> None:
        """A new article's `leden:` may be plain texts, as in a verordening; a considerans may be one block."""
        reshape_texts(doc)
        for key in ("constateringen", "overwegingen"):
            reshape_blocks(doc, key)

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
                for i, w in enumerate(self.wijzigingen) if w.verschuift_bedrag]

    @property
    def stemdatum(self) -> dt.date | None:
        return self.status_datum or self.vergadering
