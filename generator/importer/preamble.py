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
    looks_like_label,
    merge_labels,
    ris_number,
)
from generator.importer.opening import Opening, continues, is_opening, read_opening
from generator.importer.people import Person, parse_name_list
from generator.importer.tail import INDIENERS, _status_line
from generator.importer.textclean import join_lines, squeeze

_TK_LEDEN = re.compile(r"^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+van\s*(?:het\s+lid|de\s+leden|het\s+raadslid"
                       r"|de\s+raadsleden)\s+(?P<n>.+?)"
                       r"(?:\s+(?:over|inzake|betreffende|met\s+betrekking\s+tot|ter\s+zake\s+van)\s+(?P<t>.+))?$",
                       re.IGNORECASE)
_TK_DOSSIER = re.compile(r"^(?P<nr>\d{2}\s?\d{3}(?:-[IVXLC]+)?(?:\s+[IVXLC]+|\s+[A-Z])?)\s+(?P<t>[A-Z].+)$")
_TK_SKIP = re.compile(r"^(?:tweede\s+kamer\s+der\s+staten-generaal"
                      r"|vergaderjaar\s+\d{4}\s*[–-]\s*\d{4})$", re.IGNORECASE)
_TK_NR = re.compile(r"^nr\.\s*(?P<n>\d+)\b\s*(?P<rest>.*)$", re.IGNORECASE)



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
    warnings: list[str] = field(default_factory=list)
    formulier: list[tuple[str, str, str]] = field(default_factory=list)
    """The form's lines in the source's order: (label as written, field it filled or "", its own text
    when it filled none: "Jaar 2023")."""


