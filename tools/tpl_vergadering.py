"""Templates of a vergadering: its agenda, the voorzitter's stemmingslijst and the besluitenlijst.

Every word that depends on the orgaan is a field (`{{ orgaan.* }}`, `{{ kop_orgaan }}`, `{{ naam }}`); the
soort's context builder (generator/soorten/vergadering/document.py) fills them in.

Run: python tools/make_templates.py vergadering
"""

from __future__ import annotations

import docxkit as kit
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt
from make_templates import save
from tpl_afdoeningsbrief import table_property, widths
from tpl_verordening import end, loop


def start(footer: str):
    doc = kit.new_document(size=10)
    kit.paragraph_style(doc, "Kleine tekst", size=9, color="595959")
    gegeven = kit.paragraph_style(doc, "Gegeven", space_before=0)
    gegeven.paragraph_format.space_after = Pt(0)
    gegeven.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    punt = kit.paragraph_style(doc, "Agendapunt", bold=True, keep_next=True, space_before=10)
    punt.paragraph_format.left_indent = Cm(1.2)
    punt.paragraph_format.first_line_indent = Cm(-1.2)
    punt.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
    for name, keep in (("Onder punt", False), ("Onder punt kop", True)):
        style = kit.paragraph_style(doc, name, indent_cm=1.2, bold=keep, keep_next=keep, space_before=8 if keep else 2)
        style.paragraph_format.space_after = Pt(2)
    kit.paragraph_style(doc, "Onder punt klein", size=9, color="595959", indent_cm=1.2, keep_next=True)
    kit.paragraph_style(doc, "Tabelkop", bold=True, size=9, keep_next=True)
    kit.paragraph_style(doc, "Tabeltekst", size=9)
    kit.paragraph_style(doc, "Tabeltekst klein", size=8, color="595959")
    signature = kit.paragraph_style(doc, "Ondertekening", keep_next=True, space_before=24)
    signature.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT)
    names = kit.paragraph_style(doc, "Ondertekening namen", space_before=36)
    names.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT)
    header = doc.sections[0].header.paragraphs[0]
    header.text = "{{ kop_orgaan }}"
    header.style = doc.styles["Header"]
    kit.right_aligned(header)
    kit.page_footer(doc, footer)
    return doc


def head(doc, title: str) -> None:
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("{{ naam }}", style="Heading 1")
    loop(doc, "gegevens", "r")
    doc.add_paragraph("{{ r.label }}:\t{{ r.waarde }}", style="Gegeven")
    end(doc)


