"""Indieners: names of council members and the fracties they sign for.

Fracties are recognised from the national parties and the usual shapes of local party names
("Leefbaar Zwolle", "Hart voor Den Haag", "Stadspartij DOP"); a name is a short run of capitalised
words with Dutch particles and titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from generator.organen.register import register, slug

_NATIONAL = (
    "VVD", "D66", "CDA", "PvdA", "PVDA", "GroenLinks", "GROENLINKS", "Groen Links", "GroenLinks-PvdA", "GL-PvdA",
    "GL/PvdA", "PvdA-GroenLinks", "PvdA/GroenLinks", "SP", "ChristenUnie", "CU", "SGP", "ChristenUnie-SGP",
    "CU-SGP", "CU/SGP", "PvdD", "Partij voor de Dieren", "50PLUS", "50Plus", "PVV", "FvD", "Forum voor Democratie",
    "JA21", "Volt", "DENK", "BBB", "BoerBurgerBeweging", "BIJ1", "NSC", "Nieuw Sociaal Contract", "Piratenpartij",
    "Groep de Mos", "Swollwacht", "Student & Starter", "OPA", "Onafhankelijk",
)
_LOCAL = (
    r"(?:Leefbaar|Lokaal|Stadspartij|Gemeentebelangen|Gemeentebelang|Trots op|Hart voor|Groep|Partij|Lijst|"
    r"Ouderenpartij|Senioren|Burgerbelangen|Dorpsbelangen|Algemeen Belang|Sterk|Samen|Onafhankelijk|Fractie|"
    r"Haagse|Rotterdamse|Amsterdamse|Utrechtse|Zwolse|Progressief|Christen|Echt|Inwonersbelang|Ons)"
    r"(?:\s+[\w&'’.-]+){1,3}"
)
_PARTY = re.compile(rf"(?:{'|'.join(map(re.escape, sorted(_NATIONAL, key=len, reverse=True)))}|{_LOCAL})")
_NATIONAL_ONLY = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(_NATIONAL, key=len, reverse=True)))})(?!\w)")
_TITLE = r"(?:mevrouw|mevr\.|mw\.|de heer|dhr\.|heer|drs\.|dr\.|mr\.|ir\.|ing\.|prof\.)"
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|het|'t|’t|la|le|el|al|bin|op|in|von|du|da|dos|do|of)"
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿĀ-žƀ-ɏ'’"
_CAPWORD = rf"(?:[{_UP}][{_LOW}]*(?:-[{_UP}]?[{_LOW}]+)*\.?|[{_UP}]\.(?:[{_UP}]\.)*)"
_NAME = re.compile(
    # initials glued to the name as a page may print them ("W.van der Steeg", "J.Verweij")
    rf"(?:{_TITLE}\s+)*(?:(?:[{_UP}]\.)+(?=[{_UP}{_LOW[:-2]}]))?"
    rf"(?:{_CAPWORD}\s+)*(?:(?:{_PARTICLE})\s+)*{_CAPWORD}(?:\s+(?:{_PARTICLE}\s+)*{_CAPWORD})*"
    r"(?:\s+c\.s\.)?",
)
_NOT_NAMES = re.compile(
    r"\b(?:gemeente|raad|motie|fractie|college|datum|vergadering|agendapunt|stemming|aangenomen|verworpen|"
    r"voorstel|burgemeester|griffier|secretaris|wethouders?|pagina|kamer|staten|provincie|toelichting|bijlage|"
    r"orde|dag|voor|tegen|totaal|uitslag|namens|onderwerp|indiener|indieners|ondertekening|handtekening|naam)\b",
    re.IGNORECASE,
)


FUNCTION_WORDS = (r"(?:(?:plv\.?|plaatsvervangend|waarnemend)\s+)?(?:fractievoorzitter|raadslid|burgerraadslid|commissielid"
                  r"|statenlid|steunfractielid|fractieassistent|fractievertegenwoordiger|lid|voorzitter|woordvoerder"
                  r"|kamerlid|burgerlid|schaduwraadslid|fractiesecretaris)")
"""A member's function, written beside the name ("Fractievoorzitter", "waarnemend fractievoorzitter", "Raadslid")."""
FUNCTION_BEFORE = re.compile(rf"^(?P<naam>[^,]+),\s*(?P<functie>(?:tweede\s+)?{FUNCTION_WORDS})\s+(?P<fractie>\S.+)$",
                             re.IGNORECASE)
