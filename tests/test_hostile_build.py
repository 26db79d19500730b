"""A hostile build/ folder and odd files under data/: nothing outside build/ is ever deleted, no two
sources write one file, a failed build keeps the motievolglijst, and only regular files are read."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import portable

MOTIE = "data/moties/2023-12-18-netwerkcoaches.yaml"
BRIEF_DIR = "data/afdoeningen"


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """A FIFO that is opened to read waits forever: fail the test instead of hanging the suite."""
    with portable.time_limit(120, lambda: TimeoutError("hangs")):
        yield


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hostile_entry(manifest: Path, name: str, digest: str) -> None:
    raw = json.loads(manifest.read_text("utf-8"))
    raw["outputs"][name] = {"source": "data/weg.yaml", "inputs": {}, "sha256": digest, "version": "0"}
    manifest.write_text(json.dumps(raw), "utf-8")


@pytest.mark.parametrize("shape", ["dotdot", "absolute", "link"])
def test_a_manifest_entry_outside_build_never_deletes_its_victim(project: Path, run, shape: str) -> None:
    assert run("build").exit_code == 0
    victim = project / MOTIE
    if shape == "link":  # build/uit → the project root: inside build/ by name, outside after links
        (project / "build" / "uit").symlink_to(project)
        name = f"uit/{MOTIE}"
    else:
        name = f"../{MOTIE}" if shape == "dotdot" else str(victim)
    hostile_entry(project / "build" / ".manifest.json", name, sha(victim))
    result = run("build")
    assert result.exit_code == 0, result.output
    assert victim.is_file()
    assert "noemt een uitvoer buiten de uitvoermap" in result.output and "die wordt genegeerd" in result.output


def test_a_journal_entry_outside_build_never_deletes_its_victim(project: Path, run) -> None:
    assert run("build").exit_code == 0
    victim = project / MOTIE
    raw = json.loads((project / "build" / ".manifest.json").read_text("utf-8"))
    raw["outputs"][f"../{MOTIE}"] = {"source": "data/weg.yaml", "inputs": {}, "sha256": "0" * 64, "version": "0"}
    (project / "build" / ".manifest.json").write_text(json.dumps(raw), "utf-8")
    (project / "build" / ".manifest.journal").write_text(json.dumps({"output": f"../{MOTIE}", "sha256": sha(victim)}) + "\n")
    assert run("build").exit_code == 0
    assert victim.is_file()


@pytest.mark.parametrize("text", ["[1, 2]", "null", '"x"', '{"outputs": []}', '{"outputs": {"a.docx": 3}}',
                                  '{"outputs": {"a.docx": {"source": 1, "inputs": {}, "sha256": "x"}}}',
                                  '{"fingerprint": [], "outputs": {}}', "{" * 100_000, "\xff\xfe"])
def test_a_manifest_of_the_wrong_shape_is_treated_as_absent(project: Path, run, text: str) -> None:
    assert run("build").exit_code == 0
    (project / "build" / ".manifest.json").write_text(text, "utf-8", errors="surrogateescape")
    result = run("build")
    assert result.exit_code == 0, result.output
    assert "build/.manifest.json: heeft niet de vorm die raadsstukken schrijft en wordt genegeerd" in result.output
    assert "Interne fout" not in result.output
    assert run("build").output.count("waarschuwing") == 0  # rewritten in the right shape


def test_only_files_whose_hash_is_recorded_are_deleted(project: Path, run) -> None:
    assert run("build").exit_code == 0
    out = project / "build" / "moties" / "2023-12-18-netwerkcoaches.docx"
    out.write_bytes(b"mijn eigen versie")
    (project / MOTIE).unlink()
    result = run("build")
    assert out.read_bytes() == b"mijn eigen versie"
    assert "met de hand gewijzigd" in result.output


def test_a_source_that_writes_the_motievolglijst_is_an_error_before_anything_is_written(project: Path, run) -> None:
    (project / "data" / "motievolglijst.yaml").write_text((project / MOTIE).read_text("utf-8"), "utf-8")
    for command in ("check", "build"):
        result = run(command)
        assert result.exit_code == 1, result.output
        assert ("data/motievolglijst.yaml: schrijft hetzelfde bestand als de motievolglijst die raadsstukken maakt "
                "(motievolglijst.docx) — geef dit bestand een andere naam") in result.output
    assert not list((project / "build").rglob("*.docx"))


def test_two_sources_for_one_output_are_an_error_naming_both(project: Path, run) -> None:
    (project / MOTIE.replace(".yaml", ".yml")).write_text((project / MOTIE).read_text("utf-8"), "utf-8")
    result = run("build")
    assert result.exit_code == 1
    assert f"{MOTIE.replace('.yaml', '.yml')}: schrijft hetzelfde document als {MOTIE}" in result.output.replace(f"{project}/", "")
    assert not list((project / "build").rglob("*.docx"))


def test_a_build_with_errors_leaves_the_motievolglijst_as_it_was(project: Path, run) -> None:
    assert run("build").exit_code == 0
    volglijst = project / "build" / "motievolglijst.docx"
    before = volglijst.read_bytes()
    brief = sorted((project / BRIEF_DIR).glob("*.yaml"))[0]
    brief.write_text(brief.read_text("utf-8").replace("soort: afdoeningsbrief", "soort: afdoeningsbrief\nonbekend: x"), "utf-8")
    result = run("build")
    assert result.exit_code == 1
    assert volglijst.read_bytes() == before
    assert result.output.count("build/motievolglijst.docx: niet bijgewerkt omdat er fouten zijn; de vorige versie "
                               "blijft staan — herstel de fouten en bouw opnieuw") == 1


def odd_file(path: Path, kind: str) -> socket.socket | None:
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        here = Path.cwd()
        os.chdir(path.parent)  # a socket's address holds 107 bytes: bind by its short relative name
        try:
            server.bind(path.name)
        finally:
            os.chdir(here)
        return server
    else:
        path.symlink_to("/dev/zero")
    return None


@pytest.mark.parametrize("kind", ["fifo", "socket", "device"])
def test_fifos_sockets_and_devices_are_skipped_with_a_warning(project: Path, run, kind: str, tmp_path: Path) -> None:
    target = project / "data" / "moties" / f"vreemd-{kind}.yaml"
    server = odd_file(target, kind)
    try:
        for command in ("check", "build"):
            result = run(command)
            assert "data/moties/vreemd-" in result.output and "wordt overgeslagen" in result.output, result.output
            if kind == "device":
                assert "koppeling naar een bestand buiten het project" in result.output or "apparaat" in result.output
            assert "Interne fout" not in result.output
        result = run("check", str(target))
        assert "Interne fout" not in result.output
    finally:
        if server:
            server.close()


def test_a_link_out_of_the_project_is_not_followed(project: Path, run, tmp_path: Path) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-buiten.yaml"
    outside.write_text((project / MOTIE).read_text("utf-8"), "utf-8")
    (project / "data" / "moties" / "buiten.yaml").symlink_to(outside)
    result = run("build")
    assert result.exit_code == 0, result.output
    assert "data/moties/buiten.yaml: is een koppeling naar een bestand buiten het project en wordt niet gevolgd" in result.output
    assert not (project / "build" / "moties" / "buiten.docx").exists()


def test_a_link_loop_is_one_error_and_the_rest_builds(project: Path, run) -> None:
    folder = project / "data" / "moties"
    (folder / "kring-a.yaml").symlink_to("kring-b.yaml")
    (folder / "kring-b.yaml").symlink_to("kring-a.yaml")
    result = run("build")
    assert result.exit_code == 1
    assert "data/moties/kring-a.yaml: is een kring van koppelingen" in result.output
    assert (project / "build" / "moties" / "2023-12-18-netwerkcoaches.docx").is_file()
    assert "Interne fout" not in result.output


def test_a_reference_by_name_or_path_through_a_loop_is_an_error(project: Path, run) -> None:
    brief = sorted((project / BRIEF_DIR).glob("*.yaml"))[0]
    text = brief.read_text("utf-8")
    (project / "data" / "moties" / "lus.yaml").symlink_to("lus.yaml")
    for ref in ("lus", "../moties/lus.yaml", "**", "*", "moties/**"):
        lines = [f"motie: {ref}" if line.startswith("motie:") else line for line in text.splitlines()]
        brief.write_text("\n".join(lines) + "\n", "utf-8")
        result = run("check", str(brief))
        assert result.exit_code == 1, result.output
        assert "Interne fout" not in result.output and "Traceback" not in result.output


def denied(monkeypatch: pytest.MonkeyPatch, victim: str) -> None:
    """Tests run as root, which reads everything: refuse one file the way the kernel would."""
    real = os.open

    def fake(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).endswith(victim):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", fake)


def test_an_unreadable_data_file_says_geen_leesrechten(project: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    denied(monkeypatch, "netwerkcoaches.yaml")
    result = run("build")
    assert result.exit_code == 1
    assert f"{MOTIE}: geen leesrechten — geef leesrechten (chmod u+r) of vraag de beheerder" in result.output
    assert "Interne fout" not in result.output


def test_an_unreadable_template_says_geen_leesrechten(project: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from generator.loading.project import TEMPLATES

    (project / "templates" / "moties").mkdir(parents=True)
    shutil.copy(TEMPLATES / "moties" / "motie.docx", project / "templates" / "moties" / "motie.docx")
    denied(monkeypatch, "templates/moties/motie.docx")
    result = run("build", str(project / MOTIE))
    assert result.exit_code == 1, result.output
    assert "geen leesrechten" in result.output and "templates/moties/motie.docx" in result.output
    assert "Interne fout" not in result.output


def test_a_name_too_long_for_the_file_system_says_so(project: Path, run) -> None:
    # The data file's name fits (245 characters), but a vergadering's stemmingslijst adds its own
    # suffix to it and goes past the 255 a file system allows.
    sample = next((project / "data" / "vergaderingen").glob("*.yaml"))
    long = sample.with_name("v" * 240 + ".yaml")
    sample.rename(long)
    result = run("build", str(long))
    assert result.exit_code == 1, result.output
    assert "de bestandsnaam is te lang voor het bestandssysteem" in result.output
    assert "Interne fout" not in result.output


if sys.platform != "linux":  # pragma: no cover
    pytestmark = pytest.mark.skip("Linux file-system semantics")


@pytest.mark.parametrize("what", ["fifo", "link"])
def test_a_journal_or_lock_that_is_not_our_file_never_hangs_or_writes_elsewhere(project: Path, run, what: str) -> None:
    assert run("build").exit_code == 0
    victim = project / MOTIE
    before = victim.read_bytes()
    journal = project / "build" / ".manifest.journal"
    if what == "fifo":
        os.mkfifo(journal)
    else:
        journal.symlink_to(victim)
    (project / MOTIE.replace("netwerkcoaches", "nieuw")).write_text(before.decode("utf-8"), "utf-8")
    result = run("build")
    assert "Interne fout" not in result.output
    assert victim.read_bytes() == before


def test_a_folder_of_build_linked_into_data_is_never_written_through(project: Path, run) -> None:
    assert run("build").exit_code == 0
    import shutil

    shutil.rmtree(project / "build" / "moties")
    (project / "build" / "moties").symlink_to(project / "data" / "moties")
    before = sorted(p.name for p in (project / "data" / "moties").iterdir())
    result = run("build")
    assert result.exit_code == 1
    assert sorted(p.name for p in (project / "data" / "moties").iterdir()) == before
    assert "Interne fout" not in result.output


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_an_unreadable_file_to_import_says_geen_leesrechten(project: Path, run, monkeypatch: pytest.MonkeyPatch,
                                                            suffix: str) -> None:
    source = project / f"motie{suffix}"
    source.write_bytes(b"Motie\n")
    denied(monkeypatch, f"motie{suffix}")
    result = run("import", str(source))
    assert result.exit_code == 1, result.output
    assert "geen leesrechten" in result.output and "Interne fout" not in result.output
