"""What each soort of data file becomes: a template, a context, properties and its inputs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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


def kinds() -> dict[str, Callable[..., Prepared]]:
    from generator.documents import motie

    return {"motie": motie.prepare}
