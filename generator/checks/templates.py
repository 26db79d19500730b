"""Template checks for the people who own the Word templates (griffie, communicatie).

In docxtpl a misspelt variable, a loop left open or a tag Word split with formatting in between
fails silently or with an XML error nobody understands. Every problem here names the template,
the paragraph as Word shows it, what is wrong and what to do. The parts are read as Word stored
them (paragraph by paragraph, run by run), so the text shown is the text the author sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from jinja2 import TemplateSyntaxError
from lxml import etree

from generator.checks.template_variables import Shape, unknown_variables
from generator.errors import Issue, UserError, display_path
from generator.loading.project import Project
from generator.messages import EXPAT, EXPAT_DEFAULT, dutch, jinja
from generator.word.ooxml import W
from generator.word.render import make_environment
from generator.word.template import read_template

PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
PART_NAMES = {"document": "hoofdtekst", "header": "koptekst", "footer": "voettekst",
              "footnotes": "voetnoten", "endnotes": "eindnoten"}
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
BLOCK = re.compile(r"\{%(?:(p|tr|tc|r) )?-?\s*([a-z_]*).*?%\}", re.DOTALL)
LEVEL_TAG = re.compile(r"\{[%{#](p|tr|tc) .*?[%}#]\}", re.DOTALL)
IGNORED_RUN_PROPERTIES = {f"{W}lang", f"{W}noProof", f"{W}proofErr"}


@dataclass
class Unit:
    """A paragraph (number ≥ 1) or template code between paragraphs (number 0) of one part."""

    part: str
    number: int
    text: str
    code: str
    element: Any = None

    @property
    def where(self) -> str:
        shown = self.text.strip()
        shown = shown if len(shown) <= 70 else shown[:67] + "…"
        if self.number:
            return f"{self.part}, alinea {self.number} '{shown}'"
        return f"{self.part}, code '{shown}'"


def template_issues(project: Project, samples: list[tuple[str, Any]] | None = None,
                    collections: Any = None) -> list[Issue]:
    """Every problem in every template the project can use (run by `raadsstukken check`, which
    passes the documents it prepared, so none is prepared twice)."""
    from generator.checks.template_catalog import catalogue

    cat = catalogue(project, samples, collections)
    issues: list[Issue] = []
    for entry in cat.entries:
        issues.extend(check_template(entry.path, cat.contexts.get(entry.name)))
    return sorted(set(issues))


def check_template(path: Path, provided: Shape | None) -> list[Issue]:
    """The problems in one template; `provided` is what its soort's context holds (None: unknown)."""
    shown = display_path(path)
    try:
        entries = read_template(path)
    except UserError as exc:
        return [Issue(shown, message=exc.message, hint=exc.hint)]
    issues: list[Issue] = []
    for name, data in entries:
        if PARTS.fullmatch(name):
            issues.extend(Issue(shown, field=unit.where, message=message, hint=hint)
                          for unit, message, hint in check_part(name, data, provided))
    return issues


def part_label(name: str) -> str:
    kind = re.sub(r"\d+$", "", name.removeprefix("word/").removesuffix(".xml"))
    return PART_NAMES.get(kind, name)


def check_part(name: str, data: bytes, provided: Shape | None) -> list[tuple[Unit, str, str]]:
    try:
        root = etree.fromstring(data)
    except etree.XMLSyntaxError as exc:
        unit = Unit(part_label(name), 0, name, "")
        return [(unit, f"het onderdeel is geen geldige XML ({dutch(exc, EXPAT, EXPAT_DEFAULT)[0]})", "sla het sjabloon opnieuw op in Word")]
    units = collect_units(root, part_label(name))
    problems = [*split_tags(units), *placement(units), *unclosed_code(units)]
    if not problems:
        problems = balance(units)
    if problems:
        return problems
    tree, problem = parse(data, units)
    if problem:
        return [problem]
    if provided is None or tree is None:
        return []
    return [_unknown(units, item) for item in unknown_variables(tree, provided)]


