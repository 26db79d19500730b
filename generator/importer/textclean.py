"""Extracted text → clean lines: characters, list markers and joined sentences.

PDF text arrives with private-use bullet glyphs, ligatures, soft hyphens, lines cut mid-sentence and
words broken at the line end. Everything here is a pure function on strings.
"""

from __future__ import annotations

import re
import unicodedata

PAGE_BREAK = "\f"

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_PRIVATE = re.compile(r"[\ue000-\uf8ff]")

# Bullets that may touch the text; ASCII look-alikes need a space after them.
_SYMBOL_BULLET = "•◦▪▫■□●○►▸▶➢➤→✓✔·«»⁃∙"
_MARKER = re.compile(
    r"^(?:"
    rf"(?P<bullet>[{_SYMBOL_BULLET}]\s*|[-–—*+=o>]\s+)"
    r"|(?P<number>(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s*)"
    r")"
)
_TERMINATED = re.compile(r"(?:[;!?]|[;,]\s*(?:en|of|en/of|dan wel|alsmede))\s*$")
_ABBREVIATION = re.compile(r"(?:\b(?:[a-zA-Z]\.){2,}|\b(?:bijv|nr|art|incl|excl|ca|resp|evt|jl|mw|dhr|blz|o\.a"
                           r"|m\.b\.t|t\.a\.v|e\.d|z\.s\.m)\.)\s*$")
_KEEP_HYPHEN_WORDS = {"ex", "oud", "vice", "niet", "e", "x", "pre", "post", "semi"}
_VOWEL_CLASH = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu", "ij"}
_MAX_WORD = 60
_KEEP_SPACE_AFTER_HYPHEN = {"en", "of", "tot", "als", "noch", "en/of", "t/m"}
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPER_MARK = re.compile(r"(?<=[a-zà-ÿ)\]’'\"])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|^(\s*)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?=\s*\S)",
                         re.MULTILINE)
_UNIT_BEFORE = re.compile(r"(?:^|\W)(?:k?m|cm|dm|mm)$")


