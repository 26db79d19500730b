"""YAML that silently loses or changes text: warnings with the part that is lost and the fix.

- `titel: Veilig fietsen # en lopen`: YAML makes ` # en lopen` a comment; in a free-text field we
  show the lost part. After a structural value (`nummer: M-12  # mag weg`) a comment is normal, and
  so is one set apart by two or more spaces (as the starters of `nieuw` write them): one space is
  how a `#` inside a sentence looks.
- `'s Avonds veilig'`: the apostrophe of 's / 't opened a single-quoted text; it is gone.
- `“Verzoekt het college:”`: curly quotes copied from Word end up in the document.
"""

from __future__ import annotations

import dataclasses
import re

from yaml.nodes import ScalarNode

from generator.errors import Issue
from generator.loading.syntax import Lines

STRUCTURAL = frozenset({
    "soort", "gemeente", "nummer", "ris", "kenmerk", "motie", "vergadering", "datum", "status", "status_datum",
    "inwerkingtreding", "vastgesteld", "label", "uit_model", "begrippen", "begrip", "bepaling", "afdoeningstermijn",
    "lasten", "baten", "saldo", "geraamd_resultaat", "toevoeging_reserves", "onttrekking_reserves",
    "model_toelichting", "vreemd_aan_de_orde", "templates", "logo", "bwb", "agendapunt", "standaard", "wijzigt",
    "uitslag", "voor", "tegen", "lid", "artikel", "bestaand", "na", "model",
})
"""Fields whose values are names, numbers, dates or choices: a comment after them loses nothing."""
CURLY = re.compile(r"^[“„‘‚«].*[”“’‘»]$", re.DOTALL)
ELISION = re.compile(r"^[ts](?:\s|-)")


def free_text(loc: tuple[str | int, ...]) -> bool:
    keys = [part for part in loc if isinstance(part, str)]
    return bool(keys) and keys[-1] not in STRUCTURAL


def traps(node: ScalarNode, loc: tuple[str | int, ...], lines: Lines) -> list[tuple[str, str]]:
    """(message, fix) for each way this scalar may not say what its author meant."""
    found = []
    value = node.value
    if not node.style and free_text(loc):
        end_line, end_column = lines.at(node.end_mark)
        rest = lines.line(end_line)[end_column - 1:]
        comment = re.match(r"(\s+)(#.*)$", rest)
        if comment and len(comment.group(1)) == 1 and comment.group(2).strip("#").strip():
            lost = comment.group(2).rstrip()
            found.append((f"'{lost[:60]}' is als commentaar gelezen en komt niet in het document",
                          "zet de hele tekst tussen dubbele aanhalingstekens als het # erbij hoort"))
    if node.style == "'" and ELISION.match(value):
        found.append((f"de apostrof van '{value[0]} is als aanhalingsteken gelezen; in het document komt "
                      f"\"{value[:30]}\"", f"zet de hele tekst tussen dubbele aanhalingstekens: \"'{value[:40]}\""))
    if CURLY.match(value.strip()) and len(value.strip()) > 1:
        found.append(("staat tussen gekrulde aanhalingstekens (gekopieerd uit Word?); die komen in het document",
                      "laat ze weg of gebruik rechte aanhalingstekens \"…\""))
    return found


def as_warning(issue: Issue) -> Issue:
    return dataclasses.replace(issue, severity="waarschuwing")
