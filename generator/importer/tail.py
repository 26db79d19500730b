"""What follows the dictum: the slot, indieners, status and vote, toelichting and footnotes.

Each line is tried against the recognisers in turn; what none of them takes is returned as leftover
so the caller can put it under `niet_geplaatst`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from generator.importer.dates import find_dates
from generator.importer.people import (
    Person,
    is_name,
    is_party,
    parse_name_list,
    parse_signature,
    split_grid_parties,
    split_names,
    split_parties,
    split_row,
)
from generator.importer.textclean import PAGE_BREAK, ends_sentence, join_lines, split_marker, squeeze
from generator.importer.votes import (
    COUNTS,
    SCORE,
    UITSLAG,
    VOTE,
    VOTE_HEADING,
    VOTE_TABLE,
    party_list,
    read_row,
    table_columns,
    uitslag,
    vote_count,
)

SLOT = re.compile(r"^(?P<slot>(?:en\s+)?ga(?:at|an)\s+over\s+(?:tot"
                  r"|naar)\s+de\s+orde\s+van\s+(?:de\s+)?dag\b\.?)[;!]?\s*(?P<rest>.*)$",
                  re.IGNORECASE)
INDIENERS = re.compile(
    r"^(?:ingediend\s+door|indiener\(?s\)?|indieners|(?:naam\s+)?initiatiefnemers?|ondertekend(?:\s+door)?"
    r"|ondertekening(?:\s+en\s+naam\s+(?:van\s+(?:de\s+)?)?indiener(?:s)?)?|ondertekenaars?"
    r"|namens)\b\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_NAME_TABLE = re.compile(r"^(?:naam|indiener|raadslid|naam indiener)\s*(?:\||\s)\s*(?:fractie"
                         r"|partij)\s*$", re.IGNORECASE)
_SECOND_PAIR = re.compile(r"(?<=\S)\s+(?=(?:naam|fractie|partij)\s*:\s*\S)", re.IGNORECASE)
_PAIR = re.compile(r"^(?P<key>naam|fractie|partij)\s*:\s*(?P<value>.+)$", re.IGNORECASE)
STATUS = re.compile(
    r"^(?:(?:status|besluit|uitslag|stemming|stemmingsuitslag|resultaat"
    r"|afdoening)\s*:?\s*)?(?:de\s+)?(?:motie\s+(?:is\s+)?)?"
    r"(?P<pre>unaniem|met\s+algemene\s+stemmen|met\s+\d+\s+(?:stemmen\s+)?voor\s+en\s+\d+\s+(?:stemmen\s+)?tegen)?\s*"
    r"(?P<status>aangenomen|verworpen|ingetrokken|aangehouden|overgenomen|ingediend)\b(?!\s*door\b)\s*(?P<rest>.*)$",
    re.IGNORECASE)
TOELICHTING = re.compile(r"^toelichting\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_PLACE_DATE = re.compile(r"^(?P<p>[A-Z'’][\w'’ -]{1,40}),\s*(?P<d>.*\d{4})\.?$")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?P<rest>\S.*)$")
_REMARK = re.compile(r"\s*\((?P<remark>[^()]{3,})\)\s*$")
_FUNCTION = re.compile(r"(?:(?:plv\.?|plaatsvervangend)\s+)?(?:fractievoorzitter|raadslid|burgerraadslid|commissielid"
                       r"|statenlid|steunfractielid|fractieassistent|fractievertegenwoordiger|lid|voorzitter"
                       r"|woordvoerder)\s*[,.]?", re.IGNORECASE)
_STATUS_WORD = re.compile(r"\b(aangenomen|verworpen|ingetrokken|aangehouden|overgenomen)\b", re.IGNORECASE)
_SIDE = re.compile(r"(voor|tegen)\s*:?", re.IGNORECASE)
_FOOTNOTE = re.compile(r"^(?P<label>\d{1,2})\s*(?P<text>\S.*)$")


@dataclass
class Tail:
    slot: str | None = None
    indieners: list[Person] = field(default_factory=list)
    status: str | None = None
    status_datum: dt.date | None = None
    voor: list[str] = field(default_factory=list)
    tegen: list[str] = field(default_factory=list)
    uitslag: str | None = None
    """The tally as the source writes it ("20-25", "met 21 stemmen voor en 16 tegen")."""
    fracties: list[dict[str, str]] = field(default_factory=list)
    """A vote table's rows: {"fractie", "zetels" (when given), "stem"}."""
    aantallen: dict[str, int] = field(default_factory=dict)
    """The votes per side a list gives ("Voor (21): …", "… (totaal 38 stemmen)")."""
    toelichting: list[str] = field(default_factory=list)
    remarks: list[tuple[str, str]] = field(default_factory=list)
    """(the signature line or name, the remark beside it): "mede namens …", "Fractievoorzitter"."""
    toelichting_onder: bool = False
    """The toelichting follows the indieners in the source."""
    footnotes: dict[str, str] = field(default_factory=dict)
    leftover: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    plaats: str | None = None
    datum: dt.date | None = None
    """From a place-and-date line above the signatures ("Zwolle, 8 juli 2019")."""
    unconfirmed: list[tuple[Person, int]] = field(default_factory=list)
    """A lone one-word name ("Campagne") as the only signature, with no label above it, and its place
    in `leftover`: a Kamer member ("Klein") when the heading names it, else not an indiener."""


