"""Which data files a run covers: YAML files below the given paths (default: data/), sorted.

Shared by `build` and `check`, so both see the same files. Reference data (profiles in
data/gemeenten, models in data/modellen) is read by the documents that use it, not built.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from generator.errors import Issue, UsageError, display_path
from generator.files import kind, reason
from generator.loading.project import Project

NOT_DOCUMENTS = {"gemeenten", "modellen"}


def discover(project: Project, paths: list[Path]) -> list[Path]:
    return survey(project, paths)[0]


def survey(project: Project, paths: list[Path], listings: dict[str, str] | None = None) -> tuple[list[Path], list[Issue]]:
    """The data files, and a warning for each file skipped: only regular files are read (a FIFO
    would hang the run, a device never ends), and a link only when it stays inside the project.
    A loop of links is kept: loading it gives one error for that file, and the rest still builds.
    `listings` receives, per folder walked, a hash of the names in it (see `unchanged_folders`)."""
    found: set[Path] = set()
    issues: list[Issue] = []
    if not paths and not project.data_dir.is_dir():
        raise UsageError(f"{project.root} is geen raadsstukken-project: er is geen map data/",
                         "begin er een met 'raadsstukken init --orgaan <naam>' (bijvoorbeeld Zwolle), of ga naar"
                         " de projectmap (of geef die op met -C)")
    for path in paths or [project.data_dir]:
        if path.is_dir():
            base = os.path.realpath(path)
            for file, rel in _walk(base, (), listings):
                if file.name.endswith((".yaml", ".yml")) and not (NOT_DOCUMENTS & set(rel)) and not file.name.startswith("."):
                    _admit(project, file, found, issues)
        elif path.exists() or path.is_symlink():
            _admit(project, Path(os.path.normpath(Path.cwd() / path)), found, issues, explicit=True)
        else:
            raise UsageError(f"{path} bestaat niet", "geef een bestaand bestand of een map op")
    return sorted(found, key=_parts), issues


def _parts(path: Path) -> list[str]:
    """Path order (part by part), from the string: sorting 10,000 paths by their parts lists is
    several times faster than comparing Path objects."""
    return str(path).split(os.sep)  # noqa: PTH206 (Path.parts is what is slow here)


def _walk(folder: str, rel: tuple[str, ...], listings: dict[str, str] | None = None,
          ) -> Iterator[tuple[os.DirEntry[str], tuple[str, ...]]]:
    """Every entry below `folder` with the folders on the way; like Path.rglob, links to folders
    are not followed (a link to a file is an entry like any other)."""
    try:
        with os.scandir(folder) as entries:
            listed = list(entries)
    except OSError:
        return
    if listings is not None:
        listings[folder] = _names(listed)
    for entry in listed:
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            yield from _walk(entry.path, (*rel, entry.name), listings)
        else:
            yield entry, rel


def listing(folder: str) -> str:
    """A hash of the names in a folder, as `survey` records it per folder walked."""
    with os.scandir(folder) as entries:
        return _names(list(entries))


def _names(listed: list[os.DirEntry[str]]) -> str:
    return hashlib.sha256("\0".join(sorted(entry.name for entry in listed)).encode("utf-8", "surrogateescape")).hexdigest()


def _admit(project: Project, file: Path | os.DirEntry[str], found: set[Path], issues: list[Issue], *,
           explicit: bool = False) -> None:
    """Add `file` unless it is something we do not read (then a warning says why). A file found in a
    folder comes as its directory entry: a regular file that is not a link costs one `stat`, and its
    path is already real (the folder was resolved and links to folders are not followed)."""
    link = file.is_symlink()
    path = Path(file.path) if isinstance(file, os.DirEntry) else file
    try:
        mode = file.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            found.add(path)  # its own error when loaded
        elif exc.errno == errno.ENOENT and link:
            issues.append(_skipped(path, "is een koppeling naar een bestand dat niet bestaat en wordt overgeslagen",
                                   "herstel of verwijder de koppeling"))
        else:
            issues.append(_skipped(path, f"{reason(exc)[0]} en wordt overgeslagen", reason(exc)[1]))
        return
    if not stat.S_ISREG(mode):
        if not stat.S_ISDIR(mode):
            issues.append(_skipped(path, f"is geen gewoon bestand maar {kind(mode)} en wordt overgeslagen",
                                   "alleen gewone bestanden worden gelezen"))
        return
    if link and not explicit and not _inside(path, project.root):
        issues.append(_skipped(path, "is een koppeling naar een bestand buiten het project en wordt niet gevolgd",
                               "kopieer het bestand in het project in plaats van ernaar te verwijzen"))
        return
    found.add(path if link or isinstance(file, os.DirEntry) else Path(os.path.realpath(path)))


def _inside(file: Path, root: Path) -> bool:
    real, base = os.path.realpath(file), os.path.realpath(root)
    return real.startswith(base + os.sep)


def _skipped(file: Path, message: str, hint: str) -> Issue:
    return Issue(display_path(file), message=message, hint=hint, severity="waarschuwing")


def profiles(project: Project) -> list[Path]:
    """The gemeente profiles (regular files only; a loop or a FIFO is left to its own message)."""
    folder = project.data_dir / "gemeenten"
    return sorted(Path(os.path.realpath(p)) for p in folder.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def output_name(project: Project, source: Path, data_dir: str | None = None) -> str:
    """build/ mirrors data/: data/moties/x.yaml → moties/x.docx; a file elsewhere → x.docx."""
    base = (data_dir or str(project.data_dir.resolve())) + os.sep
    text = str(source)
    rel = (text[len(base):] if text.startswith(base) else source.name).replace(os.sep, "/")
    folder, _, name = rel.rpartition("/")
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:  # what Path.with_suffix replaces
        name = name[:dot]
    return f"{folder}/{name}.docx" if folder else f"{name}.docx"


def collisions(project: Project, sources: list[Path]) -> tuple[dict[str, Path], list[Issue]]:
    """Each source's output name, and an error for every source that would write the same file
    as another one or as a generated overview (the motievolglijst): found before anything is written."""
    from generator.soorten.collections import collective_outputs

    overviews = collective_outputs(project)
    seen: dict[str, Path] = {}
    folded: dict[str, str] = {}
    data_dir = str(project.data_dir.resolve())
    names = {source: output_name(project, source, data_dir) for source in sources}
    issues = _windows_names(names)
    for source, name in names.items():
        if name.casefold() in folded and folded[name.casefold()] != name:
            other = seen[folded[name.casefold()]]
            issues.append(Issue(display_path(source), message=f"schrijft op Windows en macOS hetzelfde document als "
                                f"{display_path(other)} (de namen verschillen alleen in hoofdletters)",
                                hint="geef een van beide bestanden een andere naam"))
            continue
        folded[name.casefold()] = name
        if name in overviews:
            issues.append(Issue(display_path(source), message=f"schrijft hetzelfde bestand als de {overviews[name]} "
                                f"die raadsstukken maakt ({name})", hint="geef dit bestand een andere naam"))
        elif name in seen:
            issues.append(Issue(display_path(source), message=f"schrijft hetzelfde document als "
                                f"{display_path(seen[name])} ({name})", hint="geef een van beide bestanden een andere naam"))
        else:
            seen[name] = source
    return seen, issues


def _windows_names(names: dict[Path, str]) -> list[Issue]:
    """A data file whose name Windows refuses builds here, but its document cannot be opened or
    checked out there (a project shared through git): a warning at the file."""
    from generator.files import windows_refuses

    issues = []
    for source, name in names.items():
        for part in name[: -len(".docx")].split("/"):
            if why := windows_refuses(part):
                issues.append(Issue(display_path(source), message=f"de naam '{part}' werkt niet op Windows: {why}",
                                    hint="geef het bestand een andere naam (letters, cijfers en streepjes)", severity="waarschuwing"))
                break
    return issues


TEMPORARY_EXTRA = len(".") + len(".12345678.tmp")
"""What the temporary file beside an output adds to its name (files.write_chunks)."""


def too_long(outputs: dict[str, Path], out_dir: Path) -> list[Issue]:
    """Outputs whose path is longer than this machine can write (Windows without long paths): an
    error at the data file, before anything is written."""
    from generator import portable

    limit = portable.max_path()
    if limit is None:
        return []
    issues = []
    for name, source in outputs.items():
        length = len(str(out_dir / name)) + TEMPORARY_EXTRA
        if length > limit:
            issues.append(Issue(display_path(source), message=f"het document krijgt een pad van {length} tekens"
                                f" ({out_dir / name}); Windows staat er {limit} toe",
                                hint="geef het bestand een kortere naam of zet het project in een kortere map,"
                                     " zoals C:\\raadsstukken (of laat de beheerder lange paden aanzetten: LongPathsEnabled)"))
    return issues
