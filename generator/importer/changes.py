"""The changes an amendement makes, read from the lines after its besluit by the rule table `CHANGE`.

A line is an instruction (what changes and how: "dat beslispunt 2 komt te luiden:", "op pagina 110 de
volgende zin te schrappen:", "te wijzigen in:", "In artikel 12 … worden … verlaagd met …") or text that
an instruction quotes (the old text before "te wijzigen in", the new text after it). Each change keeps
its target as the amendement names it, the kind of target (beslispunt, artikel, lid, onderdeel,
begrotingsregel, tekst), the action (vervangen, toevoegen, schrappen) and the old and new text verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.importer.change_words import ADD, DELETE, DOEL_LEAD, NEW_LABEL, OLD_LABEL, PLACE_NUMBER, REPLACE, TARGET_KINDS, any_of
from generator.importer.roles import Line, Role, Rule, decide
from generator.importer.textclean import split_marker

_QUOTE = "“”\"‘’'„«»"
_NOUN = r"(?:zin|zinsnede|tekst|passage|alinea|woorden|tekstvoorstel|actiepunt|beslispunt(?:en)?|beslispunt\(en\)|punt)"
_FOLLOWING = rf"(?:(?:de|het)\s+(?:volgende|navolgende|onderstaande)\s*(?:\(de\)\s+)?(?:{_NOUN})?(?:\(en\))?|volgende\s+{_NOUN})"

ROW = re.compile(r"^in\s+(?P<doel>artikel\s+\d+[^,]*?)\s+(?:worden|wordt)\s+(?P<wat>.+?)\s+(?P<hoe>verlaagd|verhoogd)"
                 r"\s+met\s+(?P<bedrag>.+?)\.?$", re.IGNORECASE)
INLINE = re.compile(rf"^(?P<doel>.*?)\s*(?P<oud>[{_QUOTE}][^{_QUOTE}]+[{_QUOTE}])\s*,?\s*"
                    r"(?:(?:dit|dat|deze|die)\s+(?:woord|begrip|term|tekst|zinsnede|woorden)\s+)?(?:te\s+wijzigen\s+in|te\s+veranderen"
                    r"\s+(?:naar|in)|te\s+vervangen\s+door|wordt\s+vervangen\s+door|vervangen\s+door)\s*:?\s*"
                    rf"(?P<nieuw>[{_QUOTE}].+)$", re.IGNORECASE)
VERVALT = re.compile(rf"^(?P<doel>.+?)\s+vervalt\s*:?\s*(?P<oud>[{_QUOTE}].+)$", re.IGNORECASE)
LUIDEN = re.compile(r"^(?:dat\s+)?(?P<doel>.+?)\s+(?:komt|komen)\s+te\s+luiden\s*:?$", re.IGNORECASE)
SCHRAP = re.compile(rf"^(?P<doel>.*?)\s*(?:{_FOLLOWING}\s+)?{any_of(DELETE)}\s*[:.;]?$", re.IGNORECASE)
VOEG = re.compile(rf"^(?P<doel>.*?)\s*(?:{_FOLLOWING}\s*)?{any_of(ADD)}\s*:?$", re.IGNORECASE)
VOEG_AT = re.compile(rf"^(?P<doel>.*?)\s*(?:{_FOLLOWING}\s*)?{any_of(ADD)}\s*(?:\((?P<paren>[^()]*)\))?\s*,?\s*"
                     r"(?:(?:met|luidende)\s+(?:de\s+volgende\s+tekst|als\s+volgt)\s*)?"
                     rf"(?P<waar>(?:na|achter|voor|onder|boven|tussen)\s+[^:{_QUOTE}]+?)?\s*:\s*(?P<nieuw>.*)$", re.IGNORECASE)
"""An addition whose place or new text follows the verb: "… toe te voegen, met de volgende tekst:", "… toe te voegen
(onder het kopje X) na ammoniakbelasting:", "… de volgende tekst toe te voegen: “3 In afwijking …”."""
ADDED_AS = re.compile(r"^(?:in\s+)?(?P<doel>.+?)\s*,?\s+(?:wordt|worden)\s+(?P<wat>(?:(?:aan|in|na|voor|achter)\s+|(?:een|twee|drie"
                      r"|de|het)\s+).+?)\s+(?:toegevoegd|ingevoegd)\s*,?\s*(?:luidende|als\s+volgt|met\s+de\s+volgende\s+tekst)?"
                      r"\s*:?$", re.IGNORECASE)
"""A wetsvoorstel's addition, its text below: "In artikel II, onderdeel A, wordt aan artikel 2.18a een lid toegevoegd, luidende:"."""
BARE_NEW = re.compile(rf"^(?:in\s+)?(?P<doel>.+?)\s*,?\s+(?:wordt|worden)\s+(?:in\s+(?P<sub>[^{_QUOTE}]+?)\s*,?\s+)?"
                      r"(?:de\s+(?:zinsnede|woorden|woord|tekst|zin|term)\s+)?"
                      rf"(?P<oud>[{_QUOTE}][^{_QUOTE}]+[{_QUOTE}])\s*,?\s+(?:vervangen\s+door|gewijzigd\s+in)\s*:?\s*(?P<nieuw>\S.*)$",
                      re.IGNORECASE)
