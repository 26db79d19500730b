"""`raadsstukken check`: every data file validated and resolved, every problem collected.

Each document is prepared once; the template check learns what each soort provides from those
same prepared contexts. Nothing here imports the build.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.errors import Issue, RaadsstukkenError, ValidationFailed, display_path
from generator.loading.discovery import collisions, profiles, survey
from generator.loading.project import Loaded, Project
from generator.soorten.document import Prepared


@dataclasses.dataclass
class Checked:
    """What checking one file found, and what it prepared (for the template check)."""

    issues: list[Issue]
    soort: str = ""
    prepared: Prepared | None = None
    loaded: Loaded | None = None


def check_all(project: Project, paths: list[Path], *, streng: bool = False, verzendklaar: bool = False) -> list[Issue]:
    """Every problem; what may not be sent (checks/gate.py) is an error with `streng`, else a warning;
    with `verzendklaar` a concept is an error too."""
    from generator.checks.gate import gate

    files, issues = survey(project, paths)
    issues.extend(collisions(project, files)[1])
    if not paths:
        files = sorted({*files, *profiles(project)})
    checked = [check_file(project, path) for path in files]
    for result in checked:
        issues.extend(result.issues)
    documents = [(c.loaded, c.prepared) for c in checked if c.loaded and c.prepared]
    issues.extend(gate(project, documents, streng=streng, verzendklaar=verzendklaar, across=not paths))
    issues.extend(readable(documents))
    if not paths:
        from generator.checks.templates import template_issues
        from generator.soorten.collections import Collections

        collections = Collections(project, files, facts=_facts(project, checked))
        issues.extend(collections.cross_checks())
        samples = [(c.soort, c.prepared) for c in checked if c.prepared is not None]
        issues.extend(template_issues(project, samples, collections))
    return sorted(set(issues))


def _facts(project: Project, checked: list[Checked]) -> dict[str, dict[Path, object]]:
    """What each collection keeps of each file just loaded: the collections read no file again
    (a file a collection reads whole, a raadsvoorstel, stays loaded for it)."""
    from generator.soorten.collections import facts_of

    keeps = {s.name for s in project.registry.of_kind("collection") if s.keeps_documents}
    found: dict[str, dict[Path, object]] = {s.name: {} for s in project.registry.of_kind("collection")}
    for result in checked:
        if result.loaded is None:
            continue
        try:
            kept = facts_of(project, result.loaded)
        except RaadsstukkenError:
            continue  # its own check said what is wrong
        for name, fact in kept.items():
            found[name][result.loaded.path] = fact
        if keeps.intersection(kept):
            project.pin(result.loaded.path)
    return found


def readable(documents: list[tuple[Loaded, Prepared]]) -> list[Issue]:
    """B1 warnings per document (checks/b1.py); never an error, also not with --streng."""
    from generator.checks.b1 import readability

    return [issue for loaded, _prepared in documents for issue in readability(loaded)[1]]


def check_file(project: Project, path: Path) -> Checked:
    from generator.soorten.document import prepare

    try:
        loaded = project.load(path)
        prepared = prepare(project, loaded)
        if prepared is not None:  # the cross-document checks read a stuk as its vergadering decided it
            from generator.soorten.vergadering.status import toegepast

            loaded = toegepast(project, loaded)[0]
        return Checked([*loaded.doc.warnings, *warnings(loaded), *content_warnings(project, loaded)], loaded.model.soort,
                       prepared, loaded)
    except ValidationFailed as exc:
        return Checked(exc.issues)
    except RaadsstukkenError as exc:
        return Checked([Issue(display_path(path), message=str(exc))])


def content_warnings(project: Project, loaded: Loaded) -> list[Issue]:
    """House-style and content rules of the soort (the familiegroepsplan provisions and points)."""
    soort = project.registry.get(getattr(loaded.model, "soort", ""))
    if soort is None or not soort.rules:
        return []
    return soort.call("rules")(project, loaded)  # type: ignore[no-any-return]


def warnings(loaded: Loaded) -> list[Issue]:
    found = []
    for index, text in enumerate(getattr(loaded.model, "niet_geplaatst", []) or []):
        issue = loaded.doc.issue(("niet_geplaatst", index), f"tekst die de import niet kon plaatsen: '{text[:60]}'",
                                 "zet hem op de juiste plek of verwijder hem")
        found.append(dataclasses.replace(issue, field="niet_geplaatst", severity="waarschuwing"))
    return found
