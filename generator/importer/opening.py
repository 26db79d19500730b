"""The opening sentence of a motie: "De raad van de gemeente Zwolle, in vergadering bijeen op 8 juli 2019,"
gives the gemeente and the date; any other body ("Provinciale Staten van Gelderland, …", "De Kamer,
gehoord de beraadslaging,") is kept word for word as the orgaan."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.importer.dates import find_dates

_WIJ = re.compile(r"^(?:wij|we),?\s+(?=de\s+(?:gemeente)?raad\b|provinciale\s+staten\b)", re.IGNORECASE)
""""Wij, de gemeenteraad van …": the opening in the first person, read as the raad's own."""
_OPENING = re.compile(
    r"^(?:(?:wij|we),?\s+)?(?:de\s+)?(?:gemeente)?raad\b|^de\s+kamer\b|^(?:de\s+)?provinciale\s+staten\b|^(?:het\s+)?(?:algemeen|dagelijks)"
    r"\s+bestuur\b|^de\s+vergadering\s+van\s+(?:het\s+algemeen\s+bestuur|de\s+(?:gemeente)?raad|provinciale\s+staten)\b.*\bbijeen\b"
    r"|^de\s+staten\b|^(?:de\s+)?algemene\s+vergadering\s+van\b.*\bbijeen\b|^(?:de\s+)?(?:eerste|tweede)\s+kamer\b.*,$|^(?:de\s+)?verenigde\s+vergadering\b",
    re.IGNORECASE)
_RAAD = re.compile(
    r"^(?:de\s+)?(?:gemeente)?raad\s+(?:van\s+(?:de\s+)?(?:gemeente\s+)?|der\s+gemeente\s+)(?P<g>.+?)"
    r"(?=\s*,|\s+in\s+(?:de\s+)?(?:openbare\s+)?vergadering|\s+bijeen|\s+op\s+(?:\w+dag\s+)?\d|\s*$)", re.IGNORECASE)
_RAAD_BARE = re.compile(r"^(?:de\s+)?gemeenteraad\s+(?P<g>(?-i:[A-Z'’][\w'’-]*(?:\s+(?:op|aan|en|de"
                        r"|den)?\s*[A-Z][\w'’-]*)*))",
                        re.IGNORECASE)
_PROVINCIE = re.compile(r"provinciale\s+staten\s+van\s+(?P<g>(?-i:[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)*))", re.IGNORECASE)
_BESTUUR = re.compile(r"bestuur\s+van\s+(?:het\s+|de\s+)?(?P<g>[A-Z][\w'’-]*(?:,?\s+(?:&\s+)?[A-Za-z][\w'’-]*){0,4}?)"
                      r"(?=\s*,(?!\s+(?-i:[A-Z])[\w'’-]*\s+(?:en|&)\s)|\s+in\s+vergadering|\s+bijeen\b|$)", re.IGNORECASE)
_CONTINUES = re.compile(r"^(?:gehoord\s+de\s+(?:beraadslaging|discussie|beraadslagingen)|ter\s+bespreking|besprekende"
                        r"|behandelende"
                        r"|bij\s+de\s+behandeling|in\s+(?:openbare\s+)?"
                        r"vergadering|bijeen)\b", re.IGNORECASE)
_TER_BESPREKING = re.compile(r",?\s*(?P<verb>ter\s+bespreking\s+van|ter\s+behandeling\s+van|(?:gehoord|horende)\s+de\s+beraadslaging(?:en)?\s+over"
                             r"|bij\s+de\s+behandeling\s+van|besprekende|behandelende|behandelend(?=\s+het\s+(?:raads|staten)?voorstel\b)|beraadslagende\s+over"
                             r"|over(?=\s+het\s+(?:raads|staten)?voorstel\b))"
                             r"\s+(?P<v>.+?)\s*[,.]?\s*$", re.IGNORECASE)
_GEHOORD = re.compile(r",?\s*(?P<g>gehoord\s+de\s+(?:beraadslaging(?:en)?|discussie))\s*(?=,|$)", re.IGNORECASE)
_BIJEEN = re.compile(r"\bin\s+(?:de\s+)?(?:openbare\s+)?vergadering\s+bijeen\b", re.IGNORECASE)
_KAMER = re.compile(r"^(?:de\s+)?(?P<k>eerste|tweede)?\s*kamer\b", re.IGNORECASE)


@dataclass
class Opening:
    orgaan: str | None = None
    gemeente_naam: str | None = None
    gemeente_id: str | None = None
    vergadering: dt.date | None = None
    voorstel: str | None = None
    """The agenda item after "ter bespreking van"."""
    verb: str | None = None
    """How the source introduced it when not "ter bespreking van" ("besprekende")."""
    beraadslaging: str | None = None
    """ "gehoord de beraadslaging" after the meeting, as the source writes it."""


def is_opening(text: str) -> bool:
    return bool(_OPENING.match(text) or _BIJEEN.search(text))


def continues(previous: str, following: str, is_label: bool) -> bool:
    """Whether `following` still belongs to the opening sentence that `previous` ends."""
    is_open = not previous.rstrip().endswith((",", ":", "."))
    if _OPENING.match(following) and _OPENING.match(previous):  # "… bijeen op 20 januari 2021" / "De raad,"
        return False
    return bool(_CONTINUES.match(following)) or (is_open and not is_label)


def read_opening(sentence: str) -> Opening:
    opening = Opening()
    sentence = _WIJ.sub("", sentence)
    voorstel = _TER_BESPREKING.search(sentence)
    if voorstel:
        opening.voorstel = voorstel.group("v")
        verb = voorstel.group("verb").lower()
        opening.verb = None if verb.startswith("ter bespreking") else voorstel.group("verb")
        sentence = sentence[: voorstel.start()].rstrip(" ,") + ","
    dates = find_dates(sentence)
    if dates:
        opening.vergadering = dates[0][1]
    raad = _RAAD.match(sentence) or _RAAD_BARE.match(sentence)
    if raad:
        opening.gemeente_naam = raad.group("g").strip()
        heard = _GEHOORD.search(sentence)  # printed after the meeting by the built aanhef
        opening.beraadslaging = heard.group("g") if heard else None
        return opening
    opening.orgaan = sentence
    for pattern in (_PROVINCIE, _BESTUUR):
        match = pattern.search(sentence)
        if match:
            opening.gemeente_naam = match.group("g").strip()
            return opening
    kamer = _KAMER.match(sentence)
    if kamer:
        opening.gemeente_id = f"{(kamer.group('k') or 'tweede').lower()}-kamer"
    return opening
