"""`build --pdf`: each document's PDF as one more output, with the same inputs as its .docx.

A PDF is made again when its .docx changed (or its inputs did); PDFs are not byte-reproducible
(LibreOffice writes a creation date and an ID), so freshness is judged by the .docx, never by
comparing PDF bytes. All PDFs of a build are converted in batches (generator/pdf.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from generator.build.manifest import Entry, Journal, Manifest, file_hash
from generator.errors import Issue, UserError, display_path

if TYPE_CHECKING:
    from generator.build.pipeline import Options
    from generator.build.report import Report


def build_pdfs(options: Options, manifest: Manifest, journal: Journal, report: Report,
               names: dict[Path, str] | None = None, digest: Callable[[str], str] | None = None,
               parts: Callable[[Path, str], list[str]] | None = None) -> None:
    """`names`: each data file's .docx, for documents the build found current (their entries are in the
    manifest, not in the outcome), with `parts` the other .docx files the last build made of it;
    `digest`: an output's hash by name (the build's, which knows stamps)."""
    todo = []
    digest = digest or (lambda name: file_hash(options.out_dir / name))
    for outcome in report.outcomes:
        if outcome.status not in ("gebouwd", "ongewijzigd"):
            continue
        main = (names or {}).get(outcome.source)
        recorded = outcome.entries or _recorded(manifest, [main, *(parts(outcome.source, main) if parts else [])]
                                                if main else [])
        for name, entry in list(recorded.items()):
            if not name.endswith(".docx"):
                continue
            pdf_name = name[:-5] + ".pdf"
            inputs = {**entry.inputs, "docx": entry.sha256}
            old = manifest.entries.get(pdf_name)
            current = digest(pdf_name)
            if not options.force and old and old.inputs == inputs and current == old.sha256:
                outcome.entries[pdf_name] = old
                continue
            if current != "absent" and not options.force and old and not manifest.made_by_us(pdf_name, current):
                outcome.issues.append(Issue(display_path(options.out_dir / pdf_name),
                                            message="is met de hand gewijzigd en wordt niet overschreven",
                                            hint="bewaar uw versie onder een andere naam, of bouw met --force"))
                continue
            todo.append((outcome, entry, pdf_name, inputs))
    if options.check:
        for outcome, _entry, pdf_name, _inputs in todo:
            outcome.issues.append(Issue(display_path(options.out_dir / pdf_name), message="ontbreekt of is verouderd",
                                        hint="draai 'raadsstukken build --pdf' en commit het resultaat"))
        return
    _convert(options, todo, journal, report)


def _recorded(manifest: Manifest, names: list[str]) -> dict[str, Entry]:
    return {name: entry for name in names if (entry := manifest.entries.get(name)) is not None}


def _convert(options: Options, todo: list, journal: Journal, report: Report) -> None:
    from generator.pdf import convert as pdf

    if not todo:
        return
    try:
        results = pdf.convert([options.out_dir / (pdf_name[:-4] + ".docx") for _, _, pdf_name, _ in todo],
                              jobs=options.jobs)
    except UserError as exc:
        report.problems.append(Issue("PDF", message=exc.message, hint=exc.hint))
        return
    for (outcome, entry, pdf_name, inputs), result in zip(todo, results, strict=False):
        if result.error or result.pdf is None:
            outcome.issues.append(Issue(display_path(options.out_dir / pdf_name),
                                        message=f"PDF niet gemaakt: {result.error}"))
            continue
        digest = file_hash(result.pdf)
        journal.record(pdf_name, digest)
        outcome.entries[pdf_name] = Entry(entry.source, inputs, digest)
        report.pdfs += 1
