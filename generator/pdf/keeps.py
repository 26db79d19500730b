"""A heading never stands at the foot of a PDF page: where LibreOffice leaves one, it is moved.

Every heading style keeps with the next paragraph, and Word honours that. LibreOffice 7.4 does not
always: a heading followed by a block that moves to the next page as a whole (a letter's last
paragraph with its signature, kept together; a chain of paragraphs that keep with the next) stays at
the foot of the page, its text on the next (found with the layout check of issue 26, reproduced with
a plain python-docx document: the heading stays when the block after it is three or more kept
paragraphs, or one tall paragraph that does not fit). So after converting, the PDF is read back:
a heading that is the last text of a page while the text goes on later is named (`stranded`), and
LibreOffice's private copy of the .docx gets a page break before that heading (and before the headings
directly above it), and is converted once more. The .docx itself is not changed: Word lays it out right.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

HEADING_TAG = re.compile(r"/H[1-6]")
ASIDE = {"/Artifact", "/Note", "/Footnote", "/FENote"}
"""Marked content that is not the page's running text: headers, footers, the watermark, footnotes."""
PARAGRAPH = re.compile(r"<w:p(?:\s[^>]*)?>.*?</w:p>", re.S)
TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
STYLE = re.compile(r'<w:pStyle w:val="([^"]+)"')
OUTLINE = re.compile(r'<w:outlineLvl w:val="([0-8])"')
BEFORE_BREAK = re.compile(r"(?:<w:pStyle [^>]*/>)?(?:<w:keepNext(?: [^>]*)?/>)?(?:<w:keepLines(?: [^>]*)?/>)?")
BREAK = "<w:pageBreakBefore/>"


