"""The build for CI: incremental, reproducible, parallel, safe for hand edits and kills."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from generator import portable
from tests.outputs import whole_build_only

REPO = Path(__file__).resolve().parents[1]
ZWOLLE = "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"


def outputs(project: Path) -> dict[str, bytes]:
    build = project / "build"
    return {p.relative_to(build).as_posix(): p.read_bytes() for p in sorted(build.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def built_names(result) -> str:
    return result.output.strip().splitlines()[-1]


def test_second_build_rebuilds_nothing(project: Path, run) -> None:
    assert run("build").exit_code == 0
    result = run("build")
    assert result.exit_code == 0
    assert built_names(result).startswith("0 gebouwd, ")
    assert " 0 fout" in built_names(result)


def dependants(project: Path, data_file: str) -> set[str]:
    """Outputs whose recorded inputs include `data_file`, per the manifest."""
    manifest = json.loads((project / "build" / ".manifest.json").read_text("utf-8"))
    target = data_file
    return {name for name, entry in manifest["outputs"].items() if target in entry["inputs"]}


def test_changing_one_motie_rebuilds_exactly_it_and_its_dependants(project: Path, run) -> None:
    run("build")
    before = outputs(project)
    expected = dependants(project, ZWOLLE)
    assert "moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.docx" in expected
    path = project / ZWOLLE
    path.write_text(path.read_text("utf-8").replace("actief te faciliteren", "actiever te faciliteren"), "utf-8")
    result = run("build")
    assert result.exit_code == 0, result.output
    after = outputs(project)
    changed = {name for name in after if after[name] != before.get(name)}
    own = {"moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.docx",
           "moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.txt"}
    assert own <= changed <= expected  # dependants are re-rendered; those whose bytes differ are rewritten
    assert "actiever te faciliteren" in after["moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.txt"].decode()


def test_touching_without_change_rebuilds_nothing(project: Path, run) -> None:
    run("build")
    os.utime(project / ZWOLLE, (time.time() + 10, time.time() + 10))
    assert built_names(run("build")).startswith("0 gebouwd")


def test_a_project_template_override_rebuilds_every_document_using_it(project: Path, run) -> None:
    run("build")
    (project / "templates" / "moties").mkdir(parents=True)
    shutil.copy(REPO / "templates" / "moties" / "motie.docx", project / "templates" / "moties" / "motie.docx")
    assert built_names(run("build")).startswith("0 gebouwd")  # same template bytes: same outputs
    template = project / "templates" / "moties" / "motie.docx"
    with zipfile.ZipFile(template, "a") as archive:
        archive.writestr("customXml/item9.xml", "<x/>")
    using = {n for n in dependants(project, "templates/moties/motie.docx") if n.endswith(".docx")}
    assert len(using) >= 6
    assert built_names(run("build")).startswith(f"{len(using)} gebouwd")


def test_gemeente_profile_change_rebuilds_its_moties_only(project: Path, run) -> None:
    run("build")
    profile = project / "data" / "gemeenten" / "den-haag.yaml"
    profile.write_text(profile.read_text("utf-8") + "# opmerking\n", "utf-8")
    expected = dependants(project, "data/gemeenten/den-haag.yaml")
    before = outputs(project)
    run("build")
    after = outputs(project)
    assert {name for name in after if after[name] != before.get(name)} <= expected
    assert not any("zwolle" in name for name in expected)


def test_two_clean_builds_and_any_jobs_give_identical_bytes(project: Path, run) -> None:
    run("build", "-j", "1")
    first = outputs(project)
    shutil.rmtree(project / "build")
    run("build", "-j", "2")
    assert outputs(project) == first
    assert len(first) >= 4


def test_check_reports_stale_and_passes_after_build(project: Path, run) -> None:
    result = run("build", "--check")
    assert result.exit_code == 1
    assert "ontbreekt of is verouderd" in result.output
    assert not (project / "build" / "moties").exists()
    run("build")
    assert run("build", "--check").exit_code == 0
    path = project / ZWOLLE
    path.write_text(path.read_text("utf-8").replace("Zwolle 2018", "Zwolle 2019"), "utf-8")
    result = run("build", "--check")
    assert result.exit_code == 1
    assert "build/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.docx: ontbreekt of is verouderd" in result.output


def test_hand_edited_output_survives_a_build(project: Path, run) -> None:
    run("build")
    target = project / "build" / "moties" / "2019-07-08-netwerkversterking-en-familiegroepsplannen.txt"
    target.write_text("met de hand verbeterd\n", "utf-8")
    path = project / ZWOLLE
    path.write_text(path.read_text("utf-8").replace("actief te", "actiever te"), "utf-8")
    result = run("build")
    assert result.exit_code == 1
    assert "2019-07-08-netwerkversterking-en-familiegroepsplannen.txt: is met de hand gewijzigd en wordt niet overschreven" in result.output
    assert target.read_text("utf-8") == "met de hand verbeterd\n"
    assert run("build", "--force").exit_code == 0
    assert "actiever te" in target.read_text("utf-8")


def test_outputs_of_deleted_data_are_removed_only_if_we_made_them(project: Path, run) -> None:
    run("build")
    (project / ZWOLLE).unlink()
    (project / "build" / "eigen.docx").write_bytes(b"van iemand anders")
    result = run("build")
    assert result.exit_code == 0, result.output
    assert "2 verwijderd" in result.output
    assert not (project / "build" / "moties" / "2019-07-08-netwerkversterking-en-familiegroepsplannen.docx").exists()
    assert (project / "build" / "eigen.docx").exists()


def test_shards_split_the_documents_without_overlap(project: Path, run) -> None:
    for i in range(6):
        shutil.copy(project / ZWOLLE, project / "data" / "moties" / f"kopie-{i}.yaml")
    assert run("build").exit_code == 0
    everything = {p.name for p in (project / "build").rglob("*.docx")} - whole_build_only(project)
    built = []
    for shard in ("1/3", "2/3", "3/3"):
        result = run("build", "--shard", shard, "-o", str(project / f"uit{shard[0]}"))
        assert result.exit_code == 0, result.output
        built.append({p.name for p in (project / f"uit{shard[0]}").rglob("*.docx")})
    assert sum(len(b) for b in built) == len(everything)
    assert set().union(*built) == everything
    assert run("build", "--shard", "4/3").exit_code == 2


def test_a_second_build_in_the_same_folder_is_refused(project: Path, run) -> None:
    (project / "build").mkdir()
    with open(project / "build" / ".lock", "w") as handle:
        assert portable.try_lock(handle.fileno())
        result = run("build")
    assert result.exit_code == 1
    assert "er loopt al een build in" in result.output


def many_moties(project: Path, count: int) -> None:
    source = (project / ZWOLLE).read_text("utf-8")
    for i in range(count):
        (project / "data" / "moties" / f"m{i:04d}.yaml").write_text(source.replace("Netwerkversterking", f"Motie {i}"), "utf-8")


def valid_docx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None and b"</w:document>" in archive.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


KILLS = int(os.environ.get("RAADSSTUKKEN_KILLS", "20"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL aan een procesgroep bestaat alleen op POSIX")
def test_builds_killed_at_random_moments_leave_no_partial_file(project: Path) -> None:
    """SIGKILL at KILLS random moments of a parallel build: every output is the old or the new
    complete file, nothing half-written, and the next build completes and is not confused."""
    import random

    rng = random.Random(20261123)
    many_moties(project, 120)
    command = [sys.executable, "-m", "generator", "-C", str(project), "build", "-j", "2"]
    subprocess.run(command, capture_output=True, timeout=120)  # a first complete build: old files exist
    moties = sorted((project / "data" / "moties").glob("m*.yaml"))
    for round_ in range(KILLS):
        for path in moties:  # every round changes every motie, so every output is being rewritten
            text = re.sub(r"actief (\(\d+\) )?te", f"actief ({round_}) te", path.read_text("utf-8"), count=1)
            path.write_text(text, "utf-8")
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.2, 1.4))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        for path in (project / "build").rglob("*.docx"):
            assert valid_docx(path), (round_, path)
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "met de hand gewijzigd" not in result.stderr
    assert all(valid_docx(p) for p in (project / "build").rglob("*.docx"))
    texts = [p.read_text("utf-8") for p in (project / "build" / "moties").glob("m*.txt")]
    assert len(texts) == 120 and all(f"actief ({KILLS - 1}) te" in t for t in texts)

