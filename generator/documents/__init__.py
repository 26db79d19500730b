"""What each soort of data file becomes: a template, a context, properties and its inputs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.render import Properties


@dataclass
class Prepared:
    """Everything needed to render one document, and every file it depends on."""

    template: Path
    context: dict[str, Any]
    properties: Properties
    inputs: list[Path]
    media: dict[str, bytes] = field(default_factory=dict)
    """Template images to replace, by zip entry name (e.g. the gemeente's logo for word/media/logo.png)."""


def kinds() -> dict[str, Callable[..., Prepared]]:
    from generator.documents import afdoening, beleidsplan, motie
    from generator.documents import verordening, wijzigingsverordening

    return {"motie": motie.prepare, "afdoeningsbrief": afdoening.prepare,
            "beleidsplan": beleidsplan.prepare,
            "verordening": verordening.prepare, "wijzigingsverordening": wijzigingsverordening.prepare}
