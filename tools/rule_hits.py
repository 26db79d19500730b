"""How often each rule of the import decided a line, and how often it left a finding, over every corpus.

Run: .venv/bin/python tools/rule_hits.py [FOLDER …]   (default: every corpus under tests/)

A rule that never fires is dead weight or lacks its corpus; a rule with many findings is where the import guesses.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.errors import UserError  # noqa: E402
from generator.importer import import_file  # noqa: E402

CORPORA = ("import_real", "import_corpus", "import_heldout", "import_heldout2", "import_batch3", "amendement_corpus",
           "import_final", "import_batch5", "import_batch6")


def main(folders: list[str]) -> None:
    lines: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    paths = [p for f in (folders or [str(ROOT / "tests" / c) for c in CORPORA]) for p in sorted(Path(f).glob("*.txt"))]
    for path in paths:
        try:
            result = import_file(path)
        except UserError as error:
            refused[str(error).split(":")[0].split(" (")[0][:60]] += 1
            continue
        lines.update(label.rule for label in result.labels)
        findings.update(finding.rule for finding in result.findings)
    print(f"{len(paths)} teksten; regel: regels genomen / bevindingen")
    for rule in sorted(set(lines) | set(findings)):
        print(f"  {rule:28} {lines[rule]:5} / {findings[rule]}")
    for reason, count in refused.most_common():
        print(f"  geweigerd {count}×: {reason}")


if __name__ == "__main__":
    main(sys.argv[1:])
