"""Readable Dutch (taalniveau B1): for a document below B1 its score and the three sentences that need
work most, as warnings; a document at B1 gets no message.

Per text field of a document's own data: sentence length (more than 20 words is long), long words
(five syllables or more) and rare words (Zipf frequency below 2.5 in the Dutch list of wordfreq),
the passive voice (a form of "worden" with a past participle: found by rule, no Dutch language model
installs here) and ambtelijke woorden from our list (checks/jargon.py) with a plain alternative. The
document's score is the Flesch-Douma reading ease (Douma's Dutch constants, syllables by pyphen's
nl_NL dictionary); B1 reads at 60 or more. Exempt: names (a capitalised word inside a sentence:
A. de Vries, De Vries), abbreviations, text between quotes (a cited motie or law), law text and
sources, and everything a brief quotes from another file (the motie it answers is not in its data): only
the fields a model marks as prose (soorten/aard.py) are scored. Words
of the document's titel are its subject, not hard words.

Libraries: pyphen (kept; it carries LibreOffice's nl_NL hyphenation dictionary, so Dutch syllables
come out right: fa-mi-lie-groeps-plan) and wordfreq (its Dutch frequency list ships in the wheel and
works offline; the project froze its data in 2024, which is fine for telling a rare word from a
common one). textstat was tried: it has Douma's constants for "nl", but counts sentences the English
way (a motie's points, ending in ";", became one sentence and a score of -182), so the formula is
applied here to our own sentence split. No Dutch language model installs on these machines, hence
the passive voice by rule.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from generator.errors import Issue
from generator.loading.project import Loaded
from generator.soorten.aard import aard
from generator.soorten.base import Aard

from .jargon import JARGON
from .texts import QUOTED, Loc, scalars

FIELD = "leesbaarheid"
LONG_SENTENCE, LONG_WORD, RARE_ZIPF, B1_SCORE, WORST = 20, 5, 2.5, 60, 3
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘'“(])|(?<=;)\s+")
WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")
WORDEN = {"word", "wordt", "worden", "werd", "werden", "geworden"}
PARTICIPLE = re.compile(r"^(ge|be|ver|ont|her|er|toe|aan|op|af|in|uit|mee|door|over)\w*(d|t|en)$")
NOT_PARTICIPLE = {"gezin", "gezinnen", "geven", "gevolgen", "belangen", "betekent", "betrokken", "tijdens", "geen",
                  "gemeenten", "gebieden", "genoemd", "overwegend", "ouders", "uitgangspunt", "ten", "begrippen",
                  "verschillende", "opgesteld", "aanbod", "eerder", "gedurende", "waarin", "verband"}
JARGON_RE = {word: re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE) for word in JARGON}


@dataclass(order=True)
class Sentence:
    weight: float
    loc: Loc = field(compare=False)
    text: str = field(compare=False)
    reasons: list[str] = field(compare=False, default_factory=list)


@dataclass
class Figures:
    """What one document's texts add up to (also printed in the closing note of issue 19)."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    long_sentences: int = 0
    hard_words: int = 0
    passives: int = 0
    jargon: int = 0
    score: float = 0.0

    @property
    def per_sentence(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0


def readability(loaded: Loaded) -> tuple[Figures, list[Issue]]:
    figures, worst, issues = Figures(), [], []
    topic = {w.lower() for w in WORD.findall(getattr(loaded.model, "titel", "") or "")}
    for loc, raw in scalars(loaded.doc.data):
        if aard(type(loaded.model), loc) is not Aard.PROZA:  # names, formulas, quotes, values: not prose
            continue
        text = QUOTED.sub("‘…’", raw)
        for word, plain in JARGON.items():
            if JARGON_RE[word].search(text):
                figures.jargon += 1
                issues.append(_warning(loaded, loc, f"ambtelijk woord '{word}'", f"schrijf liever '{plain}'"))
        for sentence in SENTENCE_END.split(text):
            found = measure(sentence, loc, figures, topic)
            if found is not None:
                worst.append(found)
    figures.score = douma(figures)
    if not figures.sentences or meets_b1(figures):
        return figures, []  # B1 is met: nothing to say
    for sentence in sorted(worst, reverse=True)[:WORST]:
        quoted = sentence.text if len(sentence.text) <= 160 else sentence.text[:157] + "…"
        issues.append(_warning(loaded, sentence.loc, f"moeilijke zin ({'; '.join(sentence.reasons)}): '{quoted}'",
                               "maak er korte zinnen van, met gewone woorden en wie-doet-wat (actief)"))
    issues.append(_warning(loaded, (), summary(figures), "B1 is een Flesch-Douma-score van 60 of hoger, zinnen van"
                           " hoogstens 20 woorden en weinig lange, zeldzame of ambtelijke woorden"))
    return figures, issues


def meets_b1(figures: Figures) -> bool:
    return figures.score >= B1_SCORE and figures.per_sentence <= LONG_SENTENCE


def measure(sentence: str, loc: Loc, figures: Figures, topic: set[str]) -> Sentence | None:
    """One sentence counted; returned when it needs work. A word of the document's own titel is its
    subject, which the reader knows from the heading: not hard."""
    words = WORD.findall(sentence)
    if not words:
        return None
    figures.sentences += 1
    figures.words += len(words)
    figures.syllables += sum(syllables(w.lower()) for w in words)
    reasons, weight = [], 0.0
    if len(words) > LONG_SENTENCE:
        figures.long_sentences += 1
        reasons.append(f"{len(words)} woorden")
        weight += len(words) - LONG_SENTENCE
    hard = [w for i, w in enumerate(words) if not is_name(words, i) and w.lower() not in topic and is_hard(w)]
    if hard:
        figures.hard_words += len(hard)
        reasons.append("moeilijke woorden: " + ", ".join(dict.fromkeys(hard)))
        weight += 2 * len(hard)
    if passive(words):
        figures.passives += 1
        reasons.append("lijdende vorm")
        weight += 3
    return Sentence(weight, loc, sentence.strip(), reasons) if reasons else None


def is_name(words: list[str], index: int) -> bool:
    """A capital inside a sentence is a name ("De Vries", "Sociaal Wijkteam"); so is an abbreviation."""
    word = words[index]
    if word.isupper() and len(word) > 1:
        return True
    if not word[0].isupper():
        return False
    return index > 0 or (len(words) > 1 and words[1][:1].isupper())


def is_hard(word: str) -> bool:
    lower = word.lower().strip("'’-")
    if len(lower) < 8:
        return False
    return syllables(lower) >= LONG_WORD or zipf(lower) < RARE_ZIPF


def passive(words: list[str]) -> bool:
    lowered = [w.lower() for w in words]
    if not WORDEN.intersection(lowered):
        return False
    return any(PARTICIPLE.match(w) and w not in NOT_PARTICIPLE and w not in WORDEN for w in lowered)


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables as pyphen's Dutch hyphenation dictionary splits the word (fa-mi-lie-groeps-plan: 5)."""
    return len(_dictionary().inserted(word).split("-"))


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "nl"))