"""A signature with the function between name and fractie: "Maaike Moulijn, waarnemend fractievoorzitter Partij voor
de Dieren", "Ariane van Burg, Raadslid GroenLinks"."""


FRACTIES_LINE = re.compile(r"^(?:(?:ingediend\s+)?namens\s+(?:de\s+)?)?fracties\s+(?:van\s+)?(?:de\s+|het\s+)?(?P<f>\S.*?)[.:]?$",
                           re.IGNORECASE)
"""A line that names the fracties who sign: "Fracties CDA en DorpsVisie", "Namens de fracties van VVD, CDA en D66"."""
FRACTIES_ANNOUNCED = re.compile(r"(?i)^(?:door\s+)?(?:de\s+)?(?:volgende\s+)?fracties?(?:\s+van)?\s*:?$")
"""An indieners label whose rest announces fracties below ("Ondertekend door de volgende fracties:")."""
_ACRONYM = re.compile(r"[A-Z][A-Z0-9!&'-]{1,6}|[A-Z][a-z]{0,2}[A-Z][\w!-]*")
"""A party's short name the lexicon may not know ("ZW14", "EA", "PvdA"): capitals, never a surname."""


def fracties_in(text: str, announced: bool = False) -> list[str]:
    """The fracties a list names ("CDA, VVD en D66", "CDA & DorpsVisie"), each a party, a party's short name or, when
    the line announces fracties (`announced`), a capitalised name that is no person's; [] when one part is not."""
    parts = [p.strip(" .;:") for p in re.split(r",|\s+en\s+|\s*&\s*|\s+/\s+|\s+[-–—]\s+", " ".join(text.split()))]

    def one(part: str) -> bool:
        if is_party(part) or _ACRONYM.fullmatch(part):
            return True
        return announced and _plausible_party(part) and not (is_name(part) and len(part.split()) >= 2)

    return parts if parts and all(p and one(p) and not parse_signature(p) for p in parts) else []


PLACEHOLDER_NAME = "[naam]"
"""The name of an indiener the text gives only as a fractie: a marked placeholder `check` reports."""


@dataclass(frozen=True)
class Person:
    naam: str
    fractie: str | None = None
    fractie_eerst: bool = False
    """Signed fractie first ("BVHlokaal – Francine van der Velde", "Fractie SP, K. Öztürk")."""

    def as_dict(self) -> dict[str, str]:
        data = {"naam": self.naam}
        if self.fractie:
            data["fractie"] = self.fractie
        return data


