"""Template of the motievolglijst: a landscape table of every motie, the status cell in colour.

Run: python tools/make_templates.py motievolglijst
"""

from __future__ import annotations

import docxkit as kit
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from make_templates import save
from tpl_afdoeningsbrief import frame_footer, table_property, widths

COLUMNS = (
    ("{{ kolom_orgaan }}", "gemeente", 2.2), ("Nummer", "nummer", 2.2), ("Titel", "titel", 6.0),
    ("Datum", "datum", 2.8), ("Indieners", "indieners", 4.0), ("Status", "status", 2.3),
    ("Afgedaan met", "afgedaan", 3.4), ("Termijn", "termijn", 2.8),
)


def landscape(doc) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(1.8)


def table(doc, columns=COLUMNS, caption="Alle moties met hun status", computed: bool = True) -> None:
    """The list's table: a header row, one row per `regels` item, the status cell in its colour; the widths
    computed per list (`breedtes`) or, with `computed=False`, as `columns` gives them."""
    kit.paragraph_style(doc, "Tabelkop", bold=True, size=9, keep_next=True)
    kit.paragraph_style(doc, "Tabeltekst", size=9)
    grid = doc.add_table(rows=4, cols=len(columns))
    table_property(grid, f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    header, start, body, end = grid.rows
    for cell, (title, _key, _width) in zip(header.cells, columns, strict=False):
        cell.text = title
        cell.paragraphs[0].style = doc.styles["Tabelkop"]
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9D9D9"/>'))
    kit.repeat_header(header)
    start.cells[0].text = "{%tr for regel in regels %}"
    for cell, (_title, key, _width) in zip(body.cells, columns, strict=False):
        cell.text = ("{% cellbg regel.kleur %}" if key == "status" else "") + f"{{{{ regel.{key} }}}}"
        cell.paragraphs[0].style = doc.styles["Tabeltekst"]
    body._tr.get_or_add_trPr().insert(0, parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    end.cells[0].text = "{%tr endfor %}"
    widths(grid, *(Cm(width) for _title, _key, width in columns))
    if computed:
        from_content(grid)
    table_property(grid, f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>')
    status_cell(body.cells[[key for _title, key, _width in columns].index("status")])
    kit.caption(grid, caption)  # the paragraph above it explains the colours


def from_content(grid) -> None:
    """The widths are computed per list from what the columns hold (soorten/motievolglijst/columns.py):
    the grid and every cell width are template fields."""
    keys = [key for _title, key, _width in COLUMNS]
    for column, key in zip(grid._tbl.tblGrid.findall(qn("w:gridCol")), keys, strict=True):
        column.set(qn("w:w"), f"{{{{ breedtes.{key} }}}}")
    for row in grid.rows:
        for cell, key in zip(row.cells, keys, strict=False):
            width = cell._tc.tcPr.find(qn("w:tcW")) if cell._tc.tcPr is not None else None
            if width is not None:
                width.set(qn("w:w"), f"{{{{ breedtes.{key} }}}}")


def status_cell(cell) -> None:
    """docxtpl's cellbg puts its w:shd first in w:tcPr, where the schema wants it after w:tcW: this cell
    takes its width from the grid and keeps only vAlign (which follows w:shd)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    for child in list(tc_pr):
        tc_pr.remove(child)
    tc_pr.append(parse_xml(f'<w:vAlign {nsdecls("w")} w:val="top"/>'))


def build() -> None:
    doc = kit.new_document(size=10)
    landscape(doc)
    kit.paragraph_style(doc, "Legenda", size=8, color="595959", space_before=6)
    header = doc.sections[0].header.paragraphs[0]
    header.text = "{{ gemeenten }}"
    header.style = doc.styles["Header"]
    kit.right_aligned(header)
    frame_footer(doc, doc.sections[0].footer, "Motievolglijst")
    doc.add_paragraph("Motievolglijst", style="Title")
    doc.add_paragraph("Alle moties met hun status. Een aangenomen motie is op tijd afgedaan als de"
                      " afdoeningsbrief er binnen de termijn is.")
    table(doc)
    doc.add_paragraph("Groen: afgedaan. Rood: te laat (termijn verstreken zonder afdoeningsbrief)."
                      " Blauw: open (binnen de termijn). Geel: aangehouden.", style="Legenda")
    doc.styles["Title"].font.size = Pt(18)
    kit.set_properties(doc, "Sjabloon motievolglijst")
    save(doc, "overzichten/motievolglijst.docx")
