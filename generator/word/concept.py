"""A concept is marked where no reader can miss it: "CONCEPT" in every header and a diagonal watermark.

Done on the rendered parts, not in each template, so a gemeente's own huisstijl template is marked too.
"""

from __future__ import annotations

import re

VML = {"v": "urn:schemas-microsoft-com:vml", "o": "urn:schemas-microsoft-com:office:office"}
HEADER = re.compile(r"word/header\d*\.xml")

MARK = (
    '<w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
    '<w:r><w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="20"/></w:rPr><w:t>CONCEPT</w:t></w:r>'
    '<w:r><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"'
    ' path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/>'
    '<v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
    '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/>'
    '<v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800"'
    ' o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/>'
    '</v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" type="#_x0000_t136"'
    ' style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;'
    'z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f"'
    ' fillcolor="#d9d9d9" stroked="f"><v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="CONCEPT"/></v:shape></w:pict></w:r></w:p>'
)


def is_header(name: str) -> bool:
    return HEADER.fullmatch(name) is not None


def mark(xml: str) -> str:
    """The header part with the CONCEPT line and the watermark as its first paragraph."""
    start = re.search(r"<w:hdr\b[^>]*>", xml)
    if start is None:
        return xml
    tag = start.group()
    for prefix, uri in VML.items():
        if f"xmlns:{prefix}=" not in tag:
            tag = tag[:-1] + f' xmlns:{prefix}="{uri}">'
    return xml[: start.start()] + tag + MARK + xml[start.end():]