def douma(figures: Figures) -> float:
    """Flesch-Douma, the Dutch Flesch reading ease: 206.84 - 0.93 x words per sentence - 77 x syllables per word."""
    if not figures.words or not figures.sentences:
        return 0.0
    return 206.84 - 0.93 * figures.words / figures.sentences - 77 * figures.syllables / figures.words


@lru_cache(maxsize=1)
def _dictionary():  # type: ignore[no-untyped-def]
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


def summary(figures: Figures) -> str:
    verdict = "B1" if meets_b1(figures) else "moeilijker dan B1"
    return (f"leesbaarheid {verdict}: Flesch-Douma {figures.score:.0f}, {figures.sentences} zinnen van gemiddeld"
            f" {figures.per_sentence:.1f} woorden, {figures.long_sentences} lang (> {LONG_SENTENCE} woorden),"
            f" {figures.hard_words} lange of zeldzame woorden, {figures.passives} keer lijdende vorm,"
            f" {figures.jargon} ambtelijke woorden")


def _warning(loaded: Loaded, loc: Loc, message: str, hint: str) -> Issue:
    issue = loaded.doc.issue(loc, message, hint)
    return dataclasses.replace(issue, field=FIELD if not loc else f"{issue.field} ({FIELD})", severity="waarschuwing")
