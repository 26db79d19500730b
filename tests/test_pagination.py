"""The bundle's page numbers written into a copy of each .docx: first page number and the total."""

from __future__ import annotations

import zipfile
from pathlib import Path

from generator.pdf.pagination import first_page, numbered_copy, total_pages

REPO = Path(__file__).resolve().parents[1]
COMPLEX = ('<w:p><w:r><w:t>Ons kenmerk</w:t></w:r><w:r><w:tab/></w:r>'
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
           '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>/</w:t></w:r>'
           '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
           '<w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
           '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def test_numpages_becomes_the_bundle_total_and_page_stays_a_field() -> None:
    out = total_pages(COMPLEX, 12)
    assert "NUMPAGES" not in out and " PAGE " in out
    assert out.endswith('<w:r><w:t>/</w:t></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>12</w:t></w:r></w:p>')
    simple = '<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>'
    assert total_pages(simple, 7) == "<w:p><w:r><w:t>7</w:t></w:r></w:p>"


def test_only_the_first_section_restarts() -> None:
    body = ('<w:p><w:pPr><w:sectPr><w:pgSz w:w="1"/><w:pgNumType w:start="1"/><w:cols/></w:sectPr></w:pPr></w:p>'
            '<w:sectPr><w:pgSz w:w="1"/><w:pgNumType w:fmt="decimal" w:start="1"/></w:sectPr>')
    out = first_page(body, 5)
    assert out.count('w:start="5"') == 1 and 'w:start="1"' not in out
    assert first_page("<w:sectPr/>", 3) == '<w:sectPr><w:pgNumType w:start="3"/></w:sectPr>'
    assert first_page('<w:sectPr><w:pgMar w:top="1"/><w:cols/></w:sectPr>', 2) == \
        '<w:sectPr><w:pgMar w:top="1"/><w:pgNumType w:start="2"/><w:cols/></w:sectPr>'


def test_a_built_template_gets_its_numbers(tmp_path: Path) -> None:
    template = REPO / "templates" / "raadsbrieven" / "afdoeningsbrief.docx"
    numbered_copy(template, tmp_path / "kopie.docx", 4, 9)
    with zipfile.ZipFile(tmp_path / "kopie.docx") as copy:
        assert '<w:pgNumType w:start="4"/>' in copy.read("word/document.xml").decode()
        footers = [copy.read(n).decode() for n in copy.namelist() if n.startswith("word/footer")]
    assert footers and all("NUMPAGES" not in f and "<w:t>9</w:t>" in f for f in footers)
