"""PDF: the whole PDF stage on 100 built moties (checks, LibreOffice, read-back, placement) against one
plain LibreOffice start per document (`soffice --convert-to pdf`, fresh profile), in one run.

Run by bench/run.py --pdf (with the Python of the checkout under test), or alone:
    python bench/pdfbench.py FOLDER_WITH_DOCX [--docs 100] [--jobs 2] [--singles 10]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one_start_each(files: list[Path], soffice: str) -> float:
    """Seconds per document: a fresh LibreOffice for every document, as without this tool."""
    with tempfile.TemporaryDirectory(prefix="pdfbench-los-") as work:
        started = time.perf_counter()
        for number, source in enumerate(files):
            profile = Path(work) / f"profiel-{number}"
            subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                            "--convert-to", "pdf", "--outdir", work, str(source)], check=True, capture_output=True,
                           timeout=300)
        return (time.perf_counter() - started) / len(files)


def ours(files: list[Path], jobs: int) -> float:
    from generator.pdf.convert import convert

    with tempfile.TemporaryDirectory(prefix="pdfbench-") as work:
        copies = []
        for source in files:
            copies.append(Path(work) / source.name)
            shutil.copyfile(source, copies[-1])
        started = time.perf_counter()
        results = convert(copies, jobs=jobs)
        seconds = time.perf_counter() - started
    failed = [r for r in results if r.error]
    if failed:
        raise SystemExit(f"{len(failed)} PDF's mislukt: {failed[0].error}")
    return seconds / len(files)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--singles", type=int, default=10)
    args = parser.parse_args()
    from generator.pdf.convert import find_soffice

    files = sorted(args.folder.rglob("*.docx"))[: args.docs]
    soffice = find_soffice()
    single = one_start_each(files[: args.singles], soffice)
    batch = ours(files, args.jobs)
    single_after = one_start_each(files[args.singles: 2 * args.singles] or files[: args.singles], soffice)
    print(json.dumps({"docs": len(files), "jobs": args.jobs, "batch": batch, "single": (single + single_after) / 2}))


def compare(target: object, moties: Path, cores: int) -> None:
    """For bench/run.py: run this file with the target's Python and print the rows."""
    done = subprocess.run([target.python, __file__, str(moties / "build")], cwd=target.repo, env=getattr(target, "env", None),  # type: ignore[attr-defined]
                          capture_output=True, text=True)
    if done.returncode:
        print(f"\nPDF: mislukt: {done.stderr[-1500:]}")
        return
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"\nPDF, {result['docs']} built moties on {result['jobs']} workers (checks, LibreOffice, read-back, placement)")
    print(f"{'   one plain soffice start per document (yardstick)':74s} {result['single'] * 1000:8.0f} ms/doc")
    print(f"{'   the PDF stage, in a batch':74s} {result['batch'] * 1000:8.0f} ms/doc  "
          f"{result['single'] / result['batch']:5.1f}× one start per document")


if __name__ == "__main__":
    sys.exit(main())
