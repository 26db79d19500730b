"""bundel: one PDF per raadsvergadering, a bookmark per document, page numbers continuing."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter

from generator.cli.pdf import bundel_command
from generator.errors import UserError
from generator.pdf.bundle import bundle
from generator.pdf.conformance import problems
from generator.pdf.convert import convert


def blank_pdf(path: Path, pages: int, title: str | None = None) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    if title:
        writer.add_metadata({"/Title": title})
    writer.write(path)
    return path


def make_docx(path: Path, title: str) -> Path:
    document = docx.Document()
    document.add_heading(title, level=1)
    document.add_paragraph("De raad van de gemeente Utrecht, in vergadering bijeen op 8 juli 2019.")
    properties = document.core_properties
    properties.title, properties.author, properties.language = title, "Gemeente Utrecht", "nl-NL"
    document.save(path)
    return path


def bookmarks(path: Path) -> list[tuple[str, int]]:
    reader = PdfReader(path)
    return [(item.title, reader.get_destination_page_number(item)) for item in reader.outline
            if not isinstance(item, list)]


def test_bookmark_per_document_and_continuous_page_numbers(tmp_path: Path) -> None:
    first = blank_pdf(tmp_path / "motie.pdf", 2, "Motie warmtenet")
    second = blank_pdf(tmp_path / "brief.pdf", 3)  # no title: its file name
    out = tmp_path / "raad-2019-07-08.pdf"
    assert bundle([first, second], ["", ""], out, title="Raadsvergadering 8 juli 2019", conformance=False) == 5
    assert bookmarks(out) == [("Motie warmtenet", 0), ("brief", 2)]
    reader = PdfReader(out)
    assert reader.page_labels == ["1", "2", "3", "4", "5"]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert reader.metadata.title == "Raadsvergadering 8 juli 2019"
    assert oct(out.stat().st_mode & 0o777) == "0o644"


def test_given_titles_win(tmp_path: Path) -> None:
    first = blank_pdf(tmp_path / "a.pdf", 1, "Eigen titel")
    out = tmp_path / "bundel.pdf"
    bundle([first, first], ["Motie 1", "Motie 2"], out, conformance=False)
    assert bookmarks(out) == [("Motie 1", 0), ("Motie 2", 1)]


def test_a_bad_input_leaves_the_old_bundle_alone(tmp_path: Path) -> None:
    good = blank_pdf(tmp_path / "goed.pdf", 1, "Goed")
    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.7\nrommel")
    out = tmp_path / "bundel.pdf"
    out.write_bytes(b"vorige bundel")
    with pytest.raises(UserError, match=r"^geen bundel gemaakt: kapot\.pdf: de PDF is onleesbaar: de verwijzingstabel \(trailer\) klopt niet"):
        bundle([good, tmp_path / "kapot.pdf"], ["", ""], out, conformance=False)
    assert out.read_bytes() == b"vorige bundel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundel.pdf", "goed.pdf", "kapot.pdf"]


def test_bundel_command_renders_the_word_documents_again(soffice: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_docx(tmp_path / "brief.docx", "Raadsbrief netwerkversterking")
    make_docx(tmp_path / "motie.docx", "Motie netwerkversterking Lombok")
    (tmp_path / "extern").mkdir()
    kaart = make_docx(tmp_path / "extern" / "bijlage.docx", "Bijlage kaart")  # a foreign PDF, itself PDF/A
    (foreign,) = convert([kaart])
    shutil.move(foreign.pdf, tmp_path / "bijlage.pdf")
    result = CliRunner().invoke(bundel_command, ["brief.docx", "motie.docx", "bijlage.pdf", "-o", "raad.pdf"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ("raad.pdf: 3 documenten, 3 pagina's\n"
                             "let op: bijlage.pdf is een PDF van buiten en houdt de eigen paginanummers in de voettekst\n")
    assert bookmarks(tmp_path / "raad.pdf") == [
        ("Raadsbrief netwerkversterking", 0), ("Motie netwerkversterking Lombok", 1), ("Bijlage kaart", 2)]
    reader = PdfReader(tmp_path / "raad.pdf")
    assert "Motie netwerkversterking Lombok" in reader.pages[1].extract_text()
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    assert not (tmp_path / "brief.pdf").exists() and not (tmp_path / "motie.pdf").exists()  # nothing beside them
    assert problems(tmp_path / "raad.pdf") == []  # PDF/A-2b and PDF/UA-1, tags and all


def test_the_footers_number_through_the_bundle(soffice: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               project: Path, run) -> None:
    assert run("build").exit_code == 0
    built = project / "build"
    names = [built / "moties/2024-03-14-familiegroepsplan-bij-dreigende-uithuisplaatsing.docx",
             built / "afdoeningen/2024-ocw-11230456-familiegroepsplan-uithuisplaatsing.docx"]
    result = CliRunner().invoke(bundel_command, [*map(str, names), "-o", str(tmp_path / "raad.pdf")])
    assert result.exit_code == 0, result.output
    footers = [page.extract_text().rstrip().splitlines()[-1] for page in PdfReader(tmp_path / "raad.pdf").pages]
    assert [f.split()[-1] for f in footers] == ["1/3", "2/3", "3/3"]
    assert sorted(p.name for p in names[1].parent.iterdir() if p.suffix == ".pdf") == []


def test_a_foreign_pdf_that_is_not_pdfa_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "bundel.pdf"
    with pytest.raises(UserError, match="hij zou niet voldoen aan PDF/A-2b en PDF/UA-1"):
        bundle([blank_pdf(tmp_path / "a.pdf", 1, "Kaal")], [""], out)
    assert not out.exists()


def test_bundel_command_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    blank_pdf(tmp_path / "a.pdf", 1)
    runner = CliRunner()
    result = runner.invoke(bundel_command, ["a.pdf", "weg.pdf", "-o", "raad.pdf"])
    assert (result.exit_code, result.stderr) == (2, "fout: weg.pdf bestaat niet — controleer de naam en de map\n")  # wrong use
    result = runner.invoke(bundel_command, ["a.pdf", "-o", "a.pdf"])
    assert (result.exit_code, result.stderr) == (
        1, "fout: de bundel a.pdf zou invoerbestand a.pdf overschrijven — kies met -o een andere naam\n")
    (tmp_path / "notulen.txt").write_text("notulen", "utf-8")
    result = runner.invoke(bundel_command, ["notulen.txt", "-o", "raad.pdf"])
    assert (result.exit_code, result.stderr) == (
        1, "fout: notulen.txt: alleen .pdf- en .docx-bestanden kunnen in een bundel\n")
    (tmp_path / "tekst.docx").write_text("geen Word")
    monkeypatch.setenv("RAADSSTUKKEN_SOFFICE", str(tmp_path / "geen-soffice"))
    result = runner.invoke(bundel_command, ["a.pdf", "tekst.docx", "-o", "raad.pdf"])
    assert result.exit_code == 1 and result.stderr.startswith("fout: LibreOffice niet gevonden: ")
    assert not (tmp_path / "raad.pdf").exists()
