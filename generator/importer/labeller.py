"""A learned line labeller beside the rule tables: a CRF (python-crfsuite) over shape features of each line.

It labels every line of a cleaned text as PRE (before the first header), HEADER, POINT (opens a point),
CONTINUATION (goes on with a point), FOOTNOTE, SKIP (no text of a point) or TAIL (after the dictum). Those labels decide what the rules
decide with `find_start` and `label_body`: where the considerans starts, which lines open a block or a point,
and where the dictum ends; the preamble and the tail are then read by their rule readers as always.

The model is built by `tools/train_labeller.py` from the earlier corpora's expected files and read from
`generator/importer/data/labeller.crfsuite`. It is measured against the rules (docs/import.md); the import
uses it only when asked (`parse_text(..., labeller=True)`), as the rules scored higher on the untouched batch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from generator.importer.body import Body, assemble_body
from generator.importer.dates import find_dates
from generator.importer.headers import CONSTATERING, DICTUM, OVERWEGING, match_header
from generator.importer.people import is_name, is_party, parse_signature
from generator.importer.roles import Labelled, Role
from generator.importer.tail_rules import SLOT, starts_tail
from generator.importer.textclean import is_blank, marker_class, split_marker

MODEL = Path(__file__).parent / "data" / "labeller.crfsuite"
LABELS = ("PRE", "HEADER", "POINT", "CONTINUATION", "FOOTNOTE", "SKIP", "TAIL")
"""SKIP: a line inside the body that is no text of a point ("-" alone, "Gehoord de beraadslaging,")."""
_FIRST = {w.split()[0] for w in (*CONSTATERING, *OVERWEGING, *DICTUM)}


def _shape(text: str) -> dict[str, str | float]:
    """What a line looks like, without its words: punctuation, case, markers, length, names and dates."""
    _marker, rest = split_marker(text)
    words = rest.split()
    first = words[0].lower().strip(",:;") if words else ""
    end = rest[-1:] if rest else ""
    return {
        "end": end if end in ":;,." else "other",
        "marker": marker_class(text) or "none",
        "case": "upper" if rest.isupper() else "cap" if rest[:1].isupper() else "low" if rest[:1].islower() else "other",
        "len": str(min(len(words), 12) // 3),
        "first": first if first in _FIRST or len(first) <= 3 else "word",
        "lexicon": "yes" if first in _FIRST else "no",
        "header": "yes" if match_header(rest) else "no",
        "date": "yes" if find_dates(rest) else "no",
        "name": "yes" if is_name(rest) else "no",
        "party": "yes" if is_party(rest) else "no",
        "signature": "yes" if parse_signature(rest) else "no",
        "slot": "yes" if SLOT.match(rest) else "no",
        "tail": "yes" if starts_tail(rest) else "no",
        "footmark": "yes" if re.match(r"^\d{1,2}\s*[A-Z(]", rest) else "no",
    }


def features(lines: Sequence[str]) -> list[dict[str, str | float]]:
    """One feature mapping per non-blank line: its own shape, its neighbours' and where it stands."""
    kept = [i for i, line in enumerate(lines) if not is_blank(line)]
    shapes = [_shape(" ".join(lines[i].split())) for i in kept]
    out: list[dict[str, str | float]] = []
    for n, index in enumerate(kept):
        row: dict[str, str | float] = {f"0:{k}": v for k, v in shapes[n].items()}
        for offset in (-2, -1, 1, 2):
            if 0 <= n + offset < len(kept):
                row.update({f"{offset}:{k}": v for k, v in shapes[n + offset].items()
                            if k in ("end", "marker", "case", "header", "tail", "slot", "signature", "len")})
            else:
                row[f"{offset}:none"] = "yes"
        row["blank_before"] = "yes" if index > 0 and is_blank(lines[index - 1]) else "no"
        row["position"] = str(min(4, 5 * n // max(1, len(kept))))
        out.append(row)
    return out


@lru_cache(maxsize=1)
def _tagger() -> object:
    import pycrfsuite  # declared in pyproject; loaded only when the labeller is asked for

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def predict(lines: Sequence[str]) -> list[str]:
    """A label per non-blank line."""
    if not any(not is_blank(line) for line in lines):
        return []
    return list(_tagger().tag(features(lines)))  # type: ignore[attr-defined]


def label_body(lines: list[str]) -> tuple[int | None, Body | None]:
    """(the first header's index, the body as the model labels it), or (None, None) when it finds no header."""
    kept = [i for i, line in enumerate(lines) if not is_blank(line)]
    labels = predict(lines)
    start = next((kept[n] for n, label in enumerate(labels) if label == "HEADER" and match_header(lines[kept[n]])),
                 None)
    if start is None:
        return None, None
    body = Body([], len(lines))
    roles = {"HEADER": Role.HEADER, "POINT": Role.POINT, "CONTINUATION": Role.CONTINUATION, "FOOTNOTE": Role.FOOTNOTE}
    for n, index in enumerate(kept):
        if index < start:
            continue
        label = labels[n]
        if label in ("TAIL", "PRE"):
            body.end = index
            break
        if label == "SKIP":
            continue
        text = lines[index].strip() if label != "POINT" else lines[index]
        body.labels.append(Labelled(index, text, roles[label], f"crf:{label.lower()}"))
    return start, assemble_body(body)
