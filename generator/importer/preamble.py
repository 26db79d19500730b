"""What stands before the first header: title, number, agenda item, voorstel, the opening sentence
("De raad van de gemeente Zwolle in vergadering bijeen op maandag 8 juli 2019") and its date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from generator.importer.dates import date_pattern, find_dates
from generator.importer.fields import (
    AGENDA,
    CODE,
    DATE_LABEL,
    NUMBER_LABEL,
    NUMBER_PREFIX,
    REG_LABEL,
    RIS,
    TITLE_LABEL,
    TITLE_LINE,
    VOORSTEL,
    VREEMD,
    columns,
    merge_labels,
    ris_number,
)
from generator.importer.opening import Opening, read_opening
from generator.importer.people import PLACEHOLDER_NAME, Person, is_name, names_from_capitals, parse_name_list
from generator.importer.preamble_rules import (
    CHAMBER,
    LETTER_HEAD,
    M_NUMBER,
    OWN_FIELD,
    PREAMBLE,
    STATUS_HEAD,
    TK_DOSSIER,
    TK_LEDEN,
    TK_NR,
    fracties_only,
    label_preamble,
    lone_date,
    page_state,
    signature_of,
)
from generator.importer.roles import Finding, Labelled, Line, Role, decide
from generator.importer.tail import INDIENERS, status_line
from generator.importer.tail_rules import said_more
from generator.importer.textclean import join_lines, squeeze


@dataclass
class Preamble:
    titel: str | None = None
    nummer: str | None = None
    ris: str | None = None
    agendapunt: str | None = None
    voorstel_titel: str | None = None
    voorstel_ris: str | None = None
    voorstel_inleiding: str | None = None
    concept: bool = False
    titel_na_aanhef: bool = False
    beraadslaging: str | None = None
    openings: list[str] = field(default_factory=list)
    """Every opening sentence read ("Provinciale Staten van X in vergadering bijeen …", "De Staten, …")."""
    vreemd: bool = False
    orgaan: str | None = None
    gemeente_naam: str | None = None
    gemeente_id: str | None = None
    vergadering: dt.date | None = None
    status: str | None = None
    status_datum: dt.date | None = None
    indieners: list[Person] = field(default_factory=list)
    leftover: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    labels: list[Labelled] = field(default_factory=list)
    remarks: list[tuple[str, str]] = field(default_factory=list)
    """(name, remark) of an indiener in the heading: the function the source prints beside it."""
    formules: list[str] = field(default_factory=list)
    """Forms of address the built document writes itself ("Aan de gemeenteraad"), named in a note."""
    formulier: list[tuple[str, str, str]] = field(default_factory=list)
    """The form's lines in the source's order: (label as written, field it filled or "", its own text
    when it filled none: "Jaar 2023")."""


class _Reader:
    """One pass over the labelled lines: each rule's reader takes the facts out of its line."""

    def __init__(self, lines: list[str], page: list[str]) -> None:
        fields = [part for line in lines if line != "\f" for part in columns(line)]
        self.lines = merge_labels([squeeze(part) for part in fields if part.strip()])
        self.state = page_state(self.lines, page)
        self.result = Preamble()
        if self.state.kamer:
            chamber = next((CHAMBER.match(t) for t in page if CHAMBER.match(t)), None)
            self.result.gemeente_id = f"{chamber.group(1).lower()}-kamer" if chamber else None
        self.title_guessed = False
        self.kamer_heading = False
        self.page_heading = False
        self.heading_title = False
        """The title is a web page's heading (kop-boven-paginadatum): the motie's own title line wins over it."""
        self.at, self.rule = 0, ""
        self.dated: list[tuple[dt.date, str]] = []
        self.lone: list[str] = []
        """Dates standing alone on a line (a web page's date): the meeting's only when nothing else says."""
        self.form: list[tuple[str, str | dt.date, str]] = []
        """(label, field) as the lines are read; a dated line's field is its date until the end decides."""
        self.opening_read = False
        self.opening_at = 0
        self.last_opening: str | None = None
        """Where the opening stood among the form's lines."""
        self.opening_day: tuple[int, int] | None = None
        """Day and month of an opening that names no year."""

    def run(self) -> Preamble:
        labelled = label_preamble(self.lines, self.state)
        self.result.labels = labelled
        for position, item in enumerate(labelled):
            if item.role is Role.CONTINUATION:
                continue
            unit = [item.text]
            for after in labelled[position + 1:]:
                if after.role is not Role.CONTINUATION:
                    break
                unit.append(after.text)
            self.at, self.rule = item.index, item.rule
            self._read(item.rule, unit)
        self._meeting_date()
        self._status_in_title()
        self._form()
        self._displaced_titles_whole(labelled)
        return self.result

    def _displaced_titles_whole(self, labelled: list[Labelled]) -> None:
        """A title line that lost to another title stays visible as written ("Motie van het lid X over Y"), not as
        the title it would have given ("Y"): no word of it is dropped."""
        titles = [item.text.strip() for item in labelled if item.role is Role.TITLE]
        for position, left in enumerate(self.result.leftover):
            tail = " ".join(left.split()).lower()
            whole = next((t for t in titles if t != left and tail and " ".join(t.split()).lower().endswith(tail)
                          and t not in self.result.leftover), None)
            if whole:
                self.result.leftover[position] = whole

    def _status_in_title(self) -> None:
        """ "Motie Fietsen (aangenomen)": the outcome a web page puts behind the title is the status."""
        match = _TITLE_STATUS.search(self.result.titel or "")
        if not match or (self.result.status and self.result.status != match.group(1).lower()):
            return
        self.result.status = match.group(1).lower()
        self.result.titel = (self.result.titel or "")[:match.start()].rstrip()
        self.result.findings.append(Finding("status-in-titel", -1, match.group(), f"status '{self.result.status}' uit"
                                            f" de titel gelezen ('{match.group().strip()}')"))

    def _read(self, rule: str, unit: list[str]) -> None:
        reader = getattr(self, "_" + rule.replace("-", "_"))
        reader(unit)

    def _again(self, text: str) -> None:
        """A part of a line that is a line of its own ("Motie bij agendapunt 2.a …" → "agendapunt 2.a …")."""
        line = Line(text, self.at, state=self.state)
        rule = decide(PREAMBLE, line)
        assert rule is not None
        self.rule = rule.name
        self._read(rule.name, [text])

    def _find(self, message: str, rule: str | None = None) -> None:
        text = self.lines[self.at] if 0 <= self.at < len(self.lines) else ""
        self.result.findings.append(Finding(rule or self.rule, self.at, text, message))

    # -- the meeting's date, once every line is read --
    def _meeting_date(self) -> None:
        result = self.result
        if result.vergadering is None and self.opening_day:
            self._year_from_page()
        if result.vergadering is None and self.dated:
            result.vergadering = self.dated[0][0]
        for date, text in self.dated:
            if date != result.vergadering:
                result.leftover.append(text)
            elif re.search(r"[^\W\d]", date_pattern().sub("", text)):
                self._find(f"vergaderdatum gelezen uit '{text}'", "korte-datumregel")
        kamer = result.gemeente_id in ("tweede-kamer", "eerste-kamer")
        if result.vergadering is None and not self.dated and not self.opening_day and len(self.lone) == 1 and (
                kamer or result.openings):  # an opening without its date ("in vergadering bijeen,"): the page's date
            result.vergadering = find_dates(self.lone[0])[0][1]
            self._find(f"de motie noemt geen vergaderdatum; de datum '{self.lone[0]}' op de pagina is genomen;"
                       " controleer", "losse-datum")
            return
        for text in self.lone:
            result.leftover.append(text)
            self._find(f"losse datum '{text}' niet als vergaderdatum genomen; controleer", "losse-datum")

    def _year_from_page(self) -> None:
        """An opening dated without a year ("bijeen op 5 juli"), with the full date standing on its own
        above it (the page's date): that date, said in a finding."""
        day, month = self.opening_day  # type: ignore[misc]
        for text in [*self.lone, *self.result.leftover]:
            dates = find_dates(text)
            if len(dates) == 1 and (dates[0][1].day, dates[0][1].month) == (day, month):
                self.result.vergadering = dates[0][1]
                (self.lone if text in self.lone else self.result.leftover).remove(text)
                self._find(f"de aanhef noemt geen jaar; het jaar komt uit de datum '{text}' op de pagina; controleer",
                           "opening")
                return

    def _note(self, label: str, veld: str | dt.date, tekst: str = "") -> None:
        """Remember a form line: its label as written (colon and spacing off), and the field it filled."""
        label = re.sub(r"\s+", " ", label).strip(" :;,–—-")
        if len(label.split()) <= 4:
            self.form.append((label, veld, tekst))

    def _form(self) -> None:
        """The form's lines, kept when the source labels at least one; a dated line counts only when its
        date became the meeting's or the vote's."""
        rows: list[tuple[str, str, str]] = []
        for label, veld, tekst in self.form:
            if isinstance(veld, dt.date):
                if not label:
                    continue
                if veld == self.result.vergadering:
                    veld = "vergadering"
                elif veld == self.result.status_datum:
                    veld = "status_datum"
                else:
                    continue
            if (label, veld, tekst) not in rows:
                rows.append((label, veld, tekst))
        if any(label for label, _, _ in rows):
            self.result.formulier = rows
        else:  # no form after all: a line that filled no field is unplaced text
            self.result.leftover.extend(tekst for _, veld, tekst in rows if not veld and tekst)

    # -- one reader per rule of PREAMBLE --
    def _kamer_kop(self, unit: list[str]) -> None:
        pass  # furniture; the chamber it names made the page a Kamerstuk (page_state)

    def _aanbieding(self, unit: list[str]) -> None:
        self.result.formules.append(unit[0])

    def _kop_boven_paginadatum(self, unit: list[str]) -> None:
        """A web copy without "Motie …": its first line, right above the page date, is the title."""
        title = join_lines(unit)
        self.result.titel, self.heading_title = title, True
        self._find(f"titel genomen uit de eerste regel ('{title}'); controleer")

    def _opening(self, unit: list[str]) -> None:
        sentence = join_lines(unit)
        opening = read_opening(sentence)
        if not (opening.vergadering or re.search(r"[,:]$|\bbijeen\b|\bgehoord\b", sentence, re.IGNORECASE)):
            # A heading naming the body ("Provinciale Staten van Noord-Brabant"), not the opening sentence.
            self.result.gemeente_naam = self.result.gemeente_naam or opening.gemeente_naam
            self.result.gemeente_id = self.result.gemeente_id or opening.gemeente_id
            self.result.openings.append(sentence)
            if not (opening.gemeente_naam or opening.gemeente_id):  # "Gemeenteraad": the document heads itself so
                self.result.formules.append(sentence)
            return
        if opening.voorstel:
            self._set_voorstel(opening.voorstel)
            self.result.voorstel_inleiding = opening.verb
            self.result.vreemd = self.result.vreemd or bool(VREEMD.search(opening.voorstel))
            if opening.verb:
                self._find(f"'{opening.verb} {opening.voorstel}' gelezen als het voorstel ter bespreking")
        result = self.result
        self.opening_read = True
        if not opening.vergadering:
            self.opening_day = _day_without_year(sentence)
        result.vergadering = opening.vergadering or result.vergadering
        two_days = re.search(r"\b\d{1,2}\s+(?:en|&)\s+\d{1,2}\s+[a-z]+\s+\d{4}", sentence)
        if two_days and opening.vergadering:
            self._find(f"twee vergaderdagen ('{two_days.group()}'); de eerste is genomen")
        result.beraadslaging = opening.beraadslaging
        result.gemeente_naam = opening.gemeente_naam or result.gemeente_naam
        result.gemeente_id = result.gemeente_id or opening.gemeente_id
        if self.last_opening and opening.orgaan:  # an earlier opening line above the formal one: a form line
            self.form.insert(self.opening_at, ("", "", self.last_opening))
            if result.orgaan == self.last_opening:
                result.orgaan = None
        self.opening_at, self.last_opening = len(self.form), sentence
        result.openings.append(sentence)
        result.orgaan = opening.orgaan or result.orgaan
        if not opening.orgaan:
            self._name_unprinted(sentence, opening)

    def _name_unprinted(self, sentence: str, opening: Opening) -> None:
        """Words of the opening that the built aanhef does not print again are named, never dropped."""
        printed = (_AANHEF | _words(opening.gemeente_naam or "") | _words(opening.voorstel or "")
                   | _words(opening.verb or "") | _words(opening.beraadslaging or ""))
        for match, _date in find_dates(sentence):
            printed |= _words(match.group())
        extra = [w for w in re.findall(r"[^\W_]+", sentence) if w.lower() not in printed]
        if extra and not opening.voorstel:  # "…, behandelend agendapunt 8 Begroting 2024,": printed as written
            self.result.orgaan = sentence
            self._find(f"aanhef '{sentence}' overgenomen zoals hij er staat: de standaardaanhef heeft geen plaats voor"
                       f" '{' '.join(extra)}'")
        elif extra:
            self._find(f"aanhef '{sentence}' gelezen als gemeente en datum; niet in het document: '{' '.join(extra)}'")

    def _ek_letter_kop(self, unit: list[str]) -> None:
        """An Eerste Kamer heading numbered by a letter: "L MOTIE VAN HET LID SCHALK C.S."."""
        match = LETTER_HEAD.match(unit[0])
        assert match is not None
        self._set_once("nummer", match.group("n"), unit[0])
        self._kamer_leden_kop([match.group("rest")])

    def _kamer_leden_kop(self, unit: list[str]) -> None:
        text = unit[0]
        first_capitals = text.isupper() and not self.kamer_heading
        self.kamer_heading = self.kamer_heading or text.isupper()
        match = TK_LEDEN.match(text)
        assert match is not None
        raw_names = match.group("n").strip()
        # "SIMONS C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 11": the names end at "c.s."
        names = re.split(r"\s+c\.s\.?(?=\s|$)", raw_names, maxsplit=1, flags=re.IGNORECASE)[0]
        if names.isupper():
            names = names_from_capitals(names)
        self.result.indieners.extend(parse_name_list(names) or [Person(names)])
        if match.group("t"):
            self.result.titel = self.result.titel or _capitalise(match.group("t").strip(" ."))
        elif self.result.titel and first_capitals:
            # an openkamer / tweedekamer page's heading ("Motie van het lid X over …") above the Kamerstuk's own
            # capitals: the Kamerstuk's heading minus "MOTIE" is the title, as in every Kamerstuk
            first = self.result.titel
            self.result.titel = re.sub(r"^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+", "", text, flags=re.IGNORECASE).strip()
            self.result.leftover.append(first)
            self._find(f"twee titels: '{first}' (kop van de pagina) en '{self.result.titel}' (de kop van het Kamerstuk);"
                       " de tweede is genomen")
        elif not self.result.titel and text.isupper():
            # A Kamerstuk heading in capitals: the title is the heading as it reads, minus "MOTIE".
            changed = re.match(r"(?i)(?:nader\s+)?gewijzigde(?=\s)", text)
            if changed:
                self._find(f"'{changed.group()}' in de kop: de motie vervangt een eerdere; de titel is de kop zonder"
                           " dat woord")
            self.result.titel = re.sub(r"^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+", "", text, flags=re.IGNORECASE).strip()
            self._find(f"de motie heeft geen eigen titel; de titel is de kop zoals die er staat ('{self.result.titel}')")
        elif not self.result.titel:
            leden = "de leden" if re.search(r"de\s+leden", text, re.IGNORECASE) else "het lid"
            cs = " c.s." if re.search(r"c\.s\.?$", raw_names, re.IGNORECASE) else ""
            self.result.titel = f"Motie van {leden} {names}{cs}"
            self._find(f"de motie heeft geen eigen titel; de titel is gemaakt uit de kop ('{self.result.titel}')")

    def _titelregel(self, unit: list[str]) -> None:
        text = unit[0]
        match = TITLE_LINE.match(text)
        assert match is not None
        if re.match(r"(?i)concept", text) and not self.result.concept:
            self.result.concept = True
            self._find(f"'{text.split(maxsplit=1)[0]}' in de kop: de motie is als concept gemarkeerd (concept: ja)")
        rest = match.group("rest").strip()
        if VREEMD.search(rest):
            self.result.vreemd = True
            rest = VREEMD.sub("", rest).replace("()", "").strip(" :-–—")
        if rest.lower() == "vreemd":  # "Motie Vreemd": the kind of motie; the title stands elsewhere
            self.result.vreemd, rest = True, ""
        vreemd = re.match(r"vreemd\s+(?=[A-Z‘'\"“])", rest)
        if vreemd:
            self.result.vreemd = True
            rest = rest[vreemd.end():]
        rest = self._number_prefix(rest)
        rest = rest.strip(" :-–—").strip("‘’'\"“”")
        number = _BARE_NUMBER.fullmatch(rest.rstrip("."))  # "Motie 1.": a number, no title
        if number:  # "Motie 166/2018", "Motie nr: RG-27/2022"
            self._set_once("nummer", number.group("n"), text)
            return
        if AGENDA.match(rest) or (rest and (find_dates(rest) or DATE_LABEL.match(rest))):
            self._again(rest)  # "Motie bij agendapunt 2.a Vrijwillig ontslag …", "Motie d.d. 12 maart"
            return
        if self._names_indiener(text, rest):
            return
        if not rest:
            rest = " ".join(unit[1:])
            self.title_guessed = bool(rest)
        if rest and not self.result.titel and self.at == 0 and any(lone_date(t) for t in self.lines[1:6]):
            self.page_heading = True  # a web page's heading above its date: a title field that says the same wins
        if rest and not self.result.titel:
            self.result.titel_na_aanhef = self.opening_read  # "De raad …, gehoord de beraadslaging, / Motie 'X'"
            self.result.titel = self._normal_case_copy(rest.strip("‘’'\"“”")) or self._title_case(rest.strip("‘’'\"“”"))
            self._note("", "titel")
        elif rest and self.heading_title and _words(rest) < _words(self.result.titel or ""):
            # "Zeeland Promotie (plantaardige producten)" above "MOTIE / Zeeland Promotie": the motie's own title
            self.result.leftover.append(self.result.titel or "")
            self.result.titel = self._title_case(rest.strip("‘’'\"“”"))
            self._find(f"twee titels: '{self.result.leftover[-1]}' (kop van de pagina) en '{self.result.titel}' (die van de"
                       " motie zelf); de tweede is genomen")
        elif rest and _words(self.result.titel or "") <= _words(rest):
            # A web page repeats its own heading above the motie's title: the motie's title is the one.
            first, self.result.titel = self.result.titel, self._title_case(rest.strip("‘’'\"“”"))
            self._find(f"twee titels: '{first}' (kop van de pagina) en '{self.result.titel}'; de tweede, die van de"
                       " motie zelf, is genomen")
        elif rest:
            self.result.leftover.append(rest)

    def _normal_case_copy(self, title: str) -> str | None:
        """A title in capitals whose normal-case copy stood above it (a web page's heading): that copy,
        which keeps its abbreviations ("DB") as written."""
        if not title.isupper():
            return None
        for text in self.result.leftover:
            if text.strip("‘’'\"“”").casefold() == title.casefold() and not text.isupper():
                self.result.leftover.remove(text)
                return text.strip("‘’'\"“”")
        return None

    def _number_prefix(self, rest: str) -> str:
        ris = ris_number(rest)
        if ris:
            self._set_once("ris", ris, rest)
            rest = RIS.sub("", rest).replace("()", "").strip()
        match = NUMBER_PREFIX.match(rest)
        if match:
            self._set_once("nummer", squeeze(match.group("n")), rest)
            rest = rest[match.end():]
        return rest

    def _titel_label(self, unit: list[str]) -> None:
        match = TITLE_LABEL.match(unit[0])
        assert match is not None
        title = match.group("t").strip().strip("‘’'\"“”")
        shared = len(_words(title) & _words(self.result.titel or ""))
        similar = (self.page_heading and match.group("label").lower() in ("onderwerp", "onderwerp motie")
                   and shared * 2 >= min(len(_words(title)), len(_words(self.result.titel or ""))))
        own = match.group("label").lower().startswith(("titel", "korte titel"))  # a title field names the title
        if own or not self.result.titel or self.title_guessed or similar:
            self.title_guessed = False
            if self.result.titel:
                self.result.leftover.append(self.result.titel)
            self.form = [row for row in self.form if row[1] != "titel"]
            self._note(match.group("label"), "titel")
            if match.group("label").lower().startswith(("titel", "korte titel")):  # a title field: "Motie" is no title
                title = re.sub(r"(?i)^motie\s+(?=\S)", "", title)
            self.result.titel = self._title_case(title)
        else:  # the title is known: a second "Onderwerp: …" is a line of the form, kept as written
            self._note(match.group("label"), "", title)

    def _indieners_label(self, unit: list[str]) -> None:
        match = INDIENERS.match(unit[0])
        assert match is not None
        for text in [match.group("rest"), *unit[1:]]:
            person, function = signature_of(text)
            people = [person] if person and person.fractie else parse_name_list(text) or ([person] if person else [])
            self.result.indieners.extend(people)
            if function and person:  # "Statenlid" before the fractie: kept beside the name
                self.result.remarks.append((person.naam, function))
                self._find(f"functie bij indiener {person.naam}: '{function}'")
        self._note(unit[0][:match.start("rest")], "indieners")

    def _indieners_fracties(self, unit: list[str]) -> None:
        """Only fracties, no names: each becomes an indiener whose name is a marked placeholder."""
        parties = fracties_only(unit[0])
        self.result.indieners.extend(Person(PLACEHOLDER_NAME, party) for party in parties)
        self.result.leftover.append(unit[0])  # the line as written: its words stay visible
        self._find(f"indieners alleen als fractie genoemd ({', '.join(parties)}): vul bij elk de naam in (nu"
                   f" '{PLACEHOLDER_NAME}')")

    def _status_in_kop(self, unit: list[str]) -> None:
        """ "Motie ingetrokken na toezegging …": the outcome a page states above the motie; the line is kept."""
        match = STATUS_HEAD.match(unit[0])
        assert match is not None
        self.result.status = (match.group("status") or match.group("s2") or match.group("s3")).lower()
        if unit[0][match.end():].strip(" .;"):
            self.result.leftover.append(unit[0])

    def _ingediend_op_datum(self, unit: list[str]) -> None:
        self._korte_datumregel(unit)
        self._find(f"'{unit[0]}': de datum van indiening gelezen als de vergaderdatum")

    def _status_regel(self, unit: list[str]) -> None:
        match = status_line(unit[0])
        assert match is not None
        self.result.status = match.group("status").lower()
        dates = find_dates(match.group("rest"))
        if dates:
            self.result.status_datum = dates[0][1]
        label = unit[0][:match.start("status")].strip(" :")
        if label and len(label.split()) <= 2:  # "Status Aangenomen": a line of the form
            self._note(label, "status")
        if said_more(unit[0]):  # "De motie is ingetrokken onder toezegging van …": the line is kept too
            self.result.leftover.append(unit[0])

    def _agendapunt(self, unit: list[str]) -> None:
        text = unit[0]
        match = AGENDA.match(text)
        assert match is not None
        self._set_once("agendapunt", match.group("n"), text)
        self._note(text[:match.start("n")], "agendapunt")
        if match.group("t"):
            self._set_voorstel(match.group("t"))
            self._note("", "voorstel")

    def _voorstel_label(self, unit: list[str]) -> None:
        text = unit[0]
        match = VOORSTEL.match(text)
        assert match is not None
        if re.match(r"\(?in\s+te\s+vullen\b", match.group("t"), re.IGNORECASE):
            self.result.leftover.append(text)  # an empty field of a griffie form, not a voorstel
            return
        self._set_voorstel(match.group("t"))
        self._note(text[:match.start("t")], "voorstel")

    def _set_voorstel(self, text: str) -> None:
        ris = ris_number(text)
        if ris:
            self.result.voorstel_ris = ris
            text = re.sub(r"\(?\s*\bRIS\s?-?\d{5,8}\b\s*\)?", "", text, flags=re.IGNORECASE)
        code = CODE.match(text.strip())
        if code and not ris:
            self.result.voorstel_ris = code.group("c")
            text = text.strip()[code.end():]
        earlier, self.result.voorstel_titel = self.result.voorstel_titel, squeeze(text).strip(" ,;:-–—")
        if earlier and earlier != self.result.voorstel_titel:  # a second voorstel named: the first stays visible
            self.result.leftover.append(earlier)

    def _nummer(self, unit: list[str]) -> None:
        text = unit[0]
        match = NUMBER_LABEL.match(text) or M_NUMBER.fullmatch(text)
        tk = TK_NR.match(text)
        if tk and not match:
            self._set_once("nummer", tk.group("n"), text)
            if tk.group("rest"):
                self._again(tk.group("rest"))
            return
        assert match is not None
        self._set_once("nummer", squeeze(match.group("n")), text)
        self._note(text[:match.start("n")], "nummer")

    def _registratie(self, unit: list[str]) -> None:
        text = unit[0]
        match = REG_LABEL.match(text)
        if match:
            self._set_once("ris", match.group("n"), text)
            self._note(text[:match.start("n")], "ris")
        else:
            self._set_once("ris", ris_number(text), text)

    def _kamer_dossier(self, unit: list[str]) -> None:
        match = TK_DOSSIER.match(unit[0])
        assert match is not None
        if self.result.voorstel_titel:
            self.result.leftover.append(join_lines(unit))
            return
        self.result.voorstel_titel = join_lines([match.group("t"), *unit[1:]])
        self.result.voorstel_ris = squeeze(match.group("nr"))

    def _datum_label(self, unit: list[str]) -> None:
        text = unit[0]
        match = DATE_LABEL.match(text)
        assert match is not None
        dates = find_dates(match.group("d"))
        if re.search(r"aanneming|aangenomen|besluit", text, re.IGNORECASE):
            self.result.status_datum = dates[0][1]
            self.result.status = self.result.status or "aangenomen"
        else:
            self.dated.append((dates[0][1], text))
            self._note(text[:match.start("d")], dates[0][1])

    def _vreemd(self, unit: list[str]) -> None:
        text = unit[0]
        self.result.vreemd = True
        rest = VREEMD.sub("", text).strip(" :-–—()")
        if re.sub(r"(?i)\bmotie\b", "", rest).strip():
            self.result.leftover.append(text)

    def _losse_datum(self, unit: list[str]) -> None:
        self.lone.append(unit[0])  # on a web page the date under the title is the page's, not the meeting's

    def _korte_datumregel(self, unit: list[str]) -> None:
        text = unit[0]
        dates = find_dates(text)
        self.dated.append((dates[0][1], text))
        self._note(text[:dates[0][0].start()] if dates[0][0].start() else "", dates[0][1])

    def _datum_loopt_door(self, unit: list[str]) -> None:
        """ "Statenvergadering 12" / "juli 2018": the next line is read with this one (and is not read again)."""
        text = " ".join(unit)
        dates = find_dates(text)
        self.dated.append((dates[0][1], text))
        self._note(unit[0][:dates[0][0].start()], dates[0][1])

    def _eigen_veld(self, unit: list[str]) -> None:
        own = OWN_FIELD.match(unit[0])
        assert own is not None
        self._note(own.group("label"), "", own.group("value"))  # a form line whose fact has no field

    def _names_indiener(self, text: str, rest: str) -> bool:
        """ "Red de 29 bomen" / "Motie Pieter Groenewege": a subtitle that is only a person's full name names the
        indiener (who signs below); the page's heading above it is the title."""
        heading = next((t.strip() for t in self.lines[:self.at] if t.strip()), "")
        if not (heading and 2 <= len(rest.split()) <= 4 and is_name(rest) and not self.result.titel
                and heading in self.result.leftover and not TITLE_LINE.match(heading)):
            return False
        self.result.leftover.remove(heading)
        self.result.titel = heading
        self._find(f"'{text}' noemt de indiener, geen titel; de titel is de kop erboven ('{heading}')", "titel-is-naam")
        return True

    def _gelet_op_artikel(self, unit: list[str]) -> None:
        """ "Gelet op artikel 28 van het Reglement van Orde;": the rule the motie is moved under, kept as written."""
        self.result.leftover.append(unit[0])
        self._find(f"'{unit[0][:60]}' is de grondslag van de motie, geen blok van de considerans; staat onder 'niet_geplaatst'")

    def _overig(self, unit: list[str]) -> None:
        text = unit[0]
        ris = ris_number(text)
        if ris and not self.result.ris:
            self.result.ris = ris
        self.result.leftover.append(text)

    def _set_once(self, key: str, value: str | None, text: str) -> None:
        """Fill a field; a second, different value is kept as unplaced text, not dropped."""
        current = getattr(self.result, key)
        if current and value and current != value:
            self.result.leftover.append(text)
        elif value:
            setattr(self.result, key, value)

    def _title_case(self, title: str) -> str:
        letters = [c for c in title if c.isalpha()]
        if len(title.split()) >= 2 and letters and all(c.isupper() for c in letters):
            self._find(f"de titel stond in hoofdletters ('{title}'); controleer hoofdletters van namen en afkortingen")
            return _capitalise(title.lower())
        return title


