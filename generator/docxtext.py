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
    root = etree.fromstring(xml)
    lines = []
    for para in root.iter(f"{W}p"):
        text = []
        for node in para.iter(f"{W}t", f"{W}tab", f"{W}br"):
            text.append(node.text or "" if node.tag == f"{W}t" else (" " if node.tag == f"{W}tab" else "\n"))
        line = "".join(text)
        if line.strip():
            lines.append(line)
    return lines


def document_text(data: bytes, *, body_only: bool = False) -> str:
    """Headers, body, footnotes and footers, in that order (body and footnotes when body_only)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if PARTS.fullmatch(n)]
        names.sort(key=lambda n: (ORDER[re.sub(r"\d", "", n[5:-4])], n))
        if body_only:
            names = [n for n in names if n in ("word/document.xml", "word/footnotes.xml")]
        lines = []
        for name in names:
            lines.extend(paragraphs(archive.read(name)))
    return "\n".join(lines) + "\n"
