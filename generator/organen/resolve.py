"""A document's orgaan: the register entry, with the project's optional profile on top.

The profile (data/gemeenten/<id>.yaml) stays optional: it adds people, a huisstijl, and may
override a form (`orgaan:` replaces the opening subject). An id that is neither in the register
nor a profile is an issue at the document's key, with the nearest known id as a suggestion.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from generator.errors import ValidationFailed
from generator.organen import names, register
from generator.organen.forms import Orgaan, gemeente

ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
KEYS = ("orgaan", "gemeente")


def is_id(value: str | None) -> bool:
    """An `orgaan:` value that names a register id; anything else is an older file's opening text."""
    return bool(value) and ID.fullmatch(value or "") is not None


def resolve(project: Any, loaded: Any, orgaan_id: str, date: dt.date | None) -> tuple[Orgaan, Any]:
    """(orgaan, profile Loaded or None) for the id a document names; dated checks for former gemeenten."""
    from generator.loading.project import is_file  # a name too long for the file system is simply no profile

    doc = loaded.doc
    key = next((k for k in KEYS if isinstance(doc.data, dict) and doc.data.get(k) == orgaan_id), "orgaan")
    profile = project.gemeente(orgaan_id, doc) if is_file(project.gemeente_path(orgaan_id)) else None
    orgaan = register.get(orgaan_id)
    if orgaan is None and profile is None:
        guess = suggestions(orgaan_id, [p.stem for p in (project.data_dir / "gemeenten").glob("*.yaml")])
        hint = (f"bedoelt u {names.either(guess)}?" if guess
                else "kies een id uit het register (raadsstukken init --orgaan NAAM toont ze) of maak een profiel "
                     f"in data/gemeenten/{orgaan_id}.yaml")
        what = "onbekende gemeente" if key == "gemeente" else "onbekend orgaan"
        raise ValidationFailed([doc.issue((key,), f"{what} '{orgaan_id}'", hint)])
    if orgaan is None:
        assert profile is not None
        orgaan = gemeente(orgaan_id, profile.model.naam, None)
    if profile is not None and profile.model.orgaan:
        orgaan = orgaan.with_words(aanhef=profile.model.orgaan)
    problem = register.validity(orgaan, date) if date else None
    if problem:
        raise ValidationFailed([doc.issue((key,), problem, "noem de opvolger als orgaan, of controleer de datum")])
    return orgaan, profile


def suggestions(wrong: str, profiles: list[str]) -> list[str]:
    """Up to three ids nearest to a misspelt id, over every name of every orgaan and the project's
    profiles ("zwole" → zwolle; "utreht" → both Utrechts; "rivierland" → waterschap-rivierenland)."""
    return names.suggestions(wrong, profiles)


def for_document(project: Any, loaded: Any, orgaan_id: str, date: dt.date | None, *,
                 key: str = "orgaan") -> tuple[Orgaan, Any]:
    """(orgaan, profile or None) of a document, refused at its `orgaan:` (else at `key`, where the orgaan
    comes from) when that orgaan does not make its soort."""
    orgaan, profile = resolve(project, loaded, orgaan_id, date)
    soort = project.registry.get(loaded.model.soort)
    reason = soort.refusal(orgaan.id, orgaan.kind) if soort is not None else None
    if reason:
        doc = loaded.doc
        key = next((k for k in KEYS if isinstance(doc.data, dict) and doc.data.get(k) == orgaan_id), key)
        raise ValidationFailed([doc.issue((key,), f"{orgaan.name} maakt geen {soort.title.lower()}: {reason}",
                                          "kies een ander orgaan of een andere soort")])
    return orgaan, profile
