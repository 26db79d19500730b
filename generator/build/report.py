"""What a build did, per data file and in total: the one object the CLI prints from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.build.manifest import Entry
from generator.errors import Issue

if TYPE_CHECKING:
    from generator.build.index import Seen
    from generator.loading.project import Loaded


@dataclass
class Outcome:
    source: Path
    status: str  # gebouwd, ongewijzigd, fout, handmatig, verouderd, geen
    issues: list[Issue] = field(default_factory=list)
    entries: dict[str, Entry] = field(default_factory=dict)
    bug: bool = False
    """The failure was a bug in the tool, not in the data (exit 3)."""
    overview: bool = False
    """An output made from many data files (the motievolglijst), not counted with the data files."""
    facts: dict[str, Any] | None = None
    """What each collection keeps of the document (None: not loaded by this build)."""
    seen: dict[str, Seen] = field(default_factory=dict)
    """The stamps and hashes of the files read and written for it (for the index)."""
    loaded: tuple[Path, Any, Loaded] | None = None
    """The document itself with the stamp it was loaded at, for a collection that reads it whole
    (sent back by a worker)."""


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    problems: list[Issue] = field(default_factory=list)
    pdfs: int = 0
    quiet: int = 0
    """Documents found current without an outcome each (a build in which nothing changed)."""
    odts: int = 0

    def count(self, status: str, *, overviews: bool = False) -> int:
        """Data files with this status (what the progress counter counts), or with overviews=True the overviews;
        documents found current without an outcome count as unchanged data files."""
        quiet = self.quiet if status == "ongewijzigd" and not overviews else 0
        return sum(1 for o in self.outcomes if o.status == status and o.overview == overviews) + quiet

    @property
    def issues(self) -> list[Issue]:
        return sorted({*self.problems, *(i for o in self.outcomes for i in o.issues)})  # a profile's error once, not per document

    @property
    def failed(self) -> bool:
        return any(i.severity == "fout" for i in self.issues)

    @property
    def bug(self) -> bool:
        return any(o.bug for o in self.outcomes)
