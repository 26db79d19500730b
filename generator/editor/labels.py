"""Dutch labels and help for the form's fields.

The models' field docstrings are written for developers, in English (the house rule for code);
what a griffie employee reads comes from here and from the comments of each soort's starter.yaml,
which already explain every field in Dutch to someone who fills in the file by hand.
"""

from __future__ import annotations

import re
from typing import Any

LABELS = {
    "gemeente": "Gemeente (profiel)", "titel": "Titel", "vergadering": "Datum van de raadsvergadering", "nummer": "Nummer",
    "ris": "RIS-nummer", "agendapunt": "Agendapunt", "voorstel": "Voorstel dat besproken wordt",
    "vreemd_aan_de_orde": "Vreemd aan de orde van de dag", "orgaan": "Orgaan (uit het register)",
    "aanhef": "Aanhef (in plaats van 'De raad van de gemeente …, in vergadering bijeen op …')",
    "constateringen": "Constateringen", "overwegingen": "Overwegingen", "verzoeken": "Verzoeken (het dictum)",
    "slot": "Slotzin", "indieners": "Indieners", "naam": "Naam", "fractie": "Fractie", "voetnoten": "Voetnoten",
    "status": "Status", "status_datum": "Datum van de status", "stemming": "Stemming", "voor": "Voor", "tegen": "Tegen",
    "uitslag": "Uitslag", "toelichting": "Toelichting", "niet_geplaatst": "Niet geplaatst door de import",
    "kop": "Kop", "punten": "Punten", "datum": "Datum", "kenmerk": "Kenmerk", "motie": "Motie (bestand)",
    "onderwerp": "Onderwerp", "tekst": "Tekst", "inleiding": "Inleiding", "artikelen": "Artikelen",
    "ondertitel": "Ondertitel", "griffier": "Griffier", "voorzitter": "Voorzitter", "burgemeester": "Burgemeester",
    "secretaris": "Secretaris", "label": "Label", "artikel": "Artikel", "bron": "Bron", "leden": "Leden",
    "fracties": "Stemming per fractie", "zetels": "Zetels", "stem": "Stem", "aantal_voor": "Aantal stemmen voor",
    "aantal_tegen": "Aantal stemmen tegen",
}
HELP = {
    "verzoeken": "Wat de raad vraagt of opdraagt; minstens één punt.",
    "voetnoten": "Een punt verwijst naar een voetnoot met [^1]; zet hier de tekst van voetnoot 1.",
    "niet_geplaatst": "Tekst die de import niet kon plaatsen: zet hem bij het juiste veld en haal hem hier weg.",
    "kop": "De kop zoals hij in de motie staat, zoals 'Constaterende dat:' of 'Gelet op:'.",
    "gemeente": "Het gemeenteprofiel uit data/gemeenten (namen, huisstijl); of kies hieronder het orgaan uit het register.",
    "orgaan": "Gemeente, provincie, waterschap of Kamer uit het ingebouwde register: typ een naam en kies, zoals zwolle of provincie-utrecht.",
}
STARTER_LINE = re.compile(r"^(?:# ?)?([a-z_]+):[^#]*#\s*(.+?)\s*$")
"""A top-level field (nested ones share names such as `ris` with other meanings), also commented out."""


def label_for(name: str) -> str:
    return LABELS.get(name) or name.replace("_", " ").capitalize()


def help_for(name: str, starter_help: dict[str, str]) -> str:
    return HELP.get(name) or starter_help.get(name, "")


def starter_values(starter: str) -> dict[str, Any]:
    """The starter's values (for the headers it proposes); every scalar a string, as the strict reader reads."""
    import yaml

    try:
        data = yaml.load(starter, Loader=yaml.BaseLoader)  # package data, in the orgaan's words (starters.project_text)
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def starter_help(starter: str) -> dict[str, str]:
    """`veld: waarde   # uitleg` lines of a starter (also commented-out ones): veld → uitleg."""
    found: dict[str, str] = {}
    for line in starter.splitlines():
        match = STARTER_LINE.match(line)
        if match:
            found.setdefault(match.group(1), match.group(2))
    return found
