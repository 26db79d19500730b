"""actielijst: every adopted motie, toezegging and set of schriftelijke vragen with its term, days left or overdue,
and what closed it, sorted by term; the motievolglijst's moties and the same terms (soorten/termijnen.py)."""

from generator.soorten.soort import Soort

SOORT = Soort("actielijst", "collection", "generator.soorten.actielijst",
              templates=("overzichten/actielijst.docx",), gather="collection:gather",
              fact="collection:fact", from_facts="collection:from_facts", extends="motievolglijst",
              members=("vragen", "antwoordbrief", "vergadering", "raadsinformatiebrief"),
              build="collection:documents", outputs=("actielijst.docx",),
              label="Actielijst", plural="Actielijsten")
