"""`check` against `build` on N generated moties (the cross-document checks must stay near-linear).

    python bench/check_scale.py [--n 10000] [--jobs 2]

Uses run.py's moties (each titled differently, texts from the same words). Prints wall and CPU
seconds of `check` and of a cold `build`, and their ratio: check should take the same order of time
as the build it guards, not grow with the square of the number of documents.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import make_project


def timed(root: Path, *args: str) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", "-C", str(root), *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - start, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        root = make_project(Path(work), options.n)
        check = timed(root, "check")
        build = timed(root, "build", "-j", str(options.jobs))
    print(f"{options.n} moties: check {check[0]:.1f} s (cpu {check[1]:.1f} s), build -j {options.jobs}"
          f" {build[0]:.1f} s (cpu {build[1]:.1f} s); check/build {check[0] / build[0]:.2f} (wall),"
          f" {check[1] / build[1]:.2f} (cpu)")


if __name__ == "__main__":
    main()
