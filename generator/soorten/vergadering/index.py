"""Every vergadering of the project and what it decided, per stuk: the one source of every status.

The vergaderingen live in data/vergaderingen/ (the soort's folder). They are judged in the order they
were held: a tie postponed at one vergadering is "niet aangenomen" when the stemmen staken again at the
next. What is read here is only the vergadering files and the profiles (the fracties that count the
votes), so the result is kept per project until one of those files changes: every stuk asks it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import Issue, RaadsstukkenError, ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.soorten.vergadering.fracties import Samenstelling, samenstelling
from generator.soorten.vergadering.model import Vergadering
from generator.soorten.vergadering.regels import Regels, voor
from generator.soorten.vergadering.telling import Aanwezig, Telling, tel

FOLDER = "vergaderingen"
FINAAL = frozenset({"aangenomen", "verworpen", "ingetrokken", "overgenomen"})
"""Outcomes after which a stuk is decided; aangehouden and a postponed tie are not."""


@dataclass(frozen=True)
class Besluit:
    """What one vergadering decided on one stuk."""

    stuk: Path
    vergadering: Path
    datum: dt.date
    plek: str
    """Where the decision stands: "data/vergaderingen/2025-03-10-raad.yaml:40"."""
    loc: tuple[str | int, ...]
    agendapunt: int
    telling: Telling
    fouten: tuple[Issue, ...] = ()
    """The vote's own errors, located in the vergadering."""


@dataclass
class Oordeel:
    """One vergadering judged: its orgaan, who sat, and its decisions in agenda order."""

    loaded: Loaded
    orgaan: object
    profile: Loaded | None
    samenstelling: Samenstelling
    regels: Regels
    stukken: dict[tuple[int, int], Path | None] = field(default_factory=dict)
    """(agendapunt, stuk) → the file it names (None when it does not exist: an error of the vergadering)."""
    besluiten: list[Besluit] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


@dataclass
class Index:
    oordelen: dict[Path, Oordeel] = field(default_factory=dict)
    per_stuk: dict[Path, list[Besluit]] = field(default_factory=dict)
    """Each stuk's decisions, in the order the vergaderingen were held."""

    def earlier(self, stuk: Path, vergadering: Path, datum: dt.date) -> list[Besluit]:
        return [b for b in self.per_stuk.get(stuk, []) if b.vergadering != vergadering and b.datum < datum]

    def decided_by(self) -> dict[Path, list[Path]]:
        """Data file → the vergaderingen whose outcome it shows without naming them: a stuk's deciders, and
        for a vergadering the others that voted on one of its stukken (a tie again; two outcomes)."""
        found: dict[Path, set[Path]] = {}
        for stuk, besluiten in self.per_stuk.items():
            deciders = {b.vergadering for b in besluiten}
            found.setdefault(stuk, set()).update(deciders)
            for vergadering in deciders:
                found.setdefault(vergadering, set()).update(deciders - {vergadering})
        return {path: sorted(paths) for path, paths in found.items() if paths}


def real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def files(project: Project) -> list[Path]:
    return sorted(real(Path(entry[0])) for entry in _listing(str(project.data_dir / FOLDER), ("vergaderingen",)))