"""A wetsvoorstel's change in one line: "In artikel 1 wordt de zinsnede «, X» vervangen door: Y.", "In artikel I,
onderdeel N, wordt in artikel 10a2, tweede lid, “oud” vervangen door: nieuw." (the place inside the article joins the
target)."""
INSERT_AT = re.compile(rf"^(?:in\s+)?(?P<doel>.+?)\s+(?:wordt|worden)\s+(?P<waar>(?:na|voor|achter)\s+[{_QUOTE}][^{_QUOTE}]+"
                       rf"[{_QUOTE}])\s*,?\s+(?:ingevoegd|toegevoegd)\s*:\s*(?P<nieuw>\S.*)$", re.IGNORECASE)
"""An insertion in one line: "In artikel 8 wordt na «Avereest,» ingevoegd: Bathmen,."."""
PER_ATTACHMENT = re.compile(r"^(?P<doel>.+?)\s+(?:wordt|worden)\s+gewijzigd\s+(?:overeenkomstig|volgens|conform)\s+\S.*$",
                            re.IGNORECASE)
"""A change whose new text is an attachment, not in the text: "De kaart wordt gewijzigd overeenkomstig het kaartbeeld."."""
RENUMBER = re.compile(r"^(?P<doel>(?P<kind>paragra(?:af|fen)|artikel(?:en)?|hoofdstuk(?:ken)?|onderde(?:el|len)|leden|lid)"
                      r"\s+(?P<van>[\w.]+)\s+(?:tot\s+en\s+met|t/m)\s+(?:\w+\s+)?(?P<tot>[\w.]+))\s+"
                      r"(?:(?:ver)?schuiv(?:en|t)\b.*?\b(?:zodat\s+(?:deze|die|zij)\s+(?:komen\s+te\s+luiden|worden)|tot)"
                      r"|(?:worden|wordt)\s+vernummerd\s+(?:tot|in))\s*:?\s*(?P<nieuw>[\w.]+(?:\s+(?:tot\s+en\s+met|t/m)\s+[\w.]+)?)"
                      r"\s*[,.;]?$", re.IGNORECASE)
"""A renumbering: "Paragraaf 4.2 tot en met paragraaf 4.4 schuiven allen 1 paragraaf door, zodat deze komen te luiden 4.3
tot en met 4.5," / "Artikelen 5 tot en met 7 worden vernummerd tot 6 tot en met 8."."""
INSERTED_AS = re.compile(r"^(?P<wat>.+?)\s+wordt\s+als\s+(?P<doel>(?:nieuwe?\s+)?(?:paragraaf|artikel|hoofdstuk|onderdeel|lid"
                         r"|beslispunt|alinea)\b.+?)\s+(?:ingevoegd|toegevoegd)\s*[.;]?$", re.IGNORECASE)
