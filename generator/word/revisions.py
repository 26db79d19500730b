"""Native Word revision marks (w:ins / w:del) from markers in rendered text, and reading them back.

The redline is rendered from the raadsbesluit's own template with its texts marked: a segment
starts with INS or DEL and an author character (AUTHOR + n) and ends with END. After rendering,
`RevisionMarks.apply` splits the runs that hold markers into plain, inserted and deleted runs, each
with the run's own formatting; a paragraph whose text is wholly inserted or deleted gets its
paragraph mark tracked too, so accepting every change leaves exactly the new text, and rejecting
every change the old. We write the marks ourselves (see docs/redline.md for why).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

INS, DEL, END = "\ue000", "\ue001", "\ue002"
AUTHOR = 0xE100
MARKERS = re.compile("[\ue000-\ue002\ue100-\ue1ff]")
PARAGRAPH = re.compile(r"<w:p(?=[ >])(?:(?!</w:p>).)*</w:p>", re.S)
RUN = re.compile(r"<w:r(?=[ >])(?:(?!</w:r>).)*</w:r>", re.S)
RUN_PARTS = re.compile(r"<w:rPr>.*?</w:rPr>|<w:t(?: [^>]*)?>[^<]*</w:t>|<w:t/>|<w:tab/>|<w:br/>", re.S)
SEGMENT = re.compile("([\ue000\ue001])(.)(.*?)\ue002", re.S)


def marked(kind: str, author: int, text: str) -> str:
    return f"{kind}{chr(AUTHOR + author)}{text}{END}" if text else ""


@dataclass(frozen=True)
class Author:
    name: str
    date: dt.date


class RevisionMarks:
    """Callable on word/document.xml; authors are numbered as `marked` was given them."""

    def __init__(self, authors: list[Author]) -> None:
        self.authors = authors
        self.next_id = 1

    def __call__(self, xml: str) -> str:
        return PARAGRAPH.sub(lambda m: self.paragraph(m.group(0)) if MARKERS.search(m.group(0)) else m.group(0), xml)

    def attributes(self, author: int) -> str:
        who = self.authors[author]
        self.next_id += 1
        return (f' w:id="{self.next_id}" w:author={quoteattr(who.name)}'
                f' w:date="{who.date.isoformat()}T00:00:00Z"')

    def paragraph(self, xml: str) -> str:
        pieces = [piece for run in RUN.findall(xml) for piece in self.pieces(run)]
        visible = [(kind, text) for kind, _a, _rpr, text in pieces if text.strip() or text == "\t"]
        kinds = {kind for kind, _ in visible}
        whole = next(iter(kinds)) if len(kinds) == 1 and kinds != {""} else ""
        if whole:
            author = next(a for kind, a, _r, _t in pieces if kind)
            pieces = [(whole, author, rpr, text) for _k, _a, rpr, text in pieces]
            xml = self.mark_paragraph(xml, whole, author)
        body = "".join(self.run(kind, author, rpr, text) for kind, author, rpr, text in pieces)
        first = RUN.search(xml)
        if first is None:
            return xml
        start, end = first.start(), [m.end() for m in RUN.finditer(xml)][-1]
        return xml[:start] + body + xml[end:]

    def pieces(self, run: str) -> list[tuple[str, int, str, str]]:
        """(kind "" / INS / DEL, author, rPr, text ("\\t" for a tab)) for each piece of a run."""
        rpr, found = "", []
        for part in RUN_PARTS.findall(run):
            if part.startswith("<w:rPr>"):
                rpr = part
            elif part == "<w:tab/>":
                found.append(("", 0, rpr, "\t"))
            elif part.startswith("<w:t"):
                text = re.sub(r"^<w:t[^>]*>|</w:t>$", "", part) if not part.endswith("/>") else ""
                found += [(k, a, rpr, t) for k, a, t in split(text)]
        return found

    def run(self, kind: str, author: int, rpr: str, text: str) -> str:
        if text == "\t":
            inner = f"<w:r>{rpr}<w:tab/></w:r>"
        else:
            tag = "w:delText" if kind == DEL else "w:t"
            inner = f'<w:r>{rpr}<{tag} xml:space="preserve">{text}</{tag}></w:r>'
        if not kind:
            return inner
        name = "w:ins" if kind == INS else "w:del"
        return f"<{name}{self.attributes(author)}>{inner}</{name}>"

    def mark_paragraph(self, xml: str, kind: str, author: int) -> str:
        """The paragraph mark itself inserted or deleted (pPr/rPr/w:ins or w:del)."""
        mark = f"<{'w:ins' if kind == INS else 'w:del'}{self.attributes(author)}/>"
        if "<w:pPr>" in xml:
            ppr = re.search(r"<w:pPr>.*?</w:pPr>", xml, re.S)
            assert ppr is not None
            inner = ppr.group(0)
            if "<w:rPr>" in inner:
                new = inner.replace("<w:rPr>", f"<w:rPr>{mark}", 1)
            else:
                new = inner.replace("</w:pPr>", f"<w:rPr>{mark}</w:rPr></w:pPr>")
            return xml.replace(inner, new, 1)
        return re.sub(r"^(<w:p[^>]*>)", rf"\1<w:pPr><w:rPr>{mark}</w:rPr></w:pPr>", xml, count=1)


def split(text: str) -> list[tuple[str, int, str]]:
    found, at = [], 0
    for match in SEGMENT.finditer(text):
        if match.start() > at:
            found.append(("", 0, text[at:match.start()]))
        found.append((match.group(1), ord(match.group(2)) - AUTHOR, match.group(3)))
        at = match.end()
    if at < len(text):
        found.append(("", 0, text[at:]))
    return [piece for piece in found if piece[2]]


# Reading a redline back (tests, and anyone checking a file from Word)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Revision:
    kind: str
    """"ins" or "del"."""
    author: str
    date: str
    text: str


def read(data: bytes) -> tuple[list[Revision], str, str]:
    """The revisions of a .docx body, and its text with every change accepted, and rejected."""
    from xml.etree import ElementTree as ET

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = ET.fromstring(archive.read("word/document.xml"))
    revisions = []
    for element in root.iter():
        if element.tag in (W + "ins", W + "del") and len(element):
            text = "".join(t.text or "" for t in element.iter() if t.tag in (W + "t", W + "delText"))
            revisions.append(Revision(element.tag[len(W):], element.get(W + "author", ""), element.get(W + "date", ""), text))
    return revisions, view(root, accept=True), view(root, accept=False)


def view(root: object, *, accept: bool) -> str:
    """Paragraph texts with the changes accepted (or rejected); a paragraph whose mark is removed
    joins the next one, as in Word."""
    gone, kept = (W + "del", W + "ins") if accept else (W + "ins", W + "del")
    lines: list[str] = []
    pending = ""
    for p in root.iter(W + "p"):  # type: ignore[attr-defined]
        text = pending + "".join(_text(p, gone, kept))
        ppr = p.find(W + "pPr")
        mark = ppr.find(W + "rPr") if ppr is not None else None
        if mark is not None and mark.find(gone) is not None:
            pending = text
            continue
        pending = ""
        lines.append(text)
    return "\n".join(lines)


def _text(element: object, gone: str, kept: str) -> list[str]:
    out = []
    for child in element:  # type: ignore[attr-defined]
        if child.tag == gone:
            continue
        if child.tag in (W + "t", W + "delText"):
            out.append(child.text or "")
        elif child.tag == W + "tab":
            out.append(" ")  # as docxtext writes a tab
        elif child.tag != W + "pPr":
            out += _text(child, gone, kept)
    return out
