"""A reference from one data file to another by name (the file's name without .yaml in its data folder) or by
path (from the referring file), as the afdoeningsbrief names its motie: one rule for the antwoordbrief's
vragen and the raadsinformatiebrief's moties and toezeggingen."""

from __future__ import annotations

import difflib
from pathlib import Path

from generator.errors import ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.soorten.afdoeningsbrief.document import is_name, named

Loc = tuple[str | int, ...]


def path_of(project: Project, loaded: Loaded, loc: Loc, ref: str, folder: str, label: str) -> Path | None:
    """The file `ref` names, if it exists; a name that is no name, or names two files, is refused."""
    hint = f"geef het pad (vanaf dit bestand) of de naam zonder .yaml van een bestand in data/{folder}/"
    if "/" in ref or ref.endswith((".yaml", ".yml")):
        path = project.reference(loaded, loc, loaded.path.parent / ref)
        return path if path.is_file() else None
    if not is_name(ref):
        raise ValidationFailed([loaded.doc.issue(loc, f"'{ref}' is geen naam van een {label}", hint)])
    found = named(project.data_dir / folder, ref)
    if len(found) > 1:
        names = ", ".join(display_path(p) for p in found)
        raise ValidationFailed([loaded.doc.issue(loc, f"er zijn meerdere bestanden met de naam '{ref}' ({names})",
                                                 "geef het pad van het bestand")])
    return project.reference(loaded, loc, found[0]) if found else None


def load(project: Project, loaded: Loaded, loc: Loc, ref: str, folder: str, label: str, model: type) -> Loaded:
    """The referred file, loaded and of the expected model; a missing one with the nearest name as a hint."""
    path = path_of(project, loaded, loc, ref, folder, label)
    if path is None:
        known = sorted(p.stem for p in (project.data_dir / folder).rglob("*.yaml")) if (project.data_dir / folder).is_dir() else []
        guess = difflib.get_close_matches(Path(ref).stem, known, n=1)
        hint = f"bedoelt u '{guess[0]}'?" if guess else f"zet het bestand in data/{folder}/ of geef het pad vanaf dit bestand"
        raise ValidationFailed([loaded.doc.issue(loc, f"{label} '{ref}' bestaat niet", hint)])
    other = project.load(path)
    if not isinstance(other.model, model):
        raise ValidationFailed([loaded.doc.issue(loc, f"'{ref}' is geen {label} (soort: {other.model.soort})",
                                                 f"verwijs naar een bestand met soort: {model.__name__.lower()}")])
    return other
