"""Web-page furniture around a motie copied from a party or council site.

A page copy ends in site navigation ("Lees onze andere moties", links to other moties, "Word lid
Doneer") and carries labels such as "Status" or "Skip to main content". These never become part of
the motie; they are returned so the caller names them in a note (nothing is dropped silently).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_NAVIGATION = re.compile(r"^(?:lees\s+(?:onze\s+)?(?:andere|meer)\s+moties|andere\s+moties|meer\s+moties"
                         r"|lees\s+ook|aanbevolen|gerelateerde\s+berichten)\s*:?$", re.IGNORECASE)
FURNITURE = {
    "skip": (r"skip\s+to\s+(?:main\s+)?content", r"naar\s+de\s+inhoud", r"back\s+to\s+top", r"(?:terug\s+)?naar\s+boven",
             r"terug", r"menu", r"zoeken", r"sluiten"),
    "party": (r"(?:word|doe)\s+(?:lid|actief|mee)(?:\s+doneer)?", r"doneer", r"help\s+mee\s+aan\s+een\s+betere?\s+\w+!?",
              r"steun\s+ons(?:\s+en\s+help\s+[\w ]{3,30})?!?", r"wij\s+(?:staan|zijn)\s+(?:voor|tegen)", r"in\s+moties",
              r"lees\s+verder", r"status", r"kamerstuk"),
    "share": (r"deel\s+dit(?:\s+(?:bericht|artikel|pagina|nieuws))?", r"delen", r"share(?:\s+this)?", r"tweet",
              r"(?:deel\s+(?:op|via)\s+)?(?:facebook|twitter|linkedin|whatsapp|e-?mail)",
              r"print\s+friendly,?\s+pdf\s+(?:&|en)\s+e-?mail", r"print(?:\s+deze\s+pagina)?", r"afdrukken",
              r"what\s+do\s+you\s+want\s+to\s+do\s*\?", r"new\s+mail", r"stuur\s+door"),
    "search": (r"type\s+uw\s+zoekwoorden\s+hierboven\b.*", r"zoek(?:en)?\s+op\s+de\s+site", r"druk\s+(?:op\s+)?esc\b.*"),
    # the header of officielebekendmakingen.nl's metadata table (its cells run together)
    "table": (r"datum\s*publicatie\s*organisatie\s*vergaderjaar\s*dossier-?\s*en\s*ondernummer",),
}
"""A web page's own lines, by family: links that skip or go back, a party's buttons, share / print / mail widgets, a
search box's hint, a metadata table's header. Each is a whole line; a new member is one pattern here."""
_LABEL = re.compile(r"^(?:" + "|".join(p for family in FURNITURE.values() for p in family) + r")\s*:?$", re.IGNORECASE)


_GLUED_STATUS = re.compile(r"(?<=[a-z)])Status\s*$|(?<=[\w)])(?P<label>Wij\s+(?:staan|zijn)\s+(?:voor|tegen)\s*:?)\s*$")
"""A page label glued to the last line of the motie: "… StadspartijStatus", "… D66Wij staan voor:"."""


@dataclass
class Site:
    lines: list[str]
    removed: list[str] = field(default_factory=list)
    navigation: list[str] = field(default_factory=list)


def strip_site(lines: list[str]) -> Site:
    """The motie without the page's labels and without the navigation after it."""
    site = Site([])
    for index, line in enumerate(lines):
        text = line.strip()
        if _NAVIGATION.match(text):
            site.navigation = [t.strip() for t in lines[index:] if t.strip()]
            break
        if text and _LABEL.match(text):
            site.removed.append(text)
            continue
        glued = _GLUED_STATUS.search(line)
        if glued:
            # "Partij voor de Dieren StadspartijStatus": the page's label glued to the last line of the motie.
            site.removed.append(glued.group("label") or "Status")
            line = line[: glued.start()]
        site.lines.append(line)
    return site


def furniture_note(site: Site) -> str | None:
    parts = []
    if site.removed:
        parts.append("labels van de webpagina weggelaten: " + counted(site.removed))
    if site.navigation:
        parts.append("navigatie van de webpagina na de motie weggelaten: " + " | ".join(site.navigation))
    return "; ".join(parts) or None


def counted(pieces: list[str]) -> str:
    """ "'Status' (2×), 'Delen'": each piece once, with how often it was left out when more than once."""
    counts = Counter(pieces)
    return ", ".join(f"'{t}'" + (f" ({n}×)" if n > 1 else "") for t, n in counts.items())
