"""Every table has a caption: its title for a screen reader (Word's alternative text, `w:tblCaption`).

A template may give a table its own caption (the motievolglijst does). A table without one gets the
text of the heading just above it (at most three paragraphs up: "Overzicht baten en lasten" above a
sentence that introduces the table), else of the paragraph just before it ("Ingediend door:",
"Stemmingsuitslag"): the reader hears what the sighted reader sees above it. Done on the rendered
body, so a huisstijl template gets it too.
"""

from __future__ import annotations

import re
from collections.abc import Container
from xml.sax.saxutils import escape, unescape

TABLE_PROPERTIES = re.compile(r"<w:tbl>\s*<w:tblPr>(.*?)</w:tblPr>", re.S)
AFTER_CAPTION = re.compile(r"<w:(?:tblDescription|tblPrChange)\b")
PARAGRAPH = re.compile(r"<w:p\b[^>/]*>.*?</w:p>", re.S)
STYLE = re.compile(r'<w:pStyle w:val="([^"]+)"')
HEADING_DISTANCE = 3
TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|<w:(?:tab|br)\b[^>]*/>")
"""A run's text, and a tab or line break (a numbered heading: "4", a tab, its title) as a space."""
LOOK_BACK = 20_000
LONGEST = 120


def captioned(xml: str, headings: Container[str]) -> str:
    """The body with a caption on every table that has none and follows a paragraph with text;
    `headings`: the paragraph styles that are headings."""
    if "<w:tbl>" not in xml:
        return xml
    out, last = [], 0
    for match in TABLE_PROPERTIES.finditer(xml):
        properties = match.group(1)
        if "<w:tblCaption " in properties:
            continue
        caption = _before(xml, match.start(), headings)
        if not caption:
            continue
        element = f'<w:tblCaption w:val="{escape(caption, {chr(34): "&quot;"})}"/>'
        after = AFTER_CAPTION.search(properties)
        at = match.start(1) + (after.start() if after else len(properties))
        out += [xml[last:at], element]
        last = at
    return "".join(out) + xml[last:] if out else xml


def _before(xml: str, start: int, headings: Container[str]) -> str:
    """The text of the heading just above `start`, else of the last paragraph with text; no closing colon."""
    texts = []
    for paragraph in reversed(PARAGRAPH.findall(xml, max(0, start - LOOK_BACK), start)):
        text = " ".join(unescape("".join(part or " " for part in TEXT.findall(_runs(paragraph)))).split()).rstrip(":").strip()
        if not text:
            continue
        style = STYLE.search(paragraph)
        if (style and style.group(1) in headings) or "<w:outlineLvl " in paragraph:
            texts = [text]
            break
        texts.append(text)
        if len(texts) == HEADING_DISTANCE:
            break
    if not texts:
        return ""
    text = texts[0]  # the heading found, or the paragraph just before the table
    return text if len(text) <= LONGEST else text[: LONGEST - 1].rstrip() + "…"


def _runs(paragraph: str) -> str:
    """The paragraph without its properties (whose tab stops are no text)."""
    end = paragraph.find("</w:pPr>")
    return paragraph[end:] if end >= 0 else paragraph
