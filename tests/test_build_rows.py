"""A list's rows kept between builds (generator/soorten/rows.py): an incremental build renders only
the rows it has not seen, and the lists come out byte for byte as a cold build of the same data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import index as index_module
from generator.cli.main import main

ZWOLLE = "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"
LISTS = ("motievolglijst.docx", "motievolglijst.txt", "actielijst.docx", "actielijst.txt")
KEPT = Path("build") / ".rijen"


@pytest.fixture
def settled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "SETTLE_NS", -10**12)


def cold(project: Path, elsewhere: Path) -> dict[str, bytes]:
    """The lists of a cold build of the same data, in another folder."""
    shutil.copytree(project / "data", elsewhere / "data")
    result = CliRunner().invoke(main, ["-C", str(elsewhere), "build"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return {name: (elsewhere / "build" / name).read_bytes() for name in LISTS}


def lists(project: Path) -> dict[str, bytes]:
    return {name: (project / "build" / name).read_bytes() for name in LISTS}


def rows_kept(project: Path, name: str) -> int:
    return len(json.loads((project / KEPT / f"{name}.json").read_text("utf-8"))["rows"])


def test_a_changed_title_renders_its_row_and_the_lists_equal_a_cold_build(project: Path, run, settled_at_once,
                                                                          tmp_path: Path) -> None:
    assert run("build").exit_code == 0
    kept = rows_kept(project, "motievolglijst")
    assert kept > 1
    path = project / ZWOLLE
    path.write_text(path.read_text("utf-8").replace("titel: Netwerkversterking", "titel: Versterking van het netwerk"), "utf-8")
    result = run("build")
    assert result.exit_code == 0, result.output
    assert "bijgewerkt" in result.output.splitlines()[-1], result.output
    made = lists(project)
    assert "Versterking van het netwerk" in made["motievolglijst.txt"].decode("utf-8")
    assert made == cold(project, tmp_path / "koud")
    assert rows_kept(project, "motievolglijst") == kept  # the old row forgotten, the new one kept


def test_a_removed_motie_and_a_changed_width_equal_a_cold_build(project: Path, run, settled_at_once, tmp_path: Path) -> None:
    assert run("build").exit_code == 0
    kept = rows_kept(project, "motievolglijst")
    (project / ZWOLLE).unlink()
    assert run("build").exit_code == 0
    assert rows_kept(project, "motievolglijst") == kept - 1
    other = next(p for p in sorted((project / "data" / "moties").glob("*.yaml")) if "titel:" in p.read_text("utf-8"))
    text = other.read_text("utf-8")
    title = next(line for line in text.splitlines() if line.startswith("titel:"))
    other.write_text(text.replace(title, title + " " + "en nog veel meer " * 12), "utf-8")  # every row's widths change
    assert run("build").exit_code == 0
    assert lists(project) == cold(project, tmp_path / "koud")


def test_a_first_build_renders_a_long_list_in_pieces_as_one_whole_render_would(project: Path, run, settled_at_once,
                                                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.soorten import rows
    from generator.word import render

    whole = cold(project, tmp_path / "heel")  # a short list: rendered whole
    monkeypatch.setattr(rows, "PIECE", 2)
    sizes: list[int] = []
    real = render.render_parts

    def counted(path: Path, context: dict, *args, **kwargs):
        if "regels" in context and path.name == "motievolglijst.docx":
            sizes.append(len(context["regels"]))
        return real(path, context, *args, **kwargs)

    monkeypatch.setattr(render, "render_parts", counted)
    assert run("build").exit_code == 0
    assert lists(project) == whole
    assert max(sizes) == 2 and sizes[-1] == 0 and sum(sizes) == rows_kept(project, "motievolglijst") > 2, sizes
    path = project / ZWOLLE  # and what is kept after it serves the next change
    path.write_text(path.read_text("utf-8").replace("titel: Netwerkversterking", "titel: Versterking van het netwerk"), "utf-8")
    sizes.clear()
    assert run("build").exit_code == 0
    assert sizes == [1]
    monkeypatch.setattr(rows, "PIECE", 10**6)
    assert lists(project) == cold(project, tmp_path / "koud")


@pytest.mark.parametrize("text", ["", "[]", '{"head": "x", "rows": {}}', "{" * 5000, "\x00\xff"])
def test_a_broken_kept_file_is_ignored(project: Path, run, settled_at_once, tmp_path: Path, text: str) -> None:
    assert run("build").exit_code == 0
    head = json.loads((project / KEPT / "motievolglijst.json").read_text("utf-8"))["head"]
    for name in ("motievolglijst", "actielijst"):
        (project / KEPT / f"{name}.json").write_text(text.replace('"x"', json.dumps(head)), "utf-8", errors="replace")
    path = project / ZWOLLE
    path.write_text(path.read_text("utf-8").replace("titel: Netwerkversterking", "titel: Versterking van het netwerk"), "utf-8")
    result = run("build")
    assert result.exit_code == 0, result.output
    assert lists(project) == cold(project, tmp_path / "koud")


def test_a_kept_row_of_another_shape_is_not_used(project: Path, run, settled_at_once, tmp_path: Path) -> None:
    assert run("build").exit_code == 0
    path = project / KEPT / "motievolglijst.json"
    kept = json.loads(path.read_text("utf-8"))
    key = next(iter(kept["rows"]))
    kept["rows"][key][0] = "<w:tr/></w:tbl><w:p/>"
    path.write_text(json.dumps(kept), "utf-8")
    source = project / ZWOLLE
    source.write_text(source.read_text("utf-8").replace("titel: Netwerkversterking", "titel: Versterking"), "utf-8")
    assert run("build").exit_code == 0
    assert lists(project) == cold(project, tmp_path / "koud")


def test_check_and_force_neither_read_nor_write_kept_rows(project: Path, run, settled_at_once) -> None:
    assert run("build", "--force").exit_code == 0
    assert not (project / KEPT).exists()
    assert run("build", "--check").exit_code == 0
    assert not (project / KEPT).exists()


def counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from generator.loading.project import Project

    loads: list[str] = []
    load = Project.load

    def counted(self: Project, path: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        loads.append(Path(path).name)
        return load(self, path, *args, **kwargs)

    monkeypatch.setattr(Project, "load", counted)
    return loads


def test_a_change_no_vergadering_decides_reads_no_vergadering(project: Path, run, settled_at_once,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("build", "-j", "1").exit_code == 0
    assert run("build", "-j", "1", "--force").exit_code == 0  # who decides what is now in the index
    plan = project / "data" / "beleidsplannen" / "den-haag-beleidsplan-jeugd.yaml"
    plan.write_text(plan.read_text("utf-8").replace("titel: Beleidsplan Jeugd", "titel: Beleidsplan Jeugd en Gezin"), "utf-8")
    loads = counting(monkeypatch)
    result = run("build", "-j", "1")
    assert result.exit_code == 0 and result.output.splitlines()[-1].startswith("1 gebouwd"), result.output
    vergaderingen = {p.name for p in (project / "data" / "vergaderingen").glob("*.yaml")}
    assert not vergaderingen & set(loads), loads


def test_a_changed_vergadering_still_reaches_the_motie_it_decides(tmp_path: Path, settled_at_once) -> None:
    from tests.test_vergadering import MOTIE, PROFIEL, VERGADERING, cli, edit

    for name, text in (("gemeenten/zwolle.yaml", PROFIEL), ("moties/m.yaml", MOTIE.format(datum="2026-01-26")),
                       ("moties/n.yaml", MOTIE.format(datum="2026-01-26")), ("vergaderingen/v.yaml", VERGADERING)):
        (tmp_path / "data" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "data" / name).write_text(text, "utf-8")
    assert cli(tmp_path, "build").exit_code == 0
    edit(tmp_path, "moties/n.yaml", "Proef met stemmen", "Proef met meer stemmen")
    assert cli(tmp_path, "build").exit_code == 0  # who decides what taken from the index
    edit(tmp_path, "vergaderingen/v.yaml", "voor: [Rood]", "voor: [Blauw]")
    edit(tmp_path, "vergaderingen/v.yaml", "tegen: [Blauw]", "tegen: [Rood]")
    result = cli(tmp_path, "build")
    assert result.exit_code == 0, result.output
    assert "Verworpen" in (tmp_path / "build" / "moties" / "m.txt").read_text("utf-8")
