"""A registry page (iBabs, bestuurlijkeinformatie.nl, Notubiz): the motie or amendement as a list of fields.

Such a page prints no motie form: it lists labelled fields ("Titel", "Datum", "Status", "Raadsleden",
"Toelichting" / "Inhoud", "Stemverhouding"), each label on its own line ("Onderwerp" / value), as a list
("- Titel" / "- value"), glued to its value ("StatusVerworpen", the old iBabs list detail) or at the end of the
line before it ("Raadzaal - Datum"). The rule table `REGISTRY` gives each line its role (a label, a value, the
page's head); `rewrite` then writes the fields as the form the motie and amendement readers know ("Onderwerp:",
"Datum vergadering:", "Ingediend door:", the text, the status, the vote), and names every field it leaves out
(the registry's id, the portefeuillehouder, attachments, the registry's own composite title) in a note, so no
word is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.importer.headers import match_header
from generator.importer.opening import is_opening
from generator.importer.roles import Finding, Line, Role, Rule, decide

# The registry's field labels, by what they hold (one lexicon; the longest label first so "Datum PS" wins over "Datum").
LABELS: dict[str, tuple[str, ...]] = {
    "titel": ("Titel", "Onderwerp"),
    "nummer": ("Nummer",),
    "datum": ("Datum PS", "Datum raadsvergadering", "Vergaderdatum", "Datum"),
    "agendapunt": ("Agendapunt",),
    "status": ("Status", "Uitslag"),
    "indieners": ("Raadsleden", "Indiener(s)", "Indieners", "Indiener", "Mede-indiener(s)", "Mede-indieners",
                  "Mede-indiener", "Statenleden"),
    "fractie": ("Fractie", "Fracties", "Partij"),
    "tekst": ("Inhoud", "Toelichting", "Tekst", "Dictum"),
    "stemming": ("Stemverhouding", "Stemmen", "Stemming", "Stemuitslag"),
    "weg": ("ID", "Portefeuillehouder(s)", "Portefeuillehouder", "Bijlage(s)", "Bijlagen", "Einddatum",
            "Stand van zaken", "Afgedaan", "Niet afgedaan", "Datum afdoening", "Type", "Vergadering"),
}
_BY_LABEL = {label.lower(): kind for kind, labels in LABELS.items() for label in labels}
_ALTERNATION = "|".join(re.escape(label) for label in sorted((lb for lbs in LABELS.values() for lb in lbs), key=len,
                                                             reverse=True))
_BULLET = re.compile(r"^\s*[-•]\s*")
ALONE = re.compile(rf"^(?P<label>{_ALTERNATION})\s*:?$", re.IGNORECASE)
GLUED = re.compile(rf"^(?P<label>{_ALTERNATION})(?P<value>[A-Z0-9“\"(«].*)$")
"""A label glued to its value: the value starts with a capital, a digit or a quote right after the label."""
AT_END = re.compile(rf"^(?P<value>.*\S)\s+-\s+(?P<label>{_ALTERNATION})$")
MAX_HEAD = 6
"""A registry page opens with its fields: at most this many lines (navigation, a heading) stand above them."""
MIN_LABELS = 4
"""A page is a registry page when it has at least this many different field labels, one of them a text field."""


def _bare(text: str) -> str:
    return _BULLET.sub("", text).strip()


REGISTRY: tuple[Rule, ...] = (
    Rule("veldlabel", lambda line: (ALONE.match(_bare(line.text)) and line.text.strip()[:1].isupper()) or
         (ALONE.match(_bare(line.text)) and _BULLET.match(line.text)), Role.FORM),
    Rule("veldlabel-aan-waarde", lambda line: GLUED.match(_bare(line.text)), Role.FORM),
    Rule("veldlabel-aan-regeleinde", lambda line: AT_END.match(_bare(line.text)), Role.FORM),
    Rule("veldwaarde", lambda line: True, Role.CONTINUATION),
)
"""A field label (alone, glued to its value, at the end of the line before its value) opens a field; every other
line is a value of the field above it (or the page's head before the first label)."""


@dataclass
class Field:
    label: str
    kind: str
    values: list[str] = field(default_factory=list)


@dataclass
class Registry:
    head: list[str]
    fields: list[Field]
    findings: list[Finding] = field(default_factory=list)

    def get(self, kind: str) -> list[Field]:
        return [f for f in self.fields if f.kind == kind]


def read_fields(lines: list[str]) -> Registry | None:
    """The page's fields, or None when the page is no registry page."""
    head: list[str] = []
    fields: list[Field] = []
    for index, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            continue
        rule = decide(REGISTRY, Line(text, index))
        assert rule is not None
        bare = _bare(text)
        if rule.name == "veldlabel":
            label = ALONE.match(bare).group("label")  # type: ignore[union-attr]
            fields.append(Field(label, _BY_LABEL[label.lower()]))
        elif rule.name == "veldlabel-aan-waarde":
            glued = GLUED.match(bare)
            assert glued is not None
            fields.append(Field(glued.group("label"), _BY_LABEL[glued.group("label").lower()], [glued.group("value")]))
        elif rule.name == "veldlabel-aan-regeleinde":
            end = AT_END.match(bare)
            assert end is not None
            _value(fields, head, end.group("value"))
            fields.append(Field(end.group("label"), _BY_LABEL[end.group("label").lower()]))
        else:
            _value(fields, head, bare)
    kinds = {f.label.lower() for f in fields}
    if len(kinds) < MIN_LABELS or not any(f.kind == "tekst" and any(len(v) > 60 for v in f.values) for f in fields):
        return None
    if len(head) > MAX_HEAD or any(match_header(t) or is_opening(t) for t in head):
        return None  # the motie itself stands above the fields: a motie page with a form under it, no registry page
    return Registry(head, fields)


def _value(fields: list[Field], head: list[str], text: str) -> None:
    if not text:
        return
    (fields[-1].values if fields else head).append(text)


COMPOSITE = re.compile(r"^(?P<nummer>[A-Z]{1,3}\d{1,4})\s+(?P<rest>.*?)\s+-\s+(?P<titel>[^-]+?)(?:\s*\(\d{1,3}\))?$")
"""A registry's composite title: "MO01 motie vreemd VVD PvdA … - trammalant om de dakrand (002)"."""
US_DATE = re.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})$")
INLINE_POINTS = re.compile(r"(?<=:)\s+-\s+|(?<=;)\s+-\s+")
"""Points run together on one line after a header: "Verzoekt het college: - a; - b"."""
SURNAME_FIRST = re.compile(r"^(?P<achter>[^,()]+),\s*(?P<voor>[^,()]+?)\s*(?P<fractie>\([^()]+\))?$")
FRACTIE_FIRST = re.compile(r"^\((?P<fractie>[^()]+)\)\s*(?P<naam>\S.*)$")


