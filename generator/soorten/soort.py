"""What a soort declares about itself, in its own folder (`soorten/<soort>/__init__.py: SOORT`).

A soort's folder says everything the rest of the tool needs to know of it: what it is made of
(model, context builder, templates, starter, schema), where its files live in data/ and what the
editor calls it, which kinds of orgaan make it (and what the others use instead), who signs it,
and the facts the cross-document checks read. The registry collects these declarations; every table
elsewhere (the editor's list, `init`'s schema mapping, the checks) is derived from them.

Everything is named by dotted path and imported when first used, so reading a declaration imports
no model: a no-op build stays light.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from generator.errors import InternalError

if TYPE_CHECKING:
    from generator.organen.forms import Orgaan

Kind = Literal["document", "reference", "collection"]

ROLES = frozenset({"motie", "afdoening", "besluit", "wijziging", "titel", "amendement", "afdoet"})
"""What the cross-document checks read of a soort (see checks/crossdocs.py):
- motie: cited by its date or title, answered by an afdoening;
- afdoening: answers the motie its `motie:` names, dated after its adoption;
- besluit: adopted on `vastgesteld:`, so its text cannot cite a later stuk;
- wijziging: changes the verordening its `wijzigt:` names, dated after it;
- titel: its `titel:` is how the thing is spelled everywhere;
- amendement: changes a voorstel (numbered per voorstel, listed in the motievolglijst);
- afdoet: settles the moties and toezeggingen its `afdoet:` names (`afgedaan(project, loaded)`), each dated
  after it was adopted or made; the motievolglijst and the actielijst count them as closed."""


@dataclass(frozen=True)
class Soort:
    """One soort. Callables are `module:attribute` strings, imported on first use."""

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
    """Collections: (project, sources) → the facts gathered once per build, each file loaded here."""
    fact: str = ""
    """Collections: (project, loaded) → what the collection keeps of one data file (JSON values), or
    None when it does not list it. The build asks it of each document it loads, and keeps it in its
    index, so an unchanged file is never read again for the collections."""
    from_facts: str = ""
    """Collections: (project, {path: fact}) → the same as `gather`, from the facts alone."""
    extends: str = ""
    """Collections: another collection whose facts this one lists too (the actielijst lists the
    motievolglijst's moties): `from_facts` gets that collection's gathering (made once for both) as a
    third argument, and a change in its facts makes this one again."""
    keeps_documents: bool = False
    """Collections: `from_facts` loads its members whole (the build hands over what it loaded)."""
    members: tuple[str, ...] = ()
    """Collections: the soorten whose files it may list (`fact` is asked of no other file, so a
    build of a beleidsplan never imports the motievolglijst); empty: every soort."""
    checks: str = ""
    """Collections: gathered → issues that no single file shows."""
    build: str = ""
    """Collections: (project, gathered) → [(output name, Prepared)]."""
    outputs: tuple[str, ...] = ()
    """Collections: the fixed names they write into build/ (known without importing them, so two
    files never write one name); names made per data file (a raadsbesluit) are not listed."""
    folder: Path | None = None
    """Where starter.yaml and schema.json are; found from `package` when not given."""
    data: str = ""
    """Its folder under data/ ("moties"); two soorten may share one (verordeningen)."""
    label: str = ""
    """Its name for a reader, singular and plural: ("Motie", "Moties")."""
    plural: str = ""
    word: str = ""
    """The orgaan's own word for it, when that differs per orgaan (organen/data/woorden.yaml: `voorstel_naam`
    is a Statenvoorstel for a provincie); label and plural are then a gemeente's (`titles_for`)."""
    not_for: Mapping[str, str] = field(default_factory=dict)
    """Kinds of orgaan (or single orgaan ids) that do not make this soort → what they use instead,
    in one Dutch sentence with its source: `nieuw` and `check` say it."""
    signers: str = ""
    """(model, orgaan) → the signatures `check --streng` looks at (checks/strict.Signatures)."""
    roles: frozenset[str] = frozenset()
    """Facts the cross-document checks read (ROLES)."""
    answers: str = ""
    """Role afdoening: (project, loaded) → the path of the motie it answers, or None."""
    decides: str = ""
    """(project) → {data file: the files that decide what it shows without being named by it}: a vergadering
    decides the status of the stukken it votes on, so the build rebuilds them when it changes."""
    companion: str = ""
    """YAML lines added to its starter when `nieuw` writes it because another starter needs it (a motie
    that an afdoeningsbrief answers must have been adopted)."""

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

    @property
    def data_folder(self) -> str:
        """data/<folder>: where `nieuw` and the editor put a new file of this soort."""
        return self.data or f"{self.name}s"

    @property
    def title(self) -> str:
        return self.label or self.name.capitalize()

    @property
    def titles(self) -> str:
        return self.plural or f"{self.title}s"

    def titles_for(self, orgaan: Orgaan | None) -> tuple[str, str]:
        """Its name for a reader of this orgaan, singular and plural: ("Statenvoorstel", "Statenvoorstellen").
        The plural changes the word's head as the gemeente's plural changes its label (Raadsvoorstel → -len,
        Raadsinformatiebrief → -ven: Brief aan het algemeen bestuur → Brieven aan het algemeen bestuur)."""
        own = orgaan.words.get(self.word, "") if orgaan is not None and self.word else ""
        if not own:
            return self.title, self.titles
        own = own[0].upper() + own[1:]  # a heading's word: "schriftelijke vragen" → "Schriftelijke vragen"
        same = next((i for i, (a, b) in enumerate(zip(self.title, self.titles, strict=False)) if a != b), len(self.title))
        drop, add = self.title[same:], self.titles[same:]
        head, space, rest = own.partition(" ")
        if not head.endswith(drop):
            return own, own
        return own, f"{head[:len(head) - len(drop)]}{add}{space}{rest}"

    def refusal(self, orgaan_id: str, kind: str) -> str | None:
        """Why an orgaan of `kind` (or this very orgaan) does not make this soort, or None when it does."""
        return self.not_for.get(orgaan_id) or self.not_for.get(kind)

    def call(self, attribute: str) -> Callable[..., Any]:
        """The callable named by one of the `module:attribute` fields."""
        return resolve(self.package, getattr(self, attribute))

    def model_class(self) -> type:
        return resolve(self.package, self.model)  # type: ignore[no-any-return]


def resolve(package: str, target: str) -> Any:
    module, _, attribute = target.partition(":")
    name = module if "." in module and not module.startswith(".") else f"{package}.{module.lstrip('.')}"
    loaded = sys.modules.get(name)  # imported already: once per document, so no trip through importlib
    return getattr(loaded if loaded is not None else importlib.import_module(name), attribute)


def declare(name: str, template: str, *, package: str = "", model: str = "model:Model", **declared: Any) -> Soort:
    """A document soort in the usual shape: model.py, document.py with `prepare`, one template."""
    return Soort(name, "document", package or f"generator.soorten.{name}", model=model, prepare="document:prepare",
                 templates=(template,), **declared)
