"""amendement: changes to a voorstel's ontwerpbesluit, proposed by members of the assembly."""

from generator.soorten.soort import declare

EERSTE_KAMER = ("de Eerste Kamer heeft geen recht van amendement: zij neemt een wetsvoorstel aan of verwerpt het"
                " (Grondwet art. 85, https://wetten.overheid.nl/BWBR0001840/)")
"""Also the subamendement's refusal. The Tweede Kamer amends wetsvoorstellen (Grondwet art. 84): its amendement
names the wetsvoorstel with `extern:`, as raadsstukken makes no wetsvoorstellen."""

SOORT = declare("amendement", "amendementen/amendement.docx", model="model:Amendement", data="amendementen",
                 label="Amendement", plural="Amendementen", roles=frozenset({"amendement", "titel"}), not_for={"eerste-kamer": EERSTE_KAMER})
