"""The motie: a raad's statement of opinion, wish or request (Reglement van Orde)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from generator.errors import Issue
from generator.loading.reader import Document
from generator.soorten.base import FOOTNOTE_MARK, Citaat, Code, Datum, Formule, Getal, Id, JaNee, Model, Naam, OpenDatum, Tekst, Waarde, doubles, fail
from generator.soorten.blocks import Blok, reshape_blocks

STATUSSEN = ("ingediend", "aangenomen", "verworpen", "ingetrokken", "aangehouden", "overgenomen")
DEFAULT_KOP = {
    "constateringen": "Constaterende dat:",
    "overwegingen": "Overwegende dat:",
    "verzoeken": "Verzoekt het college:",
}


class Voorstel(Model):
    veldnamen = {"titel": "Titel van het voorstel", "ris": "Nummer in het raadsinformatiesysteem",
                 "inleiding": "Woorden ervoor (in plaats van ‘ter bespreking van’)"}

    titel: Formule
    """As it reads after "ter bespreking van": "het voorstel … inzake programmarekening 2020"."""
    ris: Code | None = None
    inleiding: Formule | None = None
    """The words before it in the opening when not "ter bespreking van": "gehoord de beraadslagingen over",
    "besprekende"."""


class Indiener(Model):
    veldnamen = {"opmerking": "Bij de naam (zoals ‘mede namens …’)"}

    naam: Naam
    fractie: Naam | None = None
    opmerking: Formule | None = None
    """Printed beside the name: "mede namens commissielid Goof Lindijer", "fractievoorzitter"."""


FORMULIER_VELDEN = ("titel", "nummer", "ris", "agendapunt", "voorstel", "vergadering", "indieners", "status",
                    "status_datum")


class Regel(Model):
    """One line of the form above the motie, as the source printed it: "Onderwerp: <titel>",
    "Raadsvergadering: <vergadering>", "Jaar: 2023". The value comes from the field it names (so it is
    written once and cannot contradict it) or, for a fact without a field of its own, from `tekst`."""

    veldnamen = {"label": "Tekst voor de dubbele punt", "veld": "Waarde uit het veld", "tekst": "Of deze tekst"}

    label: Formule | None = None
    """As the source writes it, without the colon: "Onderwerp", "Ingediend door", "Statenvergadering"."""
    veld: Literal[FORMULIER_VELDEN] | None = None  # type: ignore[valid-type]
    tekst: Formule | None = None

    @model_validator(mode="after")
    def _one_value(self) -> Regel:
        if (self.veld is None) == (self.tekst is None):
            raise fail("formulier_regel", "een regel van 'formulier' heeft 'veld' óf 'tekst' nodig, niet beide en"
                       " niet geen van beide — noem het veld waaruit de regel komt (veld: titel) of schrijf de"
                       " tekst (tekst: ...)")
        return self


class Fractiestem(Model):
    """One row of a vote table: how a fractie voted, with its seats when the source gives them."""

    veldnamen = {"zetels": "Zetels", "stem": "Stem"}

    fractie: Naam
    zetels: Getal | None = Field(None, ge=1)
    stem: Literal["voor", "tegen"]


class Stemming(Model):
    veldnamen = {"voor": "Fracties voor", "tegen": "Fracties tegen", "fracties": "Stem per fractie",
                 "aantal_voor": "Aantal stemmen voor", "aantal_tegen": "Aantal stemmen tegen",
                 "uitslag": "Uitslag zoals het stuk hem schrijft"}

    voor: list[Naam] = []
    tegen: list[Naam] = []
    fracties: list[Fractiestem] = []
    """The vote per fractie, printed as a table (Fractie | Stemming) by the templates that have one;
    `voor` and `tegen` follow from it and may be left out."""
    aantal_voor: Getal | None = None
    """The votes for, as a list gives them ("Voor: VVD, CDA (totaal 38 stemmen)")."""
    aantal_tegen: Getal | None = None
    uitslag: Code | None = None
    """The tally as the source writes it: "21 voor, 16 tegen", "20-25", "met 21 stemmen voor en 16 tegen"."""

    @model_validator(mode="after")
    def _consistent(self) -> Stemming:
        double = doubles([f.fractie for f in self.fracties])
        if double:
            raise fail("fractie", f"de fractie '{double[0]}' staat twee keer onder 'fracties:'"
                       " — noem elke fractie één keer")
        for side in ("voor", "tegen"):
            listed, table = getattr(self, side), [f.fractie for f in self.fracties if f.stem == side]
            if self.fracties and listed and list(listed) != table:
                raise fail("stemming", f"'{side}:' ({', '.join(listed)}) noemt andere fracties dan 'fracties:'"
                           f" met stem {side} ({', '.join(table) or 'geen'}) — laat '{side}:' weg of maak ze gelijk")
        return self

    def zijde(self, side: str) -> list[str]:
        """The fracties that voted `side` ("voor", "tegen"): the list, else the table's rows."""
        listed = list(getattr(self, side))
        return listed or [f.fractie for f in self.fracties if f.stem == side]


