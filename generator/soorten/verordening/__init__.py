"""verordening: articles from a model and the orgaan's own, numbered and cross-referenced by the tool."""

from generator.soorten.soort import declare

KAMER = "wetten stellen regering en Staten-Generaal samen vast (Grondwet art. 81, https://wetten.overheid.nl/BWBR0001840/)"
"""Also the wijzigingsverordening's refusal."""

SOORT = declare("verordening", "verordeningen/verordening.docx", model="model:Verordening",
                 rules="rules:verordening_warnings", data="verordeningen", label="Verordening", plural="Verordeningen",
                 signers="document:signers", roles=frozenset({"besluit", "titel"}), not_for={"kamer": KAMER})
