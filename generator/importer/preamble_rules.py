"""The rule table of what stands before the first header: title, form lines, the opening, furniture.

`label_preamble` gives every line one role by the first rule of `PREAMBLE` that applies; a line that goes
on with the unit above it (an opening over three lines, a title wrapped by a PDF, a Kamer dossier's
title) is a continuation, decided by `CONTINUES` with the mode the unit left. preamble.py reads the
facts out of the labelled lines in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.importer.dates import find_dates
from generator.importer.fields import (
    AGENDA,
    DATE_LABEL,
    NUMBER_LABEL,
    REG_LABEL,
    RIS,
    TITLE_LABEL,
    TITLE_LINE,
    VOORSTEL,
    VREEMD,
    looks_like_label,
)
from generator.importer.headers import LEGAL_BASIS
from generator.importer.opening import continues, is_opening
from generator.importer.people import Person, is_party, parse_name_list, parse_signature
from generator.importer.roles import Labelled, Line, Role, Rule, State, decide
from generator.importer.tail import INDIENERS, status_line

TK_LEDEN = re.compile(r"^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+van\s*(?:het\s+lid|de\s+leden|het\s+raadslid"
                      r"|de\s+raadsleden)\s+(?P<n>.+?)"
                      r"(?:\s+(?:over|inzake|betreffende|met\s+betrekking\s+tot|ter\s+zake\s+van)\s+(?P<t>.+))?$",
                      re.IGNORECASE)
TK_DOSSIER = re.compile(r"^(?P<nr>\d{2}\s?\d{3}(?:-[IVXLC]+)?(?:\s+[IVXLC]+|\s+[A-Z])?)\s+(?P<t>[A-Z].+)$")
TK_SKIP = re.compile(r"^(?:tweede\s+kamer\s+der\s+staten-generaal"
                     r"|vergaderjaar\s+\d{4}\s*[–-]\s*\d{4})$", re.IGNORECASE)
CHAMBER = re.compile(r"^(eerste|tweede)\s+kamer\s+der\s+staten-generaal", re.IGNORECASE)
TK_NR = re.compile(r"^nr\.\s*(?P<n>\d+)\b\s*(?P<rest>.*)$", re.IGNORECASE)
LETTER_HEAD = re.compile(r"^(?P<n>[A-Z]{1,2})\s+(?P<rest>MOTIE\s+VAN\s.*)$")
M_NUMBER = re.compile(r"(?P<n>M\s?-?\s?\d{1,4}(?:[-./]\d{1,4})*[a-z]?)")
OWN_FIELD = re.compile(r"^(?P<label>jaar|afdeling|vergaderjaar|portefeuillehouder|bijlagen?|commissie)\s*:?\s+"
                       r"(?P<value>\S.{0,60})$", re.IGNORECASE)
_KAMER_OPENING = re.compile(r"^(?:de\s+)?(?:(?:eerste|tweede)\s+)?kamer\s*,", re.IGNORECASE)


def lone_date(text: str) -> bool:
    """The line is a date and nothing else ("12 maart 2024", "2024-03-12")."""
    dates = find_dates(text)
    return bool(dates) and dates[0][0].group().strip(" ,.") == text.strip(" ,.")


FUNCTION_BEFORE = re.compile(r"^(?P<naam>[^,]+),\s*(?P<functie>(?:statenlid|raadslid|burgerraadslid|commissielid"
                             r"|fractievoorzitter|tweede\s+kamerlid|kamerlid))\s+(?P<fractie>\S.+)$", re.IGNORECASE)
"""A signature with the member's function before the fractie: "Trees Janssens, Statenlid Partij voor de Dieren"."""


def signature_of(text: str) -> tuple[Person | None, str | None]:
    """(the indiener a line signs, the function it names before the fractie)."""
    function = FUNCTION_BEFORE.match(text)
    if function:
        return parse_signature(f"{function.group('naam')}, {function.group('fractie')}"), function.group("functie")
    return parse_signature(text), None


