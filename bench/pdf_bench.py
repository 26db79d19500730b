"""PDF throughput: documents in batches per LibreOffice start against one start per document.

Both modes run the whole PDF stage (checked copy, LibreOffice, pypdf check in a sandbox, atomic
placement) on the same freshly generated one-page documents, side by side in one run: in each
round all documents go through in batches, then a quarter of them one LibreOffice start each, so
that other load on the machine falls on both modes alike.

    python bench/pdf_bench.py [--docs 40] [--rounds 4] [--jobs 1,2]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.pdf.convert import convert, find_soffice

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
        # Like the project's templates: Dutch as the default language too (python-docx has en-US,
        # which the PDF stage would rewrite in its copy, about 12 ms per document more).
        document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang")[0].set(qn("w:val"), "nl-NL")
        path = folder / f"motie-{number:03d}.docx"
        document.save(path)
        files.append(path)
    return files


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def measure(files: list[Path], *, jobs: int, batch_size: int | None) -> float:
    """Seconds to convert `files`; batch_size None is what the build uses (convert's default)."""
    for pdf in (f.with_suffix(".pdf") for f in files):
        pdf.unlink(missing_ok=True)
    started = time.perf_counter()
    results = convert(files, jobs=jobs) if batch_size is None else convert(files, jobs=jobs, batch_size=batch_size)
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


def compare(files: list[Path], jobs: int, rounds: int) -> float:
    """Alternate the modes in rounds so that other load on the machine hits both alike."""
    batch_times, single_time, single_docs, loads = [], 0.0, 0, []
    share = max(1, len(files) // rounds)
    for number in range(rounds):
        loads.append(load())
        batch_times.append(measure(files, jobs=jobs, batch_size=None) / len(files))
        part = files[number * share:(number + 1) * share]
        single_time += measure(part, jobs=jobs, batch_size=1)
        single_docs += len(part)
    batch, single = statistics.median(batch_times), single_time / single_docs
    print(f"jobs={jobs}  batch (as the build)    {1000 * batch:6.0f} ms/document  (median of {rounds} runs "
          f"of {len(files)}: {', '.join(f'{1000 * t:.0f}' for t in batch_times)})")
    print(f"jobs={jobs}  one start per document  {1000 * single:6.0f} ms/document  ({single_docs} documents)")
    print(f"jobs={jobs}  ratio {single / batch:.1f}x  (target >= {TARGET_RATIO:g}x; {', '.join(loads)})")
    return single / batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100, help="documents per run (a build of a few hundred is the case to serve)")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts")
    args = parser.parse_args()
    soffice = find_soffice()
    print(machine(soffice))
    with tempfile.TemporaryDirectory(prefix="pdf-bench-") as folder:
        files = make_documents(Path(folder), args.docs)
        measure(files[:1], jobs=1, batch_size=1)  # warm the disk cache and the font cache
        ratios = [compare(files, int(jobs), args.rounds) for jobs in args.jobs.split(",")]
    raise SystemExit(0 if min(ratios) >= TARGET_RATIO else 1)


if __name__ == "__main__":
    main()