def normalise(text: str) -> str:
    """NFC text with plain spaces, no ligatures or invisible marks; page breaks kept as \\f lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for glyph, plain in _LIGATURES.items():
        text = text.replace(glyph, plain)
    text = _SPACES.sub(" ", text).replace("\t", "    ")
    text = _INVISIBLE.sub("", text)
    text = text.replace(PAGE_BREAK, f"\n{PAGE_BREAK}\n")
    text = _SUPER_MARK.sub(_superscript, text)
    lines = [_clean_line(line) for line in text.split("\n")]
    return _GLUED_OPENING.sub(r"\g<d>\n\g<o>", "\n".join(lines))


_GLUED_OPENING = re.compile(r"^(?P<d>(?:voorgesteld|ingediend|datum)\s*:?\s+\d{1,2}\s+[a-z]+\s+\d{4})\s+"
                            r"(?P<o>(?:de\s+)?(?:kamer|(?:gemeente)?raad|provinciale\s+staten|staten|verenigde\s+vergadering"
                            r"|algemene\s+vergadering)\b.*,\s*$)", re.IGNORECASE | re.MULTILINE)
"""A web copy that lost a line break: "Voorgesteld 6 april 2021 De Kamer," is the date and the opening, two lines."""


def _superscript(match: re.Match[str]) -> str:
    """A superscript footnote mark as plain digits ("is¹;" → "is1;"); m² and km² stay as they are."""
    if match.group(1):
        if _UNIT_BEFORE.search(match.string[: match.start()]):
            return match.group()
        return match.group(1).translate(_SUPERSCRIPT)
    return match.group(2) + match.group(3).translate(_SUPERSCRIPT) + " "


def _clean_line(line: str) -> str:
    if line == PAGE_BREAK:
        return line
    line = _CONTROL.sub("", line)
    stripped = line.lstrip()
    if stripped and _PRIVATE.match(stripped):
        # A private-use glyph opening a line is a bullet from a symbol font.
        line = line[: len(line) - len(stripped)] + "•" + stripped[1:]
    return _PRIVATE.sub("", line).rstrip()


def to_lines(text: str) -> list[str]:
    return normalise(text).split("\n")


def is_blank(line: str) -> bool:
    return not line.strip() or line == PAGE_BREAK


def marker_class(line: str) -> str | None:
    """The kind of list marker opening `line` ("•", "-", "1.", "a)", "(1)"), to tell lists from sublists."""
    match = _MARKER.match(line.strip())
    if not match:
        return None
    marker = match.group().strip()
    if match.group("bullet"):
        return marker[:1]
    shape = re.sub(r"\d+", "1", marker)
    return re.sub(r"[ivx]+|[a-z]", "a", shape)


def split_marker(line: str) -> tuple[str | None, str]:
    """(`"bullet"`/`"number"`/None, the line without its list marker)."""
    stripped = line.strip()
    match = _MARKER.match(stripped)
    if not match:
        return None, stripped
    kind = "bullet" if match.group("bullet") else "number"
    return kind, stripped[match.end():].strip()


def ends_unit(text: str) -> bool:
    """Whether a point or clause is complete: `;`, `.` (not an abbreviation), `, en` and the like; a footnote mark
    after it ("… angst; [1]") does not hide the end."""
    text = re.sub(r"(?:\s*\[\d{1,2}\])+$", "", text.rstrip())
    if _TERMINATED.search(text):
        return True
    return text.endswith(".") and not _ABBREVIATION.search(text)


def ends_sentence(text: str) -> bool:
    text = text.rstrip()
    return text.endswith((".", "!", "?")) and not _ABBREVIATION.search(text)


def join_lines(lines: list[str]) -> str:
    """One sentence from wrapped lines: blank lines dropped, broken words mended.

    Works on the last word only, so a point of many lines costs linear time."""
    parts: list[str] = []
    for raw in lines:
        line = " ".join(raw.split())
        if not line or line == PAGE_BREAK:
            continue
        last = parts[-1] if parts else ""
        if len(last) > 1 and last.endswith("-") and len(last) <= _MAX_WORD:
            line = _mend(parts.pop(), line)
        head, _, word = line.rpartition(" ") if line.endswith("-") else ("", "", line)
        parts.extend(p for p in (head, word) if p)
    return " ".join(parts)


def _mend(left: str, right: str) -> str:
    """Join the word `left` (ending in '-') and the line `right`: a broken word, a real hyphen, or '- en'."""
    before, after = left[-2], right[0]
    word_left = re.split(r"[(‘'\"“]", left[:-1])[-1]
    first_right = right.split(" ", 1)[0].rstrip(",;.:")
    if not before.isalnum():
        return f"{left} {right}"
    if first_right.lower() in _KEEP_SPACE_AFTER_HYPHEN:
        return f"{left} {right}"
    if after.isupper() or after.isdigit() or before.isdigit() or not after.isalpha():
        return left + right
    if word_left.lower() in _KEEP_HYPHEN_WORDS or (before + after).lower() in _VOWEL_CLASH:
        return left + right
    return left[:-1] + right


def squeeze(text: str) -> str:
    return " ".join(text.split())


_GLUED_HEADER = re.compile(r"(?<=[a-z0-9).’”'!])(?=(?:de\s+raad\s+van\s+de\s+gemeente|(?:overwegende|constaterende|van\s+mening)"
                           r"(?:\s+dat)?\s*:|besluit\s*:|besluiten\s*:|verzoekt\b[^:]{0,40}:|draagt\b[^:]{0,40}:"
                           r"|(?:raads|staten)voorstel\s*:))", re.IGNORECASE)
_GLUED_POINT = re.compile(r"(?<=[:.’”;])(?=[a-h]\.\s?[A-Z])")
_GLUED_BANG = re.compile(r"(?<=!)(?=[A-Z])")
_GLUED_SIGNATURE = re.compile(r"(?<=[a-z]\.)(?P<naam>[A-Z][a-z]+(?:\s+(?:van|de|der|den))*\s+[A-Z][a-z]+)(?P<fractie>[A-Z][\w!-]*)$")
LONG_LINE = 500
"""A web copy that lost its line breaks puts a whole motie on one line; a line this long with headers glued into it
is cut where the breaks were."""


def unglue(text: str) -> tuple[str, list[str]]:
    """Lines that lost their breaks ("…Amersfoortoverwegende dat:a. In …’.b. De …besluit:beslispunt 1 …") cut before
    each glued header, each glued point "a.", after a glued "!", and before a signature glued at the end ("Alex
    EngbersCDA"); only in a line longer than LONG_LINE with two glued headers or more. Returns the text and the list
    markers the cuts set at a line's start (a reader drops them there)."""
    out: list[str] = []
    markers: list[str] = []
    for line in text.split("\n"):
        if len(line) < LONG_LINE or len(_GLUED_HEADER.findall(line)) < 2:
            out.append(line)
            continue
        line = _GLUED_BANG.sub("\n", _GLUED_POINT.sub("\n", _GLUED_HEADER.sub("\n", line)))
        line = "\n".join(_GLUED_SIGNATURE.sub(r"\n\g<naam>\n\g<fractie>", part) for part in line.split("\n"))
        line = re.sub(r"(?im)^((?:overwegende|constaterende)(?:\s+dat)?\s*:|besluit\s*:)(?=\S)|"
                      r"((?:te\s+vervangen\s+door|te\s+wijzigen\s+in|komt\s+te\s+luiden|toe\s+te\s+voegen)\s*:)(?=\S)",
                      lambda m: f"{m.group(1) or m.group(2)}\n", line)
        out.append(line)
        markers.extend(m.group() for m in re.finditer(r"(?m)^[a-h]\.(?=\s?[A-Z])", line))
    return "\n".join(out), markers
