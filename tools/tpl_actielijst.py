"""Template of the actielijst: every open motie, toezegging and set of schriftelijke vragen with its term, days
left or overdue and what closed it; the motievolglijst's landscape table with its own columns.

Run: python tools/make_templates.py actielijst
"""

from __future__ import annotations

import docxkit as kit
from docx.shared import Pt
from make_templates import save
from tpl_afdoeningsbrief import frame_footer
from tpl_motievolglijst import landscape, table

COLUMNS = (
    ("Soort", "soort", 2.7), ("{{ kolom_orgaan }}", "orgaan", 2.0), ("Nummer", "nummer", 2.0),
    ("Titel", "titel", 6.4), ("Gedaan op", "datum", 2.5), ("Termijn", "termijn", 2.5), ("Dagen", "dagen", 2.0),
    ("Status", "status", 1.9), ("Afgedaan met", "afgedaan", 3.7),
)


def build() -> None:
    doc = kit.new_document(size=10)
    landscape(doc)
    kit.paragraph_style(doc, "Legenda", size=8, color="595959", space_before=6)
    header = doc.sections[0].header.paragraphs[0]
    header.text = "{{ gemeenten }}"
    header.style = doc.styles["Header"]
    kit.right_aligned(header)
    frame_footer(doc, doc.sections[0].footer, "Actielijst per {{ peildatum }}")
    doc.add_paragraph("Actielijst", style="Title")
    doc.add_paragraph("Aangenomen moties, toezeggingen en {{ vragen }} met hun termijn, gesorteerd op"
                      " termijn. Stand per {{ peildatum }}.")
    table(doc, COLUMNS, "Alle open moties, toezeggingen en vragen met hun termijn", computed=False)
    doc.add_paragraph("Rood: te laat (termijn verstreken). Blauw: open. Groen: afgedaan. Dagen: hoeveel dagen"
                      " er nog zijn tot de termijn, of hoeveel dagen die verstreken is.", style="Legenda")
    doc.styles["Title"].font.size = Pt(18)
    kit.set_properties(doc, "Sjabloon actielijst")
    save(doc, "overzichten/actielijst.docx")
