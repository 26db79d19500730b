"""Benchmark: raadsstukken against plain docxtpl, every figure a ratio measured in the same run.

    python bench/run.py [--n 1000] [--soort-n 100] [--pdf] [--preview] [--repo PATH] [--smoke]

Yardsticks (bench/yardsticks.py, on the same documents): A, plain docxtpl load-render-save with
the context given; B, the plain-docxtpl pipeline (read YAML, validate, context, render, save).
Measured, each as the whole command (`python -m generator build`, start-up included):
- N varied moties: cold build --jobs 1 (against B, and per document with start-up subtracted
  against A: (t(N) − t(1)) / (N − 1)), cold build --jobs <cores>, no-op rebuild;
- every other soort, N/10 documents each (a raadsvoorstel with its verordening, an amendement with
  its voorstel, …: bench/corpus.py): the same per-document figure against that soort's A and B;
- 10×N documents (moties and one of every other soort): cold build, no-op rebuild, one changed
  motie (its title: its row in the motievolglijst changes), one motie changed in its text only,
  one changed document that no collection lists (a beleidsplan);
- peak memory of a cold build --jobs 1 of N and of 10×N documents;
- with --pdf: PDF per document in a batch of 100 through the converter against one soffice start
  per document; with --preview: the editor's preview over 20 edits, a LibreOffice worker killed halfway.
--repo measures another checkout (its .venv) with this same bench, for before/after in one session.
--smoke: small N, ratios printed, nothing asserted (CI runs it so the bench cannot rot).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

SOORTEN = ("afdoeningsbrief", "verordening", "wijzigingsverordening", "beleidsplan", "raadsvoorstel", "amendement",
           "subamendement", "vergadering")
RUN = ("import resource, sys\nfrom generator.cli.main import main\nsys.argv = ['raadsstukken', *sys.argv[1:]]\n"
       "try:\n    main()\n    code = 0\nexcept SystemExit as exc:\n    code = exc.code or 0\n"
       "print('BENCH', code, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")


class Target:
    """The checkout under test: its Python (with raadsstukken installed from it)."""

    def __init__(self, repo: Path) -> None:
        self.repo = repo
        venv = repo / ".venv" / "bin" / "python"
        self.python = str(venv) if venv.exists() else sys.executable
        self.env = {**os.environ, "PYTHONPATH": str(repo)}
        """Its own code first, whichever Python runs it (a checkout without a venv of its own)."""
        subprocess.run([self.python, "-m", "compileall", "-q", str(repo / "generator")], env=self.env,
                       stdout=subprocess.DEVNULL, check=False)
        """Its bytecode written once, as an installed tool has it: with PYTHONDONTWRITEBYTECODE set (as on
        this machine) every command would otherwise compile some 90 modules again (0.3-1 s of start-up)."""

    def cli(self, root: Path, *args: str) -> tuple[float, float]:
        """Seconds and peak memory (MB) of one whole command; its processor time is kept in `self.cpu`
        (user and system, its workers included): on a machine shared with other work, wall-clock
        seconds grow with the load, processor seconds much less."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([self.python, "-c", RUN, "-C", str(root), *args], cwd=self.repo, env=self.env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        line = next((ln for ln in done.stderr.splitlines() if ln.startswith("BENCH ")), None)
        if line is None or line.split()[1] not in ("0", "1"):
            raise SystemExit(f"build mislukt ({args}): {done.stderr[-2000:]}")
        return seconds, int(line.split()[2]) / 1024

    def yardsticks(self, jobs: list[str]) -> dict[str, dict[str, float]]:
        done = subprocess.run([self.python, str(HERE / "yardsticks.py"), *jobs], cwd=self.repo,
                              env=self.env, capture_output=True, text=True, check=True)
        rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
        return {row["job"]: row for row in rows}


def row(label: str, value: str, ratio: str = "") -> None:
    print(f"{label:74s} {value:>16s}  {ratio}")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms/doc"


