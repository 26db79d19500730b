"""The head of a Kamerstuk amendement: "25 653" / the wetsvoorstel's title / "nr. 10" / "GEWIJZIGD AMENDEMENT VAN HET
LID ASSEN C.S. …". Only the Tweede Kamer amends, so a head of this shape names the orgaan, the voorstel, the number,
the title (the heading minus "AMENDEMENT", the Kamerstuk convention) and the indieners."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.importer.people import names_from_capitals

DOSSIER = re.compile(r"^(?P<nr>\d{2}\s?\d{3}(?:-[IVXLC]+)?)(?:\s+(?P<t>[A-Z].+))?$")
KAMER_HEAD = re.compile(r"^(?P<kop>(?:(?:nader\s+)?gewijzigd\s+)?(?:sub)?amendement)\s+(?P<rest>van\s+(?:het\s+lid|de\s+leden)\s+"
                        r"(?P<n>.+?)(?:\s+c\.s\.?)?(?:\s+(?:ter\s+vervanging|over|inzake)\b.*)?)$", re.IGNORECASE)
KAMER_NR = re.compile(r"^nr\.\s*(?P<n>\d+)$", re.IGNORECASE)


@dataclass
class Kamerstuk:
    """A Kamerstuk's head: "25 653" / the wetsvoorstel's title / "nr. 10" / "AMENDEMENT VAN HET LID X C.S. …"."""
    dossier: str
    voorstel: str
    nummer: str | None
    titel: str
    namen: str
    lines: list[str]


def kamerstuk(texts: list[str]) -> Kamerstuk | None:
    """The head of a Kamer amendement: a dossier number (with the voorstel's title beside or below it) and a heading
    "AMENDEMENT VAN HET LID …" among the first lines. Only the Tweede Kamer amends, so this names the orgaan."""
    head = [t for t in texts if t][:8]
    dossier = next((i for i, t in enumerate(head) if DOSSIER.match(t)), None)
    heading = next((i for i, t in enumerate(head) if KAMER_HEAD.match(t)), None)
    if dossier is None or heading is None or heading < dossier:
        return None
    match, kop = DOSSIER.match(head[dossier]), KAMER_HEAD.match(head[heading])
    assert match is not None and kop is not None
    title = [t for t in head[dossier + 1:heading] if not KAMER_NR.match(t)]
    voorstel = match.group("t") or (title[0] if title else "")
    used = [head[dossier], *([] if match.group("t") or not title else [title[0]])]
    nummer = next((m.group("n") for t in head[dossier:heading] if (m := KAMER_NR.match(t))), None)
    used += [t for t in head[dossier:heading] if KAMER_NR.match(t)]
    names = names_from_capitals(kop.group("n")) if kop.group("n").isupper() else kop.group("n")
    return Kamerstuk(" ".join(match.group("nr").split()), voorstel, nummer, kop.group("rest"), names,
                     [*used, head[heading]])
