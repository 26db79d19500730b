"""The voorstel an amendement changes, named above its besluit: the family of phrasings, in one place.

Labels ("Betreft:", "Onderwerp Statenvoorstel:", "Raadsvoorstel:", "Statenvoorstel nr. 12", "Voorstel:"), a sentence
("Op voorstel PS2016-778, Natuurparagraaf …"), a line that names the kind ("Amendement op de Wijziging van de Wet …",
"Amendement bij het raadsvoorstel …"), a reading block ("gelezen:" / "het raadsvoorstel" / "Voorjaarsnota 2023"), and
last an "Onderwerp:" that is not the title. A number given apart ("Nummer Statenvoorstel: 1934854") joins the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_KIND = r"(?:raads|staten|bestuurs|college|ab-|ab)?voorstel|voordracht|statenvoordracht|ontwerpbesluit|ontwerp-besluit"
LABELS = (
    re.compile(rf"^(?:betreft|onderwerp\s+(?:{_KIND})|naam\s+(?:{_KIND})|titel\s+(?:{_KIND})|(?:{_KIND})(?:\s+nr\.?)?"
               r"|behorende?\s+bij|inzake|agendaonderwerp)\s*[:.]\s*(?P<v>\S.*)$", re.IGNORECASE),
    re.compile(rf"^(?:{_KIND})\s+(?:nr\.?|nummer)\s*(?P<v>\S.*)$", re.IGNORECASE),
    re.compile(r"^op\s+(?:het\s+)?voorstel\s+(?:van\s+\S+(?:\s+\S+)?\s+)?(?P<v>\S.*?)[.]?$", re.IGNORECASE),
    re.compile(r"^(?:sub)?amendement\s+(?:op|bij|inzake|betreffende|m\.b\.t\.)\s+(?:het\s+|de\s+)?(?P<v>\S.*?)[.]?$",
               re.IGNORECASE),
)
"""A line that names the voorstel, most certain first."""
NUMBER = re.compile(rf"^(?:nummer|nr\.?)\s+(?P<kind>{_KIND})\s*:\s*(?P<n>\S.*)$", re.IGNORECASE)
SUBJECT = re.compile(r"^onderwerp\s*:\s*(?P<v>\S.*)$", re.IGNORECASE)
READING = re.compile(r"^(?:gelezen|gezien|kennis\s*genomen\s+hebbende\s+van|kennisgenomen\s+van|kennis\s+genomen\s+van)"
                     r"\s*[:,]?\s*(?P<rest>.*)$", re.IGNORECASE)
"""A reading block: "gelezen:" on its own line, the voorstel on the lines below, up to a blank line or a header."""
AGENDA = re.compile(r"^\(?agendapunt\s+[\w./-]+\)?$", re.IGNORECASE)


@dataclass
class Named:
    voorstel: str
    lines: list[str] = field(default_factory=list)
    """The lines that named it (taken out of niet_geplaatst)."""
    rule: str = ""


def voorstel_in_head(texts: list[str], titel: str | None) -> Named | None:
    """The voorstel named in the lines above the besluit (texts: the cleaned lines, "" for a blank line)."""
    found = _labelled(texts) or _reading(texts) or _subject(texts, titel)
    if found is None:
        return None
    for text in texts:
        if (number := NUMBER.match(text)) and number.group("n") not in found.voorstel:
            found.voorstel = f"{found.voorstel} ({number.group('kind').capitalize()} {number.group('n')})"
            found.lines.append(text)
    return found


def _labelled(texts: list[str]) -> Named | None:
    for pattern in LABELS:
        for index, text in enumerate(texts):
            if (match := pattern.match(text)) and len(match.group("v")) <= 160:
                named = Named(match.group("v").strip(" ,;:"), [text], "voorstel-regel")
                after = next((t for t in texts[index + 1:index + 3] if t), "")
                if AGENDA.match(after):  # "Betreft: X" / "(agendapunt 48-2013)": one naming
                    named.voorstel, named.lines = f"{named.voorstel} {after}", [text, after]
                return named
    return None


def _reading(texts: list[str]) -> Named | None:
    for index, text in enumerate(texts):
        match = READING.match(text)
        if not match or match.group("rest"):
            continue
        below: list[str] = []
        for line in texts[index + 1:]:
            if not line and below and len(below) >= 2:
                break
            if re.match(r"(?i)^(?:besluit|constaterende|overwegende|van\s+mening)\b", line):
                break
            if line:
                below.append(line)
        named = [t for t in below if not re.fullmatch(rf"(?i)(?:het|de)\s+(?:{_KIND})[:,]?", t)]
        if named and len(" ".join(named)) <= 160:
            return Named(" ".join(named).strip(" ,;:"), [text, *below], "gelezen-blok")
    return None


def _subject(texts: list[str], titel: str | None) -> Named | None:
    """ "Onderwerp: X" on an amendement whose heading is its own title: X is what it amends, unless X is that title."""
    own = re.sub(r"(?i)\s*\(?\b(?:sub)?amendement\b\)?:?\s*", " ", titel or "").strip().lower()
    for text in texts:
        if (match := SUBJECT.match(text)) and (value := match.group("v").strip(" ,;:")).lower() != own:
            return Named(value, [text], "onderwerp")
    return None
