"""An altChunk's content (a file Word pastes into a document as it is: HTML, text) → its lines.

Word shows the chunk's text as part of the document; a reader of document.xml alone would drop it
without a word. HTML is parsed by lxml's HTML parser with the network off and read per block
(paragraph, list item, heading, cell); other kinds are named in a note by the caller.
"""

from __future__ import annotations

BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "pre", "blockquote", "dt", "dd")
HTML = ("text/html", "application/xhtml+xml")


def chunk_lines(content_type: str, blob: bytes) -> list[str] | None:
    """The chunk's lines of text, or None for a kind the import does not read (RTF, MHT, another .docx)."""
    kind = content_type.split(";", maxsplit=1)[0].strip().casefold()
    if kind in HTML:
        return _html_lines(blob)
    if kind == "text/plain":
        try:
            text = blob.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = blob.decode("cp1252", errors="replace")
        return [line.strip() for line in text.splitlines() if line.strip()]
    return None


def _html_lines(blob: bytes) -> list[str]:
    from lxml import etree, html

    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = html.document_fromstring(blob, parser=parser)
    except (etree.ParserError, ValueError):
        return []
    lines = []
    for element in root.iter(*BLOCKS):
        if any(child.tag in BLOCKS for child in element.iterdescendants()):
            continue  # the inner blocks speak for themselves
        text = " ".join(element.text_content().split())
        if text:
            lines.append(text)
    return lines
