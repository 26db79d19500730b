"""Click's own words in Dutch ("Gebruik:", "Toon deze hulp en stop.").

Click marks its strings for gettext but ships no Dutch catalogue, so, when the command line
starts, the modules' `_` is pointed at this small table; what it lacks stays as Click wrote it.
"""

from __future__ import annotations

import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.types

WORDS = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Positional arguments": "Argumenten",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon de versie en stop.",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Zie '{command} {option}' voor hulp.",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "Missing argument": "Argument ontbreekt",
    "Missing option": "Optie ontbreekt",
    "Missing command.": "Opdracht ontbreekt.",
    "Missing parameter": "Parameter ontbreekt",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Aborted!": "Afgebroken.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig {number_type}.",
    "{value} is not in the range {range}.": "{value} ligt niet tussen {range}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand.",
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "integer": "geheel getal",
}


def dutch(text: str) -> str:
    return WORDS.get(text, text)


def install() -> None:
    """Point Click's `_` at the table; called when the command line starts (idempotent)."""
    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.types):
        if hasattr(module, "_"):
            module._ = dutch  # type: ignore[attr-defined]
