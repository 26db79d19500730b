"""The visible text of a .docx, one paragraph a line: for review diffs, golden tests and checks."""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARTS = re.compile(r"word/(header\d*|document|footnotes|footer\d*)\.xml")
ORDER = {"header": 0, "document": 1, "footnotes": 2, "footer": 3}


def paragraphs(xml: bytes) -> list[str]:
    """Each non-empty paragraph's text; streamed, so a very long document stays small in memory."""
    lines = []
    if len(xml) < 4_000_000:  # small: one tree is faster; large: stream
        stream = ((None, p) for p in etree.fromstring(xml).iter(f"{W}p"))
    else:
        stream = etree.iterparse(io.BytesIO(xml), events=("end",), tag=f"{W}p")
    for _event, para in stream:
        if para.getparent() is not None and para.getparent().tag == f"{W}p":
            continue
        text = []
        for node in para.iter(f"{W}t", f"{W}tab", f"{W}br"):
            text.append(node.text or "" if node.tag == f"{W}t" else (" " if node.tag == f"{W}tab" else "\n"))
        line = "".join(text)
        if line.strip():
            lines.append(line)
        if para.getparent() is not None and para.getparent().tag in (f"{W}body", f"{W}tc", f"{W}ftr", f"{W}hdr"):
            para.clear(keep_tail=True)
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