"""A text put in as a new part, given by reference: "De tekst onder 4.4 … wordt als paragraaf 4.2 waterkwaliteit ingevoegd."."""
AND_REPLACE = re.compile(rf"^en\s+(?:(?:deze|die)\s+(?:tekst\s+)?)?(?:te\s+vervangen\s+door|te\s+wijzigen\s+in"
                         rf"|wordt\s+vervangen\s+door)\s*:?\s*(?P<nieuw>[{_QUOTE}].*)?$", re.IGNORECASE)
"""The second half of "… te verwijderen: ‘oud’ / En te vervangen door:": the removal above becomes a replacement."""
WIJZIG_INLINE = re.compile(rf"^(?P<doel>.*?)\s*te\s+wijzigen\s+in\s*:\s*(?P<nieuw>[{_QUOTE}].+)$", re.IGNORECASE)
ALS_VOLGT = re.compile(r"^(?P<doel>.+?)\s+als\s+volgt\s+te\s+(?:wijzigen|luiden)\s*:?$", re.IGNORECASE)
WIJZIG = re.compile(rf"^(?P<doel>.*?)\s*(?:{any_of(REPLACE)}|te\s+wijzigen(?=\s*:)|wordt)"
                    rf"(?:\s+{_FOLLOWING}|\s+volgend\s+{_NOUN})?\s*:?$", re.IGNORECASE)
TARGET_WORD = re.compile(r"^(?P<doel>(?:beslispunt|besluitpunt|artikel|lid|onderdeel)(?:\s+\d+[a-z]?,?)?)\s+(?P<rest>[^\d\s].*)$",
                         re.IGNORECASE)
LABELLED_QUOTE = re.compile(rf"^(?P<label>[^{_QUOTE}]{{3,160}}?)\s*:\s*(?P<q>[{_QUOTE}].+)$")
"""A text that names its place before a colon and quotes it after: "Beslispunt 2a, perspectief X: “old text”"."""
LIST_NUMBER = re.compile(r"^(?P<n>\d{1,2})[.)]\s+(?=\S)")
ROMAN_ONLY = re.compile(r"^(?:[IVX]{1,5}|[a-z]|\d{1,2})$", re.IGNORECASE)
"""A bare sequence number ("II", "a", "3"): numbers the changes, names no target."""
ROMAN = re.compile(r"^(?:(?:bullet|punt|wijziging)\s+\d{1,2}|[IVX]{1,5}|[a-z]|\d{1,2})[.)]?$", re.IGNORECASE)


def _doel(match: re.Match[str]) -> str:
    return match.group("doel").strip(" ,:;")


def _unquoted(line: Line) -> bool:
    """A line that opens with a quote is quoted text, whatever verb it holds ("“2. … wordt toegevoegd: …”")."""
    return _unbulleted(line.text)[:1] not in _QUOTE


