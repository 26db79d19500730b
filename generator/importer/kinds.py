"""What a text is when it is no motie and no amendement: a letter, a besluitenlijst, notulen.

The rules read the head of the text (a Kamerbrief's "BRIEF VAN DE MINISTER …", "Aan de Voorzitter van de
Tweede Kamer", a raad's "Besluitenlijst van de vergadering …") and the letter's own words ("Geachte",
"Hoogachtend", "De minister van …," above a name). A besluitenlijst or notulen are refused before any motie
is looked for in them (they quote moties); a letter only when it quotes none (an afdoeningsbrief that
quotes its motie is read as that motie). The refusal names what the text is and, for a letter, the motie
it answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.importer.roles import Line, Role, Rule, decide

HEAD = 12
"""A text says what it is in its first lines."""

_LETTER_HEAD = re.compile(r"^(?:nr\.\s*\d+\s+)?brief\s+van\s+(?:de|het)\s+\w+|^kamerbrief\b|^brief\s+regering$"
                          r"|^.{0,80}\b(?:informeert|informeer)\b.{0,40}\bover\s+de\s+uitvoering\s+van\s+de\s+motie"
                          r"|^(?:\w+\s+)?voortgangsrapportage\s+over\s+de\s+uitvoering\b|^aan\s+de\s+voorzitter\s+van\s+de\s+"
                          r"(?:tweede|eerste)\s+kamer|^(?:raads|staten|commissie)?informatiebrief\b|^(?:raads|staten)brief\b"
                          r"|^geachte\s+(?:voorzitter|leden|raad|staten|heer|mevrouw)\b", re.IGNORECASE)
_LETTER_CLOSE = re.compile(r"^(?:hoogachtend|met\s+vriendelijke\s+groet(?:en)?|de\s+(?:minister|staatssecretaris)\s+van\b.*,"
                           r"|(?:het\s+)?college\s+van\s+burgemeester\s+en\s+wethouders\s*,?|gedeputeerde\s+staten\s+van\b.*,)",
                           re.IGNORECASE)
_MINUTES = re.compile(r"^(?:concept-?)?(?P<k>besluitenlijst|notulen|verslag)\b(?:\s+van\s+de\b.*|\s+(?:raads|staten|commissie)"
                      r"vergadering\b.*|\s*:?.*\bvergadering\b.*)?$", re.IGNORECASE)
_ANSWERS = re.compile(r"(?P<m>(?:de\s+)?(?:gewijzigde\s+|aangenomen\s+)?motie(?:-|\s+)(?:van\s+(?:het\s+lid|de\s+leden)\s+)?"
                      r"[A-Z][\w'’-]*(?:\s+(?:en|c\.s\.|[A-Z][\w'’-]*))*(?:\s*c\.s\.)?(?:\s*\([^)]*\))?"
                      r"(?:\s+(?:over|inzake|betreffende)\s+[^,.;()]+)?"
                      r"|(?:de\s+)?motie\s+(?:over|inzake|betreffende)\s+[^,.;]+)")


def _minutes(line: Line) -> bool:
    return line.index < HEAD and bool(_MINUTES.match(line.text))


KIND: tuple[Rule, ...] = (
    Rule("besluitenlijst-kop", _minutes, Role.FURNITURE),
    Rule("brief-kop", lambda line: line.index < HEAD and _LETTER_HEAD.match(line.text), Role.FURNITURE),
    Rule("brief-slot", lambda line: _LETTER_CLOSE.match(line.text), Role.FURNITURE),
)


@dataclass(frozen=True)
class Kind:
    what: str
    """brief, besluitenlijst or notulen."""
    rule: str
    line: str
    answers: str | None = None
    """The motie a letter answers, as it names it."""

    def message(self) -> str:
        if self.what == "brief":
            about = f"; hij gaat over {self.answers}" if self.answers else ""
            return (f"dit is een brief, geen motie of amendement (herkend aan '{self.line[:60]}'){about}; de import leest"
                    " alleen moties en amendementen (en een afdoeningsbrief die de motie letterlijk citeert)")
        what = "dit zijn notulen" if self.what == "notulen" else f"dit is een {self.what}"
        return (f"{what} van een vergadering, geen motie of amendement (herkend aan '{self.line[:60]}'); importeer"
                " elke motie apart")

    def hint(self) -> str:
        if self.what == "brief":
            return "importeer de motie zelf (de tekst met 'Verzoekt …' of 'Spreekt uit …'), niet de brief erover"
        return "kopieer de tekst van één motie naar een eigen bestand en importeer dat"


def kind_of(lines: Sequence[str], minutes_only: bool = False) -> Kind | None:
    """The kind of a text that is no motie: the first rule that fires on one of its lines."""
    texts = [" ".join(t.split()) for t in lines if t.strip()]
    for index, text in enumerate(texts):
        rule = decide(KIND, Line(text, index))
        if rule is None or (minutes_only and rule.name != "besluitenlijst-kop"):
            continue
        if rule.name == "besluitenlijst-kop":
            match = _MINUTES.match(text)
            kind = match.group("k").lower() if match else "besluitenlijst"
            return Kind("notulen" if kind in ("notulen", "verslag") else "besluitenlijst", rule.name, text)
        answers = next((m.group("m").strip() for t in texts if (m := _ANSWERS.search(t))), None)
        return Kind("brief", rule.name, text, answers)
    return None


_MINUTES_LABEL = re.compile(r"^(?:\S+\s+-\s+)?(?:raads|staten|commissie)?notulen\b|\bnotulen\s+van\s+de\s+(?:gemeenteraad|raad"
                            r"|provinciale\s+staten|staten|vergadering|algemene\s+vergadering|verenigde\s+vergadering)\b",
                            re.IGNORECASE)
"""A page of notulen names itself in its head or foot ("Raadsnotulen en jaarverslagen", "Breda - Notulen van de
gemeenteraad"), not necessarily in its first lines."""
_QUOTED_MOTIE = re.compile(r"\bmotie\s*(?:\(\s*\d+\s*\)|nr\.?\s*\d+|\d+\b)", re.IGNORECASE)


def quoted_moties(lines: Sequence[str]) -> Kind | None:
    """Notulen that quote several moties one after another ("MOTIE (6) … MOTIE (7) …") on a page that calls itself
    notulen: refused as notulen, wherever on the page the label stands."""
    texts = [" ".join(t.split()) for t in lines if t.strip()]
    ends = [*texts[:HEAD], *texts[HEAD:][-HEAD:]]  # a page names itself in its head or its foot
    label = next((t for t in ends if len(t) <= 80 and _MINUTES_LABEL.search(t)), None)
    if label is None or sum(len(_QUOTED_MOTIE.findall(t)) for t in texts) < 2:
        return None
    return Kind("notulen", "notulen-met-moties", label)
