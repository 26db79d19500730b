"""A signature block never stands alone on a page: the paragraph before it keeps with it.

A besluit's closing block ("Aldus vastgesteld …", the roles, the names) starts with a paragraph styled
`Vaststelling` and is kept together by its styles; what precedes it is data (the last lid of the last
article) that no template can mark. Done on the rendered body, so a huisstijl template gets it too. A
letter keeps its last paragraph inside its `Ondertekening` paragraph instead (tools/tpl_afdoeningsbrief.py).
"""

from __future__ import annotations

import re

SIGNATURE = '<w:pStyle w:val="Vaststelling"'
PARAGRAPH = re.compile(r"<w:p(?:\s[^>]*)?>")
KEEP = "<w:keepNext/>"


def keep_with_signature(xml: str) -> str:
    """The body with `keepNext` on the paragraph just before the first signature paragraph."""
    at = xml.find(SIGNATURE)  # a plain search: most documents have no signature block
    block = _paragraph_before(xml, at) if at >= 0 else None
    start = _paragraph_before(xml, block.start()) if block is not None else None
    if start is None:
        return xml
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


def _paragraph_before(xml: str, end: int) -> re.Match[str] | None:
    """The opening tag of the last paragraph that starts before `end`."""
    while end > 0:
        end = xml.rfind("<w:p", 0, end)
        found = PARAGRAPH.match(xml, end) if end >= 0 else None
        if found is not None:
            return found
    return None