CHANGE: tuple[Rule, ...] = (
    Rule("begrotingsregel", lambda line: ROW.match(line.text), Role.POINT),
    Rule("vervangen-door-ongequoot", lambda line: _unquoted(line) and BARE_NEW.match(line.text), Role.POINT),
    Rule("vervangen-in-de-regel", lambda line: INLINE.match(line.text), Role.POINT),
    Rule("invoegen-in-de-regel", lambda line: INSERT_AT.match(line.text), Role.POINT),
    Rule("toegevoegd-luidende", lambda line: _unquoted(line) and ADDED_AS.match(line.text), Role.POINT),
    Rule("wijzigen-volgens-bijlage", lambda line: PER_ATTACHMENT.match(line.text), Role.POINT),
    Rule("vernummeren", lambda line: RENUMBER.match(line.text), Role.POINT),
    Rule("ingevoegd-als", lambda line: INSERTED_AS.match(line.text), Role.POINT),
    Rule("en-vervangen", lambda line: AND_REPLACE.match(line.text), Role.CONTINUATION),
    Rule("vervalt-in-de-regel", lambda line: VERVALT.match(line.text), Role.POINT),
    Rule("komt-te-luiden", lambda line: LUIDEN.match(line.text), Role.POINT),
    Rule("als-volgt-wijzigen", lambda line: ALS_VOLGT.match(line.text), Role.POINT),
    Rule("wijzigen-in-met-tekst", lambda line: WIJZIG_INLINE.match(line.text), Role.POINT),
    Rule("schrappen", lambda line: SCHRAP.match(line.text), Role.POINT),
    Rule("toevoegen", lambda line: VOEG.match(line.text), Role.POINT),
    Rule("toevoegen-met-plaats", lambda line: _unquoted(line) and VOEG_AT.match(line.text), Role.POINT),
    Rule("wijzigen-in", lambda line: WIJZIG.match(line.text), Role.POINT),
    Rule("volgnummer", lambda line: ROMAN.match(line.text), Role.FURNITURE),
    Rule("oud-label", lambda line: OLD_LABEL.match(line.text), Role.HEADER),
    Rule("nieuw-label", lambda line: NEW_LABEL.match(line.text), Role.HEADER),
    Rule("tekst", lambda line: True, Role.CONTINUATION),
)
"""An instruction is a point of the besluit; a quoted text continues the instruction above it."""


@dataclass
class Change:
    actie: str
    """vervangen, toevoegen or schrappen."""
    doel: str
    soort: str = "tekst"
    oud: str | None = None
    nieuw: str | None = None
    rule: str = ""
    opdracht: str = ""
    """The instruction as written; "" when the target and old text stood above a bare "te wijzigen in"."""
    nummer: str | None = None
    labels: tuple[str, ...] = ()
    """The labels of its old and new text as written ("Van:", "Naar:"): named in a finding, not emitted."""

    def as_dict(self) -> dict[str, str]:
        out = {**({"nummer": self.nummer} if self.nummer else {}), **({"opdracht": self.opdracht} if self.opdracht else {}),
               "actie": self.actie, "doel": self.doel or "(niet genoemd)", "soort": self.soort}
        if self.oud:
            out["oorspronkelijk"] = self.oud
        if self.nieuw:
            out["wordt"] = self.nieuw
        return out


def unquote(text: str) -> str:
    """A quoted text without its quotes and its list markers, line by line."""
    lines = [_unbulleted(line) for line in text.split("\n")]
    joined = "\n".join(line for line in lines if line)
    joined = joined.strip()
    if joined[:1] in _QUOTE:
        joined = joined[1:]
    joined = re.sub(rf"\s*[{_QUOTE}]\s*([.,;]?)$", r"\1", joined) if joined.rstrip(".,; ")[-1:] in _QUOTE else joined
    return joined.strip()


def _unbulleted(line: str) -> str:
    """A line without its bullets ("• - Nutsvoorzieningen"); a number ("2. Aan te sluiten") is text."""
    kind, rest = split_marker(line)
    while kind == "bullet":
        line = rest
        kind, rest = split_marker(line)
    return line.strip()


def kind_of(doel: str, oud: str | None, begroting: bool) -> str:
    """The kind of target: a begrotingsregel in a begrotingsstaat, else what the words name."""
    if begroting:
        return "begrotingsregel"
    words = doel.lower()
    named = [(m.start(), kind) for kind, pattern in TARGET_KINDS for m in re.finditer(rf"\b(?:{pattern})", words)]
    if named:  # "artikel I, onderdeel O, artikel 10b, tweede lid": the innermost part named is the kind
        return max(named)[1]
    if re.match(r"^\d+\.\s", oud or "") or re.search(r"\b\w*besluit\b", words):
        return "beslispunt"
    return "tekst"


