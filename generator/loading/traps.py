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

CURLY = re.compile(r"^[“„‘‚«].*[”“’‘»]$", re.DOTALL)
ELISION = re.compile(r"^[ts](?:\s|-)")


def comment_trap(node: ScalarNode, lines: Lines) -> tuple[str, str] | None:
    """(message, fix) when a ' #' inside this plain scalar made the rest of its line a comment. Whether that
    loses text depends on the field (after a number or a reference a comment is normal): the soort's model
    decides, once the file's soort is known (loading/project.py)."""
    if node.style:
        return None
    end = min(max(node.end_mark.index, 0), len(lines.text))
    stop = lines.text.find("\n", end)
    rest = lines.text[end:stop if stop != -1 else len(lines.text)].rstrip("\r")  # the rest of the scalar's line
    if "#" not in rest:
        return None
    comment = re.match(r"(\s+)(#.*)$", rest)
    if comment and len(comment.group(1)) == 1 and comment.group(2).strip("#").strip():
        lost = comment.group(2).rstrip()
        return (f"'{lost[:60]}' is als commentaar gelezen en komt niet in het document",
                "zet de hele tekst tussen dubbele aanhalingstekens als het # erbij hoort")
    return None


def traps(node: ScalarNode, lines: Lines) -> list[tuple[str, str]]:
    """(message, fix) for each way this scalar may not say what its author meant, whatever its field."""
    found = []
    value = node.value
    if node.style == "'" and ELISION.match(value):
        found.append((f"de apostrof van '{value[0]} is als aanhalingsteken gelezen; in het document komt "
                      f"\"{value[:30]}\"", f"zet de hele tekst tussen dubbele aanhalingstekens: \"'{value[:40]}\""))
    if CURLY.match(value.strip()) and len(value.strip()) > 1:
        found.append(("staat tussen gekrulde aanhalingstekens (gekopieerd uit Word?); die komen in het document",
                      "laat ze weg of gebruik rechte aanhalingstekens \"…\""))
    return found


def as_warning(issue: Issue) -> Issue:
    return dataclasses.replace(issue, severity="waarschuwing")