def moties(target: Target, root: Path, n: int, cores: int, sticks: dict[str, float], smoke: bool) -> dict[str, float]:
    one = root.parent / "een-motie"
    corpus.moties(one, 1)
    start = 0.0 if smoke else target.cli(one, "build", "-j", "1")[0]  # --smoke: fewer commands, no figure
    cold1, memory = target.cli(root, "build", "-j", "1")
    cold1_cpu = cpu(target)
    noop, _ = target.cli(root, "build")
    noop_cpu = cpu(target)
    shutil.rmtree(root / "build")
    cold_all = cold1 if smoke else target.cli(root, "build", "-j", str(cores))[0]
    per_doc = (cold1 - start) / (n - 1)
    print(f"\n{n} moties (yardsticks on {sticks['documents']} of them)")
    row("A  plain docxtpl: open template, render, save (context given)", ms(sticks["A"]))
    row("   raadsstukken renderer on the same contexts", ms(sticks["ours"]), f"{sticks['A'] / sticks['ours']:5.1f}× A")
    row("B  plain docxtpl pipeline: YAML, validate, context, render, save", ms(sticks["B"]))
    row(f"   cold build --jobs 1, whole command (N={n})", ms(cold1 / n), f"{sticks['B'] / (cold1 / n):5.1f}× B  {cold1_cpu}")
    row(f"   cold build --jobs 1, per document, start-up ({start:.2f} s) subtracted", ms(per_doc),
        f"{sticks['A'] / per_doc:5.1f}× A  {sticks['B'] / per_doc:5.1f}× B")
    row(f"   cold build --jobs {cores}, whole command", ms(cold_all / n), f"{sticks['B'] / (cold_all / n):5.1f}× B")
    row(f"   no-op rebuild of {n}, whole command", f"{noop:8.2f} s", noop_cpu)
    return {"memory": memory, "noop": noop, "startup": start}


def soort_projects(work: Path, n: int, smoke: bool) -> dict[str, tuple[Path, list[Path]]]:
    """Per soort N documents (in --smoke all soorten in one project, to build them in one command)."""
    made = {}
    for number, soort in enumerate(SOORTEN):
        root = work / ("soorten" if smoke else f"soort-{soort}")
        made[soort] = (root, corpus.of_soort(root, soort, n, first=100 * number))
    return made


SAMPLE = {"moties": 200, "soort": 50}
"""How many documents the yardsticks measure (--sample lowers both on a loaded machine)."""


def sticks_job(root: Path, files: list[Path], n: int) -> str:
    return f"{root}:{files[0].parent.relative_to(root)}/*.yaml:{min(n, SAMPLE['soort'])}"


def soorten(target: Target, made: dict[str, tuple[Path, list[Path]]], n: int, smoke: bool,
            sticks: dict[str, dict[str, float]], startup: float) -> None:
    """Per soort: its documents alone (`build data/<folder>/<soort>`), against its own A and B."""
    print(f"\nevery other soort, {n} documents each: cold build --jobs 1 of those documents, per document"
          " ((t(N) − t(1)) / (N − 1))")
    if smoke:  # one command for all of them: the code runs, the figures mean nothing
        root = next(iter(made.values()))[0]
        whole, _ = target.cli(root, "build", "-j", "1", *(str(files[0].parent) for _r, files in made.values()))
        row("   --smoke: every soort in one build", f"{whole:8.2f} s")
        for soort, (root, files) in made.items():
            s = sticks[sticks_job(root, files, n)]
            row(f"   {soort}: A {s['A'] * 1000:.1f} ms, B {s['B'] * 1000:.1f} ms", ms(s["ours"]), f"{s['A'] / s['ours']:5.1f}× A (renderer)")
        return
    for soort, (root, files) in made.items():
        whole, _ = target.cli(root, "build", "-j", "1", str(files[0].parent))
        shutil.rmtree(root / "build")
        first, _ = target.cli(root, "build", "-j", "1", str(files[0]))
        s = sticks[sticks_job(root, files, n)]
        label = f"   {soort}: A {s['A'] * 1000:.1f} ms, B {s['B'] * 1000:.1f} ms, start-up {first:.2f} s"
        if whole <= first:  # the load moved more than the documents cost: no figure, not a ratio of noise
            row(label, "niet meetbaar", "(N documents no slower than 1: the machine is too busy)")
            continue
        per_doc = (whole - first) / max(n - 1, 1)
        row(label, ms(per_doc), f"{s['A'] / per_doc:5.1f}× A  {s['B'] / per_doc:5.1f}× B")


def cpu(target: Target) -> str:
    return f"({target.cpu:.2f} s processor)"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), "utf-8")