def _listing(folder: str, kinds: tuple[str, ...]) -> list[tuple[str, int, int, int]]:
    """(path, inode, mtime, size) of every YAML file below `folder`, sorted; os.scandir, not pathlib:
    every stuk asks this once, so it must cost microseconds."""
    found: list[tuple[str, int, int, int]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and kinds == ("vergaderingen",):
            found += _listing(entry.path, kinds)
        elif entry.name.endswith((".yaml", ".yml")) and entry.is_file():
            stat = entry.stat()
            found.append((entry.path, stat.st_ino, stat.st_mtime_ns, stat.st_size))
    return sorted(found)


def _key(project: Project) -> tuple[object, ...]:
    """The vergadering files and the profiles as they stand: the index is made again when this changes."""
    return (*_listing(str(project.data_dir / FOLDER), ("vergaderingen",)),
            *_listing(str(project.data_dir / "gemeenten"), ("gemeenten",)))


def index(project: Project) -> Index:
    """The index of the project, made again only when a vergadering or a profile changed."""
    if not (project.data_dir / FOLDER).is_dir():
        return Index()
    key = _key(project)
    kept = project.memo.get("vergaderingen")
    if kept is not None and kept[0] == key:
        return kept[1]  # type: ignore[no-any-return]
    made = build_index(project, files(project))
    project.memo["vergaderingen"] = (key, made)
    return made


def build_index(project: Project, paths: list[Path]) -> Index:
    found = Index()
    loaded = []
    for path in paths:
        try:
            item = project.load(path)
        except RaadsstukkenError:
            continue  # its own build reports it; the stukken it treats keep their own status meanwhile
        if isinstance(item.model, Vergadering):
            loaded.append(item)
    for item in sorted(loaded, key=lambda i: (i.model.datum, str(i.path))):
        try:
            oordeel = judge(project, item, found)
        except RaadsstukkenError:
            continue
        found.oordelen[item.path] = oordeel
        for besluit in oordeel.besluiten:
            found.per_stuk.setdefault(besluit.stuk, []).append(besluit)
    return found


def reference(project: Project, loaded: Loaded, loc: tuple[str | int, ...], ref: str) -> Path | None:
    """The data file a vergadering names (a path from data/, or from the vergadering's folder); None when absent."""
    for base in (project.data_dir, loaded.path.parent):
        path = project.reference(loaded, loc, base / ref)
        if path.is_file():
            return real(path)
    return None


def judge(project: Project, loaded: Loaded, index: Index) -> Oordeel:
    """Who sat, and the tally and outcome of every vote, in agenda order (no stuk is read here)."""
    from generator.organen.resolve import for_document

    model: Vergadering = loaded.model
    orgaan, profile = for_document(project, loaded, model.orgaan, model.datum)
    s = samenstelling(profile.model if profile else None, model.datum)
    oordeel = Oordeel(loaded, orgaan, profile, s, voor(orgaan.kind, orgaan.id))
    aanwezig = Aanwezig(s, frozenset(a.naam for a in model.afwezigen))
    where = _profile_line(profile)
    for p, punt in enumerate(model.agenda):
        for i, ref in enumerate(punt.stukken):
            oordeel.stukken[(p, i)] = reference(project, loaded, ("agenda", p, "stukken", i), ref)
        voted = set()
        for v, stemming in enumerate(punt.stemmingen):
            loc = ("agenda", p, "stemmingen", v)
            stuk = reference(project, loaded, (*loc, "over"), stemming.over)
            if stuk is None:
                continue  # the full check names it
            voted.add(stuk)
            opnieuw = any(b.telling.status == "uitgesteld" for b in index.earlier(stuk, loaded.path, model.datum)[-1:])
            telling = tel(stemming, aanwezig, oordeel.regels, opnieuw=opnieuw, where=where)
            fouten = tuple(loaded.doc.issue((*loc, *f[0]), f[1], f[2]) for f in telling.fouten)
            oordeel.besluiten.append(Besluit(stuk, loaded.path, model.datum, _plek(loaded, loc), loc, p, telling, fouten))
        if punt.hamerstuk and model.gehouden:
            for i, _ref in enumerate(punt.stukken):
                stuk = oordeel.stukken[(p, i)]
                if stuk is not None and stuk not in voted:
                    oordeel.besluiten.append(Besluit(stuk, loaded.path, model.datum, _plek(loaded, ("agenda", p, "stukken", i)),
                                                     ("agenda", p, "stukken", i), p, Telling("hamerstuk", "aangenomen")))
    return oordeel


def _plek(loaded: Loaded, loc: tuple[str | int, ...]) -> str:
    return f"{display_path(loaded.path)}:{loaded.doc.position(loc)[0]}"


def _profile_line(profile: Loaded | None) -> Callable[[tuple[int, int]], str]:
    def where(index: tuple[int, int]) -> str:
        if profile is None:
            return ""
        return _plek(profile, ("fracties", index[0], "leden", index[1]))
    return where


def decided(project: Project) -> dict[Path, list[Path]]:
    """For the build: which data files show outcomes of vergaderingen they do not name (see Index.decided_by)."""
    try:
        return index(project).decided_by()
    except ValidationFailed:
        return {}
