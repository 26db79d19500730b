"""The words an amendement changes a text with, in one place: the families of phrasing for replacing, adding
and removing, the labels of an old and a new text, and the place number a new point or lid opens with.

Each family lists every member the Dutch of griffies, Staten and the Kamer uses (the corpora's and the common
forms none of them has yet); the rules in `changes.py` are built from these lists, so a new member is one word
here and one test line in tests/test_import_rules.py.
"""

from __future__ import annotations

import re

REPLACE = (r"te\s+vervangen\s+door", r"(?:wordt|worden)\s+vervangen\s+door", r"vervangen\s+door", r"te\s+wijzigen\s+in",
           r"(?:wordt|worden)\s+gewijzigd\s+in", r"te\s+veranderen\s+(?:in|naar)", r"wijzigen\s+in", r"aan\s+te\s+passen\s+in")
"""A replacement: "te vervangen door", "wordt vervangen door", "te wijzigen in", "te veranderen in" …"""
ADD = (r"toe\s+te\s+voegen", r"in\s+te\s+voegen", r"(?:wordt|worden)\s+(?:toegevoegd|ingevoegd)", r"aan\s+te\s+vullen\s+met",
       r"(?:wordt|worden)\s+aangevuld\s+met", r"op\s+te\s+nemen")
"""An addition: "toe te voegen", "in te voegen", "wordt toegevoegd", "aan te vullen met", "op te nemen" …"""
DELETE = (r"te\s+schrappen", r"te\s+(?:laten|doen)\s+vervallen", r"(?:komt|komen)\s+te\s+vervallen", r"te\s+verwijderen",
          r"weg\s+te\s+laten", r"(?:wordt|worden)\s+(?:geschrapt|verwijderd|weggelaten)", r"vervalt")
"""A removal: "te schrappen", "te laten vervallen", "komt te vervallen", "weg te laten", "vervalt" …"""


def any_of(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(words) + ")"


OLD_LABEL = re.compile(r"^(?:van|oud|was|huidige\s+tekst|oude\s+tekst|oorspronkelijke\s+tekst|bestaande\s+tekst"
                       r"|tekst\s+nu|luidt\s+nu)\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
"""The label of the old text in a two-part change: "Van:", "Oud:", "Was:", "Huidige tekst:" …"""
NEW_LABEL = re.compile(r"^(?:naar|nieuw|wordt|nieuwe\s+tekst|gewijzigde\s+tekst|voorgestelde\s+tekst|tekst\s+wordt"
                       r"|wordt\s+dan)\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
"""The label of the new text: "Naar:", "Nieuw:", "Wordt:", "Nieuwe tekst:" …"""
PLACE_NUMBER = re.compile(r"^(?:\d{1,2}[a-z]?|[a-z])[.)]?\s+(?=[A-Z])")
"""The number a new point or lid opens with ("4. Het OFG …", "3 In afwijking …"): its place, not its text."""
TARGET_KINDS = (("beslispunt", r"beslispunt(?:en)?|besluitpunt(?:en)?|beslis-\s*punt"),
                ("onderdeel", r"onderde(?:el|len)|paragra(?:af|fen)\b|hoofdstuk"), ("lid", r"lid\b|leden\b"),
                ("artikel", r"artikel(?:en)?\b"))
"""The kinds of target and the words that name them; the innermost (last named) part is the kind."""
DOEL_LEAD = re.compile(r"^(?:dat|om|voorgesteld\s+wordt)\s+(?=\S)", re.IGNORECASE)
"""Words that lead into a target without naming it ("Om besluitpunt 1 …", "dat beslispunt 2 …")."""