def _indieners(line: Line) -> bool:
    """ "Indiener: L. Klompenhouwer", or the label alone ("Indiener en opsteller:", "Mede-indieners:") above a
    signature "Eline Lauret (Partij voor de Dieren)"."""
    match = INDIENERS.match(line.text)
    if match is None:
        return False
    rest = match.group("rest")
    if not rest:
        person = signature_of(line.next)[0]
        return line.text.rstrip().endswith(":") and person is not None and bool(person.fractie)
    return bool(parse_name_list(rest) or signature_of(rest)[0])


FRACTIES_ONLY = re.compile(r"^(?:motie\s+)?(?:ingediend\s+door|indiener\(?s\)?|indieners?|mede-?indiener(?:s|\(s\))?)\s*:?\s+"
                           r"(?P<rest>\S.*)$", re.IGNORECASE)
ACRONYM = re.compile(r"[A-Z][A-Z0-9!&'-]{1,6}|[A-Z][a-z]{0,2}[A-Z][\w!-]*")
"""A party's short name the lexicon may not know ("EA", "GL", "PvdA"): capitals, never a surname."""
STATUS_HEAD = re.compile(r"^motie\s+(?P<status>ingetrokken|aangenomen|verworpen|aangehouden)\b"
                         r"|^(?P<s2>aangenomen|verworpen|ingetrokken|aangehouden)\s*[:!]\s*(?:de\s+|een\s+)?motie\b"
                         r"|^(?P<s3>ingetrokken|aangehouden)\s+(?:wegens|na|vanwege|i\.v\.m\.)\s",
                         re.IGNORECASE)
"""The outcome a page states above the motie: "Motie ingetrokken na toezegging …", a blog's "Aangenomen: motie over …",
"INGETROKKEN wegens toezegging"."""
SUBMITTED_ON = re.compile(r"^(?:motie\s+)?ingediend\s+(?:in|op|tijdens|bij)\b", re.IGNORECASE)


def fracties_only(text: str) -> list[str]:
    """ "Motie ingediend door GL, EA" / "Indiener: CDA": the indieners given only as fracties (each a party the
    lexicon knows, none a name); [] otherwise."""
    match = FRACTIES_ONLY.match(text)
    if not match:
        return []
    parts = [p.strip(" .;") for p in re.split(r",|\s+en\s+|\s*&\s*|/", match.group("rest"))]
    return parts if parts and all(p and (is_party(p) or ACRONYM.fullmatch(p)) and not parse_signature(p)
                                  for p in parts) else []


def _date_label(line: Line) -> bool:
    match = DATE_LABEL.match(line.text)
    return bool(match and find_dates(match.group("d")))


def _heading_above_date(line: Line) -> bool:
    """A web copy's heading: the first line (wrapped at most twice in lower case) right above the page
    date, when no line of the heading names the title otherwise."""
    if not line.first or line.state.mode == "titled" or line.text.endswith((",", ":", ";")):
        return False
    following = list(line.following)
    if following and TITLE_LINE.match(following[0]) and not _bare_title(following[0]):
        following = following[1:]  # "Gastvrije Waaldijk" / "Motie Vreemd" / "7 oktober 2022": the kind between
    size = 0
    while size < 2 and following[size:size + 1] and following[size][:1].islower():
        size += 1
    return len(following) > size and lone_date(following[size]) and len(line.text) <= 200


def _wrapped_date(line: Line) -> bool:
    """A short line whose date runs on into the next line ("Statenvergadering 12" / "juli 2018")."""
    if len(line.text) > 40 or not line.next or len(line.next) > 40:
        return False
    dates = find_dates(f"{line.text} {line.next}")
    return bool(dates) and dates[0][0].start() < len(line.text)


