"""A concept is marked where no reader can miss it: "CONCEPT" (with the facts still open: "CONCEPT · nog open:
datum van de vergadering", soorten/openfeiten.py) and a diagonal watermark in the header of every page. A
section without a header for some of its pages (a template without one, like the raadsbesluit; a first page
of its own; even pages) gets a header holding only the mark, so the mark is on every page of every soort,
not only at the top of the body. A first-page header (a letter's letterhead) holds the CONCEPT line only:
LibreOffice 7.4 drops a drawing anchored there, so the watermark of the first page is anchored in the body's
first paragraph, where both Word and LibreOffice show it, on that page only (LibreOffice draws it unturned).

Done on the rendered parts, not in each template, so a gemeente's own huisstijl template is marked too."""

from __future__ import annotations

import itertools
import re
from xml.sax.saxutils import escape

NAMESPACES = {"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
              "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"}
HEADER = re.compile(r"word/header\d*\.xml")

MARK = (
    '<w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
    '<w:r><w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="20"/></w:rPr><w:t>CONCEPT</w:t></w:r>'
    # the watermark: a text box behind the page text, turned 45 degrees, with a description (PDF/UA: a
    # figure needs one; a VML watermark's alt text did not reach LibreOffice's PDF)
    '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="0"'
    ' behindDoc="1" locked="1" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
    '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
    '<wp:positionV relativeFrom="margin"><wp:align>center</wp:align></wp:positionV>'
    '<wp:extent cx="5400000" cy="1300000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
    '<wp:docPr id="9001" name="Watermerk" descr="Watermerk: concept"/><wp:cNvGraphicFramePr/>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
    '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm rot="18900000"><a:off x="0" y="0"/><a:ext cx="5400000" cy="1300000"/>'
    '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
    '<wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/>'
    '<w:color w:val="D9D9D9"/><w:sz w:val="150"/></w:rPr><w:t>CONCEPT</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
    '<wps:bodyPr rot="0" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"><a:noAutofit/></wps:bodyPr>'
    '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>'
)

LINE = MARK[: MARK.index("<w:r><w:drawing>")] + "</w:p>"
WATERMARK = MARK[MARK.index("<w:r><w:drawing>"): -len("</w:p>")]
"""The watermark alone, for the body of a first page. Centred like the others: placed lower (at the
foot of the text, or at a fixed offset from the page top) LibreOffice 7.4 broke the page off after
the first quoted point; in a letter, the quoted motie's grey ground can cover it."""
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER_RELATION = RELATIONSHIPS + "/header"
HEADER_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
HEADER_PART = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
               f' xmlns:r="{RELATIONSHIPS}"' + "".join(f' xmlns:{p}="{u}"' for p, u in NAMESPACES.items())
               + "></w:hdr>")  # mark() puts the one paragraph in
FIRST_PAGE_HEADER = re.compile(r'<w:headerReference\b[^>]*\bw:type="first"[^>]*\br:id="([^"]+)"'
                               r'|<w:headerReference\b[^>]*\br:id="([^"]+)"[^>]*\bw:type="first"')
SECTION = re.compile(r"<w:sectPr\b[^>]*?/>|<w:sectPr\b.*?</w:sectPr>", re.S)
TITLE_PAGE = re.compile(r'<w:titlePg(?:\s+w:val="(?:1|true|on)")?\s*/>')
EVEN_AND_ODD = re.compile(r'<w:evenAndOddHeaders(?:\s+w:val="(?:1|true|on)")?\s*/>')


def is_header(name: str) -> bool:
    return HEADER.fullmatch(name) is not None


def mark(xml: str, *, watermark: bool = True, open_facts: tuple[str, ...] = ()) -> str:
    """The header part with the CONCEPT line (and the watermark) as its first paragraph; the line names
    the facts still open ("CONCEPT · nog open: datum van de vergadering")."""
    start = re.search(r"<w:hdr\b[^>]*>", xml)
    if start is None:
        return xml
    paragraph = (MARK if watermark else LINE).replace("<w:t>CONCEPT</w:t>", f"<w:t>{escape(line(open_facts))}</w:t>", 1)
    return xml[: start.start()] + _declared(start.group()) + paragraph + xml[start.end():]


def line(open_facts: tuple[str, ...] = ()) -> str:
    """The header's CONCEPT line, with the open facts a reader must still fill in."""
    return f"CONCEPT · nog open: {', '.join(open_facts)}" if open_facts else "CONCEPT"


