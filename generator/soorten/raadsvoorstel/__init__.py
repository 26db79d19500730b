"""raadsvoorstel: the executive proposes a besluit to the assembly (Statenvoorstel, voorstel aan het algemeen bestuur)."""

from generator.soorten.soort import declare

SOORT = declare(
    "raadsvoorstel", "raadsvoorstellen/raadsvoorstel.docx", model="model:Raadsvoorstel", data="raadsvoorstellen",
    label="Raadsvoorstel", plural="Raadsvoorstellen", word="voorstel_naam",
    not_for={"kamer": "een Kamer behandelt wetsvoorstellen, van de regering of van Kamerleden (Grondwet art. 82,"
                      " https://wetten.overheid.nl/BWBR0001840/), en raadsstukken maakt geen wetsvoorstellen"})
