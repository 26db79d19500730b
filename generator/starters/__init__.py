"""Commented starting files for `raadsstukken nieuw SOORT`."""

from __future__ import annotations

import difflib
from importlib import resources

from generator.errors import UserError


def available() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files(__package__).iterdir() if p.name.endswith(".yaml"))


def starter(soort: str) -> str:
    if soort not in available():
        guess = difflib.get_close_matches(soort, available(), n=1)
        raise UserError(f"onbekende soort '{soort}'",
                        f"bedoelt u '{guess[0]}'?" if guess else f"kies uit: {', '.join(available())}")
    text = resources.files(__package__).joinpath(f"{soort}.yaml").read_text("utf-8")
    return schema_line(soort) + text


def schema_line(soort: str) -> str:
    """VS Code's YAML extension reads this line: completion and errors while typing."""
    from generator.schema import schema_path

    return f"# yaml-language-server: $schema={schema_path(soort).as_uri()}\n"
