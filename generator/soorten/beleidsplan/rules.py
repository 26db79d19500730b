"""Is the familiegroepsplan section of a beleidsplan complete? The VNG factsheet (seed 002, "Opname in
het gemeentelijke beleidsplan", "Opname in de begroting", "Overige aandachtspunten") lists what a
gemeente should describe. Each point is a named field of the model, so the check is structural: an
empty or absent field is a point left out. A plan without the section (a begroting) is not checked.
"""

from __future__ import annotations

import dataclasses

from generator.errors import Issue
from generator.loading.project import Loaded, Project
from generator.soorten.beleidsplan.model import PUNTEN, VORMEN, Beleidsplan

HINTS = {
    "zelfstandig": "hoe de gemeente ouders helpt die zelf hun netwerk bijeenbrengen"
                   " (bijvoorbeeld een ruimte in een wijkcentrum of buurthuis)",
    "onafhankelijke_derde": "hoe de gemeente planvorming onder leiding van een onafhankelijke"
                            " burger mogelijk maakt (bijvoorbeeld een Eigen Kracht-conferentie)",
    "professional": "hoe professionals gezinnen ondersteunen bij het opstellen van het plan"
                    " (bijvoorbeeld Sociale NetwerkStrategieën of Signs of Safety)",
    "informeren": "hoe burgers horen dat zij een familiegroepsplan kunnen opstellen en waar zij"
                  " terechtkunnen voor ondersteuning",
    "inbedding": "welke professional naar het plan kijkt en hoe ouders op basis van het plan"
                 " toegang krijgen tot (niet vrij toegankelijke) jeugdhulp",
    "afspraken": "hoe jeugdhulpaanbieders en gecertificeerde instellingen werken vanuit het"
                 " principe van eigen kracht",
    "budget": "hoe de gemeente het opstellen van familiegroepsplannen financiert",
    "monitoring": "de prestatieafspraken met instellingen en hoe de gemeente monitort en evalueert"
                  " of en hoe familiegroepsplannen tot stand komen",
}


def beleidsplan_warnings(project: Project, loaded: Loaded) -> list[Issue]:
    """One warning per factsheet point the familiegroepsplan section leaves out."""
    plan = loaded.model
    if not isinstance(plan, Beleidsplan) or plan.familiegroepsplan is None:
        return []
    section = plan.familiegroepsplan
    missing: list[tuple[tuple[str, ...], str]] = []
    for name, kop in VORMEN:
        if not (section.vormen and getattr(section.vormen, name)):
            missing.append((("familiegroepsplan", "vormen", name), kop))
    for name, kop in PUNTEN:
        if not getattr(section, name):
            missing.append((("familiegroepsplan", name), kop))
    return [_warning(loaded, loc, kop) for loc, kop in missing]


def _warning(loaded: Loaded, loc: tuple[str, ...], kop: str) -> Issue:
    hint = f"beschrijf onder '{loc[-1]}:' {HINTS[loc[-1]]}"
    issue = loaded.doc.issue(loc, f"het punt '{kop}' uit de VNG-factsheet familiegroepsplan ontbreekt", hint, key=True)
    return dataclasses.replace(issue, severity="waarschuwing")
