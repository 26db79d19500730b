"""antwoordbrief: the executive answers schriftelijke vragen, quoting each vraag, or announces with reasons
that it answers later (the uitstelbericht)."""

from generator.soorten.soort import declare

SOORT = declare(
    "antwoordbrief", "raadsbrieven/antwoordbrief.docx", model="model:Antwoordbrief", data="antwoorden",
    label="Antwoordbrief", plural="Antwoordbrieven", signers="document:signers",
    not_for={"kamer": "schriftelijke vragen van een Kamerlid beantwoordt de minister, en die antwoorden worden"
                      " opgenomen in het Aanhangsel van de Handelingen (Reglement van Orde Tweede Kamer art. 135,"
                      " Eerste Kamer art. 140)"})
