"""PDF throughput: documents in batches per LibreOffice start against one start per document.

Both modes run the whole PDF stage (checked copy, LibreOffice, pypdf check in a sandbox, atomic
placement) on the same freshly generated one-page documents, side by side in one run.

    python bench/pdf_bench.py [--docs 40] [--jobs 1,2]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.pdf import convert, find_soffice

TARGET_RATIO = 8.0


def make_documents(folder: Path, count: int) -> list[Path]:
    files = []
    for number in range(1, count + 1):
        document = docx.Document()
        title = f"Motie {number}: verkeersveiligheid rond basisschool {number}"
        document.add_heading(title, level=1)
        document.add_paragraph("De raad van de gemeente Utrecht, in vergadering bijeen op 8 juli 2019,")
        document.add_paragraph("constaterende dat de oversteek bij de school onveilig is;")
        document.add_paragraph("verzoekt het college een zebrapad aan te leggen,")
        document.add_paragraph("en gaat over tot de orde van de dag.")
        properties = document.core_properties
        properties.title, properties.author, properties.language = title, "Gemeente Utrecht", "nl-NL"
        path = folder / f"motie-{number:03d}.docx"
        document.save(path)
        files.append(path)
    return files


def wait_until_idle(limit: float = 0.5, patience: float = 300.0) -> str:
    """Other work on this machine skews both modes; wait (a while) for a quiet moment."""
    deadline = time.monotonic() + patience
    while os.getloadavg()[0] > limit and time.monotonic() < deadline:
        time.sleep(5)
    return f"load {os.getloadavg()[0]:.2f}"


def measure(files: list[Path], *, jobs: int, batch_size: int) -> float:
    for pdf in (f.with_suffix(".pdf") for f in files):
        pdf.unlink(missing_ok=True)
    started = time.perf_counter()
    results = convert(files, jobs=jobs, batch_size=batch_size)
    elapsed = time.perf_counter() - started
    failed = [r for r in results if r.error]
    if failed:
        raise SystemExit(f"{len(failed)} documenten mislukt, eerste: {failed[0].source}: {failed[0].error}")
    return elapsed


def machine(soffice: str) -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else "?"
    version = subprocess.run([soffice, "--version"], capture_output=True, text=True, timeout=60).stdout.strip()
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python " \
           f"{platform.python_version()}, {version}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts")
    args = parser.parse_args()
    soffice = find_soffice()
    print(machine(soffice))
    with tempfile.TemporaryDirectory(prefix="pdf-bench-") as folder:
        files = make_documents(Path(folder), args.docs)
        measure(files[:1], jobs=1, batch_size=1)  # warm the disk cache and the font cache
        ratios = []
        for jobs in (int(j) for j in args.jobs.split(",")):
            load_batch = wait_until_idle()
            batch = measure(files, jobs=jobs, batch_size=25)
            load_single = wait_until_idle()
            single = measure(files, jobs=jobs, batch_size=1)
            ratios.append(single / batch)
            for name, seconds, load in (("batch (25 per start)", batch, load_batch),
                                        ("one start per document", single, load_single)):
                print(f"jobs={jobs}  {name:24} {seconds:7.2f} s  {1000 * seconds / len(files):7.0f} ms/document"
                      f"  ({load} before)")
            print(f"jobs={jobs}  ratio {single / batch:.1f}x  (target >= {TARGET_RATIO:g}x)")
    raise SystemExit(0 if min(ratios) >= TARGET_RATIO else 1)


if __name__ == "__main__":
    main()
