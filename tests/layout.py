"""The layout check: slips a reader sees on the page, found in a PDF's text positions (pdfplumber).

LibreOffice writes a tagged PDF: every character carries the structure tag of its paragraph (the Word
style: "H2", "Ondertekening", "Vaststelling") or "Artifact" for headers, footers and the watermark.
Per page, over the body (everything but artifacts):
- a page that holds only a signature block (the closing "Aldus vastgesteld …", roles and names);
- a heading as the last body text of a page while the document goes on on the next;
- a concept page without "CONCEPT" (in its header, footer or watermark);
- a watermark hidden: most of its letters under a filled shape painted after them (a shaded paragraph,
  such as a letter's grey quote block, drawn over a watermark that lies behind the text);
- header text whose box comes within 2 pt of the first body line;
- a word broken inside a table cell: a line that ends in a letter and the next that starts lower case,
  where neither half is a word, or the two make one word more common than either (wordfreq);
and over the document: a heading more than one level below the heading before it (H1 then H3), or a
first heading below H1.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

SIGNATURE = {"Ondertekening", "Ondertekening namen", "Vaststelling", "Slot"}
"""Paragraph styles of the closing block in the built-in templates (a huisstijl keeps their names)."""
HEADING = re.compile(r"H\d|Title|Blokkop|Citaat kop")
WATERMARK_SIZE, GAP, SHORT = 40, 2.0, 8
"""A signature line is short ("de secretaris, de burgemeester,"); a letter's last paragraph, kept in the
signature paragraph so the names never stand alone, has full lines."""


@dataclass(frozen=True)
class Line:
    top: float
    bottom: float
    text: str
    tag: str
    artifact: bool
    size: float


def lines_of(page) -> list[Line]:  # type: ignore[no-untyped-def]
    """The page's text lines (characters grouped by their line), watermark left out."""
    chars = [c for c in page.chars if c["size"] < WATERMARK_SIZE and c["text"].strip()]
    chars.sort(key=lambda c: (round(c["top"]), c["x0"]))
    rows: list[list[dict]] = []
    for char in chars:
        if rows and abs(rows[-1][0]["top"] - char["top"]) < 2 and (rows[-1][0].get("tag") == "Artifact") == (char.get("tag") == "Artifact"):
            rows[-1].append(char)
        else:
            rows.append([char])
    found = []
    for row in rows:
        tags = [c.get("tag") or "" for c in row]
        tag = max(set(tags), key=tags.count)
        found.append(Line(min(c["top"] for c in row), max(c["bottom"] for c in row), _text(row), tag,
                          tag == "Artifact", max(c["size"] for c in row)))
    return sorted(found, key=lambda line: line.top)


def _text(row: list[dict]) -> str:
    out, last = "", None
    for char in sorted(row, key=lambda c: c["x0"]):
        if last is not None and char["x0"] - last > char["size"] * 0.2:
            out += " "
        out += char["text"]
        last = char["x1"]
    return out


def findings(pdf_path: Path, *, concept: bool) -> list[str]:
    import pdfplumber

    found = []
    with pdfplumber.open(pdf_path) as pdf:
        pages = [lines_of(page) for page in pdf.pages]
        for number, (page, lines) in enumerate(zip(pdf.pages, pages, strict=True), start=1):
            body = [line for line in lines if not line.artifact]
            later = any(not line.artifact for rest in pages[number:] for line in rest)
            where = f"{pdf_path.name}: pagina {number}"
            if number > 1 and body and all(line.tag in SIGNATURE and len(line.text.split()) <= SHORT for line in body):
                found.append(f"{where}: de pagina bevat alleen de ondertekening ('{body[0].text[:40]}')")
            if body and later and HEADING.fullmatch(body[-1].tag):
                found.append(f"{where}: de kop '{body[-1].text[:50]}' staat onderaan, de tekst erbij op de volgende pagina")
            if concept and "CONCEPT" not in _all_text(page):
                found.append(f"{where}: geen CONCEPT-markering op een concept")
            if hidden_watermark(page):
                found.append(f"{where}: het watermerk ligt onder een gevuld vlak dat erna getekend is en is niet te zien")
            header = [line for line in lines if line.artifact and body and line.bottom <= body[0].bottom and line.top < body[0].top]
            if header and body and max(line.bottom for line in header) + GAP > body[0].top:
                found.append(f"{where}: de koptekst '{header[-1].text[:40]}' raakt de eerste regel '{body[0].text[:40]}'")
            found.extend(f"{where}: {broken}" for broken in broken_words(page))
        found.extend(f"{pdf_path.name}: {skip}" for skip in heading_skips(pages))
    return found


