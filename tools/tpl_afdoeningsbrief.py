"""Template of the afdoeningsbrief (a raadsbrief): letterhead, letter block, quoted motie, signature.

Run: python tools/make_templates.py afdoeningsbrief
"""

from __future__ import annotations

import copy

import docxkit as kit
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm
from make_templates import save

TEXT_WIDTH = Cm(16)
COLOR = "1F3864"


def styles(doc) -> None:
    kit.paragraph_style(doc, "Briefhoofd", bold=True, size=16, color=COLOR, base="Header")
    kit.paragraph_style(doc, "Geadresseerde", space_before=18)
    kit.paragraph_style(doc, "Briefgegevens", size=9)
    kit.paragraph_style(doc, "Briefgegevens label", size=9, bold=True, color="595959")
    kit.paragraph_style(doc, "Citaat kop", bold=True, keep_next=True, space_before=6)
    punt = kit.paragraph_style(doc, "Citaat punt", base="List Bullet")
    _copy_numbering(doc.styles["List Bullet"], punt)
    kit.paragraph_style(doc, "Laatste alinea", keep_next=True)
    kit.paragraph_style(doc, "Slot", space_before=12, keep_next=True)  # never a signature alone on a page
    kit.paragraph_style(doc, "Ondertekening", keep_next=True, space_before=12)


def _copy_numbering(source, target) -> None:
    """LibreOffice does not always follow numbering through `basedOn`; state it on the style itself."""
    numpr = source.element.pPr.find(qn("w:numPr"))
    target.element.get_or_add_pPr().append(copy.deepcopy(numpr))


def table_property(table, xml: str) -> None:
    """Add a tblPr child where the schema wants it: before tblLook (callers add in schema order)."""
    tbl_pr = table._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))
    element = parse_xml(xml)
    if look is None:
        tbl_pr.append(element)
    else:
        look.addprevious(element)


