"""A signature block never stands alone on a page: the paragraph before it keeps with it.

A besluit's closing block ("Aldus vastgesteld …", the roles, the names) starts with a paragraph styled
`Vaststelling` and is kept together by its styles; what precedes it is data (the last lid of the last
article) that no template can mark. Done on the rendered body, so a huisstijl template gets it too. A
letter keeps its last paragraph inside its `Ondertekening` paragraph instead (tools/tpl_afdoeningsbrief.py).
"""

from __future__ import annotations

import re

SIGNATURE = re.compile(r'<w:p\b[^>]*>(?:(?!</w:p>).)*?<w:pStyle w:val="Vaststelling"', re.S)
PARAGRAPH = re.compile(r"<w:p(?:\s[^>]*)?>")
KEEP = "<w:keepNext/>"


def keep_with_signature(xml: str) -> str:
    """The body with `keepNext` on the paragraph just before the first signature paragraph."""
    block = SIGNATURE.search(xml)
    if block is None:
        return xml
    before = list(PARAGRAPH.finditer(xml, 0, block.start()))
    if not before:
        return xml
    start = before[-1]
    end = xml.find("</w:p>", start.end())
    paragraph = xml[start.end():end]
    if KEEP in paragraph.split("</w:pPr>")[0]:
        return xml
    if paragraph.startswith("<w:pPr>"):
        style = re.match(r"<w:pPr>(<w:pStyle [^>]*/>)?", paragraph)
        assert style is not None
        paragraph = paragraph[: style.end()] + KEEP + paragraph[style.end():]
    else:
        paragraph = f"<w:pPr>{KEEP}</w:pPr>" + paragraph
    return xml[: start.end()] + paragraph + xml[end:]
