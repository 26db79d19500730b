"""An amendement as text → amendement data whose target is external (no voorstel file here).

The importer for moties would misread an amendement (its "te wijzigen in" is no dictum, and there
is no "en gaat over tot de orde van de dag"). Here the text is cut where raden cut it: the title,
the date, the voorstel it belongs to, the text it changes (oorspronkelijk) and the new text (wordt),
kept verbatim; then toelichting, indieners and the vote. What does not fit goes to `niet_geplaatst:`.
"""

from __future__ import annotations

import re
from typing import Any

from generator.importer import orgaan
from generator.importer.amendement_voorstel import voorstel_in_head
from generator.importer.body import Body, find_start, parse_body
from generator.importer.changes import CHANGE, Change, read_changes
from generator.importer.dates import find_dates
from generator.importer.emit import Missing
from generator.importer.furniture import strip_furniture
from generator.importer.kamerstuk import Kamerstuk, kamerstuk
from generator.importer.opening import is_opening, read_opening
from generator.importer.parse import PLACEHOLDER_TITLE, ImportResult, formula_note, project_orgaan, stemming_of
from generator.importer.people import FUNCTION_BEFORE, Person, is_name, is_party, parse_name_list, parse_signature
from generator.importer.preamble import Preamble, parse_preamble
from generator.importer.preamble_rules import lone_date
from generator.importer.roles import Finding, Line, Role, decide
from generator.importer.site import counted, furniture_note, strip_site
from generator.importer.tail import parse_tail, starts_tail
from generator.importer.tail_rules import SIDE, TOELICHTING
from generator.importer.textclean import to_lines
from generator.soorten.amendement.model import STATUSSEN as AMENDEMENT_STATUSSEN

TITLE = re.compile(r"^\s*(sub)?amendement\b", re.IGNORECASE)
WORDT = re.compile(r"^\s*(te wijzigen in|wordt( gewijzigd in)?|te vervangen door|vervangen door)\s*:?\s*$", re.IGNORECASE)
VOORSTEL = [re.compile(p, re.IGNORECASE) for p in (
    r"hoort bij (?P<v>[^.]+)\.", r"m\.b\.t\. (?P<v>.+?) het volgende amendement", r"inzake (?P<v>.+?)(?: \(|\.|$)",
    r"gehoord de discussie over (?P<v>[^;]+);",
    r"kennis genomen van:?\s+(?P<v>.+?)(?=\s+(?:constaterende|overwegende|besluit)\b)",
    r"kennis\s*genomen\s*hebbende?\s+van\s+(?:het\s+)?(?P<v>.+?),?(?=\s+(?:constaterende|overwegende|besluit)\b)",
    r"gehoord de discussie over (?P<v>.+?)(?=[;.]|\s+(?:constaterende|overwegende|besluit)\b)", r"ter bespreking van (?P<v>[^,;]+)")]


PROPOSES = re.compile(r"^(?:(?:de\s+)?ondergetekenden?\s+|de\s+raad\s+|(?:wij|we)\s+)?(?:stelt|stellen|dient|dienen)\s+(?:het\s+)?"
                      r"(?:volgende\s+|onderstaande\s+)?(?:sub)?amendement\s+(?:voor|in)\b", re.IGNORECASE)
"""A line that says what the text is, wherever it stands: "Stelt het volgende amendement voor:", "De ondergetekende
stelt het volgende amendement voor:", "dient het volgende amendement in:"; then a motie's slot below it is a habit."""
NAMED = re.compile(r"\(\s*(sub)?amendement\b|\b(sub)?amendement\s+(van\s+(het\s+lid|de\s+leden)|nr\b|nummer\b)", re.IGNORECASE)
CHANGES = re.compile(r"\b(de volgende (zin|zinsnede|tekst|passage|alinea)\b|te schrappen\b|te vervangen door\b|"
                     r"komt te luiden\b|wordt als volgt gewijzigd|het (ontwerp)?besluit .{0,40}te wijzigen)", re.IGNORECASE)