def keep_rows_whole(table) -> None:
    """cantSplit comes first in trPr (before trHeight and tblHeader)."""
    for row in table.rows:
        row._tr.get_or_add_trPr().insert(0, parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def no_borders(table) -> None:
    table_property(table, (
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def widths(table, *sizes) -> None:
    """Cell widths and the table grid (LibreOffice lays out by the grid, Word by the cells)."""
    for column, size in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), sizes, strict=False):
        column.set(qn("w:w"), str(int(size.twips)))
    for row in table.rows:
        for cell, size in zip(row.cells, sizes, strict=False):
            cell.width = size


def letterhead(doc) -> None:
    """First page: the gemeente as letterhead; later pages: the gemeente, small, at the top right."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.text = "Gemeente {{ gemeente.naam }}"
    first.style = doc.styles["Briefhoofd"]
    later = section.header.paragraphs[0]
    later.text = "Gemeente {{ gemeente.naam }}"
    later.style = doc.styles["Header"]
    kit.right_aligned(later)
    for footer in (section.footer, section.first_page_footer):
        frame_footer(doc, footer)


def frame_footer(doc, footer, left: str = "Ons kenmerk {{ kenmerk }}", width=None) -> None:
    """"Ons kenmerk OCW/…" on the left, "1/3" (PAGE/NUMPAGES) on the right."""
    para = footer.paragraphs[0]
    para.style = doc.styles["Footer"]
    para.text = ""
    para.add_run(left)
    para.add_run("\t")
    kit.add_field(para, "PAGE")
    para.add_run("/")
    kit.add_field(para, "NUMPAGES")
    # LibreOffice keeps the Footer style's own stops (centre 8.25 cm, right 16.5 cm) even where the
    # paragraph clears them: in landscape the number then stood mid-page. The style gets none, the
    # paragraph one at the right margin.
    doc.styles["Footer"].paragraph_format.tab_stops.clear_all()
    tabs = para.paragraph_format.tab_stops
    tabs.clear_all()
    tabs.add_tab_stop(width or kit.text_width(doc), WD_TAB_ALIGNMENT.RIGHT)


def letter_block(doc) -> None:
    doc.add_paragraph("Aan de gemeenteraad", style="Geadresseerde")
    rows = [("Datum", "{{ datum }}"), ("Ons kenmerk", "{{ kenmerk }}"), ("{%tr if ris %}", None),
            ("RIS-nummer", "{{ ris }}"), ("{%tr endif %}", None), ("Onderwerp", "{{ onderwerp }}")]
    table = doc.add_table(rows=len(rows), cols=2)
    no_borders(table)
    for row, (label, value) in zip(table.rows, rows, strict=False):
        row.cells[0].text = label
        row.cells[0].paragraphs[0].style = doc.styles["Briefgegevens label"]
        if value is not None:
            row.cells[1].text = value
            row.cells[1].paragraphs[0].style = doc.styles["Briefgegevens"]
    widths(table, Cm(3.5), Cm(12.5))
    doc.add_paragraph()


def quote_blocks(container, loop: str) -> None:
    container.add_paragraph(f"{{%p for blok in {loop} %}}")
    container.add_paragraph("{{ blok.kop }}", style="Citaat kop")
    container.add_paragraph("{%p for punt in blok.punten %}")
    container.add_paragraph("{{ punt }}", style="Citaat punt")
    container.add_paragraph("{%p endfor %}")
    container.add_paragraph("{%p endfor %}")


def quoted_motie(doc) -> None:
    """The motie in a frame (grey, a bar on the left), so a reader sees where it starts and ends."""
    table = doc.add_table(rows=1, cols=1)
    table_property(table, (
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="nil"/>'
        f'<w:left w:val="single" w:sz="24" w:space="0" w:color="{COLOR}"/>'
        '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))
    table_property(table, (
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="113" w:type="dxa"/><w:left w:w="284" w:type="dxa"/>'
        '<w:bottom w:w="113" w:type="dxa"/><w:right w:w="284" w:type="dxa"/></w:tblCellMar>'))
    cell = table.rows[0].cells[0]
    widths(table, TEXT_WIDTH)
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="F2F2F2"/>'))
    quote_blocks(cell, "motie.considerans")
    quote_blocks(cell, "motie.dictum")
    cell._tc.remove(cell.paragraphs[0]._p)
    doc.add_paragraph()


def response(doc) -> None:
    doc.add_paragraph("Het college reageert ter afdoening van de motie als volgt.")
    doc.add_paragraph("{%p for onderdeel in afdoening %}")
    doc.add_paragraph("{%p if onderdeel.kop %}")
    doc.add_paragraph("{{ onderdeel.kop }}", style="Heading 2")
    doc.add_paragraph("{%p elif onderdeel.lijst %}")
    doc.add_paragraph("{%p for punt in onderdeel.lijst %}")
    doc.add_paragraph("{{ punt }}", style="List Number")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p elif loop.last %}")
    doc.add_paragraph("{{ onderdeel.tekst }}", style="Laatste alinea")  # goes with the slot and signature
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("{{ onderdeel.tekst }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{{ slot }}", style="Slot")


def signature(doc) -> None:
    doc.add_paragraph("{{ ondertekening.college }}", style="Ondertekening")
    table = doc.add_table(rows=3, cols=2)
    no_borders(table)
    cells = (("de secretaris,", "de burgemeester,"), ("", ""),
             ("{{ ondertekening.secretaris }}", "{{ ondertekening.burgemeester }}"))
    for row, texts in zip(table.rows, cells, strict=False):
        for cell, text in zip(row.cells, texts, strict=False):
            cell.text = text
    table.rows[1].height = Cm(1.5)
    table_property(table, f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>')
    keep_rows_whole(table)
    for row in table.rows[:-1]:  # the names stay on the page of their roles
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
    widths(table, Cm(8), Cm(8))


def build() -> None:
    doc = kit.new_document()
    styles(doc)
    letterhead(doc)
    letter_block(doc)
    doc.add_paragraph("{{ aanleiding }}")
    doc.add_paragraph("De motie luidt als volgt:")
    quoted_motie(doc)
    response(doc)
    signature(doc)
    kit.add_footnotes_part(doc, kit.footnote_loop())
    kit.set_properties(doc, "Sjabloon afdoeningsbrief")
    save(doc, "raadsbrieven/afdoeningsbrief.docx")
