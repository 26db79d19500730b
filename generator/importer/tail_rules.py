"""The rule table of what follows the dictum: the slot, indieners and fracties, status and vote, toelichting,
footnotes.

A rule reads the line (and its raw form, whose column gaps tell a table), its neighbours and the state:
`state.mode` says where the reader is (the signatures, a vote table, a toelichting, a "Voor" heading
waiting for its fracties). `NEXT_MODE` says where each rule leaves the reader; tail.py reads the facts.
"""

from __future__ import annotations

import re

from generator.importer.dates import find_dates
from generator.importer.people import (
    FRACTIES_LINE,
    FUNCTION_WORDS,
    fracties_in,
    is_name,
    is_party,
    parse_signature,
    split_grid_parties,
    split_names,
    split_parties,
    split_row,
)
from generator.importer.roles import Line, Role, Rule
from generator.importer.textclean import squeeze
from generator.importer.votes import COUNTS, SCORE, UITSLAG, VOTE, VOTE_HEADING, VOTE_TABLE, read_row

SLOT = re.compile(r"^(?P<slot>(?:en\s+)?ga(?:at|an)\s+over\s+(?:tot"
                  r"|naar)\s+de\s+orde\s+van\s+(?:de\s+)?dag\b\.?)[;!]?\s*(?P<rest>.*)$",
                  re.IGNORECASE)
