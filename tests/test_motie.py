"""The motie end to end: sample data, golden text, literal values, properties, CLI."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document as WordDocument

from generator import __version__
from generator.word.docxtext import document_text
from tests.golden import between, seed, similarity

ZWOLLE = "moties/2019-07-08-netwerkversterking-en-familiegroepsplannen"
DEN_HAAG = "moties/2021-07-14-versterking-eigen-netwerk-en-inzet-familiegroepsplan"


def built(project: Path, name: str) -> bytes:
    return (project / "build" / f"{name}.docx").read_bytes()


@pytest.fixture
def sample(project: Path, run) -> Path:
    result = run("build", "-j", "1")
    assert result.exit_code == 0, result.output
    return project


def test_zwolle_motie_reads_like_the_seed(sample: Path) -> None:
    text = document_text(built(sample, ZWOLLE), body_only=True)
    assert similarity(seed("000"), text) >= 0.95


def test_den_haag_motie_reads_like_the_quote_in_the_brief(sample: Path) -> None:
    quoted = between(seed("001"), "Constaterende, dat:", "Het college reageert")
    body = document_text(built(sample, DEN_HAAG), body_only=True)
    assert similarity(quoted, between(body, "Constaterende, dat:", "En gaat over")) >= 0.95


def test_aanhef_writes_the_date_in_dutch(sample: Path) -> None:
    text = document_text(built(sample, DEN_HAAG))
    assert ("De raad van de gemeente Den Haag, in vergadering bijeen op woensdag 14 juli 2021, ter bespreking van "
            "het gewijzigd voorstel van het college inzake programmarekening 2020 (RIS308436),") in text


def test_footnote_is_a_real_word_footnote(sample: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(built(sample, ZWOLLE))) as archive:
        body = archive.read("word/document.xml").decode()
        notes = archive.read("word/footnotes.xml").decode()
    assert '<w:footnoteReference w:id="1"/>' in body
    assert "Verordening Jeugdhulp Gemeente Zwolle 2018" in notes


def test_document_properties_come_from_the_data(sample: Path) -> None:
    props = WordDocument(io.BytesIO(built(sample, DEN_HAAG))).core_properties
    assert props.title == "Motie Versterking eigen netwerk en inzet familiegroepsplan"
    assert props.author == "Gemeente Den Haag"
    assert props.language == "nl-NL"
    assert props.created.date().isoformat() == "2021-07-14"


def test_points_are_word_list_paragraphs_and_language_is_dutch(sample: Path) -> None:
    doc = WordDocument(io.BytesIO(built(sample, ZWOLLE)))
    bullets = [p for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) == 4 + 7 + 2
    assert 'w:val="nl-NL"' in doc.styles.element.xml


def test_literal_values_stay_literal(project: Path, run) -> None:
    path = project / "data" / "moties" / "literal.yaml"
    path.write_text(
        "soort: motie\ngemeente: zwolle\ntitel: 'R&D <b> {{ 7*7 }} {% raw %}'\nvergadering: 2024-01-01\n"
        "verzoeken:\n  - \"Tom & Jerry's <script> \\\"quotes\\\" {{ x }}\"\n"
        "indieners:\n  - naam: A & B <c>\n    fractie: '{% endraw %}'\n",
        "utf-8",
    )
    result = run("build", "-j", "1", str(path))
    assert result.exit_code == 0, result.output
    data = (project / "build" / "moties" / "literal.docx").read_bytes()
    text = document_text(data)
    assert "R&D <b> {{ 7*7 }} {% raw %}" in text.splitlines()  # body heading
    assert "Motie R&D <b> {{ 7*7 }} {% raw %}\t1/1".replace("\t", " ") in text  # footer
    assert "Tom & Jerry's <script> \"quotes\" {{ x }}" in text
    assert "A & B <c>" in text and "{% endraw %}" in text
    assert WordDocument(io.BytesIO(data)).core_properties.title == "Motie R&D <b> {{ 7*7 }} {% raw %}"


def test_values_that_yaml_would_retype_stay_as_written(project: Path, run) -> None:
    path = project / "data" / "moties" / "nummers.yaml"
    path.write_text("soort: motie\ngemeente: zwolle\ntitel: NO\nnummer: 010\nagendapunt: 1:20\nvergadering: 2024-01-01\n"
                    "verzoeken:\n  - bel 0612345670 om 1.10 uur\n", "utf-8")
    assert run("build", str(path)).exit_code == 0
    text = document_text((project / "build" / "moties" / "nummers.docx").read_bytes())
    assert "MOTIE nr. 010" in text and "\nNO\n" in text and "bel 0612345670 om 1.10 uur" in text


def test_misspelt_key_names_file_line_and_fix(project: Path, run) -> None:
    path = project / "data" / "moties" / "2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"
    path.write_text(path.read_text("utf-8").replace("verzoeken:", "verzoekn:"), "utf-8")
    result = run("check")
    assert result.exit_code == 1
    assert ("data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml:29:1: verzoekn: "
            "onbekend veld 'verzoekn' — bedoelt u 'verzoeken'?") in result.output.replace(str(project) + "/", "")
    assert "Traceback" not in result.output


def test_one_bad_document_does_not_stop_the_others(project: Path, run) -> None:
    (project / "data" / "moties" / "kapot.yaml").write_text("soort: motie\n", "utf-8")
    result = run("build", "-j", "1")
    assert result.exit_code == 1
    assert "1 fout" in result.output and " 0 gebouwd" not in result.output
    assert (project / "build" / f"{ZWOLLE}.docx").is_file()


def test_nieuw_motie_starts_a_file_that_checks(project: Path, run) -> None:
    target = project / "data" / "moties" / "nieuw.yaml"
    assert run("nieuw", "motie", str(target)).exit_code == 0
    result = run("check", str(target))
    assert result.exit_code == 0, result.output
    assert run("nieuw", "motie", str(target)).exit_code == 2  # exists: usage error
    assert "bedoelt u 'motie'?" in run("nieuw", "moite").output


def test_version_and_dutch_help(run) -> None:
    assert run("--version").output.strip() == f"raadsstukken {__version__}"
    assert "Maak de documenten" in run("build", "--help").output
    assert run("bouw").exit_code == 2


def test_a_draft_outside_the_project_builds(project: Path, run, tmp_path_factory) -> None:
    draft_dir = tmp_path_factory.mktemp("concept")
    draft = draft_dir / "concept.yaml"
    draft.write_text("soort: motie\ngemeente: den-haag\ntitel: Concept\nvergadering: 2024-02-01\nverzoeken: [iets te doen.]\n", "utf-8")
    result = run("build", str(draft), "-o", str(draft_dir / "uit"))
    assert result.exit_code == 0, result.output
    assert (draft_dir / "uit" / "concept.docx").is_file()
