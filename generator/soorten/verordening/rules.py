"""Content check: a Verordening Jeugdhulp should hold both familiegroepsplan provisions.

The VNG factsheet (seed 002) names them: whoever comes with a hulpvraag is always pointed to the
familiegroepsplan and supported if they wish (model artikel 5, eerste lid), and an existing
familiegroepsplan is the starting point of the onderzoek (model artikel 6, derde lid). The Jeugdwet
does not require them, so a missing one is a warning, not an error. A lid counts when it says which
provision it makes (`bepaling:`, as the model articles do); guessing from the words proved wrong
(a local article that merely mentions "familiegroepsplan" and "uitgangspunt" passed), so local text
that makes a provision says so with `bepaling:` too.
"""

from __future__ import annotations

import dataclasses

from generator.errors import Issue, ValidationFailed
from generator.loading.project import Loaded, Project

PROVISIONS = {
    "familiegroepsplan-informeren": (
        "wie zich met een hulpvraag meldt, altijd wordt gewezen op de mogelijkheid van een familiegroepsplan"
        " en desgewenst ondersteuning krijgt (VNG-modelverordening, artikel 5, eerste lid)"
    ),
    "familiegroepsplan-uitgangspunt": (
        "een opgesteld familiegroepsplan het uitgangspunt van het onderzoek is (VNG-modelverordening, artikel 6,"
        " derde lid)"
    ),
}


def is_jeugdhulp(loaded: Loaded) -> bool:
    model = loaded.model
    return getattr(model, "soort", "") == "verordening" and "jeugdhulp" in model.titel.lower()


def verordening_warnings(project: Project, loaded: Loaded) -> list[Issue]:
    """Warnings for a jeugdhulp verordening lacking a familiegroepsplan provision; [] otherwise."""
    if not is_jeugdhulp(loaded):
        return []
    from generator.soorten.verordening.artikelen import load_model
    from generator.soorten.verordening.document import articles

    try:
        model = load_model(project, loaded)
        found, _ = articles(loaded, model)
    except ValidationFailed:
        return []  # the errors themselves are reported by the normal check
    leden = [lid for artikel in found for lid in artikel.leden]
    warnings = []
    for name, description in PROVISIONS.items():
        if not any(lid.bepaling == name for lid in leden):
            issue = loaded.doc.issue(("artikelen",), f"de verordening mist de bepaling dat {description}",
                                     hint(model, name), key=True)
            warnings.append(dataclasses.replace(issue, severity="waarschuwing"))
    return warnings


def hint(model: Loaded | None, name: str) -> str:
    if model is not None:
        for artikel in model.model.artikelen:
            if any(lid.bepaling == name for lid in artikel.leden):
                return f"neem '- uit_model: {artikel.label}' op onder artikelen (uit {model.doc.name})"
    return f"voeg een lid toe dat dit regelt, met 'bepaling: {name}'"