def read_changes(lines: list[str], begroting: bool = False, besluit: bool = False) -> tuple[list[Change], list[str]]:
    """The changes in the lines after the besluit, in one pass over their roles, and the text that no
    change takes. `besluit`: the besluit line says the amendement changes the (ontwerp)besluit, so a numbered
    part it names ("Bullet 1") is a beslispunt."""
    texts = _paragraphs(lines)
    changes: list[Change] = []
    pending: list[str] = []
    """Text not yet taken: the new or old text of the change above, or the target of a bare instruction."""
    number: str | None = None
    unplaced: list[str] = []
    old_open = False
    """A "Van:" label was read: the text below is the old text, up to the "Naar:" label."""
    for index, text in enumerate(texts):
        rule = decide(CHANGE, Line(text, index))
        assert rule is not None
        if pending and rule.name != "volgnummer" and _open_quote(pending):  # inside a quote: text, whatever verb it holds
            rule = CHANGE[-1]
        closes = rule.name == "nieuw-label" or (rule.name == "wijzigen-in" and not WIJZIG.match(text).group("doel"))  # type: ignore[union-attr]
        if rule.name == "oud-label" or (old_open and changes and closes):
            old_open = _label(rule.name == "oud-label", text, changes, pending, unplaced)
            changes[-1].labels += (text.split(":")[0] + ":",)
            pending = [rest] if (rest := _label_rest(text)) else []
            continue
        if rule.name == "nieuw-label":
            rest = _label_rest(text)
            rule, text = next(r for r in CHANGE if r.name == "wijzigen-in"), "wordt:"
            pending_after = [rest] if rest else []
        else:
            pending_after = []
        if rule.name == "tekst":
            pending.append(text)
            continue
        if rule.name == "volgnummer":
            number = text.rstrip(".)")
            continue
        if rule.name == "en-vervangen" and changes and changes[-1].actie == "schrappen":
            _give(changes, pending, unplaced)
            pending = []
            _and_replace(changes[-1], text)
            continue
        listed = LIST_NUMBER.match(text)  # "2. In artikel II … te laten vervallen": the list's number is no target
        name = "wijzigen-in" if rule.name == "en-vervangen" else rule.name  # no removal above: a bare replacement
        bare = re.sub(r"^[-–•*]\s*(?=\S)", "", text[listed.end():] if listed else text)  # "-Overal in …": no target word
        change = _instruction(name, re.sub(r"(?i)^en\s+", "", bare))
        change.opdracht, change.nummer, number = text, number or (listed.group("n") if listed else None), None
        if pending and not change.doel and rule.name in ("wijzigen-in", "toevoegen", "schrappen", "wijzigen-in-met-tekst"):
            _target_above(change, pending)
        else:
            _give(changes, pending, unplaced)
        pending = pending_after
        changes.append(change)
    _give(changes, pending, unplaced)
    for change in changes:
        if not change.doel and change.nummer and not ROMAN_ONLY.match(change.nummer):
            change.doel = change.nummer  # "Bullet 1" / "Punt 2" above a bare instruction names its target
            change.rule += "+nummer-als-doel"
        change.soort = kind_of(change.doel, change.oud, begroting)
        if change.soort == "tekst" and besluit and change.doel == change.nummer:
            change.soort = "beslispunt"  # a numbered part of the besluit the besluit line names
    return changes, unplaced


def _place(change: Change) -> None:
    """A new point's or lid's number before its text ("4. Het OFG …", "3 In afwijking …") is its place: kept as the
    change's number, not as text."""
    place = PLACE_NUMBER.match(change.nieuw or "")
    if place and change.nieuw:
        change.nieuw = change.nieuw[place.end():]
        change.nummer = change.nummer or place.group().strip(" .)")


def _open_quote(pending: list[str]) -> bool:
    """The text gathered so far opened a quote and has not closed it."""
    first = _unbulleted(pending[0])
    return first[:1] in _QUOTE and len(_quoted_block(pending)) == len(pending) and not _closes(pending[-1], len(pending) > 1)


