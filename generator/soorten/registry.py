"""The soort registry: one table that says what each soort of data file is made of.

Three kinds of entry, as the data has them:
- a document soort (motie, afdoeningsbrief, …): a model, a context builder, its template(s), a
  starter for `nieuw` and a JSON Schema; optionally content rules for `check`;
- reference data (gemeente, model): a model and a schema, no template; other documents read it;
- a collection built from many files (motievolglijst): a gatherer, cross-file checks, a builder and
  its template; no model and no starter.

Each soort declares itself in its own folder (`soorten/<soort>/__init__.py: SOORT`, see soort.py);
the registry finds the folders and collects the declarations, so adding a soort is its folder and
its template, with no line here. Reading a declaration imports no model: a no-op build stays light.
An entry that lacks what its kind needs is refused when the registry is made, with a message that
names the soort and what is missing: never a soort that silently builds nothing.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from collections.abc import Iterable, Iterator

from generator.errors import InternalError
from generator.soorten.soort import ROLES, Kind, Soort

__all__ = ["BUILTIN", "Kind", "Registry", "Soort", "discover"]

NEEDS: dict[Kind, tuple[str, ...]] = {
    "document": ("model", "prepare", "templates", "starter", "schema"),
    "reference": ("model", "schema"),
    "collection": ("gather", "build", "templates"),
}
FORBIDDEN: dict[Kind, tuple[str, ...]] = {
    "document": ("gather", "build"),
    "reference": ("prepare", "templates", "gather", "build"),
    "collection": ("model", "prepare", "starter"),
}
WORDS = {"model": "model", "prepare": "contextbouwer", "templates": "sjabloon", "starter": "startbestand",
         "schema": "schema", "gather": "verzamelaar", "build": "bouwer"}


def _missing(soort: Soort) -> list[str]:
    return [WORDS[need] for need in NEEDS[soort.kind] if not getattr(soort, need)]


def _extra(soort: Soort) -> list[str]:
    return [WORDS[item] for item in FORBIDDEN[soort.kind] if getattr(soort, item)]


class Registry:
    """An immutable table of soorten; `with_soort` gives a new one (a project or a test may add one)."""

    def __init__(self, soorten: Iterable[Soort]) -> None:
        table: dict[str, Soort] = {}
        for soort in soorten:
            _validate(soort, table)
            table[soort.name] = soort
        self._table = table

    def with_soort(self, soort: Soort) -> Registry:
        return Registry([*self._table.values(), soort])

    def __iter__(self) -> Iterator[Soort]:
        return iter(self._table.values())

    def __contains__(self, name: object) -> bool:
        return name in self._table

    def __getitem__(self, name: str) -> Soort:
        return self._table[name]

    def get(self, name: str) -> Soort | None:
        return self._table.get(name)

    def names(self, *kinds: Kind) -> list[str]:
        """Soort names, sorted; only those of `kinds` when given."""
        return sorted(n for n, s in self._table.items() if not kinds or s.kind in kinds)

    def of_kind(self, *kinds: Kind) -> list[Soort]:
        return [self._table[n] for n in self.names(*kinds)]

    def with_model(self) -> list[str]:
        """Soorten a data file may declare with `soort:` (documents and reference data)."""
        return self.names("document", "reference")

    def template_names(self) -> dict[str, list[str]]:
        """Built-in template name → the soorten that use it."""
        names: dict[str, list[str]] = {}
        for soort in self:
            for name in soort.templates:
                names.setdefault(name, []).append(soort.name)
        return names


def _validate(soort: Soort, table: dict[str, Soort]) -> None:
    if soort.kind not in NEEDS:
        raise InternalError(f"soort '{soort.name}': onbekend type '{soort.kind}' in de soortentabel")
    if soort.name in table:
        raise InternalError(f"soort '{soort.name}' staat twee keer in de soortentabel")
    problems = [f"mist: {', '.join(missing)}" for missing in [_missing(soort)] if missing]
    problems += [f"hoort niet te hebben: {', '.join(extra)}" for extra in [_extra(soort)] if extra]
    problems += [f"onbekende rol: {', '.join(roles)}" for roles in [_unknown_roles(soort)] if roles]
    if problems:
        raise InternalError(f"soort '{soort.name}' ({soort.kind}) {'; '.join(problems)}")


def _unknown_roles(soort: Soort) -> list[str]:
    return sorted(soort.roles - ROLES)


def discover(package: str = "generator.soorten") -> Registry:
    """Every soort whose folder under `package` declares one (`SOORT` in its __init__.py), by name."""
    root = importlib.import_module(package)
    found = []
    for info in sorted(pkgutil.iter_modules(root.__path__), key=lambda i: i.name):
        if info.ispkg:
            declared = getattr(importlib.import_module(f"{package}.{info.name}"), "SOORT", None)
            if isinstance(declared, Soort):  # its folder is its package, wherever it was declared
                found.append(dataclasses.replace(declared, package=f"{package}.{info.name}"))
    return Registry(found)


BUILTIN = discover()
"""The built-in soorten, collected from their folders. Adding a document soort: its folder under
soorten/ (declaring SOORT) and its template under templates/."""
