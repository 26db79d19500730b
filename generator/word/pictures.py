"""Pictures of a template get their alternative text: `descr` on the drawing, which Word shows as
Alternatieve tekst and LibreOffice writes as the PDF figure's /Alt. Which image gets which text is the
caller's (the logo: word/logo.py); here only where a part's pictures are and how the text is set.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

DRAWING = re.compile(r"<w:drawing>.*?</w:drawing>", re.S)
EMBED = re.compile(r'r:embed="([^"]+)"')
DOC_PR = re.compile(r"<wp:docPr\b[^>]*?(/?>)")


def images(entries: dict[str, bytes]) -> dict[str, dict[str, str]]:
    """Per part of a template, its pictures: {relationship id: zip entry of the image}."""
    found: dict[str, dict[str, str]] = {}
    for name, data in entries.items():
        part = re.fullmatch(r"word/_rels/(.+)\.rels", name)
        if part is None:
            continue
        for rel in re.finditer(rb"<Relationship\b[^>]*>", data):
            target = re.search(rb'Target="([^"]+)"', rel.group())
            rid = re.search(rb'Id="([^"]+)"', rel.group())
            if target and rid and re.search(rb'Type="[^"]*/image"', rel.group()):
                path = target.group(1).decode()
                entry = path.lstrip("/") if path.startswith("/") else f"word/{path}"
                found.setdefault(f"word/{part.group(1)}", {})[rid.group(1).decode()] = entry
    return found


def describe(xml: str, pictures: dict[str, str], descriptions: dict[str, str]) -> str:
    """The part with `descr` on each picture whose image has a description (replacing the template's)."""
    def drawing(match: re.Match[str]) -> str:
        block = match.group()
        embed = EMBED.search(block)
        text = descriptions.get(pictures.get(embed.group(1), "")) if embed else None
        if text is None:
            return block
        doc_pr = DOC_PR.search(block)
        if doc_pr is None:
            return block
        tag = re.sub(r'\sdescr="[^"]*"', "", doc_pr.group())
        tag = tag[: -len(doc_pr.group(1))] + f' descr="{escape(text, {chr(34): "&quot;"})}"' + doc_pr.group(1)
        return block[: doc_pr.start()] + tag + block[doc_pr.end():]

    return DRAWING.sub(drawing, xml)
