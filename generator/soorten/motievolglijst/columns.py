"""Column widths of the motievolglijst from what the columns hold.

A fixed grid broke "aangehouden" over two lines ("aangehoude / n"). Each column now gets at least its
longest word (a word is never broken) and its longest text on one line up to 3.7 cm (a date or a
status never wraps); the titel column takes what is left, at least 5 cm. Widths are estimated from Arial's character widths at the table's
9 pt, in twips (1/20 pt): the table is laid out fixed, so Word and LibreOffice show the same grid.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

COLUMNS = (("gemeente", "Gemeente"),  # the orgaan column; its title is the kind's word ("Provincie")
           ("nummer", "Nummer"), ("titel", "Titel"), ("datum", "Datum"),
           ("indieners", "Indieners"), ("status", "Status"), ("afgedaan", "Afgedaan met"), ("termijn", "Termijn"))
TEXT_WIDTH = 14570  # 25.7 cm: A4 landscape within 2 cm margins
PADDING = 2 * 108 + 40  # the cell margins Word and LibreOffice use, and a little air
SIZE = 9
NARROW, WIDE, CAPITAL = set("fijlrt.,;:'’()-/ "), set("mwMW"), 0.68
FILLER = "titel"
BREAKS = re.compile(r"\s+|(?<=[-/])")  # a line may break after a space, a hyphen or a slash
CAP = 2100  # 3.7 cm
MIN_FILLER = 2850  # 5 cm for the titel


@lru_cache(maxsize=1 << 16)
def text_width(text: str, bold: bool = False) -> int:
    """Twips the text takes on one line (Arial at 9 pt), a little generous."""
    ems = sum(map(_ems, text))
    return int(ems * SIZE * 20 * 1.15 * (1.08 if bold else 1.0))


@lru_cache(maxsize=4096)
def _ems(char: str) -> float:
    if char in NARROW:
        return 0.30
    if char in WIDE:
        return 0.85
    if char.isupper():
        return CAPITAL
    return 0.56  # digits and the rest


def widths(rows: Sequence[dict[str, str]]) -> dict[str, int]:
    """Twips per column, adding up to the text width."""
    least, most = {}, {}
    for key, title in COLUMNS:
        texts = list(dict.fromkeys(row.get(key, "") for row in rows))  # each text once: a list of 10,000 rows
        words = list(dict.fromkeys(w for t in texts for w in BREAKS.split(t) if w)) or [""]  # repeats them
        least[key] = max(text_width(title, bold=True), *(text_width(w) for w in words)) + PADDING
        most[key] = max(least[key], *(text_width(t) + PADDING for t in texts))
    # a short text (a date, a status, a number) stays on one line; longer ones wrap within CAP
    result = {k: (least[k] if k == FILLER else min(most[k], max(least[k], CAP))) for k, _ in COLUMNS}
    over = sum(result.values()) + MIN_FILLER - least[FILLER] - TEXT_WIDTH
    # too wide: first the columns that wrap anyway give back, then the others
    for group in ([k for k in result if k != FILLER and most[k] > result[k]], [k for k in result if k != FILLER]):
        if over <= 0:
            break
        extra = {k: result[k] - least[k] for k in group}
        total = sum(extra.values()) or 1
        taken = 0
        for key, amount in extra.items():
            give = min(amount, -(-over * amount // total))
            result[key] -= give
            taken += give
        over -= taken
    result[FILLER] = max(least[FILLER], TEXT_WIDTH - sum(v for k, v in result.items() if k != FILLER))
    return result
