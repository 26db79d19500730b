"""How fast the editor's preview is: the sample motie through docx → LibreOffice PDF → pdftoppm PNG.

Run: .venv/bin/python bench/editor_preview.py [runs]. Prints each step's median in seconds.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from generator.editor.actions import preview
from generator.loading.reader import load
from generator.soorten.motie.model import Motie

REPO = Path(__file__).resolve().parents[1]
SAMPLE = "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        shutil.copytree(REPO / "data", root / "data")
        doc = load(root / SAMPLE)
        Motie.prepare(doc)
        times = [preview(root, root / SAMPLE, doc.data)["seconds"] for _ in range(runs)]
    for step in ("docx", "pdf", "png", "totaal"):
        values = [t[step] for t in times]
        print(f"{step:7} mediaan {statistics.median(values):.2f} s  (min {min(values):.2f}, max {max(values):.2f})")


if __name__ == "__main__":
    main()
