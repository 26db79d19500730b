"""What spans many data files: checks across documents, and documents made from all of them.

`cross_checks` finds problems no single file shows (two afdoeningsbrieven for one motie).
`collection_documents` yields documents built from the whole data set (the motievolglijst),
as (output name, Prepared). Both see every discovered data file of the build.
"""

from __future__ import annotations

from pathlib import Path

from generator.documents import Prepared
from generator.errors import Issue
from generator.project import Project


def cross_checks(project: Project, sources: list[Path]) -> list[Issue]:
    return []


def collection_documents(project: Project, sources: list[Path]) -> list[tuple[str, Prepared]]:
    return []
