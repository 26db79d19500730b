"""The project as the editor shows it: its documents per soort, their status, what a form holds.

Everything here reads the disk on each call (a fresh `Project` per request): a file changed in
another editor or by `git pull` shows as it is now.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import clock
from generator.errors import Issue, RaadsstukkenError, ValidationFailed
from generator.loading.project import Project
from generator.loading.reader import Document, load


@dataclass
class Row:
    pad: str
    soort: str
    titel: str
    status: str = ""
    fout: str = ""


def names(project: Project) -> dict[str, str]:
    """Each soort's name for a reader, plural, as its folder declares it: "Moties"."""
    return {soort.name: soort.titles for soort in project.registry}


def rows(project: Project) -> dict[str, list[Row]]:
    """Every document under data/, per soort; moties with their volglijst status."""
    from generator.loading.discovery import discover

    found: dict[str, list[Row]] = {s: [] for s in project.registry.names("document")}
    sources = discover(project, []) if project.data_dir.is_dir() else []
    status = _volglijst(project, sources)
    for source in sources:
        pad = source.relative_to(project.root.resolve()).as_posix()
        try:
            model = project.load(source).model
        except ValidationFailed as exc:
            found.setdefault(_soort_of(source), []).append(Row(pad, _soort_of(source), source.stem, fout=_first(exc.issues)))
            continue
        except RaadsstukkenError as exc:
            found.setdefault(_soort_of(source), []).append(Row(pad, _soort_of(source), source.stem, fout=str(exc)))
            continue
        if model.soort in found:
            kenmerk = getattr(model, "kenmerk", None)
            titel = getattr(model, "titel", None) or getattr(model, "onderwerp", None) or (
                f"{kenmerk} ({source.stem})" if kenmerk else source.stem)
            found[model.soort].append(Row(pad, model.soort, titel, status.get(source, getattr(model, "status", ""))))
    return found


def _first(issues: list[Issue]) -> str:
    return issues[0].message if issues else "fout"


def _soort_of(source: Path) -> str:
    try:
        data = load(source).data
    except RaadsstukkenError:
        return "onbekend"
    return str(data.get("soort", "onbekend")) if isinstance(data, dict) else "onbekend"


def _volglijst(project: Project, sources: list[Path]) -> dict[Path, str]:
    """The motievolglijst's status per motie (afgedaan, te laat, open, …) as of today."""
    from generator.soorten.motievolglijst.collection import gather, regels

    try:
        return {r.motie: r.status for r in regels(project, gather(project, sources), clock.today())}
    except RaadsstukkenError:
        return {}


def gemeenten(project: Project) -> list[dict[str, str]]:
    folder = project.data_dir / "gemeenten"
    found = []
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            naam = project.load(path).model.naam
        except (RaadsstukkenError, AttributeError):
            naam = path.stem
        found.append({"id": path.stem, "naam": str(naam)})
    return found


def motie_names(project: Project) -> list[str]:
    """What an afdoeningsbrief's `motie:` may say: the moties' names under data/moties/."""
    folder = project.data_dir / "moties"
    return sorted(p.stem for p in folder.rglob("*.yaml")) if folder.is_dir() else []


def organen() -> list[dict[str, str]]:
    """The register of organen (generator/organen) for `orgaan:`: id and the name documents use."""
    from generator.organen.register import register

    return sorted(({"value": o.id, "label": f"{o.name} ({o.assembly})"} for o in register().values() if o.opgeheven is None),
                  key=lambda o: o["value"])


def form_data(project: Project, soort: str, doc: Document) -> Any:
    """The file's values in the full form the editor shows (short forms expanded by the model's
    own `prepare`, as validation does)."""
    model = project.registry[soort].model_class()
    prepare = getattr(model, "prepare", None)
    if prepare:
        prepare(doc)
    return doc.data


def leading_comments(text: str) -> list[str]:
    """The comment lines at the top of a file (the import writes its warnings there)."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").rstrip())
    return [line for line in lines if line]


@contextlib.contextmanager
def scratch(folder: Path, text: str) -> Iterator[Path]:
    """The form's values as a hidden file beside the document (so references resolve as they
    will), for checking and previewing what is not saved yet; always removed afterwards. Hidden
    names are skipped by `build` and `check` (loading/discovery.py)."""
    folder = next((f for f in (folder, *folder.parents) if f.is_dir()), Path(tempfile.gettempdir()))
    fd, name = tempfile.mkstemp(prefix=".bewerk-", suffix=".yaml", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def issue_dict(issue: Issue) -> dict[str, Any]:
    return {"field": issue.field, "message": issue.message, "hint": issue.hint, "severity": issue.severity,
            "line": issue.line, "text": str(issue)}
