"""Open a Word template safely: what it is, whether it is too big, whether it reaches outside.

Checked before python-docx or docxtpl touch it (an 80 KB zip bomb took python-docx to 1.67 GB;
a text file renamed .docx, an encrypted file and a .docm each fail differently). The package rules
(names, sizes, XML without DTDs, relationships read as XML) are in word/package.py; here is what a
template may not hold: macros, anything fetched from elsewhere on opening, tracked changes.
"""

from __future__ import annotations

from pathlib import Path

from generator.errors import UserError
from generator.files import Unreadable, read_regular
from generator.word.package import MAX_TOTAL, Wording, inspect, macros, open_package


def read_template(path: Path) -> list[tuple[str, bytes]]:
    """The template's zip entries in their stored order, after the safety checks."""
    name = path.name
    what = f"sjabloon {name}"
    try:
        raw = read_regular(path, MAX_TOTAL)
    except Unreadable as exc:
        raise UserError(f"sjabloon {exc}", exc.hint) from None
    package = open_package(raw, Wording(what), not_a_zip=(f"{what} is geen Word-document (.docx)",
                                                 "sla het sjabloon in Word op als 'Word-document (*.docx)'"),
                           encrypted=(f"{what} is versleuteld of een oud .doc-bestand",
                                      "open het in Word, verwijder het wachtwoord en sla op als Word-document (.docx)"))
    if "word/document.xml" not in package.parts():
        raise UserError(f"{what} is geen Word-document (geen word/document.xml)",
                        "sla het sjabloon in Word op als 'Word-document (*.docx)'")
    if macros(package):
        raise UserError(f"{what} bevat macro's", "sla het op als 'Word-document (*.docx)', zonder macro's")
    found = inspect(package)
    if found.external:
        raise UserError(f"{what} koppelt aan een extern bestand ({found.external[0][:200]})",
                        "voeg afbeeldingen in als 'Invoegen', niet als 'Koppelen', en verwijder koppelingen naar andere bestanden")
    if found.fields:
        code, part = found.fields[0]
        raise UserError(f"{what} haalt bij het openen iets van buiten op (veld {code[:200]} in {part})",
                        "verwijder dat veld uit het sjabloon")
    if found.tracked:
        raise UserError(f"{what} bevat bijgehouden wijzigingen",
                        "accepteer of weiger alle wijzigingen in Word (Controleren → Accepteren) en sla op")
    return package.entries
