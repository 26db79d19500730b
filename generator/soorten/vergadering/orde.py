"""The order of voting within an agendapunt: subamendementen, amendementen, the voorstel, the moties.

The order is each orgaan's Reglement van Orde (regels.yaml has the sourced default, a profile may set
its own `stemmingsvolgorde:`); within one group the order of `stukken:` holds (the griffie puts the
most far-reaching amendement first). Moties vreemd aan de orde van de dag are voted last.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.errors import RaadsstukkenError
from generator.loading.project import Loaded, Project

GROEP = {"subamendement": "subamendementen", "amendement": "amendementen", "raadsvoorstel": "voorstel",
         "verordening": "voorstel", "wijzigingsverordening": "voorstel", "beleidsplan": "voorstel", "motie": "moties"}
"""The group each soort votes in; a soort not listed here is not voted on (an afdoeningsbrief is read)."""
STEMBAAR = frozenset(GROEP)


@dataclass(frozen=True)
class Plaats:
    stuk: Path
    loaded: Loaded
    groep: str
    """subamendementen, amendementen, voorstel, moties, or vreemd (a motie vreemd aan de orde van de dag)."""


def groep(loaded: Loaded) -> str | None:
    soort = getattr(loaded.model, "soort", "")
    found = GROEP.get(soort)
    if found == "moties" and getattr(loaded.model, "vreemd_aan_de_orde", False):
        return "vreemd"
    return found


def volgorde(project: Project, stukken: list[Path | None], rangorde: tuple[str, ...]) -> list[Plaats]:
    """The votable stukken of one agendapunt in the order of voting (files that do not load are left out:
    their own build and the vergadering's check report them)."""
    rank = {name: i for i, name in enumerate((*rangorde, "vreemd"))}
    found = []
    for index, path in enumerate(stukken):
        if path is None:
            continue
        try:
            loaded = project.load(path)
        except RaadsstukkenError:
            continue
        name = groep(loaded)
        if name is not None:
            found.append((rank.get(name, len(rank)), index, Plaats(path, loaded, name)))
    return [plaats for _rank, _index, plaats in sorted(found, key=lambda item: (item[0], item[1]))]


def rangorde(profile: Loaded | None, default: tuple[str, ...]) -> tuple[str, ...]:
    """The profile's `stemmingsvolgorde:`, its missing groups after it in the default order."""
    own = tuple(getattr(profile.model, "stemmingsvolgorde", []) or []) if profile is not None else ()
    return (*own, *(g for g in default if g not in own))
