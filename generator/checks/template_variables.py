"""Which variables a template uses, and which of them the soort's context does not provide.

The provided variables are learnt from real contexts (every sample data file of the soort,
prepared), merged into a `Shape`: the keys of each mapping and the shape of each list's items.
The template's Jinja tree is then walked with its own scopes (loop variables, `set`, macros), so
`{{ blok.kopp }}` inside `{% for blok in considerans %}` is caught as well as `{{ titell }}`.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from jinja2 import nodes

GLOBALS = {"range", "dict", "lipsum", "cycler", "joiner", "namespace", "loop", "true", "false", "none",
           "True", "False", "None", "caller", "varargs", "kwargs"}
DICT_METHODS = {"items", "keys", "values", "get"}


@dataclass
class Shape:
    """What is known about a value: a mapping's keys, a list's items, or nothing (a scalar)."""

    keys: dict[str, Shape] | None = None
    item: Shape | None = None
    other: bool = False
    """Also seen as something that is neither None nor a mapping: attribute checks are off."""

    def merge(self, value: Any) -> Shape:
        if isinstance(value, dict):
            self.keys = self.keys if self.keys is not None else {}
            for key, sub in value.items():
                self.keys.setdefault(str(key), Shape()).merge(sub)
        elif isinstance(value, (list, tuple)):
            self.item = self.item or Shape()
            for sub in value:
                self.item.merge(sub)
            self.other = True
        elif value is not None:
            self.other = True
        return self

    def attribute(self, name: str) -> Shape | None:
        return (self.keys or {}).get(name)

    def checks_attributes(self) -> bool:
        return bool(self.keys) and not self.other


@dataclass
class Unknown:
    """A name or attribute the context does not provide, with the closest known one."""

    expression: str
    guess: str | None
    known: list[str] = field(default_factory=list)


@dataclass
class _Walker:
    root: Shape
    found: list[Unknown] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def walk(self, node: nodes.Node, scope: dict[str, Shape | None]) -> None:
        handler = getattr(self, f"_{type(node).__name__}", None)
        if handler is not None:
            handler(node, scope)
            return
        for child in node.iter_child_nodes():
            self.walk(child, scope)

    def shape(self, node: nodes.Node, scope: dict[str, Shape | None]) -> Shape | None:
        """Walk `node` (reporting what is unknown) and return the shape of its value."""
        if isinstance(node, nodes.Name):
            return self._name(node, scope)
        if isinstance(node, nodes.Getattr):
            return self._attribute(self.shape(node.node, scope), node.attr, node)
        if isinstance(node, nodes.Getitem):
            base = self.shape(node.node, scope)
            self.walk(node.arg, scope)
            if base is None or not isinstance(node.arg, nodes.Const):
                return None
            if isinstance(node.arg.value, str):
                return self._attribute(base, node.arg.value, node)
            return base.item
        self.walk(node, scope)
        return None

    def _name(self, node: nodes.Name, scope: dict[str, Shape | None]) -> Shape | None:
        if node.ctx != "load" or node.name in scope or node.name in GLOBALS:
            return scope.get(node.name)
        self.used.add(node.name)
        provided = self.root.keys or {}
        if node.name in provided:
            return provided[node.name]
        if self.root.keys is not None:
            self.found.append(Unknown(node.name, _guess(node.name, provided), sorted(provided)))
        return None

    def _attribute(self, base: Shape | None, name: str, node: nodes.Node) -> Shape | None:
        if base is None or not base.checks_attributes():
            return None
        if name in (base.keys or {}):
            return base.attribute(name)
        if name not in DICT_METHODS:
            self.found.append(Unknown(_expression(node), _guess(name, base.keys or {}), sorted(base.keys or {})))
        return None

    def _Name(self, node: nodes.Name, scope: dict[str, Shape | None]) -> None:
        self._name(node, scope)

    def _Getattr(self, node: nodes.Getattr, scope: dict[str, Shape | None]) -> None:
        self.shape(node, scope)

    def _Getitem(self, node: nodes.Getitem, scope: dict[str, Shape | None]) -> None:
        self.shape(node, scope)

    def _For(self, node: nodes.For, scope: dict[str, Shape | None]) -> None:
        iterated = self.shape(node.iter, scope)
        inner = dict(scope, loop=None)
        _bind(node.target, iterated.item if iterated else None, inner)
        for child in [*([node.test] if node.test else []), *node.body]:
            self.walk(child, inner)
        for child in node.else_:
            self.walk(child, scope)

    def _Assign(self, node: nodes.Assign, scope: dict[str, Shape | None]) -> None:
        value = self.shape(node.node, scope)
        _bind(node.target, value, scope)

    def _AssignBlock(self, node: nodes.AssignBlock, scope: dict[str, Shape | None]) -> None:
        for child in node.body:
            self.walk(child, scope)
        _bind(node.target, None, scope)

    def _With(self, node: nodes.With, scope: dict[str, Shape | None]) -> None:
        inner = dict(scope)
        for target, value in zip(node.targets, node.values, strict=False):
            _bind(target, self.shape(value, scope), inner)
        for child in node.body:
            self.walk(child, inner)

    def _Macro(self, node: nodes.Macro, scope: dict[str, Shape | None]) -> None:
        scope[node.name] = None
        inner = dict(scope)
        for arg in node.args:
            inner[arg.name] = None
        for child in [*node.defaults, *node.body]:
            self.walk(child, inner)


def _bind(target: nodes.Node, shape: Shape | None, scope: dict[str, Shape | None]) -> None:
    if isinstance(target, nodes.Name):
        scope[target.name] = shape
    elif isinstance(target, nodes.Tuple):
        for item in target.items:
            _bind(item, None, scope)


def _expression(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_expression(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        base = _expression(node.node)
        if isinstance(node.arg, nodes.Const):
            return f"{base}.{node.arg.value}" if isinstance(node.arg.value, str) else f"{base}[{node.arg.value}]"
        return f"{base}[…]"
    return "…"


def _guess(name: str, known: dict[str, Any]) -> str | None:
    found = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return found[0] if found else None


def free_variables(tree: nodes.Template) -> list[str]:
    """The context variables a template reads (loop variables and `set` names excluded)."""
    walker = _Walker(Shape())
    walker.walk(tree, {})
    return sorted(walker.used)


def unknown_variables(tree: nodes.Template, provided: Shape) -> list[Unknown]:
    """Names and attributes the template reads that no known context provides."""
    walker = _Walker(provided)
    walker.walk(tree, {})
    unique: dict[str, Unknown] = {}
    for item in walker.found:
        unique.setdefault(item.expression, item)
    return list(unique.values())
