"""raadsinformatiebrief: the executive informs the assembly (Statenbrief, brief aan het algemeen bestuur), and may
afdoen moties and toezeggingen by reference, quoting each as adopted or made."""

from generator.soorten.soort import declare

SOORT = declare(
    "raadsinformatiebrief", "raadsbrieven/informatiebrief.docx", model="model:Raadsinformatiebrief",
    data="informatiebrieven", label="Raadsinformatiebrief", plural="Raadsinformatiebrieven", word="informatiebrief",
    signers="generator.soorten.afdoeningsbrief.document:signers",
    roles=frozenset({"afdoet"}),
    not_for={"kamer": "een Kamerbrief schrijft de minister, en die maakt raadsstukken niet (zoals de afdoening van een"
                      " Kamermotie)"})
