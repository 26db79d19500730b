"""vergadering: one meeting of the assembly — its agenda, stemmingslijst and besluitenlijst, and the status
of every stuk it votes on."""

from generator.soorten.soort import Soort

SOORT = Soort(
    "vergadering", "document", "generator.soorten.vergadering", model="model:Vergadering", prepare="document:prepare",
    templates=("vergaderingen/agenda.docx", "vergaderingen/stemmingslijst.docx", "vergaderingen/besluitenlijst.docx"),
    rules="checks:waarschuwingen", decides="deciders:decided", data="vergaderingen", label="Vergadering",
    plural="Vergaderingen")
