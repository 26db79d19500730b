"""One error family for the whole tool.

Three kinds, as the tools we admire have them: a `UserError` (one actionable message), a
`ValidationFailed` carrying every `Issue` found (all files, all problems, reported together) and
`InternalError` (a bug: the message says so). Core modules raise these; only the CLI's one error
boundary (cli/boundary.py) turns them into output and exit codes:
0 done, 1 content errors (data, templates), 2 wrong use of the command, 3 a bug in the tool.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass
from pathlib import Path

REPORT_URL = "https://github.com/raadsstukken/raadsstukken/issues"


@dataclass(frozen=True, order=True)
class Issue:
    """One problem in one input, located as precisely as we can.

    Rendered as ``file:line:column: field: what is wrong — how to fix it``.
    """

    file: str
    line: int = 0
    column: int = 0
    field: str = ""
    message: str = ""
    hint: str = ""
    severity: str = dataclasses.field(default="fout", compare=False)

    def _replace_field(self, field_path: str) -> Issue:
        return dataclasses.replace(self, field=field_path)

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        text = f"{where}: "
        if self.field:
            text += f"{self.field}: "
        text += self.message
        if self.hint:
            text += f" — {self.hint}"
        return text


def display_path(path: Path | str, root: Path | None = None) -> str:
    """The path as a user typed it: relative to the project root when it lies below it."""
    base = str(root) if root is not None else os.getcwd()  # noqa: PTH109 (Path.cwd() costs more than the rest)
    text = str(path)
    if text.startswith(base + "/"):
        return text[len(base) + 1:]
    if not text.startswith("/") and not Path(text).is_absolute():
        return text
    return _resolved_relative(text, base)


@functools.lru_cache(maxsize=4096)
def _resolved_relative(text: str, base: str) -> str:
    """The slow way, only when a link or `..` may be in between (a loop of links included); asked
    again for the same path (a verordening names its model on every article), it is answered once."""
    try:
        return str(Path(text).resolve().relative_to(Path(base).resolve()))
    except (ValueError, RuntimeError, OSError):
        return text


class RaadsstukkenError(Exception):
    """Base class: every error the tool raises on purpose."""

    exit_code = 1


class UserError(RaadsstukkenError):
    """One clear message for the user; no traceback."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} — {self.hint}" if self.hint else self.message


class UsageError(UserError):
    """The command was used wrongly (an unknown soort, an output that already exists): exit 2."""

    exit_code = 2


class ValidationFailed(RaadsstukkenError):
    """A list of issues in the input; all of them are reported."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(f"{len(issues)} fout(en)")
        self.issues = sorted(issues)


class InternalError(RaadsstukkenError):
    """A bug in raadsstukken itself, not in the user's input."""

    exit_code = 3

    def __str__(self) -> str:
        return (
            f"Interne fout in raadsstukken: {super().__str__()}. Dit is een fout in het programma, "
            f"niet in uw gegevens; meld het op {REPORT_URL}."
        )