def hidden_watermark(page) -> bool:  # type: ignore[no-untyped-def]
    """Whether most of the page's watermark letters lie under a filled shape the page paints after them
    (in paint order: PDF has no layers, what comes later covers)."""
    from pdfminer.layout import LTChar, LTCurve

    painted = list(_paint_order(page.layout))
    letters = [(at, item) for at, item in enumerate(painted)
               if isinstance(item, LTChar) and item.size >= WATERMARK_SIZE and item.get_text().strip()]
    fills = [(at, item) for at, item in enumerate(painted) if isinstance(item, LTCurve) and item.fill]
    covered = [letter for at, letter in letters if any(later > at and _under(letter, fill) for later, fill in fills)]
    return bool(letters) and 2 * len(covered) > len(letters)


def _paint_order(container):  # type: ignore[no-untyped-def]
    """Every object of a pdfminer layout, nested forms included, in the order the page paints them."""
    from pdfminer.layout import LTContainer

    for item in container:
        if isinstance(item, LTContainer):
            yield from _paint_order(item)
        else:
            yield item


def _under(letter, fill) -> bool:  # type: ignore[no-untyped-def]
    x, y = (letter.x0 + letter.x1) / 2, (letter.y0 + letter.y1) / 2
    return fill.x0 <= x <= fill.x1 and fill.y0 <= y <= fill.y1


def heading_skips(pages: list[list[Line]]) -> list[str]:
    found, previous, last_text = [], 0, None
    for line in (line for lines in pages for line in lines if not line.artifact):
        if not re.fullmatch(r"H[1-6]", line.tag) or line.text == last_text:
            continue
        level, last_text = int(line.tag[1]), line.text
        if level > previous + 1:
            found.append(f"de kop '{line.text[:50]}' (H{level}) volgt op H{previous}: een kopniveau overgeslagen")
        previous = level
    return found


def _all_text(page) -> str:  # type: ignore[no-untyped-def]
    """Every character of the page in reading order, the watermark's too (its letters come one by one)."""
    big = "".join(c["text"] for c in page.chars if c["size"] >= WATERMARK_SIZE)
    return big + " " + " ".join(line.text for line in lines_of(page))


def broken_words(page) -> list[str]:  # type: ignore[no-untyped-def]
    from wordfreq import zipf_frequency

    found = []
    for table in page.find_tables():
        for row in table.extract():
            for cell in row:
                parts = (cell or "").splitlines()
                for first, second in itertools.pairwise(parts):
                    head, tail = first.rstrip().split(" ")[-1], second.lstrip().split(" ")[0]
                    if not (head[-1:].isalpha() and tail[:1].isalpha() and tail[:1].islower()):
                        continue
                    parts_zipf = (zipf_frequency(head.lower(), "nl"), zipf_frequency(tail.lower(), "nl"))
                    whole = zipf_frequency((head + tail).lower(), "nl")
                    if max(parts_zipf) == 0 or (whole >= 1.5 and whole > max(parts_zipf)):
                        found.append(f"het woord '{head}{tail}' is in een tabelcel afgebroken ('{head}' / '{tail}')")
    return found
