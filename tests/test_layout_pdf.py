"""The layout check (tests/layout.py) finds each slip of issue 26 when it is put back.

The sample PDFs themselves are checked in tests/test_build_pdf.py, in the same LibreOffice run as the
PDF/A and PDF/UA checks. Here each slip is put back into a built document (or a small one made here),
and all of them go through one call on the session's LibreOffice (tests/conftest.py) with the
tagged-PDF export of generator/pdf/converter.py, but without convert.py's own repair (a heading left
at a page's foot is moved: pdf/keeps.py).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from generator.pdf.converter import Converter
from tests.conftest import Samples
from tests.layout import findings

pytestmark = pytest.mark.slow

DH_VERORDENING = "verordeningen/den-haag-verordening-jeugdhulp-2015-familiegroepsplan"
ZUIDPLAS = "moties/2022-06-28-familiegroepsplan-in-het-sociaal-team"
BRIEF = "afdoeningen/2021-ocw-10163971-versterking-eigen-netwerk"
GREY_GROUND = '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>'
"""The quoted motie's grey ground of issue 26's first round, painted over the watermark on page 1."""


def rewrite(source: Path, target: Path, part: str, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info, change(data.decode("utf-8")).encode("utf-8") if info.filename == part else data)
    return target


def stranded_heading(target: Path) -> Path:
    """LibreOffice 7.4 leaves this heading at the foot of page 1: the paragraph after it, kept together,
    does not fit below it (found by trying fillers 21 to 25; Word moves the heading along)."""
    import docx

    document = docx.Document()
    for number in range(24):
        document.add_paragraph(f"Regel {number} met wat tekst om de pagina te vullen.")
    document.add_heading("Kop onderaan", level=1)
    last = document.add_paragraph()
    last.paragraph_format.keep_together = True
    run = last.add_run("De laatste alinea van een brief, met daaronder de ondertekening, bij elkaar gehouden.")
    for _ in range(8):
        run.add_break()
    last.add_run("Naam")
    document.core_properties.language, document.core_properties.title = "nl-NL", "Kop onderaan"
    document.save(target)
    return target


def skipped_level(target: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Hoofdstuk", level=1)
    document.add_heading("Een kop twee niveaus dieper", level=3)
    document.add_paragraph("Tekst onder de kop.")
    document.core_properties.language, document.core_properties.title = "nl-NL", "Hoofdstuk"
    document.save(target)
    return target


def broken_table(target: Path) -> Path:
    import docx
    from docx.shared import Cm

    document = docx.Document()
    document.add_heading("Tabel met een smalle kolom", level=1)
    table = document.add_table(rows=2, cols=2)
    table.style, table.autofit = "Table Grid", False
    for column, width in zip(table.columns, (Cm(1.6), Cm(12)), strict=True):
        column.width = width
    for row, (left, right) in zip(table.rows, [("Onttrekkingsreserve", "Bedrag"), ("Jeugdhulp", "1.000")], strict=True):
        for cell, text, width in zip(row.cells, (left, right), (Cm(1.6), Cm(12)), strict=True):
            cell.text, cell.width = text, width
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))  # PDF/UA: a header row
    document.core_properties.language, document.core_properties.title = "nl-NL", "Tabel met een smalle kolom"
    document.save(target)
    return target


@pytest.fixture(scope="module")
def slips(office: Converter, samples: Samples, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The session's built samples with each slip put back, converted in one call on the session's
    LibreOffice (its tagged PDF, without convert.py's repair), and what the check says."""
    root = tmp_path_factory.mktemp("slips")
    built = samples.root / "build"
    unkept = re.compile(r'<w:keepNext/>(?=(?:(?!<w:p\b).)*</w:p>(?:(?!<w:p\b).)*<w:p\b[^>]*><w:pPr><w:pStyle w:val="Vaststelling")', re.S)
    files = {
        "ondertekening": rewrite(built / f"{DH_VERORDENING}.docx", root / "ondertekening.docx", "word/document.xml",
                                 lambda xml: unkept.sub("", xml, count=1)),
        "koptekst": rewrite(built / f"{ZUIDPLAS}.docx", root / "koptekst.docx", "word/document.xml",
                            lambda xml: re.sub(r'w:top="\d+"', 'w:top="1134"', xml)),
        "concept": rewrite(built / f"{BRIEF}.docx", root / "concept.docx", "word/header2.xml",
                           lambda xml: xml.replace("<w:t>CONCEPT</w:t>", "<w:t></w:t>")),
        "watermerk": rewrite(built / f"{BRIEF}.docx", root / "watermerk.docx", "word/styles.xml",
                             lambda xml: xml.replace("</w:pBdr>", f"</w:pBdr>{GREY_GROUND}")),
        "tabel": broken_table(root / "tabel.docx"),
        "kop": stranded_heading(root / "kop.docx"),
        "niveau": skipped_level(root / "niveau.docx"),
    }
    pdfs = {name: root / "pdf" / f"{path.stem}.pdf" for name, path in files.items()}
    (root / "pdf").mkdir()
    errors = office.convert([(files[name], pdf) for name, pdf in pdfs.items()], "pdf")
    assert errors == [None] * len(files), errors
    return {name: findings(pdf, concept=name in ("concept", "watermerk")) for name, pdf in pdfs.items()}


def test_a_page_with_only_the_signature(slips: dict[str, list[str]]) -> None:
    assert any("pagina 2: de pagina bevat alleen de ondertekening ('Aldus vastgesteld" in f for f in slips["ondertekening"]), slips


def test_a_header_that_touches_the_body(slips: dict[str, list[str]]) -> None:
    assert any("de koptekst 'Gemeenteraad Zuidplas' raakt de eerste regel" in f for f in slips["koptekst"]), slips


def test_a_concept_page_without_its_mark(slips: dict[str, list[str]]) -> None:
    assert any("geen CONCEPT-markering op een concept" in f for f in slips["concept"]), slips


def test_a_word_broken_in_a_table_cell(slips: dict[str, list[str]]) -> None:
    assert any("is in een tabelcel afgebroken" in f for f in slips["tabel"]), slips


def test_a_heading_at_the_foot_of_a_page(slips: dict[str, list[str]]) -> None:
    assert any("de kop 'Kop onderaan' staat onderaan, de tekst erbij op de volgende pagina" in f for f in slips["kop"]), slips


def test_a_skipped_heading_level(slips: dict[str, list[str]]) -> None:
    assert ("niveau.pdf: de kop 'Een kop twee niveaus dieper' (H3) volgt op H1: een kopniveau overgeslagen"
            in slips["niveau"]), slips


def test_a_watermark_under_a_shaded_paragraph(slips: dict[str, list[str]]) -> None:
    assert ("watermerk.pdf: pagina 1: het watermerk ligt onder een gevuld vlak dat erna getekend is en is niet te"
            " zien") in slips["watermerk"], slips
