"""Templates of the verordening and the wijzigingsverordening: regelgeving layout.

Artikel headings with number and title, leden "1." and onderdelen "a." as text with a hanging
indent (the tool numbers them, so numbers always match the references), definitions with the
term in the character style "Begrip", the raad's ondertekening, then the toelichting.
Run: python tools/make_templates.py verordening
"""

from __future__ import annotations

import docxkit as kit
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm
from make_templates import save


def hanging(doc, name: str, left: float, hang: float = 0.75, **kwargs):
    """A paragraph style whose number or letter hangs in the margin, then a tab to the text."""
    style = kit.paragraph_style(doc, name, indent_cm=left, **kwargs)
    fmt = style.paragraph_format
    fmt.first_line_indent = Cm(-hang)
    fmt.tab_stops.add_tab_stop(Cm(left), WD_TAB_ALIGNMENT.LEFT)
    return style


def styles(doc, depth: float = 0.0) -> None:
    """`depth`: extra indent of the article text (inserted articles in a wijzigingsverordening)."""
    kit.paragraph_style(doc, "Aanhef", space_before=0)
    kit.paragraph_style(doc, "Besluit", bold=True, space_before=12, keep_next=True)
    kit.paragraph_style(doc, "Artikeltekst", indent_cm=depth if depth else None)
    hanging(doc, "Lid", depth + 0.75)
    hanging(doc, "Onderdeel", depth + 1.5)
    kit.paragraph_style(doc, "Citaat", italic=True, indent_cm=1.0)
    kit.paragraph_style(doc, "Bronvermelding", size=9, color="595959", indent_cm=1.0)
    kit.paragraph_style(doc, "Vaststelling", space_before=18, keep_next=True)
    signature = kit.paragraph_style(doc, "Ondertekening", keep_next=True)
    signature.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT)
    kit.paragraph_style(doc, "Ondertekening namen", space_before=36)
    doc.styles["Ondertekening namen"].paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT)
    toelichting = kit.paragraph_style(doc, "Kop toelichting", base="Heading 1")
    toelichting.paragraph_format.page_break_before = True
    begrip = doc.styles.add_style("Begrip", WD_STYLE_TYPE.CHARACTER)
    begrip.font.italic = True


def loop(doc, items: str, var: str) -> None:
    doc.add_paragraph(f"{{%p for {var} in {items} %}}")


def end(doc, tag: str = "endfor") -> None:
    doc.add_paragraph(f"{{%p {tag} %}}")


def article_body(doc, artikel: str = "artikel") -> None:
    """Leden ("1.\\ttext", or plain text in an article with one lid) and their onderdelen."""
    loop(doc, f"{artikel}.leden", "lid")
    doc.add_paragraph("{%p if lid.nummer %}")
    doc.add_paragraph("{{ lid.nummer }}\t{{ lid.tekst }}", style="Lid")
    doc.add_paragraph("{%p elif lid.tekst %}")
    doc.add_paragraph("{{ lid.tekst }}", style="Artikeltekst")
    end(doc, "endif")
    loop(doc, "lid.onderdelen", "o")
    doc.add_paragraph("{%p if o.begrip %}")
    para = doc.add_paragraph("{{ o.letter }}\t", style="Onderdeel")
    para.add_run("{{ o.begrip }}", style="Begrip")
    para.add_run(": {{ o.tekst }}")
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("{{ o.letter }}\t{{ o.tekst }}", style="Onderdeel")
    end(doc, "endif")
    end(doc)
    end(doc)


def alineas(doc, items: str) -> None:
    """Toelichting paragraphs; a quote line by line in "Citaat", then its source."""
    loop(doc, items, "a")
    doc.add_paragraph("{%p if a.citaat %}")
    loop(doc, "a.citaat", "regel")
    doc.add_paragraph("{{ regel }}", style="Citaat")
    end(doc)
    doc.add_paragraph("Bron: {{ a.bron }}", style="Bronvermelding")
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("{{ a.tekst }}")
    end(doc, "endif")
    end(doc)


def aanhef(doc) -> None:
    doc.add_paragraph("{{ aanhef.raad }}", style="Aanhef")
    doc.add_paragraph("{%p if aanhef.gezien %}")
    doc.add_paragraph("{{ aanhef.gezien }}", style="Aanhef")
    end(doc, "endif")
    doc.add_paragraph("{{ aanhef.gelet_op }}", style="Aanhef")
    doc.add_paragraph("{{ aanhef.besluit }}", style="Besluit")


