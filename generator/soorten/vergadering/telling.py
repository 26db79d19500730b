"""The tally of one vote, counted from the seats of the members present, and what it decides.

A fractie votes with the members it has present (its members on the date, less those absent from the
meeting or the vote and those who may not take part); a member named under `afwijkend:` votes the other
way (a split fractie); a hoofdelijke stemming names every member. A tally typed in the vergadering is
checked against the count. The outcome follows the law of the orgaan's kind (regels.py): a majority of
the votes cast adopts; a tie is "niet aangenomen" in a voltallige vergadering and postponed in another,
and "niet aangenomen" when the stemmen staken again at the next treatment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from generator import nl
from generator.soorten.vergadering.fracties import Samenstelling
from generator.soorten.vergadering.model import Stemming
from generator.soorten.vergadering.regels import Regels

Fout = tuple[tuple[str | int, ...], str, str]
"""(location below the vote, message, fix): the vergadering turns it into a located issue."""


@dataclass(frozen=True)
class Fractiestem:
    fractie: str
    voor: int
    tegen: int

    @property
    def stem(self) -> str:
        """voor, tegen, or verdeeld (a split fractie)."""
        return "verdeeld" if self.voor and self.tegen else ("voor" if self.voor else "tegen")


@dataclass
class Telling:
    wijze: str
    status: str
    """aangenomen, verworpen, uitgesteld (a tie postponed), ingetrokken, aangehouden, overgenomen."""
    voor: int | None = None
    tegen: int | None = None
    fracties: list[Fractiestem] = field(default_factory=list)
    leden_voor: list[str] = field(default_factory=list)
    leden_tegen: list[str] = field(default_factory=list)
    afwezig: list[str] = field(default_factory=list)
    """Members seated but not voting (absent from the meeting or the vote)."""
    staking: str = ""
    """Why a tie decides what it does, with its article: empty without a tie."""
    fouten: list[Fout] = field(default_factory=list)

    @property
    def geteld(self) -> bool:
        return self.voor is not None and self.tegen is not None

    @property
    def algemeen(self) -> bool:
        return self.wijze == "algemene_stemmen" or (self.geteld and self.tegen == 0 and bool(self.voor))


UNANIEM = re.compile(r"(?i)^(met\s+)?(algemene\s+stemmen|unaniem)\.?$")
COUNTED = re.compile(r"(?i)(\d+)\s*(?:stemmen\s+)?voor\D+?(\d+)\s*(?:stemmen\s+)?tegen")
SCORE = re.compile(r"^\s*(\d+)\s*[-–]\s*(\d+)\s*$")


def lees_uitslag(text: str) -> tuple[int, int] | str | None:
    """A typed tally: (voor, tegen), "algemeen", or None when it cannot be read."""
    if UNANIEM.match(text.strip()):
        return "algemeen"
    found = COUNTED.search(text) or SCORE.match(text)
    return (int(found.group(1)), int(found.group(2))) if found else None


@dataclass(frozen=True)
class Aanwezig:
    """Who is seated and who is absent from the meeting (names)."""

    samenstelling: Samenstelling
    afwezig: frozenset[str]


def tel(stemming: Stemming, aanwezig: Aanwezig, regels: Regels, *, opnieuw: bool,
        where: Callable[[tuple[int, int]], str]) -> Telling:
    """The tally and the outcome of `stemming`; `opnieuw` when the stemmen staakten at the last treatment.
    `where` says where the profile seats a member ((fractie, lid) → "data/gemeenten/x.yaml:30")."""
    if stemming.uitkomst:
        return Telling("uitkomst", stemming.uitkomst)
    if stemming.zonder_stemming:
        return Telling("zonder_stemming", "aangenomen")
    s = aanwezig.samenstelling
    telling = Telling(stemming.wijze, "aangenomen")
    weg = set(aanwezig.afwezig) | set(stemming.afwezig) | set(stemming.niet_deelgenomen)
    telling.fouten += _unknown(stemming, s)
    telling.fouten += _twice(stemming, s, where)
    if stemming.wijze == "algemene_stemmen":
        if s.bekend:
            telling.voor, telling.tegen = _deelnemers(s, weg), 0
    elif stemming.hoofdelijk:
        _hoofdelijk(stemming, s, weg, telling)
    else:
        _per_fractie(stemming, s, weg, telling)
    if s.bekend:
        telling.afwezig = sorted(n for n in s.leden if n in weg and n not in stemming.niet_deelgenomen)
    _check_typed(stemming, s, weg, telling)
    _geldig(stemming, s, regels, telling)
    _uitkomst(stemming, s, regels, opnieuw, telling)
    return telling


def _geldig(stemming: Stemming, s: Samenstelling, regels: Regels, telling: Telling) -> None:
    """A vote counts only when more than half of the members who may take part did."""
    if not (s.bekend and telling.geteld):
        return
    mogen = s.zitting - len(set(stemming.niet_deelgenomen))
    cast = (telling.voor or 0) + (telling.tegen or 0)
    if cast * 2 <= mogen:
        telling.fouten.append(((), f"de stemming is niet geldig: {cast} van de {mogen} leden die mogen stemmen, deden"
                               f" mee; dat moeten er meer dan de helft zijn {regels.geldig.vermeld}",
                               "controleer de afwezigen en de fracties aan elke kant"))


def _deelnemers(s: Samenstelling, weg: set[str]) -> int:
    return s.zitting - sum(1 for naam in s.leden if naam in weg)


def _unknown(stemming: Stemming, s: Samenstelling) -> list[Fout]:
    """Names (members or fracties) the profile does not seat on the date."""
    fouten: list[Fout] = []
    datum = nl.datum_kort(s.datum)
    for key in ("afwezig", "niet_deelgenomen", *(("voor", "tegen") if stemming.hoofdelijk else ())):
        for i, naam in enumerate(getattr(stemming, key)):
            if s.leden and naam not in s.leden:
                fouten.append(((key, i), f"'{naam}' is op {datum} geen lid volgens het profiel",
                               "schrijf de naam zoals het profiel haar noemt, of voeg het lid toe aan zijn fractie"))
    for i, a in enumerate(stemming.afwijkend):
        if a.lid not in s.leden:
            fouten.append((("afwijkend", i, "lid"), f"'{a.lid}' is op {datum} geen lid volgens het profiel",
                           "schrijf de naam zoals het profiel haar noemt"))
    if not stemming.hoofdelijk:
        for key in ("voor", "tegen"):
            for i, naam in enumerate(getattr(stemming, key)):
                if naam not in s.fracties:
                    known = ", ".join(s.fracties) or "geen: het profiel noemt geen fracties"
                    fouten.append(((key, i), f"de fractie '{naam}' staat op {datum} niet in het profiel",
                                   f"kies uit: {known}"))
    return fouten


def _twice(stemming: Stemming, s: Samenstelling, where: Callable[[tuple[int, int]], str]) -> list[Fout]:
    """A member the profile seats in two fracties on the date would vote twice."""
    fouten: list[Fout] = []
    for naam, seats in s.leden.items():
        if len(seats) > 1:
            places = " en ".join(f"{z.fractie} ({where(z.index)})" for z in seats)
            fouten.append(((), f"'{naam}' is op {nl.datum_kort(s.datum)} lid van twee fracties: {places}; zijn stem"
                           " zou twee keer tellen",
                           "laat in het profiel het ene lidmaatschap eindigen ('tot:') vóór het andere begint ('van:')"))
    return fouten


def _per_fractie(stemming: Stemming, s: Samenstelling, weg: set[str], telling: Telling) -> None:
    if not s.bekend:
        telling.fouten.append((("voor",) if stemming.voor else ("tegen",), "een stemming per fractie telt de zetels uit"
                               " het profiel, maar het profiel noemt geen fracties",
                               "zet 'fracties:' in het profiel, of schrijf 'algemene_stemmen: ja'"))
        return
    afwijkend = {a.lid: a.stem for a in stemming.afwijkend}
    rows = []
    for fractie, zetels in s.fracties.items():
        side = "voor" if fractie in stemming.voor else "tegen" if fractie in stemming.tegen else None
        members = s.leden_van(fractie) if fractie in s.genoemd else []
        present = [m for m in members if m not in weg] if members else []
        count = len(present) if fractie in s.genoemd else zetels
        if not count:
            continue
        if side is None:
            telling.fouten.append((("voor",) if stemming.voor else ("tegen",), f"de fractie '{fractie}' is aanwezig"
                                   f" ({count} {'lid' if count == 1 else 'leden'}), maar staat niet bij 'voor:' of"
                                   " 'tegen:'", "een aanwezig lid stemt voor of tegen: zet de fractie aan een kant"))
            continue
        other = "tegen" if side == "voor" else "voor"
        moved = [m for m in present if afwijkend.get(m) == other]
        own = count - len(moved)
        rows.append(Fractiestem(fractie, own if side == "voor" else len(moved), own if side == "tegen" else len(moved)))
        telling.leden_voor += [m for m in present if (m in moved) != (side == "voor")]
        telling.leden_tegen += [m for m in present if (m in moved) == (side == "voor")]
    for i, a in enumerate(stemming.afwijkend):
        own_fractie = s.fractie_van(a.lid)
        if own_fractie is not None and own_fractie not in stemming.voor and own_fractie not in stemming.tegen:
            telling.fouten.append((("afwijkend", i, "lid"), f"'{a.lid}' stemt afwijkend van de fractie '{own_fractie}',"
                                   " maar die fractie staat niet bij 'voor:' of 'tegen:'", "zet de fractie aan een kant"))
        elif a.lid in weg:
            telling.fouten.append((("afwijkend", i, "lid"), f"'{a.lid}' is bij deze stemming afwezig en stemt dus niet",
                                   "haal het lid weg bij 'afwijkend:' of bij de afwezigen"))
    telling.fracties = rows
    telling.voor = sum(r.voor for r in rows)
    telling.tegen = sum(r.tegen for r in rows)


def _hoofdelijk(stemming: Stemming, s: Samenstelling, weg: set[str], telling: Telling) -> None:
    telling.leden_voor, telling.leden_tegen = list(stemming.voor), list(stemming.tegen)
    telling.voor, telling.tegen = len(stemming.voor), len(stemming.tegen)
    for key in ("voor", "tegen"):
        for i, naam in enumerate(getattr(stemming, key)):
            if naam in weg:
                telling.fouten.append(((key, i), f"'{naam}' is afwezig of neemt niet deel, maar stemt {key}",
                                       "haal de naam hier weg of bij de afwezigen"))
    if s.leden:
        named = set(stemming.voor) | set(stemming.tegen)
        missing = [n for n in s.leden if n not in weg and n not in named]
        if missing:
            telling.fouten.append((("hoofdelijk",), f"bij een hoofdelijke stemming stemt elk aanwezig lid, maar"
                                   f" {nl.opsomming(missing)} {'staat' if len(missing) == 1 else 'staan'} niet bij"
                                   " 'voor:' of 'tegen:'", "zet elk aanwezig lid aan een kant, of bij 'afwezig:'"))
        rows = []
        for fractie in s.fracties:
            voor = sum(1 for n in stemming.voor if s.fractie_van(n) == fractie)
            tegen = sum(1 for n in stemming.tegen if s.fractie_van(n) == fractie)
            if voor or tegen:
                rows.append(Fractiestem(fractie, voor, tegen))
        telling.fracties = rows


def _check_typed(stemming: Stemming, s: Samenstelling, weg: set[str], telling: Telling) -> None:
    """A typed `uitslag:` must be readable, within the members present, and equal to the count."""
    if not stemming.uitslag:
        return
    typed = lees_uitslag(stemming.uitslag)
    if typed is None:
        telling.fouten.append((("uitslag",), f"de uitslag '{stemming.uitslag}' is niet te lezen",
                               "schrijf hem als '21 voor, 18 tegen' of 'met algemene stemmen'"))
        return
    if isinstance(typed, str):  # met algemene stemmen
        if telling.geteld and telling.tegen:
            telling.fouten.append((("uitslag",), f"de uitslag zegt 'met algemene stemmen', maar er"
                                   f" {'stemde' if telling.tegen == 1 else 'stemden'} {telling.tegen} tegen",
                                   "laat 'uitslag:' weg of schrijf de telling"))
        return
    voor, tegen = typed
    if s.bekend:
        present = _deelnemers(s, weg)
        if voor + tegen > present:
            telling.fouten.append((("uitslag",), f"de uitslag telt {voor + tegen} stemmen, maar er "
                                   f"{'is' if present == 1 else 'zijn'} {present} {'lid' if present == 1 else 'leden'}"
                                   " aanwezig die mogen stemmen", "controleer de uitslag en de afwezigen"))
            return
    if telling.geteld and (voor, tegen) != (telling.voor, telling.tegen):
        telling.fouten.append((("uitslag",), f"de uitslag zegt {voor} voor en {tegen} tegen, maar uit de fracties en"
                               f" de aanwezigen volgt {telling.voor} voor en {telling.tegen} tegen",
                               "controleer de uitslag, de fracties aan elke kant en de afwezigen"))
    elif not telling.geteld:
        telling.voor, telling.tegen = voor, tegen


def _uitkomst(stemming: Stemming, s: Samenstelling, regels: Regels, opnieuw: bool, telling: Telling) -> None:
    if not telling.geteld:
        return
    voor, tegen = telling.voor or 0, telling.tegen or 0
    if voor != tegen:
        telling.status = "aangenomen" if voor > tegen else "verworpen"
        return
    voltallig = s.bekend and voor + tegen == s.zitting - len(set(stemming.niet_deelgenomen))
    if opnieuw:
        telling.status, why = regels.staking.opnieuw, "ook bij de vorige behandeling staakten de stemmen"
    elif voltallig:
        telling.status, why = regels.staking.voltallig, "de vergadering is voltallig"
    else:
        telling.status, why = regels.staking.anders, "de vergadering is niet voltallig"
    gevolg = "het voorstel is niet aangenomen" if telling.status == "verworpen" else (
        "het besluit is uitgesteld tot een volgende vergadering")
    telling.staking = f"{why.capitalize()}: {gevolg} {regels.staking.artikel.vermeld}."