FORMULA = re.compile(r"^(?:aan\s+(?:de\s+)?(?:gemeenteraad|raad|provinciale\s+staten|voorzitter\b.*)"
                     r"|(?:de\s+)?ondergetekenden?\s+(?:heeft|hebben)\s+de\s+eer\s+(?:u\s+)?voor\s+te\s+stellen\s*:?"
                     r"|(?:de\s+)?ondergetekenden?\s+(?:stelt|stellen)\s+(?:het\s+)?volgende\s+amendement\s+voor\s*:?)$",
                     re.IGNORECASE)
"""A form of address the built document writes itself ("Aan de gemeenteraad", "Ondergetekende heeft de eer voor
te stellen:"): named in a note, not text of the motie."""

PREAMBLE: tuple[Rule, ...] = (
    Rule("kamer-kop", lambda line: TK_SKIP.match(line.text), Role.FURNITURE),
    Rule("aanbieding", lambda line: FORMULA.match(line.text), Role.FURNITURE),
    Rule("opening", lambda line: is_opening(line.text), Role.OPENING),
    Rule("ek-letter-kop", lambda line: LETTER_HEAD.match(line.text), Role.TITLE),
    Rule("kamer-leden-kop", lambda line: TK_LEDEN.match(line.text), Role.TITLE),
    Rule("indieners-fracties", lambda line: fracties_only(line.text), Role.INDIENER, certain=False),
    Rule("status-in-kop", lambda line: STATUS_HEAD.match(line.text), Role.VOTE),
    Rule("ingediend-op-datum", lambda line: SUBMITTED_ON.match(line.text) and find_dates(line.text), Role.FORM,
         certain=False),
    Rule("titelregel", lambda line: TITLE_LINE.match(line.text), Role.TITLE),
    Rule("titel-label", lambda line: TITLE_LABEL.match(line.text), Role.TITLE),
    Rule("indieners-label", _indieners, Role.INDIENER),
    Rule("status-regel", lambda line: status_line(line.text), Role.VOTE),
    Rule("gelet-op-artikel", lambda line: LEGAL_BASIS.match(line.text), Role.FORM, certain=False),
    Rule("agendapunt", lambda line: AGENDA.match(line.text), Role.FORM),
    Rule("voorstel-label", lambda line: VOORSTEL.match(line.text), Role.FORM),
    Rule("nummer", lambda line: NUMBER_LABEL.match(line.text) or M_NUMBER.fullmatch(line.text)
         or TK_NR.match(line.text), Role.FORM),
    Rule("registratie", lambda line: REG_LABEL.match(line.text) or RIS.fullmatch(line.text.strip("() ")), Role.FORM),
    Rule("kamer-dossier", lambda line: line.state.kamer and TK_DOSSIER.match(line.text), Role.FORM),
    Rule("datum-label", _date_label, Role.FORM),
    Rule("vreemd", lambda line: VREEMD.search(line.text), Role.FORM),
    Rule("kop-boven-paginadatum", _heading_above_date, Role.TITLE, certain=False),
    Rule("losse-datum", lambda line: lone_date(line.text), Role.UNPLACED, certain=False),
    Rule("korte-datumregel", lambda line: len(line.text) < 60 and find_dates(line.text), Role.FORM, certain=False),
    Rule("datum-loopt-door", _wrapped_date, Role.FORM),
    Rule("eigen-veld", lambda line: OWN_FIELD.match(line.text) and not RIS.search(line.text), Role.FORM),
    Rule("overig", lambda line: True, Role.UNPLACED),
)
"""First match wins; the order is the precedence (an opening before a title, a title before a label)."""


def _continues_title(line: Line) -> bool:
    """A title after a bare "Motie" goes on (three lines at most) while the line before ends on a
    linking word."""
    text = line.text
    if is_opening(text) or ":" in text or find_dates(text) or looks_like_label(text) or TK_NR.match(text):
        return False
    wrapped = find_dates(f"{text} {line.next}")
    return not (wrapped and wrapped[0][0].start() < len(text))


def _continues_dossier(line: Line) -> bool:
    text = line.text
    return not (TK_NR.match(text) or TITLE_LINE.match(text) or find_dates(text) or is_opening(text)
                or re.match(r"^[A-Z]{1,2}\s+MOTIE\b", text))


