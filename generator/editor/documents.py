"""The project as the editor shows it: its documents per soort, their status, what a form holds.

Everything here reads the disk on each call (a fresh `Project` per request): a file changed in
another editor or by `git pull` shows as it is now.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.editor import listing
from generator.editor.listing import Row
from generator.errors import Issue, RaadsstukkenError
from generator.loading.project import Project
from generator.loading.reader import Document
from generator.soorten.registry import Soort


def names(project: Project, orgaan_id: str | None = None, *, plural: bool = True) -> dict[str, str]:
    """Each soort's name for a reader of the orgaan, plural ("Statenvoorstellen") or singular, else as its
    folder declares it ("Moties")."""
    from generator.organen.register import register

    orgaan = register().get(orgaan_id) if orgaan_id else None
    return {soort.name: soort.titles_for(orgaan)[1 if plural else 0] for soort in project.registry}


def project_orgaan(project: Project, found: dict[str, list[Row]]) -> str | None:
    """The orgaan the list speaks of: the project's (`init --orgaan`), else the one all its documents name."""
    from generator.organen.init import project_orgaan as declared

    named = {row.orgaan for listed in found.values() for row in listed if row.orgaan}
    return declared(project.root) or (named.pop() if len(named) == 1 else None)


def rows(project: Project) -> dict[str, list[Row]]:
    """Every document under data/ per soort, with its title, date and status (listing.py)."""
    return listing.rows(project)


KINDS = {"gemeente": "Gemeenten", "provincie": "Provincies", "waterschap": "Waterschappen", "kamer": "Staten-Generaal"}
"""How the orgaan choice groups the register's kinds (organen/register.py)."""


def orgaan_choices(project: Project, soort: Soort) -> list[dict[str, Any]]:
    """The one choice of orgaan: every orgaan in the register that makes this soort (named as its
    letterhead reads: "Gemeenteraad Zwolle"), grouped by kind, and the project's profiles, each marked
    with whether a profile (huisstijl, names) comes with it. A profile without a register entry is
    offered under its own name."""
    from generator.organen.register import register

    profiles = {g["id"]: g["naam"] for g in _profiles(project)}
    found = [{"value": o.id, "label": o.words.get("kop") or o.name, "group": KINDS.get(o.kind, o.kind),
              "profiel": o.id in profiles, "soortnaam": soort.titles_for(o)[0]}
             for o in register().values() if o.opgeheven is None and not soort.refusal(o.id, o.kind)]
    known = {c["value"] for c in found}
    found += [{"value": i, "label": naam, "group": "Profielen in dit project", "profiel": True, "soortnaam": soort.title}
              for i, naam in profiles.items() if i not in known]
    order = [*KINDS.values(), "Profielen in dit project"]
    return sorted(found, key=lambda c: (order.index(str(c["group"])) if c["group"] in order else 9, str(c["label"])))


def _profiles(project: Project) -> list[dict[str, str]]:
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
    folder = project.data_dir / project.registry["motie"].data_folder
    return sorted(p.stem for p in folder.rglob("*.yaml")) if folder.is_dir() else []


REFERENCES = {"voorstel": "raadsvoorstel", "amendement": "amendement", "wijzigt": "verordening"}
"""Fields that name another stuk by its file from data/, and the soort whose folder offers them."""


def suggestions(project: Project) -> dict[str, list[str]]:
    """What the form offers for the fields that name another stuk: the files that are there."""
    offered = {"motie": motie_names(project)}
    for key, soort in REFERENCES.items():
        folder = project.data_dir / project.registry[soort].data_folder
        files = sorted(folder.rglob("*.yaml")) if folder.is_dir() else []
        offered[key] = [p.relative_to(project.data_dir).as_posix() for p in files if not p.name.startswith(".")]
    return offered


CHOICES = {"vragen": "vragen"}
"""Fields that name another stuk the form offers as a choice by its title (an antwoordbrief's vragen), and
the soort whose folder holds them."""


def choices(project: Project, soort: Soort) -> dict[str, list[dict[str, str]]]:
    """Per field of CHOICES the soort's form has: the stukken there, by name (what the file says) and title
    (what a griffie reads)."""
    offered: dict[str, list[dict[str, str]]] = {}
    fields = getattr(soort.model_class(), "model_fields", {})
    for key, other in CHOICES.items():
        if key not in fields:
            continue
        folder = project.data_dir / project.registry[other].data_folder
        found = []
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
            try:
                title = str(project.load(path).model.titel)
            except (RaadsstukkenError, AttributeError):
                title = path.stem  # unreadable now: still offered, by its name, so the form shows what the file says
            found.append({"value": path.stem, "label": title})
        offered[key] = found
    return offered


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
