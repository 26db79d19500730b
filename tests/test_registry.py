"""The soort registry: a soort is one folder and one registry line, and an incomplete entry is refused.

The test registers a small soort ("groet") that lives in a temporary folder outside the package,
with its own model, context builder, starter, schema and a template in the project's templates/,
and builds it with the ordinary build.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest
from docx import Document as WordDocument

from generator.build import Options, build
from generator.errors import InternalError
from generator.loading.project import Project
from generator.soorten.registry import BUILTIN, Registry, Soort
from generator.word.docxtext import document_text

REPO = Path(__file__).resolve().parents[1]

MODEL = '''
from typing import Literal

from generator.soorten.base import Id, Model, Tekst


class Groet(Model):
    soort: Literal["groet"]
    gemeente: Id
    tekst: Tekst
'''

DOCUMENT = '''
from generator.soorten.document import in_huisstijl
from generator.word.render import Properties


def prepare(project, loaded):
    groet = loaded.model
    gemeente = project.gemeente(groet.gemeente, loaded.doc)
    return in_huisstijl(project, loaded, gemeente, context={"tekst": groet.tekst, "naam": gemeente.model.naam},
                        properties=Properties(title="Groet", author=f"Gemeente {gemeente.model.naam}"))
'''


def make_soort(folder: Path, package_name: str = "groetsoort") -> Soort:
    package = folder / package_name
    package.mkdir(parents=True)
    (package / "__init__.py").write_text('"""A soort from outside the package."""\n', "utf-8")
    (package / "model.py").write_text(textwrap.dedent(MODEL), "utf-8")
    (package / "document.py").write_text(textwrap.dedent(DOCUMENT), "utf-8")
    (package / "starter.yaml").write_text("soort: groet\ngemeente: zwolle\ntekst: Goedemorgen\n", "utf-8")
    (package / "schema.json").write_text("{}\n", "utf-8")
    return Soort("groet", "document", package_name, model="model:Groet", prepare="document:prepare",
                 templates=("groeten/groet.docx",))


def make_template(path: Path) -> None:
    path.parent.mkdir(parents=True)
    doc = WordDocument()
    doc.add_paragraph("Gemeente {{ naam }}: {{ tekst }}")
    doc.save(str(path))


def test_a_soort_from_a_temporary_folder_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(tmp_path / "code"))
    registry = BUILTIN.with_soort(make_soort(tmp_path / "code"))
    project_root = tmp_path / "project"
    shutil.copytree(REPO / "data" / "gemeenten", project_root / "data" / "gemeenten")
    make_template(project_root / "templates" / "groeten" / "groet.docx")
    (project_root / "data" / "groeten").mkdir(parents=True)
    (project_root / "data" / "groeten" / "ochtend.yaml").write_text(
        "soort: groet\ngemeente: zwolle\ntekst: Goedemorgen & welkom <allemaal>\n", "utf-8")

    project = Project(project_root, registry=registry)
    report = build(project, [], Options(out_dir=project_root / "build"))

    assert not report.failed, [str(i) for i in report.issues]
    assert document_text((project_root / "build" / "groeten" / "ochtend.docx").read_bytes()).strip() == (
        "Gemeente Zwolle: Goedemorgen & welkom <allemaal>")
    assert "groet" in registry.names("document")
    assert "groet" not in BUILTIN  # the built-in table is not changed by adding to a copy


def test_an_unknown_soort_names_the_registered_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(tmp_path / "code"))
    registry = BUILTIN.with_soort(make_soort(tmp_path / "code"))
    (tmp_path / "x.yaml").write_text("soort: groett\n", "utf-8")
    from generator.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as caught:
        Project(tmp_path, registry=registry).load(tmp_path / "x.yaml")
    assert "onbekende soort 'groett' — bedoelt u 'groet'?" in str(caught.value.issues[0])


@pytest.mark.parametrize(("entry", "message"), [
    (Soort("leeg", "document", "generator.soorten.motie"),
     "soort 'leeg' (document) mist: model, contextbouwer, sjabloon"),
    (Soort("lijst", "collection", "generator.soorten.motievolglijst", model="model:X", gather="collection:gather",
           build="collection:documents", templates=("overzichten/x.docx",)),
     "soort 'lijst' (collection) hoort niet te hebben: model"),
    (Soort("profiel", "reference", "generator.soorten.gemeente", model="model:Gemeente", templates=("x.docx",)),
     "soort 'profiel' (reference) hoort niet te hebben: sjabloon"),
])
def test_an_incomplete_entry_is_refused_when_the_registry_is_made(entry: Soort, message: str) -> None:
    with pytest.raises(InternalError) as caught:
        Registry([entry])
    assert message in str(caught.value)


def test_a_document_soort_without_starter_or_schema_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(tmp_path / "code"))
    soort = make_soort(tmp_path / "code", "groetsoort_zonder_starter")
    (tmp_path / "code" / "groetsoort_zonder_starter" / "starter.yaml").unlink()
    with pytest.raises(InternalError) as caught:
        Registry([soort])
    assert "soort 'groet' (document) mist: startbestand" in str(caught.value)


def test_twice_the_same_name_is_refused() -> None:
    with pytest.raises(InternalError, match="staat twee keer in de soortentabel"):
        BUILTIN.with_soort(BUILTIN["motie"])


def test_every_builtin_document_soort_has_its_parts() -> None:
    for soort in BUILTIN.of_kind("document"):
        assert soort.starter_path.is_file() and soort.schema_path.is_file(), soort.name
        assert all((REPO / "templates" / name).is_file() for name in soort.templates), soort.name
        assert soort.call("prepare") and soort.model_class()


DECLARATION = '''"""A soort that declares itself in its own folder."""

from generator.soorten.soort import declare

SOORT = declare("groet", "groeten/groet.docx", model="model:Groet", data="groeten", label="Groet", plural="Groeten",
                not_for={"kamer": "een Kamer groet niet op papier (bron: deze test)"})
'''


def declared_soorten(folder: Path) -> Path:
    """A package `soortenpakket` with one soort folder (groet) declaring itself, as the built-in ones do."""
    root = folder / "soortenpakket"
    root.mkdir(parents=True)
    (root / "__init__.py").write_text("", "utf-8")
    make_soort(root, "groet")
    (root / "groet" / "__init__.py").write_text(DECLARATION, "utf-8")
    return root


def test_a_soort_is_found_by_its_folder_and_used_everywhere_with_no_other_edit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.editor import documents
    from generator.organen import register
    from generator.organen.init import plan
    from generator.soorten.registry import discover
    from generator.soorten.starters import for_project

    monkeypatch.syspath_prepend(str(tmp_path / "code"))
    declared_soorten(tmp_path / "code")
    found = discover("soortenpakket")
    assert found.names() == ["groet"] and found["groet"].data_folder == "groeten"
    registry = Registry([*BUILTIN, found["groet"]])
    root = tmp_path / "project"
    shutil.copytree(REPO / "data" / "gemeenten", root / "data" / "gemeenten")
    make_template(root / "templates" / "groeten" / "groet.docx")
    project = Project(root, registry=registry)

    files = plan([register.get("zwolle")], None, registry)  # `init`: its folder, its schema, the VS Code mapping
    assert "data/groeten/.gitkeep" in files and "schemas/groet.schema.json" in files
    assert '"./schemas/groet.schema.json": [\n      "data/groeten/**/*.yaml"' in files[".vscode/settings.json"]
    new = for_project(project, "groet", root / "data" / "groeten" / "ochtend.yaml")  # `nieuw`
    assert [f.path.name for f in new] == ["ochtend.yaml"]
    (root / "data" / "groeten").mkdir()
    (root / "data" / "groeten" / "ochtend.yaml").write_text(new[0].text, "utf-8")
    assert documents.names(project)["groet"] == "Groeten"  # the editor's list
    assert [row.pad for row in documents.rows(project)["groet"]] == ["data/groeten/ochtend.yaml"]
    from generator.checks.data import check_all

    assert not [str(i) for i in check_all(project, []) if i.severity == "fout"]  # `check`
    from generator.errors import UsageError

    tweede_kamer = Project(root, registry=registry)
    (root / "raadsstukken.yaml").write_text("orgaan: tweede-kamer\n", "utf-8")
    with pytest.raises(UsageError, match="Tweede Kamer maakt geen groet: een Kamer groet niet op papier"):
        for_project(tweede_kamer, "groet", root / "data" / "groeten" / "avond.yaml")
