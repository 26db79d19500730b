"""Numbering of articles, leden and onderdelen, and references written the way regelgeving does.

Text refers to an article, lid or onderdeel by label, never by number: `[[onderzoek]]`,
`[[onderzoek.uitgangspunt]]` (a lid or onderdeel label within that article). The tool numbers
articles by position, leden 1., 2. (restarting per article; an article with one lid has no number)
and onderdelen a., b., and writes "artikel 6, derde lid", "artikel 1, eerste lid, onder a".
Within the same article it writes "het eerste lid" (Aanwijzingen voor de regelgeving). Moving an
article in the data renumbers every article and every reference.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator import nl
from generator.errors import Issue

REFERENCE = re.compile(r"\[\[([^\]]*)\]\]")
LABEL = re.compile(r"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*){0,2}$")
CITATION = re.compile(r"^(\d+[a-z]*)(?:\.(\d+))?(?:\.([a-z]{1,2}))?$")

Report = Callable[[str, str], Issue]
"""Makes a located issue from (message, hint) for the text being resolved."""


@dataclass(frozen=True)
class Target:
    """Where a label points: artikel number, lid number (None for a single-lid article), letter."""

    artikel: str
    lid: int | None = None
    onderdeel: str | None = None

    def cite(self, within: str | None = None) -> str:
        """"artikel 6, derde lid, onder a"; relative ("het derde lid") inside article `within`."""
        lid = f"{nl.rangtelwoord(self.lid)} lid" if self.lid else ""
        if within == self.artikel and (lid or self.onderdeel):
            if lid:
                return f"het {lid}" + (f", onder {self.onderdeel}" if self.onderdeel else "")
            return f"onderdeel {self.onderdeel}"
        text = f"artikel {self.artikel}"
        if lid:
            text += f", {lid}"
        if self.onderdeel:
            text += f", onder {self.onderdeel}"
        return text


@dataclass
class Onderdeel:
    tekst: str
    report: Report
    label: str | None = None
    begrip: str | None = None


@dataclass
class Lid:
    tekst: str
    report: Report
    label: str | None = None
    onderdelen: list[Onderdeel] = field(default_factory=list)
    bepaling: str | None = None


@dataclass
class Artikel:
    label: str
    titel: str
    leden: list[Lid]
    report: Report
    nummer: str = ""
    toelichting: list[Any] = field(default_factory=list)


def letter(index: int) -> str:
    """0 → a, 25 → z, 26 → aa (as long lists of onderdelen continue)."""
    letters = string.ascii_lowercase
    return letters[index] if index < 26 else letters[index // 26 - 1] + letters[index % 26]


def number_articles(artikelen: list[Artikel], start: int = 1) -> None:
    for index, artikel in enumerate(artikelen):
        artikel.nummer = str(start + index)


def lid_number(artikel: Artikel, index: int) -> int | None:
    return index + 1 if len(artikel.leden) > 1 else None


def register(artikelen: list[Artikel]) -> dict[str, Target]:
    """Every label → its target: `artikel`, `artikel.lid`, `artikel.onderdeel`, `artikel.lid.onderdeel`."""
    found: dict[str, Target] = {}
    for artikel in artikelen:
        found[artikel.label] = Target(artikel.nummer)
        for index, lid in enumerate(artikel.leden):
            number = lid_number(artikel, index)
            if lid.label:
                found[f"{artikel.label}.{lid.label}"] = Target(artikel.nummer, number)
            for sub, onderdeel in enumerate(lid.onderdelen):
                if onderdeel.label:
                    target = Target(artikel.nummer, number, letter(sub))
                    found.setdefault(f"{artikel.label}.{onderdeel.label}", target)
                    if lid.label:
                        found[f"{artikel.label}.{lid.label}.{onderdeel.label}"] = target
    return found


def parse_citation(text: str) -> Target | None:
    """"6" → artikel 6; "6.3" → artikel 6, derde lid; "1.1.a" → artikel 1, eerste lid, onder a;
    "6.a" → artikel 6, onder a (an article with one lid)."""
    match = CITATION.fullmatch(text.strip())
    if not match:
        return None
    artikel, lid, onderdeel = match.groups()
    return Target(artikel, int(lid) if lid else None, onderdeel)


def resolve(text: str, targets: dict[str, Target], report: Report, within: str | None,
            issues: list[Issue], missing: str | None = None) -> str:
    """The text with every `[[label]]` written out; unknown labels become issues (`missing`: the
    hint for a well-formed unknown label, with {label}, instead of a guess)."""

    def replace(match: re.Match[str]) -> str:
        label = match.group(1).strip()
        target = targets.get(label)
        if target is None:
            issues.append(report(*unknown(label, targets, missing)))
            return match.group(0)
        return closed(target.cite(within), text[match.end():])

    return REFERENCE.sub(replace, text)


def closed(citation: str, rest: str) -> str:
    """"artikel 6, derde lid, van de wet": a citation with a lid or onderdeel is set off by a comma
    when the sentence goes on with a word (not before punctuation or at the end)."""
    if "," in citation and re.match(r" +\w", rest):
        return citation + ","
    return citation


def unknown(label: str, targets: dict[str, Target], missing: str | None = None) -> tuple[str, str]:
    """Message and hint for a label that is not there, with a "did you mean"."""
    if not LABEL.fullmatch(label):
        return (f"verwijzing [[{label}]] is geen geldig label",
                "schrijf [[artikel]] of [[artikel.lid]], met kleine letters, cijfers en streepjes")
    guess = difflib.get_close_matches(label, list(targets), n=1, cutoff=0.6)
    if missing:
        hint = missing.format(label=label)
    elif guess:
        hint = f"bedoelt u [[{guess[0]}]]?"
    else:
        articles = sorted(label for label in targets if "." not in label)
        hint = f"bekende artikelen: {', '.join(articles)}" if articles else "geef het artikel of lid een 'label:'"
    return f"verwijzing naar onbekend label '{label}'", hint


def labels_in(text: str) -> list[str]:
    return REFERENCE.findall(text)
