"""Text of a motie (or of an afdoeningsbrief quoting one) → the data of a motie file.

The pipeline: clean lines → drop page furniture → find a quoted motie in a letter → split preamble,
blocks and tail → assemble the fields in the order of the data contract. Nothing is dropped silently:
what no field takes ends up in `niet_geplaatst`, and every guess becomes a warning.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.errors import UserError
from generator.importer import orgaan
from generator.importer.afdoening import Letter, find_letter
from generator.importer.body import Block, Body, candidate_refs, find_start, parse_body
from generator.importer.dates import find_dates
from generator.importer.diagnose import found_parts, not_a_motie, raw_data
from generator.importer.emit import Missing
from generator.importer.fields import TITLE_LINE
from generator.importer.footnotes import clean_text, drop_marks, mark_refs
from generator.importer.furniture import strip_furniture
from generator.importer.headers import match_header
from generator.importer.kinds import kind_of
from generator.importer.opening import is_opening
from generator.importer.people import PLACEHOLDER_NAME, Person
from generator.importer.preamble import Preamble, parse_preamble
from generator.importer.roles import Finding, Labelled
from generator.importer.site import counted, furniture_note, strip_site
from generator.importer.tail import Tail, parse_tail, starts_tail
from generator.importer.tail_rules import status_in_prose
from generator.importer.textclean import split_marker, to_lines
from generator.organen import register

DEFAULT_SLOT = "en gaat over tot de orde van de dag"
_FRACTIE_PREFIX = re.compile(r"^(?:de\s+)?fractie\s+(?:van\s+)?(?:de\s+|het\s+)?", re.IGNORECASE)
_GLUED_SLOT = re.compile(r"[\s,;]+(?P<slot>(?:en\s+)?(?:gaat|gaan)\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag)\s*[.,;]?$",
                         re.IGNORECASE)
_STAGES = ("constateringen", "overwegingen", "verzoeken")


@dataclass
class ImportResult:
    data: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    comments: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    """The uncertain decisions, each with the rule that made it and its line (`warnings` says them in words)."""
    labels: list[Labelled] = field(default_factory=list)
    """Every line's role and the rule that gave it (preamble, body, tail), for the corpus's hits per rule."""
    open_facts: list[str] = field(default_factory=list)
    """Facts the text does not state, written as a marked placeholder or the project's own (concept: ja)."""

    def find(self, rule: str, message: str, text: str = "", line: int = -1) -> None:
        """A decision that is not certain: a finding with its rule, and the warning that shows it."""
        finding = Finding(rule, line, text, message)
        self.findings.append(finding)
        self.warnings.append(str(finding))

    def open_fact(self, key: str, rule: str, message: str, text: str = "") -> None:
        """A fact the text does not state: a finding, and the document a concept until it is filled in."""
        self.open_facts.append(key)
        self.data["concept"] = True
        self.findings.append(Finding(rule, -1, text, message))
        self.warnings.append(message)
    orgaan: tuple[str, str] | None = None
    """(register id, soort_orgaan), e.g. ("gemeente-groningen", "gemeente"); see importer/orgaan.py."""


def parse_raw(text: str) -> ImportResult:
    """No parsing at all: the whole text under `niet_geplaatst`, for a motie the import cannot read."""
    result = ImportResult(raw_data(to_lines(text)))
    result.warnings.append("ruwe import: alle tekst staat onder 'niet_geplaatst'; deel hem met de hand in")
    return result