_LINKING = re.compile(r"(?:[,-]|\b(?:en|of|van|de|het|een|voor|op|in|met|te|aan|om|bij|over|inzake))$")
CONTINUES: dict[str, tuple[str, int]] = {
    "opening": ("opening-loopt-door", 6),
    "title": ("titel-loopt-door", 4),
    "dossier": ("dossier-loopt-door", 4),
    "heading": ("kop-loopt-door", 3),
    "date": ("datum-vervolg", 2),
    "signers": ("indiener-regel", 12),
}
"""mode → (the rule that continues it, the most lines the unit may have)."""


def _goes_on(mode: str, line: Line, unit: list[str]) -> bool:
    if mode == "opening":
        heading = len(unit) == 1 and len(unit[0].split()) <= 2 and not unit[0].endswith(",")  # "Gemeenteraad"
        return not heading and not FORMULA.match(line.text) and continues(unit[-1], line.text, looks_like_label(line.text))
    if mode == "title":
        return (len(unit) == 1 or bool(_LINKING.search(unit[-1]))) and _continues_title(line)
    if mode == "dossier":
        return _continues_dossier(line)
    if mode == "date":
        return True  # the rule datum-loopt-door saw the date run on into this line
    if mode == "signers":
        return signature_of(line.text)[0] is not None  # "Indiener:" and a signature per line
    return line.text[:1].islower()  # "heading": a web title wrapped in lower case


def _mode_after(rule: Rule, line: Line) -> str:
    if rule.name == "opening":
        return "opening"
    if rule.name == "titelregel" and not _bare_title(line.text):
        return "title"
    if rule.name == "kamer-dossier":
        return "dossier"
    if rule.name == "kop-boven-paginadatum":
        return "heading"
    if rule.name == "datum-loopt-door":
        return "date"
    if rule.name == "indieners-label":
        return "signers"
    return "start"


def _bare_title(text: str) -> str:
    """What a title line says besides "Motie" and "vreemd aan de orde": empty when the title follows."""
    match = TITLE_LINE.match(text)
    rest = VREEMD.sub("", match.group("rest")) if match else ""
    rest = rest.replace("()", "").strip(" :-–—'‘’\"“”")
    return "" if rest.lower() == "vreemd" else rest  # "Motie Vreemd": the kind of motie, no title


def page_state(lines: Sequence[str], page: Sequence[str]) -> State:
    """What the whole page says before any line is read: a Kamerstuk, a title named by a title line."""
    state = State()
    state.kamer = any(CHAMBER.match(t) or _KAMER_OPENING.match(t) for t in page)
    if any(TK_LEDEN.match(t) or TITLE_LABEL.match(t) or LETTER_HEAD.match(t)
           or (TITLE_LINE.match(t) and _bare_title(t)) for t in lines):
        state.mode = "titled"
    return state


def label_preamble(lines: Sequence[str], state: State) -> list[Labelled]:
    """Every line before the first header with its role and rule."""
    labelled: list[Labelled] = []
    titled = state.mode == "titled"
    mode, unit = "start", list[str]()
    for index, text in enumerate(lines):
        line = Line(text, index, lines[index - 1] if index else "", lines[index + 1] if index + 1 < len(lines) else "",
                    text, index == 0, state, tuple(lines[index + 1:]))
        name, most = CONTINUES.get(mode, ("", 0))
        if name and len(unit) < most and _goes_on(mode, line, unit):
            unit.append(text)
            labelled.append(Labelled(index, text, Role.CONTINUATION, name))
            continue
        state.mode = "titled" if titled else "start"
        rule = decide(PREAMBLE, line)
        assert rule is not None  # the last rule always applies
        labelled.append(Labelled(index, text, rule.role, rule.name))
        mode, unit = _mode_after(rule, line), [text]
        if rule.role is Role.OPENING:
            state.opening_read = True
    return labelled
