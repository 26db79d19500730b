"""A concept is marked where no reader can miss it: "CONCEPT" in every header and a diagonal watermark.
A template without a header (the raadsbesluit) gets both at the top of its body, and the CONCEPT line in
every footer too (a watermark drawn from a footer lands dark over the text in LibreOffice).

Done on the rendered parts, not in each template, so a gemeente's own huisstijl template is marked too.
"""

from __future__ import annotations

import re

NAMESPACES = {"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
              "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"}
HEADER = re.compile(r"word/header\d*\.xml")
FOOTER = re.compile(r"word/footer\d*\.xml")

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


def is_header(name: str) -> bool:
    return HEADER.fullmatch(name) is not None


def is_footer(name: str) -> bool:
    return FOOTER.fullmatch(name) is not None


def mark(xml: str, *, watermark: bool = True) -> str:
    """The header (or footer) part with the CONCEPT line and the watermark as its first paragraph."""
    start = re.search(r"<w:(?:hdr|ftr)\b[^>]*>", xml)
    if start is None:
        return xml
    return xml[: start.start()] + _declared(start.group()) + (MARK if watermark else LINE) + xml[start.end():]


def mark_body(xml: str) -> str:
    """The document part with the CONCEPT line and the watermark as the body's first paragraph."""
    root, body = re.search(r"<w:document\b[^>]*>", xml), re.search(r"<w:body>", xml)
    if root is None or body is None:
        return xml
    return (xml[: root.start()] + _declared(root.group()) + xml[root.end(): body.end()] + MARK
            + xml[body.end():])


def _declared(tag: str) -> str:
    for prefix, uri in NAMESPACES.items():
        if f"xmlns:{prefix}=" not in tag:
            tag = tag[:-1] + f' xmlns:{prefix}="{uri}">'
    return tag


def mark_part(name: str, xml: str, *, has_header: bool) -> str:
    """A concept's mark: in every header; without one, at the top of the body and in every footer."""
    if is_header(name):
        return mark(xml)
    if has_header:
        return xml
    if name == "word/document.xml":
        return mark_body(xml)
    return mark(xml, watermark=False) if is_footer(name) else xml