def parse_text(text: str, default_orgaan: str | None = None, labeller: bool = False) -> ImportResult:
    """A motie read from its text. With `labeller`, the learned labeller (labeller.py) decides where the body
    starts and ends and which lines open a block or a point; without it, the rule tables do."""
    site = strip_site(to_lines(text))
    from generator.importer.amendement import refuse_amendement  # not at the top: it imports ImportResult

    refuse_amendement(site.lines)
    cleaned = strip_furniture(site.lines)
    second = second_motie(cleaned.lines)
    first_lines = cleaned.lines[:second] if second is not None else cleaned.lines
    letter = find_letter(first_lines)
    lines, start, reshaped = _reshaped(letter.motie_lines if letter else first_lines)
    if start is None and (kind := kind_of(lines)):
        raise UserError(kind.message(), kind.hint())
    if start is None:
        raise UserError(*not_a_motie(lines, "geen motie herkend: er staat geen kop als 'Constaterende dat',"
                                     " 'Overwegende dat' of 'Verzoekt het college' in de tekst"))
    body = parse_body(lines, start, starts_tail)
    if labeller:
        from generator.importer import labeller as crf  # loads its model only when asked

        learned_start, learned = crf.label_body(lines)
        if learned_start is not None and learned is not None:
            start, body = learned_start, learned
    truncated = False
    if not any(block.kind == "verzoeken" and block.texts() for block in body.blocks):
        if not breaks_off(lines, body):
            raise UserError(*not_a_motie(lines, "geen dictum gevonden: de motie heeft geen kop als"
                                         " 'Verzoekt het college:' of 'Spreekt uit dat:'"))
        body.blocks.append(Block("verzoeken", PLACEHOLDER_DICTUM, [[PLACEHOLDER_POINT]]))
        truncated = True
    refs = {ref for block in body.blocks for point in block.texts() for ref in candidate_refs(point)}
    tail = parse_tail(lines[body.end:], refs - set(body.footnotes))
    result = ImportResult({})
    assembler = _Assembler(result, parse_preamble(lines[:start], lines), body.blocks, tail, letter, body.labels)
    assembler.page, assembler.default_orgaan = site.lines, default_orgaan
    if second is not None:  # "Motie 2" on the same page: not merged into the first, kept as written
        assembler.leftover.extend(t.strip() for t in cleaned.lines[second:] if t.strip())
        result.find("tweede-motie", f"een tweede motie op de pagina ('{cleaned.lines[second].strip()[:60]}'): alleen de"
                    " eerste is gelezen; de tweede staat onder 'niet_geplaatst'", cleaned.lines[second], second)
    result.labels = [*assembler.pre.labels, *body.labels, *tail.labels]
    assembler.run(
        {**body.footnotes, **tail.footnotes}, refs, cleaned.letterheads)
    if truncated:
        result.open_fact("dictum", "afgebroken-tekst", "de tekst breekt af na de considerans: het dictum ontbreekt;"
                         f" '{PLACEHOLDER_DICTUM}' staat er tot u het invult (niets is verzonnen)")
    if reshaped:
        result.warnings.append(reshaped)
    if cleaned.removed:
        shown = counted(cleaned.removed)
        result.notes.append(f"paginakoppen en -voeten weggelaten: {shown}")
    note = furniture_note(site)
    if note:
        result.notes.append(note)
    if assembler.pre.formules:
        result.notes.append(formula_note(assembler.pre.formules))
    if tail.table_heading:
        result.notes.append(f"kop van de stemmingstabel weggelaten: '{tail.table_heading}' (het document drukt zijn eigen)")
    if letter:
        result.notes.append(f"afdoeningsbrief herkend: alleen de geciteerde motie en de aanleiding zijn overgenomen;"
                            f" de reactie van het college ({letter.dropped_lines} regels) niet")
    return result


_NUMBERED_MOTIE = re.compile(r"^\s*motie\s+(?:nr\.?\s*|nummer\s+)?(?P<n>\d{1,3})\s*[.:]?\s*$", re.IGNORECASE)


def second_motie(lines: list[str]) -> int | None:
    """Where a second motie on the same page begins: a second numbered heading ("Motie 1." … "Motie 2"), or a second
    formal opening ("…, bijeen op 7 juli 2016") after a dictum header, with the heading lines right above it."""
    numbered = [(i, m.group("n")) for i, t in enumerate(lines) if (m := _NUMBERED_MOTIE.match(t))]
    if len(numbered) >= 2 and numbered[1][1] != numbered[0][1]:
        return numbered[1][0]
    dictum = next((i for i, t in enumerate(lines) if (h := match_header(t)) and h.kind == "verzoeken"), None)
    if dictum is None:
        return None
    again = next((i for i in range(dictum + 1, len(lines)) if is_opening(lines[i]) and find_dates(lines[i])
                  and re.search(r"(?i)\bbijeen\b", lines[i])), None)
    if again is None:
        return None
    while again > dictum + 1 and lines[again - 1].strip() and re.match(r"(?i)\s*motie\b", lines[again - 1]):
        again -= 1
    return again


def _opening_then_header(lines: list[str]) -> list[str]:
    """ "De raad …, in vergadering bijeen op 5 maart 2024, constaterende dat:": the block header at the end of the
    opening line starts a line of its own."""
    out: list[str] = []
    for line in lines:
        cut = None
        if is_opening(line):
            cut = next((m.end() for m in re.finditer(r",\s+|\s(?=(?:spreekt|spreken|verzoekt|verzoeken|roept|roepen|draagt"
                                                      r"|dragen|constaterende|overwegende)\b)", line)
                        if match_header(line[m.end():]) and not _HEARD.match(line[m.end():])
                        and re.search(r"\bbijeen\b|\d{4}", line[:m.start()])), None)  # not "De Raad overwegende dat"
        out.extend([line[:cut].rstrip(), line[cut:]] if cut else [line])
    return out


