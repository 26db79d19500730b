"""The build's index (build/.index): a build in which nothing changed reads nothing, one change
rebuilds exactly what depends on it, each data file is loaded once, and a broken or hostile index
costs at most work."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import time
from pathlib import Path

import pytest

from generator import files
from generator.build import index as index_module
from tests.mutations import mutate_manifest

ZWOLLE = "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"
VOLGLIJST = "build/motievolglijst.docx"


def last_line(result) -> str:
    return result.output.strip().splitlines()[-1]


@pytest.fixture
def settled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files count as settled however young (the tests below do not wait two seconds)."""
    monkeypatch.setattr(index_module, "SETTLE_NS", -10**12)


def test_a_build_in_which_nothing_changed_reads_and_writes_nothing(project: Path, run, settled_at_once,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("build").exit_code == 0
    assert run("build").exit_code == 0  # records the folders' stamps, now that they are settled
    manifest = (project / "build" / ".manifest.json").stat().st_mtime_ns
    read = files.read_regular

    def only_the_index(path: Path, limit: int | None = None) -> bytes:
        assert Path(path).name == ".index", f"read {path}"
        return read(path, limit)

    monkeypatch.setattr(files, "read_regular", only_the_index)
    monkeypatch.setattr(index_module, "read_regular", only_the_index)
    result = run("build")
    assert result.exit_code == 0, result.output
    assert last_line(result).startswith("0 gebouwd, ")
    assert (project / "build" / ".manifest.json").stat().st_mtime_ns == manifest


def test_a_change_in_unchanged_folders_walks_no_folder_and_a_new_file_is_still_found(
        project: Path, run, settled_at_once, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.loading import discovery

    assert run("build").exit_code == 0
    assert run("build").exit_code == 0  # records the folders' stamps, now that they are settled
    walked: list[str] = []
    walk = discovery._walk
    monkeypatch.setattr(discovery, "_walk", lambda folder, *args: (walked.append(folder), walk(folder, *args))[1])
    path = project / ZWOLLE
    path.write_text(path.read_text("utf-8").replace("actief te faciliteren", "actiever te faciliteren"), "utf-8")
    result = run("build")
    assert last_line(result).startswith("1 gebouwd, "), result.output
    assert "actiever te faciliteren" in (project / "build" / "moties" / (path.stem + ".txt")).read_text("utf-8")
    assert run("build").exit_code == 0  # the folders' stamps were kept for the next build
    assert walked == []
    shutil.copy(path, path.with_name("nieuw.yaml"))  # a new name changes its folder's stamp
    result = run("build")
    assert last_line(result).startswith("1 gebouwd, "), result.output
    assert (project / "build" / "moties" / "nieuw.docx").is_file() and walked
    walked.clear()
    path.with_name("nieuw.yaml").unlink()
    result = run("build")
    assert result.exit_code == 0 and walked, result.output
    assert not (project / "build" / "moties" / "nieuw.docx").exists()


def test_a_change_keeping_size_and_modification_time_is_seen(project: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "SETTLE_NS", 100_000_000)
    path = project / ZWOLLE
    assert run("build").exit_code == 0
    time.sleep(0.2)
    assert run("build").exit_code == 0  # now every stamp is settled and trusted
    before = path.stat()
    path.write_text(path.read_text("utf-8").replace("actief te faciliteren", "actief te faciliteer!"), "utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    result = run("build")
    assert last_line(result).startswith("1 gebouwd"), result.output
    assert "faciliteer!" in (project / "build" / "moties" / (path.stem + ".txt")).read_text("utf-8")


def test_a_partial_build_between_whole_builds_leaves_nothing_stale(project: Path, run, settled_at_once) -> None:
    assert run("build").exit_code == 0
    profile = project / "data" / "gemeenten" / "zwolle.yaml"
    profile.write_text(profile.read_text("utf-8") + "# opmerking\n", "utf-8")
    assert run("build", str(project / ZWOLLE)).exit_code == 0  # this one takes the new profile
    manifest = json.loads((project / "build" / ".manifest.json").read_text("utf-8"))["outputs"]
    using = {n for n, e in manifest.items() if "data/gemeenten/zwolle.yaml" in e["inputs"] and n.endswith(".docx")}
    result = run("build")
    assert result.exit_code == 0, result.output
    manifest = json.loads((project / "build" / ".manifest.json").read_text("utf-8"))["outputs"]
    digest = hashlib.sha256(profile.read_bytes()).hexdigest()
    assert all(manifest[n]["inputs"]["data/gemeenten/zwolle.yaml"] == digest for n in using)


def test_a_motie_changed_in_its_text_only_leaves_the_motievolglijst(project: Path, run, settled_at_once) -> None:
    assert run("build").exit_code == 0
    before = (project / VOLGLIJST).read_bytes()
    path = project / ZWOLLE
    path.write_text(path.read_text("utf-8").replace("actief te faciliteren", "actiever te faciliteren"), "utf-8")
    result = run("build")
    assert last_line(result).startswith("1 gebouwd"), result.output
    assert "overzicht" not in last_line(result), result.output
    assert (project / VOLGLIJST).read_bytes() == before
    entry = json.loads((project / "build" / ".manifest.json").read_text("utf-8"))["outputs"]["motievolglijst.docx"]
    assert entry["inputs"][ZWOLLE] == hashlib.sha256(path.read_bytes()).hexdigest()
    path.write_text(path.read_text("utf-8").replace("titel: Netwerkversterking", "titel: Versterking van het netwerk"), "utf-8")
    result = run("build")
    assert last_line(result).startswith("1 gebouwd"), result.output  # the motie, and its row in the list:
    assert "1 overzicht bijgewerkt" in last_line(result), result.output
    assert (project / VOLGLIJST).read_bytes() != before


def test_every_data_file_is_loaded_once_per_build(project: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.loading import project as project_module

    loads: dict[Path, int] = {}
    real = project_module.load_model

    def counted(path: Path, *args, **kwargs):
        loads[path] = loads.get(path, 0) + 1
        return real(path, *args, **kwargs)

    monkeypatch.setattr(project_module, "load_model", counted)
    assert run("build", "-j", "1").exit_code == 0
    assert loads and max(loads.values()) == 1, {p.name: n for p, n in loads.items() if n > 1}
    documents = [p for p in (project / "data").rglob("*.yaml") if not {"gemeenten", "modellen"} & set(p.parts)]
    assert len([p for p in loads if "gemeenten" not in p.parts and "modellen" not in p.parts]) == len(documents)
    # profiles and models are loaded by reference, each once too



def counting_loads(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """The data files loaded from here on (profiles and models left out), by name."""
    from generator.loading import project as project_module

    loads: dict[str, int] = {}
    real = project_module.load_model

    def counted(path: Path, *args, **kwargs):
        if "gemeenten" not in path.parts and "modellen" not in path.parts:
            loads[path.name] = loads.get(path.name, 0) + 1
        return real(path, *args, **kwargs)

    monkeypatch.setattr(project_module, "load_model", counted)
    return loads


def test_a_change_reads_only_the_changed_file_and_the_actielijst_follows_it(project: Path, run, settled_at_once,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("build", "-j", "1").exit_code == 0
    actielijst = project / "build" / "actielijst.txt"
    motie, vragen = project / ZWOLLE, project / "data" / "vragen" / "2025-den-haag-familiegroepsplan-uithuisplaatsing.yaml"
    loads = counting_loads(monkeypatch)
    motie.write_text(motie.read_text("utf-8").replace("actief te faciliteren", "actiever te faciliteren"), "utf-8")
    before = actielijst.read_bytes()
    result = run("build", "-j", "1")
    assert last_line(result).startswith("1 gebouwd") and "overzicht" not in last_line(result), result.output
    vergaderingen = {p.name for p in (project / "data" / "vergaderingen").glob("*.yaml")}  # who decided what: read
    assert loads.pop(motie.name) == 1 and set(loads) <= vergaderingen, loads  # per build (left for later), no motie
    assert actielijst.read_bytes() == before  # the lists were not made again
    loads.clear()
    vragen.write_text(vragen.read_text("utf-8").replace("onderwerp: het familiegroepsplan", "onderwerp: het plan"), "utf-8")
    result = run("build", "-j", "1")
    assert result.exit_code == 0, result.output
    assert "het plan bij een dreigende uithuisplaatsing" in actielijst.read_text("utf-8")  # read whole, so it follows
    moties = {p.name for p in (project / "data" / "moties").glob("*.yaml")} & set(loads)
    named = " ".join(p.read_text("utf-8") for p in (project / "data" / "informatiebrieven").glob("*.yaml"))
    assert len(moties) < 3 and all(f"motie: {m[:-5]}" in named for m in moties), loads  # only those a brief afdoet

HOSTILE = [
    "",
    "{}\n",
    '{"format": 2, "tool": "raadsstukken", "version": "0.1.0"}\n["f", 1, "", 1, "x"]\n',
    '{"format": 2, "tool": "raadsstukken", "version": "0.1.0"}\n["s", "data/weg.yaml", "../data/moties/slachtoffer.yaml", "", "x", {}]\n',
    '[' * 10000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_a_broken_or_hostile_index_costs_at_most_work(project: Path, run, text: str) -> None:
    victim = project / "data" / "moties" / "slachtoffer.yaml"
    victim.write_text("soort: motie\n", "utf-8")
    assert run("build").exit_code == 1  # the victim itself is not a valid motie
    victim.write_text((project / ZWOLLE).read_text("utf-8"), "utf-8")
    assert run("build").exit_code == 0
    index = project / "build" / ".index"
    manifest = (project / "build" / ".manifest.json").stat()
    head = json.loads(index.read_text("utf-8").splitlines()[0])
    stamp = f"{manifest.st_ino}:{manifest.st_dev}:{manifest.st_size}:{manifest.st_mtime_ns}:{manifest.st_ctime_ns}"
    index.write_text(text.replace('"version": "0.1.0"}', f'"version": "{head["version"]}", "manifest": "{stamp}", "clean": true}}'),
                     "utf-8")
    result = run("build")
    assert result.exit_code == 0, result.output
    assert "Interne fout" not in result.output
    assert victim.read_text("utf-8") == (project / ZWOLLE).read_text("utf-8")


def mutate_index(rng: random.Random, text: str) -> bytes:
    """One to three of the index's records (never its head) changed as test_fuzz changes manifests."""
    lines = text.splitlines()
    for _ in range(rng.randrange(1, 4)):
        i = rng.randrange(1, len(lines))
        lines[i] = mutate_manifest(rng, lines[i]).decode("utf-8", "replace")
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_mutated_indexes_never_give_an_internal_error_or_touch_data(project: Path, run, settled_at_once) -> None:
    path = project / ZWOLLE
    titles = ["titel: Netwerkversterking", "titel: Versterking van het netwerk"]
    for seed in range(12):
        assert run("build").exit_code == 0
        data = {p: p.read_bytes() for p in (project / "data").rglob("*") if p.is_file()}
        index = project / "build" / ".index"
        index.write_bytes(mutate_index(random.Random(seed), index.read_text("utf-8")))
        path.write_text(path.read_text("utf-8").replace(titles[seed % 2], titles[1 - seed % 2]), "utf-8")
        data[path] = path.read_bytes()
        result = run("build")
        assert result.exit_code != 3 and "Interne fout" not in result.output, (seed, result.output)
        assert all(p.read_bytes() == content for p, content in data.items()), seed
