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
    if "\\" not in message and not any(p in problem for p in PRECISE):
        quote = unclosed_quote(lines, line)
        if quote:
            return _unclosed(name, *quote, lines)
        after = text_after_quote(lines, line)
        if after:
            return Issue(name, *after, message="na de tekst tussen aanhalingstekens staat nog iets op dezelfde regel",
                         hint="zet de hele tekst tussen aanhalingstekens, of laat de aanhalingstekens weg")
    return Issue(name, line, column, message=message, hint=hint)


PRECISE = ("could not find expected ':'", "document indicator", "nesting depth", "another document", "%YAML", "%TAG")
"""Problems the parser places exactly: an unclosed quote further up is not their cause."""


def reader_issue(name: str, exc: yaml.reader.ReaderError, lines: Lines) -> Issue:
    """A character YAML does not allow anywhere (a control character), named with its code point."""
    index = min(max(exc.position, 0), len(lines.text))
    line = bisect.bisect_right(lines.starts, index) - 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
    return Issue(name, line + 1, index - lines.starts[line] + 1,
                 message=f"het bestand bevat het besturingsteken U+{code:04X}, dat niet in YAML mag",
                 hint="verwijder het; het komt vaak mee bij kopiëren uit een PDF of een ander programma")


def _unclosed(name: str, line: int, column: int, lines: Lines) -> Issue:
    single = lines.line(line)[column - 1: column] == "'"
    return Issue(name, line, column, message="aanhalingsteken wordt niet gesloten",
                 hint=ELISION_HINT if single else QUOTE_HINT)


QUOTED = re.compile(r"^(\s*(?:-\s+)?(?:[^\s:#'\"][^:#]*:\s+)?)([\"'])(.*)$")


def _closing(quote: str, rest: str) -> int:
    """Where the quote that opened `rest` closes in it, or -1."""
    if quote == "'":
        match = re.search(r"'(?!')", rest.replace("''", "\0\0"))
    else:
        match = re.search(r'(?<!\\)"', rest.replace("\\\\", "\0\0"))
    return match.start() if match else -1


def unclosed_quote(lines: Lines, error_line: int) -> tuple[int, int] | None:
    """Line and column of the last value up to the error that opens a quote it does not close."""
    found = None
    for number, line in enumerate(lines.lines[:error_line], start=1):
        match = QUOTED.match(line)
        if match and _closing(match.group(2), match.group(3)) < 0:
            found = (number, len(match.group(1)) + 1)
    return found


def text_after_quote(lines: Lines, error_line: int) -> tuple[int, int] | None:
    """`titel: "Goede" titel`: a quoted text closed, and more text after it on the line."""
    for number in (error_line, error_line - 1):
        match = QUOTED.match(lines.line(number))
        if match:
            end = _closing(match.group(2), match.group(3))
            after = match.group(3)[end + 1:].strip() if end >= 0 else ""
            if after and not after.startswith("#"):
                return number, len(match.group(1)) + end + 3
    return None