class Pages:
    """A PDF's pages, each read once (pypdf's text extraction is most of the check's cost): its text,
    for the title check, and its body's text chunks, for `stranded`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._reader: Any = None
        self._read: dict[int, tuple[str, list[tuple[float, str, int, str]], Exception | None]] = {}

    @property
    def reader(self) -> Any:
        if self._reader is None:
            from pypdf import PdfReader

            self._reader = PdfReader(self.path)
        return self._reader

    def __len__(self) -> int:
        return len(self.reader.pages)

    def text(self, number: int) -> str:
        """What `page.extract_text()` gives (the chunks are gathered on the way; that changes no text)."""
        return self._page(number)[0]

    def lines(self, number: int) -> list[tuple[float, str, int, str]]:
        _text, lines, failure = self._page(number)
        if failure is not None:
            raise failure
        return lines

    def _page(self, number: int) -> tuple[str, list[tuple[float, str, int, str]], Exception | None]:
        if number not in self._read:
            self._read[number] = _page_lines(self.reader.pages[number])
        return self._read[number]


def stranded(pages: Pages) -> list[list[Any]]:
    """The headings that end a page while body text follows on a later page: [text, occurrence], the
    occurrence counting earlier headings of the same text (a verordening repeats "Artikel 1" in its
    toelichting). The last page never ends with one in this sense, so it is read only when an
    earlier page ends with a heading (a one-page document is not read at all)."""
    found: list[list[Any]] = []
    seen: dict[str, int] = {}
    count = len(pages)
    for number in range(count - 1):
        lines = pages.lines(number)
        headings = _headings(lines)
        for text in headings.values():
            seen[text] = seen.get(text, -1) + 1
        if not lines:
            continue
        _top, tag, mcid, _content = max(lines, key=lambda line: line[0])  # the lowest text of the page
        if HEADING_TAG.fullmatch(tag) and any(pages.lines(later) for later in range(number + 1, count)):
            text = headings[mcid]
            later_same = list(headings.values())[list(headings).index(mcid) + 1:].count(text)
            found.append([text, seen[text] - later_same])
    return found


def _page_lines(page: Any) -> tuple[str, list[tuple[float, str, int, str]], Exception | None]:
    """The page's text, and its body's text chunks: (distance from the top, tag, MCID, text), in stream
    order; or what went wrong gathering the chunks (the text is then still the page's text)."""
    stack: list[tuple[str, int]] = []
    chunks: list[tuple[float, str, int, str]] = []
    failed: list[Exception] = []
    try:
        height = float(page.mediabox.height)
    except Exception as exc:  # the text is still read, as the title check needs it
        failed.append(exc)

    def operand(operator: bytes, args: list[Any], _cm: Any, _tm: Any) -> None:
        if failed:
            return
        try:
            if operator in (b"BDC", b"BMC"):
                properties = args[1] if operator == b"BDC" and len(args) > 1 else {}
                mcid = properties.get("/MCID", -1) if hasattr(properties, "get") else -1
                stack.append((str(args[0]), int(mcid)))
            elif operator == b"EMC" and stack:
                stack.pop()
        except Exception as exc:
            failed.append(exc)

    def text(content: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if failed or not content.strip() or not stack or any(tag in ASIDE for tag, _ in stack):
            return
        try:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            tag, mcid = stack[-1]
            chunks.append((height - y, tag, mcid, content))
        except Exception as exc:
            failed.append(exc)

    extracted = page.extract_text(visitor_operand_before=operand, visitor_text=text)
    return extracted, chunks, (failed[0] if failed else None)


def _headings(lines: list[tuple[float, str, int, str]]) -> dict[int, str]:
    """The heading texts of a page by MCID (each marked-content sequence joined), in stream order."""
    texts: dict[int, list[str]] = {}
    for _top, tag, mcid, content in lines:
        if HEADING_TAG.fullmatch(tag):
            texts.setdefault(mcid, []).append(content)
    return {mcid: _normal("".join(parts)) for mcid, parts in texts.items()}


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def break_before(docx: Path, headings: list[list[Any]]) -> bool:
    """Rewrite `docx` (LibreOffice's private copy) with a page break before each stranded heading and
    the headings right above it. False when none of them was found."""
    from generator.word.headings import style_levels

    with zipfile.ZipFile(docx) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    parts = {info.filename: data for info, data in entries}
    xml = parts["word/document.xml"].decode("utf-8")
    levels = style_levels(parts.get("word/styles.xml", b"").decode("utf-8"))
    paragraphs = list(PARAGRAPH.finditer(xml))
    targets = set()
    for text, occurrence in headings:
        matches = [i for i, p in enumerate(paragraphs) if _is_heading(p.group(), levels) and _text(p.group()) == text]
        if occurrence < len(matches):
            index = matches[occurrence]
            while index > 0 and _is_heading(paragraphs[index - 1].group(), levels):
                index -= 1
            targets.add(index)
    if not targets:
        return False
    out, last = [], 0
    for index in sorted(targets):
        match = paragraphs[index]
        out += [xml[last:match.start()], _with_break(match.group())]
        last = match.end()
    parts["word/document.xml"] = ("".join(out) + xml[last:]).encode("utf-8")
    with zipfile.ZipFile(docx, "w") as archive:
        for info, _data in entries:
            archive.writestr(info, parts[info.filename], compress_type=zipfile.ZIP_STORED)
    return True


def _is_heading(paragraph: str, levels: dict[str, int]) -> bool:
    head = paragraph[: paragraph.find("</w:pPr>") + 1] if "</w:pPr>" in paragraph else ""
    style = STYLE.search(head)
    return bool(OUTLINE.search(head) or (style and style.group(1) in levels))


def _text(paragraph: str) -> str:
    from xml.sax.saxutils import unescape

    return _normal(unescape("".join(TEXT.findall(paragraph))))


def _with_break(paragraph: str) -> str:
    if BREAK in paragraph:
        return paragraph
    start = paragraph.find("<w:pPr>")
    if start < 0:
        opening = paragraph.index(">") + 1
        return paragraph[:opening] + f"<w:pPr>{BREAK}</w:pPr>" + paragraph[opening:]
    inner = start + len("<w:pPr>")
    keep = BEFORE_BREAK.match(paragraph, inner)
    at = keep.end() if keep else inner
    return paragraph[:at] + BREAK + paragraph[at:]
