"""ODT copies (issue 26): beside every .docx with `build --odt`, or for the orgaan whose profile says `odt: ja`;
they open in LibreOffice with the text of the .docx."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from generator.pdf.converter import Converter

ZUIDPLAS = "data/moties/2022-06-28-familiegroepsplan-in-het-sociaal-team.yaml"
BRIEF = "data/afdoeningen/2024-ocw-11230456-familiegroepsplan-uithuisplaatsing.yaml"


def test_a_profile_with_odt_asks_a_copy_of_its_own_documents_only(project: Path, run) -> None:
    sources = [str(project / path) for path in (ZUIDPLAS, BRIEF)]
    assert run("build", *sources).exit_code == 0
    profile = project / "data" / "gemeenten" / "zuidplas.yaml"
    profile.write_text(profile.read_text("utf-8") + "odt: ja\n", "utf-8")
    result = run("build", "--check", *sources)
    output = result.output.replace(f"{project}/", "")
    assert result.exit_code == 1
    assert [line for line in output.splitlines() if ".odt" in line] == [
        "build/moties/2022-06-28-familiegroepsplan-in-het-sociaal-team.odt: ontbreekt of is verouderd"
        " — draai 'raadsstukken build --odt' en commit het resultaat"], output


@pytest.mark.slow
def test_odt_copies_open_in_libreoffice_with_the_text_of_the_docx(office: Converter, project: Path, run,
                                                                   tmp_path: Path) -> None:
    result = run("build", "-j", "1", "--odt", *(str(project / path) for path in (ZUIDPLAS, BRIEF)))
    assert result.exit_code == 0, result.output
    assert "2 ODT" in result.output
    copies = sorted((project / "build").rglob("*.odt"))
    assert [copy.stem for copy in copies] == [Path(BRIEF).stem, Path(ZUIDPLAS).stem]
    # LibreOffice opens each ODT copy and its .docx and writes them as PDF, in one call on the session's
    # LibreOffice: the same text on the same pages, headers and footers included
    pairs = [(source, tmp_path / f"{copy.stem}-{source.suffix[1:]}.pdf")
             for copy in copies for source in (copy, copy.with_suffix(".docx"))]
    assert office.convert(pairs, "pdf") == [None] * len(pairs)
    for copy, wanted in zip(copies, ("Ons kenmerk OCW/11230456", "Gemeenteraad Zuidplas"), strict=True):
        odt_text, docx_text = (pages(tmp_path / f"{copy.stem}-{kind}.pdf") for kind in ("odt", "docx"))
        assert len("".join(odt_text)) > 500 and odt_text == docx_text
        assert wanted in odt_text[0]
        with zipfile.ZipFile(copy) as archive:
            assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
            assert wanted in archive.read("styles.xml").decode("utf-8")  # ODF keeps headers and footers there


def pages(pdf: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def test_pdf_and_odt_of_a_current_document_in_one_build_both_come_out(soffice: str, project: Path, run) -> None:
    """The bug fixed at the merge: `build --pdf --odt` of a document the index found current made the PDF
    on the warm LibreOffice and then no ODT (its pass read the PDF entries just added)."""
    from pypdf import PdfReader

    motie = str(project / ZUIDPLAS)
    assert run("build", motie).exit_code == 0
    result = run("build", "--pdf", "--odt", motie)
    assert result.exit_code == 0, result.output
    made = project / "build" / "moties" / Path(ZUIDPLAS).stem
    assert "Familiegroepsplan in het sociaal team" in PdfReader(made.with_suffix(".pdf")).pages[0].extract_text()
    with zipfile.ZipFile(made.with_suffix(".odt")) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        assert "Familiegroepsplan in het sociaal team" in archive.read("content.xml").decode("utf-8")
