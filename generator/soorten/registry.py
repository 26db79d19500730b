"""The soort registry: one table that says what each soort of data file is made of.

Three kinds of entry, as the data has them:
- a document soort (motie, afdoeningsbrief, …): a model, a context builder, its template(s), a
  starter for `nieuw` and a JSON Schema; optionally content rules for `check`;
- reference data (gemeente, model): a model and a schema, no template; other documents read it;
- a collection built from many files (motievolglijst): a gatherer, cross-file checks, a builder and
  its template; no model and no starter.

Everything is named by dotted path and imported when first used, so a no-op build imports no
model. An entry that lacks what its kind needs is refused when the registry is made, with a message
that names the soort and what is missing: never a soort that silently builds nothing.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from generator.errors import InternalError

Kind = Literal["document", "reference", "collection"]

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


@dataclass(frozen=True)
class Soort:
    """One row of the table. Callables are `module:attribute` strings, imported on first use."""

    name: str
    kind: Kind
    package: str
    """The soort's own package (its folder holds starter.yaml and schema.json)."""
    model: str = ""
    prepare: str = ""
    rules: str = ""
    """Content rules for `check`: (project, loaded) → warnings."""
    templates: tuple[str, ...] = ()
    """Built-in template names, relative to templates/ (the first is the soort's main template)."""
    gather: str = ""
    """Collections: (project, sources) → the facts gathered once per build."""
    checks: str = ""
    """Collections: gathered → issues that no single file shows."""
    build: str = ""
    """Collections: (project, gathered) → [(output name, Prepared)]."""
    outputs: tuple[str, ...] = ()
    """Collections: the fixed names they write into build/ (known without importing them, so two
    files never write one name); names made per data file (a raadsbesluit) are not listed."""
    folder: Path | None = None
    """Where starter.yaml and schema.json are; found from `package` when not given."""

    @property
    def home(self) -> Path:
        if self.folder is not None:
            return self.folder
        spec = importlib.util.find_spec(self.package)
        if spec is None or not spec.submodule_search_locations:
            raise InternalError(f"soort '{self.name}': pakket {self.package} niet gevonden")
        return Path(next(iter(spec.submodule_search_locations)))

    @property
    def starter_path(self) -> Path:
        return self.home / "starter.yaml"

    @property
    def schema_path(self) -> Path:
        return self.home / "schema.json"

    @property
    def starter(self) -> bool:
        return self.starter_path.is_file()

    @property
    def schema(self) -> bool:
        return self.schema_path.is_file()

    @property
    def template(self) -> str:
        return self.templates[0]

    def call(self, attribute: str) -> Callable[..., Any]:
        """The callable named by one of the `module:attribute` fields."""
        return _resolve(self.package, getattr(self, attribute))

    def model_class(self) -> type:
        return _resolve(self.package, self.model)  # type: ignore[return-value]


def _resolve(package: str, target: str) -> Any:
    module, _, attribute = target.partition(":")
    name = module if "." in module and not module.startswith(".") else f"{package}.{module.lstrip('.')}"
    return getattr(importlib.import_module(name), attribute)


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
    if problems:
        raise InternalError(f"soort '{soort.name}' ({soort.kind}) {'; '.join(problems)}")


def _document(name: str, folder: str, template: str, *, rules: str = "", model: str = "model:Model") -> Soort:
    return Soort(name, "document", f"generator.soorten.{folder}", model=model, prepare="document:prepare",
                 rules=rules, templates=(template,))


BUILTIN = Registry([
    _document("motie", "motie", "moties/motie.docx", model="model:Motie"),
    _document("afdoeningsbrief", "afdoeningsbrief", "raadsbrieven/afdoeningsbrief.docx", model="model:Afdoeningsbrief"),
    _document("verordening", "verordening", "verordeningen/verordening.docx", model="model:Verordening",
              rules="rules:verordening_warnings"),
    _document("wijzigingsverordening", "wijzigingsverordening", "verordeningen/wijzigingsverordening.docx",
              model="generator.soorten.verordening.model:Wijzigingsverordening"),
    _document("beleidsplan", "beleidsplan", "beleidsplan/beleidsplan.docx", model="model:Beleidsplan",
              rules="rules:beleidsplan_warnings"),
    _document("raadsvoorstel", "raadsvoorstel", "raadsvoorstellen/raadsvoorstel.docx", model="model:Raadsvoorstel"),
    _document("amendement", "amendement", "amendementen/amendement.docx", model="model:Amendement"),
    Soort("subamendement", "document", "generator.soorten.subamendement",
          model="generator.soorten.amendement.model:Amendement", prepare="generator.soorten.amendement.document:prepare",
          templates=("amendementen/amendement.docx",)),
    Soort("gemeente", "reference", "generator.soorten.gemeente", model="model:Gemeente"),
    Soort("model", "reference", "generator.soorten.model", model="model:ModelVerordening"),
    Soort("raadsbesluit", "collection", "generator.soorten.raadsbesluit",
          templates=("raadsvoorstellen/raadsbesluit.docx",), gather="collection:gather",
          checks="collection:checks", build="collection:documents"),
    Soort("motievolglijst", "collection", "generator.soorten.motievolglijst",
          templates=("overzichten/motievolglijst.docx",), gather="collection:gather",
          checks="collection:duplicates", build="collection:documents", outputs=("motievolglijst.docx",)),
])
"""The built-in soorten. Adding a document soort: its folder under soorten/, its template under
templates/, and one line here."""
