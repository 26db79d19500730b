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


_LAST: dict[str, object] = {}


def _gathered(project: Project, sources: list[Path]) -> volglijst.Gegevens:
    """One gather per build: cross_checks and collection_documents see the same sources."""
    key = (id(project), tuple(sources), tuple(_stamp(p) for p in sources))
    if _LAST.get("key") != key:
        _LAST.update(key=key, value=volglijst.gather(project, sources))
    return _LAST["value"]  # type: ignore[return-value]


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
        return stat.st_mtime_ns, stat.st_size
    except OSError:
        return 0, 0


def cross_checks(project: Project, sources: list[Path]) -> list[Issue]:
    return volglijst.duplicates(_gathered(project, sources))


def collection_documents(project: Project, sources: list[Path]) -> list[tuple[str, Prepared]]:
    prepared = volglijst.prepared(project, _gathered(project, sources), volglijst.vandaag())
    _LAST.clear()
    return [(VOLGLIJST, prepared)] if prepared else []