DICTUM = re.compile(r"^\s*besluit\s*:?\s*$", re.IGNORECASE)
HEAD_LINES = 15
SLOT = re.compile(r"gaa?t?n? over tot de orde van de dag", re.IGNORECASE)


def looks_like(text: str) -> bool:
    """An amendement: its heading says so ("Amendement", "(amendement)", "Amendement van het lid …",
    "Amendement nr."), the text changes a text ("te wijzigen in", "wordt:"), or its besluit changes
    a text ("de volgende zin te schrappen") and it does not end as a motie does."""
    lines = [line for line in text.splitlines() if line.strip()]
    head = lines[:HEAD_LINES]
    slot = next((i for i, line in enumerate(lines) if SLOT.search(line)), None)
    motie_slot = slot is not None
    if head and re.match(r"\s*motie\b", head[0], re.IGNORECASE):
        return False
    if any(PROPOSES.match(" ".join(line.split())) for line in lines):
        return True
    if slot is not None:  # page furniture after a motie ("Amendement: …" as a link) is not its heading
        head = head[:slot]
    if any(TITLE.match(line) or NAMED.search(line) for line in head) or (head and re.search(r"\bamendement\b", head[0], re.I)):
        return True
    if any(WORDT.match(line) for line in lines) or (not motie_slot and any(KAMER.search(line) for line in head)):
        return True
    for index, line in enumerate(lines):
        if DICTUM.match(line) and any(CHANGES.search(after) for after in lines[index + 1:index + 4]):
            return not motie_slot
    return False


BESLUIT = re.compile(
    r"^(?:en\s+)?(?:besluit|besluiten)(?:\s+om)?\s*:?$"
    r"|^(?:(?:de\s+)?(?:ondergetekenden?|indieners?)\s+|(?:wij|we)\s+)?(?:stelt|stellen|heeft\s+de\s+eer)\b.*\b(?:besluit\s+te\s+nemen"
    r"|te\s+wijzigen)\s*:?$"
    r"|^(?:de\s+)?(?:begrotingsstaat|ontwerpbesluit|ontwerp-besluit|besluit)\b.*\bwordt\s+als\s+volgt\s+gewijzigd\s*:?$"
    r"|^wijzigen\s+(?:het\s+)?ontwerpbesluit\s*:?$|^besluit(?:en)?\b.*\bte\s+wijzigen\s*:?$"
    r"|^(?:(?:de\s+)?ondergetekenden?\s+|de\s+raad\s+|(?:wij|we)\s+)?(?:stelt|stellen|dient|dienen)\b.*\bamendement\s+(?:voor|in)\s*:?$"
    r"|^(?:\w+\s+)?wijzigen\s+het\s+(?:ontwerp)?besluit\b.*\bals\s+volgt\s*:?$"
    r"|^besluit(?:en)?\s+(?:in|op|bij)\s+(?:het\s+)?(?:ontwerp-?)?besluit\b.*$", re.IGNORECASE)
NAMED_TARGET = re.compile(r"^besluit(?:en)?\s+(?:in|op|bij)\s+(?P<doel>(?:het\s+)?(?:ontwerp-?)?besluit\b.*)$", re.IGNORECASE)
"""A besluit line that names the target ("Besluiten in ontwerpbesluit 48/22 B"): the first change's target."""
VOORGESTELD = re.compile(r"^voorgesteld\s+wordt\s+(?P<rest>\S.*)$", re.IGNORECASE)
KAMER = re.compile(r"\bondergetekenden?\s+(?:stelt|stellen)\s+het\s+volgende\s+amendement\s+voor\b"
                   r"|\bbegrotingsstaat\s+wordt\s+als\s+volgt\s+gewijzigd\b", re.IGNORECASE)