def collect_units(root: Any, part: str) -> list[Unit]:
    """Paragraphs and loose template code (e.g. a footnote loop) in document order."""
    units: list[Unit] = []

    def loose(text: str | None) -> None:
        if text and "{" in text:
            units.append(Unit(part, 0, text.strip(), text))

    def visit(element: Any) -> None:
        if element.tag == f"{W}p":
            units.append(Unit(part, len([u for u in units if u.number]) + 1, *_paragraph_text(element), element))
            for nested in element.iterdescendants(f"{W}p"):
                if _paragraph_of(nested.getparent()) is element:
                    visit(nested)
            return
        for value in element.attrib.values():
            loose(value)
        loose(element.text)
        for child in element:
            visit(child)
            loose(child.tail)

    visit(root)
    return units


def _paragraph_of(element: Any) -> Any:
    while element is not None and element.tag != f"{W}p":
        element = element.getparent()
    return element


def _runs(paragraph: Any) -> list[Any]:
    return [r for r in paragraph.iter(f"{W}r") if _paragraph_of(r) is paragraph]


def _run_text(run: Any) -> str:
    return "".join(t.text or "" for t in run.findall(f"{W}t"))


def _paragraph_text(paragraph: Any) -> tuple[str, str]:
    text = "".join(_run_text(r) for r in _runs(paragraph))
    attributes = " ".join(v for e in paragraph.iter() for v in e.attrib.values() if "{{" in v or "{%" in v)
    return text, f"{text} {attributes}".strip()


def _formatting(run: Any) -> bytes:
    """The run's formatting, without what Word changes on its own (language, spelling marks, rsid)."""
    properties = run.find(f"{W}rPr")
    if properties is None:
        return b""
    copy = etree.fromstring(etree.tostring(properties))
    for child in list(copy):
        if child.tag in IGNORED_RUN_PROPERTIES:
            copy.remove(child)
    for element in copy.iter():
        for attribute in [a for a in element.attrib if "rsid" in a]:
            del element.attrib[attribute]
    return etree.tostring(copy) if len(copy) else b""


def split_tags(units: list[Unit]) -> list[tuple[Unit, str, str]]:
    """Tags whose characters Word stored in runs with different formatting or different parents."""
    problems = []
    for unit in units:
        if unit.element is None or "{" not in unit.text:
            continue
        spans, offset = [], 0
        for run in _runs(unit.element):
            length = len(_run_text(run))
            spans.append((offset, offset + length, run))
            offset += length
        for match in TAG.finditer(unit.text):
            runs = [r for start, end, r in spans if start < match.end() and end > match.start()]
            tag = match.group()
            if len({r.getparent() for r in runs}) > 1:
                problems.append((unit, f"de code '{tag}' loopt over de grens van een hyperlink of veld",
                                 "typ de code opnieuw buiten de hyperlink of het veld"))
            elif len({_formatting(r) for r in runs}) > 1:
                problems.append((unit, f"de code '{tag}' is in Word opgesplitst met verschillende opmaak middenin",
                                 "selecteer de hele code, wis de opmaak (Ctrl+spatie) en geef hem zo nodig in één keer opmaak"))
    return problems


def placement(units: list[Unit]) -> list[tuple[Unit, str, str]]:
    """`{%p` alone in its paragraph, `{%tr` in a table row of its own, `{%tc` in a cell."""
    problems = []
    for unit in units:
        if unit.element is None:
            continue
        tags = LEVEL_TAG.findall(unit.text)
        for match in LEVEL_TAG.finditer(unit.text):
            tag, level = match.group(), match.group(1)
            container = {"p": unit.element, "tr": _ancestor(unit.element, "tr"), "tc": _ancestor(unit.element, "tc")}[level]
            if container is None:
                place = "tabelrij" if level == "tr" else "tabelcel"
                problems.append((unit, f"'{tag}' staat niet in een {place}",
                                 f"zet '{{%{level} …%}}' in een cel van een eigen tabelrij, "
                                 "of gebruik '{%p …%}' in een eigen alinea"))
                continue
            rest = _text_of(container).replace(tag, "", 1).strip()
            if len(tags) > 1:
                problems.append((unit, f"'{tag}' deelt de alinea met een andere {{%{tags[0]}-code",
                                 f"zet elke {{%{level}-code in een eigen alinea"))
                break
            if rest:
                whole = "alinea" if level == "p" else "tabelrij" if level == "tr" else "tabelcel"
                problems.append((unit, f"'{tag}' staat niet alleen: de rest van de {whole} ('{rest[:40]}') verdwijnt",
                                 f"zet '{tag}' in een eigen {whole}, of gebruik '{{% …%}}' zonder "
                                 f"'{level}' binnen de alinea"))
    return problems


