"""An amendement is not a motie: it is refused until the import of amendementen lands.

Kept in one function so that the amendement import can replace the refusal by a dispatch.
"""

from __future__ import annotations

import re

from generator.errors import UserError

_TITLE = re.compile(r"^amendement\b", re.IGNORECASE)
_PROPOSED = re.compile(r"\b(?:het\s+volgende|dit|ons|een)\s+amendement\b", re.IGNORECASE)
_DECISION = re.compile(r"^besluit(?:\s+om)?\s*:?\s*$", re.IGNORECASE)
_CHANGE = re.compile(r"te\s+wijzigen\s+in|als\s+volgt\s+(?:te\s+)?luiden|dienovereenkomstig\s+te\s+wijzigen"
                     r"|toe\s+te\s+voegen|te\s+schrappen", re.IGNORECASE)


def refuse_amendement(lines: list[str]) -> None:
    """Raise when the text is an amendement: its title says so, it proposes one, or it changes a besluit."""
    texts = [line.strip() for line in lines if line.strip()]
    if not texts:
        return
    titled = bool(_TITLE.match(texts[0]))
    proposed = any(_PROPOSED.search(t) for t in texts)
    changes = any(_DECISION.match(t) for t in texts) and any(_CHANGE.search(t) for t in texts)
    if titled or proposed or changes:
        raise UserError("dit is een amendement, geen motie: het wijzigt de tekst van een voorstel"
                        " ('Besluit … te wijzigen in …'); de import leest alleen moties",
                        "neem het amendement met de hand over; het importeren van amendementen komt later")