def _day_without_year(sentence: str) -> tuple[int, int] | None:
    from generator.importer.dates import month_number

    match = re.search(r"\bop\s+(?:\w+dag\s+)?(\d{1,2})\s+([a-z]+)\b(?!\s+\d{4})", sentence, re.IGNORECASE)
    month = month_number(match.group(2)) if match else None
    return (int(match.group(1)), month) if match and month else None


_TITLE_STATUS = re.compile(r"\s*[(\[-–]\s*(aangenomen|verworpen|ingetrokken|aangehouden)\s*[)\]]?\s*$", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"(?:(?:nr\.?|nummer)\s*:?\s*)?(?P<n>(?:[A-Z]{1,4}\s?-?\s?)?\d{1,4}(?:[-./]\d{1,4})*[a-z]?)",
                          re.IGNORECASE)
_AANHEF = {"de", "raad", "van", "gemeente", "in", "vergadering", "bijeen", "op", "ter", "bespreking"}
"""The words the built aanhef prints itself ("De raad van de gemeente X, in vergadering bijeen op …, ter
bespreking van …"); the source's own words before the voorstel and "gehoord de beraadslaging" are kept."""


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", text.lower()))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def parse_preamble(lines: list[str], page: list[str] | None = None) -> Preamble:
    """The preamble's facts; `page` is the whole text (a Kamerstuk is known by a line anywhere on it)."""
    return _Reader(lines, page if page is not None else lines).run()
