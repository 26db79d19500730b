"""Benchmark: raadsstukken against plain docxtpl, measured in the same run on the same moties.

    python bench/run.py [--n 1000] [--docxtpl-sample 200] [--memory]

Generates N varied moties in a temporary project, then measures: plain docxtpl one document at a
time (load template, render, save) on the same template contexts; a raadsstukken cold build with
--jobs 1 and with all cores; a no-op rebuild; and with --memory the peak memory of a cold build of
N and 10×N documents. Prints figures and ratios against plain docxtpl.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

WORDS = ["jeugdhulp", "wijkteam", "familiegroepsplan", "gezinnen", "netwerk", "huisartsen", "scholen", "wachttijden", "budget", "preventie", "toegang", "zorgaanbieders", "evaluatie", "monitoring", "raad", "college", "ouders", "jongeren"]


def sentence(rng: random.Random, low: int = 8, high: int = 30) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))) + ";"


def motie_yaml(i: int, rng: random.Random) -> str:
    lines = [
        "soort: motie", f"gemeente: {rng.choice(['zwolle', 'den-haag'])}", f"titel: Motie {i} over {rng.choice(WORDS)}",
        f"vergadering: 20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"nummer: M-{i}",
    ]
    for key in ("constateringen", "overwegingen", "verzoeken"):
        lines.append(f"{key}:")
        lines += [f"  - {sentence(rng)}" for _ in range(rng.randint(1, 6))]
    if rng.random() < 0.3:
        lines[-1] += "[^1]"
        lines += ["voetnoten:", f"  '1': {sentence(rng, 4, 10)}"]
    lines.append("indieners:")
    for _ in range(rng.randint(1, 4)):
        lines += [f"  - naam: {rng.choice('ABCDEFG')}. {rng.choice(['Jansen', 'de Vries', 'Bakker', 'Yilmaz'])}",
                  f"    fractie: {rng.choice(['GroenLinks', 'VVD', 'D66', 'CDA', 'PvdA', 'SP'])}"]
    if rng.random() < 0.5:
        lines += ["status: aangenomen", "stemming:", "  voor: [GroenLinks, D66]", "  tegen: [VVD]"]
    return "\n".join(lines) + "\n"


def make_project(root: Path, n: int) -> Path:
    shutil.copytree(REPO / "data" / "gemeenten", root / "data" / "gemeenten")
    folder = root / "data" / "moties"
    folder.mkdir(parents=True)
    rng = random.Random(20261123)
    for i in range(n):
        (folder / f"m{i:06d}.yaml").write_text(motie_yaml(i, rng), "utf-8")
    return root


def cli(root: Path, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", "-C", str(root), *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def plain_docxtpl(root: Path, sample: int) -> tuple[float, float, float]:
    """Seconds per document: plain docxtpl rendering prepared contexts; our renderer on the same
    contexts; and the whole plain-docxtpl pipeline (read the YAML, validate, build the context,
    render and save), which is what the cold build replaces."""
    from docxtpl import DocxTemplate

    from generator.loading.project import Project
    from generator.soorten.document import prepare
    from generator.word.render import make_environment, render

    project = Project(root)
    prepared = []
    for path in sorted((root / "data" / "moties").glob("*.yaml"))[:sample]:
        loaded = project.load(path)
        prepared.append(prepare(project, loaded))
    out = root / "plain-docxtpl"
    out.mkdir()
    start = time.perf_counter()
    for number, item in enumerate(prepared):
        doc = DocxTemplate(item.template)
        doc.render(item.context, jinja_env=make_environment(), autoescape=True)
        doc.save(out / f"{number}.docx")
    plain = (time.perf_counter() - start) / len(prepared)
    start = time.perf_counter()
    for item in prepared:
        render(item.template, item.context, item.properties)
    ours = (time.perf_counter() - start) / len(prepared)
    fresh = Project(root)
    start = time.perf_counter()
    for number, path in enumerate(sorted((root / "data" / "moties").glob("*.yaml"))[:sample]):
        item = prepare(fresh, fresh.load(path))
        doc = DocxTemplate(item.template)
        doc.render(item.context, jinja_env=make_environment(), autoescape=True)
        doc.save(out / f"p{number}.docx")
    pipeline = (time.perf_counter() - start) / len(prepared)
    return plain, ours, pipeline


def peak_memory_mb(n: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        root = make_project(Path(tmp), n)
        code = ("import resource, sys; from generator.cli.main import main; "
                "sys.argv=['raadsstukken','-C',sys.argv[1],'build','-j','1']; "
                "import contextlib\ntry:\n main()\nexcept SystemExit: pass\n"
                "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
        out = subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, text=True, check=True, cwd=REPO)
        return int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--docxtpl-sample", type=int, default=200)
    parser.add_argument("--memory", action="store_true", help="also peak memory for N and 10×N documents")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    print(f"machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}, {platform.system()}")
    with tempfile.TemporaryDirectory() as tmp:
        root = make_project(Path(tmp), args.n)
        plain, ours, pipeline = plain_docxtpl(root, min(args.docxtpl_sample, args.n))
        cold1 = cli(root, "build", "-j", "1")
        shutil.rmtree(root / "build")
        cold_all = cli(root, "build", "-j", str(cores))
        noop = cli(root, "build")
    rows = [
        ("A plain docxtpl: open template, render, save (context given)", plain * 1000, plain, "A"),
        ("  raadsstukken renderer on the same contexts", ours * 1000, plain / ours, "A"),
        ("B plain docxtpl pipeline: YAML, validate, context, render, save", pipeline * 1000, pipeline, "B"),
        (f"  raadsstukken cold build --jobs 1 (whole command, N={args.n})", cold1 / args.n * 1000,
         pipeline / (cold1 / args.n), "B"),
        (f"  raadsstukken cold build --jobs {cores} (whole command)", cold_all / args.n * 1000,
         pipeline / (cold_all / args.n), "B"),
    ]
    for label, ms, ratio, base in rows:
        shown = "" if label[0] in "AB" else f"{ratio:5.1f}× {base}"
        print(f"{label:66s} {ms:8.2f} ms/document  {shown}")
    print(f"{'no-op rebuild of ' + str(args.n) + ' documents (whole command)':62s} {noop:8.2f} s")
    if args.memory:
        small, large = peak_memory_mb(args.n), peak_memory_mb(args.n * 10)
        print(f"peak memory, cold build of {args.n}: {small:.0f} MB; of {args.n * 10}: {large:.0f} MB; ratio {large / small:.2f}")


if __name__ == "__main__":
    main()
