"""What a build did, per data file and in total: the one object the CLI prints from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.build.manifest import Entry
from generator.errors import Issue


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


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    problems: list[Issue] = field(default_factory=list)
    pdfs: int = 0
    odts: int = 0

    def count(self, status: str, *, overviews: bool = False) -> int:
        """Data files with this status (what the progress counter counts), or with overviews=True the overviews."""
        return sum(1 for o in self.outcomes if o.status == status and o.overview == overviews)

    @property
    def issues(self) -> list[Issue]:
        return sorted({*self.problems, *(i for o in self.outcomes for i in o.issues)})  # a profile's error once, not per document

    @property
    def failed(self) -> bool:
        return any(i.severity == "fout" for i in self.issues)

    @property
    def bug(self) -> bool:
        return any(o.bug for o in self.outcomes)