_HEARD = re.compile(r"gehoord\s+de\s+(?:beraadslaging|discussie)|gelezen\b|gezien\s+(?:het|de)\s+\w*(?:voorstel|brief|nota)\b"
                    r"|kennis\s*genomen\s+(?:hebbende\s+)?van\s+(?:het|de)\s+\w*(?:voorstel|brief|nota)\b", re.IGNORECASE)
"""A reading clause that goes on with the opening sentence ("…, bijeen op 8 november 2016, gelezen het voorstel van
burgemeester en wethouders …;", "…, gehoord de beraadslaging,"): part of the opening, not a considerans block."""


def _reshaped(lines: list[str]) -> tuple[list[str], int | None, str | None]:
    """(the lines, the first header, the warning) once a motie that reads as one only when its lines are divided
    otherwise (one paragraph, headers behind bullets) is divided so."""
    lines = _opening_then_header(lines)
    start = find_start(lines)
    for reshape, warning in _RESHAPES:
        if start is not None:
            break
        other = reshape(lines)
        if other is not None and other != lines and find_start(other) is not None:
            return other, find_start(other), warning
    return lines, start, None


def body_lines(text: str) -> list[str]:
    """The lines a motie's roles are given to: without the page's furniture, the letter around a quoted motie,
    divided as the motie reads (what `parse_text` reads; the labeller is trained on these)."""
    cleaned = strip_furniture(strip_site(to_lines(text)).lines)
    letter = find_letter(cleaned.lines)
    return _reshaped(letter.motie_lines if letter else cleaned.lines)[0]


_INLINE_BREAK = re.compile(
    r"(?<=[.;:,])\s+(?=(?:de\s+raad\b|gehoord\b|constaterende\b|overwegende\b|van\s+(?:oordeel|mening)\b"
    r"|verzoekt\b|verzoeken\b|spreekt\b|spreken\b|draagt\b|dragen\b|roept\b|en\s+(?:gaat|gaan)\s+over\b)"
    r"|\d{1,2}\.\s+(?=[A-Z]))", re.IGNORECASE)


def _headers_in_bullets(lines: list[str]) -> list[str] | None:
    """A motie whose every clause is a bullet opening with its header ("• constaterende dat, …", "• Spreekt uit
    dat, …"): the bullets taken off those lines, when there are two or more and one is a dictum."""
    out, found, dictum = [], 0, False
    for line in lines:
        marker, rest = split_marker(line)
        header = match_header(rest) if marker is not None else None
        if header:
            out.append(rest)
            found += 1
            dictum = dictum or header.kind == "verzoeken"
        else:
            out.append(line)
    return out if found >= 2 and dictum else None


def _inline(lines: list[str]) -> list[str]:
    """A motie quoted in one paragraph ("MOTIE x. De Raad van … Spreekt uit: 1. …; 2. …"): its long lines
    broken before the opening, each header, each numbered point and the slot."""
    out: list[str] = []
    for line in lines:
        if len(line) > 200 and len(_INLINE_BREAK.findall(line)) >= 2:
            parts = [part.strip() for part in _INLINE_BREAK.split(line) if part.strip()]
            # the sentence's full stop after the title ("MOTIE x. De Raad …") is no part of the title
            out.extend(re.sub(r"(?<=\w)\.$", "", part) if TITLE_LINE.match(part) else part for part in parts)
        else:
            out.append(line)
    return out


_RESHAPES: tuple[tuple[Callable[[list[str]], list[str] | None], str], ...] = (
    (_inline, "de motie stond in één alinea (zoals in een citaat op een website); ingedeeld bij de koppen en de"
              " genummerde punten: controleer de indeling"),
    (_headers_in_bullets, "elke kop stond achter een opsommingsteken ('• constaterende dat, …'); de koppen zijn als"
                          " koppen gelezen, elk met de tekst erachter als punt: controleer de indeling"),
)


