"""Template of the afdoeningsbrief (a raadsbrief): letterhead, letter block, quoted motie, signature.

Run: python tools/make_templates.py afdoeningsbrief
"""

from __future__ import annotations

import copy

import docxkit as kit
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Twips
from make_templates import save

TEXT_WIDTH = Cm(16)
COLOR = "1F3864"


def styles(doc) -> None:
    kit.paragraph_style(doc, "Briefhoofd", bold=True, size=16, color=COLOR, base="Header")
    kit.paragraph_style(doc, "Geadresseerde", space_before=18)
    data = kit.paragraph_style(doc, "Briefgegevens", size=9)
    data.paragraph_format.tab_stops.add_tab_stop(Cm(3.5), WD_TAB_ALIGNMENT.LEFT)
    data.paragraph_format.space_after = Pt(2)
    kop = kit.paragraph_style(doc, "Citaat kop", bold=True, keep_next=True, space_before=0)
    punt = kit.paragraph_style(doc, "Citaat punt", base="List Bullet")
    _copy_numbering(doc.styles["List Bullet"], punt)
    for style, hanging in ((kop, 0), (punt, 360)):
        framed(style, hanging)
    kit.paragraph_style(doc, "Slot", space_before=12, keep_next=True)  # never a signature alone on a page
    signature_style = kit.paragraph_style(doc, "Ondertekening", space_before=12)
    signature_style.paragraph_format.keep_together = True
    signature_style.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT)


AFTER_SHD = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
             "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
             "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
             "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
             "w:pPrChange")


def framed(style, hanging: int) -> None:
    """A bar on the left; the same box edge for headings and bullets (left - hanging). No grey ground:
    a shaded paragraph is painted over a concept's watermark, which lies behind the text (word/concept.py);
    the white edges keep the box's inner margins."""
    ppr = style.element.get_or_add_pPr()
    ppr.insert_element_before(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="4" w:space="4" w:color="FFFFFF"/>'
        f'<w:left w:val="single" w:sz="24" w:space="8" w:color="{COLOR}"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="FFFFFF"/>'
        '<w:right w:val="single" w:sz="4" w:space="8" w:color="FFFFFF"/></w:pBdr>'), "w:shd", *AFTER_SHD)
    fmt = style.paragraph_format
    fmt.left_indent, fmt.right_indent = Twips(284 + hanging), Twips(284)
    fmt.first_line_indent = Twips(-hanging) if hanging else None
    fmt.space_after = Pt(0)


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
    """First page: the orgaan as letterhead; later pages: the orgaan, small, at the top right."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.text = "{{ orgaan.briefhoofd }}"
    first.style = doc.styles["Briefhoofd"]
    later = section.header.paragraphs[0]
    later.text = "{{ orgaan.briefhoofd }}"
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
    for run in para.runs:  # the motie's footer size (docxkit.page_footer): a frame, not text to read first
        run.font.size = Pt(8)


def letter_block(doc) -> None:
    """Label and value on one line, a tab between: a table here was a layout table that PDF/UA
    refuses (a /Table without header cells)."""
    doc.add_paragraph("{{ aan }}", style="Geadresseerde")
    rows = [("Datum", "{{ datum }}"), ("Ons kenmerk", "{{ kenmerk }}"), ("{%p if ris %}", None),
            ("RIS-nummer", "{{ ris }}"), ("{%p endif %}", None), ("Onderwerp", "{{ onderwerp }}")]
    for label, value in rows:
        if value is None:
            doc.add_paragraph(label)
            continue
        para = doc.add_paragraph(style="Briefgegevens")
        run = para.add_run(label)
        run.bold = True
        run.font.color.rgb = RGBColor.from_string("595959")
        para.add_run("\t" + value)
    doc.add_paragraph()


def quote_blocks(container, loop: str) -> None:
    container.add_paragraph(f"{{%p for blok in {loop} %}}")
    container.add_paragraph("{{ blok.kop }}", style="Citaat kop")
    container.add_paragraph("{%p for punt in blok.punten %}")
    container.add_paragraph("{{ punt }}", style="Citaat punt")
    container.add_paragraph("{%p endfor %}")
    container.add_paragraph("{%p endfor %}")


def quoted_motie(doc) -> None:
    """The motie on a grey ground with a bar on the left, so a reader sees where it starts and ends.
    Paragraph shading and border (the styles Citaat kop and Citaat punt), not a one-cell table: PDF/UA
    refuses a layout table."""
    quote_blocks(doc, "motie.considerans")
    quote_blocks(doc, "motie.dictum")
    doc.add_paragraph()


def response(doc) -> None:
    doc.add_paragraph("{{ reageert }}")
    doc.add_paragraph("{%p for onderdeel in afdoening %}")
    doc.add_paragraph("{%p if onderdeel.kop %}")
    doc.add_paragraph("{{ onderdeel.kop }}", style="Heading 2")
    doc.add_paragraph("{%p elif onderdeel.lijst %}")
    doc.add_paragraph("{%p for punt in onderdeel.lijst %}")
    doc.add_paragraph("{{ punt }}", style="List Number")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("{{ onderdeel.tekst }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endfor %}")


def signature(doc) -> None:
    """The response's last paragraph, the slot, college, roles and names in one paragraph (line breaks,
    kept together): a heading before it keeps with it, and the signature never stands alone;
    LibreOffice did not honour the keep-with-next chain of six paragraphs this was. Tabs
    between the two columns: a table here was a layout table, which PDF/UA refuses."""
    para = doc.add_paragraph(style="Ondertekening")
    para.add_run("{% if laatste %}{{ laatste }}").add_break()  # the response's last paragraph (document.tail)
    para.runs[-1].add_break()
    para.add_run("{% endif %}{{ slot }}").add_break()
    para.runs[-1].add_break()
    para.add_run("{{ ondertekening.college }}").add_break()
    para.add_run("{% for r in ondertekening.rollen %}{{ r.label }},{% if not loop.last %}\t{% endif %}{% endfor %}")
    for _ in range(3):
        para.runs[-1].add_break()
    para.add_run("{% for r in ondertekening.rollen %}{{ r.naam }}{% if not loop.last %}\t{% endif %}{% endfor %}")


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
