"""Build the default Word templates in templates/ (run: python tools/make_templates.py).

The .docx files are committed; a griffie edits them in Word from then on. This script is how the
first version was made and how to recreate it after a deliberate change.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).parent))
import docxkit as kit

ROOT = Path(__file__).resolve().parent.parent / "templates"


def considerans_styles(doc) -> None:
    kit.paragraph_style(doc, "Blokkop", bold=True, keep_next=True, space_before=8)
    kit.paragraph_style(doc, "Aanhef", space_before=6)
    kit.paragraph_style(doc, "Slot", italic=False, space_before=10)
    kit.paragraph_style(doc, "Kleine tekst", size=9, color="595959")
    form = kit.paragraph_style(doc, "Formulier", indent_cm=4.5).paragraph_format
    form.first_line_indent = Cm(-4.5)  # "Label:<tab>value", a wrapped value aligned under its first line
    form.tab_stops.add_tab_stop(Cm(4.5))
    form.space_after = Cm(0.05)


def points(doc, loop: str, kop_var: str, items: str) -> None:
    doc.add_paragraph(f"{{%p for blok in {loop} %}}")
    doc.add_paragraph(f"{{{{ blok.{kop_var} }}}}", style="Blokkop")
    doc.add_paragraph(f"{{%p for punt in blok.{items} %}}")
    doc.add_paragraph("{{ punt }}", style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endfor %}")


def indieners_table(doc) -> None:
    doc.add_paragraph("{%p if indieners %}")
    doc.add_paragraph("{%p if plaats_datum %}")
    doc.add_paragraph("{{ plaats_datum }}", style="Aanhef")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("Ingediend door:", style="Blokkop")
    doc.add_paragraph("{%p if fractie_voor_naam %}")
    signature_table(doc, ("fractie", "naam"))
    doc.add_paragraph("{%p else %}")
    signature_table(doc, ("naam", "fractie"))
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endif %}")


def bold_row(row, texts) -> None:
    for cell, text in zip(row.cells, texts, strict=False):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True


def signature_table(doc, order: tuple[str, str]) -> None:
    """Naam | Fractie | Handtekening (or fractie first, as the source signs), a row per indiener."""
    table = doc.add_table(rows=4, cols=3)
    kit.table_borders(table)
    widths = {"naam": Cm(6.5), "fractie": Cm(4.5)}
    bold_row(table.rows[0], (*(key.capitalize() for key in order), "Handtekening"))
    kit.repeat_header(table.rows[0])
    table.rows[1].cells[0].text = "{%tr for indiener in indieners %}"
    for col, key in enumerate(order):
        table.rows[2].cells[col].text = f"{{{{ indiener.{key} }}}}"
    table.rows[2].height = Cm(1.2)
    table.rows[3].cells[0].text = "{%tr endfor %}"
    for row in table.rows:
        for cell, width in zip(row.cells, (*(widths[key] for key in order), Cm(5)), strict=False):
            cell.width = width


def form_or_title(doc) -> None:
    """The source's form line by line (its title line as the heading), or else the title alone."""
    doc.add_paragraph("{%p if formulier %}")
    doc.add_paragraph("{%p for regel in formulier %}")
    doc.add_paragraph("{%p if regel.kop %}")
    doc.add_paragraph("{{ regel.tekst }}", style="Heading 1")
    doc.add_paragraph("{%p else %}")
    doc.add_paragraph("{{ regel.tekst }}", style="Formulier")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p elif not titel_na_aanhef %}")
    doc.add_paragraph("{{ titel }}", style="Heading 1")
    doc.add_paragraph("{%p endif %}")


def toelichting(doc, key: str) -> None:
    doc.add_paragraph(f"{{%p if {key} %}}")
    doc.add_paragraph("Toelichting", style="Heading 2")
    doc.add_paragraph(f"{{%p for alinea in {key} %}}")
    doc.add_paragraph("{{ alinea }}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")


def vote_table(doc) -> None:
    """The vote per fractie (Fractie | Stemming, a totals row with the tally as written), the status
    sentence below it; without a table the one paragraph `uitslag`."""
    doc.add_paragraph("{%p if stemmingstabel %}")
    doc.add_paragraph("Stemmingsuitslag", style="Blokkop")
    table = doc.add_table(rows=7, cols=2)
    kit.table_borders(table)
    bold_row(table.rows[0], ("Fractie", "Stemming"))
    kit.repeat_header(table.rows[0])
    table.rows[1].cells[0].text = "{%tr for rij in stemmingstabel.rijen %}"
    table.rows[2].cells[0].text = "{{ rij.fractie }}"
    table.rows[2].cells[1].text = "{{ rij.stem }}"
    table.rows[3].cells[0].text = "{%tr endfor %}"
    table.rows[4].cells[0].text = "{%tr if stemmingstabel.totaal %}"
    bold_row(table.rows[5], ("Totaal", "{{ stemmingstabel.totaal }}"))
    table.rows[6].cells[0].text = "{%tr endif %}"
    for row in table.rows:
        for cell, width in zip(row.cells, (Cm(8), Cm(8)), strict=False):
            cell.width = width
    doc.add_paragraph("{%p if stemmingstabel.besluit %}")
    doc.add_paragraph("{{ stemmingstabel.besluit }}", style="Kleine tekst")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if uitslag and not stemmingstabel %}")
    doc.add_paragraph("{{ uitslag }}", style="Kleine tekst")
    doc.add_paragraph("{%p endif %}")


def motie() -> None:
    doc = kit.new_document()
    considerans_styles(doc)
    header = doc.sections[0].header.paragraphs[0]
    header.text = "{{ kop_orgaan }}"
    header.style = doc.styles["Header"]
    kit.right_aligned(header)
    kit.page_footer(doc, "{{ voet }}")
    doc.add_paragraph("{{ kop }}", style="Title")
    form_or_title(doc)
    doc.add_paragraph("{%p if kenmerken %}")
    doc.add_paragraph("{{ kenmerken }}", style="Kleine tekst")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p if vreemd_aan_de_orde %}")
    doc.add_paragraph("Motie vreemd aan de orde van de dag", style="Kleine tekst")
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{{ aanhef }}", style="Aanhef")
    doc.add_paragraph("{%p if titel_na_aanhef %}")
    doc.add_paragraph("{{ titel }}", style="Heading 1")
    doc.add_paragraph("{%p endif %}")
    points(doc, "considerans", "kop", "punten")
    points(doc, "dictum", "kop", "punten")
    doc.add_paragraph("{{ slot }}", style="Slot")
    toelichting(doc, "toelichting")
    indieners_table(doc)
    toelichting(doc, "toelichting_onder")
    vote_table(doc)
    kit.add_footnotes_part(doc, kit.footnote_loop())
    kit.set_properties(doc, "Sjabloon motie")
    save(doc, "moties/motie.docx")


def save(doc, name: str) -> None:
    path = ROOT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    print(f"geschreven: {path.relative_to(ROOT.parent)}")


def builders() -> dict:
    """`motie` here, plus every `build()` in tools/tpl_<name>.py (one file per document kind)."""
    import importlib

    found = {"motie": motie}
    for path in sorted(Path(__file__).parent.glob("tpl_*.py")):
        module = importlib.import_module(path.stem)
        found[path.stem[4:]] = module.build
    return found


if __name__ == "__main__":
    table = builders()
    for name in sys.argv[1:] or list(table):
        table[name]()