class _Assembler:
    """Puts the parsed pieces into the fields of the data contract, in its order."""

    def __init__(self, result: ImportResult, pre: Preamble, blocks: list[Block], tail: Tail, letter: Letter | None,
                 body_labels: list[Labelled] | None = None):
        body_labels = body_labels or []
        self.result, self.pre, self.blocks, self.tail, self.letter = result, pre, blocks, tail, letter
        self.data = result.data
        self.leftover: list[str] = [*pre.leftover]
        self.page: list[str] = []
        """Every line of the text, for the orgaan a page names outside its opening."""
        self.orgaan_notes: list[str] = []
        self.beraadslaging = next((lab.text.rstrip(" ,;:") for lab in body_labels if lab.rule == "gehoord"), None)
        """ "Gehoord de beraadslaging," on a line of its own between the opening's blocks."""
        self.default_orgaan: str | None = None
        result.findings.extend(pre.findings + tail.findings)
        result.warnings.extend(str(f) for f in pre.findings + tail.findings)

    def run(self, footnotes: dict[str, str], refs: set[str], letterheads: list[str]) -> None:
        footnotes = self._adopt_unlabelled(footnotes, refs)
        self.data["soort"] = "motie"
        self._gemeente(letterheads)
        self._title_and_date()
        self._numbers()
        self._blocks(set(footnotes), refs)
        self._slot()
        self._people()
        if footnotes:
            self.data["voetnoten"] = dict(sorted(footnotes.items(), key=lambda kv: int(kv[0])))
        self._status()
        if self.tail.toelichting:
            self.data["toelichting"] = self.tail.toelichting
            if self.tail.toelichting_onder and "indieners" in self.data:
                self.data["toelichting_onder"] = True
        self.leftover.extend(self.tail.leftover)
        if self.leftover:
            self._not_placed()
        self._formulier()

    def _formulier(self) -> None:
        """The source's form lines, after the fields they show: a line whose field stayed empty goes."""
        rows = []
        for label, veld, tekst in self.pre.formulier:
            if veld and (not self.data.get(veld) or isinstance(self.data.get(veld), Missing)):
                continue
            rows.append({**({"label": label} if label else {}), **({"veld": veld} if veld else {"tekst": tekst})})
        if any("label" in row for row in rows):
            at = list(self.data).index("vergadering") + 1 if "vergadering" in self.data else len(self.data)
            items = list(self.data.items())
            self.data.clear()
            self.data.update([*items[:at], ("formulier", rows), *items[at:]])

    def _gemeente(self, letterheads: list[str]) -> None:
        """The orgaan from the opening, else from the letter, the letterhead, the rest of the page or the
        place above the signatures; each fallback is a finding."""
        context = " ".join([*self.pre.openings, self.pre.orgaan or ""])
        kamer = self.pre.gemeente_id in ("tweede-kamer", "eerste-kamer")
        found = orgaan.Found(self.pre.gemeente_id, self.pre.gemeente_id) if kamer else None  # type: ignore[arg-type]
        found = found or orgaan.resolve(self.pre.gemeente_naam, context)
        fallbacks: list[tuple[str, str | None]] = [
            ("briefhoofd", self.letter.gemeente_naam if self.letter else None),
            ("briefhoofd", letterheads[0] if letterheads else None)]
        for rule, name in fallbacks:
            if found is None and name:
                found = orgaan.resolve(name, context)
                self._orgaan_finding(rule, f"orgaan uit het briefhoofd '{name}'", name)
        if found is None and (page := orgaan.from_page(self.page)):
            found = page[0]
            self._orgaan_finding("orgaan-op-pagina", f"orgaan uit de pagina ('{page[1][:70]}'): de aanhef noemt het"
                                 " niet", page[1])
        if found is None and (adjective := orgaan.from_adjective(self.page, orgaan.kind_of(context or " ".join(self.page[:30])))):
            found = adjective[0]
            self._orgaan_finding("orgaan-uit-bijvoeglijk", f"orgaan {found.orgaan_id}: de aanhef noemt Provinciale Staten"
                                 f" zonder naam, de tekst alleen deze provincie ('{adjective[1][:70]}')", adjective[1])
        if found is None and self.tail.plaats:
            found = orgaan.resolve(self.tail.plaats, context)
            self._orgaan_finding("plaats-datum", f"orgaan uit de plaatsnaam bij de ondertekening ('{self.tail.plaats}')",
                                 self.tail.plaats)
        if found is None and self.default_orgaan:
            found = project_orgaan(self.result, self.default_orgaan)
        if found is None:
            self.data["orgaan"] = Missing("schrijf de id van het orgaan uit het register, bijvoorbeeld zwolle")
            self.result.warnings.append("orgaan niet gevonden; vul 'orgaan:' in")
            return
        self.result.orgaan = (found.orgaan_id, found.soort)
        self.data["orgaan"] = found.orgaan_id
        notes = list(self.orgaan_notes)
        if not found.in_register:
            notes.append(f"'{found.orgaan_id}' staat niet in het register van organen")
        if notes:
            notes.append("controleer de id (raadsstukken init --orgaan NAAM toont de ids)")
            self.result.comments["orgaan"] = "; ".join(notes)

    def _orgaan_finding(self, rule: str, message: str, text: str) -> None:
        self.orgaan_notes.append(message.removeprefix("orgaan "))
        finding = Finding(rule, -1, text, message)
        self.result.findings.append(finding)
        self.result.warnings.append(str(finding))

    def _title_and_date(self) -> None:
        titel = self.pre.titel or (self.letter.titel if self.letter else None)
        if titel:
            self.data["titel"] = titel
        else:
            self.data["titel"] = PLACEHOLDER_TITLE
            self.result.open_fact("titel", "titel", f"titel niet gevonden; '{PLACEHOLDER_TITLE}' staat er tot u hem"
                                  " invult")
        datum = self.pre.vergadering or (self.letter.vergadering if self.letter else None)
        if datum is None and self.tail.datum:
            datum = self.tail.datum
            self.result.warnings.append("vergaderdatum genomen uit de regel met plaats en datum boven de ondertekening;"
                                        " controleer")
        elif datum and self.tail.datum and self.tail.datum != datum:
            self.leftover.append(f"datum bij de ondertekening: {self.tail.datum.isoformat()}")
        if datum is None and self.tail.status_datum:
            datum = self.tail.status_datum
            self.result.warnings.append("vergaderdatum afgeleid uit de datum van de stemming; controleer")
        if datum:
            self.data["vergadering"] = datum
        else:
            self.data["vergadering"] = Missing("vul de datum van de vergadering in als JJJJ-MM-DD")
            self.result.warnings.append("vergaderdatum niet gevonden; vul 'vergadering:' in")

    def _numbers(self) -> None:
        letter = self.letter
        self._put("nummer", self.pre.nummer)
        self._put("ris", self.pre.ris or (letter.ris if letter else None))
        self._put("agendapunt", self.pre.agendapunt)
        titel = self.pre.voorstel_titel or (letter.voorstel_titel if letter else None)
        ris = self.pre.voorstel_ris or (letter.voorstel_ris if letter else None)
        if titel:
            inleiding = self.pre.voorstel_inleiding
            self.data["voorstel"] = {"titel": titel, **({"ris": ris} if ris else {}),
                                     **({"inleiding": inleiding} if inleiding else {})}
        elif ris:
            self.leftover.append(f"voorstel {ris}")
        if self.pre.vreemd:
            self.data["vreemd_aan_de_orde"] = True
        if self.pre.concept:
            self.data["concept"] = True
        if self.pre.titel_na_aanhef:
            self.data["titel_na_aanhef"] = True
        self._put("aanhef", self.pre.orgaan)
        self._put("beraadslaging", self.pre.beraadslaging or self.beraadslaging)

    def _blocks(self, labels: set[str], refs: set[str]) -> None:
        grouped: dict[str, list[dict[str, Any]]] = {stage: [] for stage in _STAGES}
        stage = 0
        order: list[str] = []
        merged = _merge(self.blocks)
        for block in merged:
            if block.repeats:
                times = f" ({block.repeats}×)" if block.repeats > 1 else ""  # the repeats left out, each counted
                self.result.notes.append(f"de kop '{block.kop}'{times} stond nog eens boven punten van hetzelfde blok;"
                                         " hij staat er één keer boven")
        for block in merged:
            wanted = _STAGES.index(block.kind)
            if wanted < stage:
                self.result.warnings.append(f"het blok '{block.kop}' staat in de bron na een later soort blok; het"
                                            f" staat onder '{block.kind}' en 'volgorde:' houdt de volgorde van de bron")
            stage = max(stage, wanted)
            points = [mark_refs(p, labels) for p in block.texts()]
            for index, point in enumerate(points):
                points[index], dropped = drop_marks(point, labels)
                if dropped:
                    self.result.warnings.append(f"voetnoottekens zonder voetnoottekst weggelaten: {counted(dropped)}")
                    refs -= {mark.strip("[]") for mark in dropped}
            if points:
                grouped[block.kind].append({"kop": block.kop, "punten": points})
                if block.kind != "verzoeken":
                    order.append(block.kind)
            else:
                self.leftover.append(block.kop)
                self.result.warnings.append(f"de kop '{block.kop}' heeft geen punten")
        for key, found in grouped.items():
            if found:
                self.data[key] = found[0] if len(found) == 1 else found
            if key == "overwegingen" and order != sorted(order):  # the model prints constateringen first
                self.data["volgorde"] = order
        for label in sorted(refs - labels):
            self.result.warnings.append(f"mogelijk voetnootteken '{label}' zonder voetnoottekst; controleer de punten")

    def _slot(self) -> None:
        slot = self.tail.slot or self._glued_slot()
        # kept when it reads otherwise than the standard or than the orgaan's own ("gaan" for Staten), and
        # when the orgaan is unknown (its own slot may read otherwise)
        orgaan = register.get(self.result.orgaan[0]) if self.result.orgaan else None
        printed = orgaan.slot.rstrip(".").lower() if orgaan else None
        if slot and not slot.rstrip(".").lower() == DEFAULT_SLOT == printed:
            self.data["slot"] = slot[:1].upper() + slot[1:] + ("" if slot.endswith(".") else ".")
        if not slot and not self.letter:
            self.result.warnings.append("de slotzin 'En gaat over tot de orde van de dag' ontbreekt; de"
                                        " standaard geldt")

    def _glued_slot(self) -> str | None:
        """ "… betreurt en gaan over tot de orde van de dag.": the slot glued to the last point, split off."""
        value = self.data.get("verzoeken")
        blocks = value if isinstance(value, list) else [value] if value else []
        if not blocks or not blocks[-1]["punten"]:
            return None
        last = blocks[-1]["punten"][-1]
        match = _GLUED_SLOT.search(last)
        if not match or not match.start():
            return None
        blocks[-1]["punten"][-1] = last[:match.start()].rstrip(" ,;")
        self.result.warnings.append(f"slotzin '{match.group('slot')}' stond aan het eind van het laatste punt; hij"
                                    " staat nu als slotzin")
        return match.group("slot")

    def _people(self) -> None:
        self._unconfirmed()
        signatures = _named_fracties_apart(self.pre.indieners, [*self.tail.indieners,
                                                                *(self.letter.indieners if self.letter else [])])
        listed = [*_heading_only(self.pre.indieners, signatures), *signatures]
        people = _signed_by_surname(listed)
        if len(people) < len(listed):
            twice = [f"{p.naam} ({p.fractie})" if p.fractie else p.naam for p in listed if p not in people]
            self.leftover.append(", ".join(twice))  # the page's fuller list stays visible, the motie signs once
            self.result.find("indiener-voluit-en-achternaam", "indieners voluit op de pagina en als achternaam onder de"
                             " motie: één keer opgenomen, zoals de motie tekent; de volle namen onder 'niet_geplaatst'")
        unique: dict[str, Person] = {}
        prefixes: list[str] = []
        for person in people:
            fractie = _FRACTIE_PREFIX.sub("", person.fractie) if person.fractie else None
            if fractie and fractie[:1].islower():  # "Fractie van der Starre": a fractie named after its member
                fractie = person.fractie
            if person.fractie and fractie and fractie != person.fractie:
                prefixes.append(person.fractie[:len(person.fractie) - len(fractie)].strip())
            person = Person(person.naam, fractie or person.fractie)
            key = person.naam.lower() if person.naam != PLACEHOLDER_NAME else f"{person.naam}|{person.fractie}"
            known = unique.get(key)
            if known is None or (person.fractie and not known.fractie):
                unique[key] = person if known is None else Person(known.naam, person.fractie)
        for prefix, times in Counter(prefixes).items():
            self.result.notes.append(f"'{prefix}'{f' ({times}×)' if times > 1 else ''} voor de naam van de fractie"
                                     " weggelaten: het document heeft een kolom Fractie")
        if not unique and (named := _TITLE_NAMES.match(self._titel())):
            unique[named.group("n").lower()] = Person(named.group("n"))
            finding = Finding("indiener-uit-titel", -1, named.group("n"), f"indiener '{named.group('n')}' uit de titel"
                              " gelezen: de motie heeft geen ondertekening; controleer")
            self.result.findings.append(finding)
            self.result.warnings.append(str(finding))
        if unique:
            self.data["indieners"] = [p.as_dict() for p in unique.values()]
            if any(p.naam == PLACEHOLDER_NAME for p in unique.values()):
                self.result.open_facts.append("de namen van de indieners")
                self.data["concept"] = True
            signed = [p for p in people if p.fractie]
            if signed and all(p.fractie_eerst for p in signed):
                self.data["fractie_voor_naam"] = True
            for line, remark in [*self.pre.remarks, *self.tail.remarks]:  # kept beside the name, as the source prints it
                for person in self.data["indieners"]:
                    if person["naam"] in line and "opmerking" not in person:
                        person["opmerking"] = remark
                        break
            if self.tail.plaats and self.tail.datum and self.tail.datum == self.data.get("vergadering"):
                self.data["plaats"] = self.tail.plaats  # "Amsterdam, 8 maart 2023" above the signatures

    def _titel(self) -> str:
        found = self.data.get("titel")
        return found if isinstance(found, str) else ""

    def _unconfirmed(self) -> None:
        """A lone word under the motie ("Campagne", a page's label) signs only when the heading or the title
        names it."""
        heading = [p.naam.lower() for p in self.pre.indieners]
        found = self.data.get("titel")
        titel = found if isinstance(found, str) else ""
        for person, at in reversed(self.tail.unconfirmed):
            name = person.naam.lower()
            if any(h == name or h.endswith(" " + name) for h in heading):
                continue
            # a Kamer page's title "Motie Ouwehand over …" (the "Motie" already off) names its indiener
            if re.match(rf"(?i){re.escape(person.naam)}(?:\s+c\.s\.)?\s+(?:over|inzake|betreffende)\b", titel):
                continue
            self.tail.indieners.remove(person)
            self.tail.leftover.insert(at, person.naam)
            self.result.warnings.append(f"'{person.naam}' niet als indiener gelezen: een los woord onder de motie,"
                                        " zonder kop 'Ingediend door' en niet genoemd in de kop van de motie")

    def _status(self) -> None:
        letter = self.letter
        status = self.tail.status or self.pre.status or (letter.status if letter else None)
        if self.pre.status == "ingetrokken" and self.tail.status == "overgenomen":  # withdrawn once the college took it
            status = "ingetrokken"
            self.result.find("ingetrokken-na-toezegging", "de pagina zegt 'ingetrokken' boven de motie en 'Overgenomen'"
                             " in het statusveld: ingetrokken genomen")
        if status == "ingediend":
            self.result.notes.append("status 'Ingediend' van de webpagina weggelaten: dat is geen uitslag")
            status = None
        told = status_in_prose([*self.leftover, *self.tail.leftover]) if status is None else None
        if told:  # "deze motie is unaniem aangenomen" in the page's prose; the sentence stays under niet_geplaatst
            status = told[0]
            self.result.find("status-in-tekst", f"status '{status}'{' (' + told[1] + ')' if told[1] else ''} uit de tekst"
                             f" van de pagina: '{told[2][:80]}'; controleer", told[2])
        datum = self.tail.status_datum or self.pre.status_datum
        if datum is None and letter and letter.status and status == letter.status:
            datum = letter.vergadering
        self._put("status", status)
        self._put("status_datum", datum if status else None)
        stemming = stemming_of(self.tail) or ({"uitslag": told[1]} if told and told[1] else None)
        if stemming:
            self.data["stemming"] = stemming

    def _adopt_unlabelled(self, footnotes: dict[str, str], refs: set[str]) -> dict[str, str]:
        """One footnote mark and unplaced text at the end without a label: that text is the footnote."""
        open_refs = refs - set(footnotes)
        if len(open_refs) != 1 or footnotes or not self.tail.leftover:
            return footnotes
        label = open_refs.pop()
        text, garbage = clean_text(" ".join(self.tail.leftover))
        self.tail.leftover = []
        if garbage:
            self.leftover.append(f"onleesbaar in voetnoot {label}: {' '.join(garbage)}")
        self.result.warnings.append(f"voetnoot {label}: tekst zonder nummer onderaan gevonden en als voetnoot"
                                    " overgenomen; controleer hem tegen het origineel")
        return {**footnotes, label: text}

    def _not_placed(self) -> None:
        self.data["niet_geplaatst"] = self.leftover
        self.result.comments["niet_geplaatst"] = ("Tekst die de import niet kon plaatsen: zet hem in het juiste veld of"
                                                  " verwijder hem.\n`raadsstukken check` waarschuwt zolang dit veld"
                                                  " bestaat.")
        for text in self.leftover:
            self.result.warnings.append(f"niet geplaatst: '{text[:70]}'")

    def _put(self, key: str, value: Any) -> None:
        if value:
            self.data[key] = value