def _closes(text: str, later: bool) -> bool:
    end = text.rstrip(" .,;")
    return end[-1:] in _QUOTE and (later or len(end) > 1)


def _label(old: bool, text: str, changes: list[Change], pending: list[str], unplaced: list[str]) -> bool:
    """A "Van:" / "Naar:" label (or "Was:" / "Wordt:"): "Van:" opens the old text of the replacement above (or of a
    new one whose target is the text above the label); "Naar:" closes it. Whether the old text is still open."""
    if old:
        if changes and changes[-1].actie == "vervangen" and changes[-1].oud is None and changes[-1].nieuw is None:
            _give_old(changes[-1], pending, unplaced)
        elif pending:
            changes.append(Change("vervangen", DOEL_LEAD.sub("", " ".join(pending).rstrip(" :")), rule="van-naar",
                                  opdracht=" ".join(pending)))
        else:
            changes.append(Change("vervangen", "", rule="van-naar"))
        changes[-1].rule += "+van-naar"
        return True
    _give_old(changes[-1], pending, unplaced)
    return False


def _give_old(change: Change, pending: list[str], unplaced: list[str]) -> None:
    if not pending:
        return
    quoted = _quoted_block(pending)
    unplaced.extend(pending[len(quoted):])
    change.oud = unquote("\n".join(quoted))


def _label_rest(text: str) -> str:
    match = OLD_LABEL.match(text) or NEW_LABEL.match(text)
    return match.group("rest").strip() if match else ""


def _paragraphs(lines: list[str]) -> list[str]:
    """The non-empty lines, a bulleted paragraph wrapped over several lines joined into one ("- In de structuurvisie …
    toe te voegen ( onder het" / "kopje: … na ammoniakbelasting:"): the joining stops at a colon, a blank line, a quote
    or a new list mark, so a text below its instruction stays apart."""
    out: list[str] = []
    joining = False
    for line in lines:
        text = " ".join(line.split())
        if not text:
            joining = False
            continue
        kind, _ = split_marker(text)
        if joining and kind is None and text[:1] not in _QUOTE:
            out[-1] = f"{out[-1]} {text}"
            joining = not re.search(rf"[:.;!?{_QUOTE}]$", text)
            continue
        joining = kind == "bullet" and not text.endswith(":") and not re.search(rf"[.;!?{_QUOTE}]$", text)
        out.append(text)
    return out


def _and_replace(change: Change, text: str) -> None:
    """ "… de volgende tekst te verwijderen: ‘oud’" then "En te vervangen door:": one replacement, not two changes."""
    change.actie, change.rule = "vervangen", change.rule + "+en-vervangen"
    change.opdracht = f"{change.opdracht} {text}".strip()
    match = AND_REPLACE.match(text)
    if match and match.group("nieuw"):
        change.nieuw = unquote(match.group("nieuw"))


def _target_above(change: Change, pending: list[str]) -> None:
    """ "de tekst" / "“…”" / "wordt vervangen door:": the text above a bare instruction names its target
    (the first line) and, for a replacement, the old text (the rest). A numbered point alone above it
    ("1. Voorgesteld wordt …" / "Te wijzigen in:") is that beslispunt, its text the old text."""
    change.rule += "+doel-erboven"
    point = LIST_NUMBER.match(pending[0])
    if change.actie == "vervangen" and len(pending) == 1 and point and not change.nieuw:
        change.doel, change.oud = f"beslispunt {point.group('n')}", pending[0][point.end():].strip()
        change.rule += "+genummerd-punt"
        return
    if change.actie == "vervangen" and len(pending) == 1 and change.nieuw and change.rule.startswith("wijzigen-in-met"):
        change.oud = unquote(pending[0])  # "• “oud”" / "te wijzigen in: “nieuw”"
        return
    if change.actie == "vervangen" and len(pending) > 1 and pending[0][:1] not in _QUOTE:
        change.opdracht = f"{pending[0]} {change.opdracht}"  # "De tekst op blz. 3:" … "te wijzigen in:" as one instruction
        change.doel, change.oud = re.sub(r"(?i)^dat\s+", "", pending[0].rstrip(" :")), unquote("\n".join(pending[1:]))
        if len(pending) == 2 and (labelled := LABELLED_QUOTE.match(pending[1])):  # "Beslispunt 2a, …: “old”"
            label = labelled.group("label").strip()
            change.doel = label if TARGET_WORD.match(label) else f"{change.doel} {label}"
            change.oud = unquote(labelled.group("q"))
    elif change.actie == "vervangen" and pending[0][:1] in _QUOTE:
        change.oud = unquote(pending[0])
    elif change.actie == "vervangen" and (named := TARGET_WORD.match(pending[0])):
        change.doel, change.oud = named.group("doel"), named.group("rest")  # "Beslispunt <its text>"
    else:
        change.doel = re.sub(r"(?i)^(?:dat|voorgesteld\s+wordt)\s+", "", " ".join(pending).rstrip(" :"))


