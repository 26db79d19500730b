"""Templates of schriftelijke vragen and the letters that answer them, and of the raadsinformatiebrief:
the afdoeningsbrief's letterhead, letter block, quote style and signature (tpl_afdoeningsbrief.py), so
every letter of the executive looks alike.

Run: python tools/make_templates.py vragen
"""

from __future__ import annotations

import docxkit as kit
import tpl_afdoeningsbrief as brief
from make_templates import save


def letter(title: str):
    doc = kit.new_document()
    brief.styles(doc)
    brief.framed(kit.paragraph_style(doc, "Citaat tekst"), 0)  # a quoted vraag: framed, no bullet
    brief.letterhead(doc)
    brief.letter_block(doc)
    return doc


def paragraphs(doc, loop: str) -> None:
    """A list of paragraphs, sub-headings and numbered lists (the afdoeningsbrief's `afdoening:`)."""
    doc.add_paragraph(f"{{%p for onderdeel in {loop} %}}")
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


def vragen() -> None:
    """The vragen as the member hands them in: heading, article and dates, inleiding, numbered vragen, names."""
    doc = kit.new_document()
    kit.paragraph_style(doc, "Kleine tekst", size=9, color="595959")
    kit.paragraph_style(doc, "Vraagkop", bold=True, keep_next=True, space_before=10)
    section = doc.sections[0]
    section.header.paragraphs[0].text = "{{ orgaan.briefhoofd }}"
    kit.page_footer(doc, "{{ titel }}")
    doc.add_paragraph("{{ titel }}", style="Title")
    doc.add_paragraph("{{ kop }}", style="Heading 1")
    doc.add_paragraph("{%p for regel in gegevens %}")
    doc.add_paragraph("{{ regel }}", style="Kleine tekst")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p for alinea in inleiding %}")
    doc.add_paragraph("{{ alinea }}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p for vraag in vragen %}")
    doc.add_paragraph("Vraag {{ vraag.nummer }}", style="Vraagkop")
    doc.add_paragraph("{{ vraag.tekst }}")
    doc.add_paragraph("{%p endfor %}")
    para = doc.add_paragraph(style="Vraagkop")
    para.add_run("{% for s in ondertekening %}{{ s }}{% if not loop.last %}")
    para.runs[-1].add_break()
    para.add_run("{% endif %}{% endfor %}")
    kit.set_properties(doc, "Sjabloon schriftelijke vragen")
    save(doc, "raadsbrieven/vragen.docx")


def antwoordbrief() -> None:
    doc = letter("antwoordbrief")
    doc.add_paragraph("{{ aanleiding }}")
    doc.add_paragraph("{%p for vraag in vragen %}")
    doc.add_paragraph("Vraag {{ vraag.nummer }}", style="Citaat kop")
    doc.add_paragraph("{{ vraag.tekst }}", style="Citaat tekst")
    doc.add_paragraph("Antwoord {{ vraag.nummer }}", style="Heading 2")
    doc.add_paragraph("{{ vraag.antwoord }}")
    doc.add_paragraph("{%p endfor %}")
    brief.signature(doc)
    kit.set_properties(doc, "Sjabloon antwoordbrief")
    save(doc, "raadsbrieven/antwoordbrief.docx")


def uitstelbericht() -> None:
    doc = letter("uitstelbericht")
    doc.add_paragraph("{{ aanleiding }}")
    doc.add_paragraph("{%p for alinea in reden %}")
    doc.add_paragraph("{{ alinea }}")
    doc.add_paragraph("{%p endfor %}")
    brief.signature(doc)
    kit.set_properties(doc, "Sjabloon uitstelbericht")
    save(doc, "raadsbrieven/uitstelbericht.docx")


def informatiebrief() -> None:
    """The raadsinformatiebrief: its text, then each motie and toezegging it afdoet, quoted as adopted or made."""
    doc = letter("informatiebrief")
    doc.add_paragraph("{{ orgaan.informatiebrief }}", style="Heading 1")
    paragraphs(doc, "tekst")
    doc.add_paragraph("{%p if afgedaan %}")
    doc.add_paragraph("{{ afdoet_kop }}", style="Heading 2")
    doc.add_paragraph("{%p for item in afgedaan %}")
    doc.add_paragraph("{{ item.kop }}", style="Heading 3")
    doc.add_paragraph("{{ item.aanleiding }}")
    doc.add_paragraph("{%p for blok in item.citaat %}")
    doc.add_paragraph("{%p if blok.kop %}")
    doc.add_paragraph("{{ blok.kop }}", style="Citaat kop")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p for punt in blok.punten %}")
    doc.add_paragraph("{{ punt }}", style="Citaat punt")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p if item.toelichting %}")
    doc.add_paragraph("{{ item.toelichting }}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")
    brief.signature(doc)
    kit.add_footnotes_part(doc, kit.footnote_loop())
    kit.set_properties(doc, "Sjabloon informatiebrief")
    save(doc, "raadsbrieven/informatiebrief.docx")


def build() -> None:
    vragen()
    antwoordbrief()
    uitstelbericht()
    informatiebrief()
