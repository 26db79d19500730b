"""What members of the assembly submit (soorten with the role motie or amendement, soorten/soort.py):
signed by their indieners, and numbered once.

A motie or amendement without indieners has no name under it. Two of one series (moties; amendementen
with their subamendementen) of one orgaan with the same number on the same vergadering, or for the same
voorstel, are two rows with one number in the motievolglijst: the later file (by name) is reported,
naming the first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from generator.errors import Issue

SERIES = ("motie", "amendement")
CONCEPT_HINT = "of zet 'concept: ja' zolang het niet bekend is"


def series(project: Any, doc: Any) -> str | None:
    """The role by which the document is numbered (motie or amendement), if it has one."""
    soort = project.registry.get(doc.loaded.model.soort)
    return next((role for role in SERIES if soort is not None and role in soort.roles), None)


def without_indieners(project: Any, doc: Any) -> list[Issue]:
    if series(project, doc) is None or getattr(doc.loaded.model, "indieners", None):
        return []
    return [doc.issue(("indieners",), "geen indieners: er staat geen naam onder",
                      f"voeg 'indieners:' toe met de naam (en fractie) van elke indiener, {CONCEPT_HINT}")]


def double_numbers(project: Any, docs: list[Any], orgaan_of: Any) -> list[Issue]:
    groups: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for doc in sorted(docs, key=lambda d: d.name):
        role, nummer = series(project, doc), _number(getattr(doc.loaded.model, "nummer", None))
        if role is None or not nummer:
            continue
        orgaan = orgaan_of(doc).id
        groups[(role, orgaan, nummer, "vergadering", getattr(doc.loaded.model, "vergadering", None))].append(doc)
        voorstel = _voorstel(doc.loaded.model)
        if voorstel:
            groups[(role, orgaan, nummer, "voorstel", voorstel)].append(doc)
    reported: set[str] = set()
    issues = []
    for (_role, _orgaan, _nummer, what, _value), group in groups.items():
        for doc in group[1:]:
            if doc.name in reported or _value is None:
                continue
            reported.add(doc.name)
            where = "op dezelfde vergadering" if what == "vergadering" else "bij hetzelfde voorstel"
            issues.append(doc.issue(("nummer",), f"het nummer '{doc.loaded.model.nummer}' heeft ook {group[0].name}"
                                    f" {where}", "geef elk stuk een eigen nummer (een subamendement bijvoorbeeld S1)"))
    return issues


def _number(value: str | None) -> str:
    return re.sub(r"[\s.\-]", "", value or "").casefold()


def _voorstel(model: Any) -> str | None:
    """What the stuk is about: the voorstel (or amendement) an amendement changes, a motie's voorstel."""
    target = getattr(model, "voorstel", None) or getattr(model, "amendement", None)
    if isinstance(target, str):
        return target.replace("\\", "/").rsplit("/", 1)[-1]
    if target is not None:
        return getattr(target, "ris", None) or getattr(target, "titel", None)
    return None
