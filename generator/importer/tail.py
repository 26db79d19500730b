"""What follows the dictum, read line by line: each line's role comes from the rule table in
tail_rules.py, and the reader for that rule takes its facts (the slot, indieners, status and vote,
toelichting, footnotes). What no rule places is returned as leftover for `niet_geplaatst`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from generator.importer.dates import find_dates
from generator.importer.people import (
    FRACTIES_ANNOUNCED,
    FRACTIES_LINE,
    FUNCTION_BEFORE,
    PLACEHOLDER_NAME,
    Person,
    fracties_in,
    is_name,
    is_party,
    parse_name_list,
    parse_signature,
    split_grid_parties,
    split_names,
    split_row,
)
from generator.importer.roles import Finding, Labelled, Line, State, decide
from generator.importer.tail_rules import (
    FOOTNOTE,
    FRACTIE_FIRST,
    FRACTIE_HEAD,
    INDIENERS,
    MD_ROW,
    MD_TABLE,
    NEXT_MODE,
    PAIR,
    PLACE_DATE,
    SIDE,
    SLOT,
    STATUS_WORD,
    STORY,
    TAIL,
    TOELICHTING,
    party_columns,
    said_more,
    starts_tail,
    status_line,
    unknown_party,
)
from generator.importer.textclean import PAGE_BREAK, ends_sentence, join_lines, split_marker, squeeze
from generator.importer.votes import UITSLAG, VOTE, party_list, read_row, table_columns, uitslag, vote_count

__all__ = ["INDIENERS", "SLOT", "Tail", "parse_tail", "starts_tail", "status_line"]

_SECOND_PAIR = re.compile(r"(?<=\S)\s+(?=(?:naam|fractie|partij)\s*:\s*\S)", re.IGNORECASE)
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?P<rest>\S.*)$")
_FUNCTION_BEFORE = FUNCTION_BEFORE
_REMARK = re.compile(r"\s*\((?P<remark>[^()]{3,})\)\s*$")
_JOINED_NAME = re.compile(r"^(?:&|en)\s+(?P<n>[A-Z][^,()]+?)\s*,?$")
"""A name joined to the one above on a line of its own: "& Paranka Surminski,"."""


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
    table_heading: str | None = None
    """A markdown vote table's header row, as written (named in a note: the document prints its own)."""
    leftover: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    labels: list[Labelled] = field(default_factory=list)
    plaats: str | None = None
    datum: dt.date | None = None
    """From a place-and-date line above the signatures ("Zwolle, 8 juli 2019")."""
    unconfirmed: list[tuple[Person, int]] = field(default_factory=list)
    """A lone one-word name ("Campagne") as the only signature, with no label above it, and its place
    in `leftover`: a Kamer member ("Klein") when the heading names it, else not an indiener."""


