"""Compare generated text with the seeds: word sequences after normalising extraction artefacts."""

from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
if not SEEDS.is_dir():
    SEEDS = Path(__file__).resolve().parents[1] / "tests" / "seeds"

BULLETS = "•«»+=\u2022\uf0b7\uf0a7\u25cf\u25aa"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8")


def words(text: str) -> list[str]:
    """Lower-case words, hyphenation at line ends joined, bullets and punctuation dropped."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    text = text.translate({ord(c): " " for c in BULLETS})
    text = re.sub(r"[‘’“”'\"]", "", text)
    return re.findall(r"[\wÀ-ÿ]+(?:[-./][\wÀ-ÿ]+)*", text.lower())


def similarity(expected: str, actual: str) -> float:
    """Share of matching words in order (difflib ratio over word lists)."""
    return difflib.SequenceMatcher(None, words(expected), words(actual), autojunk=False).ratio()


def between(text: str, start: str, end: str | None = None) -> str:
    """The part of `text` from `start` up to (not including) `end`."""
    begin = text.index(start)
    stop = text.index(end, begin) if end else len(text)
    return text[begin:stop]