"""How a Kamer amendement opens (kst-27081-13, samples.md): the Tweede Kamer's; the Eerste Kamer amends nothing."""
SIGNERS = re.compile(r"^(?:de\s+volgende\s+leden\b.*|namens\s+de\s+fracties?\s+van:?|het\s+lid\s+van\s+de\s+gemeenteraad,?"
                     r"|de\s+leden\s+van\s+de\s+gemeenteraad,?|ingediend\s+door:?|ondertekenaars?:?|indieners?,?:?"
                     r"|de\s+indieners?,?:?)$", re.IGNORECASE)
OWN_TOELICHTING = re.compile(r"^dit\s+amendement\s+(?:dient|regelt|strekt|beoogt|zorgt|heeft)\b", re.IGNORECASE)
WIJZIGEN_ALS_VOLGT = re.compile(r"^(?:\w+\s+)?wijzigen\s+(?P<v>(?:het|de)\s+(?:ontwerp-?)?besluit\b.*?)\s+als\s+volgt\s*:?$",
                                re.IGNORECASE)
"""A besluit line that names what it changes: "GS wijzigen het besluit van de statenvoordracht als volgt:"."""
RECEIVED = re.compile(r"^ontvangen\s+(?P<d>.+)$", re.IGNORECASE)
STAAT = re.compile(r"^(?P<v>(?:de\s+)?(?:begrotingsstaat|ontwerpbesluit|ontwerp-besluit)\b.*?)\s+wordt\s+als\s+volgt"
                   r"\s+gewijzigd\s*:?$", re.IGNORECASE)


READ_VOORSTEL = re.compile(r"^(?:gelezen|kennis\s*genomen\s+van|gezien)\b[\s:,]*(?:het\s+)?(?:(?:raads|staten|bestuurs)?voorstel"
                           r"|ontwerpbesluit)\b[^‘“\"']*[‘“\"'](?P<v>[^’”\"']{10,})[’”\"']", re.IGNORECASE)


def _read_voorstel(kop: str, points: list[str]) -> str | None:
    """A block that only names the voorstel ("Gelezen:" / "het voorstel van het Dagelijks Bestuur ‘X’"): X."""
    match = READ_VOORSTEL.match(" ".join([kop, *points])) if len(points) <= 1 else None
    return match.group("v").strip() if match else None


def _tail_starts(text: str, following: str) -> bool:
    """Whether the changes have ended: the signatures, the toelichting, the vote or the slot begin."""
    if SIGNERS.match(text) or OWN_TOELICHTING.match(text) or starts_tail(text) or SIDE.fullmatch(text):
        return True
    function = FUNCTION_BEFORE.match(text)  # "Maaike Moulijn, waarnemend fractievoorzitter Partij voor de Dieren"
    text = f"{function.group('naam')}, {function.group('fractie')}" if function else text
    person = parse_signature(re.sub(r"\s*\([^()]{3,}\)\s*$", "", text))
    if person and person.fractie and is_party(person.fractie):
        return True
    return is_name(text) and len(text.split()) >= 2 and is_party(following)


