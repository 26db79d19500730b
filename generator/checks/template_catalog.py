"""Every template a project can use, which soort it serves, and the contexts that soort provides.

Templates are found where `Project.template` looks: each gemeente's huisstijl folder, the project's
templates/ and the built-in templates/. A template serves the soort whose document module names it
(`TEMPLATE = "moties/motie.docx"`); a huisstijl template serves the soort of the default it
replaces. The variables a soort provides are learnt by preparing every sample data file of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.checks.template_variables import Shape
from generator.errors import RaadsstukkenError, display_path
from generator.loading.project import TEMPLATES, Project


@dataclass(frozen=True)
class Root:
    """A folder of templates and who it belongs to."""

    folder: Path
    label: str


@dataclass
class Entry:
    """One template file: where it is, the name it overrides, what it serves."""

    path: Path
    name: str
    root: Root
    soorten: list[str] = field(default_factory=list)

    @property
    def shown(self) -> str:
        return display_path(self.path)


@dataclass
class Catalogue:
    entries: list[Entry]
    contexts: dict[str, Shape]
    """Template name (moties/motie.docx) → what the prepared sample contexts hold."""


def roots(project: Project) -> list[Root]:
    """Template folders in lookup order: gemeente huisstijl folders, project, built-in."""
    found: list[Root] = []
    for profile in sorted((project.data_dir / "gemeenten").glob("*.yaml")):
        try:
            loaded = project.load(profile)
        except RaadsstukkenError:
            continue
        huisstijl = getattr(loaded.model, "huisstijl", None)
        if huisstijl and huisstijl.templates:
            found.append(Root((profile.parent / huisstijl.templates).resolve(), f"huisstijl {profile.stem}"))
    project_folder = (project.root / "templates").resolve()
    if project_folder != TEMPLATES.resolve():
        found.append(Root(project_folder, "project"))
    found.append(Root(TEMPLATES.resolve(), "standaard"))
    unique: dict[Path, Root] = {}
    for root in found:
        unique.setdefault(root.folder, root)
    return list(unique.values())


def catalogue(project: Project, samples: list[tuple[str, Any]] | None = None, collections: Any = None) -> Catalogue:
    names = project.registry.template_names()
    contexts: dict[str, Shape] = {}
    for soort, name, context in sample_contexts(project, samples, collections):
        contexts.setdefault(name, Shape()).merge(context)
        if soort not in names.setdefault(name, []):
            names[name].append(soort)
    entries = []
    for root in roots(project):
        if root.folder.is_dir():
            for path in sorted(root.folder.rglob("*.docx")):
                if not path.name.startswith(("~$", ".")):
                    name = path.relative_to(root.folder).as_posix()
                    entries.append(Entry(path, name, root, sorted(names.get(name, []))))
    return Catalogue(entries, contexts)


def sample_contexts(project: Project, samples: list[tuple[str, Any]] | None = None,
                    collections: Any = None) -> list[tuple[str, str, dict]]:
    """(soort, template name, context) for every sample data file that prepares cleanly; `check`
    passes what it prepared, the `templates` command prepares here."""
    from generator.loading.discovery import discover
    from generator.soorten.collections import Collections

    folders = [r.folder for r in roots(project)]
    try:
        sources = discover(project, [])
    except RaadsstukkenError:
        return []
    if samples is None:
        samples = _prepare_all(project, sources)
    found = [(soort, _name(prepared.template, folders), prepared.context) for soort, prepared in samples]
    try:
        documents = (collections or Collections(project, sources)).documents()
    except Exception:
        documents = []
    found += [(Path(output).stem, _name(prepared.template, folders), prepared.context) for output, prepared in documents]
    return found


def _prepare_all(project: Project, sources: list[Path]) -> list[tuple[str, Any]]:
    from generator.soorten.document import prepare

    found = []
    for source in sources:
        try:
            loaded = project.load(source)
            prepared = prepare(project, loaded)
        except Exception:
            continue
        if prepared is not None:
            found.append((loaded.model.soort, prepared))
    return found


def _name(template: Path, folders: list[Path]) -> str:
    template = template.resolve()
    for folder in folders:
        if template.is_relative_to(folder):
            return template.relative_to(folder).as_posix()
    return template.name


def match(project: Project, catalogue: Catalogue, path: Path, soort: str | None) -> str | None:
    """The template name a loose file (a draft in /tmp) stands for: by its soort, else its file name."""
    if soort:
        for name, soorten in project.registry.template_names().items():
            if soort in soorten:
                return name
        for entry in catalogue.entries:
            if soort in entry.soorten:
                return entry.name
        return None
    path = path.resolve()
    for entry in catalogue.entries:
        if entry.path == path:
            return entry.name
    for entry in catalogue.entries:
        if Path(entry.name).name == path.name:
            return entry.name
    return None