def ondertekening(doc) -> None:
    doc.add_paragraph("{{ vastgesteld }}", style="Vaststelling")
    doc.add_paragraph("{% for r in ondertekening %}{{ r.label }},{% if not loop.last %}\t{% endif %}{% endfor %}",
                      style="Ondertekening")
    doc.add_paragraph("{% for r in ondertekening %}{{ r.naam }}{% if not loop.last %}\t{% endif %}{% endfor %}",
                      style="Ondertekening namen")


def toelichting(doc, heading: str = "Toelichting") -> None:
    doc.add_paragraph("{%p if toelichting.algemeen or toelichting.artikelen %}")
    doc.add_paragraph(heading, style="Kop toelichting")
    doc.add_paragraph("{%p if toelichting.algemeen %}")
    doc.add_paragraph("Algemene toelichting", style="Heading 2")
    alineas(doc, "toelichting.algemeen")
    end(doc, "endif")
    doc.add_paragraph("{%p if toelichting.artikelen %}")
    doc.add_paragraph("Artikelsgewijze toelichting", style="Heading 2")
    loop(doc, "toelichting.artikelen", "t")
    doc.add_paragraph("{{ t.kop }}", style="Heading 3")
    alineas(doc, "t.alineas")
    end(doc)
    end(doc, "endif")
    end(doc, "endif")


def start(footer: str, depth: float = 0.0):
    doc = kit.new_document()
    styles(doc, depth)
    kit.page_footer(doc, footer)
    doc.sections[0].header.paragraphs[0].text = ""  # an (empty) header: a concept's mark goes there
    doc.add_paragraph("{{ titel }}", style="Title")
    return doc


def verordening() -> None:
    doc = start("{{ titel }}")
    doc.add_paragraph("{%p if ondertitel %}")
    doc.add_paragraph("{{ ondertitel }}", style="Subtitle")
    end(doc, "endif")
    aanhef(doc)
    doc.add_paragraph("{{ titel }}", style="Besluit")
    loop(doc, "artikelen", "artikel")
    doc.add_paragraph("{{ artikel.kop }}", style="Heading 2")
    article_body(doc)
    end(doc)
    ondertekening(doc)
    toelichting(doc)
    kit.set_properties(doc, "Sjabloon verordening")
    save(doc, "verordeningen/verordening.docx")


def wijzigingsverordening() -> None:
    """"Artikel I. De Verordening … wordt als volgt gewijzigd: A. Na artikel 5 wordt …"."""
    doc = start("{{ titel }}", depth=0.75)
    hanging(doc, "Wijziging", 0.75, keep_next=True, space_before=6)
    kit.paragraph_style(doc, "Ingevoegd artikel", bold=True, indent_cm=0.75, keep_next=True, space_before=6)
    aanhef(doc)
    doc.add_paragraph("{{ titel }}", style="Besluit")
    doc.add_paragraph("ARTIKEL I", style="Heading 2")
    doc.add_paragraph("{{ artikel_i }}")
    loop(doc, "wijzigingen", "w")
    doc.add_paragraph("{{ w.letter }}\t{{ w.opdracht }}", style="Wijziging")
    loop(doc, "w.artikelen", "artikel")
    doc.add_paragraph("{%p if artikel.kop %}")
    doc.add_paragraph("{{ artikel.kop }}", style="Ingevoegd artikel")
    end(doc, "endif")
    article_body(doc)
    end(doc)
    end(doc)
    doc.add_paragraph("ARTIKEL II", style="Heading 2")
    doc.add_paragraph("{{ artikel_ii }}")
    doc.add_paragraph("{%p if artikel_iii %}")
    doc.add_paragraph("ARTIKEL III", style="Heading 2")
    doc.add_paragraph("{{ artikel_iii }}")
    end(doc, "endif")
    ondertekening(doc)
    toelichting(doc)
    kit.set_properties(doc, "Sjabloon wijzigingsverordening")
    save(doc, "verordeningen/wijzigingsverordening.docx")


def build() -> None:
    verordening()
    wijzigingsverordening()
