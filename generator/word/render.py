"""Word templates → documents: sandboxed Jinja, each template compiled once per process.

Plain docxtpl opens, patches and parses the whole template for every document. Here a template is
opened once: its XML parts (body, headers, footers, footnotes) are patched by docxtpl's own
`patch_xml` and compiled by a sandboxed, autoescaping Jinja environment with StrictUndefined. Each
document is then one Jinja render per part plus a zip write with fixed entry times, so the same
input gives the same bytes. tests/test_render.py checks that the text equals plain docxtpl's.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.parsers import expat
from xml.sax.saxutils import escape

from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from generator import clock, nl, portable
from generator.errors import UserError
from generator.messages import EXPAT, EXPAT_DEFAULT, dutch, jinja, quoted_name
from generator.word import zipwriter
from generator.word.concept import TITLE_PAGE, add_headers, first_page_headers, mark_part, watermark_body
from generator.word.headings import no_skips, style_levels
from generator.word.keep import keep_with_signature
from generator.word.language import in_dutch
from generator.word.numbering import ListRestarter
from generator.word.pictures import describe, images
from generator.word.tables import captioned
from generator.word.template import read_template

DUTCH = ("word/styles.xml", "word/settings.xml")
"""Template parts that declare the document's language (word/language.py)."""
RENDERED = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml")
LANGUAGE = "nl-NL"


RENDER_SECONDS = float(os.environ.get("RAADSSTUKKEN_RENDER_SECONDS", "20"))
MAX_VALUE = 5_000_000
MAX_PART = 64 * 1024 * 1024


class Refused(SecurityError):
    """What raadsstukken itself refuses in a template; its message is ours (Dutch) already."""


