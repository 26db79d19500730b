"""Build: data files → documents, incremental, parallel, reproducible and safe.

Sphinx-style: an output is rebuilt only when the hash of one of its inputs (data file, referenced
files, gemeente profile, the template actually used, the tool version) changed. Outputs are
written atomically; one that no longer matches what we wrote was edited by hand and is kept.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator.atomic import inside, write_bytes
from generator.errors import Issue, RaadsstukkenError, UserError, ValidationFailed, display_path
from generator.manifest import Entry, Manifest, bytes_hash, file_hash, journal_intent
from generator.project import TEMPLATES, Project

if TYPE_CHECKING:
    from generator.documents import Prepared

NOT_DOCUMENTS = {"gemeenten", "modellen"}


@dataclass(frozen=True)
class Options:
    out_dir: Path
    jobs: int = 1
    force: bool = False
    check: bool = False
    shard: tuple[int, int] | None = None
    pdf: bool = False


@dataclass
class Outcome:
    source: Path
    status: str  # gebouwd, ongewijzigd, fout, handmatig, verouderd, geen
    issues: list[Issue] = field(default_factory=list)
    entries: dict[str, Entry] = field(default_factory=dict)


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    problems: list[Issue] = field(default_factory=list)
    pdfs: int = 0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def issues(self) -> list[Issue]:
        return sorted([*self.problems, *(i for o in self.outcomes for i in o.issues)])

    @property
    def failed(self) -> bool:
        return any(i.severity == "fout" for i in self.issues)


def discover(project: Project, paths: list[Path]) -> list[Path]:
    """The data files to build: YAML files below the given paths (default: data/), sorted."""
    found: set[Path] = set()
    for path in paths or [project.data_dir]:
        if path.is_dir():
            base = path.resolve()
            for file in base.rglob("*.y*ml"):
                rel = file.relative_to(base).parts
                if file.suffix in (".yaml", ".yml") and not (NOT_DOCUMENTS & set(rel[:-1])) and not rel[-1].startswith("."):
                    found.add(file)
        elif path.exists():
            found.add(path.resolve())
        else:
            raise UserError(f"{path} bestaat niet", "geef een bestaand bestand of een map op")
    return sorted(found)


def output_name(project: Project, source: Path) -> str:
    """build/ mirrors data/: data/moties/x.yaml → moties/x.docx; a file elsewhere → x.docx."""
    try:
        rel = source.relative_to(project.data_dir.resolve())
    except ValueError:
        rel = Path(source.name)
    return rel.with_suffix(".docx").as_posix()


def in_shard(name: str, shard: tuple[int, int] | None) -> bool:
    if shard is None:
        return True
    index, total = shard
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % total == index - 1


# Worker state: set once per process (fork), not module-level configuration.
_STATE: dict[str, object] = {}


def _init(root: Path, options: Options, manifest: Manifest, project: Project | None = None) -> None:
    _STATE.update(project=project or Project(root), options=options, manifest=manifest, hashes={})


BUILTIN = "raadsstukken:"


def input_key(path: Path) -> str:
    """How the manifest names an input: relative to the project (so a manifest committed with
    build/ stays valid in a CI checkout elsewhere), built-in templates as `raadsstukken:…`."""
    project: Project = _STATE["project"]  # type: ignore[assignment]
    text = str(path)
    for base, prefix in ((str(project.root), ""), (str(TEMPLATES.parent), BUILTIN)):
        if text.startswith(base + os.sep):
            return sys.intern(prefix + text[len(base) + 1:].replace(os.sep, "/"))
    return sys.intern(text)


def input_path(key: str) -> Path:
    project: Project = _STATE["project"]  # type: ignore[assignment]
    if key.startswith(BUILTIN):
        return TEMPLATES.parent / key[len(BUILTIN):]
    return project.root / key


def _input_hash(key: str) -> str:
    return _hash(str(input_path(key)))


def _hash(path: str) -> str:
    hashes: dict[str, str] = _STATE.setdefault("hashes", {})  # type: ignore[assignment]
    if path not in hashes:
        hashes[sys.intern(path)] = sys.intern(file_hash(Path(path)))
    return hashes[path]


def _work(item: tuple[Path, str]) -> Outcome:
    source, name = item
    try:
        return _build_one(source, name)
    except ValidationFailed as exc:
        return Outcome(source, "fout", exc.issues)
    except RaadsstukkenError as exc:
        return Outcome(source, "fout", [Issue(display_path(source), message=str(exc))])
    except MemoryError:
        return Outcome(source, "fout", [Issue(display_path(source), message="te weinig geheugen bij het maken van dit document")])


def _build_one(source: Path, name: str) -> Outcome:
    project: Project = _STATE["project"]  # type: ignore[assignment]
    options: Options = _STATE["options"]  # type: ignore[assignment]
    manifest: Manifest = _STATE["manifest"]  # type: ignore[assignment]
    txt_name = name[:-5] + ".txt"
    entry = manifest.entries.get(name)
    if not options.force and _fresh(entry, options.out_dir / name, manifest.entries.get(txt_name), options.out_dir / txt_name):
        return Outcome(source, "ongewijzigd", entries={name: entry, txt_name: manifest.entries[txt_name]})  # type: ignore[dict-item]
    from generator.documents import kinds

    loaded = project.load(source)
    prepare = kinds().get(loaded.model.soort)
    if prepare is None:
        return Outcome(source, "geen")
    return emit(project, options, manifest, source, name, prepare(project, loaded))


def emit(project: Project, options: Options, manifest: Manifest, source: Path, name: str, prepared: Prepared) -> Outcome:
    """Render one prepared document and write it (and its .txt) unless nothing changed."""
    from generator.docxtext import parts_text
    from generator.render import render_parts

    out = options.out_dir / name
    txt_name = name[:-5] + ".txt"
    data, parts = render_parts(prepared.template, prepared.context, prepared.properties, prepared.media)
    text = parts_text(parts).encode("utf-8")
    inputs = {input_key(p): _hash(str(p)) for p in prepared.inputs}
    inputs["raadsstukken"] = __version__
    src = display_path(source, project.root)
    entries = {name: Entry(src, inputs, bytes_hash(data)), txt_name: Entry(src, inputs, bytes_hash(text))}
    issues = [*_guard(manifest, options, name, out, data), *_guard(manifest, options, txt_name, options.out_dir / txt_name, text)]
    if issues:
        return Outcome(source, "handmatig" if not options.check else "verouderd", issues, entries)
    if options.check:
        changed = any(file_hash(options.out_dir / n) != e.sha256 for n, e in entries.items())
        if changed or manifest.entries.get(name) is None:
            return Outcome(source, "verouderd", [Issue(display_path(out), message="ontbreekt of is verouderd",
                                                         hint="draai 'raadsstukken build' en commit het resultaat")])
        return Outcome(source, "ongewijzigd", entries=entries)
    written = False
    for out_name, payload in ((txt_name, text), (name, data)):
        target = options.out_dir / out_name
        if not inside(options.out_dir, target):
            raise UserError(f"uitvoer {out_name} zou buiten {options.out_dir} komen")
        if file_hash(target) != bytes_hash(payload):
            journal_intent(options.out_dir, out_name, bytes_hash(payload))
            write_bytes(target, payload)
            written = True
    return Outcome(source, "gebouwd" if written else "ongewijzigd", entries=entries)


def _fresh(entry: Entry | None, out: Path, txt_entry: Entry | None, txt: Path) -> bool:
    if entry is None or txt_entry is None or entry.inputs.get("raadsstukken") != __version__:
        return False
    if any(_input_hash(key) != digest for key, digest in entry.inputs.items() if key != "raadsstukken"):
        return False
    return file_hash(out) == entry.sha256 and file_hash(txt) == txt_entry.sha256


def _guard(manifest: Manifest, options: Options, name: str, path: Path, new: bytes) -> list[Issue]:
    """An existing output we did not write (or that was changed since) is not overwritten."""
    current = file_hash(path)
    if options.force or current in ("absent", bytes_hash(new)) or manifest.made_by_us(name, current):
        return []
    return [Issue(display_path(path), message="is met de hand gewijzigd en wordt niet overschreven",
                  hint="bewaar uw versie onder een andere naam en verwijder dit bestand, of bouw met --force om haar te vervangen")]


@contextmanager
def _lock(out_dir: Path, check: bool) -> Iterator[None]:
    if check:
        yield
        return
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(out_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise UserError(f"kan niet schrijven in {out_dir} ({exc.strerror})",
                        "controleer of de map bestaat en schrijfbaar is, of kies een andere met -o") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UserError(f"er loopt al een build in {out_dir}", "wacht tot die klaar is en probeer het opnieuw") from None
        yield
    finally:
        os.close(fd)


def build(project: Project, paths: list[Path], options: Options,
          progress: Callable[[Outcome, int, int], None] | None = None) -> Report:
    _STATE.update(hashes={}, project=project)  # file hashes are cached for one build only
    sources = discover(project, paths)
    named = [(s, output_name(project, s)) for s in sources]
    report = Report()
    seen: dict[str, Path] = {}
    work = []
    for source, name in named:
        if name in seen:
            report.problems.append(Issue(display_path(source), message=f"schrijft hetzelfde document als {display_path(seen[name])} ({name})",
                                         hint="geef een van beide bestanden een andere naam"))
            continue
        seen[name] = source
        if in_shard(name, options.shard):
            work.append((source, name))
    with _lock(options.out_dir, options.check):
        manifest = Manifest.read(options.out_dir)
        for done, outcome in enumerate(_run(project, options, manifest, work), start=1):
            report.outcomes.append(outcome)
            if progress:
                progress(outcome, done, len(work))
        whole = not paths and options.shard is None
        fingerprint = _fingerprint(project, sources)
        unchanged = whole and not options.force and fingerprint == manifest.fingerprint and not report.failed
        if not unchanged:
            from generator.collections import cross_checks

            report.problems.extend(cross_checks(project, sources))
        if whole:
            if not unchanged or not _collections_fresh(project, manifest, options):
                _collections(project, options, manifest, sources, report)
            _orphans(manifest, options, set(seen.values()), project, report)
        if options.pdf:
            from generator.pdfbuild import build_pdfs

            build_pdfs(options, manifest, report)
        if not options.check:
            for outcome in report.outcomes:
                manifest.entries.update(outcome.entries)
            if whole:
                manifest.fingerprint = "" if report.failed else fingerprint
            manifest.write()
    return report


def _run(project: Project, options: Options, manifest: Manifest, work: list[tuple[Path, str]]) -> Iterator[Outcome]:
    jobs = max(1, min(options.jobs, len(work)))
    root = project.root
    if jobs == 1:
        _init(root, options, manifest, project)
        yield from map(_work, work)
        return
    chunk = max(1, len(work) // (jobs * 8))
    with ProcessPoolExecutor(jobs, mp_context=get_context("fork"), initializer=_init,
                             initargs=(root, options, manifest)) as pool:
        yield from pool.map(_work, work, chunksize=chunk)


def _fingerprint(project: Project, sources: list[Path]) -> str:
    """Every data file and profile with its hash, the tool version and the collections' own key."""
    from generator.clock import today

    files = sorted({*sources, *(project.data_dir / "gemeenten").glob("*.yaml")})
    # the motievolglijst depends on the peildatum too: a later day re-renders it ("te laat")
    digest = hashlib.sha256(f"{__version__}\npeildatum {today().isoformat()}\n".encode())
    for path in files:
        digest.update(f"{display_path(path, project.root)}\0{_hash(str(path))}\n".encode())
    return digest.hexdigest()


