"""Values → Word XML fragments for the template, escaped (the Jinja environment autoescapes too)."""

from __future__ import annotations

from markupsafe import Markup, escape

from generator.soorten.base import FOOTNOTE_MARK

FOOTNOTE_RUN = (
    '</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
    '<w:footnoteReference w:id="{id}"/></w:r><w:r><w:t xml:space="preserve">'
)


class Footnotes:
    """Numbers footnotes in order of first reference and keeps their texts for footnotes.xml."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self.numbers: dict[str, int] = {}

    def point(self, text: str) -> Markup:
        """The point's text, escaped, with each `[^label]` replaced by a real Word footnote."""
        pieces, last = [], 0
        for match in FOOTNOTE_MARK.finditer(text):
            pieces.append(str(escape(text[last:match.start()])))
            label = match.group(1)
            number = self.numbers.setdefault(label, len(self.numbers) + 1)
            pieces.append(FOOTNOTE_RUN.format(id=number))
            last = match.end()
        pieces.append(str(escape(text[last:])))
        return Markup("".join(pieces))

    def context(self) -> list[dict[str, object]]:
        return [{"id": number, "tekst": self.texts[label]} for label, number in self.numbers.items()]


def plain(text: str) -> str:
    """The text as a reader sees it: footnote markers removed."""
    return FOOTNOTE_MARK.sub("", text)
