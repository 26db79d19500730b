"""Templates of the raadsvoorstel (with its ontwerpbesluit), the raadsbesluit and the amendement.

Run: python tools/make_templates.py raadsvoorstel
"""

from __future__ import annotations

import docxkit as kit
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm
from make_templates import indieners_table, save
from tpl_verordening import article_body, end, loop, ondertekening, styles


def start(footer: str):
    doc = kit.new_document()
    styles(doc)
    kit.paragraph_style(doc, "Kleine tekst", size=9, color="595959")
    kit.paragraph_style(doc, "Beslispunt", space_before=6)
    numbered = kit.paragraph_style(doc, "Beslispunt nummer", space_before=12, keep_next=True).paragraph_format
    numbered.left_indent, numbered.first_line_indent = Cm(0.75), Cm(-0.75)  # "2." at the margin, apart from
    numbered.tab_stops.add_tab_stop(Cm(0.75))  # the lid numbers of a verordening the point before adopts
    kit.paragraph_style(doc, "Blokkop", bold=True, keep_next=True, space_before=8)
    kit.paragraph_style(doc, "Citaat tekst", italic=True, indent_cm=1.0)
    for name, bold in (("Begrotingsregel", False), ("Begrotingstotaal", True)):
        kit.paragraph_style(doc, name, bold=bold)
        tabs = doc.styles[name].paragraph_format.tab_stops
        tabs.add_tab_stop(Cm(8.5))
        tabs.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT)
    kit.page_footer(doc, footer)
    return doc


def beslispunten(doc, items: str) -> None:
    """"1. vast te stellen de Verordening …", followed by that verordening's articles."""
    loop(doc, items, "punt")
    doc.add_paragraph("{{ punt.nummer }}\t{{ punt.tekst }}", style="Beslispunt nummer")
    doc.add_paragraph("{%p if punt.titel %}")
    doc.add_paragraph("{{ punt.titel }}", style="Besluit")
    loop(doc, "punt.artikelen", "artikel")
    doc.add_paragraph("{{ artikel.kop }}", style="Heading 3")
    article_body(doc)
    end(doc)
    end(doc, "endif")
    end(doc)


def begroting(doc) -> None:
    """The besluit's table of amounts: "Post onvoorzien<tab>Financiën<tab>€ 850.000", then the total."""
    doc.add_paragraph("{%p if begroting %}")
    doc.add_paragraph("{{ begroting.kop }}", style="Blokkop")
    loop(doc, "begroting.regels", "rij")
    doc.add_paragraph("{{ rij.omschrijving }}\t{{ rij.programma }}\t{{ rij.bedrag }}", style="Begrotingsregel")
    end(doc)
    doc.add_paragraph("Totaal\t\t{{ begroting.totaal }}", style="Begrotingstotaal")
    end(doc, "endif")


def considerans(doc) -> None:
    loop(doc, "considerans", "regel")
    doc.add_paragraph("{{ regel }}", style="Aanhef")
    end(doc)


def raadsvoorstel() -> None:
    doc = start("{{ orgaan.voorstel_naam }} {{ onderwerp }}")
    header = doc.sections[0].header.paragraphs[0]
    header.text = "{{ orgaan.briefhoofd }}"
    kit.right_aligned(header)
    doc.add_paragraph("{{ orgaan.voorstel_naam }}", style="Title")
    doc.add_paragraph("{{ onderwerp }}", style="Heading 1")
    doc.add_paragraph("{%p if nummer %}")
    doc.add_paragraph("Nummer: {{ nummer }}", style="Kleine tekst")
    end(doc, "endif")
    doc.add_paragraph("{{ orgaan.bestuursvergadering }}: {{ collegedatum }}", style="Kleine tekst")
    doc.add_paragraph("{%p if portefeuillehouder %}")
    doc.add_paragraph("Portefeuillehouder: {{ portefeuillehouder }}", style="Kleine tekst")
    end(doc, "endif")
    loop(doc, "secties", "sectie")
    doc.add_paragraph("{{ sectie.kop }}", style="Heading 2")
    loop(doc, "sectie.alineas", "alinea")
    doc.add_paragraph("{{ alinea }}")
    end(doc)
    end(doc)
    doc.add_paragraph("Ontwerpbesluit", style="Heading 2")
    considerans(doc)
    beslispunten(doc, "beslispunten")
    begroting(doc)
    doc.add_paragraph("{%p if besluit %}")
    doc.add_paragraph("{{ orgaan.besluit_van }}", style="Heading 2")
    doc.add_paragraph("{{ besluit }}")
    end(doc, "endif")
    kit.set_properties(doc, "Sjabloon raadsvoorstel")
    save(doc, "raadsvoorstellen/raadsvoorstel.docx")


def raadsbesluit() -> None:
    doc = start("{{ orgaan.besluit_naam }} {{ onderwerp }}")
    doc.add_paragraph("{{ orgaan.besluit_naam }}", style="Title")
    doc.add_paragraph("{{ onderwerp }}", style="Heading 1")
    considerans(doc)
    beslispunten(doc, "beslispunten")
    begroting(doc)
    ondertekening(doc)
    kit.set_properties(doc, "Sjabloon raadsbesluit")
    save(doc, "raadsvoorstellen/raadsbesluit.docx")


def amendement() -> None:
    doc = start("{{ kop|capitalize }} {{ titel }}")
    header = doc.sections[0].header.paragraphs[0]
    header.text = "{{ kop_orgaan }}"
    kit.right_aligned(header)
    doc.add_paragraph("{{ kop }}{% if nummer %} {{ nummer }}{% endif %}", style="Title")
    doc.add_paragraph("{{ titel }}", style="Heading 1")
    doc.add_paragraph("{{ kenmerken }}", style="Kleine tekst")
    doc.add_paragraph("{{ aanhef }}", style="Aanhef")
    considerans(doc)
    doc.add_paragraph("{{ besluit }}", style="Aanhef")
    loop(doc, "wijzigingen", "w")
    doc.add_paragraph("{{ w.opdracht }}", style="Beslispunt")
    doc.add_paragraph("{%p if w.oud %}")
    doc.add_paragraph("{{ w.oud_kop }}", style="Aanhef")
    doc.add_paragraph("‘{{ w.oud }}’", style="Citaat tekst")
    end(doc, "endif")
    doc.add_paragraph("{%p if w.nieuw %}")
    doc.add_paragraph("{{ w.nieuw_kop }}", style="Aanhef")
    doc.add_paragraph("‘{{ w.nieuw }}’", style="Citaat tekst")
    end(doc, "endif")
    end(doc)
    doc.add_paragraph("{%p if dekking %}")
    doc.add_paragraph("Dekking", style="Heading 2")
    doc.add_paragraph("{{ dekking }}")
    end(doc, "endif")
    doc.add_paragraph("{%p if toelichting %}")
    doc.add_paragraph("Toelichting", style="Heading 2")
    loop(doc, "toelichting", "alinea")
    doc.add_paragraph("{{ alinea }}")
    end(doc)
    end(doc, "endif")
    indieners_table(doc)
    doc.add_paragraph("{%p if uitslag %}")
    doc.add_paragraph("{{ uitslag }}", style="Kleine tekst")
    end(doc, "endif")
    kit.set_properties(doc, "Sjabloon amendement")
    save(doc, "amendementen/amendement.docx")


def build() -> None:
    raadsvoorstel()
    raadsbesluit()
    amendement()