def grid(doc, titles: tuple[str, ...], cells: tuple[str, ...], sizes: tuple[float, ...], items: str, var: str):
    """A table with a header row and one row per item (docxtpl's {%tr for %})."""
    table = doc.add_table(rows=4, cols=len(titles))
    kit.table_borders(table)
    header, start_row, body, end_row = table.rows
    for cell, title in zip(header.cells, titles, strict=True):
        cell.text = title
        cell.paragraphs[0].style = doc.styles["Tabelkop"]
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9D9D9"/>'))
    kit.repeat_header(header)
    start_row.cells[0].text = f"{{%tr for {var} in {items} %}}"
    for cell, text in zip(body.cells, cells, strict=True):
        first, *rest = text.split("\n")
        cell.text = first
        cell.paragraphs[0].style = doc.styles["Tabeltekst"]
        for line in rest:
            cell.add_paragraph(line, style="Tabeltekst klein")
    body._tr.get_or_add_trPr().insert(0, parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    end_row.cells[0].text = "{%tr endfor %}"
    widths(table, *(Cm(size) for size in sizes))
    table_property(table, f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>')
    return table


def agenda() -> None:
    doc = start("Agenda · {{ naam }}")
    head(doc, "{{ titel }}")
    loop(doc, "punten", "punt")
    doc.add_paragraph("{{ punt.nummer }}\t{{ punt.titel }}{% if punt.behandeling %} ({{ punt.behandeling }}){% endif %}",
                      style="Agendapunt")
    doc.add_paragraph("{%p if punt.toelichting %}")
    doc.add_paragraph("{{ punt.toelichting }}", style="Onder punt")
    end(doc, "endif")
    loop(doc, "punt.stukken", "s")
    doc.add_paragraph("{{ s.label }}{% if s.titel %}: {{ s.titel }}{% endif %}", style="Onder punt")
    doc.add_paragraph("{%p if s.indieners %}")
    doc.add_paragraph("Ingediend door {{ s.indieners }}", style="Onder punt klein")
    end(doc, "endif")
    end(doc)
    loop(doc, "punt.ingekomen", "i")
    doc.add_paragraph("{{ i.titel }}{% if i.afzender %} ({{ i.afzender }}){% endif %}", style="Onder punt")
    doc.add_paragraph("{%p if i.voorstel %}")
    doc.add_paragraph("Voorstel: {{ i.voorstel }}", style="Onder punt klein")
    end(doc, "endif")
    end(doc)
    doc.add_paragraph("{%p if punt.voorstel %}")
    doc.add_paragraph("Voorstel: {{ punt.voorstel }}", style="Onder punt")
    end(doc, "endif")
    end(doc)
    kit.set_properties(doc, "Sjabloon agenda")
    save(doc, "vergaderingen/agenda.docx")


def stemmingslijst() -> None:
    doc = start("Stemmingslijst · {{ naam }}")
    head(doc, "{{ titel }}")
    doc.add_paragraph("Per agendapunt in de volgorde van stemmen: subamendementen, amendementen, het voorstel,"
                      " de moties; moties vreemd aan de orde van de dag als laatste.", style="Kleine tekst")
    loop(doc, "punten", "punt")
    doc.add_paragraph("{% if punt.nummer %}{{ punt.nummer }}\t{% endif %}{{ punt.titel }}"
                      "{% if punt.hamerstuk %} (hamerstuk){% endif %}", style="Agendapunt")
    grid(doc, ("Nr.", "Stuk", "Uitslag"),
         ("{{ r.nr }}", "{{ r.label }}: {{ r.titel }}\n{% if r.indieners %}{{ r.indieners }}{% endif %}", "{{ r.uitslag }}"),
         (1.2, 10.6, 4.2), "punt.regels", "r")
    end(doc)
    kit.set_properties(doc, "Sjabloon stemmingslijst")
    save(doc, "vergaderingen/stemmingslijst.docx")


def besluitenlijst() -> None:
    doc = start("Besluitenlijst · {{ naam }}")
    doc.add_paragraph("{{ titel }}", style="Title")
    doc.add_paragraph("{{ ondertitel }}", style="Heading 1")
    loop(doc, "gegevens", "r")
    doc.add_paragraph("{{ r.label }}:\t{{ r.waarde }}", style="Gegeven")
    end(doc)
    doc.add_paragraph("{%p if aanwezig %}")
    doc.add_paragraph("Aanwezig:\t{{ aanwezig }}", style="Gegeven")
    end(doc, "endif")
    doc.add_paragraph("{%p if afwezig %}")
    doc.add_paragraph("Afwezig:\t{{ afwezig }}", style="Gegeven")
    end(doc, "endif")
    doc.add_paragraph("{%p if not gehouden %}")
    doc.add_paragraph("Deze vergadering is nog niet gehouden: hieronder staan de voorstellen; de besluiten volgen.",
                      style="Kleine tekst")
    end(doc, "endif")
    loop(doc, "secties", "sectie")
    doc.add_paragraph("{%p if sectie.kop %}")
    doc.add_paragraph("{{ sectie.kop }}", style="Heading 2")
    end(doc, "endif")
    loop(doc, "sectie.punten", "punt")
    punt(doc)
    end(doc)
    end(doc)
    doc.add_paragraph("{%p if toezeggingen %}")
    doc.add_paragraph("Toezeggingen", style="Heading 2")
    grid(doc, ("Nr.", "Wie", "Toezegging", "Termijn"),
         ("{{ t.nummer }}", "{{ t.wie }}", "{{ t.wat }}", "{{ t.termijn }}"), (2.2, 3.4, 8.0, 2.4), "toezeggingen", "t")
    end(doc, "endif")
    doc.add_paragraph("{%p if ondertekening %}")
    doc.add_paragraph("{% for r in ondertekening %}{{ r.label|capitalize }},{% if not loop.last %}\t{% endif %}{% endfor %}",
                      style="Ondertekening")
    doc.add_paragraph("{% for r in ondertekening %}{{ r.naam }}{% if not loop.last %}\t{% endif %}{% endfor %}",
                      style="Ondertekening namen")
    end(doc, "endif")
    kit.set_properties(doc, "Sjabloon besluitenlijst")
    save(doc, "vergaderingen/besluitenlijst.docx")


def punt(doc) -> None:
    """One agendapunt: its decision, each stuk in the order of voting with its outcome, ingekomen stukken, toezeggingen."""
    doc.add_paragraph("{{ punt.nummer }}\t{{ punt.titel }}", style="Agendapunt")
    doc.add_paragraph("{%p if punt.voorstel %}")
    doc.add_paragraph("Voorstel: {{ punt.voorstel }}", style="Onder punt")
    end(doc, "endif")
    doc.add_paragraph("{%p if punt.besluit %}")
    doc.add_paragraph("Besluit: {{ punt.besluit }}", style="Onder punt")
    end(doc, "endif")
    loop(doc, "punt.stukken", "s")
    doc.add_paragraph("{{ s.label }}{% if s.titel %}: {{ s.titel }}{% endif %}", style="Onder punt")
    end(doc)
    loop(doc, "punt.stemmingen", "s")
    doc.add_paragraph("{{ s.label }}{% if s.titel %}: {{ s.titel }}{% endif %}", style="Onder punt kop")
    doc.add_paragraph("{%p if s.indieners %}")
    doc.add_paragraph("Ingediend door {{ s.indieners }}", style="Onder punt klein")
    end(doc, "endif")
    loop(doc, "s.regels", "regel")
    doc.add_paragraph("{{ regel }}", style="Onder punt")
    end(doc)
    loop(doc, "s.verklaringen", "v")
    doc.add_paragraph("Stemverklaring {{ v.wie }}: {{ v.tekst }}", style="Onder punt")
    end(doc)
    end(doc)
    loop(doc, "punt.ingekomen", "i")
    doc.add_paragraph("{{ i.titel }}{% if i.afzender %} ({{ i.afzender }}){% endif %}", style="Onder punt kop")
    doc.add_paragraph("{%p if i.besluit %}")
    doc.add_paragraph("Besluit: {{ i.besluit }}", style="Onder punt")
    doc.add_paragraph("{%p elif i.voorstel %}")
    doc.add_paragraph("Voorstel: {{ i.voorstel }}", style="Onder punt")
    end(doc, "endif")
    end(doc)
    loop(doc, "punt.toezeggingen", "t")
    doc.add_paragraph("Toezegging {{ t.nummer }} van {{ t.wie }}{% if t.termijn %} (uiterlijk {{ t.termijn }}){% endif %}: {{ t.wat }}",
                      style="Onder punt")
    end(doc)


def build() -> None:
    agenda()
    stemmingslijst()
    besluitenlijst()
