"""What a new user meets first: a missing file, an empty folder, a new file in the wrong place, the
build's counter, and names Windows refuses. Each says one located Dutch line, with the exit code of
the policy (2: wrong use)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import portable
from generator.cli.main import main
from generator.files import windows_refuses, write_bytes
from tests.outputs import whole_build_only

REPO = Path(__file__).resolve().parents[1]
MOTIE = "data/moties/2023-12-18-netwerkcoaches.yaml"
NOT_A_PROJECT = ("fout: {root} is geen raadsstukken-project: er is geen map data/ — begin er een met 'raadsstukken init --orgaan"
                 " <naam>' (bijvoorbeeld Zwolle), of ga naar de projectmap (of geef die op met -C)\n")


def invoke(folder: Path, *args: str):
    return CliRunner().invoke(main, ["-C", str(folder), *args])


@pytest.mark.parametrize(("args", "expected"), [
    (["pdf", "bestaatniet.docx"], "fout: bestaatniet.docx bestaat niet — controleer de naam en de map\n"),
    (["import", "bestaatniet.pdf"], "fout: bestaatniet.pdf bestaat niet — controleer de naam en de map\n"),
    (["bundel", "bestaatniet.pdf", "-o", "uit.pdf"], "fout: bestaatniet.pdf bestaat niet — controleer de naam en de map\n"),
    (["templates", "check", "bestaatniet.docx"], "fout: bestaatniet.docx bestaat niet — geef het pad van een Word-sjabloon (.docx)\n"),
    (["bewerk", "bestaatniet"], "fout: de map bestaatniet bestaat niet — geef de projectmap op (met data/gemeenten)\n"),
    (["build", "bestaatniet.yaml"], "fout: bestaatniet.yaml bestaat niet — geef een bestaand bestand of een map op\n"),
])
def test_a_missing_path_is_wrong_use_in_one_dutch_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
                                                        expected: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    result = invoke(tmp_path, *args)
    assert result.exit_code == 2, result.output
    assert result.stderr == expected
    assert not (tmp_path / "uit.pdf").exists()


@pytest.mark.parametrize("command", ["build", "check", "status"])
def test_an_empty_folder_points_to_init(tmp_path: Path, command: str) -> None:
    result = invoke(tmp_path, command)
    assert result.exit_code == 2, result.output
    assert result.stderr == NOT_A_PROJECT.format(root=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_nieuw_wants_a_yaml_name_in_the_folder_of_its_soort(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    no_suffix = invoke(project, "nieuw", "motie", "data/moties/x")
    assert no_suffix.exit_code == 2
    assert no_suffix.stderr == ("fout: data/moties/x: een gegevensbestand eindigt op .yaml (of .yml), anders slaan build en check het"
                                " over — schrijf bijvoorbeeld data/moties/x.yaml\n")
    elsewhere = invoke(project, "nieuw", "motie", "data/afdoeningen/m.yaml")
    assert elsewhere.exit_code == 2
    assert elsewhere.stderr == ("fout: data/afdoeningen/m.yaml: data/afdoeningen/ is de map van afdoeningsbrieven, niet van moties"
                                " — schrijf een motie in data/moties/, bijvoorbeeld data/moties/m.yaml\n")
    assert not (project / "data/moties/x").exists() and not (project / "data/afdoeningen/m.yaml").exists()
    shared = invoke(project, "nieuw", "motie", "data/starters/m.yaml")  # a folder no soort owns: a shared tool writes there
    assert shared.exit_code == 0, shared.output
    sub = invoke(project, "nieuw", "subamendement", "data/amendementen/s.yml")  # two soorten share amendementen/
    assert sub.exit_code == 0, sub.output


def test_the_counter_and_the_summary_count_the_same(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    result = invoke(project, "build", "-j", "1")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    total = int(lines[0].split("/")[1].split("]")[0])
    assert lines[-2].startswith(f"[{total}/{total}] gebouwd: ")
    assert lines[-1].startswith(f"{total} gebouwd, 0 ongewijzigd, ")
    written = {p.name for p in (project / "build").rglob("*.docx")} & whole_build_only(project)
    assert f", {len(written)} overzichten bijgewerkt, 0 fout, " in lines[-1]


def test_build_output_and_releases_stay_out_of_git() -> None:
    ignored = (REPO / ".gitignore").read_text("utf-8").splitlines()
    assert {"/build/", "/dist/", "/.setuptools-build/"} <= set(ignored)


@pytest.mark.parametrize(("name", "why"), [
    ("CON", "CON is op Windows een gereserveerde apparaatnaam"),
    ("nul.motie", "NUL is op Windows een gereserveerde apparaatnaam"),
    ("lpt1", "LPT1 is op Windows een gereserveerde apparaatnaam"),
    ('motie: "ja?"', 'Windows staat deze tekens in een bestandsnaam niet toe: " : ?'),
    ("motie.", "Windows haalt een punt of spatie aan het eind van een naam weg"),
    ("console", None),
    ("2024-motie-fietspad", None),
])
def test_names_windows_refuses(name: str, why: str | None) -> None:
    assert windows_refuses(name) == why


def test_a_name_windows_refuses_is_a_warning_at_its_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    shutil.copy(project / MOTIE, project / "data/moties/nul.yaml")
    result = invoke(project, "check", "data/moties/nul.yaml")
    assert result.exit_code == 0, result.output
    assert ("waarschuwing: data/moties/nul.yaml: de naam 'nul' werkt niet op Windows: NUL is op Windows een gereserveerde"
            " apparaatnaam — geef het bestand een andere naam (letters, cijfers en streepjes)\n") in result.stderr


def test_names_that_differ_only_in_case_are_refused_before_anything_is_written(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    shutil.copy(project / MOTIE, project / MOTIE.replace("netwerkcoaches", "Netwerkcoaches"))
    result = invoke(project, "build", "-j", "1")
    assert result.exit_code == 1
    assert ("data/moties/2023-12-18-netwerkcoaches.yaml: schrijft op Windows en macOS hetzelfde document als"
            " data/moties/2023-12-18-Netwerkcoaches.yaml (de namen verschillen alleen in hoofdletters) — geef een van beide"
            " bestanden een andere naam\n") in result.stderr
    assert not (project / "build" / "moties").exists()


def test_a_path_longer_than_windows_allows_is_refused_at_its_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(portable, "max_path", lambda: portable.WINDOWS_MAX_PATH)  # Windows without long paths
    monkeypatch.chdir(project)
    deep = project / "data" / "moties" / ("lang-" * 40).rstrip("-")
    deep.mkdir()
    shutil.copy(project / MOTIE, deep / "motie.yaml")
    result = invoke(project, "build", "-j", "1", str(deep))
    assert result.exit_code == 1
    output = project / "build" / "moties" / deep.name / "motie.docx"
    assert (f"data/moties/{deep.name}/motie.yaml: het document krijgt een pad van {len(str(output)) + 14} tekens ({output});"
            " Windows staat er 259 toe — geef het bestand een kortere naam of zet het project in een kortere map, zoals"
            " C:\\raadsstukken (of laat de beheerder lange paden aanzetten: LongPathsEnabled)\n") in result.stderr
    assert not output.exists()


def test_a_data_file_with_windows_line_endings_just_works(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    source = project / MOTIE
    (project / "data/moties/crlf.yaml").write_bytes(source.read_bytes().replace(b"\n", b"\r\n"))
    built = invoke(project, "build", "-j", "1", "data/moties/crlf.yaml", MOTIE)
    assert built.exit_code == 0, built.output
    assert (project / "build/moties/crlf.txt").read_text("utf-8") == (project / "build" / MOTIE[5:].replace(".yaml", ".txt")).read_text("utf-8")
    (project / "data/moties/fout.yaml").write_bytes(b"soort: motie\r\ngemeente: zwolle\r\ntitel: Fietspad\r\nonbekend_veld: ja\r\n"
                                                    b"vergadering: 2024-01-01\r\nverzoeken: [x.]\r\n")
    checked = invoke(project, "check", "data/moties/fout.yaml")
    assert checked.exit_code == 1
    assert checked.stderr.startswith("data/moties/fout.yaml:4:1: onbekend_veld: onbekend veld 'onbekend_veld' — toegestaan zijn: ")


@pytest.mark.parametrize("replace", [True, False])
def test_a_written_file_leaves_no_temporary_file_beside_it(tmp_path: Path, replace: bool) -> None:
    write_bytes(tmp_path / "motie.yaml", b"titel: x\n", replace=replace)
    if replace:
        write_bytes(tmp_path / "motie.yaml", b"titel: y\n", replace=True)
    assert [p.name for p in tmp_path.iterdir()] == ["motie.yaml"]
    assert (tmp_path / "motie.yaml").read_bytes() == (b"titel: y\n" if replace else b"titel: x\n")