class _Reader:
    def __init__(self, lines: list[str]) -> None:
        fields = [part for line in lines if line != "\f" for part in columns(line)]
        self.lines = merge_labels([squeeze(part) for part in fields if part.strip()])
        self.title_guessed = False
        self.result = Preamble()
        self.index = 0
        self.dated: list[tuple[dt.date, str]] = []
        self.form: list[tuple[str, str | dt.date, str]] = []
        self.opening_read = False
        self.opening_at = 0
        self.last_opening: str | None = None
        """Where the opening stood among the form's lines."""
        self.opening_day: tuple[int, int] | None = None
        """Day and month of an opening that names no year."""
        """(label, field) as the lines are read; a dated line's field is its date until the end decides."""

    def run(self) -> Preamble:
        while self.index < len(self.lines):
            text = self.lines[self.index]
            self.index += 1
            handlers = (self._skip_tk, self._opening, self._letter_number, self._tk_leden, self._title_line, self._title_label,
                        self._indieners, self._status, self._agenda, self._voorstel, self._number, self._registratie,
                        self._tk_dossier, self._date_label, self._vreemd_only)
            if not any(handler(text) for handler in handlers):
                self._leftover(text)
        self._heading_as_title()
        self._late_dossier()
        self._year_from_page()
        self._page_date()
        if self.result.vergadering is None and self.dated:
            self.result.vergadering = self.dated[0][0]
        for date, text in self.dated:
            if date != self.result.vergadering:
                self.result.leftover.append(text)
            elif re.search(r"[^\W\d]", date_pattern().sub("", text)):
                self.result.warnings.append(f"vergaderdatum gelezen uit '{text}'")
        self._form()
        return self.result

    def _late_dossier(self) -> None:
        """A Kamerstuk's dossier line ("30 950 Rassendiscriminatie") above the point where the text says
        it is a Kamer motie ("De Kamer,"): read once the Kamer is known."""
        if self.result.gemeente_id not in ("tweede-kamer", "eerste-kamer") or self.result.voorstel_titel:
            return
        for text in list(self.result.leftover):
            match = _TK_DOSSIER.match(text)
            if match:
                self.result.leftover.remove(text)
                self.result.voorstel_titel = match.group("t")
                self.result.voorstel_ris = squeeze(match.group("nr"))
                return

    def _year_from_page(self) -> None:
        """An opening dated without a year ("bijeen op 5 juli"), with the full date standing on its own
        above it (the page's date): that date, said in a warning."""
        if self.result.vergadering or not self.opening_day:
            return
        day, month = self.opening_day
        for text in list(self.result.leftover):
            dates = find_dates(text)
            if len(dates) == 1 and (dates[0][1].day, dates[0][1].month) == (day, month):
                self.result.vergadering = dates[0][1]
                self.result.leftover.remove(text)
                self.result.warnings.append(f"de aanhef noemt geen jaar; het jaar komt uit de datum '{text}' op de"
                                            " pagina; controleer")
                return

    def _page_date(self) -> None:
        """A Kamer motie ("De Kamer, gehoord de beraadslaging," names no date) with one date on its own line (the
        Kamerstuk page's date): that date, with a warning that says where it came from. A raad's or Staten'
        page date is often not the meeting's, so there the date stays open (check asks for it)."""
        kamer = self.result.gemeente_id in ("tweede-kamer", "eerste-kamer")
        if not kamer or self.result.vergadering or self.dated or self.opening_day:
            return
        lone = [text for text in self.result.leftover if (d := find_dates(text)) and len(d) == 1
                and d[0][0].group().strip(" ,.") == text.strip(" ,.")]
        if len(lone) != 1:
            return
        self.result.vergadering = find_dates(lone[0])[0][1]
        self.result.leftover.remove(lone[0])
        self.result.warnings = [w for w in self.result.warnings if w != f"losse datum '{lone[0]}' niet als"
                                " vergaderdatum genomen; controleer"]
        self.result.warnings.append(f"de motie noemt geen vergaderdatum; de datum '{lone[0]}' op de pagina is"
                                    " genomen; controleer")

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

    def _heading_as_title(self) -> None:
        """A web copy without "Motie …": its first line, right above the page date, is the title."""
        lines, result = self.lines, self.result
        # a title wrapped by a PDF goes on in lower case on the next line ("… door" / "knaagdieren")
        size = 1
        while size < min(3, len(lines) - 1) and lines[size][:1].islower() and lines[size] in result.leftover:
            size += 1
        heading = lines[:size]
        if (result.titel or len(lines) < size + 1 or any(t not in result.leftover for t in heading)
                or any(t.endswith((",", ":", ";")) for t in heading)):
            return
        dates = find_dates(lines[size])
        title = join_lines(heading)
        if not dates or dates[0][0].group().strip(" ,.") != lines[size].strip(" ,.") or len(title) > 200:
            return
        for text in heading:
            result.leftover.remove(text)
        result.titel = title
        result.warnings.append(f"titel genomen uit de eerste regel ('{title}'); controleer")

    def _next_lines(self, limit: int) -> list[str]:
        """Following lines that continue a title: not a label, opening or date."""
        taken: list[str] = []
        while self.index < len(self.lines) and len(taken) < limit:
            text = self.lines[self.index]
            if is_opening(text) or ":" in text or find_dates(text) or looks_like_label(text) or _TK_NR.match(text):
                break
            following = self.lines[self.index + 1] if self.index + 1 < len(self.lines) else ""
            wrapped = find_dates(f"{text} {following}")
            if wrapped and wrapped[0][0].start() < len(text):
                break
            taken.append(text)
            self.index += 1
            if not re.search(r"(?:[,-]|\b(?:en|of|van|de|het|een|voor|op|in|met|te|aan|om|bij|over|inzake))$", text):
                break
        return taken

    # -- handlers --
    def _skip_tk(self, text: str) -> bool:
        chamber = re.match(r"^(eerste|tweede)\s+kamer\s+der\s+staten-generaal", text, re.IGNORECASE)
        if chamber:
            self.result.gemeente_id = f"{chamber.group(1).lower()}-kamer"
        return bool(_TK_SKIP.match(text))

    def _opening(self, text: str) -> bool:
        if not is_opening(text):
            return False
        parts = [text]
        while self.index < len(self.lines) and len(parts) < 6:
            following = self.lines[self.index]
            if not continues(parts[-1], following, looks_like_label(following)):
                break
            parts.append(following)
            self.index += 1
        sentence = join_lines(parts)
        opening = read_opening(sentence)
        if not (opening.vergadering or re.search(r"[,:]$|\bbijeen\b|\bgehoord\b", sentence, re.IGNORECASE)):
            # A heading naming the body ("Provinciale Staten van Noord-Brabant"), not the opening sentence.
            self.result.gemeente_naam = self.result.gemeente_naam or opening.gemeente_naam
            self.result.gemeente_id = self.result.gemeente_id or opening.gemeente_id
            return True
        if opening.voorstel:
            self._set_voorstel(opening.voorstel)
            self.result.voorstel_inleiding = opening.verb
            self.result.vreemd = self.result.vreemd or bool(VREEMD.search(opening.voorstel))
            if opening.verb:
                self.result.warnings.append(f"'{opening.verb} {opening.voorstel}' gelezen als het voorstel ter"
                                            " bespreking")
        result = self.result
        self.opening_read = True
        if not opening.vergadering:
            self.opening_day = _day_without_year(sentence)
        result.vergadering = opening.vergadering or result.vergadering
        two_days = re.search(r"\b\d{1,2}\s+(?:en|&)\s+\d{1,2}\s+[a-z]+\s+\d{4}", sentence)
        if two_days and opening.vergadering:
            result.warnings.append(f"twee vergaderdagen ('{two_days.group()}'); de eerste is genomen")
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
        return True

    def _name_unprinted(self, sentence: str, opening: Opening) -> None:
        """Words of the opening that the built aanhef does not print again are named, never dropped."""
        printed = (_AANHEF | _words(opening.gemeente_naam or "") | _words(opening.voorstel or "")
                   | _words(opening.verb or "") | _words(opening.beraadslaging or ""))
        for match, _date in find_dates(sentence):
            printed |= _words(match.group())
        extra = [w for w in re.findall(r"[^\W_]+", sentence) if w.lower() not in printed]
        if extra:
            self.result.warnings.append(f"aanhef '{sentence}' gelezen als gemeente en datum; niet in het document:"
                                        f" '{' '.join(extra)}'")

    def _letter_number(self, text: str) -> bool:
        """An Eerste Kamer heading numbered by a letter: "L MOTIE VAN HET LID SCHALK C.S."."""
        match = re.match(r"^(?P<n>[A-Z]{1,2})\s+(?P<rest>MOTIE\s+VAN\s.*)$", text)
        if not match:
            return False
        self._set_once("nummer", match.group("n"), text)
        return self._tk_leden(match.group("rest"))

    def _tk_leden(self, text: str) -> bool:
        match = _TK_LEDEN.match(text)
        if not match:
            return False
        raw_names = match.group("n").strip()
        # "SIMONS C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 11": the names end at "c.s."
        names = re.split(r"\s+c\.s\.?(?=\s|$)", raw_names, maxsplit=1, flags=re.IGNORECASE)[0]
        if names.isupper():
            names = _names_from_capitals(names)
        self.result.indieners.extend(parse_name_list(names) or [Person(names)])
        if match.group("t"):
            self.result.titel = self.result.titel or _capitalise(match.group("t").strip(" ."))
        elif not self.result.titel and text.isupper():
            # A Kamerstuk heading in capitals: the title is the heading as it reads, minus "MOTIE".
            changed = re.match(r"(?i)(?:nader\s+)?gewijzigde(?=\s)", text)
            if changed:
                self.result.warnings.append(f"'{changed.group()}' in de kop: de motie vervangt een eerdere; de titel"
                                            " is de kop zonder dat woord")
            self.result.titel = re.sub(r"^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+", "", text, flags=re.IGNORECASE).strip()
            self.result.warnings.append("de motie heeft geen eigen titel; de titel is de kop zoals die er staat"
                                        f" ('{self.result.titel}')")
        elif not self.result.titel:
            leden = "de leden" if re.search(r"de\s+leden", text, re.IGNORECASE) else "het lid"
            cs = " c.s." if re.search(r"c\.s\.?$", raw_names, re.IGNORECASE) else ""
            self.result.titel = f"Motie van {leden} {names}{cs}"
            self.result.warnings.append("de motie heeft geen eigen titel; de titel is gemaakt uit de kop"
                                        f" ('{self.result.titel}')")
        return True

    def _title_line(self, text: str) -> bool:
        match = TITLE_LINE.match(text)
        if not match:
            return False
        if re.match(r"(?i)concept", text) and not self.result.concept:
            self.result.concept = True
            self.result.warnings.append(f"'{text.split(maxsplit=1)[0]}' in de kop: de motie is als concept gemarkeerd"
                                        " (concept: ja)")
        rest = match.group("rest").strip()
        if VREEMD.search(rest):
            self.result.vreemd = True
            rest = VREEMD.sub("", rest).replace("()", "").strip(" :-–—")
        vreemd = re.match(r"vreemd\s+(?=[A-Z‘'\"“])", rest)
        if vreemd:
            self.result.vreemd = True
            rest = rest[vreemd.end():]
        rest = self._number_prefix(rest)
        rest = rest.strip(" :-–—").strip("‘’'\"“”")
        number = _BARE_NUMBER.fullmatch(rest)
        if number:  # "Motie 166/2018", "Motie nr: RG-27/2022"
            self._set_once("nummer", number.group("n"), text)
            return True
        if AGENDA.match(rest):  # "Motie bij agendapunt 2.a Vrijwillig ontslag …"
            self.index -= 1
            self.lines[self.index] = rest
            return True
        if rest and (find_dates(rest) or DATE_LABEL.match(rest)):
            self.index -= 1
            self.lines[self.index] = rest
            return True
        if not rest:
            mark = self.index
            rest = " ".join(self._next_lines(3))
            if find_dates(rest):
                self.index, rest = mark, ""
            self.title_guessed = bool(rest)
        if rest and not self.result.titel:
            self.result.titel_na_aanhef = self.opening_read  # "De raad …, gehoord de beraadslaging, / Motie 'X'"
            self.result.titel = self._normal_case_copy(rest.strip("‘’'\"“”")) or self._title_case(rest.strip("‘’'\"“”"))
            self._note("", "titel")
        elif rest and _words(self.result.titel or "") <= _words(rest):
            # A web page repeats its own heading above the motie's title: the motie's title is the one.
            first, self.result.titel = self.result.titel, self._title_case(rest.strip("‘’'\"“”"))
            self.result.warnings.append(f"twee titels: '{first}' (kop van de pagina) en '{self.result.titel}'; de"
                                        " tweede, die van de motie zelf, is genomen")
        elif rest:
            self.result.leftover.append(rest)
        return True

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

    def _title_label(self, text: str) -> bool:
        match = TITLE_LABEL.match(text)
        if not match:
            return False
        title = match.group("t").strip().strip("‘’'\"“”")
        if match.group("label").lower().startswith("titel") or not self.result.titel or self.title_guessed:
            self.title_guessed = False
            if self.result.titel:
                self.result.leftover.append(self.result.titel)
            self.form = [row for row in self.form if row[1] != "titel"]
            self._note(match.group("label"), "titel")
            self.result.titel = self._title_case(title)
        else:  # the title is known: a second "Onderwerp: …" is a line of the form, kept as written
            self._note(match.group("label"), "", title)
        return True

    def _indieners(self, text: str) -> bool:
        match = INDIENERS.match(text)
        if not match or not match.group("rest"):
            return False
        people = parse_name_list(match.group("rest"))
        if not people:
            return False
        self.result.indieners.extend(people)
        self._note(text[:match.start("rest")], "indieners")
        return True

    def _status(self, text: str) -> bool:
        match = _status_line(text)
        if not match:
            return False
        self.result.status = match.group("status").lower()
        dates = find_dates(match.group("rest"))
        if dates:
            self.result.status_datum = dates[0][1]
        return True

    def _agenda(self, text: str) -> bool:
        match = AGENDA.match(text)
        if not match:
            return False
        self._set_once("agendapunt", match.group("n"), text)
        self._note(text[:match.start("n")], "agendapunt")
        if match.group("t"):
            self._set_voorstel(match.group("t"))
            self._note("", "voorstel")
        return True

    def _voorstel(self, text: str) -> bool:
        match = VOORSTEL.match(text)
        if not match:
            return False
        if re.match(r"\(?in\s+te\s+vullen\b", match.group("t"), re.IGNORECASE):
            self.result.leftover.append(text)  # an empty field of a griffie form, not a voorstel
            return True
        self._set_voorstel(match.group("t"))
        self._note(text[:match.start("t")], "voorstel")
        return True

    def _set_voorstel(self, text: str) -> None:
        ris = ris_number(text)
        if ris:
            self.result.voorstel_ris = ris
            text = re.sub(r"\(?\s*\bRIS\s?-?\d{5,8}\b\s*\)?", "", text, flags=re.IGNORECASE)
        code = CODE.match(text.strip())
        if code and not ris:
            self.result.voorstel_ris = code.group("c")
            text = text.strip()[code.end():]
        self.result.voorstel_titel = squeeze(text).strip(" ,;:-–—")

    def _number(self, text: str) -> bool:
        match = NUMBER_LABEL.match(text) or re.fullmatch(r"(?P<n>M\s?-?\s?\d{1,4}(?:[-./]\d{1,4})*[a-z]?)", text)
        tk = _TK_NR.match(text)
        if not match and not tk:
            return False
        if tk and not match:
            self._set_once("nummer", tk.group("n"), text)
            if tk.group("rest"):
                self.index -= 1
                self.lines[self.index] = tk.group("rest")
            return True
        self._set_once("nummer", squeeze(match.group("n")), text)  # type: ignore[union-attr]
        self._note(text[:match.start("n")], "nummer")  # type: ignore[union-attr]
        return True

    def _registratie(self, text: str) -> bool:
        match = REG_LABEL.match(text)
        if match:
            self._set_once("ris", match.group("n"), text)
            self._note(text[:match.start("n")], "ris")
            return True
        if RIS.fullmatch(text.strip("() ")):
            self._set_once("ris", ris_number(text), text)
            return True
        return False

    def _tk_dossier(self, text: str) -> bool:
        match = _TK_DOSSIER.match(text)
        if not match or self.result.gemeente_id not in ("tweede-kamer", "eerste-kamer"):
            return False
        title = [match.group("t")]
        while self.index < len(self.lines) and len(title) < 4:
            following = self.lines[self.index]
            if _TK_NR.match(following) or TITLE_LINE.match(following) or find_dates(following) or is_opening(following):
                break
            if re.match(r"^[A-Z]{1,2}\s+MOTIE\b", following):
                break
            title.append(following)
            self.index += 1
        self.result.voorstel_titel = join_lines(title)
        self.result.voorstel_ris = squeeze(match.group("nr"))
        return True

    def _date_label(self, text: str) -> bool:
        match = DATE_LABEL.match(text)
        dates = find_dates(match.group("d")) if match else []
        if not dates:
            return False
        if re.search(r"aanneming|aangenomen|besluit", text, re.IGNORECASE):
            self.result.status_datum = dates[0][1]
            self.result.status = self.result.status or "aangenomen"
        else:
            self.dated.append((dates[0][1], text))
            self._note(text[:match.start("d")], dates[0][1])  # type: ignore[union-attr]
        return True

    def _vreemd_only(self, text: str) -> bool:
        if not VREEMD.search(text):
            return False
        self.result.vreemd = True
        rest = VREEMD.sub("", text).strip(" :-–—()")
        if re.sub(r"(?i)\bmotie\b", "", rest).strip():
            self.result.leftover.append(text)
        return True

    def _leftover(self, text: str) -> None:
        dates = find_dates(text)
        if dates and dates[0][0].group().strip(" ,.") == text.strip(" ,."):
            # A date on its own under the title: on a web page that is the page date, not the meeting.
            self.result.leftover.append(text)
            self.result.warnings.append(f"losse datum '{text}' niet als vergaderdatum genomen; controleer")
            return
        if dates and len(text) < 60:
            self.dated.append((dates[0][1], text))
            self._note(dates[0][0].string[:dates[0][0].start()] if dates[0][0].start() else "", dates[0][1])
            return
        if self._wrapped_date(text):
            return
        ris = ris_number(text)
        if ris and not self.result.ris:
            self.result.ris = ris
        own = _OWN_FIELD.match(text)
        if own and not ris:
            self._note(own.group("label"), "", own.group("value"))  # a form line whose fact has no field
            return
        self.result.leftover.append(text)

    def _wrapped_date(self, text: str) -> bool:
        """A short line whose date runs on into the next line ("Statenvergadering 12" / "juli 2018")."""
        if self.index >= len(self.lines) or len(text) > 40:
            return False
        following = self.lines[self.index]
        dates = find_dates(f"{text} {following}")
        if not dates or dates[0][0].start() >= len(text) or len(following) > 40:
            return False
        self.dated.append((dates[0][1], f"{text} {following}"))
        self._note(text[:dates[0][0].start()], dates[0][1])
        self.index += 1
        return True

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
            self.result.warnings.append(f"de titel stond in hoofdletters ('{title}'); controleer hoofdletters"
                                        " van namen en afkortingen")
            return _capitalise(title.lower())
        return title


