"""vragen: schriftelijke vragen of one or more members to the executive (Statenvragen, bestuurlijke vragen,
Kamervragen), with their answer term from the orgaan's Reglement van Orde."""

from generator.soorten.soort import declare

SOORT = declare("vragen", "raadsbrieven/vragen.docx", model="model:Vragen", data="vragen", label="Schriftelijke vragen",
                plural="Schriftelijke vragen", word="vragen")
