"""afdoeningsbrief: the executive tells the assembly how an adopted motie was carried out."""

from generator.soorten.soort import declare

SOORT = declare(
    "afdoeningsbrief", "raadsbrieven/afdoeningsbrief.docx", model="model:Afdoeningsbrief", data="afdoeningen",
    label="Afdoeningsbrief", plural="Afdoeningsbrieven", signers="document:signers", roles=frozenset({"afdoening"}),
    answers="document:motie_path",
    not_for={"kamer": "een Kamermotie wordt afgedaan met een Kamerbrief van de minister, en die maakt raadsstukken"
                      " niet"})
