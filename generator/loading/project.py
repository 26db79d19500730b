"""The project folder: gemeente profiles, templates, and data files loaded into typed models.

A data file may live anywhere (a draft in /tmp builds too); profiles and templates come from the
project root (the current directory by default). Loaded files are cached for one run.
"""

from __future__ import annotations

import difflib
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import Issue, UserError, ValidationFailed, display_path
from generator.soorten.registry import BUILTIN, Registry

if TYPE_CHECKING:
    from generator.loading.reader import Document

_PACKAGED = Path(__file__).parents[1] / "templates"
TEMPLATES = (_PACKAGED if _PACKAGED.is_dir() else Path(__file__).parents[2] / "templates").resolve()
"""The built-in templates: package data (generator/templates) in an installed wheel or sdist, the
top-level templates/ in a checkout (setup.py maps the one onto the other; no link)."""
CACHE_SIZE = 1024


@dataclass
class Loaded:
    """A validated data file."""

    doc: Document
    model: Any

    @property
    def path(self) -> Path:
        return self.doc.path


def _stamp(path: Path) -> tuple[int, int, int, int] | None:
    """What tells a changed file from an unchanged one without reading it."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_dev, stat.st_mtime_ns, stat.st_size


Stamp = tuple[int, int, int, int] | None


@dataclass
class Project:
    root: Path
    registry: Registry = BUILTIN
    _cache: dict[Path, tuple[Stamp, Loaded]] = field(default_factory=dict)
    _pinned: dict[Path, tuple[Stamp, Loaded]] = field(default_factory=dict)
    """Files a collection reads whole, kept for the run however many others are loaded after them."""
    memo: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    """What a soort gathers from many files once (the vergaderingen's decisions), with the key (the files'
    stamps) it was gathered from: it is gathered again when that key changes."""
    _resolved: dict[Path, Path] = field(default_factory=dict)
    """Template candidates as resolved once per run (two `realpath`s per document otherwise)."""

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def load(self, path: Path) -> Loaded:
        """The validated file; recently used ones are kept (profiles, quoted moties), the rest not,
        so a build of 100,000 documents holds no more than a build of 1,000."""
        path = Path(os.path.abspath(path))
        stamp = _stamp(path)
        cached = self._cache.pop(path, None) or self._pinned.get(path)
        loaded = cached[1] if cached and stamp is not None and cached[0] == stamp else load_model(path, self.registry)
        self._cache[path] = (stamp, loaded)
        if len(self._cache) > CACHE_SIZE:
            del self._cache[next(iter(self._cache))]
        if path in self._pinned:
            self._pinned[path] = (stamp, loaded)
        return loaded

    def pin(self, path: Path) -> tuple[Path, Stamp, Loaded] | None:
        """Keep the loaded file for this run (a collection reads it whole later); what to hand to
        another process's `adopt`."""
        path = Path(os.path.abspath(path))
        cached = self._cache.get(path)
        if cached is None:
            return None
        self._pinned[path] = cached
        return path, *cached

    def adopt(self, path: Path, stamp: Stamp, loaded: Loaded) -> None:
        """A file another process of this run loaded (as it was at `stamp`), kept like `pin`."""
        self._pinned[path] = (stamp, loaded)

    def reference(self, loaded: Loaded, loc: tuple, target: Path) -> Path:
        """`target` as named by a reference in `loaded`, refused if it leaves the data folder.

        Allowed: anything below data/, and below the referring file's own folder (a draft kept
        elsewhere may refer to its neighbours). Links are followed before the check.
        """
        if too_long(target):
            raise ValidationFailed([loaded.doc.issue(loc, "de naam is te lang voor het bestandssysteem",
                                                     "verwijs naar een bestand met een kortere naam")])
        try:
            resolved = target.resolve()
        except (RuntimeError, OSError):  # Python 3.11 raises RuntimeError for a loop of links
            raise ValidationFailed([loaded.doc.issue(
                loc, "verwijst naar een kring van koppelingen (een link die naar zichzelf verwijst)",
                "herstel of verwijder de koppeling")]) from None
        for root in (self.data_dir, loaded.path.parent):
            try:
                resolved.relative_to(root.resolve())
                return resolved if resolved.exists() else _nfc_twin(resolved)
            except ValueError:
                continue
        raise ValidationFailed([loaded.doc.issue(
            loc, "verwijst naar een bestand buiten de gegevensmap",
            "verwijs alleen naar bestanden onder data/ of in dezelfde map als dit bestand")])

    def gemeente_path(self, gemeente_id: str) -> Path:
        """data/gemeenten/<id>.yaml, or <id>.yml when only that one exists."""
        path = self.data_dir / "gemeenten" / f"{gemeente_id}.yaml"
        other = path.with_suffix(".yml")
        return other if not exists(path) and exists(other) else path

    def _one_profile(self, gemeente_id: str, doc: Document) -> None:
        """Two files for one gemeente (zwolle.yaml beside zwolle.yml): which one is meant is not ours to guess."""
        base = self.data_dir / "gemeenten" / gemeente_id
        both = [base.with_suffix(".yaml"), base.with_suffix(".yml")]
        if all(exists(p) for p in both):
            raise ValidationFailed([Issue(display_path(both[1]), 1, 1, "", f"staat naast {display_path(both[0])}: "
                                          f"twee profielen voor gemeente '{gemeente_id}'",
                                          "houd één van beide bestanden over")])

    def gemeente(self, gemeente_id: str, doc: Document) -> Loaded:
        """The profile `gemeente_id`; an unknown one is an issue at the document's `gemeente:`."""
        self._one_profile(gemeente_id, doc)
        path = self.gemeente_path(gemeente_id)
        if not is_file(path):
            known = sorted({p.stem for p in (self.data_dir / "gemeenten").glob("*.y*ml") if p.suffix in (".yaml", ".yml")})
            guess = difflib.get_close_matches(gemeente_id, known, n=1)
            hint = f"bedoelt u '{guess[0]}'?" if guess else (
                f"maak {display_path(path)} aan" + (f" of kies uit: {', '.join(known)}" if known else ""))
            raise ValidationFailed([doc.issue(("gemeente",), f"onbekende gemeente '{gemeente_id}'", hint)])
        loaded = self.load(path)
        if loaded.model.soort != "gemeente":
            raise ValidationFailed([Issue(display_path(path), 1, 1, "soort", "dit is geen gemeenteprofiel",
                                          "begin het bestand met 'soort: gemeente'")])
        return loaded

    def template_candidates(self, name: str, gemeente: Loaded | None) -> list[Path]:
        """Where a template of that name is looked for, in order: gemeente, project, built-in."""
        candidates = []
        if gemeente is not None:
            huisstijl = gemeente.model.huisstijl
            if huisstijl and huisstijl.templates:
                folder = gemeente.path.parent / huisstijl.templates
                if not _is_dir(folder):
                    raise ValidationFailed([gemeente.doc.issue(
                        ("huisstijl", "templates"), f"de huisstijlmap '{huisstijl.templates}' bestaat niet",
                        f"maak {display_path(folder)} aan met de sjablonen van de gemeente, of verwijder 'templates:'")])
                candidates.append(self._resolve(folder / name))
        candidates += [self._resolve(self.root / "templates" / name), TEMPLATES / name]
        return candidates

    def _resolve(self, path: Path) -> Path:
        resolved = self._resolved.get(path)
        if resolved is None:
            resolved = self._resolved[path] = path.resolve()
        return resolved

    def template(self, name: str, gemeente: Loaded | None) -> tuple[Path, list[Path]]:
        """The first existing candidate, and the candidates looked at up to it (all are inputs)."""
        candidates = self.template_candidates(name, gemeente)
        for index, candidate in enumerate(candidates):
            if candidate.is_file():
                return candidate, candidates[: index + 1]
            if candidate.exists():  # a folder (or a FIFO) where the template should be: never silently the default
                from generator.files import kind

                raise UserError(f"sjabloon {display_path(candidate)} is {kind(candidate.stat().st_mode)}, geen Word-document",
                                "zet er het sjabloon (.docx) neer of verwijder de map")
        raise ValidationFailed([Issue(name, message="sjabloon niet gevonden",
                                      hint="herinstalleer raadsstukken of zet het sjabloon in templates/")])


