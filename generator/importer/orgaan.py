"""The orgaan of an imported text, as an id of the organen register (`generator.organen.names.find`).

The opening names it ("De raad van de gemeente Zwolle", "Provinciale Staten van Gelderland"); when it
does not ("Provinciale Staten in vergadering bijeen op …", "De raad,"), the rest of the page may: a
letterhead ("Gemeente Amsterdam"), a "Statenvergadering" line, a Kamerstuk's chamber, the place above
the signatures. A name that fits several organen ("Utrecht") is decided by the kind the text names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.organen import names, register
from generator.organen.forms import Orgaan

KIND_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("provincie", re.compile(r"\bprovinciale\s+staten\b|\bstatenvergadering\b|\bstatenvoorstel\b|\bprovincie\b"
                             r"|\bgedeputeerde\s+staten\b", re.IGNORECASE)),
    ("waterschap", re.compile(r"\b(?:waterschap|hoogheemraadschap|wetterskip|algemeen\s+bestuur|dijkgraaf)\b",
                              re.IGNORECASE)),
    ("gemeente", re.compile(r"\b(?:gemeente|gemeenteraad|raad|raadsvoorstel|college\s+van\s+burgemeester)\b",
                            re.IGNORECASE)),
)
"""The words that say which kind of orgaan a text is of: the lexicon of kinds, in one place."""

_PAGE_NAMES = (
    re.compile(r"\bprovinciale\s+staten\s+(?:van\s+)?(?P<n>(?-i:[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)*))", re.IGNORECASE),
    re.compile(r"\b(?:gemeente(?:raad)?|raad\s+van(?:\s+de\s+gemeente)?)\s+(?P<n>(?-i:[A-Z'’][\w'’-]*"
               r"(?:\s+(?:aan\s+(?:den|de)\s+|op\s+|en\s+)?[A-Z][\w'’-]*)*))", re.IGNORECASE),
    re.compile(r"\b(?P<n>(?:waterschap|hoogheemraadschap|wetterskip)\s+(?-i:[A-Z][\w'’-]*(?:,?\s+(?:de\s+|en\s+)?[A-Z][\w'’-]*)*))",
               re.IGNORECASE),
    re.compile(r"^(?P<n>(?:eerste|tweede)\s+kamer)\b", re.IGNORECASE),
    re.compile(r"\bprovincie\s+(?P<n>(?-i:[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)*))", re.IGNORECASE),
)
"""Where a page names its orgaan outside the opening: the name after its kind."""


@dataclass(frozen=True)
class Found:
    orgaan_id: str
    soort: str
    """The kind as the import reports it: gemeente, provincie, waterschap, tweede-kamer, eerste-kamer."""
    in_register: bool = True


def kind_of(text: str) -> str | None:
    """The kind of orgaan the words of `text` name first (Provinciale Staten before raad)."""
    for kind, pattern in KIND_WORDS:
        if pattern.search(text):
            return kind
    return None


def _soort(orgaan: Orgaan) -> str:
    return orgaan.id if orgaan.kind == "kamer" else orgaan.kind


def resolve(name: str | None, context: str) -> Found | None:
    """The register's orgaan a name means, the kind in `context` deciding between namesakes ("Utrecht")."""
    if not name:
        return None
    name = re.sub(r"^(?:de\s+)?(?:gemeente|provincie)\s+", "", name.strip(" ,.;:"), flags=re.IGNORECASE)
    name = re.sub(r"\s+&\s+", " en ", name)  # "Amstel, Gooi & Vecht" is the register's "Amstel, Gooi en Vecht"
    found = [o for o in names.find(name) if register.get(o.id) is not None]
    current = [o for o in found if not o.opgeheven] if any(not o.opgeheven for o in found) else found
    kind = kind_of(context)
    if len(current) > 1 and kind:
        current = [o for o in current if o.kind == kind] or current
    if len(current) > 1:
        current = [o for o in current if o.kind == "gemeente"] or current
    if current:
        return Found(current[0].id, _soort(current[0]))
    ident = register.slug(name)
    return Found(ident, kind or "gemeente", in_register=False) if ident else None


PROVINCE_ADJECTIVES = {
    "groningse": "Groningen", "friese": "Fryslân", "drentse": "Drenthe", "overijsselse": "Overijssel",
    "flevolandse": "Flevoland", "gelderse": "Gelderland", "utrechtse": "Utrecht", "noord-hollandse": "Noord-Holland",
    "zuid-hollandse": "Zuid-Holland", "zeeuwse": "Zeeland", "brabantse": "Noord-Brabant", "limburgse": "Limburg",
}
"""The adjective of each provincie's name (Dutch spelling): "1.600 ganzen in Gelderse natuurgebieden"."""
_ADJECTIVE = re.compile(r"(?<![\w-])(?P<a>" + "|".join(map(re.escape, PROVINCE_ADJECTIVES)) + r")(?![\w-])", re.IGNORECASE)


def from_adjective(lines: Sequence[str], kind: str | None) -> tuple[Found, str] | None:
    """A text of Provinciale Staten that names no provincie, but whose words name one and only one by its adjective
    ("Vergadering Provinciale Staten op 3 juni 2015" / "… in Gelderse natuurgebieden"): that provincie."""
    if kind != "provincie":
        return None
    named = {PROVINCE_ADJECTIVES[m.group("a").lower()]: line for line in lines for m in _ADJECTIVE.finditer(line)}
    if len(named) != 1:
        return None
    name, line = next(iter(named.items()))
    found = resolve(name, "provinciale staten")
    return (found, " ".join(line.split())) if found and found.in_register else None


def from_page(lines: Sequence[str]) -> tuple[Found, str] | None:
    """The orgaan a page names outside its opening, with the line that names it: a page names it in its
    head or its foot, so only the first 80 and last 40 lines are read (a long text stays fast)."""
    for line in [*lines[:80], *lines[80:][-40:]]:
        text = " ".join(line.split())
        for pattern in _PAGE_NAMES:
            for match in pattern.finditer(text):
                words = match.group("n").split()
                for size in range(len(words), 0, -1):  # "Gemeente Amsterdam R": a letterhead's stray letter after it
                    found = resolve(" ".join(words[:size]), text)
                    if found and found.in_register:
                        return found, text
    return None
