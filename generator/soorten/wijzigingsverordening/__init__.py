"""wijzigingsverordening: changes to a verordening, article by article."""

from generator.soorten.soort import declare
from generator.soorten.verordening import KAMER

SOORT = declare("wijzigingsverordening", "verordeningen/wijzigingsverordening.docx",
                 model="generator.soorten.verordening.model:Wijzigingsverordening", data="verordeningen",
                 label="Wijzigingsverordening", plural="Wijzigingsverordeningen",
                 signers="generator.soorten.verordening.document:signers", roles=frozenset({"besluit", "wijziging"}),
                 not_for={"kamer": KAMER})