def _named_fracties_apart(heading: list[Person], signatures: list[Person]) -> list[Person]:
    """ "Eerdmans, Wilders" under "MOTIE VAN DE LEDEN EERDMANS EN WILDERS": the word after the comma is the heading's
    second member, not Eerdmans's fractie; two indieners."""
    members = {p.naam.lower() for p in heading}
    out: list[Person] = []
    for person in signatures:
        if person.fractie and person.fractie.lower() in members and person.naam.lower() in members:
            out.extend([Person(person.naam), Person(person.fractie)])
        else:
            out.append(person)
    return out


def _signed_by_surname(people: list[Person]) -> list[Person]:
    """A Kamer motie signed by surnames ("Wassenberg", "Van Bochove") on a page whose metadata lists the same members in
    full ("Indiener(s): Frank Wassenberg (PvdD)"): one person each, as the motie signs."""
    surnames = [p.naam.lower() for p in people if p.naam != PLACEHOLDER_NAME and _surname_only(p.naam)]
    return [p for p in people if not any(p.naam.lower().endswith(" " + s) and p.naam.lower() != s for s in surnames)]


def _surname_only(naam: str) -> bool:
    words = naam.split()
    return len(words) == 1 or (len(words) <= 3 and words[0].lower() in ("van", "de", "ter", "ten", "den", "der"))


