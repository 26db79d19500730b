"""When a text cannot be read as a motie: which parts were found and which not, and a raw import.

The message lets the user see what is missing (a dictum header, a considerans) instead of a bare
refusal; `--ruw` still gives a data file with every line under `niet_geplaatst` to edit by hand.
"""

from __future__ import annotations

import re

from generator.importer.emit import Missing
from generator.importer.headers import match_header
from generator.importer.people import parse_signature
from generator.importer.textclean import split_marker

_TITLE = re.compile(r"^motie\b", re.IGNORECASE)
_OPENING = re.compile(r"\bin\s+vergadering\s+bijeen\b|\bbijeen\s+in\s+vergadering\b|^de\s+(?:raad|kamer|staten)\b",
                      re.IGNORECASE)
_SLOT = re.compile(r"\bga(?:at|an)\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b", re.IGNORECASE)
_PARTS = (("titel", "een titel ('Motie …')"), ("opening", "een opening ('De raad …, in vergadering bijeen …')"),
          ("considerans", "een considerans ('Constaterende dat', 'Overwegende dat')"),
          ("dictum", "een dictum ('Verzoekt het college', 'Spreekt uit', 'Draagt het college op')"),
          ("slot", "een slotzin ('En gaat over tot de orde van de dag')"),
          ("indieners", "indieners ('Naam (Fractie)')"))


def found_parts(lines: list[str]) -> set[str]:
    found: set[str] = set()
    for line in lines:
        text = " ".join(line.split())
        if not text:
            continue
        _marker, rest = split_marker(text)
        header = match_header(rest or text)
        if header:
            found.add("dictum" if header.kind == "verzoeken" else "considerans")
        if _TITLE.match(text):
            found.add("titel")
        if _OPENING.search(text):
            found.add("opening")
        if _SLOT.search(text):
            found.add("slot")
        person = parse_signature(text)
        if person and person.fractie:
            found.add("indieners")
    return found


def not_a_motie(lines: list[str], what: str) -> tuple[str, str]:
    """(message, hint) for a text that is not read as a motie, naming the parts found and missing."""
    found = found_parts(lines)
    have = [label for key, label in _PARTS if key in found]
    lack = [label for key, label in _PARTS if key not in found]
    message = f"{what}; gevonden: {', '.join(have) if have else 'niets van een motie'}"
    if lack:
        message += f"; niet gevonden: {', '.join(lack)}"
    hint = ("controleer of dit bestand een motie is en of de koppen er letterlijk in staan; met --ruw komt de hele"
            " tekst onder 'niet_geplaatst:' om met de hand in te delen")
    return message, hint


def raw_data(lines: list[str]) -> dict[str, object]:
    """Every non-blank line under `niet_geplaatst`, with the required fields marked as missing."""
    return {
        "soort": "motie",
        "orgaan": Missing("schrijf de id van het orgaan uit het register, bijvoorbeeld zwolle"),
        "titel": Missing("vul de titel van de motie in"),
        "vergadering": Missing("vul de datum van de vergadering in als JJJJ-MM-DD"),
        "niet_geplaatst": [" ".join(line.split()) for line in lines if line.strip()],
    }
