"""Template of the beleidsplan / programmabegroting: programma's and doelen as headings, criteria
and activiteiten as Word lists, the "Overzicht baten en lasten" as a real table whose header row
repeats on every page, and the familiegroepsplan section.

Run: python tools/make_templates.py beleidsplan
"""

from __future__ import annotations

import docxkit as kit
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from make_templates import save

COLUMNS = ("Bedragen in €", "Lasten", "Baten", "Saldo", "Toevoeging aan reserves",
           "Onttrekking aan reserves", "Geraamd resultaat")
"""The source's column names; the first says the unit (the heading above the table names it)."""
WIDTHS = (Cm(2.2), *(Cm(2.3),) * 6)
"""At 8 pt a head wraps once at most ("Toevoeging" / "aan reserves"); the page is 16 cm wide."""


def styles(doc) -> None:
    subtitle = doc.styles["Subtitle"]
    subtitle.font.italic, subtitle.font.size = False, Pt(12)
    spacing = subtitle.element.get_or_add_rPr().find(qn("w:spacing"))
    if spacing is not None:
        spacing.getparent().remove(spacing)
    kit.paragraph_style(doc, "Lijstinleiding", keep_next=True)
    kit.paragraph_style(doc, "Portefeuillehouder", keep_next=False)
    for name, bold, right in (("Tabel tekst", False, False), ("Tabel bedrag", False, True),
                              ("Tabel kop", True, False), ("Tabel kop bedrag", True, True),
                              ("Tabel totaal", True, False), ("Tabel totaal bedrag", True, True)):
        style = kit.paragraph_style(doc, name, bold=bold, size=8 if "kop" in name else 9)
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(2), Pt(2), 1.0
        if right:
            fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def tags(doc, *lines: str) -> None:
    for line in lines:
        doc.add_paragraph(line)


def loop(doc, items: str, text: str, style: str | None = None) -> None:
    """`{%p for x in items %}` / one paragraph / `{%p endfor %}`."""
    tags(doc, f"{{%p for x in {items} %}}")
    doc.add_paragraph(text, style=style)
    tags(doc, "{%p endfor %}")


def figures_table(doc, rows: str, total: str | None = None) -> None:
    """Header row (repeats across pages), one templated row per entry of `rows`, optional totals row."""
    table = doc.add_table(rows=4 if total is None else 5, cols=len(COLUMNS))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    header = table.rows[0]
    kit.repeat_header(header)
    for col, text in enumerate(COLUMNS):
        cell_text(header.cells[col], text, "Tabel kop" if col == 0 else "Tabel kop bedrag")
    cell_text(table.rows[1].cells[0], f"{{%tr for rij in {rows} %}}", "Tabel tekst")
    _figures_row(table.rows[2], "rij", "Tabel tekst", "Tabel bedrag")
    cell_text(table.rows[3].cells[0], "{%tr endfor %}", "Tabel tekst")
    if total is not None:
        _figures_row(table.rows[4], total, "Tabel totaal", "Tabel totaal bedrag")
    for row in table.rows:
        for cell, width in zip(row.cells, WIDTHS, strict=False):
            cell.width = width


def _figures_row(row, name: str, label_style: str, amount_style: str) -> None:
    cell_text(row.cells[0], f"{{{{ {name}.label }}}}", label_style)
    for col in range(1, len(COLUMNS)):
        cell_text(row.cells[col], f"{{{{ {name}.bedragen[{col - 1}] }}}}", amount_style)


def cell_text(cell, text: str, style: str) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.text = text
    paragraph.style = paragraph.part.document.styles[style]


def doel(doc) -> None:
    tags(doc, "{%p for doel in programma.doelen %}")
    doc.add_paragraph("{{ doel.kop }}", style="Heading 2")
    loop(doc, "doel.beschrijving", "{{ x }}")
    tags(doc, "{%p if doel.criteria %}")
    doc.add_paragraph("Criteria", style="Heading 3")
    doc.add_paragraph("{{ doel.criteria.kop }}", style="Lijstinleiding")
    loop(doc, "doel.criteria.punten", "{{ x }}", "List Bullet")
    tags(doc, "{%p endif %}", "{%p if doel.portefeuillehouders %}")
    doc.add_paragraph("Portefeuillehouder(s)", style="Heading 3")
    loop(doc, "doel.portefeuillehouders", "{{ x }}", "Portefeuillehouder")
    tags(doc, "{%p endif %}", "{%p if doel.activiteiten %}")
    doc.add_paragraph("Activiteiten", style="Heading 3")
    loop(doc, "doel.activiteiten", "{{ x }}", "List Bullet")
    tags(doc, "{%p endif %}", "{%p if doel.tabel %}")
    doc.add_paragraph("Overzicht baten en lasten", style="Heading 3")
    doc.add_paragraph("In het overzicht baten en lasten is het budget per doel weergegeven.")
    figures_table(doc, "doel.tabel")
    tags(doc, "{%p endif %}", "{%p endfor %}")


def programmas(doc) -> None:
    tags(doc, "{%p for programma in programmas %}", "{%p if programma.kop %}")
    doc.add_paragraph("{{ programma.kop }}", style="Heading 1")
    tags(doc, "{%p endif %}")
    loop(doc, "programma.inleiding", "{{ x }}")
    doel(doc)
    tags(doc, "{%p if programma.overzicht %}")
    doc.add_paragraph("{{ programma.overzicht.kop }}", style="Heading 2")
    figures_table(doc, "programma.overzicht.rijen", total="programma.overzicht.totaal")
    tags(doc, "{%p endif %}", "{%p endfor %}")


def familiegroepsplan(doc) -> None:
    tags(doc, "{%p if familiegroepsplan %}")
    doc.add_paragraph("{{ familiegroepsplan.kop }}", style="Heading 1")
    loop(doc, "familiegroepsplan.inleiding", "{{ x }}")
    tags(doc, "{%p for punt in familiegroepsplan.punten %}")
    doc.add_paragraph("{{ punt.kop }}", style="Heading 2")
    loop(doc, "punt.alineas", "{{ x }}")
    tags(doc, "{%p for sub in punt.sub %}")
    doc.add_paragraph("{{ sub.kop }}", style="Heading 3")
    loop(doc, "sub.alineas", "{{ x }}")
    tags(doc, "{%p endfor %}", "{%p endfor %}", "{%p endif %}")


def build() -> None:
    doc = kit.new_document()
    styles(doc)
    header = doc.sections[0].header.paragraphs[0]
    header.text = "{{ kop_orgaan }}"
    header.style = doc.styles["Header"]
    kit.right_aligned(header)
    kit.page_footer(doc, "{{ titel }}")
    doc.add_paragraph("{{ titel }}", style="Title")
    tags(doc, "{%p if ondertitel %}")
    doc.add_paragraph("{{ ondertitel }}", style="Subtitle")
    tags(doc, "{%p endif %}")
    loop(doc, "inleiding", "{{ x }}")
    programmas(doc)
    familiegroepsplan(doc)
    kit.add_footnotes_part(doc, kit.footnote_loop())
    kit.set_properties(doc, "Sjabloon beleidsplan")
    save(doc, "beleidsplan/beleidsplan.docx")