def rewrite(text: str) -> tuple[str, list[str]] | None:
    """The registry page as a motie or amendement form, with the notes that name what it leaves out; None when the
    text is no registry page."""
    registry = read_fields(text.splitlines())
    if registry is None:
        return None
    out: list[str] = []
    left: list[str] = [*registry.head]
    amendement = any(re.match(r"(?i)\s*(sub)?amendement", t) for t in [*registry.head, *_values(registry, "titel")])
    title = _values(registry, "titel")
    nummer = _values(registry, "nummer")
    if title:
        composite = COMPOSITE.match(title[0])
        if composite:
            left.append(title[0])
            nummer = nummer or [composite.group("nummer")]
            title = [composite.group("titel")]
        out.append(title[0] if amendement else f"Onderwerp: {title[0]}")
        left.extend(title[1:])
    out.extend(f"Nummer: {n}" for n in nummer[:1])
    left.extend(nummer[1:])
    for datum in _values(registry, "datum")[:1]:
        us = US_DATE.match(datum)
        if us and int(us.group("d")) > 12:
            datum = f"{int(us.group('d')):02d}-{int(us.group('m')):02d}-{us.group('y')}"
            left.append(US_DATE.match(_values(registry, "datum")[0]).group())  # type: ignore[union-attr]
        out.append(f"Datum vergadering: {datum}")
    left.extend(_values(registry, "datum")[1:])
    left.extend(f"{f.label} {' '.join(f.values)}".strip() for f in registry.fields if f.kind in ("weg", "agendapunt"))
    for value in _values(registry, "tekst"):
        out.extend(["", *INLINE_POINTS.sub("\n- ", value).split("\n")])
    people = [_person(v) for v in _values(registry, "indieners")]
    if people:
        out.extend(["", "Ingediend door:", *people])
    left.extend(_values(registry, "fractie") if people else [])
    out.extend(["", *_values(registry, "status"), *_values(registry, "stemming")])
    if not people:
        out.extend(_values(registry, "fractie"))
    labels = [f.label for f in registry.fields if f.kind not in ("weg", "agendapunt")]
    notes = [f"velden van de registerpagina gelezen als formulier: {_quoted(labels)}"]
    if left:
        notes.append(f"van de registerpagina weggelaten: {_quoted(left)}")
    return "\n".join(out), notes


def _values(registry: Registry, kind: str) -> list[str]:
    return [v for f in registry.get(kind) for v in f.values]


def _person(value: str) -> str:
    """A registry's indiener as a signature line: "(GL) K. van Goethem" and "Kapitein, A.C. (D66)" become
    "K. van Goethem (GL)" and "A.C. Kapitein (D66)"."""
    first = FRACTIE_FIRST.match(value)
    if first:
        return f"{first.group('naam')} ({first.group('fractie')})"
    surname = SURNAME_FIRST.match(value)
    if surname:
        voor = surname.group("voor").split()
        initials = [w for w in voor if "." in w or w[:1].isupper()]
        tussen = [w for w in voor if w not in initials]
        naam = " ".join([*initials, *tussen, surname.group("achter").strip()])
        return f"{naam} {surname.group('fractie') or ''}".strip()
    return value


def _quoted(texts: list[str]) -> str:
    return ", ".join(f"'{t}'" for t in texts)