def _collections_fresh(project: Project, manifest: Manifest, options: Options) -> bool:
    label = display_path(project.data_dir, project.root)
    names = [name for name, entry in manifest.entries.items() if entry.source == label and name.endswith(".docx")]
    return all(_fresh(manifest.entries[n], options.out_dir / n, manifest.entries.get(n[:-5] + ".txt"),
                      options.out_dir / (n[:-5] + ".txt")) for n in names)


def _collections(project: Project, options: Options, manifest: Manifest, sources: list[Path], report: Report) -> None:
    """Documents made from many data files at once (the motievolglijst), built in this process."""
    from generator.collections import collection_documents

    _init(project.root, options, manifest, project)
    for name, prepared in collection_documents(project, sources):
        try:
            outcome = emit(project, options, manifest, project.data_dir, name, prepared)
        except RaadsstukkenError as exc:
            outcome = Outcome(project.data_dir, "fout", [Issue(name, message=str(exc))])
        report.outcomes.append(outcome)


def _orphans(manifest: Manifest, options: Options, sources: set[Path], project: Project, report: Report) -> None:
    """Outputs whose data file is gone: removed, but only when this tool made them."""
    live = {display_path(s, project.root) for s in [*sources, project.data_dir]}
    for name, entry in sorted(manifest.entries.items()):
        if entry.source in live:
            continue
        path = options.out_dir / name
        current = file_hash(path)
        if options.check:
            if current != "absent":
                report.problems.append(Issue(display_path(path), message=f"hoort bij {entry.source}, dat niet meer bestaat",
                                             hint="draai 'raadsstukken build' om het te verwijderen"))
            continue
        if current == "absent" or manifest.made_by_us(name, current):
            path.unlink(missing_ok=True)
            report.removed.append(name)
            del manifest.entries[name]
        else:
            report.problems.append(Issue(display_path(path), message=f"hoort bij {entry.source}, dat niet meer bestaat, maar is met de hand gewijzigd",
                                         hint="verwijder het zelf als u het niet meer nodig hebt", severity="waarschuwing"))
