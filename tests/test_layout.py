"""Layout that holds: page numbers at the right margin, content-wide columns, lines a griffie would write."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from generator.soorten.motievolglijst import columns

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = sorted((REPO / "templates").rglob("*.docx")) + sorted((REPO / "data/gemeenten").rglob("*.docx"))



@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_the_page_number_stands_at_the_right_margin(template: Path) -> None:
    with zipfile.ZipFile(template) as docx:
        body = docx.read("word/document.xml").decode()
        styles = docx.read("word/styles.xml").decode()
        footers = [docx.read(n).decode() for n in docx.namelist() if re.fullmatch(r"word/footer\d*\.xml", n)]
    page = int(re.search(r'<w:pgSz [^>]*w:w="(\d+)"', body).group(1))
    margins = re.search(r'<w:pgMar [^>]*w:right="(\d+)"[^>]*w:left="(\d+)"', body) or \
        re.search(r'<w:pgMar [^>]*w:left="(\d+)"[^>]*w:right="(\d+)"', body)
    width = page - int(margins.group(1)) - int(margins.group(2))
    footer_style = re.search(r'<w:style [^>]*w:styleId="Footer".*?</w:style>', styles, re.S)
    assert footer_style is None or "<w:tab " not in footer_style.group(), "LibreOffice keeps a style's stops"
    numbered = [f for f in footers if "PAGE" in f]
    assert numbered
    for footer in numbered:
        stops = [int(p) for p in re.findall(r'<w:tab w:pos="(\d+)" w:val="right"', footer)]
        assert stops and abs(stops[-1] - width) <= 20, (stops, width)


def test_no_column_of_the_motievolglijst_breaks_a_word() -> None:
    rows = [{"status": "aangehouden", "datum": "28 december 2022", "termijn": "28 december 2022",
             "indieners": "mevrouw Klokkenburg-Reedeker", "titel": "Netwerkversterking en familiegroepsplannen",
             "gemeente": "Den Haag", "nummer": "RIS309671", "afgedaan": "OCW/11230456, 27 augustus 2024"}]
    found = columns.widths(rows)
    assert sum(found.values()) == columns.TEXT_WIDTH
    assert found["status"] >= columns.text_width("aangehouden") + columns.PADDING
    assert found["datum"] >= columns.text_width("28 december 2022") + columns.PADDING  # one line
    assert found["titel"] >= columns.MIN_FILLER


def test_a_longer_status_widens_its_column() -> None:
    short = columns.widths([{"status": "open"}])["status"]
    assert columns.widths([{"status": "aangehouden"}])["status"] > short


def test_the_uitslag_says_aangenomen_once(project: Path, run) -> None:
    name = "data/moties/2023-05-22-vreemd-familiegroepsplan-voorlichting.yaml"
    assert run("build", str(project / name)).exit_code == 0
    text = (project / "build/moties/2023-05-22-vreemd-familiegroepsplan-voorlichting.txt").read_text("utf-8")
    assert "Aangenomen op maandag 22 mei 2023 met algemene stemmen.\n" in text
    assert text.lower().count("aangenomen") == 1
