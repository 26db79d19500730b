"""afdoeningsbrief: the executive tells the assembly how an adopted motie was carried out."""

from generator.soorten.soort import declare

SOORT = declare(
    "afdoeningsbrief", "raadsbrieven/afdoeningsbrief.docx", model="model:Afdoeningsbrief", data="afdoeningen",
    label="Afdoeningsbrief", plural="Afdoeningsbrieven", signers="document:signers", roles=frozenset({"afdoening"}),
    answers="document:motie_path", needs=("motie",),
    not_for={"kamer": "een motie van de Kamer wordt afgedaan met een Kamerbrief van de minister, niet met een brief van"
                      " een college; raadsstukken maakt geen Kamerbrieven"})
