"""The bench cannot rot: its smoke run (small N, every section, ratios printed) runs in CI.

Nothing is timed or compared here (figures on a shared machine mean nothing); the run must end
without error and print each of its sections and ratios. The real run: `python bench/run.py`,
figures in docs/performance.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_bench_smoke_run_prints_every_section() -> None:
    done = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--smoke"], capture_output=True, text=True,
                          timeout=600, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    for line in ("A  plain docxtpl", "B  plain docxtpl pipeline", "cold build --jobs 1, per document", "no-op rebuild of 10",
                 "every other soort", "afdoeningsbrief: A", "subamendement: A", "vergadering: A", "one changed motie (its title",
                 "one changed document that no collection lists", "peak memory"):
        assert line in out, (line, out)
    assert out.count("× B") >= 3 and out.count("× A") >= 9
