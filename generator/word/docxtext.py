"""The visible text of a .docx, one paragraph a line: for review diffs, golden tests and checks."""

from __future__ import annotations

import io
import re
import zipfile
from xml.parsers import expat

from lxml import etree

from generator.word.ooxml import W

PARTS = re.compile(r"word/(header\d*|document|footnotes|footer\d*)\.xml")
ORDER = {"header": 0, "document": 1, "footnotes": 2, "footer": 3}


def paragraphs(xml: bytes) -> list[str]:
    """Each non-empty paragraph's text; streamed, so a very long document stays small in memory."""
    if len(xml) > 2_000_000:  # a long table (the motievolglijst): stream, build no tree
        return _streamed_paragraphs(xml)
    lines = []
    boxed = b"txbxContent" in xml  # only text in a text box can be the watermark's: else no ancestor walk
    paragraph, run_text, tab = f"{W}p", f"{W}t", f"{W}tab"
    for para in etree.fromstring(xml).iter(paragraph):
        parent = para.getparent()
        if (parent is not None and parent.tag == paragraph) or (boxed and _in_watermark(para)):
            continue
        text = []
        for node in para.iter(run_text, tab, f"{W}br"):
            if boxed and _in_watermark(node):
                continue
            text.append(node.text or "" if node.tag == run_text else (" " if node.tag == tab else "\n"))
        line = "".join(text)
        if line.strip():
            lines.append(line)
    return lines


WATERMARK = "Watermerk"  # the docPr name of the CONCEPT watermark (word/concept.py)


def _in_watermark(node: etree._Element) -> bool:
    """Text of the CONCEPT watermark is decoration, not text of the document (the header says CONCEPT)."""
    for ancestor in node.iterancestors(f"{W}txbxContent"):
        for anchor in ancestor.iterancestors("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor"):
            doc_pr = anchor.find("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
            return doc_pr is not None and doc_pr.get("name") == WATERMARK
    return False


def _streamed_paragraphs(xml: bytes) -> list[str]:
    """The same lines as `paragraphs`, read with expat callbacks instead of a tree."""
    lines: list[str] = []
    stack: list[list[str]] = []
    in_text = [False]
    main = W[1:-1] + " "

    def start(name: str, _attrs: object) -> None:
        if name == main + "p":
            stack.append([])
        elif stack and name == main + "t":
            in_text[0] = True
        elif stack and name == main + "tab":
            stack[-1].append(" ")
        elif stack and name == main + "br":
            stack[-1].append("\n")

    def end(name: str) -> None:
        if name == main + "t":
            in_text[0] = False
        elif name == main + "p" and stack:
            line = "".join(stack.pop())
            if line.strip():
                lines.append(line)

    def text(data: str) -> None:
        if in_text[0] and stack:
            stack[-1].append(data)

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
    parser.Parse(xml, True)
    return lines


def document_text(data: bytes, *, body_only: bool = False) -> str:
    """Headers, body, footnotes and footers, in that order (body and footnotes when body_only)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {n: archive.read(n) for n in archive.namelist() if PARTS.fullmatch(n)}
    return parts_text(parts, body_only=body_only)


def parts_text(parts: dict[str, bytes], *, body_only: bool = False) -> str:
    """The same, from the XML parts themselves (the build has them in hand after rendering)."""
    names = sorted((n for n in parts if PARTS.fullmatch(n)), key=lambda n: (ORDER[re.sub(r"\d", "", n[5:-4])], n))
    if body_only:
        names = [n for n in names if n in ("word/document.xml", "word/footnotes.xml")]
    lines = []
    for name in names:
        lines.extend(paragraphs(parts[name]))
    return "\n".join(lines) + "\n"