def starts_tail(text: str) -> bool:
    """Whether a line can only be after the dictum (used to end the last block)."""
    text = squeeze(text)
    if SLOT.match(text) or INDIENERS.match(text) or TOELICHTING.match(text) or VOTE.match(text):
        return True
    if any(p.match(text) for p in (_NAME_TABLE, VOTE_TABLE, VOTE_HEADING, UITSLAG)) or _status_line(text):
        return True
    person = parse_signature(text)
    return bool(person and person.fractie and is_party(person.fractie))


def _status_line(text: str) -> re.Match[str] | None:
    match = STATUS.match(text)
    if not match:
        return None
    rest = match.group("rest").strip(" .;")
    if rest and not (find_dates(rest) or COUNTS.search(rest) or SCORE.search(rest)
                     or re.match(r"^(?:op|in|tijdens|met|door de raad|\()", rest, re.IGNORECASE)):
        return None
    return match


class _Reader:
    """A small state machine over the tail lines."""

    def __init__(self, refs: set[str]) -> None:
        self.tail = Tail()
        self.refs = refs
        self.mode = "start"
        self.fractie: str | None = None
        self.buffer: list[str] = []
        self.footnote: str | None = None
        self.table_columns: dict[str, int] = {}
        self.pending_parties: list[str] = []
        self.last_signature: tuple[Person, str] | None = None
        self.side_label = ""
        self.labelled = False
        self.vote_heading: str | None = None
        self.pair_labels: list[str] = []
        self.pending_pair: str | None = None
        """A "Fractie: X" line still waiting for its "Naam: Y"."""

    def feed(self, raw: str) -> None:
        text = squeeze(raw)
        if not text or raw == PAGE_BREAK:
            self._blank()
            return
        text = self._signature_line(text)
        bullet = split_marker(text)
        if bullet[0] is not None and SLOT.match(bullet[1]):
            text = bullet[1]
        for handler in (self._vote_side, self._function, self._slot, self._vote_heading, self._indieners_label, self._toelichting, self._status,
                        self._vote, self._vote_table, self._name_table, self._pair, self._footnote,
                        self._place_date, self._signature, self._continuation, self._bare_name):
            if handler(text, raw):
                return
        self._close()
        self.tail.leftover.append(text)
        if self.mode not in ("names", "name_table"):
            self.mode = "leftover"

    def finish(self) -> Tail:
        self._empty_side()
        self._close()
        if self.pending_pair:  # "Fractie: X" that no "Naam:" followed: kept, not dropped
            self.tail.leftover.append(self.pending_pair)
        if self.pair_labels:  # the labels became the signature table's columns: said, not dropped silently
            shown = ", ".join(f"'{label}:'" + (f" ({n}×)" if n > 1 else "") for label, n in Counter(self.pair_labels).items())
            self.tail.warnings.append(f"{shown} gelezen als de kolommen van de ondertekening")
        if len(self.tail.indieners) > 1:  # among other signatures a surname alone is a name ("Kok")
            self.tail.unconfirmed = []
        heading = self.vote_heading
        if heading and not self.tail.fracties:
            self.tail.warnings.append(f"stemming: kop '{heading}' zonder stemmingstabel weggelaten")
        elif heading and heading.strip(" :").lower() != "stemmingsuitslag":
            self.tail.warnings.append(f"'{heading}' gelezen als 'Stemmingsuitslag'")
        return self.tail

    def _signature_line(self, text: str) -> str:
        """ "1. Jan Jansen (PVV) (steunt de motie)" → "Jan Jansen (PVV)", the remark kept as a warning."""
        numbered = _NUMBERED.match(text)
        rest = numbered.group("rest") if numbered else ""
        if numbered and (parse_signature(rest) or parse_signature(_REMARK.sub("", rest))):
            text = numbered.group("rest")
        remark = _REMARK.search(text)
        if remark and parse_signature(text[:remark.start()]):
            self.tail.warnings.append(f"opmerking bij indiener {text[:remark.start()].strip()}:"
                                      f" '{remark.group('remark')}'")
            self.tail.remarks.append((text[:remark.start()].strip(), remark.group("remark")))
            text = text[:remark.start()].strip()
        return text

    # -- handlers: each returns True when it took the line --
    def _slot(self, text: str, _raw: str) -> bool:
        match = SLOT.match(text)
        if not match:
            return False
        self._close()
        self.tail.slot = match.group("slot")
        self.mode = "names"
        if match.group("rest").strip(" ,.;"):  # "… orde van de dag," : the comma is no text of its own
            self.feed(match.group("rest"))
        return True

    def _function(self, text: str, _raw: str) -> bool:
        """ "Fractievoorzitter" under a name: the indiener's function, kept as a warning, never an indiener."""
        if not (_FUNCTION.fullmatch(text) and self.tail.indieners):
            return False
        self.tail.warnings.append(f"functie bij indiener {self.tail.indieners[-1].naam}: '{text}'")
        self.tail.remarks.append((self.tail.indieners[-1].naam, text))
        return True

    def _vote_side(self, text: str, _raw: str) -> bool:
        """A web page's "Voor" / "Tegen" heading with the fracties on the next line."""
        side = _SIDE.fullmatch(text)
        if self.mode.startswith("side:") and not side:
            if re.fullmatch(r"(?i)n\.?v\.?t\.?|geen|-+", text):
                self.tail.warnings.append(f"stemming: '{self.mode[5:]}: {text}' (niets ingevuld) weggelaten")
            else:
                (self.tail.voor if self.mode == "side:voor" else self.tail.tegen).extend(party_list(text))
            self.mode = "votes"
            return True
        if not side:
            return False
        self._empty_side()
        self._close()
        self.mode = "side:" + side.group(1).lower()
        self.side_label = text
        return True

    def _empty_side(self) -> None:
        """A page's "Voor" or "Tegen" heading with no fracties under it: named, never silently dropped."""
        if self.mode.startswith("side:"):
            self.tail.warnings.append(f"stemming: kop '{self.side_label}' zonder fracties weggelaten")

    def _vote_heading(self, text: str, _raw: str) -> bool:
        if not VOTE_HEADING.match(text):
            return False
        self._close()
        self.mode = "votes"
        self.vote_heading = self.vote_heading or text
        return True

    def _indieners_label(self, text: str, _raw: str) -> bool:
        match = INDIENERS.match(text)
        if not match:
            return False
        self._close()
        self.mode = "names"
        self.labelled = True
        label = text[: match.start("rest")].strip(" :")
        rest = re.sub(r"^(?:de|het)\s+(?=[A-Z])", "", match.group("rest").strip(" :,"))
        fractie = re.match(r"^(?:de\s+)?fracties?\s+(?:van\s+)?(?:de\s+|het\s+)?(?P<f>.+)$", rest, re.IGNORECASE)
        if re.fullmatch(r"(?i)(?:de\s+)?fracties?(?:\s+van)?", rest):  # "Namens de fractie van:", names follow
            label, rest, fractie = text.strip(" :,"), "", None
        if fractie:  # "Namens de fractie van X": the words around X are the label, named in the warning
            label = text[: match.start("rest")] + match.group("rest")[: match.group("rest").find(fractie.group("f"))]
            label = label.strip(" :,")
        if len(label.split()) > 2 or not re.fullmatch(r"(?i)ingediend\s+door|indieners?|indiener\(s\)", label):
            self.tail.warnings.append(f"'{label}' gelezen als 'Ingediend door'")
        if fractie or (rest and is_party(rest)):
            self.fractie = (fractie.group("f") if fractie else rest).strip(" ,:")
            people = parse_name_list(self.fractie) if not fractie and not is_party(rest) else []
            self.tail.indieners.extend(people)
        elif rest:
            people = parse_name_list(rest) or ([p] if (p := parse_signature(rest)) else [])
            if not people:
                self.tail.leftover.append(text)
            self.tail.indieners.extend(people)
        return True

    def _toelichting(self, text: str, _raw: str) -> bool:
        match = TOELICHTING.match(text)
        if not match:
            return False
        self._close()
        self.mode = "toelichting"
        self.tail.toelichting_onder = self.tail.toelichting_onder or bool(self.tail.indieners)
        if match.group("rest"):
            self.buffer.append(match.group("rest"))
        return True

    def _status(self, text: str, _raw: str) -> bool:
        match = _status_line(text)
        if not match:
            return self._status_story(text)
        self._close()
        self.tail.status = match.group("status").lower()
        rest = f"{match.group('pre') or ''} {match.group('rest')}".strip()
        dates = find_dates(rest)
        if dates:
            self.tail.status_datum = dates[0][1]
        self._set_uitslag(uitslag(rest))
        self.mode = "votes"
        return True

    def _status_story(self, text: str) -> bool:
        """ "Status: <what happened in the meeting> … de motie voorlopig aangehouden." → that one status."""
        story = re.match(r"^status\s*:\s*(?P<rest>.{40,})$", text, re.IGNORECASE)
        words = {w.lower() for w in _STATUS_WORD.findall(story.group("rest"))} if story else set()
        if len(words) != 1:
            return False
        self.tail.status = words.pop()
        self.tail.leftover.append(text)
        self.tail.warnings.append(f"status '{self.tail.status}' afgeleid uit het verslag onder 'Status:'; controleer")
        return True

    def _vote(self, text: str, _raw: str) -> bool:
        match = VOTE.match(text)
        if not match:
            return False
        self._close()
        side = match.group("side").lower()
        (self.tail.voor if side == "voor" else self.tail.tegen).extend(party_list(match.group("list")))
        count = int(match.group("n")) if match.group("n") else vote_count(match.group("list"))
        if count is not None:
            self.tail.aantallen[side] = count
        self.mode = "votes"
        return True

    def _vote_table(self, text: str, raw: str) -> bool:
        if VOTE_TABLE.match(text):
            self._close()
            self.mode = "vote_table"
            self.table_columns = table_columns(raw)
            if text.lower().split() != ["fractie", "stemming"]:
                self.tail.warnings.append(f"kop van de stemmingstabel '{text}' gelezen als 'Fractie Stemming'")
            return True
        total = UITSLAG.match(text)
        if total and not STATUS.match(text):
            self._close()
            self._set_uitslag(uitslag(total.group("text"), force=True))
            label = text[:total.start("text")].strip(" :")
            if label.lower() != "uitslag" and not (label.lower() == "totaal" and self.tail.fracties):
                self.tail.warnings.append(f"'{label}' gelezen als 'Uitslag'")
            return True
        row = read_row(text, raw, self.table_columns) if self.mode == "vote_table" else None
        if row is None:
            return False
        if row.side == "totaal":
            self._set_uitslag(f"{row.voor} voor, {row.tegen} tegen")
            if row.party.lower() != "totaal":
                self.tail.warnings.append(f"'{row.party}' gelezen als 'Totaal'")
        elif row.side == "verdeeld":
            self.tail.leftover.append(text)
            self.tail.warnings.append(f"stemming: fractie '{row.party}' stemde verdeeld ({row.voor} voor,"
                                      f" {row.tegen} tegen)")
        else:
            seats = {"zetels": str(row.zetels)} if row.zetels else {}
            self.tail.fracties.append({"fractie": row.party, **seats, "stem": row.side})
        return True

    def _name_table(self, text: str, _raw: str) -> bool:
        if not _NAME_TABLE.match(text):
            return False
        self._close()
        self.mode = "name_table"
        return True

    def _pair(self, text: str, _raw: str) -> bool:
        match = _PAIR.match(text)
        if not match:
            return False
        self._close()
        key, value = match.group("key").lower(), match.group("value").strip()
        second = _SECOND_PAIR.search(value)
        if second:  # "Fractie: Partij voor de Dieren Naam: Anjo Travaille": two pairs on one line
            self._pair(f"{match.group('key')}: {value[:second.start()].strip()}", _raw)
            return self._pair(value[second.start():].strip(), _raw)
        self.pair_labels.append(match.group("key"))
        if key == "naam":
            self.tail.indieners.append(Person(value, self.fractie))
            self.fractie, self.pending_pair = None, None
        elif self.tail.indieners and not self.tail.indieners[-1].fractie and self.mode == "pair":
            last = self.tail.indieners.pop()
            self.tail.indieners.append(Person(last.naam, value))
        else:
            self.fractie, self.pending_pair = value, text
        self.mode = "pair"
        return True

    def _footnote(self, text: str, _raw: str) -> bool:
        match = _FOOTNOTE.match(text)
        if not match or match.group("label") not in self.refs - set(self.tail.footnotes):
            return False
        self._close()
        self.footnote = match.group("label")
        self.buffer = [match.group("text")]
        self.mode = "footnote"
        return True

    def _place_date(self, text: str, _raw: str) -> bool:
        match = _PLACE_DATE.match(text)
        dates = find_dates(match.group("d")) if match else []
        if not dates or dates[0][0].start() > 12:
            return False
        self._close()
        self.tail.datum = dates[0][1]
        self.tail.plaats = match.group("p").strip()  # type: ignore[union-attr]
        self.mode = "names"
        return True

    def _signature(self, text: str, raw: str) -> bool:
        person = parse_signature(text)
        if person is None and self.mode in ("name_table", "names"):
            person = split_row(raw, strict=self.mode != "name_table")
        if person is None:
            return self._party_after_name(text, raw)
        self._close()
        self.tail.indieners.append(person)
        self.last_signature = (person, text)
        if self.mode not in ("name_table",):
            self.mode = "names"
        return True

    def _unsplit_double_name(self, parties: list[str]) -> None:
        """ "Wendy de Koning – Bogers" above a fractie line: a double surname, not "Naam – Fractie"."""
        people = self.tail.indieners
        if not (parties and people and self.last_signature and self.last_signature[0] is people[-1]):
            return
        person, text = self.last_signature
        if person.fractie and not is_party(person.fractie) and re.search(r"\s[-–—]\s", text):
            people[-1] = Person(text.strip(), None)

    def _party_after_name(self, text: str, raw: str = "") -> bool:
        """Signatures with the fractie on its own line: below the name, above it, or in columns."""
        parties = _party_columns(text, raw)
        if self.mode == "names" and not parties:
            return self._grid_row(text)
        if self.mode != "names" or not parties:
            return False
        self._unsplit_double_name(parties)
        people = self.tail.indieners
        waiting = _trailing_without_fractie(people)
        if len(parties) == 1 and len(waiting) > 1:
            # Several names above one fractie line: they all belong to it.
            waiting_parties = parties * len(waiting)
            for index, party in zip(waiting, waiting_parties, strict=True):
                people[index] = Person(people[index].naam, party)
        elif len(waiting) == len(parties):
            for index, party in zip(waiting, parties, strict=True):
                people[index] = Person(people[index].naam, party)
        elif len(waiting) == 1 and (len(people[-1].naam.split()) % len(parties) == 0
                                    or len(split_names(people[-1].naam)) == len(parties)):
            self._split_names(parties)
        elif not waiting:
            self.pending_parties = parties
        else:
            return False
        return True

    def _grid_row(self, text: str) -> bool:
        """A line of fracties under a line of names, both without column gaps (a grid copied from a page):
        "Martien Louwers Addy Plieger Leo de Groot" over "PvdA ChristenUnie Partij voor de Dieren"."""
        people = self.tail.indieners
        if _trailing_without_fractie(people) != [len(people) - 1]:
            return False
        names = split_names(people[-1].naam)
        parties = split_grid_parties(text, len(names)) if names else []
        if not parties:
            return False
        self._split_names(parties, names)
        return True

    def _split_names(self, parties: list[str], names: list[str] | None = None) -> None:
        """One line of names side by side, read without the column gaps: name by name where the words
        divide into given names and surnames, else divide its words evenly."""
        words = self.tail.indieners.pop().naam
        names = names or split_names(words)
        if len(names) != len(parties):
            size = len(words.split()) // len(parties)
            names = [" ".join(words.split()[i * size:(i + 1) * size]) for i in range(len(parties))]
        for name, party in zip(names, parties, strict=True):
            self.tail.indieners.append(Person(name, party))
        self.tail.warnings.append("ondertekening in kolommen: namen en fracties zijn naast elkaar gelezen;"
                                  " controleer de indieners")

    def _continuation(self, text: str, _raw: str) -> bool:
        if self.mode in ("footnote", "toelichting"):
            self.buffer.append(text)
            return True
        return False

    def _bare_name(self, text: str, raw: str) -> bool:
        if self.mode == "start" and is_name(text) and len(text.split()) >= 2:
            self.mode = "names"  # no slot: the first full name after the dictum starts the signatures
        if self.mode not in ("names", "name_table"):
            return False
        columns = [c.strip(" ,") for c in re.split(r"\s{3,}", raw.strip()) if c]
        if len(columns) < 2 or not all(is_name(c) for c in columns):
            if not is_name(text):
                return False
            columns = [text.strip(" ,")]
        parties: list[str | None] = [self.fractie] * len(columns)
        if len(self.pending_parties) == len(columns):
            parties, self.pending_parties = list(self.pending_parties), []
        self.tail.indieners.extend(Person(n, p) for n, p in zip(columns, parties, strict=True))
        if len(columns) == 1 and " " not in columns[0] and not parties[0] and not self.labelled:
            self.tail.unconfirmed.append((self.tail.indieners[-1], len(self.tail.leftover)))
        return True

    # -- helpers --
    def _set_uitslag(self, tally: str | None) -> None:
        """The tally as written; a second one in other words is taken and the first named, not dropped."""
        if not tally:
            return
        before = self.tail.uitslag
        if before and before != tally:
            self.tail.warnings.append(f"stemming: twee uitslagen gelezen; '{before}' weggelaten, '{tally}' overgenomen")
        self.tail.uitslag = tally

    def _blank(self) -> None:
        if self.mode == "toelichting" and self.buffer and ends_sentence(self.buffer[-1]):
            self.tail.toelichting.append(join_lines(self.buffer))
            self.buffer = []

    def _close(self) -> None:
        if self.mode == "footnote" and self.footnote:
            self.tail.footnotes[self.footnote] = join_lines(self.buffer)
        elif self.mode == "toelichting" and self.buffer:
            self.tail.toelichting.append(join_lines(self.buffer))
        self.buffer, self.footnote = [], None
        if self.mode in ("footnote", "toelichting", "leftover"):
            self.mode = "after"


def _party_columns(text: str, raw: str) -> list[str]:
    """The fracties on a line that holds nothing else: one, several in columns, or several in a row."""
    columns = [c for c in re.split(r"\s{3,}", raw.strip()) if c]
    if columns and all(is_party(c) for c in columns):
        return [c.strip(" ,") for c in columns]
    parties = split_parties(text)
    return parties if len(parties) >= 2 else []


def _trailing_without_fractie(people: list[Person]) -> list[int]:
    indexes: list[int] = []
    for index in range(len(people) - 1, -1, -1):
        if people[index].fractie:
            break
        indexes.insert(0, index)
    return indexes


def parse_tail(lines: list[str], refs: set[str]) -> Tail:
    reader = _Reader(refs)
    for line in lines:
        reader.feed(line)
    return reader.finish()
