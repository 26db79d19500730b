"""Every term the follow-up lists count with, from one place: the profile's settings beside its
`afdoeningstermijn` (`vragentermijn`, `vragenartikel`, `momenten`), else the sourced default per kind of
orgaan in termijnen.yaml. The motievolglijst, the actielijst, the vragen and the toezeggingen all ask here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from generator.errors import ValidationFailed
from generator.loading.project import Project, is_file

MOTIE_MAANDEN = 6
"""The profile's `afdoeningstermijn` when the orgaan has no profile (the model's default)."""


@dataclass(frozen=True)
class Vragentermijn:
    dagen: int
    artikel: str
    """"artikel 41 van het Reglement van Orde", or "" where no article is known."""
    bron: str
    """Where the default comes from; "profiel" when the profile sets it, "" for a default without source."""


@lru_cache(maxsize=1)
def _defaults() -> dict[str, Any]:
    text = resources.files("generator.soorten").joinpath("termijnen.yaml").read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # type: ignore[no-any-return]


def profile(project: Project, orgaan_id: str) -> Any:
    """The orgaan's profile model, or None for an orgaan of the register without one."""
    path = project.gemeente_path(orgaan_id)
    return project.load(path).model if orgaan_id and is_file(path) else None


def vragen(orgaan_id: str, kind: str, gemeente: Any) -> Vragentermijn:
    """The answer term and article for schriftelijke vragen to this orgaan."""
    table = _defaults()["vragen"]
    default = table.get(orgaan_id) or table[kind]
    dagen, artikel, bron = int(default["dagen"]), str(default.get("artikel") or ""), str(default.get("bron") or "")
    if gemeente is not None and gemeente.vragentermijn is not None:
        dagen, bron = gemeente.vragentermijn, "profiel"
    if gemeente is not None and gemeente.vragenartikel:
        artikel = gemeente.vragenartikel
    return Vragentermijn(dagen, artikel, bron)


def motie_maanden(gemeente: Any) -> int:
    return gemeente.afdoeningstermijn if gemeente is not None else MOTIE_MAANDEN


def dagen(day: dt.date, count: int) -> dt.date | None:
    """`day` + `count` days, or None past 9999-12-31."""
    try:
        return day + dt.timedelta(days=count)
    except OverflowError:
        return None


def moment(gemeente: Any, naam: str, loaded: Any, loc: tuple[str | int, ...]) -> dt.date:
    """A named moment ("voor de begroting 2027") as the profile's `momenten:` dates it."""
    known = dict(gemeente.momenten) if gemeente is not None else {}
    if naam in known:
        return known[naam]
    where = "het profiel in data/gemeenten/" if gemeente is not None else "een profiel in data/gemeenten/ (er is er nog geen)"
    hint = (f"zet onder 'momenten:' in {where} een regel '{naam}: JJJJ-MM-DD'"
            + (f"; bekend zijn: {', '.join(sorted(known))}" if known else ""))
    raise ValidationFailed([loaded.doc.issue(loc, f"het moment '{naam}' heeft geen datum", hint)])
