"""Block headers of a motie: the considerans ("Constaterende, dat:", "Gelet op:", "Van oordeel dat:")
and the dictum ("Verzoekt het college:", "Draagt het college op:", "spreekt uit dat", "verzoekt de
regering"), recognised by their opening words, never by the exact header text."""

from __future__ import annotations

import re
from dataclasses import dataclass

CONSTATERING = (
    "constaterende", "constateert", "constaterend", "vaststellende", "stelt vast", "gelet op", "gezien",
    "kennis genomen hebbende van", "kennisgenomen hebbende van", "kennisnemende van", "kennis nemende van",
    "kennisgenomen hebbende", "gehoord", "signalerende", "memorerende", "herinnerende aan", "wijzende op",
    "vernomen hebbende", "vaststellend", "overziende", "gelezen", "kennisgenomen van", "kennis genomen van",
    "constateren", "stellen vast",
)
OVERWEGING = (
    "overwegende", "overweegt", "overwegend", "van oordeel", "van mening", "is van oordeel", "is van mening",
    "in aanmerking nemende", "concluderende", "benadrukkende", "erkennende", "van opvatting", "van gedachte",
    "meent", "oordeelt", "verwachtende", "zich realiserende", "beseffende", "in overweging nemende",
    "voorts van mening", "mede gelet op", "tevens van oordeel", "overwegen", "zijn van mening",
    "hebben nagedacht over", "houden er rekening mee", "overwegen dat",
)
DICTUM = (
    "verzoekt", "verzoeken", "draagt", "dragen", "spreekt", "spreken", "roept", "roepen", "besluit",
    "besluiten", "vraagt", "vragen", "dringt", "dringen", "nodigt", "nodigen", "geeft", "geven",
    "stelt voor", "doet", "wenst", "verzoek", "draagt op", "wijst", "wijzen",
)
WEAK = {"gezien", "gehoord", "meent", "oordeelt", "besluit", "besluiten", "geeft", "geven", "doet", "wenst",
        "vraagt", "vragen", "nodigt", "nodigen", "overziende", "stelt voor"}

_PREFIX = (r"(?:[xX☒☑✓✔]\s+)?"  # a form's ticked box before the header
           r"(?:(?:we|wij|de\s+raad,?|de\s+(?-i:[A-Z][\w-]+)\s+raad,?|(?:provinciale\s+)?staten,?|het\s+algemeen\s+bestuur,?"
           r"|de\s+kamer,?)\s+)?(?:(?:en|tevens|voorts|verder|mede|ook|daarnaast|bovendien|eveneens|nog|tot slot|ten slotte)\s+)?")
