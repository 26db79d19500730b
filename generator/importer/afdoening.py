"""An afdoeningsbrief quotes the motie it answers: "De motie luidt als volgt:" … "Het college reageert …".

The motie's facts stand in the aanleiding sentence: "Uw raad heeft tijdens de behandeling van <voorstel>
(RIS308436) op 14 juli 2021 de door het raadslid mevrouw Klokkenburg-Reedeker ingediende motie
‘Versterking eigen netwerk en inzet familiegroepsplan’ (RIS309671) aangenomen."
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from generator.importer.dates import date_pattern, find_dates
from generator.importer.fields import RIS, ris_number
from generator.importer.headers import match_header
from generator.importer.people import Person, parse_name_list
from generator.importer.textclean import join_lines, squeeze

_MARKER = re.compile(r"^(?:de\s+(?:tekst\s+van\s+de\s+)?motie|deze\s+motie)\s+(?:luidt|luidde)(?:\s+als\s+volgt)?\s*"
                     r"(?::\s*(?P<rest>.*))?$", re.IGNORECASE)
_RESUME = re.compile(
    r"^(?:(?:het|ons)\s+college(?:\s+van\s+(?:b(?:urgemeester)?\s*(?:en|&)\s*w(?:ethouders)?))?|wij)\s+"
    r"(?:reageert|reageren|beantwoordt|beantwoorden|antwoordt|antwoorden|geeft|geven|heeft|hebben|wil|willen|zal"
    r"|zullen|neemt|nemen|beschouwt|beschouwen|informeert|informeren|doet|doen|gaat|gaan)\b"
    r"|^(?:reactie|antwoord|afdoening|beantwoording|uitvoering|stand\s+van\s+zaken)(?:\s+van\s+het\s+college)?\s*:?$",
    re.IGNORECASE)
_QUOTES = {"‘": "’", "“": "”", "'": "'", '"': '"', "«": "»", "„": "”"}
_OPEN_QUOTE = re.compile(r"\bmotie\s+([‘“'\"«„])", re.IGNORECASE)
_BEHANDELING = re.compile(r"(?:tijdens|bij)\s+de\s+(?:behandeling|bespreking)\s+van\s+(?P<v>.+?)\s*"
                          r"(?=\((?:RIS|\d)|\s+op\s+\d|\s+(?:de|het)\s+(?:door|motie)\b|[.;]?$)", re.IGNORECASE)
_INDIENER = re.compile(
    r"door\s+(?:het\s+(?:raads)?lid|de\s+(?:raads)?leden|raadslid|raadsleden|de\s+fractie\s+van)\s+(?P<n>.+?)\s+"
    r"(?:ingediende|ingediend)\b|ingediend\s+door\s+(?:het\s+(?:raads)?lid|de\s+(?:raads)?leden)?\s*(?P<m>.+?)"
    r"(?=\s*[,.]|\s+(?:is|werd|heeft|op)\b)", re.IGNORECASE)
_LETTER_FIELD = re.compile(
    r"^(?:datum|onderwerp|betreft|aan|bijlagen?|bijlage\(n\)|uw\s+brief|contactpersoon|telefoon|e-mail|doorkiesnummer"
    r"|(?:ons|uw)\s+kenmerk|kenmerk|verzonden|registratienummer)\b.*$|^geachte\b.*,?$", re.IGNORECASE)
_CODE_AFTER = re.compile(r"^\s*\((?P<c>RIS\s?-?\d{5,8}|[A-Za-z]{0,4}\s?-?\d[\w./-]{3,})\)")
_STATUS = re.compile(r"\b(aangenomen|verworpen|aangehouden|ingetrokken)\b", re.IGNORECASE)


@dataclass
class Letter:
    motie_lines: list[str]
    titel: str | None = None
    ris: str | None = None
    vergadering: dt.date | None = None
    voorstel_titel: str | None = None
    voorstel_ris: str | None = None
    indieners: list[Person] = field(default_factory=list)
    status: str | None = None
    gemeente_naam: str | None = None
    dropped_lines: int = 0


def find_letter(lines: list[str]) -> Letter | None:
    """The quoted motie and the aanleiding of an afdoeningsbrief, or None for a plain motie."""
    start = next((i for i, line in enumerate(lines) if _MARKER.match(squeeze(line))), None)
    if start is None:
        return None
    end = _motie_end(lines, start + 1)
    if end == len(lines):
        # Nothing follows the quoted motie: no college's reaction, so no afdoeningsbrief (a news page or a
        # blog that quotes a motie); the whole text is read as a motie and nothing before the quote is lost.
        return None
    rest = _MARKER.match(squeeze(lines[start])).group("rest")  # type: ignore[union-attr]
    letter = Letter(([rest] if rest else []) + lines[start + 1:end])
    letter.dropped_lines = sum(1 for line in lines[end:] if line.strip())
    _read_aanleiding(letter, join_lines([line for line in lines[:start] if not _LETTER_FIELD.match(line.strip())]))
    return letter


def _motie_end(lines: list[str], start: int) -> int:
    dictum_seen = False
    for index in range(start, len(lines)):
        text = squeeze(lines[index])
        header = match_header(text)
        if header and header.kind == "verzoeken":
            dictum_seen = True
        elif dictum_seen and _RESUME.match(text):
            return index
    return len(lines)


def _read_aanleiding(letter: Letter, text: str) -> None:
    sentence = _aanleiding_sentence(text)
    title = _quoted_title(sentence)
    if title:
        letter.titel, end = title
        code = _CODE_AFTER.match(sentence[end:])
        letter.ris = (ris_number(code.group("c")) or code.group("c")) if code else None
    behandeling = _BEHANDELING.search(sentence)
    if behandeling:
        letter.voorstel_titel = squeeze(behandeling.group("v"))
        code = _CODE_AFTER.match(sentence[behandeling.end():])
        letter.voorstel_ris = (ris_number(code.group("c")) or code.group("c")) if code else None
    dates = find_dates(sentence)
    if dates:
        letter.vergadering = dates[0][1]
    letter.indieners = _indieners(sentence)
    status = _STATUS.search(sentence)
    if status:
        letter.status = status.group(1).lower()
    if not letter.ris:
        letter.ris = _lone_ris(sentence, letter.voorstel_ris)


def _quoted_title(sentence: str) -> tuple[str, int] | None:
    """The title in quotes after "motie", and where the closing quote ends."""
    for match in _OPEN_QUOTE.finditer(sentence):
        end = sentence.find(_QUOTES[match.group(1)], match.end())
        if end > match.end():
            return sentence[match.end():end].strip(), end + 1
    return None


def _aanleiding_sentence(text: str) -> str:
    """The sentence that names the motie (the letter's 'aanleiding')."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    for sentence in sentences:
        names_motie = re.search(r"\bmotie\b", sentence, re.IGNORECASE)
        if names_motie and (date_pattern().search(sentence) or RIS.search(sentence)):
            return sentence
    return text


def _indieners(sentence: str) -> list[Person]:
    match = _INDIENER.search(sentence)
    if not match:
        return []
    names = (match.group("n") or match.group("m") or "").strip()
    return parse_name_list(names)


def _lone_ris(sentence: str, voorstel_ris: str | None) -> str | None:
    numbers = [f"RIS{m.group(1)}" for m in RIS.finditer(sentence)]
    others = [n for n in numbers if n != voorstel_ris]
    return others[0] if len(others) == 1 else None
