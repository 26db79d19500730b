"""A seeded random mutator for data files and manifests: bytes and YAML structure.

Every mutation is a pure function of the random generator, so a failing example is reproduced from
its seed. The boundary values are what broke the tool before: dates at the ends of the calendar,
amounts past the decimal context, references that are patterns, quotes and comments that YAML
reads differently than a person does, and characters an editor counts differently than YAML.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable

BOUNDARY_VALUES = [
    "9999-12-31", "0001-01-01", "0000-01-01", "9999-13-01", "2024-02-30", "10000-01-01", "-0001-01-01",
    "1" * 33, "-" + "9" * 40, "1.000.000.000.000.000.000", "0,001", "1e999", "NaN", "Infinity", "-0",
    "**", "*", "../../../etc/passwd", "/etc/passwd", "moties/**", "[a-z]", "?", ".", "..", "nul\\x00",
    "", "~", "null", "''", '""', "'s Avonds veilig", "'t Harde", "“Gekruld”", "tekst # commentaar",
    "a: b", "- lijst", "{a: b}", "[1, 2", "&anker x", "*alias", "!!python/object:os.system", "!tag x",
    "x" * 5000, "\u2028", "\x85", "\x0c", "\t", "\ufeff", "\ud800", "é" * 3, "e\u0301", "999999", "-1",
    "ja", "nee", "NO", "010", "0x1F", "|", ">", "%YAML 1.2", "---", "...", "{{ 7*7 }}", "{% for x in y %}",
]
SPECIAL_BYTES = [b":", b" #", b"#", b'"', b"'", b"\t", b"\n", b"\r", b"\r\n", b"-", b"- ", b"  ", b"[", b"]",
                 b"{", b"}", b"&", b"*", b"!", b"%", b"@", b"`", b"|", b">", b"\x00", b"\xff", b"\xc3",
                 b"\xe2\x80\xa8", b"\xc2\x85", b"\x0c", b"\xef\xbb\xbf", b"---\n", b"\xe2\x80\x9c", b"\\u"]


def _flip(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    i = rng.randrange(len(data))
    return data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1:]


def _insert(rng: random.Random, data: bytes) -> bytes:
    i = rng.randrange(len(data) + 1)
    return data[:i] + rng.choice(SPECIAL_BYTES) + data[i:]


def _delete(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + data[i + rng.randrange(1, 40):]


def _duplicate(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    j = min(len(data), i + rng.randrange(1, 200))
    return data[:j] + data[i:j] + data[j:]


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _value(rng: random.Random, data: bytes) -> bytes:
    """Replace the value of one `key: value` line with a boundary value."""
    lines = _lines(data)
    candidates = [i for i, line in enumerate(lines) if b": " in line]
    if not candidates:
        return data
    i = rng.choice(candidates)
    head = lines[i].split(b": ", 1)[0]
    lines[i] = head + b": " + rng.choice(BOUNDARY_VALUES).encode("utf-8", "surrogatepass")
    return b"\n".join(lines)


def _swap_lines(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    if len(lines) < 2:
        return data
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def _indent(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i = rng.randrange(len(lines))
    lines[i] = (b" " * rng.randrange(1, 5) + lines[i]) if rng.random() < 0.5 else lines[i].lstrip()
    return b"\n".join(lines)


def _repeat_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i = rng.randrange(len(lines))
    return b"\n".join([*lines[: i + 1], lines[i], *lines[i + 1:]])


def _drop_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    del lines[rng.randrange(len(lines))]
    return b"\n".join(lines)


def _nest(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice([10, 200, 2000])
    return data + b"\nx: " + b"[" * depth + b"]" * depth + b"\n"


MUTATORS: list[Callable[[random.Random, bytes], bytes]] = [
    _flip, _insert, _delete, _duplicate, _truncate, _value, _value, _value, _swap_lines, _indent,
    _repeat_line, _drop_line, _nest,
]


def mutate(rng: random.Random, data: bytes) -> bytes:
    """One to three random mutations of `data`."""
    for _ in range(rng.randrange(1, 4)):
        data = rng.choice(MUTATORS)(rng, data)
    return data


JSON_VALUES: list[object] = [None, True, 0, -1, 1e308, "", "x", "../x", "/etc/passwd", "a/../../b", "uit/../..", "a\x00b",
                             "a\\b", [], {}, [1], {"a": 1}, "0" * 64, "é" * 300]


def mutate_manifest(rng: random.Random, text: str) -> bytes:
    """A manifest changed in its JSON structure (a value of another type, a hostile name) or bytes."""
    if rng.random() < 0.3:
        return mutate(rng, text.encode("utf-8"))
    try:
        raw = json.loads(text)
    except ValueError:
        return text.encode("utf-8")
    for _ in range(rng.randrange(1, 4)):
        raw = _mutate_json(rng, raw)
    return json.dumps(raw).encode("utf-8")


def _mutate_json(rng: random.Random, node: object) -> object:
    if isinstance(node, dict) and node and rng.random() < 0.7:
        key = rng.choice(sorted(node, key=str))
        choice = rng.random()
        if choice < 0.4:
            node[key] = _mutate_json(rng, node[key])
        elif choice < 0.7:
            new_key = rng.choice(JSON_VALUES)
            node[new_key if isinstance(new_key, str) else json.dumps(new_key)] = node.pop(key)
        else:
            node[key] = copy.deepcopy(rng.choice(JSON_VALUES))
        return node
    if isinstance(node, list) and node:
        i = rng.randrange(len(node))
        node[i] = _mutate_json(rng, node[i])
        return node
    return copy.deepcopy(rng.choice(JSON_VALUES))