def _heading_only(heading: list[Person], signatures: list[Person]) -> list[Person]:
    """The heading's indieners that do not sign below: "MOTIE VAN HET LID DE GRAAFF" names the
    signature "M.J.R.L. de Graaff", kept in its place and fuller form (the heading's fractie given to it)."""
    kept = []
    for person in heading:
        surname = " " + person.naam.lower()
        index = next((i for i, s in enumerate(signatures) if s.naam.lower().endswith(surname)), None)
        if index is None or any(s.naam.lower() == person.naam.lower() for s in signatures):
            kept.append(person)
        elif person.fractie and not signatures[index].fractie:
            signatures[index] = Person(signatures[index].naam, person.fractie, signatures[index].fractie_eerst)
    return kept


def _merge(blocks: list[Block]) -> list[Block]:
    """Consecutive blocks under the same header ("constaterende dat" … "constaterende dat") become one."""
    merged: list[Block] = []
    for block in blocks:
        same = merged and merged[-1].kop.lower() == block.kop.lower() and merged[-1].kind == block.kind
        if same and not (block.own_paragraph and merged[-1].own_paragraph):
            merged[-1].points.extend(block.points)
            merged[-1].repeats += 1
        else:
            merged.append(block)
    return merged


_TITLE_NAMES = re.compile(r"^(?P<n>(?:(?:Van|De|Den|Ter|Van\s+der|Van\s+den)\s+)?[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)"
                          r"(?:\s+c\.s\.)?\s+(?:over|inzake|betreffende)\s")
