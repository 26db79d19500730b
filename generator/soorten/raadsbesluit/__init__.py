"""The raadsbesluit: a raadsvoorstel as the raad adopted it, with its adopted amendementen applied."""

from generator.soorten.soort import Soort

SOORT = Soort("raadsbesluit", "collection", "generator.soorten.raadsbesluit",
              templates=("raadsvoorstellen/raadsbesluit.docx",), gather="collection:gather",
              fact="collection:fact", from_facts="collection:from_facts",
              members=("raadsvoorstel", "amendement", "subamendement"), keeps_documents=True,
              checks="collection:checks", build="collection:documents", label="Raadsbesluit", plural="Raadsbesluiten")