def _lone_surname(text: str) -> bool:
    """A Kamer amendement signed by a surname alone ("Dik-Faber")."""
    return bool(re.fullmatch(r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|(?:Van|De|Den|Ter)\s+[A-Z][a-z]+)", text))


def parse_amendement(text: str, default_orgaan: str | None = None) -> ImportResult:
    """An amendement read whole: title, opening (orgaan, date, voorstel), considerans, the changes, the
    toelichting, indieners and, only when the text states them, status and vote."""
    site = strip_site(to_lines(text))
    lines = [line.rstrip() for line in strip_furniture(site.lines).lines]
    texts = [" ".join(line.split()) for line in lines]
    besluit = next((i for i, t in enumerate(texts) if BESLUIT.match(t) or VOORGESTELD.match(t)), None)
    first_change = next((i for i, t in enumerate(texts)
                         if t and (rule := decide(CHANGE, Line(t, i))) is not None and rule.role is Role.POINT), None)
    cut = besluit if besluit is not None else first_change if first_change is not None else len(lines)
    start = find_start(lines[:cut])
    pre = parse_preamble(lines[:start if start is not None else cut], texts)
    body = parse_body(lines[:cut], start, lambda t: bool(TOELICHTING.match(t))) if start is not None else None
    before = [t for t in texts[body.end:cut] if t] if body is not None else []
    if before and TOELICHTING.match(before[0]):  # "Toelichting:" between the considerans and the besluit
        lines = lines[:body.end] + lines[cut:] + ["", *before]  # type: ignore[union-attr]
        texts = [" ".join(line.split()) for line in lines]
        cut = body.end  # type: ignore[union-attr]
    begin = cut + 1 if besluit is not None and not VOORGESTELD.match(texts[cut]) else cut
    end = next((i for i in range(begin, len(texts)) if texts[i] and _tail_starts(
        texts[i], next((t for t in texts[i + 1:] if t), ""))), len(texts))
    part = [t for t in texts[begin:end] if not BESLUIT.match(t)]
    if besluit is not None and (target := NAMED_TARGET.match(texts[cut])) and part:
        part.insert(0, target.group("doel"))
    if besluit is not None and (voorgesteld := VOORGESTELD.match(texts[cut])):
        part[0] = voorgesteld.group("rest")
        pre.formules.append(texts[cut][:voorgesteld.start("rest")].strip())
    begroting = bool(re.search(r"begrotingsstaat", " ".join(texts[:end]), re.IGNORECASE))
    names_besluit = besluit is not None and bool(re.search(r"(?i)\bbesluit\b", texts[cut]))
    changes, unplaced = read_changes(part, begroting, names_besluit)
    result = ImportResult({})
    if body is not None:
        result.findings.extend(old_text_from_considerans(changes, [p for b in body.blocks for p in b.texts()]))
    reader = _Amendement(result, pre, texts, site.lines)
    reader.kamerstuk = kamerstuk(texts)
    reader.default_orgaan = default_orgaan
    named = next((m for t in texts[cut:end] if (m := STAAT.match(t) or WIJZIGEN_ALS_VOLGT.match(t))), None)
    reader.voorstel_line = named.group("v") if named else None
    reader.cut = cut
    said = [t for t in texts[cut:end] if BESLUIT.match(t)]
    if said:  # the built amendement writes its own besluit line
        pre.formules.extend(said)
    reader.run(body, changes, unplaced, lines[end:])
    if pre.formules:
        result.notes.append(formula_note(pre.formules))
    note = furniture_note(site)
    if note:
        result.notes.append(note)
    return result


TITLE_STATUS = re.compile(r"[\s(–-]+(?P<s>aangenomen|verworpen|ingetrokken|aangehouden)\s*[!.)]?$", re.IGNORECASE)
"""The outcome a page writes after the amendement's heading: "AMENDEMENT Zin in goede zin Aangenomen!"."""
TARGET_KEY = re.compile(r"\b(?:artikel|lid|beslispunt|besluitpunt|onderdeel|pagina|paragraaf)\s+[\w.]+(?:\s+lid\s+\d+)?",
                        re.IGNORECASE)
QUOTED = re.compile(r"[“\"„](?P<q>[^“”\"„]{20,})[”\"]|‘(?P<s>[^‘’]{20,})’")
CITED = re.compile(r"\b(?:de\s+volgende\s+(?:tekst|zin|zinnen|passage|alinea)\b[^:]{0,40}|luidt|staat|stelt)\s*:\s*(?P<q>\S.{19,})$"
                   r"(?P<s>)", re.IGNORECASE)
"""A considerans point that cites a text after a colon, unquoted: "… de volgende tekst is opgenomen: Voor de derde …"."""


def old_text_from_considerans(changes: list[Change], points: list[str]) -> list[Finding]:
    """A replacement without its old text whose target a considerans point names and quotes ("artikel 3.2 lid 1 …
    wordt gewijzigd. “De dijkgraaf roept …”"): that quote is the old text. The point stays in the considerans."""
    findings = []
    for change in changes:
        key = TARGET_KEY.search(change.doel or "")
        if change.actie not in ("vervangen", "schrappen") or change.oud or key is None:
            continue
        wanted = " ".join(key.group().lower().split())
        for point in points:
            quote = QUOTED.search(point) or CITED.search(point)
            if quote and wanted in " ".join(point.lower().split()):
                change.oud = (quote.group("q") or quote.group("s")).strip()
                change.rule += "+oud-uit-considerans"
                findings.append(Finding("oud-uit-considerans", -1, point, f"oorspronkelijke tekst van '{change.doel[:60]}'"
                                        " uit de considerans genomen (die citeert hem); controleer"))
                break
    return findings


class _Amendement:
    """The amendement's fields, in the order of its data file."""

    def __init__(self, result: ImportResult, pre: Preamble, texts: list[str], page: list[str]) -> None:
        self.result, self.pre, self.texts, self.page = result, pre, texts, page
        self.data = result.data
        self.leftover: list[str] = list(pre.leftover)
        self.result.findings.extend(pre.findings)
        self.default_orgaan: str | None = None
        self.voorstel_line: str | None = None
        self.cut = len(texts)
        """Where the besluit (or the first change) starts: the voorstel is named above it."""
        self.kamerstuk: Kamerstuk | None = None
        """What the besluit line says it changes ("De begrotingsstaat wordt als volgt gewijzigd")."""

    def find(self, rule: str, message: str, text: str = "") -> None:
        self.result.findings.append(Finding(rule, -1, text, message))

    def run(self, body: Body | None, changes: list[Change], unplaced: list[str], tail_lines: list[str]) -> None:
        first = next((t for t in self.texts if t), "")
        self.data["soort"] = "subamendement" if first.lower().startswith("subamendement") else "amendement"
        self._orgaan()
        if self.kamerstuk:
            self._kamerstuk(self.kamerstuk)
        else:
            self._titel(first)
        self._put("nummer", self.pre.nummer or (self.kamerstuk.nummer if self.kamerstuk else None))
        self._vergadering()
        formal = [o for o in self.pre.openings if read_opening(o).vergadering or re.search(r"(?i)\bbijeen\b|^de\s+raad,", o)]
        if formal:  # the opening as written: the built amendement prints it instead of its own
            self.data["aanhef"] = " ".join(self.pre.openings)
        self._put("agendapunt", self.pre.agendapunt)
        if body is not None:
            self._considerans(body)
        self.data["extern"] = {"voorstel": self._voorstel()}
        if changes:
            self.data["extern"]["wijzigingen"] = [c.as_dict() for c in changes]
        for change in changes:
            if change.labels:
                self.find("van-naar", f"oude en nieuwe tekst gelezen onder de labels {counted(list(change.labels))}")
            if change.rule.startswith("tekst-zonder-opdracht") or not change.doel:
                self.find(change.rule or "tekst", f"wijziging zonder duidelijk doel ('{(change.oud or change.nieuw or '')[:60]}');"
                          " controleer 'doel:'")
        if not changes:
            self.find("wijziging", "geen wijziging gevonden (geen 'te wijzigen in', 'te schrappen', 'toe te voegen' of"
                      " 'komt te luiden'); vul 'extern: wijzigingen:' in")
        self.leftover.extend(unplaced)
        self._tail(tail_lines)
        if self.leftover:
            self.data["niet_geplaatst"] = self.leftover
        self.result.warnings.extend(str(f) for f in self.result.findings)

    def _kamerstuk(self, head: Kamerstuk) -> None:
        """The Kamerstuk's head read as a whole: its heading minus "AMENDEMENT" is the title (the Kamerstuk convention),
        the dossier's title the voorstel, the heading's names the indieners when nobody signs below."""
        self.data["titel"] = head.titel
        for text in head.lines:
            self._drop(text)
        self.result.notes.append(f"kop van het Kamerstuk gelezen: {', '.join(repr(t) for t in head.lines)}")
        self.find("kamerstuk", f"Kamerstuk {head.dossier}: orgaan de Tweede Kamer, voorstel '{head.voorstel[:60]}',"
                  f" indieners uit de kop ('{head.namen}'); controleer", head.lines[-1])

    def _orgaan(self) -> None:
        context = " ".join([*self.pre.openings, self.pre.orgaan or ""])
        kamer = self.pre.gemeente_id in ("tweede-kamer", "eerste-kamer") or self.kamerstuk is not None
        kamer_id = "tweede-kamer" if self.kamerstuk else self.pre.gemeente_id or ""
        found = orgaan.Found(kamer_id, kamer_id) if kamer else None
        found = found or orgaan.resolve(self.pre.gemeente_naam, context)
        if found is None and (page := orgaan.from_page(self.page)):
            found = page[0]
            self.find("orgaan-op-pagina", f"orgaan uit de pagina ('{page[1][:70]}'): de aanhef noemt het niet", page[1])
        if found is None and any(KAMER.search(t) for t in self.texts):
            found = orgaan.Found("tweede-kamer", "tweede-kamer")
            self.find("kamer-formule", "orgaan: de Tweede Kamer ('De ondergetekende stelt het volgende amendement voor',"
                      " een begrotingsstaat); de Eerste Kamer amendeert niet; controleer")
        if found is None and self.default_orgaan:
            found = project_orgaan(self.result, self.default_orgaan)
        if found is None:
            self.data["gemeente"] = Missing("schrijf de id van het orgaan uit het register, bijvoorbeeld zwolle")
            self.find("orgaan", "orgaan niet gevonden; vul 'gemeente:' in")
            return
        self.result.orgaan = (found.orgaan_id, found.soort)
        self.data["gemeente"] = found.orgaan_id
        if not found.in_register:
            self.result.comments["gemeente"] = f"'{found.orgaan_id}' staat niet in het register van organen; controleer"

    def _titel(self, first: str) -> None:
        if first and not (find_dates(first) or RECEIVED.match(first) or is_opening(first) or BESLUIT.match(first)):
            self.data["titel"] = first
            if first in self.leftover:
                self.leftover.remove(first)
            if (said := TITLE_STATUS.search(first)) and not self.pre.status:  # "AMENDEMENT Zin in goede zin Aangenomen!"
                self.pre.status = said.group("s").lower()
                self.data["titel"] = first[:said.start()].rstrip(" -–:")
                self.find("status-in-titel", f"status '{self.pre.status}' uit de kop '{first[:70]}'", first)
            labels = [label for label, veld, _ in self.pre.formulier if veld == "titel" and label]
            if self.pre.titel and self.pre.titel in first and labels:  # "Onderwerp: X" repeats the heading
                self.result.notes.append(f"de titel staat ook in het veld {counted(labels)}")
            if self.pre.titel and self.pre.titel not in first:  # "Onderwerp: …" below the heading: kept, not dropped
                labels = [label for label, veld, _ in self.pre.formulier if veld == "titel" and label]
                self.leftover.append(f"{labels[0]}: {self.pre.titel}" if labels else self.pre.titel)
                self.find("tweede-titel", f"de kop '{first[:60]}' is de titel; de tweede titel staat onder 'niet_geplaatst'")
            return
        self.data["titel"] = PLACEHOLDER_TITLE
        self.result.open_fact("titel", "titel", f"titel niet gevonden; '{PLACEHOLDER_TITLE}' staat er tot u hem invult")

    def _vergadering(self) -> None:
        datum = self.pre.vergadering
        received = next((RECEIVED.match(t) for t in self.texts if RECEIVED.match(t)), None)
        if datum is None and received and (dates := find_dates(received.group("d"))):
            datum = dates[0][1]
            self._drop(received.group())
            self.find("ontvangen", f"vergaderdatum is de datum van ontvangst ('{received.group()}'); controleer")
        if datum is None and self.pre.leftover:
            lone = [t for t in self.leftover if lone_date(t)]
            if lone:
                datum = find_dates(lone[0])[0][1]
                self._drop(lone[0])
                self.result.open_fact("vergadering", "losse-datum", f"de tekst noemt geen vergaderdatum; de datum op de"
                                      f" pagina ('{lone[0]}') is genomen: controleer", lone[0])
        if datum:
            self.data["vergadering"] = datum
        else:
            self.data["vergadering"] = Missing("de datum van de vergadering, JJJJ-MM-DD")
            self.find("vergadering", "vergaderdatum niet gevonden; vul 'vergadering:' in")

    def _considerans(self, body: Body) -> None:
        for block in body.blocks:
            if not self.pre.voorstel_titel and (named := _read_voorstel(block.kop, block.texts())):
                self.pre.voorstel_titel = named  # "Gelezen het voorstel van het Dagelijks Bestuur ‘X’": no considerans
                self.pre.formules.append(" ".join([block.kop, *block.texts()]))
                self.find("gelezen-voorstel", f"'{block.kop}' noemt het voorstel ('{named[:60]}'); niet in de considerans")
                continue
            if block.kind == "verzoeken" or not block.texts():
                self.leftover.append(" ".join([block.kop, *block.texts()]))
                continue
            self.data.setdefault(block.kind, []).append({"kop": block.kop, "punten": block.texts()})
        for key in ("constateringen", "overwegingen"):
            if len(self.data.get(key, [])) == 1:
                self.data[key] = self.data[key][0]

    def _voorstel(self) -> str:
        labels = [label for label, veld, _ in self.pre.formulier if veld == "voorstel" and label]
        if labels:  # "Raadsvoorstel: X": the built amendement names the voorstel its own way
            self.result.notes.append(f"voorstel gelezen uit het veld {counted(labels)}")
        if self.kamerstuk and self.kamerstuk.voorstel:
            return f"{self.kamerstuk.voorstel} (Kamerstuk {self.kamerstuk.dossier})"
        if self.pre.voorstel_titel:
            return re.sub(r"(?i)^het\s+", "", self.pre.voorstel_titel)
        if self.voorstel_line:
            return self.voorstel_line
        if named := voorstel_in_head(self.texts[:self.cut], self.data.get("titel")):
            for text in named.lines:
                self._drop(text)
            self.find(named.rule, f"voorstel gelezen uit {counted(named.lines)}: '{named.voorstel[:60]}'; controleer",
                      named.lines[0])
            return named.voorstel
        flat = " ".join(t for t in self.texts if t)
        for pattern in VOORSTEL:
            match = pattern.search(flat)
            if match and len(match.group("v")) <= 160:  # a voorstel is named in a phrase, not a page
                found = match.group("v").strip()
                for text in list(self.leftover):
                    if found in text and re.search(r"(?i)gehoord|hoort bij|inzake|m\.b\.t\.|ter bespreking", text):
                        self.leftover.remove(text)
                        if "aanhef" in self.data:  # "De raad, / Gehoord de discussie over X;": one opening
                            self.data["aanhef"] = f"{self.data['aanhef']} {text}"
                        else:
                            self.pre.formules.append(text)
                return found
        self.find("voorstel", "het voorstel dat het amendement wijzigt staat niet in de tekst; vul 'extern: voorstel:' in")
        return "[het voorstel]"

    def _tail(self, lines: list[str]) -> None:
        texts = [" ".join(t.split()) for t in lines]
        toelichting = []
        while texts and (not texts[0] or OWN_TOELICHTING.match(texts[0])):
            if texts[0]:
                toelichting.append(texts[0])
            texts.pop(0)
        signers = [t for t in texts if t and not SIGNERS.match(t)]
        labels = [t for t in texts if t and SIGNERS.match(t)]
        if labels:
            self.result.notes.append(f"kop van de ondertekening weggelaten: {counted(labels)} (het document schrijft zijn"
                                     " eigen kop)")
        tail = parse_tail([t for t in texts if not SIGNERS.match(t)], set())
        if tail.slot:
            self.result.notes.append(f"slotzin weggelaten: '{tail.slot}' (een amendement heeft geen slotzin)")
        if not tail.indieners and signers and _lone_surname(signers[-1]) and signers[-1] in tail.leftover:
            tail.indieners.append(Person(signers[-1]))
            tail.leftover.remove(signers[-1])
            self.find("kamer-achternaam", f"'{signers[-1]}' onder het amendement gelezen als indiener (alleen een"
                      " achternaam)", signers[-1])
        if not tail.indieners and self.pre.indieners:  # "Indiener: L. Klompenhouwer" in the form above
            tail.indieners.extend(self.pre.indieners)
            labels = [label for label, veld, _ in self.pre.formulier or [] if veld == "indieners" and label]
            self.result.notes.append(f"indieners gelezen boven het amendement: {counted(labels) or 'formulier'}")
        if not tail.indieners and self.kamerstuk:  # "AMENDEMENT VAN HET LID ASSEN C.S.": nobody signs below
            tail.indieners.extend(parse_name_list(self.kamerstuk.namen) or [Person(self.kamerstuk.namen)])
        self.result.findings.extend(tail.findings)
        toelichting.extend(tail.toelichting)
        if toelichting:
            self.data["toelichting"] = toelichting
        if tail.indieners:
            self.data["indieners"] = [p.as_dict() for p in tail.indieners]
            for line, remark in tail.remarks:  # "(mede namens …)" beside the name, as the source prints it
                person = next((p for p in self.data["indieners"] if p["naam"] in line and "opmerking" not in p), None)
                if person:
                    person["opmerking"] = remark
        if not tail.status and self.pre.status:  # "Status Aangenomen" in the form above the amendement
            tail.status, tail.status_datum = self.pre.status, tail.status_datum or self.pre.status_datum
        if tail.status and tail.status not in AMENDEMENT_STATUSSEN:  # "Overgenomen": no outcome an amendement has
            self.leftover.append(f"Status: {tail.status}")
            self.find("status-regel", f"status '{tail.status}' is geen uitslag van een amendement; staat onder"
                      " 'niet_geplaatst'")
        elif tail.status and tail.status != "ingediend":
            self.data["status"] = tail.status
            self._put("status_datum", tail.status_datum)
        stemming = stemming_of(tail)
        if stemming:
            self.data["stemming"] = stemming
        self.leftover.extend(tail.leftover)
        for footnote, note in tail.footnotes.items():
            self.leftover.append(f"{footnote} {note}")

    def _drop(self, text: str) -> None:
        """The line out of niet_geplaatst, as the preamble kept it (a closing quote may have gone)."""
        bare = text.rstrip("”\"’' ")
        for kept in self.leftover:
            if kept == text or kept.rstrip("”\"’' ") == bare:
                self.leftover.remove(kept)
                return

    def _put(self, key: str, value: Any) -> None:
        if value:
            self.data[key] = value


def refuse_amendement(lines: list[str]) -> None:
    """The motie parser never reads an amendement as a motie (`import_file` sends it here first)."""
    from generator.errors import UserError

    if looks_like("\n".join(lines)):
        raise UserError("dit is een amendement, geen motie: het wijzigt de tekst van een voorstel",
                        "importeer het bestand met 'raadsstukken import': die leest amendementen als amendement")