class _Reader:
    """One pass over the tail: each line labelled by TAIL, then read by its rule's reader."""

    def __init__(self, refs: set[str]) -> None:
        self.tail = Tail()
        self.state = State(refs=frozenset(refs))
        self.fractie: str | None = None
        self.buffer: list[str] = []
        self.footnote: str | None = None
        self.pending_parties: list[str] = []
        self.last_signature: tuple[Person, str] | None = None
        self.side_label = ""
        self.vote_heading: str | None = None
        self.pair_labels: list[str] = []
        self.pending_pair: str | None = None
        """A "Fractie: X" line still waiting for its "Naam: Y"."""
        self.at, self.rule = 0, ""

    @property
    def mode(self) -> str:
        return self.state.mode

    @mode.setter
    def mode(self, value: str) -> None:
        self.state.mode = value

    def read(self, lines: list[str]) -> Tail:
        texts = [squeeze(line) if line != PAGE_BREAK else "" for line in lines]
        for index, raw in enumerate(lines):
            if not texts[index]:
                self._blank()
                continue
            prev = next((t for t in reversed(texts[:index]) if t), "")
            nxt = next((t for t in texts[index + 1:] if t), "")
            self.at = index
            self.feed(Line(self._signature_line(texts[index]), index, prev, nxt, raw, state=self.state))
        return self.finish()

    def feed(self, line: Line) -> None:
        bullet = split_marker(line.text)
        fractie = bullet[0] is not None and is_party(bullet[1].strip()) and is_name(line.prev)  # "Elian Géron" / "• PvdD"
        if bullet[0] is not None and (SLOT.match(bullet[1]) or fractie):
            line = Line(bullet[1].strip(), line.index, line.prev, line.next, bullet[1] if fractie else line.raw, state=self.state)
        joined = _JOINED_NAME.match(line.text)
        if joined and is_name(joined.group("n")) and is_name(line.prev.strip(" ,")):  # "Anne-Miep Vlasveld" / "& Paranka …,"
            self._find(f"tweede naam op een eigen regel ('{line.text}') gelezen als indiener", line.text)
            line = Line(joined.group("n"), line.index, line.prev, line.next, joined.group("n"), state=self.state)
        rule = decide(TAIL, line)
        assert rule is not None  # the last rule always applies
        self.rule = rule.name
        self.tail.labels.append(Labelled(line.index, line.text, rule.role, rule.name))
        getattr(self, "_" + rule.name.replace("-", "_"))(line)
        mode = NEXT_MODE.get(rule.name)
        if mode and not (mode == "names" and self.mode == "fracties"):  # a label that announced fracties keeps its mode
            self.mode = mode

    def _find(self, message: str, text: str = "") -> None:
        self.tail.findings.append(Finding(self.rule, self.at, text, message))

    def finish(self) -> Tail:
        self._empty_side()
        self._close()
        if self.pending_pair:  # "Fractie: X" that no "Naam:" followed: kept, not dropped
            self.tail.leftover.append(self.pending_pair)
        if self.pair_labels:  # the labels became the signature table's columns: said, not dropped silently
            shown = ", ".join(f"'{label}:'" + (f" ({n}×)" if n > 1 else "") for label, n in Counter(self.pair_labels).items())
            self.rule = "naam-fractie-paar"
            self._find(f"{shown} gelezen als de kolommen van de ondertekening")
        if len(self.tail.indieners) > 1:  # among other signatures a surname alone is a name ("Kok")
            self.tail.unconfirmed = []
        heading = self.vote_heading
        self.rule = "stemming-kop"
        if heading and not self.tail.fracties:
            self._find(f"stemming: kop '{heading}' zonder stemmingstabel weggelaten", heading)
        elif heading and heading.strip(" :").lower() != "stemmingsuitslag":
            self._find(f"'{heading}' gelezen als 'Stemmingsuitslag'", heading)
        return self.tail

    def _signature_line(self, text: str) -> str:
        """ "1. Jan Jansen (PVV) (steunt de motie)" → "Jan Jansen (PVV)", the remark kept beside the name."""
        numbered = _NUMBERED.match(text)
        rest = numbered.group("rest") if numbered else ""
        if numbered and (parse_signature(rest) or parse_signature(_REMARK.sub("", rest))):
            text = numbered.group("rest")
        function = _FUNCTION_BEFORE.match(text)
        if function and parse_signature(function.group("naam") + ", " + function.group("fractie")):
            self.rule = "functie-voor-fractie"
            self._find(f"functie bij indiener {function.group('naam')}: '{function.group('functie')}'", text)
            self.tail.remarks.append((function.group("naam"), function.group("functie")))
            return f"{function.group('naam')}, {function.group('fractie')}"
        remark = _REMARK.search(text)
        if remark and parse_signature(text[:remark.start()]):
            self.rule = "opmerking-bij-naam"
            self._find(f"opmerking bij indiener {text[:remark.start()].strip()}: '{remark.group('remark')}'", text)
            self.tail.remarks.append((text[:remark.start()].strip(), remark.group("remark")))
            text = text[:remark.start()].strip()
        return text

    # -- one reader per rule of TAIL --
    def _slotzin(self, line: Line) -> None:
        match = SLOT.match(line.text)
        assert match is not None
        self._close()
        self.tail.slot = match.group("slot")
        self.mode = "names"
        if match.group("rest").strip(" ,.;"):  # "… orde van de dag," : the comma is no text of its own
            rest = match.group("rest")
            self.feed(Line(rest, line.index, line.prev, line.next, rest, state=self.state))
            self.rule = "slotzin"

    def _functie(self, line: Line) -> None:
        """ "Fractievoorzitter" under a name: the indiener's function, kept beside it, never an indiener."""
        self._find(f"functie bij indiener {self.tail.indieners[-1].naam}: '{line.text}'", line.text)
        self.tail.remarks.append((self.tail.indieners[-1].naam, line.text))

    def _stem_zijde_fracties(self, line: Line) -> None:
        text = line.text
        if re.fullmatch(r"(?i)n\.?v\.?t\.?|geen|-+", text):
            self._find(f"stemming: '{self.mode[5:]}: {text}' (niets ingevuld) weggelaten", text)
        else:
            (self.tail.voor if self.mode == "side:voor" else self.tail.tegen).extend(party_list(text))

    def _stem_zijde_kop(self, line: Line) -> None:
        """A web page's "Voor" / "Tegen" heading with the fracties on the next line."""
        side = SIDE.fullmatch(line.text)
        assert side is not None
        self._empty_side()
        self._close()
        self.mode = "side:" + side.group(1).lower()
        self.side_label = line.text

    def _empty_side(self) -> None:
        """A page's "Voor" or "Tegen" heading with no fracties under it: named, never silently dropped."""
        if self.mode.startswith("side:"):
            self.rule = "stem-zijde-kop"
            self._find(f"stemming: kop '{self.side_label}' zonder fracties weggelaten", self.side_label)

    def _stemming_kop(self, line: Line) -> None:
        self._close()
        self.vote_heading = self.vote_heading or line.text

    def _indieners_label(self, line: Line) -> None:
        text = line.text
        match = INDIENERS.match(text)
        assert match is not None
        self._close()
        self.state.labelled = True
        label = text[: match.start("rest")].strip(" :")
        rest = re.sub(r"^(?:de|het)\s+(?=[A-Z])", "", match.group("rest").strip(" :,"))
        fractie = re.match(r"^(?:de\s+)?fracties?\s+(?:van\s+)?(?:de\s+|het\s+)?(?P<f>.+)$", rest, re.IGNORECASE)
        if re.fullmatch(r"(?i)(?:de\s+)?fracties?(?:\s+van)?", rest):  # "Namens de fractie van:", names follow
            label, rest, fractie = text.strip(" :,"), "", None
        if fractie and (parties := fracties_in(fractie.group("f"), announced=True)) and (
                len(parties) > 1 or re.match(r"(?i)(?:de\s+)?fracties\b", rest)):
            self._fracties_only(parties, text)  # "Namens de fracties van VVD, CDA en D66": fracties, no names
            return
        if fractie:  # "Namens de fractie van X": the words around X are the label, named in the finding
            label = text[: match.start("rest")] + match.group("rest")[: match.group("rest").find(fractie.group("f"))]
            label = label.strip(" :,")
        if len(label.split()) > 2 or not re.fullmatch(r"(?i)ingediend\s+door|indieners?", label):
            self._find(f"kop van de ondertekening weggelaten: '{label}' (het document schrijft zijn eigen kop)", text)
        if FRACTIES_ANNOUNCED.match(rest):  # "Ondertekend door de volgende fracties:": fracties below, no names
            self.mode = "fracties"
            self._find(f"de ondertekening noemt alleen fracties: '{text}'", text)
            return
        parties = fracties_in(rest, announced=bool(re.search(r"(?i)mede-?indiener|fracties", label)))
        if len(parties) > 1 and not is_name(line.next):  # a list of fracties and no names below it
            self._fracties_only(parties, text)  # "Mede-indieners: GroenLinks, PvdA", "Indiener(s): CDA, VVD"
            return
        if fractie or (rest and is_party(rest)):
            self.fractie = (fractie.group("f") if fractie else rest).strip(" ,:")
            people = parse_name_list(self.fractie) if not fractie and not is_party(rest) else []
            self._signed(*people)
        elif rest:
            people = parse_name_list(rest) or ([p] if (p := parse_signature(rest)) else [])
            if not people:
                self.tail.leftover.append(text)
            self._signed(*people)

    def _fracties_regel(self, line: Line) -> None:
        match = FRACTIES_LINE.match(line.text)
        assert match is not None
        self._close()
        self._fracties_only(fracties_in(match.group("f"), announced=True), line.text)

    def _fractie_in_lijst(self, line: Line) -> None:
        self._fracties_only(fracties_in(line.text, announced=True), line.text)

    def _fracties_only(self, parties: list[str], text: str) -> None:
        """Indieners named only by their fractie: each an indiener whose name is a marked placeholder."""
        self._signed(*(Person(PLACEHOLDER_NAME, party) for party in parties))
        self._find(f"indieners alleen als fractie genoemd in '{text}': vul bij elk de naam in (nu"
                   f" '{PLACEHOLDER_NAME}')", text)

    def _toelichting_kop(self, line: Line) -> None:
        match = TOELICHTING.match(line.text)
        assert match is not None
        self._close()
        self.tail.toelichting_onder = self.tail.toelichting_onder or bool(self.tail.indieners)
        if match.group("rest"):
            self.buffer.append(match.group("rest"))

    def _status_regel(self, line: Line) -> None:
        match = status_line(line.text)
        assert match is not None
        self._close()
        self.tail.status = match.group("status").lower()
        rest = f"{match.group('pre') or ''} {match.group('rest')}".strip()
        dates = find_dates(rest)
        if dates:
            self.tail.status_datum = dates[0][1]
        self._set_uitslag(uitslag(rest))
        if said_more(line.text) and not self.tail.uitslag:  # "ingetrokken onder toezegging …": the line is kept too
            self.tail.leftover.append(line.text)

    def _status_verslag(self, line: Line) -> None:
        """ "Status: <what happened in the meeting> … de motie voorlopig aangehouden." → that one status."""
        story = STORY.match(line.text)
        assert story is not None
        self.tail.status = STATUS_WORD.findall(story.group("rest"))[0].lower()
        self.tail.leftover.append(line.text)
        self._find(f"status '{self.tail.status}' afgeleid uit het verslag onder 'Status:'; controleer", line.text)

    def _stemlijst(self, line: Line) -> None:
        match = VOTE.match(line.text)
        assert match is not None
        self._close()
        side = match.group("side").lower()
        (self.tail.voor if side == "voor" else self.tail.tegen).extend(party_list(match.group("list")))
        count = int(match.group("n")) if match.group("n") else vote_count(match.group("list"))
        if count is not None:
            self.tail.aantallen[side] = count

    def _stemtabel_kop(self, line: Line) -> None:
        self._close()
        self.state.columns = table_columns(line.raw)
        if MD_TABLE.match(line.text):
            self.tail.table_heading = line.text
            return
        if line.text.lower().split() != ["fractie", "stemming"]:
            self._find(f"kop van de stemmingstabel '{line.text}' gelezen als 'Fractie Stemming'", line.text)

    def _uitslag(self, line: Line) -> None:
        total = UITSLAG.match(line.text)
        assert total is not None
        self._close()
        self._set_uitslag(uitslag(total.group("text"), force=True))
        label = line.text[:total.start("text")].strip(" :")
        if label.lower() != "uitslag" and not (label.lower() == "totaal" and self.tail.fracties):
            self._find(f"'{label}' gelezen als 'Uitslag'", line.text)

    def _stemtabel_rij(self, line: Line) -> None:
        row = read_row(line.text, line.raw, self.state.columns)
        assert row is not None
        if row.side == "totaal":
            self._set_uitslag(f"{row.voor} voor, {row.tegen} tegen")
            if row.party.lower() != "totaal":
                self._find(f"'{row.party}' gelezen als 'Totaal'", line.text)
        elif row.side == "verdeeld":
            self.tail.leftover.append(line.text)
            self._find(f"stemming: fractie '{row.party}' stemde verdeeld ({row.voor} voor, {row.tegen} tegen)",
                       line.text)
        else:
            seats = {"zetels": str(row.zetels)} if row.zetels else {}
            self.tail.fracties.append({"fractie": row.party, **seats, "stem": row.side})

    def _tabellijn(self, line: Line) -> None:
        pass  # "---|---|": the markdown table's rule under its header

    def _stemtabel_md_rij(self, line: Line) -> None:
        row = MD_ROW.match(line.text)
        assert row is not None
        stem = row.group("s").lower()
        if stem not in ("voor", "tegen"):  # "Niet deelgenomen": no side, kept as written
            self.tail.leftover.append(line.text)
            self._find(f"stemming: fractie '{row.group('f').strip()}': '{row.group('s')}'", line.text)
            return
        seats = {"zetels": row.group("z")} if row.group("z") else {}
        self.tail.fracties.append({"fractie": row.group("f").strip(), **seats, "stem": stem})

    def _naamtabel_kop(self, line: Line) -> None:
        self._close()

    def _naam_fractie_paar(self, line: Line) -> None:
        self._pair(line.text)

    def _pair(self, text: str) -> None:
        match = PAIR.match(text)
        assert match is not None
        self._close()
        key, value = match.group("key").lower(), match.group("value").strip()
        second = _SECOND_PAIR.search(value)
        if second:  # "Fractie: Partij voor de Dieren Naam: Anjo Travaille": two pairs on one line
            self._pair(f"{match.group('key')}: {value[:second.start()].strip()}")
            self.mode = "pair"
            self._pair(value[second.start():].strip())
            return
        self.pair_labels.append(match.group("key"))
        if key == "naam":
            self._signed(Person(value, self.fractie))
            self.fractie, self.pending_pair = None, None
        elif self.tail.indieners and not self.tail.indieners[-1].fractie and self.mode == "pair":
            last = self.tail.indieners.pop()
            self.tail.indieners.append(Person(last.naam, value))
        else:
            self.fractie, self.pending_pair = value, text

    def _voetnoot(self, line: Line) -> None:
        match = FOOTNOTE.match(line.text)
        assert match is not None
        self._close()
        self.footnote = match.group("label")
        self.state.noted.add(self.footnote)
        self.buffer = [match.group("text")]

    def _plaats_datum(self, line: Line) -> None:
        match = PLACE_DATE.match(line.text)
        assert match is not None
        self._close()
        self.tail.datum = find_dates(match.group("d"))[0][1]
        self.tail.plaats = match.group("p").strip()

    def _ondertekening(self, line: Line) -> None:
        person = parse_signature(line.text) or split_row(line.raw, strict=self.mode != "name_table")
        assert person is not None
        self._close()
        self._signed(person)
        self.last_signature = (person, line.text)
        if self.mode != "name_table":
            self.mode = "names"

    def _onbekende_fractie(self, line: Line) -> None:
        match = unknown_party(line.text)
        assert match is not None
        self._signed(Person(match.group("naam"), match.group("fractie")))
        self._find(f"'{match.group('fractie')}' gelezen als fractie van {match.group('naam')} (een partij die de import"
                   " niet kent); controleer", line.text)

    def _fractie_kop(self, line: Line) -> None:
        match = FRACTIE_HEAD.match(line.text)
        assert match is not None
        self._close()
        self.fractie = match.group("f").strip()
        self.mode = "names"

    def _fractie_eerst(self, line: Line) -> None:
        match = FRACTIE_FIRST.fullmatch(line.text)
        assert match is not None
        self._close()
        self._signed(Person(match.group("n").strip(), match.group("f").strip(), fractie_eerst=True))
        self._find(f"'{match.group('f').strip()}' gelezen als fractie van {match.group('n').strip()}, zoals de"
                   " ondertekening erboven", line.text)

    def _fractieregel(self, line: Line) -> None:
        """Signatures with the fractie on its own line: below the name, above it, or in columns."""
        parties = party_columns(line.text, line.raw)
        self._unsplit_double_name(parties)
        people = self.tail.indieners
        waiting = _trailing_without_fractie(people)
        if len(parties) == 1 and len(waiting) > 1:
            for index in waiting:  # several names above one fractie line: they all belong to it
                people[index] = Person(people[index].naam, parties[0])
        elif len(waiting) == len(parties):
            for index, party in zip(waiting, parties, strict=True):
                people[index] = Person(people[index].naam, party)
        elif len(waiting) == 1 and (len(people[-1].naam.split()) % len(parties) == 0
                                    or len(split_names(people[-1].naam)) == len(parties)):
            self._split_names(parties)
        elif not waiting:
            self.pending_parties = parties
        else:
            self._unplaced(line)
            self._find(f"fracties '{line.text}' niet te koppelen aan de namen erboven ({len(waiting)} namen,"
                       f" {len(parties)} fracties)", line.text)

    def _raster_fracties(self, line: Line) -> None:
        """ "Martien Louwers Addy Plieger Leo de Groot" over "PvdA ChristenUnie Partij voor de Dieren"."""
        people = self.tail.indieners
        names = split_names(people[-1].naam) if people else []
        parties = split_grid_parties(line.text, len(names)) if names else []
        if _trailing_without_fractie(people) != [len(people) - 1] or not parties:
            self._unplaced(line)
            return
        self._split_names(parties, names)

    def _unsplit_double_name(self, parties: list[str]) -> None:
        """ "Wendy de Koning – Bogers" above a fractie line: a double surname, not "Naam – Fractie"."""
        people = self.tail.indieners
        if not (parties and people and self.last_signature and self.last_signature[0] is people[-1]):
            return
        person, text = self.last_signature
        if person.fractie and not is_party(person.fractie) and re.search(r"\s[-–—]\s", text):
            people[-1] = Person(text.strip(), None)

    def _split_names(self, parties: list[str], names: list[str] | None = None) -> None:
        """One line of names side by side, read without the column gaps: name by name where the words
        divide into given names and surnames, else divide its words evenly."""
        words = self.tail.indieners.pop().naam
        names = names or split_names(words)
        if len(names) != len(parties):
            size = len(words.split()) // len(parties)
            names = [" ".join(words.split()[i * size:(i + 1) * size]) for i in range(len(parties))]
        self._signed(*(Person(name, party) for name, party in zip(names, parties, strict=True)))
        self._find("ondertekening in kolommen: namen en fracties zijn naast elkaar gelezen; controleer de indieners")

    def _loopt_door(self, line: Line) -> None:
        self.buffer.append(line.text)

    def _losse_naam(self, line: Line) -> None:
        if self.mode == "start":
            self.mode = "names"
        columns = [c.strip(" ,") for c in re.split(r"\s{3,}", line.raw.strip()) if c]
        if len(columns) < 2 or not all(is_name(c) for c in columns):
            columns = [line.text.strip(" ,")]
        parties: list[str | None] = [self.fractie] * len(columns)
        if len(self.pending_parties) == len(columns):
            parties, self.pending_parties = list(self.pending_parties), []
        self._signed(*(Person(n, p) for n, p in zip(columns, parties, strict=True)))
        if len(columns) == 1 and " " not in columns[0] and not parties[0] and not self.state.labelled:
            self.tail.unconfirmed.append((self.tail.indieners[-1], len(self.tail.leftover)))

    def _overig(self, line: Line) -> None:
        self._unplaced(line)

    def _ander_document(self, line: Line) -> None:
        self._close()
        self.tail.leftover.append(line.text)

    # -- helpers --
    def _unplaced(self, line: Line) -> None:
        self._close()
        self.tail.leftover.append(line.text)
        if self.mode not in ("names", "name_table"):
            self.mode = "leftover"

    def _signed(self, *people: Person) -> None:
        self.tail.indieners.extend(people)
        self.state.signed = bool(self.tail.indieners)

    def _set_uitslag(self, tally: str | None) -> None:
        """The tally as written; a second one in other words is taken and the first named, not dropped."""
        if not tally:
            return
        before = self.tail.uitslag
        if before and before != tally:
            self._find(f"stemming: twee uitslagen gelezen; '{before}' weggelaten, '{tally}' overgenomen")
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


def _trailing_without_fractie(people: list[Person]) -> list[int]:
    indexes: list[int] = []
    for index in range(len(people) - 1, -1, -1):
        if people[index].fractie:
            break
        indexes.insert(0, index)
    return indexes


def parse_tail(lines: list[str], refs: set[str]) -> Tail:
    return _Reader(refs).read(lines)
