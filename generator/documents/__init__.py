"""What each soort of data file becomes: a template, a context, properties and its inputs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


def in_huisstijl(project: Any, loaded: Any, gemeente: Any, template_name: str, *, context: dict[str, Any],
                 properties: Properties, refers_to: Sequence[Path] = ()) -> Prepared:
    """A document of `gemeente`: its template (huisstijl first), its logo, and as inputs the data
    file, what it `refers_to`, the profile, every template location looked at and the logo."""
    from generator import huisstijl

    template, looked_at = project.template(template_name, gemeente)
    return Prepared(
        template=template, context=context, properties=properties,
        inputs=[loaded.path, *refers_to, gemeente.path, *looked_at, *huisstijl.logo_inputs(gemeente)],
        media=huisstijl.logo_media(project, gemeente, template),
    )


def kinds() -> dict[str, Callable[..., Prepared]]:
    from generator.documents import afdoening, beleidsplan, motie, verordening, wijzigingsverordening

    return {"motie": motie.prepare, "afdoeningsbrief": afdoening.prepare,
            "beleidsplan": beleidsplan.prepare,
            "verordening": verordening.prepare, "wijzigingsverordening": wijzigingsverordening.prepare}
