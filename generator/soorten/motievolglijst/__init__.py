"""motievolglijst: every adopted motie and amendement with its term and status, one list."""

from generator.soorten.soort import Soort

SOORT = Soort("motievolglijst", "collection", "generator.soorten.motievolglijst",
              templates=("overzichten/motievolglijst.docx",), gather="collection:gather",
              fact="collection:fact", from_facts="collection:from_facts",
              members=("motie", "afdoeningsbrief", "raadsinformatiebrief", "amendement", "subamendement"),
              checks="collection:duplicates", build="collection:documents", outputs=("motievolglijst.docx",),
              label="Motievolglijst", plural="Motievolglijsten")
