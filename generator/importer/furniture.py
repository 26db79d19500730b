"""Page furniture: page numbers, kenmerk blocks, letterheads and lines repeated on every page.

Removed lines are returned so the caller can report them; a letterhead "Gemeente Den Haag" is also
returned as a hint for the gemeente.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from generator.importer.textclean import PAGE_BREAK, is_blank

_PAGE_NUMBER = re.compile(
    r"^(?:(?:pagina|blad|page|p\.)\s*)?\d{1,3}\s*(?:/|van|of|uit)\s*\d{1,3}$"
    r"|^-\s*\d{1,3}\s*-$|^(?:pagina|blad|page)\s+\d{1,3}$",
    re.IGNORECASE,
)
_KENMERK_LABEL = re.compile(r"^(?:ons|uw)\s+(?:kenmerk|referentie)\s*:?$|^(?:kenmerk|onze referentie)\s*:?$",
                            re.IGNORECASE)
_KENMERK_INLINE = re.compile(r"^(?:ons|uw)\s+(?:kenmerk|referentie)\s*:?\s+\S+$", re.IGNORECASE)
_KENMERK_CODE = re.compile(r"^[A-Z]{2,8}(?:/[A-Z0-9.-]+)*/\d{4,}(?:/\d+)*$")
_LETTERHEAD = re.compile(r"^(?:Gemeente|GEMEENTE|Provincie|PROVINCIE)\s+(?P<naam>(?:'s-"
                         r"|’s-)?[A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,3})$")
_LONE_NUMBER = re.compile(r"^\d{1,3}$")


@dataclass
class Cleaned:
    lines: list[str]
    removed: list[str] = field(default_factory=list)
    letterheads: list[str] = field(default_factory=list)


def strip_furniture(lines: list[str]) -> Cleaned:
    result = Cleaned([])
    repeated = _repeated_lines(lines)
    skip_value = False
    for index, line in enumerate(lines):
        text = line.strip()
        if is_blank(line):
            result.lines.append(line)
            continue
        if skip_value:
            skip_value = False
            if len(text.split()) <= 3:
                result.removed.append(text)
                continue
        reason = _furniture(text, lines, index, repeated)
        if reason is None:
            result.lines.append(line)
            continue
        result.removed.append(text)
        if reason == "label":
            skip_value = True
        elif reason == "letterhead":
            result.letterheads.append(_LETTERHEAD.match(text).group("naam"))  # type: ignore[union-attr]
    return result


def _furniture(text: str, lines: list[str], index: int, repeated: set[str]) -> str | None:
    if _PAGE_NUMBER.match(text) or _KENMERK_CODE.match(text) or _KENMERK_INLINE.match(text):
        return "page"
    if _KENMERK_LABEL.match(text):
        return "label"
    if _LETTERHEAD.match(text) and _after_break(lines, index):
        return "letterhead"
    if _LONE_NUMBER.match(text) and _near_page_break(lines, index):
        return "page"
    if _key(text) in repeated and not _top_of_first_page(lines, index):
        return "page"
    return None


def _top_of_first_page(lines: list[str], index: int) -> bool:
    """The first copy of a running head, at the top of page 1, may be the document's own heading."""
    before = [line for line in lines[:index] if line.strip()]
    return PAGE_BREAK not in before and len(before) < 3


def _after_break(lines: list[str], index: int) -> bool:
    """Whether the line starts a page or follows a finished sentence (not a wrapped line)."""
    j = index - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j < 0 or lines[j] == PAGE_BREAK or lines[j].rstrip().endswith((".", ":", ";", "!", "?"))


def _near_page_break(lines: list[str], index: int) -> bool:
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if j < 0 or j >= len(lines) or lines[j] == PAGE_BREAK:
            return True
    return False


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def _repeated_lines(lines: list[str]) -> set[str]:
    """Short lines at the top or bottom of two or more pages: running heads and footers."""
    pages: list[list[str]] = [[]]
    for line in lines:
        if line == PAGE_BREAK:
            pages.append([])
        elif line.strip():
            pages[-1].append(line.strip())
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        edge = {_key(t) for t in page[:3] + page[-3:] if len(t) <= 80}
        counts.update(edge)
    return {key for key, count in counts.items()
            if count >= 2 and len(key) > 1 and not key.endswith((":", ";", ","))}