def _first_quote(text: str) -> str:
    """A new text up to its closing quote: "“kennis te nemen van X” en het document niet …" is “kennis te nemen van X”;
    an unquoted instruction after it stays in the instruction as written (`opdracht`)."""
    close = re.search(r"[”\"’]", text[1:])
    if close is None or not text[1 + close.end():].strip(" .,;"):
        return text
    return text[:1 + close.end()]


def _quoted_block(pending: list[str]) -> list[str]:
    """The lines of a text that opens with a quote, up to the line that closes it; else the lines up to a new list item
    after a full stop ("met aandacht voor dierenwelzijn." / "- De zin luidt dan: …": a remark, not the new text)."""
    if _unbulleted(pending[0])[:1] not in _QUOTE:
        ends = [i for i in range(1, len(pending)) if split_marker(pending[i])[0] == "bullet"
                and split_marker(pending[0])[0] is None and re.search(r"[.!?]$", pending[i - 1])]
        return pending[:ends[0]] if ends else pending
    for index, text in enumerate(pending):
        if text.rstrip(" .,;")[-1:] in _QUOTE and (index or len(text.rstrip(" .,;")) > 1):
            return pending[:index + 1]
    return pending


def _open(change: Change, following: str = "") -> bool:
    """The change still waits for its text: what it removes, or what it puts in. A removal that names what goes
    ("de onderdelen M, N en O te laten vervallen.") waits for nothing unless it ends in ":", says "de volgende …"
    or a quote follows it."""
    if change.actie == "schrappen":
        waits = change.opdracht.rstrip().endswith(":") or bool(re.search(_FOLLOWING, change.opdracht, re.IGNORECASE))
        return change.oud is None and (waits or following[:1] in _QUOTE or not change.opdracht)
    return change.nieuw is None and change.rule.split("+")[0] not in CLOSED


CLOSED = ("begrotingsregel", "vervangen-in-de-regel", "vervangen-door-ongequoot", "invoegen-in-de-regel",
          "wijzigen-volgens-bijlage", "vernummeren", "ingevoegd-als")
"""Changes read whole from their own line: the text below them is not theirs."""


def _give(changes: list[Change], pending: list[str], unplaced: list[str]) -> None:
    if not pending:
        return
    if not changes or not _open(changes[-1], pending[0]):
        unplaced.extend(pending)
        return
    quoted = _quoted_block(pending)
    unplaced.extend(pending[len(quoted):])
    text = unquote("\n".join(quoted))
    if changes[-1].actie == "schrappen":
        changes[-1].oud = text
    else:  # "Beslispunt <old>" / "te wijzigen in:" / "Beslispunt <new>": the repeated target word is no new text
        doel = changes[-1].doel
        changes[-1].nieuw = text[len(doel):].lstrip() if doel and text.startswith(doel + " ") else text
        if changes[-1].actie == "toevoegen":  # "4. Het OFG communiceert …": the new point's number is its place
            _place(changes[-1])
        same = re.fullmatch(r"beslispunt (\d+)", doel or "") if "+genummerd-punt" in changes[-1].rule else None
        if same and (point := LIST_NUMBER.match(text)) and point.group("n") == same.group(1):
            changes[-1].nieuw = text[point.end():]  # "1. <new text>" under "beslispunt 1": its number is no text


