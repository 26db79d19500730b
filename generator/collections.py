"""What spans many data files: checks across documents, and documents made from all of them.

`cross_checks` finds problems no single file shows (two afdoeningsbrieven for one motie).
`collection_documents` yields documents built from the whole data set (the motievolglijst),
as (output name, Prepared). Both see every discovered data file of the build. A file that does
not load is reported by its own build, and left out here.
"""

from __future__ import annotations

from pathlib import Path

from generator import volglijst
from generator.documents import Prepared
from generator.errors import Issue
from generator.project import Project

VOLGLIJST = "motievolglijst.docx"


def cross_checks(project: Project, sources: list[Path]) -> list[Issue]:
    return volglijst.duplicates(volglijst.gather(project, sources))


def collection_documents(project: Project, sources: list[Path]) -> list[tuple[str, Prepared]]:
    prepared = volglijst.prepared(project, volglijst.gather(project, sources), volglijst.vandaag())
    return [(VOLGLIJST, prepared)] if prepared else []


def fingerprint_extra() -> str:
    """What the collections depend on besides the data files: the peildatum of the volglijst, so a
    no-op build on a later day still re-renders it (a motie may have become "te laat")."""
    return f"peildatum {volglijst.vandaag().isoformat()}"