_NATIONAL_PLACE = re.compile(rf"(?:{'|'.join(map(re.escape, sorted(_NATIONAL, key=len, reverse=True)))})\s+(?P<place>.+)")
_FRACTIE_FIRST = re.compile(r"fractie\s+(?P<f>\S.*)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The slugs of every gemeente and provincie name in the register ("noord-brabant", "zwolle")."""
    names: set[str] = set()
    for orgaan in register().values():
        if orgaan.kind in ("gemeente", "provincie"):
            names.update(slug(n) for n in (orgaan.name, *orgaan.aliases))
    return frozenset(names)


def is_party(text: str) -> bool:
    text = " ".join(text.split()).strip(" ,;.()")
    if _PARTY.fullmatch(text):
        return True
    # A national party with its region or place: "PVV Noord-Brabant", "D66 Zwolle".
    place = _NATIONAL_PLACE.fullmatch(text)
    return bool(place and slug(place.group("place")) in _places())


def is_name(text: str) -> bool:
    text = " ".join(text.split()).strip(" ,;")
    if not text or len(text) > 60 or any(ch.isdigit() for ch in text) or _NOT_NAMES.search(text):
        return False
    return bool(_NAME.fullmatch(text)) and not is_party(text)


def parse_signature(line: str) -> Person | None:
    """One indiener on one line: "Jan Jansen, GroenLinks", "Jan Jansen (D66)", "Jan Jansen - VVD"."""
    text = " ".join(line.split()).strip(" ;")
    dashed = re.fullmatch(r"(?P<fractie>\S+)\s[-–—]\s(?P<naam>\S+(?:\s\S+)+)", text)
    if dashed and _plausible_party(dashed.group("fractie")) and is_name(dashed.group("naam")):
        # "BVHlokaal – Francine van der Velde": a one-word fractie before a full name.
        return Person(dashed.group("naam"), dashed.group("fractie"), fractie_eerst=True)
    match = re.fullmatch(r"(?P<naam>.+?)\s*(?:,|\s[-–—]\s|\()\s*(?P<fractie>[^()]+?)\)?\s*,?", text)
    if match and is_name(match.group("naam")) and _plausible_party(match.group("fractie")):
        return Person(match.group("naam").strip(), match.group("fractie").strip())
    match = re.fullmatch(r"(?P<fractie>.+?)\s*(?:,|:|\s[-–—]\s)\s*(?P<naam>.+)", text)
    if match and (is_party(match.group("fractie")) or _named_fractie(match.group("fractie"))) \
            and is_name(match.group("naam")):
        return Person(match.group("naam").strip(), match.group("fractie").strip(), fractie_eerst=True)
    return None


def _named_fractie(text: str) -> bool:
    """ "Fractie Waterschap@lnwonersbelangen": the word Fractie first names a fractie, whatever its spelling."""
    match = _FRACTIE_FIRST.fullmatch(text.strip())
    return bool(match) and len(match.group("f")) <= 50 and len(match.group("f").split()) <= 6  # type: ignore[union-attr]


def split_row(line: str, strict: bool = True) -> Person | None:
    """A row of a name/fractie table: columns apart by two spaces, or a known party at the end.

    Without a "Naam  Fractie" header (`strict`), the second column must be a known party: two
    signatures side by side ("Rik Kok      Jan Schuurman") are not a name and a fractie."""
    columns = [c for c in re.split(r"\s{2,}|\t|\s\|\s", line.strip()) if c]
    party_ok = is_party if strict else _plausible_party
    if len(columns) == 2 and is_name(columns[0]) and party_ok(columns[1]):
        return Person(columns[0], columns[1])
    text = " ".join(line.split())
    for match in _PARTY.finditer(text):
        if match.end() == len(text) and is_name(text[: match.start()]):
            return Person(text[: match.start()].strip(" ,"), match.group())
    return None


def parse_name_list(text: str) -> list[Person]:
    """ "Jan Jansen (GroenLinks) en Piet de Vries (D66)", "J. Jansen, P. de Vries" → persons."""
    # a comma forgotten after a fractie ("M. van Rooij (50PLUS) M.A. Khedoe (DENK)") still parts two names
    parts = re.split(r"\s*(?:,|;|\s+en\s+|\s*&\s*|(?<=\))\s+(?=[A-Z]))\s*(?![^()]*\))",
                     " ".join(text.split()).strip(" .;"))
    people = []
    for part in filter(None, parts):
        match = re.fullmatch(r"(?P<naam>.+?)\s*\((?P<fractie>[^)]+)\)", part)
        if match and is_name(match.group("naam")):
            people.append(Person(match.group("naam"), match.group("fractie").strip()))
        elif is_name(part):
            people.append(Person(part))
        else:
            return []
    return people


def split_parties(text: str) -> list[str]:
    """ "GroenLinks D66 Partij voor de Dieren" → the parties, when known parties fill the whole line."""
    text = " ".join(text.split())
    parties, position = [], 0
    for match in _NATIONAL_ONLY.finditer(text):
        if text[position:match.start()].strip():
            return []
        parties.append(match.group())
        position = match.end()
    rest = text[position:].strip()
    if parties and rest and " " not in rest and _plausible_party(rest):
        # The last column a local party ("… SP Stadspartij"): one word after the known ones.
        return [*parties, rest]
    return parties if not rest else []


def _plausible_party(text: str) -> bool:
    text = text.strip(" ,;()")
    if re.match(r"(?:[A-Z]\.\s?)+(?:\s|$)", text):
        return False
    text = text.strip(".")
    if is_party(text):
        return True
    words = text.split()
    capital = text[:1].isupper() or bool(re.match(r"(?:groep|fractie|lijst)\s+[A-Z]", text))
    return 0 < len(words) <= 4 and len(text) <= 40 and capital and not _NOT_NAMES.search(text)


def split_names(text: str) -> list[str]:
    """ "Martien Louwers Addy Plieger Leo de Groot" → the names, read as given name, particles, surname.

    Only a line that divides into two or more such names without a word left over; a name of three
    capitalised words ("Jan Willem Jansen") makes the line unreadable here, and it is left whole."""
    names: list[str] = []
    current: list[str] = []
    for word in " ".join(text.split()).split(" "):
        particle = bool(re.fullmatch(_PARTICLE, word))
        if not current and particle:
            return []
        current.append(word)
        if len(current) > 1 and not particle:
            names.append(" ".join(current))
            current = []
    if current or len(names) < 2 or not all(is_name(n) and len(n.split()) >= 2 for n in names):
        return []
    return names


_LOCAL_START = re.compile(r"\s+(?=(?:Groep|Lijst|Leefbaar|Lokaal|Gemeentebelangen|Inwonersbelang|Hart\s+voor|Trots\s+op)\b)")


def _gap(parties: list[str], gap: str) -> None:
    """The words between two known parties: a tail glued to the party before ("/SGP" of ChristenUnie/SGP), then
    one local party per word that starts one ("Haagse Stadspartij Groep Okcuoglu" is two)."""
    gap = gap.strip()
    glued = re.match(r"^[/&-]\S*", gap)
    if glued and parties:
        parties[-1] += glued.group()
        gap = gap[glued.end():].strip()
    parties.extend(part for part in _LOCAL_START.split(gap) if part.strip())


def split_grid_parties(text: str, count: int) -> list[str]:
    """The `count` fracties of a line under `count` names: "PvdA ChristenUnie Partij voor de Dieren Zuid Centraal".

    Known parties mark the columns; the words between two of them (or before the first, after the
    last) are one local party. None when that does not give exactly `count` fracties."""
    text = " ".join(text.split())
    parties: list[str] = []
    position = 0
    for match in _NATIONAL_ONLY.finditer(text):
        gap = text[position:match.start()]
        position = match.end()
        if gap in ("/", "-", "&") and parties:  # "ChristenUnie/SGP": one fractie of two parties
            parties[-1] += gap + match.group()
            continue
        _gap(parties, gap)
        parties.append(match.group())
    _gap(parties, text[position:])
    if len(parties) != count or not _NATIONAL_ONLY.search(text):
        return []
    return parties if all(_plausible_party(p) for p in parties) else []


_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "in", "op", "la", "le", "von", "du", "da"}


def names_from_capitals(names: str) -> str:
    """ "ZIENGS EN VAN DER MOLEN" → "Ziengs en Van der Molen": particles lower case after a name's first word."""
    out: list[str] = []
    first = True
    for word in names.split():
        lower = word.lower()
        if lower == "en" or word.endswith(","):
            out.append(lower if lower == "en" else word.capitalize())
            first = lower == "en" or word.endswith(",")
            continue
        if len(word) <= 3 and word.endswith("."):
            out.append(word)
        elif not first and lower in _PARTICLES:
            out.append(lower)
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))  # "DIK-FABER" → "Dik-Faber"
        first = False
    return " ".join(out)
