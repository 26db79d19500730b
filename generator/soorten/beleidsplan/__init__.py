"""beleidsplan: a beleidsplan or begroting section with its goals and its table of baten en lasten."""

from generator.soorten.soort import declare

SOORT = declare(
    "beleidsplan", "beleidsplan/beleidsplan.docx", model="model:Beleidsplan", rules="rules:beleidsplan_warnings",
    data="beleidsplannen", label="Beleidsplan", plural="Beleidsplannen",
    not_for={"kamer": "de regering dient de rijksbegroting in als wetsvoorstel (Grondwet art. 105,"
                      " https://wetten.overheid.nl/BWBR0001840/)"})
