"""Blocks in a template: every `{% for %}` / `{% if %}` closed, by the same kind of tag.

docxtpl turns `{%p …%}` into a tag that replaces its whole paragraph and `{%tr …%}` one that
replaces its table row; a `{%p for %}` closed by a `{% endfor %}` inside a paragraph therefore
cuts the Word XML in two. Jinja itself only says "unexpected end of template" at the last line;
here the paragraph that opened the block is named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

OPENERS = {"for", "if", "macro", "call", "filter", "with", "block", "autoescape", "trans", "raw"}
MIDDLES = {"else": ("if", "for"), "elif": ("if",), "pluralize": ("trans",)}
BLOCK = re.compile(r"\{%(?:(p|tr|tc|r) )?-?\s*([a-z_]*)(.*?)-?%\}", re.DOTALL)
PLACE = {"p": "in een eigen alinea, zonder andere tekst", "tr": "in een eigen tabelrij",
         "tc": "in een eigen tabelcel", "r": "in dezelfde alinea", None: "in dezelfde alinea"}


def _tags(units: list[Any]) -> Iterator[Any]:
    for unit in units:
        for match in BLOCK.finditer(unit.code):
            level, keyword, rest = match.groups()
            if keyword == "set" and "=" not in rest:
                keyword = "set_block"
            yield unit, match.group(), level, keyword


def _closing(level: str | None, keyword: str) -> str:
    prefix = f"{level} " if level else " "
    return f"{{%{prefix}end{keyword.replace('set_block', 'set')} %}}"


def balance(units: list[Any]) -> list[tuple[Any, str, str]]:
    stack: list[tuple[Any, str, str | None, str]] = []
    for unit, tag, level, keyword in _tags(units):
        if keyword in OPENERS or keyword == "set_block":
            stack.append((unit, tag, level, keyword))
        elif keyword in MIDDLES or keyword.startswith("end"):
            wanted = MIDDLES.get(keyword) or (keyword[3:].replace("set", "set_block"),)
            problem = _mismatch(stack, unit, tag, level, wanted)
            if problem:
                return [problem]
            if keyword.startswith("end"):
                stack.pop()
    return [(unit, f"'{tag}' wordt niet gesloten",
             f"zet na wat herhaald of voorwaardelijk is '{_closing(level, keyword)}' {PLACE[level]}")
            for unit, tag, level, keyword in stack]


def _mismatch(stack: list[Any], unit: Any, tag: str, level: str | None, wanted: Any) -> tuple[Any, str, str] | None:
    if not stack:
        return (unit, f"'{tag}' sluit niets: er staat geen '{wanted[0]}' open",
                f"verwijder '{tag}' of zet de bijbehorende '{{% {wanted[0]} … %}}' ervoor")
    opened_unit, opened, opened_level, opened_keyword = stack[-1]
    where = f"alinea {opened_unit.number}" if opened_unit.number else "eerder"
    if opened_keyword not in wanted:
        return (unit, f"'{tag}' past niet bij '{opened}' ({where}) die nog open staat",
                f"sluit eerst '{opened}' met '{_closing(opened_level, opened_keyword)}'")
    if opened_level != level:
        return (unit, f"'{tag}' hoort bij '{opened}' ({where}), maar is een andere soort code",
                f"gebruik dezelfde soort code als '{opened}', bijvoorbeeld '{_closing(opened_level, opened_keyword)}' "
                f"{PLACE[opened_level]}")
    return None