def _instruction(name: str, text: str) -> Change:
    if name == "begrotingsregel":
        m = ROW.match(text)
        assert m is not None
        return Change("vervangen", _doel(m), nieuw=f"{m.group('wat')} {m.group('hoe')} met {m.group('bedrag')}", rule=name)
    if name == "vervangen-in-de-regel":
        m = INLINE.match(text)
        assert m is not None
        return Change("vervangen", _doel(m), oud=unquote(m.group("oud")), nieuw=unquote(m.group("nieuw")), rule=name)
    if name == "vervalt-in-de-regel":
        m = VERVALT.match(text)
        assert m is not None
        return Change("schrappen", re.sub(r"(?i)^in\s+", "", _doel(m)), oud=unquote(m.group("oud")), rule=name)
    if name == "vervangen-door-ongequoot":
        m = BARE_NEW.match(text)
        assert m is not None
        doel = f"{_doel(m)}, {m.group('sub').strip(' ,')}" if m.group("sub") else _doel(m)
        nieuw = m.group("nieuw").strip()
        return Change("vervangen", doel, oud=unquote(m.group("oud")), nieuw=unquote(nieuw) if nieuw[:1] in _QUOTE else nieuw,
                      rule=name)
    if name == "toegevoegd-luidende":
        m = ADDED_AS.match(text)
        assert m is not None
        return Change("toevoegen", f"{_doel(m)}, {m.group('wat').strip()}", rule=name)
    if name == "toevoegen-met-plaats":
        m = VOEG_AT.match(text)
        assert m is not None
        where = [" ".join(part.split()).strip(" ,") for part in (m.group("paren"), m.group("waar")) if part and part.strip()]
        change = Change("toevoegen", ", ".join([DOEL_LEAD.sub("", _doel(m)), *where]).strip(" ,"), rule=name,
                        nieuw=unquote(m.group("nieuw")) if m.group("nieuw").strip() else None)
        _place(change)
        return change
    if name == "invoegen-in-de-regel":
        m = INSERT_AT.match(text)
        assert m is not None
        return Change("toevoegen", f"{_doel(m)}, {m.group('waar')}", nieuw=m.group("nieuw").strip(), rule=name)
    if name == "vernummeren":
        m = RENUMBER.match(text)
        assert m is not None
        return Change("vervangen", _doel(m), oud=f"{m.group('van')} tot en met {m.group('tot')}",
                      nieuw=m.group("nieuw").strip(" ,.;"), rule=name)
    if name in ("wijzigen-volgens-bijlage", "ingevoegd-als"):
        m = (PER_ATTACHMENT if name == "wijzigen-volgens-bijlage" else INSERTED_AS).match(text)
        assert m is not None
        return Change("vervangen" if name == "wijzigen-volgens-bijlage" else "toevoegen", _doel(m), rule=name)
    if name == "wijzigen-in-met-tekst":
        m = WIJZIG_INLINE.match(text)
        assert m is not None
        return Change("vervangen", _doel(m), nieuw=unquote(_first_quote(m.group("nieuw"))), rule=name)
    actie = {"komt-te-luiden": "vervangen", "schrappen": "schrappen", "toevoegen": "toevoegen"}.get(name, "vervangen")
    pattern = {"komt-te-luiden": LUIDEN, "schrappen": SCHRAP, "toevoegen": VOEG, "als-volgt-wijzigen": ALS_VOLGT}.get(
        name, WIJZIG)
    m = pattern.match(text)
    assert m is not None
    return Change(actie, DOEL_LEAD.sub("", _doel(m)), rule=name)


