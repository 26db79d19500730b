"""`raadsstukken check`: every data file validated and resolved, every problem collected."""

from __future__ import annotations

from pathlib import Path

from generator.build import discover
from generator.collections import cross_checks
from generator.documents import kinds
from generator.errors import Issue, RaadsstukkenError, ValidationFailed, display_path
from generator.project import Project


def check_all(project: Project, paths: list[Path]) -> list[Issue]:
    issues: list[Issue] = []
    files = discover(project, paths)
    if not paths:
        files = sorted({*files, *(p.resolve() for p in (project.data_dir / "gemeenten").glob("*.yaml"))})
    for path in files:
        issues.extend(check_file(project, path))
    if not paths:
        from generator.lint import template_issues

        issues.extend(cross_checks(project, files))
        issues.extend(template_issues(project))
    return sorted(set(issues))


def check_file(project: Project, path: Path) -> list[Issue]:
    try:
        loaded = project.load(path)
        prepare = kinds().get(loaded.model.soort)
        if prepare:
            prepare(project, loaded)
        return [*warnings(loaded), *content_warnings(project, loaded)]
    except ValidationFailed as exc:
        return exc.issues
    except RaadsstukkenError as exc:
        return [Issue(display_path(path), message=str(exc))]


def content_warnings(project: Project, loaded) -> list[Issue]:
    """House-style and content rules per soort (the familiegroepsplan provisions and points)."""
    soort = getattr(loaded.model, "soort", "")
    if soort == "beleidsplan":
        from generator.lint_beleidsplan import beleidsplan_warnings

        return beleidsplan_warnings(project, loaded)
    if soort == "verordening":
        from generator.lint_verordening import verordening_warnings

        return verordening_warnings(project, loaded)
    return []


def warnings(loaded) -> list[Issue]:
    found = []
    for index, text in enumerate(getattr(loaded.model, "niet_geplaatst", []) or []):
        found.append(loaded.doc.issue(("niet_geplaatst", index), f"tekst die de import niet kon plaatsen: '{text[:60]}'",
                                      "zet hem op de juiste plek of verwijder hem", )._replace_field("niet_geplaatst"))
    return [i.__class__(**{**vars(i), "severity": "waarschuwing"}) for i in found]
