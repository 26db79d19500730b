"""Which data files a run covers: YAML files below the given paths (default: data/), sorted.

Shared by `build` and `check`, so both see the same files. Reference data (profiles in
data/gemeenten, models in data/modellen) is read by the documents that use it, not built.
"""

from __future__ import annotations

from pathlib import Path

from generator.errors import UsageError
from generator.loading.project import Project

NOT_DOCUMENTS = {"gemeenten", "modellen"}


def discover(project: Project, paths: list[Path]) -> list[Path]:
    found: set[Path] = set()
    for path in paths or [project.data_dir]:
        if path.is_dir():
            base = path.resolve()
            for file in base.rglob("*.y*ml"):
                rel = file.relative_to(base).parts
                if file.suffix in (".yaml", ".yml") and not (NOT_DOCUMENTS & set(rel[:-1])) and not rel[-1].startswith("."):
                    found.add(file)
        elif path.exists():
            found.add(path.resolve())
        else:
            raise UsageError(f"{path} bestaat niet", "geef een bestaand bestand of een map op")
    return sorted(found)


def profiles(project: Project) -> list[Path]:
    return sorted(p.resolve() for p in (project.data_dir / "gemeenten").glob("*.yaml"))
