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
    def __init__(self, project: Project, sources: list[Path]) -> None:
        self.project = project
        self.sources = sources
        self._gathered: dict[str, Any] = {}

    def _facts(self, soort: Soort) -> Any:
        if soort.name not in self._gathered:
            self._gathered[soort.name] = soort.call("gather")(self.project, self.sources)
        return self._gathered[soort.name]

    def _soorten(self) -> list[Soort]:
        return self.project.registry.of_kind("collection")

    def cross_checks(self) -> list[Issue]:
        return [issue for soort in self._soorten() if soort.checks for issue in soort.call("checks")(self._facts(soort))]

    def documents(self) -> list[tuple[str, Prepared]]:
        return [made for soort in self._soorten() for made in soort.call("build")(self.project, self._facts(soort))]




def collective_outputs(project: Project) -> dict[str, str]:
    """Every name a collection writes into build/ (its .txt too), with the collection's name."""
    names = {}
    for soort in project.registry.of_kind("collection"):
        for name in soort.outputs:
            names[name] = names[name[:-5] + ".txt"] = soort.name
    return names
