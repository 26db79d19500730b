"""The gate before sending: what checks/strict.py and checks/crossdocs.py find, with its severity.

With --streng a finding is an error (exit 1), without it a warning; in a document marked `concept: ja`
it is a gap of that concept ("concept"), listed but not failing: the document says CONCEPT itself.
A starter's example text left in (checks/starter.py) is no gap: it fails in a concept too. With
--verzendklaar (for a CI that publishes) every document must be ready to send: a concept's gaps are
errors, and so is its `concept: ja`.
"""

from __future__ import annotations

import dataclasses

from generator.errors import Issue
from generator.loading.project import Loaded, Project
from generator.soorten.document import Prepared

from .characters import deceiving
from .crossdocs import cross_issues
from .starter import starter_issues
from .strict import Doc, document_issues, orgaan_of
from .submitted import double_numbers
from .voorstellen import voorstel_issues

CONCEPT = "concept"


def gate(project: Project, documents: list[tuple[Loaded, Prepared]], *, streng: bool, verzendklaar: bool = False,
         across: bool = True) -> list[Issue]:
    docs = [Doc(loaded, profile(project, prepared), prepared.context) for loaded, prepared in documents]
    severity = "fout" if streng or verzendklaar else "waarschuwing"
    found: list[Issue] = []
    always: list[Issue] = []
    warnings: list[Issue] = []
    for doc in docs:
        always.extend(starter_issues(project.registry, doc, orgaan_of(doc)))
        found.extend(document_issues(project, doc))
        found.extend(voorstel_issues(project, doc))
        names, prose = deceiving(doc)
        found.extend(names)
        warnings.extend(prose)
    if across:
        found.extend(cross_issues(project, docs))
        found.extend(double_numbers(project, docs, orgaan_of))
    concepts = {doc.name for doc in docs if doc.concept}
    gap = severity if verzendklaar else CONCEPT
    issues = {dataclasses.replace(i, severity=gap if i.file in concepts else severity) for i in found}
    issues.update(dataclasses.replace(i, severity=severity) for i in always)
    issues.update(dataclasses.replace(i, severity="waarschuwing") for i in warnings)  # deceiving characters in prose
    if verzendklaar:  # a concept by its open facts alone: those facts are its errors
        issues.update(_concept(doc) for doc in docs if doc.concept and "concept" in doc.loaded.doc.data)
    return sorted(issues)


def _concept(doc: Doc) -> Issue:
    return dataclasses.replace(doc.issue(("concept",), "het document staat op 'concept: ja': nog niet te versturen",
                                         "vul aan wat ontbreekt en haal 'concept: ja' weg"), severity="fout")


def profile(project: Project, prepared: Prepared) -> Loaded | None:
    """The gemeente profile the document was made with (one of its inputs)."""
    folder = project.data_dir / "gemeenten"
    for path in prepared.inputs:
        if path.parent == folder and path.suffix == ".yaml":
            return project.load(path)
    return None


def concept_summary(issues: list[Issue]) -> list[str]:
    """One line per concept: which facts it still lacks."""
    gaps: dict[str, list[str]] = {}
    for issue in issues:
        if issue.severity == CONCEPT:
            gaps.setdefault(issue.file, []).append(issue.field or issue.message)
    return [f"concept: {name} (nog niet te versturen; open: {', '.join(sorted(set(fields)))})"
            for name, fields in sorted(gaps.items())]
