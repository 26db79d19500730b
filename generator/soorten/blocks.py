"""Considerans and dictum blocks: a header with its points.

Authors may write a block as a plain list (the default header applies), as a mapping with `kop:`
and `punten:`, or as a list of such mappings. `reshape_blocks` turns all three into the last form
before validation and moves the value positions along, so messages still point at the right line.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from generator.loading.reader import Document
from generator.soorten.base import Formule, Model, Tekst


class Blok(Model):
    veldnamen = {"kop": "Kop (zoals ‘Constaterende dat:’)", "punten": "Punten"}

    kop: Formule | None = None
    """The header exactly as it should read, e.g. "Gelet op:"."""
    punten: list[Tekst] = Field(min_length=1)


def reshape_blocks(doc: Document, key: str) -> None:
    """Normalise `doc.data[key]` to a list of block mappings, remapping positions."""
    data = doc.data
    if not isinstance(data, dict) or key not in data:
        return
    value = data[key]
    if isinstance(value, dict):
        data[key] = [value]
        doc.move((key,), (key, 0))
    elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        data[key] = [{"punten": value}]
        doc.move((key,), (key, 0, "punten"))
        doc.positions[(key, 0)] = doc.positions[(key, 0, "punten")]


def with_default_header(blocks: list[Blok], header: str) -> list[dict[str, Any]]:
    return [{"kop": blok.kop or header, "punten": list(blok.punten)} for blok in blocks]
