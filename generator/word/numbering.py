"""Numbered lists restart at 1 after an interruption, as a reader expects.

In docxtpl every paragraph rendered from one template paragraph shares one Word list, so a second
numbered list continues at 4 where the first stopped at 3 (a known docxtpl complaint). After
rendering, each run of consecutive paragraphs in a numbered list gets its own list instance with
a start override of 1.
"""

from __future__ import annotations

import re

PARAGRAPH = re.compile(r"<w:p(?=[ >])(?:(?!<w:p[ >]).)*?</w:p>", re.DOTALL)
NUM_ID = re.compile(r'<w:numId w:val="(\d+)"/>')
STYLE = re.compile(r'<w:pStyle w:val="([^"]+)"/>')
STYLE_DEF = re.compile(r'<w:style [^>]*w:styleId="([^"]+)"[^>]*>.*?</w:style>', re.DOTALL)
NUM_DEF = re.compile(r'<w:num w:numId="(\d+)"[^>]*>\s*<w:abstractNumId w:val="(\d+)"/>', re.DOTALL)
ABSTRACT = re.compile(r'<w:abstractNum [^>]*w:abstractNumId="(\d+)".*?</w:abstractNum>', re.DOTALL)
DECIMAL_LVL0 = re.compile(r'<w:lvl w:ilvl="0"[^>]*>.*?<w:numFmt w:val="decimal"/>', re.DOTALL)


class ListRestarter:
    """What a template's numbering and styles say about its numbered lists, worked out once."""

    def __init__(self, numbering: str, styles: str) -> None:
        self.numbering = numbering
        self.decimal = _decimal_nums(numbering)
        self.style_num = {sid: m.group(1) for sid, body in _styles(styles) if (m := NUM_ID.search(body))}
        ids = [int(n) for n in re.findall(r'<w:num w:numId="(\d+)"', numbering)]
        self.first_free = max(ids, default=0) + 1
        markers = [f'<w:numId w:val="{n}"/>' for n in self.decimal]
        markers += [f'<w:pStyle w:val="{sid}"/>' for sid, num in self.style_num.items() if num in self.decimal]
        self.markers = markers

    def used_in(self, document: str) -> bool:
        """Whether any paragraph can be in a numbered list (most documents: a quick no)."""
        return any(marker in document for marker in self.markers)

    def apply(self, document: str) -> tuple[str, str]:
        """The document with each run of numbered paragraphs in its own list, and the numbering."""
        if not self.decimal or not self.used_in(document):
            return document, self.numbering
        next_id, new_nums, pieces = self.first_free, [], []
        last_end, previous, current = 0, None, 0
        for match in PARAGRAPH.finditer(document):
            paragraph = match.group(0)
            num = _effective_num(paragraph, self.style_num)
            if num in self.decimal:
                if num != previous:
                    new_nums.append(_num(next_id, self.decimal[num]))
                    current, next_id = next_id, next_id + 1
                paragraph = _set_num(paragraph, current, num)
            previous = num
            pieces.append(document[last_end:match.start()] + paragraph)
            last_end = match.end()
        if not new_nums:
            return document, self.numbering
        pieces.append(document[last_end:])
        return "".join(pieces), self.numbering.replace("</w:numbering>", "".join(new_nums) + "</w:numbering>")


def restart_numbering(document: str, numbering: str, styles: str) -> tuple[str, str]:
    return ListRestarter(numbering, styles).apply(document)


def _decimal_nums(numbering: str) -> dict[str, str]:
    decimal_abstract = {m.group(1) for m in ABSTRACT.finditer(numbering) if DECIMAL_LVL0.search(m.group(0))}
    return {num: abstract for num, abstract in NUM_DEF.findall(numbering) if abstract in decimal_abstract}


def _styles(styles: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(0)) for m in STYLE_DEF.finditer(styles)]


def _effective_num(paragraph: str, style_num: dict[str, str]) -> str | None:
    direct = NUM_ID.search(paragraph)
    if direct:
        return direct.group(1)
    style = STYLE.search(paragraph)
    return style_num.get(style.group(1)) if style else None


def _set_num(paragraph: str, new_id: int, old_id: str) -> str:
    if NUM_ID.search(paragraph):
        return NUM_ID.sub(f'<w:numId w:val="{new_id}"/>', paragraph, count=1)
    numpr = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{new_id}"/></w:numPr>'
    return re.sub(r"(<w:pStyle [^>]*/>)", r"\1" + numpr, paragraph, count=1)


def _num(num_id: int, abstract: str) -> str:
    return (f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