INDIENERS = re.compile(
    r"^(?:ingediend\s+door|indieners?\s+en\s+opstellers?|indiener\(s\)|indieners?|mede-?indieners?|(?:naam\s+)?initiatiefnemers?"
    r"|ondertekend(?:\s+door)?"
    r"|ondertekening(?:\s+en\s+naam\s+(?:van\s+(?:de\s+)?)?indiener(?:s)?)?|ondertekenaars?"
    r"|namens|(?:het\s+lid|de\s+leden)\s+van\s+de\s+(?:gemeenteraad|raad|provinciale\s+staten|staten)\s*,?"
    r"|de\s+indieners\s*,)(?:\(s\))?(?:\b|(?<=\)))\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
NAME_TABLE = re.compile(r"^(?:naam|indiener|raadslid|naam indiener)\s*(?:\||\s)\s*(?:fractie"
                        r"|partij)\s*$", re.IGNORECASE)
PAIR = re.compile(r"^(?P<key>naam|fractie|partij)\s*:\s*(?P<value>.+)$", re.IGNORECASE)
STATUS = re.compile(
    r"^(?:(?:status|besluit|uitslag|stemming|stemmingsuitslag|resultaat"
    r"|afdoening)\s*:?\s*)?(?:de\s+)?(?:motie\s+(?:is\s+)?)?"
    r"(?P<pre>unaniem|met\s+algemene\s+stemmen|met\s+\d+\s+(?:stemmen\s+)?voor\s+en\s+\d+\s+(?:stemmen\s+)?tegen)?\s*"
    r"(?P<status>aangenomen|verworpen|ingetrokken|aangehouden|overgenomen|ingediend)\b(?!\s*door\b)\s*(?P<rest>.*)$",
    re.IGNORECASE)
STATUS_WORD = re.compile(r"\b(aangenomen|verworpen|ingetrokken|aangehouden|overgenomen)\b", re.IGNORECASE)
_HOW = r"unaniem|met\s+algemene\s+stemmen|raadsbreed|statenbreed|kamerbreed|met\s+(?:een\s+)?(?:grote\s+)?meerderheid"
_UNANIMOUS = re.compile(r"(?i)unaniem|met\s+algemene\s+stemmen")
PROSE_STATUS = (
    re.compile(rf"\b(?:motie|amendement)\b[^.!?]{{0,80}}?\b(?:(?P<h1>{_HOW})\s+)?(?:is|werd|wordt|werden|zijn)\s+"
               rf"(?:(?:door\s+de\s+(?:raad|staten|kamer)\s+)?(?P<h2>{_HOW})\s+)?(?:(?:helaas|toch|ook|dus|uiteindelijk|gisteren"
               r"|vandaag|vervolgens|daarna|gelukkig)\s+)?(?P<s>aangenomen|verworpen|ingetrokken"
               r"|aangehouden)\b", re.IGNORECASE),
    re.compile(r"\b(?:steunde|steunden)\s+de\s+(?:hele|gehele|voltallige)\s+(?:raad|staten|kamer)\b[^.!?]{0,40}\bmotie\b"
               r"|\bmotie\b[^.!?]{0,80}\b(?:kreeg|kregen)\s+(?:de\s+)?steun\s+van\s+de\s+(?:hele|gehele|voltallige)"
               r"\s+(?:raad|staten|kamer)\b|\b(?:de\s+)?(?:hele|gehele|voltallige)\s+(?:raad|staten|kamer)\s+steunde\b[^.!?]{0,40}"
               r"\bmotie\b(?P<s>)(?P<h1>)(?P<h2>)", re.IGNORECASE),
)
"""The outcome told in the page's prose around the motie, a sentence that names the motie: "deze motie is unaniem
aangenomen", "de motie zoals die unaniem is aangenomen", "werd met algemene stemmen aangenomen", "Gelukkig steunde de
hele raad een motie van …" (adopted; 'unaniem' only where the text says unaniem or met algemene stemmen)."""


def status_in_prose(texts: list[str]) -> tuple[str, str | None, str] | None:
    """(status, "unaniem" or None, the sentence's line) from unplaced prose; None when no line tells it or one denies it."""
    for text in texts:
        for pattern in PROSE_STATUS:
            match = pattern.search(text)
            if match is None or re.search(r"(?i)\bniet\s+(?:\w+\s+)?(?:aangenomen|gesteund|verworpen)\b|\bniet\b[^.]{0,20}steun", text):
                continue
            how = " ".join(filter(None, (match.group("h1"), match.group("h2"))))
            return (match.group("s") or "aangenomen").lower(), "unaniem" if _UNANIMOUS.search(how) else None, text
    return None


STORY = re.compile(r"^status\s*:\s*(?P<rest>.{40,})$", re.IGNORECASE)
TOELICHTING = re.compile(r"^toelichting\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
PLACE_DATE = re.compile(r"^(?P<p>[A-Z'’][\w'’ -]{1,40}),\s*(?P<d>.*\d{4})\.?$")
FUNCTION = re.compile(rf"{FUNCTION_WORDS}\s*[,.]?", re.IGNORECASE)
SIDE = re.compile(r"(voor|tegen)\s*:?", re.IGNORECASE)
FOOTNOTE = re.compile(r"^\[?(?P<label>\d{1,2})\]?\s*(?P<text>\S.*)$")
OTHER_DOCUMENT = re.compile(r"^(?:bezoekadres|retouradres|postbus\s+\d|geachte\s|datum\s+\d|ons\s+kenmerk|uw\s+kenmerk)\b",
                            re.IGNORECASE)
"""A letter's furniture after the motie (a dataset page puts the next document below it): what follows is no
signature of the motie."""


def status_line(text: str) -> re.Match[str] | None:
    """A line that states the outcome ("Aangenomen", "Status: verworpen op 12 maart", "unaniem aangenomen")."""
    match = STATUS.match(text)
    if not match:
        return None
    rest = match.group("rest").strip(" .;")
    if rest and not (find_dates(rest) or COUNTS.search(rest) or SCORE.search(rest)
                     or re.match(r"^(?:op|in|tijdens|met|door de raad|onder|na|\()", rest, re.IGNORECASE)):
        return None
    return match


def starts_tail(text: str) -> bool:
    """Whether a line can only be after the dictum (used to end the last block)."""
    text = squeeze(text)
    if SLOT.match(text) or INDIENERS.match(text) or TOELICHTING.match(text) or VOTE.match(text):
        return True
    if any(p.match(text) for p in (NAME_TABLE, VOTE_TABLE, VOTE_HEADING, UITSLAG)) or status_line(text):
        return True
    if not _SEPARATOR.search(text):  # a signature "Naam, Fractie" / "Naam (Fractie)" / "Fractie - Naam" has one
        return False
    person = parse_signature(text)
    return bool(person and person.fractie and is_party(person.fractie))


_SEPARATOR = re.compile(r",|\(|:|\s[-–—]\s")


def party_columns(text: str, raw: str) -> list[str]:
    """The fracties on a line that holds nothing else: one, several in columns, or several in a row."""
    columns = [c for c in re.split(r"\s{3,}", raw.strip()) if c]
    if columns and all(is_party(c) for c in columns):
        return [c.strip(" ,") for c in columns]
    parties = split_parties(text)
    return parties if len(parties) >= 2 else []


def _story(line: Line) -> bool:
    story = STORY.match(line.text)
    return bool(story) and len({w.lower() for w in STATUS_WORD.findall(story.group("rest"))}) == 1  # type: ignore[union-attr]


def _signature(line: Line) -> bool:
    if parse_signature(line.text):
        return True
    mode = line.state.mode
    return mode in ("name_table", "names") and split_row(line.raw, strict=mode != "name_table") is not None


def _grid(line: Line) -> bool:
    """A line of fracties under a line of names, both without column gaps (a grid copied from a page)."""
    if line.state.mode != "names" or party_columns(line.text, line.raw) or re.search(r"[,()]", line.prev + line.text):
        return False
    names = split_names(line.prev)
    return len(names) >= 2 and bool(split_grid_parties(line.text, len(names)))


FRACTIE_HEAD = re.compile(r"^fractie\s+(?P<f>\S.{1,40})$", re.IGNORECASE)
"""A fractie's name above its members' names ("Fractie Partij voor de Dieren" / "Paul van Gent")."""
FRACTIE_FIRST = re.compile(r"(?P<f>[^,]{2,40}),\s*(?P<n>[^,]+)")


def _fractie_first_row(line: Line) -> bool:
    """ "Voor Tilburg, Ivan Otten" under "GroenLinks, Dwayne Heuvelmans": a fractie the lexicon does not know, in
    the column where the signatures above have theirs."""
    match = FRACTIE_FIRST.fullmatch(line.text)
    above = parse_signature(line.prev) if match else None
    return bool(match and above and above.fractie_eerst and is_name(match.group("n")) and line.state.mode == "names"
                and not parse_signature(line.text))


_UNKNOWN_PARTY = re.compile(r"^(?P<naam>.+?)\s+(?P<fractie>[A-Z][A-Z0-9:!&'-]{1,7}|[A-Z][a-z]{0,2}[A-Z][\w:!-]*)$")
"""A signature line whose fractie the lexicon does not know: "Jos Gorren SAB", "Jo Smeets MAASTRICHTvanNU"."""


def unknown_party(text: str) -> re.Match[str] | None:
    match = _UNKNOWN_PARTY.match(text)
    naam = match.group("naam") if match else ""
    return match if match and len(naam.split()) >= 2 and is_name(naam) and not is_name(text) else None


def _unknown_party_signature(line: Line) -> bool:
    """In a list of signatures "Name Party" (one read already), a line of the same shape with a short name in
    capitals after the person's name."""
    return line.state.mode == "names" and line.state.signed and unknown_party(line.text) is not None


def _bare_name(line: Line) -> bool:
    mode = line.state.mode
    if mode == "start" and is_name(line.text) and len(line.text.split()) >= 2:
        return True  # no slot: the first full name after the dictum starts the signatures
    if mode not in ("names", "name_table"):
        return False
    columns = [c.strip(" ,") for c in re.split(r"\s{3,}", line.raw.strip()) if c]
    return (len(columns) >= 2 and all(is_name(c) for c in columns)) or is_name(line.text)


def _footnote(line: Line) -> bool:
    match = FOOTNOTE.match(line.text)
    return bool(match) and match.group("label") in line.state.refs - line.state.noted  # type: ignore[union-attr]


def _place_date(line: Line) -> bool:
    match = PLACE_DATE.match(line.text)
    dates = find_dates(match.group("d")) if match else []
    return bool(dates) and dates[0][0].start() <= 12


MD_TABLE = re.compile(r"^\|?\s*fracties?\s*\|.*\bvoor\s*/\s*tegen\b.*$", re.IGNORECASE)
MD_ROW = re.compile(r"^\|?\s*(?P<f>[^|]+?)\s*\|\s*(?P<z>\d+)?\s*\|\s*(?P<s>[^|]*?)\s*\|.*$", re.IGNORECASE)
MD_RULE = re.compile(r"^\|?\s*-{3,}(?:\s*\|\s*-{3,})+\s*\|?\s*$")
"""A vote table as a page writes it in markdown: "Fracties | Zetels | Voor/Tegen |", "VVD | 34 | Voor | |"."""


def said_more(text: str) -> bool:
    """A status line that says more than the outcome and its date ("ingetrokken onder toezegging van …")."""
    match = status_line(text)
    rest = match.group("rest").strip(" .;") if match else ""
    return bool(rest) and not (find_dates(rest) and len(rest.split()) <= 5) and not COUNTS.search(rest)


TAIL: tuple[Rule, ...] = (
    Rule("ander-document", lambda line: line.state.mode == "other" or OTHER_DOCUMENT.match(line.text), Role.UNPLACED),
    Rule("stem-zijde-fracties", lambda line: line.state.mode.startswith("side:") and not SIDE.fullmatch(line.text),
         Role.VOTE),
    Rule("stem-zijde-kop", lambda line: SIDE.fullmatch(line.text), Role.VOTE),
    Rule("functie", lambda line: FUNCTION.fullmatch(line.text) and line.state.signed, Role.INDIENER),
    Rule("slotzin", lambda line: SLOT.match(line.text), Role.SLOT),
    Rule("stemming-kop", lambda line: VOTE_HEADING.match(line.text), Role.VOTE),
    Rule("indieners-label", lambda line: INDIENERS.match(line.text), Role.INDIENER),
    Rule("toelichting-kop", lambda line: TOELICHTING.match(line.text), Role.TOELICHTING),
    Rule("status-regel", lambda line: status_line(line.text), Role.VOTE),
    Rule("status-verslag", _story, Role.VOTE, certain=False),
    Rule("stemlijst", lambda line: VOTE.match(line.text), Role.VOTE),
    Rule("stemtabel-kop", lambda line: VOTE_TABLE.match(line.text) or MD_TABLE.match(line.text), Role.VOTE),
    Rule("tabellijn", lambda line: line.state.mode == "vote_table" and MD_RULE.match(line.text), Role.FURNITURE),
    Rule("stemtabel-md-rij", lambda line: line.state.mode == "vote_table" and MD_ROW.match(line.text), Role.VOTE),
    Rule("uitslag", lambda line: UITSLAG.match(line.text) and not STATUS.match(line.text), Role.VOTE),
    Rule("stemtabel-rij", lambda line: line.state.mode == "vote_table"
         and read_row(line.text, line.raw, line.state.columns) is not None, Role.VOTE),
    Rule("naamtabel-kop", lambda line: NAME_TABLE.match(line.text), Role.FURNITURE),
    Rule("naam-fractie-paar", lambda line: PAIR.match(line.text), Role.INDIENER),
    Rule("voetnoot", _footnote, Role.FOOTNOTE),
    Rule("plaats-datum", _place_date, Role.FORM),
    Rule("raster-fracties", _grid, Role.FRACTIE, certain=False),
    Rule("fractie-eerst", _fractie_first_row, Role.INDIENER, certain=False),
    Rule("fracties-regel", lambda line: line.state.mode in ("names", "start", "fracties")
         and (m := FRACTIES_LINE.match(line.text)) and fracties_in(m.group("f"), announced=True), Role.FRACTIE),
    Rule("fractie-in-lijst", lambda line: line.state.mode == "fracties" and fracties_in(line.text, announced=True),
         Role.FRACTIE),
    Rule("fractie-kop", lambda line: line.state.mode in ("names", "start") and (m := FRACTIE_HEAD.match(line.text))
         and is_party(m.group("f")), Role.FRACTIE),
    Rule("ondertekening", _signature, Role.INDIENER),
    Rule("fractieregel", lambda line: line.state.mode == "names" and party_columns(line.text, line.raw), Role.FRACTIE),
    Rule("loopt-door", lambda line: line.state.mode in ("footnote", "toelichting"), Role.CONTINUATION),
    Rule("onbekende-fractie", _unknown_party_signature, Role.INDIENER, certain=False),
    Rule("losse-naam", _bare_name, Role.INDIENER),
    Rule("overig", lambda line: True, Role.UNPLACED),
)
"""First match wins; the order is the precedence."""

NEXT_MODE: dict[str, str | None] = {
    "ander-document": "other",
    "stem-zijde-fracties": "votes", "stemming-kop": "votes", "indieners-label": "names", "toelichting-kop": "toelichting",
    "status-regel": "votes", "stemlijst": "votes", "stemtabel-kop": "vote_table", "naamtabel-kop": "name_table",
    "naam-fractie-paar": "pair", "voetnoot": "footnote", "plaats-datum": "names",
}
"""Where a rule leaves the reader; a rule not named keeps the mode (its reader may still set one)."""
