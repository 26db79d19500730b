"""Commented starting files for `raadsstukken nieuw SOORT`, in the words of the project's orgaan.

Each soort keeps its starter in its folder: `starter.yaml`, and `starter.<kind>.yaml` where a kind of
orgaan writes it otherwise (a Kamer's amendement names its wetsvoorstel). A starter holds «tokens»
that `nieuw` fills in for the orgaan: «id», «naam», any word of its vocabulary («college»; «Bestuur»
with a capital), and a
reference to a starter it needs («naam:motie» → voorbeeld-motie, «pad:motie» → moties/voorbeeld-motie.yaml).
A starter that needs another document (an afdoeningsbrief an adopted motie, an amendement a voorstel)
gets that document's starter written beside it when the project lacks it, so every starter builds as
written, for every orgaan.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import UsageError
from generator.organen.forms import Orgaan
from generator.soorten.registry import BUILTIN, Registry, Soort

TOKEN = re.compile(r"«(?:(naam|pad):)?([A-Za-z_]+)»")
DEFAULT_ORGAAN = "zwolle"
"""The orgaan of a starter written outside a project made by `init` (the sample project's gemeente)."""
COMPANION = "voorbeeld-{soort}"


@dataclass(frozen=True)
class New:
    """One file `nieuw` writes: the one asked for, or a starter it needs (`needed_by` says whose)."""

    path: Path
    text: str
    needed_by: str = ""


def available(registry: Registry = BUILTIN) -> list[str]:
    return [soort.name for soort in registry if soort.kind == "document" and soort.starter]


def entry_for(soort: str, registry: Registry = BUILTIN) -> Soort:
    names = available(registry)
    if soort not in names:
        guess = difflib.get_close_matches(soort, names, n=1)
        raise UsageError(f"onbekende soort '{soort}'",
                         f"bedoelt u '{guess[0]}'?" if guess else f"kies uit: {', '.join(sorted(names))}")
    return registry[soort]


def refuse(entry: Soort, orgaan: Orgaan) -> None:
    """A soort the orgaan does not make is a usage error that says what it uses instead."""
    reason = entry.refusal(orgaan.id, orgaan.kind)
    if reason:
        raise UsageError(f"{orgaan.name} maakt geen {entry.title.lower()}: {reason}",
                         f"maak voor {orgaan.name} een van: {', '.join(made_by(orgaan))}")


def made_by(orgaan: Orgaan, registry: Registry = BUILTIN) -> list[str]:
    """The soorten `nieuw` offers for this orgaan."""
    return [name for name in available(registry) if not registry[name].refusal(orgaan.id, orgaan.kind)]


def source(entry: Soort, orgaan: Orgaan) -> str:
    """The starter as its folder holds it: the kind's own, else the general one."""
    own = entry.home / f"starter.{orgaan.kind}.yaml"
    return (own if own.is_file() else entry.starter_path).read_text("utf-8")


def companion(soort: Soort) -> str:
    """The path from data/ of the starter `nieuw` writes when another starter needs this soort."""
    return f"{soort.data_folder}/{COMPANION.format(soort=soort.name)}.yaml"


def fill(text: str, orgaan: Orgaan, registry: Registry = BUILTIN) -> str:
    """Every «token» of a starter in the orgaan's words."""
    def value(match: re.Match[str]) -> str:
        form, word = match.groups()
        if form == "pad":
            return companion(registry[word])
        if form == "naam":
            return Path(companion(registry[word])).stem
        found = {"id": orgaan.id, "naam": orgaan.name}.get(word) or orgaan.word(word.lower())
        return found[:1].upper() + found[1:] if word[:1].isupper() else found

    return TOKEN.sub(value, text)


def text_for(entry: Soort, orgaan: Orgaan, schema: str, *, needed: bool = False) -> str:
    """The starter for `orgaan`, with the line that gives VS Code its schema; a starter written because
    another needs it gets the soort's `companion` lines (a motie that was adopted)."""
    text = fill(source(entry, orgaan), orgaan)
    if entry.name == "motie":  # no `kop:` lines: the orgaan's forms apply ("Verzoeken Gedeputeerde Staten:")
        text = "".join(line for line in text.splitlines(keepends=True) if not re.match(r"^\s+kop: ", line))
    if needed and entry.companion:
        text = text.rstrip("\n") + "\n\n" + fill(entry.companion, orgaan) + "\n"
    return f"# yaml-language-server: $schema={schema}\n{text}"


def plan(data_dir: Path, soort: str, path: Path | None, orgaan: Orgaan, schema_of: Callable[[str, Path | None], str],
         registry: Registry = BUILTIN) -> list[New]:
    """The starter asked for (at `path`, or to show when None) and the starters it needs that the project
    lacks, depth first; a needed starter that exists is used as it is."""
    entry = entry_for(soort, registry)
    refuse(entry, orgaan)
    if path is not None:
        check_target(entry, path, data_dir, registry)
    files = [New(path or Path("-"), text_for(entry, orgaan, schema_of(entry.name, path)))]
    if path is None:
        return files
    pending = [(need, entry.name) for need in needs(source(entry, orgaan))]
    while pending:
        need, by = pending.pop(0)
        target = data_dir / companion(registry[need])
        if target.exists() or any(f.path == target for f in files):
            continue
        files.append(New(target, text_for(registry[need], orgaan, schema_of(need, target), needed=True), by))
        pending += [(more, need) for more in needs(source(registry[need], orgaan))]
    return files


def check_target(entry: Soort, path: Path, data_dir: Path, registry: Registry = BUILTIN) -> None:
    """A new file is a data file (.yaml or .yml: build and check skip anything else), and not in the
    folder of another soort (a motie in data/afdoeningen/); a folder no soort owns is free."""
    if path.suffix not in (".yaml", ".yml"):
        raise UsageError(f"{path}: een gegevensbestand eindigt op .yaml (of .yml), anders slaan build en check het over",
                         f"schrijf bijvoorbeeld {path.with_suffix('.yaml') if path.suffix else f'{path}.yaml'}")
    try:
        folder = path.resolve().relative_to(data_dir.resolve()).parts[0]
    except (ValueError, IndexError):
        return  # outside data/: the user's own place
    owners = [other for other in registry if other.kind != "collection" and other.data_folder == folder]
    if owners and entry.data_folder != folder:
        raise UsageError(f"{path}: data/{folder}/ is de map van {owners[0].titles.lower()}, niet van {entry.titles.lower()}",
                         f"schrijf een {entry.title.lower()} in data/{entry.data_folder}/, bijvoorbeeld"
                         f" data/{entry.data_folder}/{Path(path).with_suffix('.yaml').name}")


def needs(text: str) -> list[str]:
    """The soorten a starter refers to («naam:motie», «pad:raadsvoorstel»), in order, once each."""
    return list(dict.fromkeys(soort for form, soort in TOKEN.findall(text) if form))


def orgaan_of(project: Any) -> tuple[Orgaan, str | None]:
    """The project's orgaan (from `raadsstukken.yaml`, else the samples') and the id the project file names."""
    from generator.organen import register
    from generator.organen.init import project_orgaan

    orgaan_id = project_orgaan(project.root)
    orgaan = register.get(orgaan_id or DEFAULT_ORGAAN)
    if orgaan is None:
        raise UsageError(f"het orgaan '{orgaan_id}' in raadsstukken.yaml staat niet in het register",
                         "zet in raadsstukken.yaml 'orgaan:' met een id uit het register (raadsstukken init --help)")
    return orgaan, orgaan_id


def for_project(project: Any, soort: str, path: Path | None) -> list[New]:
    """`nieuw SOORT [PAD]` in `project`: in its orgaan's words, with the schema the editor reads (the
    project's copy, else the installed one)."""
    orgaan, orgaan_id = orgaan_of(project)

    def schema_of(name: str, target: Path | None) -> str:
        if orgaan_id is None:
            return project.registry[name].schema_path.as_uri()
        where = (target.parent if target else Path.cwd()).resolve()
        return Path(os.path.relpath(project.root / "schemas" / f"{name}.schema.json", where)).as_posix()

    return plan(project.data_dir, soort, path, orgaan, schema_of, project.registry)


def project_text(project: Any, soort: str) -> str:
    """The starter of `soort` as `nieuw` would write it in `project` (the editor reads its comments and headers)."""
    entry = project.registry[soort]
    if not entry.starter:
        return ""
    return fill(source(entry, orgaan_of(project)[0]), orgaan_of(project)[0], project.registry)
