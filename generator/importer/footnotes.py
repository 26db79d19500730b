"""Footnotes: a superscript digit glued to a word ("instrument is1;") and its text at the page foot.

Extraction often mangles the footnote text itself: the label disappears and letters come apart
("~-dd~-e-n-in_g_J_e_u_g_d-hulp", "https: //vng. nl/…"). Unreadable words are taken out (and
reported), a URL broken by spaces is joined again.
"""

from __future__ import annotations

import re

from generator.importer.body import BRACKET_REF, candidate_refs

_URL_BROKEN = re.compile(r"(?P<url>https?\s*:\s*/\s*/.*|www\s*\.\s.*)$", re.IGNORECASE)


def mark_refs(text: str, labels: set[str]) -> str:
    """`instrument is1;` → `instrument is[^1];` for each label that has a footnote text."""
    found = candidate_refs(text) & labels
    for label in found:
        text = re.sub(rf"\[{label}\](?!\()", f"[^{label}]", text)
        text = re.sub(rf"(?<=[a-zà-ÿ]{{2}}){label}(?=[;:,.!?)’'\"]|\s|$)", f"[^{label}]", text)
    return text


def drop_marks(text: str, labels: set[str]) -> tuple[str, list[str]]:
    """A web page's marks "[2]" whose note is not in the copy: taken out (and returned to be named), since a
    bracket in the text reads as a placeholder."""
    dropped = [f"[{label}]" for label in BRACKET_REF.findall(text) if label not in labels]
    for mark in dropped:
        text = text.replace(mark, "", 1)
    return text, dropped


def is_garbage(word: str) -> bool:
    """A token of letters torn apart by extraction noise."""
    noise = sum(1 for c in word if c in "~_^|\\")
    torn = re.search(r"(?:\b|[-_~])(?:\w[-_~]){3,}", word)
    symbols = sum(not c.isalnum() for c in word)
    return noise >= 2 or bool(torn and noise) or (len(word) > 6 and symbols / len(word) > 0.4)


def clean_text(text: str) -> tuple[str, list[str]]:
    """Footnote text without unreadable words (returned apart) and with broken URLs joined."""
    words = text.split()
    garbage = [w for w in words if is_garbage(w)]
    kept = " ".join(w for w in words if not is_garbage(w))
    match = _URL_BROKEN.search(kept)
    if match and re.match(r"https?\s+:|https?:\s*/\s+/|https?:\s+/|https?:\s*/\s*/\s*[\w-]+\.\s|www\s*\.\s",
                          match.group("url"), re.IGNORECASE):
        kept = kept[: match.start()] + re.sub(r"\s+", "", match.group("url"))
    return kept.strip(), garbage
