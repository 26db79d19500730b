"""subamendement: the amendement soort pointing at an amendement (its model and document live in soorten/amendement)."""

from generator.soorten.amendement import EERSTE_KAMER
from generator.soorten.soort import Soort

SOORT = Soort("subamendement", "document", "generator.soorten.subamendement",
              model="generator.soorten.amendement.model:Amendement", prepare="generator.soorten.amendement.document:prepare",
              templates=("amendementen/amendement.docx",), data="amendementen", label="Subamendement",
              plural="Subamendementen", roles=frozenset({"amendement", "titel"}),
              not_for={"eerste-kamer": EERSTE_KAMER})
