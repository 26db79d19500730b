"""motie: an opinion, wish or request of the assembly (each Reglement van Orde defines it)."""

from generator.soorten.soort import declare

SOORT = declare("motie", "moties/motie.docx", model="model:Motie", data="moties", label="Motie", plural="Moties",
                 roles=frozenset({"motie", "titel"}))
