"""The yardsticks, measured by the Python of the checkout under test (bench/run.py runs this file).

    python bench/yardsticks.py ROOT:GLOB[:SAMPLE] ...

For each project ROOT and the data files GLOB (relative to ROOT), on the first SAMPLE files
(default 200), prints one JSON line with seconds per document:
- A: plain docxtpl, open the template, render, save, with the context given (prepared by raadsstukken);
- ours: raadsstukken's renderer on the same contexts;
- B: the plain-docxtpl pipeline: read the YAML, validate, build the context, render with docxtpl, save.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path


def measure(root: Path, files: list[Path]) -> dict[str, float]:
    from docxtpl import DocxTemplate

    from generator.loading.project import Project
    from generator.soorten.document import prepare
    from generator.word.render import make_environment, render

    project = Project(root)
    prepared = [p for p in (prepare(project, project.load(f)) for f in files) if p is not None]
    with tempfile.TemporaryDirectory(prefix="yardstick-") as out:
        start = time.perf_counter()
        for number, item in enumerate(prepared):
            doc = DocxTemplate(item.template)
            doc.render(item.context, jinja_env=make_environment(), autoescape=True)
            doc.save(Path(out) / f"{number}.docx")
        plain = (time.perf_counter() - start) / len(prepared)
        start = time.perf_counter()
        for item in prepared:
            render(item.template, item.context, item.properties, item.media)
        ours = (time.perf_counter() - start) / len(prepared)
        fresh = Project(root)
        start = time.perf_counter()
        for number, path in enumerate(files):
            item = prepare(fresh, fresh.load(path))
            if item is None:
                continue
            doc = DocxTemplate(item.template)
            doc.render(item.context, jinja_env=make_environment(), autoescape=True)
            doc.save(Path(out) / f"p{number}.docx")
        pipeline = (time.perf_counter() - start) / len(prepared)
    return {"A": plain, "ours": ours, "B": pipeline, "documents": len(prepared)}


def main() -> None:
    for job in sys.argv[1:]:
        root, pattern, *rest = job.split(":")
        files = sorted(Path(root).glob(pattern))[: int(rest[0]) if rest else 200]
        print(json.dumps({"job": job, **measure(Path(root), files)}), flush=True)


if __name__ == "__main__":
    main()