def scale(target: Target, work: Path, n: int, cores: int, small: dict[str, float], smoke: bool) -> None:
    root = work / "schaal"
    corpus.moties(root, n)
    plans = [p for p in corpus.samples() if corpus.soort_of(p) == "beleidsplan"]
    corpus.family(root, 9999, random.Random(9999), plans if smoke else None)
    print(f"\n{n} moties and {'a beleidsplan' if smoke else 'one of every other soort'} (motievolglijst of {n} rows)")
    cold, memory = target.cli(root, "build", "-j", "1")
    row("   cold build --jobs 1, whole command", f"{cold:8.2f} s", cpu(target))
    noop, _ = target.cli(root, "build", "-j", str(cores))
    row("   no-op rebuild", f"{noop:8.2f} s", cpu(target))
    number = min(500, n // 2)
    motie = root / "data" / "moties" / f"m{number:06d}.yaml"
    edit(motie, f"titel: Motie {number} ", f"titel: Motie {number} (gewijzigd) ")
    changed, _ = target.cli(root, "build", "-j", str(cores))
    row("   one changed motie (its title: its row in the motievolglijst changes)", f"{changed:8.2f} s", cpu(target))
    edit(motie, "constateringen:\n", "constateringen:\n  - een nieuwe constatering;\n")
    text_only, _ = target.cli(root, "build", "-j", str(cores))
    row("   one motie changed in its text only (its row stays the same)", f"{text_only:8.2f} s", cpu(target))
    plan = next((root / "data" / "beleidsplannen").glob("*beleidsplan-jeugd.yaml"))
    edit(plan, "titel: Beleidsplan Jeugd", "titel: Beleidsplan Jeugd en Gezin")
    alone, _ = target.cli(root, "build", "-j", str(cores))
    row("   one changed document that no collection lists (a beleidsplan)", f"{alone:8.2f} s", cpu(target))
    again, _ = target.cli(root, "build", "-j", str(cores))
    row("   no-op rebuild after the changes", f"{again:8.2f} s", cpu(target))
    row(f"   peak memory, cold build --jobs 1: {len(list((root / 'data').rglob('*.yaml')))} files against "
        f"{small['n']:.0f} moties", f"{memory:6.0f} MB", f"{memory / small['memory']:.2f}× ({small['memory']:.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--soort-n", type=int, default=None, help="documents per other soort (default N/10)")
    parser.add_argument("--scale", type=int, default=10, help="the large project is SCALE × N documents")
    parser.add_argument("--repo", type=Path, default=HERE.parent, help="the checkout to measure (its .venv)")
    parser.add_argument("--pdf", action="store_true", help="also PDF: batch of 100 against one soffice per document")
    parser.add_argument("--preview", action="store_true", help="also the editor's preview over 20 edits")
    parser.add_argument("--smoke", action="store_true", help="small N, nothing asserted: for CI")
    parser.add_argument("--sample", type=int, default=None, help="documents the yardsticks measure (default 200 moties, 50 per soort)")
    args = parser.parse_args()
    if args.sample:
        SAMPLE.update(moties=args.sample, soort=max(2, args.sample // 4))
    if args.smoke:
        args.n, args.soort_n, args.scale = 10, 2, 2
    cores = os.cpu_count() or 1
    target = Target(args.repo.resolve())
    print(f"machine: {platform.machine()}, {cores} cores, Python {platform.python_version()}, {platform.system()}; "
          f"load {os.getloadavg()[0]:.1f}; checkout {target.repo}")
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        per_soort = args.soort_n or max(2, args.n // 10)
        motie_root = work / "moties"
        corpus.moties(motie_root, args.n)
        made = soort_projects(work, per_soort, args.smoke)
        motie_job = f"{motie_root}:data/moties/*.yaml:{min(args.n, SAMPLE['moties'])}"
        sticks = target.yardsticks([motie_job, *(sticks_job(r, f, per_soort) for r, f in made.values())])
        small = moties(target, motie_root, args.n, cores, sticks[motie_job], args.smoke)
        small["n"] = args.n
        soorten(target, made, per_soort, args.smoke, sticks, small["startup"])
        scale(target, work, args.n * args.scale, cores, small, args.smoke)
        if args.pdf:
            import pdfbench

            pdfbench.compare(target, motie_root, cores)
        if args.preview:
            import previewbench

            previewbench.measure(target, work)
    print(f"load at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