def first_page_headers(document: str, rels: str) -> set[str]:
    """The header parts a section shows on its first page only (w:titlePg)."""
    ids = {a or b for a, b in FIRST_PAGE_HEADER.findall(document)}
    targets = {}
    for relation in re.findall(r"<Relationship\b[^>]*>", rels):
        rid, target = re.search(r'\bId="([^"]+)"', relation), re.search(r'\bTarget="([^"]+)"', relation)
        if rid and target:
            targets[rid.group(1)] = target.group(1)
    return {f"word/{targets[rid].lstrip('/').removeprefix('word/')}" for rid in ids if rid in targets}


def watermark_body(xml: str) -> str:
    """The body with the watermark anchored in its first paragraph (outside a table): page 1 only."""
    root, body = re.search(r"<w:document\b[^>]*>", xml), re.search(r"<w:body>", xml)
    if root is None or body is None:
        return xml
    xml = xml[: root.start()] + _declared(root.group()) + xml[root.end():]
    body_at = xml.index("<w:body>") + len("<w:body>")
    first = re.compile(r"<w:p(?:\s[^>/]*)?>(?:<w:pPr>.*?</w:pPr>)?|<w:p\s*/>|<w:tbl>", re.S).search(xml, body_at)
    if first is None or first.group() == "<w:tbl>":
        return xml[:body_at] + f"<w:p>{WATERMARK}</w:p>" + xml[body_at:]
    if first.group().endswith("/>"):
        return xml[: first.start()] + f"<w:p>{WATERMARK}</w:p>" + xml[first.end():]
    return xml[: first.end()] + WATERMARK + xml[first.end():]


def _declared(tag: str, namespaces: dict[str, str] = NAMESPACES) -> str:
    for prefix, uri in namespaces.items():
        if f"xmlns:{prefix}=" not in tag:
            tag = tag[:-1] + f' xmlns:{prefix}="{uri}">'
    return tag


def mark_part(name: str, xml: str, first_pages: set[str], open_facts: tuple[str, ...] = ()) -> str:
    """A concept's mark in every header part (the line only in a first-page header); other parts stay."""
    return mark(xml, watermark=name not in first_pages, open_facts=open_facts) if is_header(name) else xml


def add_headers(document: str, rels: str, types: str, settings: str, taken: set[str],
                open_facts: tuple[str, ...] = ()) -> dict[str, str]:
    """The parts to change and add so that every page of every section has a header: a header missing
    for a kind of page a section shows (default; first with titlePg; even with evenAndOddHeaders), and
    not inherited from an earlier section, becomes a new header part holding only the mark. Empty when
    every page already has one. `taken`: the names of the parts the document already has."""
    kinds = ("default", "even") if EVEN_AND_ODD.search(settings) else ("default",)
    covered: set[str] = set()
    numbers = (n for n in itertools.count(1) if f"word/header{n}.xml" not in taken)
    added: dict[str, str] = {}
    references: list[str] = []

    def section(match: re.Match[str]) -> str:
        text = match.group()
        covered.update(re.findall(r'<w:headerReference\b[^>]*\bw:type="(\w+)"', text))
        wanted = (*kinds, "first") if TITLE_PAGE.search(text) else kinds
        refs = ""
        for kind in (k for k in wanted if k not in covered):
            number = next(numbers)
            added[f"word/header{number}.xml"] = mark(HEADER_PART, watermark=kind != "first", open_facts=open_facts)
            references.append(f'<Relationship Id="rIdConcept{number}" Type="{HEADER_RELATION}" Target="header{number}.xml"/>')
            refs += f'<w:headerReference w:type="{kind}" r:id="rIdConcept{number}"/>'
            covered.add(kind)
        if not refs:
            return text
        if text.endswith("/>"):
            return text[:-2] + ">" + refs + "</w:sectPr>"
        opening = text.index(">") + 1
        return text[:opening] + refs + text[opening:]

    document = SECTION.sub(section, document)
    if not added:
        return {}
    root = re.search(r"<w:document\b[^>]*>", document)
    assert root is not None
    document = document[: root.start()] + _declared(root.group(), {"r": RELATIONSHIPS}) + document[root.end():]
    overrides = "".join(f'<Override PartName="/{name}" ContentType="{HEADER_CONTENT}"/>' for name in added)
    return {"word/document.xml": document,
            "word/_rels/document.xml.rels": rels.replace("</Relationships>", "".join(references) + "</Relationships>"),
            "[Content_Types].xml": types.replace("</Types>", overrides + "</Types>"), **added}