def _ancestor(element: Any, name: str) -> Any:
    element = element.getparent()
    while element is not None and element.tag != f"{W}{name}":
        element = element.getparent()
    return element


def _text_of(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def unclosed_code(units: list[Unit]) -> list[tuple[Unit, str, str]]:
    problems = []
    for unit in units:
        for opener, closer in (("{{", "}}"), ("{%", "%}")):
            if unit.code.count(opener) > unit.code.count(closer):
                problems.append((unit, f"een code met '{opener}' wordt niet afgesloten met '{closer}'",
                                 f"zet '{closer}' aan het eind van de code, in dezelfde alinea"))
    return problems


def balance(units: list[Unit]) -> list[tuple[Unit, str, str]]:
    """Blocks opened and not closed, closed without opening, or closed with another kind of tag."""
    from generator.checks.template_blocks import balance as check

    return check(units)


def parse(data: bytes, units: list[Unit]) -> tuple[Any, tuple[Unit, str, str] | None]:
    source = _patch(data.decode("utf-8", "replace"))
    lines = re.sub(r"(<w:p[ >]|\{%|\{\{)", r"\n\1", source)
    try:
        return make_environment().parse(lines), None
    except TemplateSyntaxError as exc:
        line = lines.splitlines()[exc.lineno - 1] if exc.lineno and exc.lineno <= len(lines.splitlines()) else ""
        fragment = re.sub(r"<[^>]+>", "", line).strip()
        unit = _unit_with(units, fragment[:30]) or Unit("", 0, fragment, fragment)
        hint = "controleer haakjes, aanhalingstekens en de schrijfwijze van de code"
        if re.search("[“”‘’„]", fragment):
            hint = "Word heeft de aanhalingstekens krullend gemaakt (“ ”); typ rechte aanhalingstekens (\" of ')"
        return None, (unit, f"de code '{fragment[:60]}' is geen geldige sjablooncode ({jinja(exc.message)[0]})", hint)


def _patch(xml: str) -> str:
    return DocxTemplate.patch_xml(DocxTemplate.__new__(DocxTemplate), xml)


def _unit_with(units: list[Unit], fragment: str) -> Unit | None:
    for unit in units:
        if fragment and fragment in unit.code:
            return unit
    return None


def _unknown(units: list[Unit], item: Any) -> tuple[Unit, str, str]:
    last = re.split(r"[.\[]", item.expression)[-1]
    pattern = re.compile(rf"(?<![\w.]){re.escape(item.expression)}(?!\w)" if "." not in item.expression
                         else rf"\.{re.escape(last)}(?!\w)")
    unit = next((u for u in units if any(pattern.search(t) for t in TAG.findall(u.code))), None)
    unit = unit or Unit("", 0, item.expression, item.expression)
    if item.guess:
        hint = f"bedoelt u '{item.guess}'?"
    else:
        hint = f"beschikbaar zijn: {', '.join(item.known[:12])}{', …' if len(item.known) > 12 else ''}"
    return unit, f"onbekende variabele '{item.expression}'", hint


def template_variables(path: Path) -> list[str] | None:
    """The context variables a template reads, over all its parts; None if it does not parse."""
    from generator.checks.template_variables import free_variables

    used: set[str] = set()
    try:
        for name, data in read_template(path):
            if PARTS.fullmatch(name):
                used.update(free_variables(make_environment().parse(_patch(data.decode("utf-8")))))
    except (UserError, TemplateSyntaxError, UnicodeDecodeError):
        return None
    return sorted(used)
