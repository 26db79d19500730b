"""Template checks a griffie can act on, the template list, and the huisstijl per gemeente."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document

from generator.checks.templates import template_issues
from generator.cli.main import main
from generator.cli.templates import schema_command, templates_command
from generator.errors import ValidationFailed
from generator.loading.project import Project
from generator.soorten.document import prepare
from generator.word.docxtext import document_text
from generator.word.logo import logo_media
from generator.word.render import Properties, render

ZUIDPLAS_MOTIE = "data/moties/2022-06-28-familiegroepsplan-in-het-sociaal-team.yaml"
for command in (templates_command, schema_command):  # until cli.py registers them itself
    main.commands.setdefault(command.name, command)


def template(tmp_path: Path, name: str, *paragraphs) -> Path:
    """A small motie template: each item a text, or a list of (text, bold) runs."""
    doc = Document()
    for item in paragraphs:
        paragraph = doc.add_paragraph()
        for text, bold in ([(item, False)] if isinstance(item, str) else item):
            paragraph.add_run(text).bold = bold or None
    path = tmp_path / name / "motie.docx"
    path.parent.mkdir()
    doc.save(path)
    return path


def check(run, path: Path) -> list[str]:
    result = run("templates", "check", str(path))
    assert result.exit_code == 1, result.output
    return [line.replace(str(path), "T") for line in result.output.splitlines() if line.startswith(str(path))]


def test_split_tag_with_bold_in_the_middle(tmp_path, run) -> None:
    path = template(tmp_path, "split", "{{ titel }}", [("{{ ti", False), ("tel", True), (" }}", False)])
    assert check(run, path) == [
        "T: hoofdtekst, alinea 2 '{{ titel }}': de code '{{ titel }}' is in Word opgesplitst met verschillende "
        "opmaak middenin — selecteer de hele code, wis de opmaak (Ctrl+spatie) en geef hem zo nodig in één keer opmaak"]


def test_unknown_variable_with_a_guess(tmp_path, run) -> None:
    path = template(tmp_path, "unknown", "MOTIE {{ titell }}", "{%p for blok in dictum %}", "{{ blok.kopp }}",
                    "{%p endfor %}")
    assert check(run, path) == [
        "T: hoofdtekst, alinea 1 'MOTIE {{ titell }}': onbekende variabele 'titell' — bedoelt u 'titel'?",
        "T: hoofdtekst, alinea 3 '{{ blok.kopp }}': onbekende variabele 'blok.kopp' — bedoelt u 'kop'?"]


def test_loop_without_endfor(tmp_path, run) -> None:
    path = template(tmp_path, "open", "{{ titel }}", "{%p for x in y %}", "{{ x }}")
    assert check(run, path) == [
        "T: hoofdtekst, alinea 2 '{%p for x in y %}': '{%p for x in y %}' wordt niet gesloten — zet na wat "
        "herhaald of voorwaardelijk is '{%p endfor %}' in een eigen alinea, zonder andere tekst"]


def test_paragraph_tag_sharing_its_paragraph(tmp_path, run) -> None:
    path = template(tmp_path, "shared", "Toelichting: {%p if toelichting %}", "{{ titel }}", "{%p endif %}")
    assert check(run, path) == [
        "T: hoofdtekst, alinea 1 'Toelichting: {%p if toelichting %}': '{%p if toelichting %}' staat niet alleen: "
        "de rest van de alinea ('Toelichting:') verdwijnt — zet '{%p if toelichting %}' in een eigen alinea, "
        "of gebruik '{% …%}' zonder 'p' binnen de alinea"]


def test_row_tag_outside_a_table_and_mixed_closing(tmp_path, run) -> None:
    path = template(tmp_path, "rows", "{%tr for i in indieners %}", "{%tr endfor %}")
    assert [line.split(": ", 2)[2] for line in check(run, path)] == [
        f"'{tag}' staat niet in een tabelrij — zet '{{%tr …%}}' in een cel van een eigen tabelrij, "
        "of gebruik '{%p …%}' in een eigen alinea" for tag in ("{%tr for i in indieners %}", "{%tr endfor %}")]
    path = template(tmp_path, "mixed", "{%p for x in toelichting %}", "{{ x }}{% endfor %}")
    assert "'{% endfor %}' hoort bij '{%p for x in toelichting %}' (alinea 1), maar is een andere soort code" in check(run, path)[0]


def test_jinja_syntax_error_names_the_paragraph(tmp_path, run) -> None:
    path = template(tmp_path, "syntax", "Titel: {{ titel | upper( }}")
    assert check(run, path) == [
        "T: hoofdtekst, alinea 1 'Titel: {{ titel | upper( }}': de code '{{ titel | upper( }}' is geen geldige "
        "sjablooncode (onverwacht '}', verwacht ')') — controleer haakjes, aanhalingstekens en de schrijfwijze van de code"]


def test_sample_templates_check_clean(project, run) -> None:
    result = run("templates", "check")
    assert result.exit_code == 0, result.output
    assert template_issues(Project(project)) == []


def test_check_all_finds_a_broken_huisstijl_template(project) -> None:
    path = project / "data/gemeenten/huisstijl/zuidplas/moties/motie.docx"
    doc = Document(path)
    doc.add_paragraph("{{ indienerss }}")
    doc.save(path)
    (issue,) = template_issues(Project(project))
    assert issue.file.endswith("data/gemeenten/huisstijl/zuidplas/moties/motie.docx")
    assert re.fullmatch(r"hoofdtekst, alinea \d+ '\{\{ indienerss \}\}'", issue.field), issue.field
    assert (issue.message, issue.hint) == ("onbekende variabele 'indienerss'", "bedoelt u 'indieners'?")


def test_list_shows_soort_and_variables_per_template(run) -> None:
    result = run("templates")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    huisstijl = next(i for i, line in enumerate(lines) if "huisstijl/zuidplas/moties/motie.docx" in line)
    assert lines[huisstijl].endswith("(huisstijl zuidplas, vervangt moties/motie.docx)")
    assert lines[huisstijl + 1] == "  soort: motie"
    assert "aanhef, considerans, dictum" in lines[huisstijl + 2]
    for soort in ("motie", "afdoeningsbrief", "verordening", "beleidsplan"):
        assert f"  soort: {soort}" in lines


def built(project: Path, name: str) -> Path:
    return project / "build" / "moties" / name


def test_same_motie_builds_in_both_huisstijlen(project, run) -> None:
    source = project / ZUIDPLAS_MOTIE
    assert run("build", str(source)).exit_code == 0
    own = built(project, source.with_suffix(".docx").name).read_bytes()
    source.write_text(source.read_text("utf-8").replace("gemeente: zuidplas", "gemeente: zwolle"), "utf-8")
    assert run("build", str(source)).exit_code == 0
    default = built(project, source.with_suffix(".docx").name).read_bytes()
    fonts = [re.findall(rb'w:ascii="([^"]+)"', zipfile.ZipFile(io.BytesIO(d)).read("word/styles.xml"))
             for d in (own, default)]
    assert b"Georgia" in fonts[0] and b"Georgia" not in fonts[1] and b"Arial" in fonts[1]
    body = [document_text(d, body_only=True).replace("Zuidplas", "X").replace("Zwolle", "X") for d in (own, default)]
    assert body[0] == body[1] and "Familiegroepsplan in het sociaal team" in body[0]


def test_logo_replaces_the_placeholder(project) -> None:
    proj = Project(project)
    loaded = proj.load(project / ZUIDPLAS_MOTIE)
    zuidplas, zwolle = proj.gemeente("zuidplas", loaded.doc), proj.gemeente("zwolle", loaded.doc)
    own, _ = proj.template("moties/motie.docx", zuidplas)
    default, _ = proj.template("moties/motie.docx", zwolle)
    logo = (project / "data/gemeenten/huisstijl/zuidplas/logo.png").read_bytes()
    assert logo_media(proj, zuidplas, own) == {"word/media/image1.png": logo}
    assert logo_media(proj, zwolle, default) == {}
    rendered = render(own, {**prepare(proj, loaded).context}, Properties("t", "a"), logo_media(proj, zuidplas, own))
    assert zipfile.ZipFile(io.BytesIO(rendered)).read("word/media/image1.png") == logo


@pytest.mark.parametrize(("content", "expected"), [
    (b"outside", "huisstijl.logo: logo staat buiten de gegevensmap — zet het logo in de huisstijlmap onder data/gemeenten/"),
    (b"GIF89a....", "huisstijl.logo: logo is geen PNG- of JPEG-afbeelding — sla het logo op als PNG"),
    (b"\xff\xd8\xff\xe0JFIF", "huisstijl.logo: logo is JPEG, maar de voorbeeldafbeelding in het sjabloon is PNG — "
                              "sla het logo op als PNG"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024), "huisstijl.logo: logo is te groot (2,097,160 bytes) — "
                                                        "een logo mag hoogstens 2,097,152 bytes zijn; verklein het"),
])
def test_bad_logo_is_a_located_issue(project, content: bytes, expected: str) -> None:
    logo = project / "data/gemeenten/huisstijl/zuidplas/logo.png"
    if content == b"outside":
        profile = project / "data/gemeenten/zuidplas.yaml"
        (project / "geheim.png").write_bytes(logo.read_bytes())
        profile.write_text(profile.read_text("utf-8").replace("logo: huisstijl/zuidplas/logo.png", "logo: ../../geheim.png"))
    else:
        logo.write_bytes(content)
    proj = Project(project)
    gemeente = proj.load(project / "data/gemeenten/zuidplas.yaml")
    tpl = project / "data/gemeenten/huisstijl/zuidplas/moties/motie.docx"
    with pytest.raises(ValidationFailed) as caught:
        logo_media(proj, gemeente, tpl)
    (issue,) = caught.value.issues
    assert str(issue).endswith(f"zuidplas.yaml:9:9: {expected}")