def _day_without_year(sentence: str) -> tuple[int, int] | None:
    from generator.importer.dates import month_number

    match = re.search(r"\bop\s+(?:\w+dag\s+)?(\d{1,2})\s+([a-z]+)\b(?!\s+\d{4})", sentence, re.IGNORECASE)
    month = month_number(match.group(2)) if match else None
    return (int(match.group(1)), month) if match and month else None


_BARE_NUMBER = re.compile(r"(?:(?:nr\.?|nummer)\s*:?\s*)?(?P<n>(?:[A-Z]{1,4}\s?-?\s?)?\d{1,4}(?:[-./]\d{1,4})*[a-z]?)",
                          re.IGNORECASE)
_OWN_FIELD = re.compile(r"^(?P<label>jaar|afdeling|vergaderjaar|portefeuillehouder|bijlagen?|commissie)\s*:?\s+"
                        r"(?P<value>\S.{0,60})$", re.IGNORECASE)
_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "in", "op", "la", "le", "von", "du", "da"}


def _names_from_capitals(names: str) -> str:
    """ "ZIENGS EN VAN DER MOLEN" → "Ziengs en Van der Molen": particles lower case after a name's first word."""
    out: list[str] = []
    first = True
    for word in names.split():
        lower = word.lower()
        if lower == "en" or word.endswith(","):
            out.append(lower if lower == "en" else word.capitalize())
            first = lower == "en" or word.endswith(",")
            continue
        if len(word) <= 3 and word.endswith("."):
            out.append(word)
        elif not first and lower in _PARTICLES:
            out.append(lower)
        else:
            out.append(word.capitalize())
        first = False
    return " ".join(out)


_AANHEF = {"de", "raad", "van", "gemeente", "in", "vergadering", "bijeen", "op", "ter", "bespreking"}
"""The words the built aanhef prints itself ("De raad van de gemeente X, in vergadering bijeen op …, ter
bespreking van …"); the source's own words before the voorstel and "gehoord de beraadslaging" are kept."""


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", text.lower()))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def parse_preamble(lines: list[str]) -> Preamble:
    return _Reader(lines).run()
