"""`build --pdf` and ODT copies: each document's PDF (ODT) as one more output, with the inputs of its .docx.

A PDF is made again when its .docx changed (or its inputs did); PDFs are not byte-reproducible
(LibreOffice writes a creation date and an ID), so freshness is judged by the .docx, never by
comparing PDF bytes. All PDFs of a build are converted in batches (generator/pdf/convert.py). An ODT
copy (the open standard the Forum Standaardisatie lists for documents) goes the same way, for every
document with `build --odt`, or for the documents of an orgaan whose profile says `odt: ja`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from generator.build.manifest import Entry, Journal, Manifest, file_hash
from generator.errors import Issue, UserError, display_path

if TYPE_CHECKING:
    from generator.build.pipeline import Options
    from generator.build.report import Report
    from generator.loading.project import Project
    from generator.pdf.converter import Converter

PROFILES = "data/gemeenten/"
ODT_LINE = re.compile(r"^odt\s*:", re.M)
"""How the manifest names a profile input (build/pipeline.py: `input_key`)."""


def build_copies(project: Project, options: Options, manifest: Manifest, journal: Journal, report: Report,
                 names: dict[Path, str] | None = None, digest: Callable[[str], str] | None = None,
                 parts: Callable[[Path, str], list[str]] | None = None) -> None:
    """The PDFs (with --pdf) and the ODT copies (with --odt, or where the profile says `odt: ja`), both
    on one warm LibreOffice (started only when something is to be converted): the ODT is a second call.
    `names`: each data file's .docx, for documents the build found current (their entries are in the
    manifest, not in the outcome), with `parts` the other .docx files the last build made of it;
    `digest`: an output's hash by name (the build's, which knows stamps)."""
    with _warm(options) as office:
        found = _Found(names, digest, parts)
        if options.pdf:
            build_pdfs(options, manifest, journal, report, found, ".pdf", lambda _entry: True, office)
        asks: dict[str, bool] = {}  # per profile, read once a build
        if options.odt or _any_asks_odt(project, asks):  # else no entry is asked for its profile (10,000 parsed)
            build_pdfs(options, manifest, journal, report, found, ".odt",
                       lambda entry: options.odt or _odt_profile(project, entry, asks), office)


class _Found:
    """How build_pdfs finds the .docx entries of documents the build did not make again."""

    def __init__(self, names: dict[Path, str] | None, digest: Callable[[str], str] | None,
                 parts: Callable[[Path, str], list[str]] | None) -> None:
        self.names, self.digest, self.parts = names or {}, digest, parts


class _Office:
    """The build's LibreOffice, started at its first conversion and closed with the build's copies."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.converter: Converter | None = None
        """Started here (and closed with the build); a running one given in the options is used instead."""

    def get(self) -> Converter:
        from generator.pdf.converter import Converter

        if self.options.office is not None:
            return self.options.office
        if self.converter is None:
            self.converter = Converter(self.options.jobs)
        return self.converter


@contextmanager
def _warm(options: Options) -> Iterator[_Office]:
    office = _Office(options)
    try:
        yield office
    finally:
        if office.converter is not None:
            office.converter.close()


def _odt_profile(project: Project, entry: Entry, asks: dict[str, bool]) -> bool:
    """Whether the profile the document was made with (one of its inputs) asks for ODT copies."""
    key = next((k for k in entry.inputs if k.startswith(PROFILES) and k.endswith(".yaml")
                and "/" not in k[len(PROFILES):]), None)
    if key is None:
        return False
    if key not in asks:
        asks[key] = _asks_odt(project, project.root / key)
    return asks[key]


def _any_asks_odt(project: Project, asks: dict[str, bool]) -> bool:
    """Whether any profile a document can name (`data/gemeenten/<id>.yaml`) asks for ODT copies."""
    folder = project.root / PROFILES
    for profile in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        key = PROFILES + profile.name
        asks[key] = _asks_odt(project, profile)
    return any(asks.values())


def _asks_odt(project: Project, profile: Path) -> bool:
    try:  # a profile without an odt line is not validated again: a no-op build needs no models
        if not ODT_LINE.search(profile.read_text("utf-8")):
            return False
        return bool(getattr(project.load(profile).model, "odt", False))
    except (UserError, OSError, UnicodeDecodeError):
        return False  # the document built with it; its own check reports a broken profile


def build_pdfs(options: Options, manifest: Manifest, journal: Journal, report: Report, found: _Found,
               suffix: str, wanted: Callable[[Entry], bool], office: _Office) -> None:
    todo = []
    digest = found.digest or (lambda name: file_hash(options.out_dir / name))
    for outcome in report.outcomes:
        if outcome.status not in ("gebouwd", "ongewijzigd"):
            continue
        main = found.names.get(outcome.source)
        made = {n: e for n, e in outcome.entries.items() if n.endswith(".docx")}  # not the PDFs just added
        recorded = made or _recorded(
            manifest, [main, *(found.parts(outcome.source, main) if found.parts else [])] if main else [])
        for name, entry in list(recorded.items()):
            if not name.endswith(".docx") or not wanted(entry):
                continue
            pdf_name = name[:-5] + suffix
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
        option = "--pdf" if suffix == ".pdf" else "--odt"
        for outcome, _entry, pdf_name, _inputs in todo:
            outcome.issues.append(Issue(display_path(options.out_dir / pdf_name), message="ontbreekt of is verouderd",
                                        hint=f"draai 'raadsstukken build {option}' en commit het resultaat"))
        return
    _convert(options, todo, journal, report, suffix, office)


def _recorded(manifest: Manifest, names: list[str]) -> dict[str, Entry]:
    return {name: entry for name in names if (entry := manifest.entries.get(name)) is not None}


def _convert(options: Options, todo: list, journal: Journal, report: Report, suffix: str, office: _Office) -> None:
    from generator.pdf import convert as pdf

    if not todo:
        return
    kind = suffix[1:].upper()
    sources = [options.out_dir / (pdf_name[: -len(suffix)] + ".docx") for _, _, pdf_name, _ in todo]
    try:
        if suffix == ".pdf":
            made = [(r.pdf, r.error) for r in pdf.convert(sources, jobs=options.jobs, converter=office.get())]
        else:
            made = [(r.odt, r.error) for r in pdf.odt_copies(sources, jobs=options.jobs, converter=office.get())]
    except UserError as exc:
        report.problems.append(Issue(kind, message=exc.message, hint=exc.hint))
        return
    for (outcome, entry, pdf_name, inputs), (path, error) in zip(todo, made, strict=False):
        if error or path is None:
            outcome.issues.append(Issue(display_path(options.out_dir / pdf_name),
                                        message=f"{kind} niet gemaakt: {error}"))
            continue
        digest = file_hash(path)
        journal.record(pdf_name, digest)
        outcome.entries[pdf_name] = Entry(entry.source, inputs, digest)
        if suffix == ".pdf":
            report.pdfs += 1
        else:
            report.odts += 1
