"""The gate before sending: what checks/strict.py and checks/crossdocs.py find, with its severity.

With --streng a finding is an error (exit 1), without it a warning; in a document marked `concept: ja`
it is a gap of that concept ("concept"), listed but never failing: the document says CONCEPT itself.
"""

from __future__ import annotations

import dataclasses

from generator.errors import Issue
from generator.loading.project import Loaded, Project
from generator.soorten.document import Prepared

from .characters import deceiving
from .crossdocs import cross_issues
from .strict import Doc, document_issues
from .voorstellen import voorstel_issues

CONCEPT = "concept"


def gate(project: Project, documents: list[tuple[Loaded, Prepared]], *, streng: bool, across: bool = True) -> list[Issue]:
    docs = [Doc(loaded, profile(project, prepared), prepared.context) for loaded, prepared in documents]
    found: list[Issue] = []
    warnings: list[Issue] = []
    for doc in docs:
        found.extend(document_issues(project, doc))
        found.extend(voorstel_issues(project, doc))
        names, prose = deceiving(doc)
        found.extend(names)
        warnings.extend(prose)
    if across:
        found.extend(cross_issues(project, docs))
    concepts = {doc.name for doc in docs if doc.concept}
    severity = "fout" if streng else "waarschuwing"
    return [*(dataclasses.replace(i, severity=CONCEPT if i.file in concepts else severity) for i in set(found)),
            *(dataclasses.replace(i, severity="waarschuwing") for i in set(warnings))]


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
