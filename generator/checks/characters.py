"""Characters that deceive: invisible format characters (bidi controls, zero-width, tags) anywhere,
and in names letters that only look like ordinary ones (another script, fullwidth, mathematical).

A right-to-left override in a title shows a different text than the file holds; a zero-width space in
a fractie makes "D66" another name for every comparison; a Cyrillic "а" in "Jansen" does the same
unseen. Each is named at its line with its code point and the fix. In names and titles (`Naam`,
`Formule`) `check --streng` refuses them; in prose they stay a warning.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from generator.errors import Issue
from generator.soorten.aard import aard
from generator.soorten.base import Aard

from .strict import Doc
from .texts import scalars

INVISIBLE: dict[str, str] = {
    "\u202a": "leesrichtingsteken: begint links-naar-rechts-tekst",
    "\u202b": "leesrichtingsteken: begint rechts-naar-links-tekst",
    "\u202c": "leesrichtingsteken: sluit een richting af",
    "\u202d": "keert de leesrichting om: wat erna staat, leest van links naar rechts",
    "\u202e": "keert de leesrichting om: wat erna staat, leest achterstevoren",
    "\u2066": "leesrichtingsteken: isoleert een stuk tekst",
    "\u2067": "leesrichtingsteken: isoleert een stuk tekst",
    "\u2068": "leesrichtingsteken: isoleert een stuk tekst",
    "\u2069": "leesrichtingsteken: sluit een geïsoleerd stuk af",
    "\u200e": "onzichtbaar leesrichtingsteken",
    "\u200f": "onzichtbaar leesrichtingsteken",
    "\u061c": "onzichtbaar leesrichtingsteken",
    "\u200b": "spatie zonder breedte",
    "\u200c": "onzichtbare scheiding tussen letters",
    "\u200d": "onzichtbare verbinding tussen letters",
    "\u2060": "onzichtbare woordverbinding",
    "\ufeff": "onzichtbaar bytevolgordeteken",
    "\u2028": "regelscheiding die Word niet als nieuwe regel toont",
    "\u2029": "alineascheiding die Word niet als nieuwe alinea toont",
}
ALLOWED_FORMAT = {"\u00ad"}
"""The soft hyphen: an invisible format character with a purpose (where Word may break a word)."""
HINT = ("verwijder het: het is niet te zien, maar verandert hoe de tekst gelezen, gezocht of vergeleken wordt"
        " (het komt vaak mee bij kopiëren)")
LOOKALIKE_HINT = "typ de naam opnieuw met gewone letters, anders vinden zoeken en vergelijken hem niet"
SCRIPTS = {"LATIN": "Latijns", "CYRILLIC": "Cyrillisch", "GREEK": "Grieks", "ARMENIAN": "Armeens", "CHEROKEE": "Cherokee",
           "COPTIC": "Koptisch"}
ADJECTIVE = {"Latijns": "Latijnse", "Cyrillisch": "Cyrillische", "Grieks": "Griekse", "Armeens": "Armeense",
             "Cherokee": "Cherokee", "Koptisch": "Koptische"}


def invisible(text: str) -> tuple[str, str] | None:
    """The first invisible format character of `text`: its code point and what it does."""
    for char in text:
        if char in INVISIBLE:
            return f"U+{ord(char):04X}", INVISIBLE[char]
        if char not in ALLOWED_FORMAT and unicodedata.category(char) == "Cf":
            what = "onzichtbaar labelteken: verborgen tekst" if 0xE0000 <= ord(char) <= 0xE007F else "onzichtbaar opmaakteken"
            return f"U+{ord(char):04X}", what
    return None


def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    return SCRIPTS.get(unicodedata.name(char, "").split(" ")[0])


def lookalike(text: str) -> str | None:
    """A letter in a name that only looks like the ordinary one, described; None when there is none."""
    for char in text:
        plain = unicodedata.normalize("NFKC", char)
        if char.isalpha() and plain != char and len(plain) == 1 and plain.isascii():
            return f"'{char}' (U+{ord(char):04X}), die op de gewone letter '{plain}' lijkt"
    for word in text.split():
        scripts = [s for s in map(_script, word) if s]
        if len(set(scripts)) > 1:
            main = max(set(scripts), key=scripts.count)
            odd = next(c for c in word if _script(c) not in (None, main))
            return f"'{odd}' (U+{ord(odd):04X}, {_script(odd)}) tussen {ADJECTIVE[main]} letters"
    return None


def deceiving(doc: Doc) -> tuple[list[Issue], list[Issue]]:
    """(what `--streng` refuses: names and titles; what stays a warning: the rest)."""
    gated: list[Issue] = []
    prose: list[Issue] = []
    model = type(doc.loaded.model)
    for loc, text in scalars(doc.loaded.doc.data):
        kind = aard(model, loc)
        named = kind in (Aard.NAAM, Aard.FORMULE)
        for issue in _found(doc, loc, text, kind):
            (gated if named else prose).append(issue)
    return gated, prose


def _found(doc: Doc, loc: tuple[str | int, ...], text: str, kind: Aard) -> Iterator[Issue]:
    hidden = invisible(text)
    if hidden is not None:
        yield doc.issue(loc, f"bevat het onzichtbare teken {hidden[0]} ({hidden[1]})", HINT)
    if kind is Aard.NAAM:
        odd = lookalike(text)
        if odd is not None:
            yield doc.issue(loc, f"bevat de letter {odd}", LOOKALIKE_HINT)
