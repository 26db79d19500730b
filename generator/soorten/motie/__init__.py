"""motie: an opinion, wish or request of the assembly (each Reglement van Orde defines it)."""

from generator.soorten.soort import declare

COMPANION = "status: aangenomen                # een afdoeningsbrief of beleidsplan verwijst naar deze motie\nstatus_datum: 2026-01-26"
"""A motie `nieuw` writes because another starter answers it: one that was adopted."""

SOORT = declare("motie", "moties/motie.docx", model="model:Motie", data="moties", label="Motie", plural="Moties",
                 roles=frozenset({"motie", "titel"}), companion=COMPANION)