"""A Kamer page's title "Motie Van Raan over …" (its "Motie" already off) names its indiener."""
PLACEHOLDER_TITLE = "[titel]"
PLACEHOLDER_DICTUM = "[dictum]"
PLACEHOLDER_POINT = "[de tekst breekt hier af]"


def breaks_off(lines: list[str], body: Body) -> bool:
    """A motie copied only in part: an opening and a considerans with points, and the text ends inside the
    considerans (no dictum, no slot, no signature after it). What is there is read; the dictum is a marked gap."""
    found = found_parts(lines)
    considerans = [block for block in body.blocks if block.kind != "verzoeken" and block.texts()]
    after = [line for line in lines[body.end:] if line.strip()]
    return bool(considerans) and "opening" in found and not after and not found & {"slot", "dictum"}
"""A title the text does not state: `check` reports the placeholder at its line; the document builds as a concept."""


def project_orgaan(result: ImportResult, orgaan_id: str) -> orgaan.Found:
    """The project's own orgaan for a text that names none: marked, and the document a concept."""
    found = orgaan.resolve(orgaan_id, "") or orgaan.Found(orgaan_id, "gemeente", in_register=False)
    found = orgaan.Found(orgaan_id, found.soort, found.in_register)
    result.open_fact("orgaan", "orgaan-van-project", f"de tekst noemt zijn orgaan niet; het orgaan van dit project"
                     f" ('{orgaan_id}') is genomen: controleer")
    result.comments["orgaan" if result.data.get("soort") == "motie" else "gemeente"] = (
        "niet in de tekst: het orgaan van dit project; controleer")
    return found


def formula_note(formules: list[str]) -> str:
    return f"vaste formules van de bron weggelaten (het document schrijft ze zelf): {counted(formules)}"


def stemming_of(tail: Tail) -> dict[str, Any]:
    """The vote as read: the lists or the table's rows (voor and tegen then follow from the rows),
    the votes per side a list gives, and the tally as written."""
    stemming: dict[str, Any] = {}
    for side in ("voor", "tegen"):
        listed = getattr(tail, side)
        if listed and listed != [f["fractie"] for f in tail.fracties if f["stem"] == side]:
            stemming[side] = listed
    if tail.fracties:
        stemming["fracties"] = tail.fracties
    for side in ("voor", "tegen"):
        if side in tail.aantallen:
            stemming[f"aantal_{side}"] = str(tail.aantallen[side])
    if tail.uitslag:
        stemming["uitslag"] = tail.uitslag
    return stemming
