"""Train the learned line labeller (generator/importer/labeller.py) and write its model as package data.

Run: .venv/bin/python tools/train_labeller.py   → generator/importer/data/labeller.crfsuite

The labels come from the corpora measured so far (tests/import_real, import_corpus, import_heldout, import_heldout2,
import_batch3, import_final, import_batch5, import_batch6 — each batch joins once its first contact was measured; the
amendement corpus has no motie body to learn from): for each motie, the rule tables label its lines, and the
labels are kept only where the expected file confirms them — the blocks the labels make have exactly the
expected headers and numbers of points. A motie the rules misread is left out, so the model never learns a
wrong label from them. Same corpora, same model bytes: the trainer is deterministic (L-BFGS, fixed order).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.errors import UserError  # noqa: E402
from generator.importer import labeller, parse  # noqa: E402
from generator.importer.body import label_body  # noqa: E402
from generator.importer.textclean import is_blank  # noqa: E402

CORPORA = ("tests/import_real", "tests/import_corpus", "tests/import_heldout", "tests/import_heldout2", "tests/import_batch3",
           "tests/import_final", "tests/import_batch5", "tests/import_batch6")
BLOCKS = ("constateringen", "overwegingen", "verzoeken")


def kop(text: str) -> str:
    return re.sub(r"\s+om$", "", re.sub(r"[\s:;,.]+$", "", text.strip().lower()))


def expected_blocks(want: dict) -> dict[str, list[list[str]]]:
    shape = want.get("blokken") or {}
    return {key: [[kop(k), str(n)] for k, n in shape.get(key, []) if str(n) != "0"] for key in BLOCKS}


def read_blocks(data: dict) -> dict[str, list[list[str]]]:
    out = {}
    for key in BLOCKS:
        value = data.get(key) or []
        out[key] = [[kop(b["kop"]), str(len(b["punten"]))] for b in (value if isinstance(value, list) else [value])]
    return out


def sequence(source: Path, want: dict) -> tuple[list[dict], list[str]] | None:
    """(features, labels) of one motie whose rule labels the expected file confirms, else None."""
    text = source.read_text("utf-8", errors="replace")
    try:
        result = parse.parse_text(text)
    except UserError:
        return None
    if read_blocks(result.data) != expected_blocks(want):
        return None
    lines = parse.body_lines(text)
    start = parse.find_start(lines)
    if start is None:
        return None
    body = label_body(lines, start, parse.starts_tail)
    roles = {lab.index: lab.role.name for lab in body.labels}
    labels = []
    for index, line in enumerate(lines):
        if is_blank(line):
            continue
        if index < start:
            labels.append("PRE")
        elif index >= body.end:
            labels.append("TAIL")
        else:
            labels.append({"HEADER": "HEADER", "POINT": "POINT", "FOOTNOTE": "FOOTNOTE", "FURNITURE": "SKIP",
                           "OPENING": "SKIP"}.get(roles.get(index, ""), "CONTINUATION"))
    return labeller.features(lines), labels


def main() -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    used = skipped = 0
    for corpus in CORPORA:
        for exp in sorted((ROOT / corpus).glob("*.expected.yaml")):
            want = yaml.load(exp.read_text("utf-8"), Loader=yaml.BaseLoader)
            source = exp.with_name(exp.name.removesuffix(".expected.yaml") + ".txt")
            if want.get("soort") == "amendement" or want.get("refuse") or not source.is_file() or "blokken" not in want:
                continue
            found = sequence(source, want)
            if found is None:
                skipped += 1
                continue
            trainer.append(*found)
            used += 1
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True})
    labeller.MODEL.parent.mkdir(exist_ok=True)
    trainer.train(str(labeller.MODEL))
    print(f"geschreven: {labeller.MODEL.relative_to(ROOT)} ({used} moties; {skipped} overgeslagen: de regels lazen"
          " ze niet zoals het verwachte bestand)")


if __name__ == "__main__":
    main()