class _BoundedSandbox(SandboxedEnvironment):
    """The sandbox limits attribute access and range(); this also bounds `*` and `**`, which
    otherwise let one template expression allocate gigabytes ('a' * 300000000)."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise Refused("machtsverheffen met zo'n grote exponent is niet toegestaan")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int) and len(seq) * times > MAX_VALUE:
                    raise Refused("deze vermenigvuldiging maakt een te grote waarde")
        return super().call_binop(context, operator, left, right)


def time_limit(seconds: float, what: str) -> AbstractContextManager[None]:
    """Stop a render that runs too long (a template loop without end), in the main thread."""
    return portable.time_limit(seconds, lambda: UserError(f"{what} duurt langer dan {seconds:g} seconden en is afgebroken",
                                                          "controleer het sjabloon op lussen zonder einde"))


def make_environment() -> SandboxedEnvironment:
    """The one Jinja environment every render uses (templates cannot reach Python internals)."""
    env = _BoundedSandbox(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters.update(
        datum=nl.datum, datum_kort=nl.datum_kort, bedrag=nl.bedrag,
        rangtelwoord=nl.rangtelwoord, opsomming=nl.opsomming,
    )
    return env


@dataclass(frozen=True)
class Properties:
    """Document properties, set after rendering (templated properties come out double-escaped)."""

    title: str
    author: str
    subject: str = ""
    created: dt.date | None = None
    keywords: str = ""
    concept: bool = False
    """A draft: CONCEPT and a watermark in the header of every page (word/concept.py); the status says so."""
    open_facts: tuple[str, ...] = ()
    """What a concept still lacks ("datum van de vergadering"): named beside CONCEPT in the header."""


class CompiledTemplate:
    """A Word template opened, patched and compiled once; renders any number of documents."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries = [(name, in_dutch(name, _text(path, name, data)).encode("utf-8") if name in DUTCH else data)
                        for name, data in read_template(path)]
        self.packed = {name: zipwriter.pack(name, data) for name, data in self.entries}
        parts = dict(self.entries)
        self.images = images(parts)
        self.first_pages = first_page_headers(_text(path, "word/document.xml", parts.get("word/document.xml", b"")),
                                              _text(path, "rels", parts.get("word/_rels/document.xml.rels", b"")))
        self.levels = style_levels(_text(path, "word/styles.xml", parts.get("word/styles.xml", b"")))
        self.lists = None
        if "word/numbering.xml" in parts:
            self.lists = ListRestarter(_text(path, "word/numbering.xml", parts["word/numbering.xml"]),
                                       _text(path, "word/styles.xml", parts.get("word/styles.xml", b"")))
        from docxtpl import DocxTemplate  # imported here: a build with nothing to render never needs it

        env = make_environment()
        patcher = DocxTemplate(path)
        self.templates = {}
        for name, data in self.entries:
            if RENDERED.fullmatch(name):
                source = patcher.patch_xml(_text(path, name, data))
                source = re.sub(r"<w:p([ >])", r"\n<w:p\1", source)
                source = _literal_braces(source)
                try:
                    self.templates[name] = env.from_string(source)
                except TemplateError as exc:
                    raise template_error(path, name, source, exc) from None

    def render(self, context: dict[str, Any], properties: Properties, media: dict[str, bytes] | None = None) -> bytes:
        return self.render_parts(context, properties, media)[0]

    def render_parts(self, context: dict[str, Any], properties: Properties,
                     media: dict[str, bytes] | None = None,
                     post: Callable[[str], str] | None = None,
                     descriptions: dict[str, str] | None = None) -> tuple[bytes, dict[str, bytes]]:
        """The .docx, and the XML parts that were rendered (for the text beside it). `post` rewrites
        the rendered body (the redline turns its markers into revision marks there); `descriptions`
        give images their alternative text (word/logo.py)."""
        unknown = set(media or {}) - set(self.packed)
        if unknown:
            raise UserError(f"sjabloon {self.path.name} heeft geen afbeelding {', '.join(sorted(unknown))}",
                            "zet de voorbeeldafbeelding met die naam in het sjabloon")
        changed: dict[str, bytes] = {}
        with time_limit(RENDER_SECONDS, f"sjabloon {self.path.name}"):
            for name, template in self.templates.items():
                xml = self._render_part(name, template, context)
                if name == "word/document.xml" and self.lists is not None:
                    xml, numbering = self.lists.apply(xml)
                    if numbering is not self.lists.numbering:
                        changed["word/numbering.xml"] = numbering.encode("utf-8")
                if name == "word/document.xml":
                    xml = captioned(no_skips(keep_with_signature(xml), self.levels), self.levels)
                if name == "word/document.xml" and post is not None:
                    xml = post(xml)
                if descriptions and name in self.images:
                    xml = describe(xml, self.images[name], descriptions)
                if properties.concept:
                    xml = mark_part(name, xml, self.first_pages, properties.open_facts)
                changed[name] = xml.encode("utf-8")
                del xml
        if properties.concept:
            changed.update(self._concept_headers(changed["word/document.xml"], properties.open_facts))
            if TITLE_PAGE.search(changed["word/document.xml"].decode("utf-8")):
                changed["word/document.xml"] = watermark_body(changed["word/document.xml"].decode("utf-8")).encode("utf-8")
        changed["docProps/core.xml"] = core_properties(properties)
        changed.update(media or {})
        names = [name for name, _ in self.entries]
        data = zipwriter.write([
            zipwriter.pack(name, changed[name]) if name in changed else self.packed[name]
            for name in names + sorted(set(changed) - set(names))
        ])
        return data, changed

    def _concept_headers(self, document: bytes, open_facts: tuple[str, ...] = ()) -> dict[str, bytes]:
        """A concept's header on every page: the parts word/concept.py adds where a page has none."""
        parts = dict(self.entries)
        text = {name: parts.get(name, b"").decode("utf-8") for name in
                ("word/_rels/document.xml.rels", "[Content_Types].xml", "word/settings.xml")}
        added = add_headers(document.decode("utf-8"), text["word/_rels/document.xml.rels"], text["[Content_Types].xml"],
                            text["word/settings.xml"], set(parts), open_facts)
        return {name: xml.encode("utf-8") for name, xml in added.items()}

    def _render_part(self, name: str, template: Any, context: dict[str, Any]) -> str:
        try:
            xml = self._generate(name, template, context)
        except MemoryError:
            raise UserError(f"sjabloon {self.path.name} ({name}) vraagt te veel geheugen",
                            "controleer het sjabloon op lussen die te veel herhalen") from None
        except Refused as exc:
            raise UserError(f"sjabloon {self.path.name} ({name}) probeert iets dat niet mag: {exc}",
                            "verwijder deze code uit het sjabloon") from None
        except SecurityError as exc:
            what = quoted_name(exc)
            raise UserError(f"sjabloon {self.path.name} ({name}) probeert iets dat niet mag"
                            + (f" ('{what}')" if what else ""), "verwijder deze code uit het sjabloon") from None
        except UndefinedError as exc:
            raise UserError(f"sjabloon {self.path.name} ({name}) gebruikt een onbekende variabele '{quoted_name(exc.message)}'",
                            "controleer de schrijfwijze (zie 'raadsstukken templates')") from None
        except (TemplateError, RecursionError, TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as exc:
            message, hint = jinja(exc)
            raise UserError(f"sjabloon {self.path.name} ({name}): {message}", hint) from None
        try:  # well-formed? expat checks without building a tree (a 10,000-row table stays cheap)
            expat.ParserCreate().Parse(xml, True)
        except expat.ExpatError as exc:
            message, hint = dutch(exc, EXPAT, EXPAT_DEFAULT)
            raise UserError(f"sjabloon {self.path.name} ({name}) levert geen geldig Word-document op: {message}"
                            f" (regel {exc.lineno}, kolom {exc.offset})", hint) from None
        return xml

    def _generate(self, name: str, template: Any, context: dict[str, Any]) -> str:
        """Render chunk by chunk, undoing docxtpl's paragraph marker per chunk (it never spans two), and
        stop as soon as the part grows past MAX_PART: one copy of a large part, not six."""
        chunks: list[str] = []
        size, append = 0, chunks.append
        for chunk in template.generate(context):
            if "\n<w:p" in chunk:  # most chunks are values: a test, not a substitution, for them
                chunk = chunk.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
            size += len(chunk)
            if size > MAX_PART:
                raise UserError(f"sjabloon {self.path.name} ({name}) levert meer dan {MAX_PART // 2**20} MB tekst op",
                                "controleer het sjabloon op lussen die te veel herhalen")
            append(chunk)
        xml = "".join(chunks)
        del chunks
        return _resolve_listing(xml) if _SPECIAL.search(xml) else xml


_ESCAPED_BRACES = re.compile(r"\{_\{|\}_\}|\{_%|%_\}")


def _text(path: Path, name: str, data: bytes) -> str:
    """A template part as text: Word writes UTF-8; anything else (UTF-16) is named, not a crash."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(f"sjabloon {path.name} ({name}) is niet in UTF-8 opgeslagen",
                        "sla het sjabloon opnieuw op in Word als 'Word-document (*.docx)'") from None


def _literal_braces(source: str) -> str:
    """docxtpl's escapes for a literal `{{` in a template (`{_{`, `}_}`, `{_%`, `%_}`), made literal
    in the compiled template itself. docxtpl replaces them after rendering, in the values too, so a
    value containing `%_}` came out as `%}` (found by the property test)."""
    return _ESCAPED_BRACES.sub(lambda m: "{% raw %}" + m.group().replace("_", "") + "{% endraw %}", source)


_SPECIAL = re.compile("[\t\a\n\f]")
_SPECIAL_TEXT = re.compile(r"<w:t(?: [^>]*)?>[^<]*[\t\a\n\f]")


def _resolve_listing(xml: str) -> str:
    """Newlines and tabs in values become Word line breaks and tabs, exactly as docxtpl does."""
    if not _SPECIAL_TEXT.search(xml):
        return xml
    from docxtpl import DocxTemplate

    return DocxTemplate.resolve_listing(None, xml)  # type: ignore[arg-type]


def template_error(path: Path, part: str, source: str, exc: TemplateError) -> UserError:
    line = getattr(exc, "lineno", None)
    where = ""
    if line:
        visible = re.sub(r"<[^>]+>", "", source.splitlines()[line - 1] if line <= len(source.splitlines()) else "")
        where = f" in de alinea '{visible.strip()[:80]}'"
    message, hint = jinja(getattr(exc, "message", exc))
    return UserError(f"sjabloon {path.name} ({part}){where}: {message}", hint)


@lru_cache(maxsize=64)
def compiled(path: Path, mtime_ns: int, size: int) -> CompiledTemplate:
    """Per-process cache; the key changes when the file does."""
    return CompiledTemplate(path)


def render(path: Path, context: dict[str, Any], properties: Properties, media: dict[str, bytes] | None = None) -> bytes:
    return render_parts(path, context, properties, media)[0]


def render_parts(path: Path, context: dict[str, Any], properties: Properties,
                 media: dict[str, bytes] | None = None,
                 post: Callable[[str], str] | None = None,
                 descriptions: dict[str, str] | None = None) -> tuple[bytes, dict[str, bytes]]:
    stat = path.stat()
    return compiled(path, stat.st_mtime_ns, stat.st_size).render_parts(context, properties, media, post, descriptions)


def _source_date() -> dt.date:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else a fixed date: never the clock."""
    return clock.source_date() or dt.date(2000, 1, 1)


def core_properties(props: Properties) -> bytes:
    created = props.created or _source_date()
    stamp = f"{created.isoformat()}T00:00:00Z"
    fields = [
        f"<dc:title>{escape(props.title)}</dc:title>",
        f"<dc:subject>{escape(props.subject)}</dc:subject>",
        f"<dc:creator>{escape(props.author)}</dc:creator>",
        f"<cp:keywords>{escape(props.keywords)}</cp:keywords>",
        f"<cp:lastModifiedBy>{escape(props.author)}</cp:lastModifiedBy>",
        f"<dc:language>{LANGUAGE}</dc:language>",
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>',
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>',
    ]
    if props.concept:
        fields.append("<cp:contentStatus>Concept</cp:contentStatus>")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + "".join(fields) + "</cp:coreProperties>"
    ).encode("utf-8")