_WORDS = r"(?-i:[A-Z][\w-]*(?:(?:,\s+|\s+en\s+|\s+)[A-Z][\w-]*)*)"
_ADDRESSEE = (
    r"(?:(?:\s+(?:er\s+bij\s+|bij\s+)?(?:het|de|haar|zijn|ons)\s+(?:"
    r"college(?:\s+van\s+(?:burgemeester\s+en\s+wethouders|b\s?(?:&|en)\s?w|gedeputeerde\s+staten|(?-i:GS|B\s?&\s?W)"
    r"|dijkgraaf\s+en\s+(?:hoog)?heemraden))?"
    r"|regering|kabinet|burgemeester|wethouders?|presidium|griffie|griffier|gemeenteraad|raad|staten"
    r"|voorzitter(?:\s+van\s+de\s+(?:kamer|raad|staten))?|kamer|commissie|dijkgraaf(?:\s+en\s+(?:hoog)?heemraden)?"
    rf"|minister(?:\s+van\s+{_WORDS})?|staatssecretaris(?:\s+van\s+{_WORDS})?|ministers"
    r"|dagelijks\s+bestuur|algemeen\s+bestuur|provincie|gemeente|agendacommissie|auditcommissie"
    r"|rekenkamer(?:commissie)?|colleges?)"
    r"|\s+(?:het\s+)?(?-i:DB|AB)"
    r"|\s+(?:gedeputeerde\s+staten|GS|B\s?&\s?W|burgemeester\s+en\s+wethouders))(?![\w-]))"
)
_PARTICLE = (r"(?:\s+(?:tevens|voorts|eveneens|daarnaast|ook|derhalve|daarom|dan\s+ook|dus|mitsdien))?"
             r"(?:\s+(?:op\s+aan|op(?!\s+grond\b)|uit\s+te\s+spreken|uit|aan|de\s+opdracht|opdracht"
             # "Spreekt haar afkeuring uit over …": the judgement is part of the header
             r"|(?:zijn|haar|hun)\s+(?:afkeuring|waardering|steun|vertrouwen|wantrouwen|zorg(?:en)?|teleurstelling"
             r"|spijt|treurnis|ongenoegen|verontwaardiging|dank)\s+uit"
             r"|als\s+(?:zijn|haar)\s+mening\s+uit|zich\s+uit))?")


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_KEYWORD = re.compile(
    rf"^(?P<kop>{_PREFIX}(?P<kw>{_alternatives(CONSTATERING + OVERWEGING + DICTUM)})"
    r"(?:\s*/\s*(?:constaterende|overwegende))?(?![\w-])(?:\s+zijnde)?"
    rf"{_ADDRESSEE}?{_PARTICLE}(?:\s*,)?(?:\s+(?:dat|het\s+volgende))?(?:\s*\((?:dictum|considerans)\))?(?:\s*,)?(?:\s+om(?=\s*[:;]|\s*$))?)"
    r"(?P<colon>\s*:|\s*;(?=\s*$)|(?<=\som);)?(?P<rest>.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Header:
    kind: str
    """"constateringen", "overwegingen" or "verzoeken"."""
    kop: str
    rest: str
    """Text after the header on the same line: the start of the first point."""


def kind_of(keyword: str) -> str:
    word = " ".join(keyword.lower().split())
    if word in DICTUM or word.split()[0] in DICTUM:
        return "verzoeken"
    if word in OVERWEGING:
        return "overwegingen"
    return "constateringen"


LEGAL_BASIS = re.compile(r"^(?:mede\s+)?gelet\s+op\s+(?:het\s+bepaalde\s+in\s+)?(?:artikel|art\.)\s*\d+[a-z]?\b[^:]*?"
                         r"\b(?:reglement|verordening|wet|regeling)\b[^:]*[;,.]?$", re.IGNORECASE)
"""Not a block of the considerans: "Gelet op artikel 28 van het Reglement van Orde van de raad;", one line under the
opening naming the rule the motie is moved under (a "Gelet op:" with points below it is a block)."""


def match_header(line: str) -> Header | None:
    """The header that opens `line`, or None when the line is running text."""
    text = " ".join(line.split())
    if LEGAL_BASIS.match(text):
        return None
    whole = _whole_line_header(text)
    if whole:
        return whole
    match = _KEYWORD.match(text)
    if not match:
        return None
    keyword = " ".join(match.group("kw").lower().split())
    kop, rest = match.group("kop").strip(), match.group("rest").strip()
    has_colon = bool(match.group("colon"))
    if (match.group("colon") or "").strip() == ";" and not text[:1].isupper() and not kop.endswith(" om"):
        return None  # "Overwegende;" heads a block; "dragen;" ends a wrapped sentence
    if keyword in WEAK and not (has_colon or re.search(r"\bdat$", kop, re.IGNORECASE) or not rest):
        return None
    if not has_colon and rest and rest[0] in ".;":
        return None
    if kind_of(keyword) == "verzoeken" and rest.endswith(":") and not re.search(r"[.;]\s", rest) and len(text) <= 250:
        # "Verzoekt het Dagelijks Bestuur om, zolang …, om:": a condition inside the header, the points follow
        return Header("verzoeken", text, "")
    return Header(kind_of(keyword), _with_colon(kop), rest)


INFINITIVE_DICTUM = re.compile(
    r"^(?:en\s+)?(?:(?:het|de|ons|haar)\s+)?(?:college(?:\s+van\s+[\w&. ]{2,40}?)?|burgemeester(?:\s+en\s+wethouders)?|dagelijks\s+bestuur"
    r"|gedeputeerde\s+staten|regering|kabinet|presidium|griffier)\s+(?:te\s+verzoeken|op\s+te\s+dragen|opdracht\s+te\s+geven"
    r"|op\s+te\s+roepen|aan\s+te\s+sporen|te\s+vragen)(?:\s+om)?\s*:$", re.IGNORECASE)
"""A dictum written as the infinitive a "Besluit" above it governs: "Het college te verzoeken:", "Het dagelijks bestuur
op te dragen:" (the bare "Besluit" then heads no points)."""


def _whole_line_header(text: str) -> Header | None:
    """A short line ending in ':' that opens with a keyword is a header as a whole ("Gelet op het volgende:")."""
    if not text.endswith(":") or len(text.split()) > 10:
        return None
    if INFINITIVE_DICTUM.match(text):
        return Header("verzoeken", text, "")
    match = _KEYWORD.match(text)
    if not match:
        return None
    return Header(kind_of(match.group("kw")), text, "")


def _with_colon(kop: str) -> str:
    kop = kop.rstrip().rstrip(",").rstrip()
    return kop if kop.endswith(":") else f"{kop}:"
