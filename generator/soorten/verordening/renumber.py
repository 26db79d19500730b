"""Articles renumbered after a change: the new order numbered, and every `[[label]]` written again.

A raad that inserts an article before artikel 6 makes it artikel 7 everywhere: in its heading and in
every reference to it, because references are labels (see references.py), never numbers. Both the
amendement (quoting its own new article) and the raadsbesluit (all adopted changes) number this way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from generator.soorten.verordening import references as ref

Write = Callable[[str, ref.Report], str]


def copies(artikelen: list[ref.Artikel]) -> list[ref.Artikel]:
    """Shallow copies, so numbering them leaves the originals' numbers alone."""
    return [dataclasses.replace(a) for a in artikelen]


def numbered(artikelen: list[ref.Artikel]) -> dict[str, ref.Target]:
    """Number the articles in their (new) order; every label's target in that order."""
    ref.number_articles(artikelen)
    return ref.register(artikelen)


def as_is(text: str, _report: ref.Report) -> str:
    return text


def tekst(artikel: ref.Artikel, write: Write = as_is) -> str:
    """"Artikel 4. Titel 1. … a. …": an article as one quoted text."""
    parts = [f"Artikel {artikel.nummer}. {artikel.titel}"]
    for index, lid in enumerate(artikel.leden):
        number = ref.lid_number(artikel, index)
        parts.append((f"{number}. " if number else "") + write(lid.tekst, lid.report))
        for sub, onderdeel in enumerate(lid.onderdelen):
            begrip = f"{onderdeel.begrip}: " if onderdeel.begrip else ""
            parts.append(f"{ref.letter(sub)}. {begrip}{write(onderdeel.tekst, onderdeel.report)}")
    return " ".join(parts)
