"""Where a YAML problem is, as an editor counts, and what it is, in Dutch.

YAML counts U+2028, U+2029 and U+0085 as line breaks, Python's `splitlines` also form feeds and
more; an editor counts only line feeds. Every position we report is computed from the character
index the parser gives, so a message names the line the user sees.
"""

from __future__ import annotations

import bisect
import re

import yaml

from generator.errors import Issue
from generator.messages import YAML_DEFAULT, yaml_problem

QUOTE_HINT = "sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint"
ELISION_HINT = ("sluit de tekst af met een enkel aanhalingsteken; begint de tekst met 't of 's (zoals 't Harde),"
                " dan is die apostrof als aanhalingsteken gelezen: zet de hele tekst tussen dubbele aanhalingstekens,"
                " zoals \"'t Harde\"")


def editor_text(text: str) -> str:
    """Line ends as one line feed each (CRLF and a lone CR count as one line in an editor too)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Lines:
    """Line and column (1-based, as an editor shows them) of a character index in the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.lines = text.split("\n")

    def at(self, mark: yaml.Mark | None) -> tuple[int, int]:
        if mark is None:
            return 0, 0
        index = min(max(mark.index, 0), len(self.text))
        line = bisect.bisect_right(self.starts, index) - 1
        return line + 1, index - self.starts[line] + 1

    def line(self, number: int) -> str:
        return self.lines[number - 1] if 0 < number <= len(self.lines) else ""


def syntax_issue(name: str, exc: yaml.MarkedYAMLError, lines: Lines) -> Issue:
    """The Dutch issue for the parser's error, at the line where the user has to look."""
    problem = str(exc.problem or "").strip()
    context = str(exc.context or "")
    mark = exc.problem_mark or exc.context_mark
    if problem.startswith("could not find expected ':'") and exc.context_mark:
        mark = exc.context_mark  # the key without its colon, not the line after it
    line, column = lines.at(mark)
    bad_line = lines.line(line)
    if "\t" in bad_line[: len(bad_line) - len(bad_line.lstrip())] or "'\\t'" in problem:
        return Issue(name, line, 1, message="tabteken gevonden; YAML staat alleen spaties toe voor inspringing",
                     hint="vervang de tab door spaties")
    translated = yaml_problem(problem) or yaml_problem(context)
    if "quoted scalar" in context and exc.context_mark and not yaml_problem(problem):
        line, column = lines.at(exc.context_mark)
        return _unclosed(name, line, column, lines)
    message, hint = translated or YAML_DEFAULT
    if "\\" not in message and not problem.startswith("could not find expected ':'"):
        quote = unclosed_quote(lines, line)
        if quote:
            return _unclosed(name, *quote, lines)
    return Issue(name, line, column, message=message, hint=hint)


def _unclosed(name: str, line: int, column: int, lines: Lines) -> Issue:
    single = lines.line(line)[column - 1: column] == "'"
    return Issue(name, line, column, message="aanhalingsteken wordt niet gesloten",
                 hint=ELISION_HINT if single else QUOTE_HINT)


def unclosed_quote(lines: Lines, error_line: int) -> tuple[int, int] | None:
    """Line and column of the last value up to the error that opens a quote it does not close."""
    found = None
    for number, line in enumerate(lines.lines[:error_line], start=1):
        match = re.match(r"^(\s*(?:-\s+)?(?:[^\s:#'\"][^:#]*:\s+)?)([\"'])(.*)$", line)
        if match:
            rest = match.group(3).rstrip()
            if not rest.endswith(match.group(2)) or (rest.count(match.group(2)) % 2 == 0 and not rest):
                found = (number, len(match.group(1)) + 1)
    return found
