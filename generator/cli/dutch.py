"""Click's own words in Dutch ("Gebruik:", "Toon deze hulp en stop.").

Click marks its strings for gettext but ships no Dutch catalogue, so, when the command line
starts, the modules' `_` is pointed at this small table; what it lacks stays as Click wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

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
    "integer range": "geheel getal",
    "float": "getal",
    "float range": "getal",
    "text": "tekst",
    "required": "verplicht",
    "default: {default}": "standaard: {default}",
    "(dynamic)": "(wisselend)",
    "env var: {var}": "omgevingsvariabele: {var}",
    "deprecated": "verouderd",
    "%(prog)s, version %(version)s": "%(prog)s, versie %(version)s",
    "Choose from:\n\t{choices}": "Kies uit:\n\t{choices}",
    "Choice({choices})": "Keuze({choices})",
    "Missing parameter: {param_name}": "Parameter ontbreekt: {param_name}",
    "Missing {param_type}": "{param_type} ontbreekt",
    "Option {name!r} does not take a value.": "Optie {name!r} neemt geen waarde.",
    "Argument {name!r} takes {nargs} values.": "Argument {name!r} neemt {nargs} waarden.",
    "Invalid start character for option ({option})": "Ongeldig beginteken voor optie ({option})",
    "Value must be an iterable.": "De waarde moet een reeks zijn.",
    "Could not open file {filename!r}: {message}": "Kan bestand {filename!r} niet openen: {message}",
    "{name} {filename!r} is not readable.": "{name} {filename!r} is niet leesbaar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} is niet schrijfbaar.",
    "{name} {filename!r} is not executable.": "{name} {filename!r} is niet uitvoerbaar.",
    "{value!r} is not a valid UUID.": "{value!r} is geen geldige UUID.",
    "Error: invalid input": "Fout: ongeldige invoer",
    "Error: The two entered values do not match.": "Fout: de twee ingevoerde waarden verschillen.",
    "Repeat for confirmation": "Herhaal ter bevestiging",
    "Do you want to continue?": "Wilt u doorgaan?",
    "Confirm the action without prompting.": "Bevestig zonder te vragen.",
    "Press any key to continue...": "Druk op een toets om door te gaan...",
    "unknown error": "onbekende fout",
}
PLURALS = {
    "Did you mean {possibility}?": ("Bedoelt u {possibility}?", "(Bedoelt u een van: {possibilities}?)"),
    "Got unexpected extra argument ({args})": ("Onverwacht extra argument ({args})",
                                               "Onverwachte extra argumenten ({args})"),
    "Option {name!r} requires an argument.": ("Optie {name!r} heeft een waarde nodig.",
                                              "Optie {name!r} heeft {nargs} waarden nodig."),
    "{value!r} is not {choice}.": ("{value!r} is geen {choice}.", "{value!r} is niet een van {choices}."),
    "Takes {nargs} values but 1 was given.": ("Neemt {nargs} waarden, maar 1 is gegeven.",
                                              "Neemt {nargs} waarden, maar {len} zijn gegeven."),
    "{value!r} does not match the format {format}.": ("{value!r} past niet bij het formaat {format}.",
                                                      "{value!r} past niet bij de formaten {formats}."),
    "{len_type} values are required, but {len_value} was given.": (
        "{len_type} waarden zijn nodig, maar {len_value} is gegeven.",
        "{len_type} waarden zijn nodig, maar {len_value} zijn gegeven."),
}
METAVARS = {
    "INTEGER RANGE": "GETAL", "FLOAT RANGE": "GETAL", "OPTIONS": "OPTIES", "COMMAND": "OPDRACHT",
    "ARGS": "ARGUMENTEN", "TEXT": "TEKST", "INTEGER": "GETAL", "FLOAT": "GETAL", "BOOLEAN": "JA|NEE",
    "PATH": "PAD", "PATHS": "PADEN", "FILE": "BESTAND", "FILES": "BESTANDEN", "DIRECTORY": "MAP",
    "FOLDER": "MAP", "FILENAME": "BESTAND", "UUID": "UUID",
}
"""Names in usage lines and option help: Click's type names and our arguments' names upper-cased."""
METAVAR = re.compile(r"INTEGER RANGE|FLOAT RANGE|\b[A-Z]+\b")


def dutch(text: str) -> str:
    return WORDS.get(text, text)


def dutch_n(singular: str, plural: str, count: int) -> str:
    forms = PLURALS.get(singular, (singular, plural))
    return forms[0] if count == 1 else forms[1]


def metavar(text: str) -> str:
    """"[OPTIONS] [PATHS]..." → "[OPTIES] [PADEN]..."; names of our own (SOORT, NAAM) stay."""
    return METAVAR.sub(lambda m: METAVARS.get(m.group(0), m.group(0)), text)


def _translated(method: Callable[..., Any]) -> Callable[..., Any]:
    if getattr(method, "dutch", False):
        return method

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = method(*args, **kwargs)
        return [metavar(r) for r in result] if isinstance(result, list) else metavar(result)

    wrapper.dutch = True  # type: ignore[attr-defined]
    return wrapper


def _path_convert(method: Callable[..., Any]) -> Callable[..., Any]:
    """A Path type names itself ("directory") when built, before the table is installed."""
    if getattr(method, "dutch", False):
        return method

    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        self.name = dutch(self.name)
        return method(self, *args, **kwargs)

    wrapper.dutch = True  # type: ignore[attr-defined]
    return wrapper


def install() -> None:
    """Point Click's `_` and `ngettext` at the tables and translate its metavars; called when the
    command line starts (idempotent)."""
    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.types, click.parser):
        if hasattr(module, "_"):
            module._ = dutch  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = dutch_n  # type: ignore[attr-defined]
    for cls, name in ((click.core.Parameter, "make_metavar"), (click.core.Argument, "make_metavar"),
                      (click.core.Command, "collect_usage_pieces"), (click.core.Group, "collect_usage_pieces")):
        setattr(cls, name, _translated(getattr(cls, name)))
    click.types.Path.convert = _path_convert(click.types.Path.convert)  # type: ignore[method-assign]
