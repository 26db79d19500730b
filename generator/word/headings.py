"""Heading levels never skip: a heading one level deeper than the one before at most.

A template decides its heading styles once (a verordening's artikelen are Heading 2, under a hoofdstuk
that is Heading 1), but the data decides whether the level above is there (a verordening without
hoofdstukken; a letter whose only headings are Heading 2). A screen reader then announces a level-2
heading with no level 1 above it, and PDF/UA readers list a broken outline. After rendering, a
heading deeper than allowed gets its outline level set on the paragraph itself: it keeps its style's
look, and LibreOffice tags it (H1…H6) by that level. Done on the rendered body, so a huisstijl
template gets it too.
"""

from __future__ import annotations

import re

BODY_TEXT = 9
STYLE = re.compile(r'<w:style\b[^>]*w:type="paragraph"[^>]*>.*?</w:style>', re.S)
STYLE_ID = re.compile(r'w:styleId="([^"]+)"')
BASED_ON = re.compile(r'<w:basedOn w:val="([^"]+)"')
OUTLINE = re.compile(r'<w:outlineLvl w:val="(\d+)"\s*/>')
PARAGRAPH = re.compile(r'<w:p(?:\s[^>]*)?>(<w:pPr>.*?</w:pPr>)?', re.S)
PARAGRAPH_STYLE = re.compile(r'<w:pStyle w:val="([^"]+)"')
AFTER_OUTLINE = re.compile(r"<w:(?:divId|cnfStyle|rPr|sectPr|pPrChange)\b")
"""What may follow w:outlineLvl inside w:pPr (the schema's order)."""


def style_levels(styles_xml: str) -> dict[str, int]:
    """Outline level (0 = level 1) of each paragraph style that has one, through its basedOn chain."""
    own: dict[str, int | None] = {}
    parent: dict[str, str] = {}
    for match in STYLE.finditer(styles_xml):
        style = match.group()
        found_id = STYLE_ID.search(style)
        if found_id is None:
            continue
        ppr = re.search(r"<w:pPr>.*?</w:pPr>", style, re.S)
        outline = OUTLINE.search(ppr.group()) if ppr else None
        own[found_id.group(1)] = int(outline.group(1)) if outline else None
        based = BASED_ON.search(style)
        if based:
            parent[found_id.group(1)] = based.group(1)
    levels: dict[str, int] = {}
    for style_id in own:
        seen, current = set(), style_id
        while current in own and own[current] is None and current in parent and current not in seen:
            seen.add(current)
            current = parent[current]
        inherited = own.get(current)
        if inherited is not None and inherited < BODY_TEXT:
            levels[style_id] = inherited
    return levels


def no_skips(xml: str, levels: dict[str, int]) -> str:
    """The body with every heading at most one level below the heading it falls under (the first at
    level 1): each heading takes the level after that of the nearest heading before it with a higher
    level in the template, so sibling headings stay siblings."""
    if not levels:
        return xml
    out, last = [], 0
    above: list[tuple[int, int]] = []  # (level in the template, level given) of the open headings
    for match in PARAGRAPH.finditer(xml):
        ppr = match.group(1) or ""
        direct = OUTLINE.search(ppr)
        style = PARAGRAPH_STYLE.search(ppr)
        level = int(direct.group(1)) if direct else levels.get(style.group(1)) if style else None
        if level is None or level >= BODY_TEXT:
            continue
        while above and above[-1][0] >= level:
            above.pop()
        given = above[-1][1] + 1 if above else 0
        if given < level:
            out += [xml[last:match.start(1)], _with_level(ppr, given)]
            last = match.end(1)
        above.append((level, min(given, level)))
    return "".join(out) + xml[last:] if out else xml


def _with_level(ppr: str, level: int) -> str:
    element = f'<w:outlineLvl w:val="{level}"/>'
    if OUTLINE.search(ppr):
        return OUTLINE.sub(element, ppr, count=1)
    after = AFTER_OUTLINE.search(ppr)
    at = after.start() if after else len(ppr) - len("</w:pPr>")
    return ppr[:at] + element + ppr[at:]
