"""Which data files a run covers: YAML files below the given paths (default: data/), sorted.

Shared by `build` and `check`, so both see the same files. Reference data (profiles in
data/gemeenten, models in data/modellen) is read by the documents that use it, not built.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from generator.errors import Issue, UsageError, display_path
from generator.files import kind, reason
from generator.loading.project import Project

NOT_DOCUMENTS = {"gemeenten", "modellen"}


def discover(project: Project, paths: list[Path]) -> list[Path]:
    return survey(project, paths)[0]


def survey(project: Project, paths: list[Path]) -> tuple[list[Path], list[Issue]]:
    """The data files, and a warning for each file skipped: only regular files are read (a FIFO
    would hang the run, a device never ends), and a link only when it stays inside the project.
    A loop of links is kept: loading it gives one error for that file, and the rest still builds."""
    found: set[Path] = set()
    issues: list[Issue] = []
    if not paths and not project.data_dir.is_dir():
        raise UsageError(f"{project.root} is geen raadsstukken-project: er is geen map data/",
                         "begin er een met 'raadsstukken init --orgaan <naam>' (bijvoorbeeld Zwolle), of ga naar"
                         " de projectmap (of geef die op met -C)")
    for path in paths or [project.data_dir]:
        if path.is_dir():
            base = Path(os.path.realpath(path))
            for file in base.rglob("*.y*ml"):
                rel = file.relative_to(base).parts
                if file.suffix in (".yaml", ".yml") and not (NOT_DOCUMENTS & set(rel[:-1])) and not rel[-1].startswith("."):
                    _admit(project, file, found, issues)
        elif path.exists() or path.is_symlink():
            _admit(project, Path(os.path.normpath(Path.cwd() / path)), found, issues, explicit=True)
        else:
            raise UsageError(f"{path} bestaat niet", "geef een bestaand bestand of een map op")
    return sorted(found), issues


def _admit(project: Project, file: Path, found: set[Path], issues: list[Issue], *, explicit: bool = False) -> None:
    """Add `file` unless it is something we do not read (then a warning says why)."""
    try:
        mode = file.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            found.add(file)  # its own error when loaded
        elif exc.errno == errno.ENOENT and file.is_symlink():
            issues.append(_skipped(file, "is een koppeling naar een bestand dat niet bestaat en wordt overgeslagen",
                                   "herstel of verwijder de koppeling"))
        else:
            issues.append(_skipped(file, f"{reason(exc)[0]} en wordt overgeslagen", reason(exc)[1]))
        return
    if not stat.S_ISREG(mode):
        if not stat.S_ISDIR(mode):
            issues.append(_skipped(file, f"is geen gewoon bestand maar {kind(mode)} en wordt overgeslagen",
                                   "alleen gewone bestanden worden gelezen"))
        return
    if file.is_symlink() and not explicit and not _inside(file, project.root):
        issues.append(_skipped(file, "is een koppeling naar een bestand buiten het project en wordt niet gevolgd",
                               "kopieer het bestand in het project in plaats van ernaar te verwijzen"))
        return
    found.add(file if file.is_symlink() else Path(os.path.realpath(file)))


def _inside(file: Path, root: Path) -> bool:
    real, base = os.path.realpath(file), os.path.realpath(root)
    return real.startswith(base + os.sep)


def _skipped(file: Path, message: str, hint: str) -> Issue:
    return Issue(display_path(file), message=message, hint=hint, severity="waarschuwing")


def profiles(project: Project) -> list[Path]:
    """The gemeente profiles (regular files only; a loop or a FIFO is left to its own message)."""
    folder = project.data_dir / "gemeenten"
    return sorted(Path(os.path.realpath(p)) for p in folder.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def output_name(project: Project, source: Path) -> str:
    """build/ mirrors data/: data/moties/x.yaml → moties/x.docx; a file elsewhere → x.docx."""
    try:
        rel = source.relative_to(project.data_dir.resolve())
    except ValueError:
        rel = Path(source.name)
    return rel.with_suffix(".docx").as_posix()


def collisions(project: Project, sources: list[Path]) -> tuple[dict[str, Path], list[Issue]]:
    """Each source's output name, and an error for every source that would write the same file
    as another one or as a generated overview (the motievolglijst): found before anything is written."""
    from generator.soorten.collections import collective_outputs

    overviews = collective_outputs(project)
    seen: dict[str, Path] = {}
    folded: dict[str, str] = {}
    names = {source: output_name(project, source) for source in sources}
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
