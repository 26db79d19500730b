"""What each soort of data file becomes: a template, a context, properties and its inputs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.word.render import Properties


@dataclass
class Prepared:
    """Everything needed to render one document, and every file it depends on."""

    template: Path
    context: dict[str, Any]
    properties: Properties
    inputs: list[Path]
    media: dict[str, bytes] = field(default_factory=dict)
    """Template images to replace, by zip entry name (e.g. the gemeente's logo for word/media/logo.png)."""
    post: Callable[[str], str] | None = None
    """Rewrites the rendered word/document.xml (the redline: markers → w:ins / w:del)."""
    text: Callable[[dict[str, bytes]], str] | None = None
    """The .txt from the rendered parts, when the soort knows it without reading them all (a list's kept rows)."""
    descriptions: dict[str, str] = field(default_factory=dict)
    """Alternative text of template images, by zip entry name (the logo's, word/logo.py)."""
    parts: list[tuple[str, Prepared]] = field(default_factory=list)
    """Further documents made from the same data file, each named by its suffix: a vergadering's agenda
    is its own document, its stemmingslijst ("-stemmingslijst") and besluitenlijst are parts."""


def in_huisstijl(project: Any, loaded: Any, gemeente: Any, *, context: dict[str, Any],
                 properties: Properties, refers_to: Sequence[Path] = (), template_name: str = "") -> Prepared:
    """A document of `gemeente`: its soort's template (or `template_name`; huisstijl first), its logo, and as
    inputs the data file, what it `refers_to`, the profile, every template location looked at and the logo."""
    import dataclasses

    from generator.word import logo as huisstijl

    template_name = template_name or project.registry[loaded.model.soort].template
    template, looked_at = project.template(template_name, gemeente)
    from generator.soorten import openfeiten

    locs = list(openfeiten.found(loaded.doc.data))  # walked once for both
    properties = dataclasses.replace(properties, concept=openfeiten.is_concept(loaded, locs),
                                     open_facts=openfeiten.names(type(loaded.model), loaded.doc.data, locs))
    if gemeente is None:  # an orgaan from the register without a profile: no people, no huisstijl
        return Prepared(template=template, context=context, properties=properties,
                        inputs=[loaded.path, *refers_to, *looked_at])
    return Prepared(
        template=template, context=context, properties=properties,
        inputs=[loaded.path, *refers_to, gemeente.path, *looked_at, *huisstijl.logo_inputs(gemeente)],
        media=huisstijl.logo_media(project, gemeente, template),
        descriptions=huisstijl.logo_descriptions(gemeente, template, properties.author),
    )


def prepare(project: Any, loaded: Any) -> Prepared | None:
    """The document a loaded data file becomes, or None for reference data (profiles, models)."""
    soort = project.registry.get(loaded.model.soort)
    if soort is None or soort.kind != "document":
        return None
    return soort.call("prepare")(project, loaded)  # type: ignore[no-any-return]
