"""What a build keeps in hand grows with the number of documents, never with its square.

The parent keeps, per document, its manifest entries, the collections' facts and what the index
learned of its files; never a document's rendered bytes, and never what another document learned
(a build of 10,000 once held 4.7 GB because every outcome carried everything learned before it).
Measured at small N by walking what the build holds when its last document is written.
"""

from __future__ import annotations

import gc
import shutil
import sys
import types
from pathlib import Path

import pytest

from generator.build import pipeline, record
from generator.build.pipeline import Options
from generator.loading.project import Project

REPO = Path(__file__).resolve().parents[1]
ZWOLLE = REPO / "data" / "moties" / "2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"
SHARED = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.CodeType)


def moties(root: Path, n: int) -> Project:
    """A project of N copies of the Zwolle motie, each with its own title."""
    shutil.copytree(REPO / "data" / "gemeenten", root / "data" / "gemeenten")
    folder = root / "data" / "moties"
    folder.mkdir(parents=True)
    text = ZWOLLE.read_text("utf-8")
    for i in range(n):
        (folder / f"m{i:04d}.yaml").write_text(text.replace("titel: Netwerkversterking", f"titel: Motie {i} over versterking"), "utf-8")
    return Project(root)


def held(roots: list[object]) -> tuple[int, list[object]]:
    """Bytes of everything reachable from `roots` (classes, modules and functions left out: they are
    shared), and the large byte strings and loaded documents among it."""
    seen: set[int] = set()
    todo, size, suspects = list(roots), 0, []
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(obj, SHARED):
            continue
        seen.add(id(obj))
        size += sys.getsizeof(obj)
        if isinstance(obj, (bytes, bytearray)) and len(obj) > 4096:
            suspects.append(obj)
        todo.extend(gc.get_referents(obj))
    return size, suspects


def kept_by_a_build(tmp_path: Path, n: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[object], Project]:
    project = moties(tmp_path / str(n), n)
    found: dict[str, object] = {}
    remember = record.remember

    def at_the_end(builder, report, *args, **kwargs) -> None:  # every document written, the index not yet
        builder.project._cache.clear()  # a bounded cache (CACHE_SIZE files), not per-document state
        found["size"], found["suspects"] = held([builder, report])
        remember(builder, report, *args, **kwargs)

    monkeypatch.setattr(record, "remember", at_the_end)
    report = pipeline.build(project, [], Options(out_dir=project.root / "build", jobs=1))
    assert not report.failed and report.count("gebouwd") == n
    return found["size"], found["suspects"], project  # type: ignore[return-value]


def test_a_build_holds_per_document_state_linear_in_n_and_no_rendered_bytes(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    sizes = {}
    for n in (4, 12, 36):
        sizes[n], suspects, project = kept_by_a_build(tmp_path, n, monkeypatch)
        assert not suspects, [len(s) for s in suspects]  # rendered documents are let go once written
        assert not project._pinned  # no collection reads moties whole: none is kept for one
        monkeypatch.undo()
    first, then = (sizes[12] - sizes[4]) / 8, (sizes[36] - sizes[12]) / 24
    assert then <= 1.15 * first, sizes  # the 36th document costs what the 5th did (it cost 1.3× before)


def test_an_outcome_carries_only_what_its_own_document_taught(tmp_path: Path) -> None:
    project = moties(tmp_path, 5)
    seen: list[int] = []
    options = Options(out_dir=project.root / "build", jobs=1)

    def progress(outcome, done: int, total: int) -> None:
        seen.append(len(outcome.seen))

    pipeline.build(project, [], options, progress)
    assert len(seen) == 5 and max(seen) <= 2 * min(seen), seen  # not 1×, 2×, 3×, … of the first
