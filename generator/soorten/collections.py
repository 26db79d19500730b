"""What spans many data files: checks across documents, and documents made from all of them.

Each collection soort of the registry (the motievolglijst) gathers its facts once per run; the
cross-file checks (two afdoeningsbrieven for one motie) and the collection's documents both read
that one gathering. A file that does not load is reported by its own build, and left out here.
The object lives for one build or one check, never longer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import Issue
from generator.loading.project import Project
from generator.soorten.registry import Soort

if TYPE_CHECKING:
    from generator.soorten.document import Prepared


class Collections:
    """The collections of one build or check. `facts` (per collection, per file: what it keeps of
    the file) come from the documents the run loaded anyway; without them each collection loads
    the files itself (`raadsstukken status`, a test)."""

    def __init__(self, project: Project, sources: list[Path], facts: dict[str, dict[Path, Any]] | None = None,
                 only: set[str] | None = None) -> None:
        self.project = project
        self.sources = sources
        self.facts = facts
        self.only = only
        self._gathered: dict[str, Any] = {}

    def _facts(self, soort: Soort) -> Any:
        if soort.name not in self._gathered:
            if self.facts is not None and soort.from_facts:  # the extended collection gathered once, for both
                extended = (self._facts(self.project.registry[soort.extends]),) if soort.extends else ()
                gathered = soort.call("from_facts")(self.project, self.facts.get(soort.name, {}), *extended)
            else:
                gathered = soort.call("gather")(self.project, self.sources)
            self._gathered[soort.name] = gathered
        return self._gathered[soort.name]

    def _soorten(self) -> list[Soort]:
        return [s for s in self.project.registry.of_kind("collection") if self.only is None or s.name in self.only]

    def cross_checks(self) -> list[Issue]:
        return [issue for soort in self._soorten() if soort.checks for issue in soort.call("checks")(self._facts(soort))]

    def documents(self) -> list[tuple[str, Prepared]]:
        return [made for soort in self._soorten() for made in soort.call("build")(self.project, self._facts(soort))]

    def outputs_of(self, soort: Soort) -> list[tuple[str, Prepared]]:
        return list(soort.call("build")(self.project, self._facts(soort)))


def facts_of(project: Project, loaded: Any) -> dict[str, Any]:
    """What each collection keeps of one loaded file (nothing for a file it does not list)."""
    found = {}
    kind = getattr(loaded.model, "soort", None)
    for soort in project.registry.of_kind("collection"):
        if soort.fact and (not soort.members or kind in soort.members):
            fact = soort.call("fact")(project, loaded)
            if fact is not None:
                found[soort.name] = fact
    return found


def collective_outputs(project: Project) -> dict[str, str]:
    """Every name a collection writes into build/ (its .txt too), with the collection's name."""
    names = {}
    for soort in project.registry.of_kind("collection"):
        for name in soort.outputs:
            names[name] = names[name[:-5] + ".txt"] = soort.name
    return names