NAME_MAX = 255
PATH_MAX = 4095


def too_long(path: Path) -> bool:
    """A name the file system cannot hold (asking it raises instead of answering "no such file")."""
    size = len(os.fsencode(path))
    if size <= NAME_MAX:  # no part can be longer than the whole
        return False
    return size > PATH_MAX or any(len(os.fsencode(part)) > NAME_MAX for part in path.parts)


def exists(path: Path) -> bool:
    try:
        return not too_long(path) and path.exists()
    except OSError:
        return False


def is_file(path: Path) -> bool:
    try:
        return not too_long(path) and path.is_file()
    except OSError:
        return False


def _nfc_twin(path: Path) -> Path:
    """The file whose name equals `path`'s in Unicode NFC (café typed in NFC, stored in NFD), else `path`."""
    wanted = unicodedata.normalize("NFC", path.name)
    try:
        return next((p for p in path.parent.iterdir() if unicodedata.normalize("NFC", p.name) == wanted), path)
    except OSError:
        return path


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir() and bool(path.resolve())
    except (OSError, RuntimeError):  # a loop of links
        return False


def load_model(path: Path, registry: Registry = BUILTIN) -> Loaded:
    from generator.loading.reader import load  # YAML and Babel: not needed by a build with nothing to do

    doc = load(path)
    if not isinstance(doc.data, dict):
        raise ValidationFailed([doc.issue((), "het bestand moet met velden beginnen, zoals 'soort: motie'",
                                          "zet op de eerste regel 'soort:' met de soort document")])
    soort = doc.data.get("soort")
    names = registry.with_model()
    if soort is None:
        raise ValidationFailed([doc.issue((), "'soort' ontbreekt",
                                          f"zet bovenaan 'soort:' met een van: {', '.join(names)}")])
    if not isinstance(soort, str) or soort not in names:
        guess = difflib.get_close_matches(str(soort), names, n=1)
        hint = f"bedoelt u '{guess[0]}'?" if guess else f"kies uit: {', '.join(names)}"
        raise ValidationFailed([doc.issue(("soort",), f"onbekende soort '{soort}'", hint)])
    from generator.loading.validation import validate  # pydantic: not needed by a no-op build
    from generator.soorten.aard import aard
    from generator.soorten.base import Aard

    model = registry[soort].model_class()
    doc.warnings.extend(issue for loc, issue in doc.comments if aard(model, loc) not in (Aard.WAARDE, Aard.CODE))
    return Loaded(doc, validate(doc, model))