class Motie(Model):
    veldnamen = {"titel": "Titel", "vergadering": "Datum van de vergadering", "concept": "Concept (nog niet definitief)",
                 "formulier": "Regels boven de motie", "nummer": "Motienummer", "ris": "Nummer in het raadsinformatiesysteem",
                 "voorstel": "Bij het voorstel", "aanhef": "Eigen aanhef (de hele openingszin)",
                 "beraadslaging": "Na de vergadering in de aanhef (zoals ‘gehoord de beraadslaging’)",
                 "constateringen": "Constateringen", "overwegingen": "Overwegingen",
                 "verzoeken": "Wat de vergadering vraagt (het dictum)",
                 "volgorde": "Volgorde van constateringen en overwegingen", "slot": "Slotzin",
                 "fractie_voor_naam": "Fractie vóór de naam bij de indieners", "status_datum": "Datum van de status",
                 "titel_na_aanhef": "Titel onder de aanhef", "toelichting_onder": "Toelichting onder de indieners",
                 "plaats": "Plaats van ondertekening", "niet_geplaatst": "Tekst die de import niet kon plaatsen"}
    uitleg = {"verzoeken": "Wat de vergadering vraagt of opdraagt; minstens één punt.",
              "voetnoten": "De tekst van elke voetnoot. In een punt verwijst u naar voetnoot 1 met [^1].",
              "niet_geplaatst": "Zet elke tekst bij het juiste veld (kies ‘verplaats naar’) of haal hem weg."}
    meer_opties = frozenset({"formulier", "volgorde", "aanhef", "beraadslaging", "titel_na_aanhef", "toelichting_onder",
                             "fractie_voor_naam", "plaats", "ris", "status", "status_datum", "stemming",
                             "vreemd_aan_de_orde"})

    soort: Literal["motie"]
    gemeente: Id | None = None
    """Older name of `orgaan:` (a register id or a profile in data/gemeenten); still accepted."""
    titel: Formule
    vergadering: OpenDatum
    """The meeting's date; "[datum]" while the text it came from does not state it (an open fact)."""
    concept: JaNee = False
    """A draft: CONCEPT in the header and a watermark; `check --streng` lists its gaps instead of failing,
    and `bundel` refuses it as final."""
    formulier: list[Regel] = []
    """The source's form above the motie, line by line in its order (the import writes it when the source
    has one); printed instead of the title line. Without it the orgaan's own layout is used."""
    nummer: Code | None = None
    ris: Code | None = None
    agendapunt: Code | None = None
    voorstel: Voorstel | None = None
    vreemd_aan_de_orde: JaNee = False
    orgaan: Waarde | None = None
    """The register id (zwolle, provincie-utrecht, tweede-kamer). Older files held the opening text
    here; a value that is not an id is still read as `aanhef:`."""
    aanhef: Formule | None = None
    """The whole opening, word for word, instead of the orgaan's own ("De raad van de gemeente X, in
    vergadering bijeen op …"); the import writes it when the source's opening reads otherwise."""
    beraadslaging: Formule | None = None
    """Said after the meeting in the aanhef, as the source writes it: "gehoord de beraadslaging"."""
    constateringen: list[Blok] = []
    overwegingen: list[Blok] = []
    verzoeken: list[Blok] = Field(min_length=1)
    volgorde: list[Literal["constateringen", "overwegingen"]] = []
    """The considerans in the order of the source when that is not constateringen first (the import
    writes it): each entry prints the next block of that list; blocks it does not name follow."""
    slot: Formule | None = None
    """Default from the orgaan: "En gaat over tot …" (raad, Kamer) or "En gaan over tot …" (PS, waterschap)."""
    indieners: list[Indiener] = []
    fractie_voor_naam: JaNee = False
    """The indieners' table with the fractie before the name, as some raden sign ("Fractie SP, K. Öztürk")."""
    voetnoten: dict[str, Citaat] = {}
    status: Literal[STATUSSEN] = "ingediend"  # type: ignore[valid-type]
    status_datum: Datum | None = None
    stemming: Stemming | None = None
    toelichting: list[Tekst] = []
    titel_na_aanhef: JaNee = False
    """The title below the opening ("De raad …, gehoord de beraadslaging, / Motie 'X'"), as the source prints it."""
    toelichting_onder: JaNee = False
    plaats: Naam | None = None
    """The place the indieners signed, printed with the meeting's date above them ("Amsterdam, 8 maart 2023")."""
    """The toelichting below the indieners (as some raden print it), not above them."""
    niet_geplaatst: list[Citaat] = []
    """Text the importer could not place; `check` warns until it is moved or removed."""

    @classmethod
    def prepare(cls, doc: Document) -> None:
        for key in DEFAULT_KOP:
            reshape_blocks(doc, key)

    def located_issues(self, doc: Document) -> list[Issue]:
        """Footnote markers must name a footnote; reported at the point that uses it."""
        issues = []
        if self.orgaan_id is None:
            issues.append(doc.issue(("orgaan",), "'orgaan' ontbreekt",
                                    "zet 'orgaan:' met de id uit het register, bijvoorbeeld 'orgaan: zwolle'"))
        for key in ("constateringen", "overwegingen"):
            if self.volgorde.count(key) > len(getattr(self, key)):
                issues.append(doc.issue(("volgorde",), f"'volgorde' noemt '{key}' vaker dan er blokken onder"
                                        f" '{key}' staan", f"noem '{key}' hoogstens {len(getattr(self, key))} keer"))
        for r, regel in enumerate(self.formulier):
            if regel.veld and not getattr(self, regel.veld):
                issues.append(doc.issue(("formulier", r, "veld"), f"de regel toont '{regel.veld}', maar dat veld is"
                                        " leeg", f"vul '{regel.veld}:' in of haal de regel weg"))
        if [regel.veld for regel in self.formulier].count("titel") > 1:
            issues.append(doc.issue(("formulier",), "'formulier' toont de titel meer dan eens",
                                    "laat één regel met 'veld: titel' staan"))
        for key in DEFAULT_KOP:
            for b, blok in enumerate(getattr(self, key)):
                for p, punt in enumerate(blok.punten):
                    for label in FOOTNOTE_MARK.findall(punt):
                        if label not in self.voetnoten:
                            issues.append(doc.issue((key, b, "punten", p),
                                                    f"verwijst naar voetnoot [^{label}], maar die staat niet onder 'voetnoten:'",
                                                    f"voeg onder voetnoten de regel '\"{label}\": <tekst>' toe"))
        return issues

    @property
    def orgaan_id(self) -> str | None:
        """`orgaan:` when it is an id, else the `gemeente:` alias."""
        from generator.organen.resolve import is_id

        return self.orgaan if is_id(self.orgaan) else self.gemeente

    @property
    def aanhef_tekst(self) -> str | None:
        """An `orgaan:` that is not an id: the whole opening, word for word."""
        from generator.organen.resolve import is_id

        return self.aanhef or (None if is_id(self.orgaan) else self.orgaan)

    def blokken(self) -> list[Blok]:
        return [*self.constateringen, *self.overwegingen, *self.verzoeken]
