"""`build --pdf`: PDFs are outputs with the same inputs as their .docx."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import Samples
from tests.layout import findings

ZWOLLE = "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"
PDF = "moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.pdf"

if shutil.which("soffice") is None and not os.environ.get("CI"):
    pytest.skip("LibreOffice niet geïnstalleerd", allow_module_level=True)


def test_pdf_is_made_once_and_again_when_its_motie_changes(project: Path, run) -> None:
    source = str(project / ZWOLLE)
    result = run("build", "--pdf", source)
    assert result.exit_code == 0, result.output
    pdf = project / "build" / PDF
    reader = PdfReader(pdf)
    assert reader.metadata.title == "Motie Netwerkversterking en familiegroepsplannen"
    assert reader.metadata.author == "Gemeente Zwolle"
    assert "Verzoekt het college" in reader.pages[0].extract_text()
    first = pdf.read_bytes()
    assert "0 PDF" in run("build", "--pdf", source).output
    assert pdf.read_bytes() == first
    path = project / ZWOLLE
    path.write_text(path.read_text("utf-8").replace("actief te", "actiever te"), "utf-8")
    assert run("build", "--pdf", "--check", source).exit_code == 1
    assert "1 PDF" in run("build", "--pdf", source).output
    assert "actiever" in PdfReader(pdf).pages[0].extract_text()


def test_missing_libreoffice_is_one_message_and_the_docx_still_builds(project: Path, run, monkeypatch) -> None:
    monkeypatch.setenv("RAADSSTUKKEN_SOFFICE", str(project / "geen-soffice"))
    result = run("build", "--pdf", str(project / ZWOLLE))
    assert result.exit_code == 1
    assert "LibreOffice niet gevonden" in result.output and "apt-get install" in result.output
    assert "Traceback" not in result.output
    assert (project / "build" / PDF.replace(".pdf", ".docx")).is_file()


@pytest.mark.slow
def test_every_sample_pdf_passes_the_pdfa_and_pdfua_checks(samples: Samples) -> None:
    """The samples' PDFs as `build --pdf` makes them (the session's one LibreOffice run, tests/conftest.py):
    each checked on the way (pdf/conformance.py); here the same checks, read back."""
    from generator.pdf.conformance import problems

    assert sorted(samples.pdfs) == samples.docx
    found = {pdf.name: problems(pdf) for pdf in samples.pdfs.values()}
    assert {name: problem for name, problem in found.items() if problem} == {}
    # the layout check of issue 26 (tests/layout.py), on the same PDFs: no slip a reader would see
    slips = [f for docx, pdf in samples.pdfs.items() for f in findings(pdf, concept=is_concept(docx))]
    assert slips == []  # a heading LibreOffice left at a page's foot was moved by the converter (pdf/keeps.py)


def is_concept(docx: Path) -> bool:
    import zipfile

    with zipfile.ZipFile(docx) as archive:
        return "<cp:contentStatus>Concept</cp:contentStatus>" in archive.read("docProps/core.xml").decode("utf-8")


def test_a_build_converts_in_a_libreoffice_it_is_given_and_leaves_it_running(project: Path) -> None:
    """The editor's Maak: its own LibreOffice makes the PDF (no second start), and is still there afterwards."""
    from generator.build.pipeline import Options, build
    from generator.loading.project import Project
    from generator.pdf.converter import Converter

    with Converter(jobs=1, timeout=60.0) as office:
        report = build(Project(project), [project / ZWOLLE], Options(out_dir=project / "build", pdf=True, office=office))
        assert not report.issues
        assert "Verzoekt het college" in PdfReader(project / "build" / PDF).pages[0].extract_text()
        again = project / "opnieuw.pdf"
        assert office.convert([(project / "build" / PDF.replace(".pdf", ".docx"), again)], "pdf") == [None]
        assert again.is_file()
        assert [o.starts for o in office._offices] in ([], [1])  # [] where only the batch converter serves
