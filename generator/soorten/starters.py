"""Commented starting files for `raadsstukken nieuw SOORT`: each soort keeps its own starter.yaml."""

from __future__ import annotations

import difflib

from generator.errors import UsageError
from generator.soorten.registry import BUILTIN, Registry


def available(registry: Registry = BUILTIN) -> list[str]:
    return [soort.name for soort in registry if soort.kind == "document" and soort.starter]


def starter(soort: str, registry: Registry = BUILTIN) -> str:
    names = available(registry)
    if soort not in names:
        guess = difflib.get_close_matches(soort, names, n=1)
        raise UsageError(f"onbekende soort '{soort}'",
                         f"bedoelt u '{guess[0]}'?" if guess else f"kies uit: {', '.join(sorted(names))}")
    entry = registry[soort]
    return schema_line(entry.schema_path) + entry.starter_path.read_text("utf-8")


def schema_line(schema: object) -> str:
    """VS Code's YAML extension reads this line: completion and errors while typing."""
    from pathlib import Path

    assert isinstance(schema, Path)
    return f"# yaml-language-server: $schema={schema.as_uri()}\n"


def in_project(text: str, soort: str, orgaan_id: str, schema: str) -> str:
    """The starter for a project made by `init`: its own orgaan, the project's copy of the schema,
    and for a motie no `kop:` lines, so the orgaan's forms ("Verzoeken Gedeputeerde Staten:") apply."""
    import re

    key = "orgaan" if soort == "motie" else "gemeente"
    lines = []
    for line in text.splitlines(keepends=True):
        if line.startswith("# yaml-language-server:"):
            line = f"# yaml-language-server: $schema={schema}\n"
        elif line.startswith("gemeente:"):
            line = f"{key}: {orgaan_id}".ljust(34) + "# id uit het ingebouwde register (raadsstukken.yaml)\n"
        elif soort == "motie" and re.match(r"^\s+kop: ", line):
            continue
        lines.append(line)
    return "".join(lines)
