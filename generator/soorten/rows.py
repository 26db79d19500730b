"""A long list's rows rendered once and kept between builds (build/.rijen/<collection>.json).

The motievolglijst and the actielijst are one table of a row per motie (10,000 rows in a large
project). A changed motie changes one row; rendering all of them again cost most of such a build.
So each row's rendered WordprocessingML (`<w:tr>…</w:tr>`) is kept, keyed by the digest of the
cells it shows; the next build renders the document with only the rows it has not seen (usually
one, or none) and puts the kept rows back in their places (`Kept.post`, run on the rendered body).

Same input, same bytes: the kept rows came out of a render of the same template with the same
table-wide values (column widths, headings: `head` below, with the template's hash and the tool's
version); when any of those changes, every row is rendered again. A template whose table the rows
cannot be told apart in (no heading row marked `tblHeader`, rows after the loop, a nested table)
is simply rendered whole each time. Nothing in build/ is trusted (docs/security.md): a kept file of
any other shape is ignored, and a kept row must be one table row; `build --force` and `build --check`
neither read nor write it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from generator import __version__

FOLDER = ".rijen"
MAX_KEPT = 256 * 1024 * 1024
PIECE = 500
"""Rows rendered at a time when none are kept (a first build): a 10,000-row body is never rendered whole."""
_STORE: ContextVar[Path | None] = ContextVar("rows_store", default=None)
ROW = re.compile(r"<w:tr[ >]")
TABLE = re.compile(r"<w:tbl[ >]")
HEADER = "<w:tblHeader/>"


@contextmanager
def kept_in(out_dir: Path | None) -> Iterator[None]:
    """Collections prepared within keep their rows in `out_dir` (None: render whole, keep nothing)."""
    token = _STORE.set(out_dir / FOLDER if out_dir is not None else None)
    try:
        yield
    finally:
        _STORE.reset(token)


def digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def row_key(cells: dict[str, str]) -> str:
    """A row's key: the digest of its cells, names and values, each preceded by its length (unambiguous)."""
    text = "".join(f"{len(k)}:{k}{len(v)}:{v}" for k, v in sorted(cells.items()))
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


class Kept:
    """The rows of one list: which to render now (`todo`), how to put the body together (`post`) and
    its text (`text`, the .txt: the kept rows' lines in place of the table's)."""

    def __init__(self, name: str, template: Path, context: dict[str, Any], cells: list[dict[str, str]]) -> None:
        store = _STORE.get()
        self.path = store / f"{name}.json" if store is not None else None
        self.keys = [row_key(c) for c in cells]
        self.head = digest([__version__, _file_sha(template), context]) if self.path is not None else ""
        self.kept: dict[str, list[Any]] = self._read()
        missing = [i for i, k in enumerate(self.keys) if k not in self.kept] if self.kept else list(range(len(cells)))
        self.partial = bool(self.kept)
        self.todo = [cells[i] for i in missing]
        self._todo_keys = [self.keys[i] for i in missing]
        self._body: tuple[str, int, int, dict[str, list[str]]] | None = None
        self._fresh = False
        if not self.partial and self.path is not None and len(missing) > PIECE:
            self._ahead(template, context)

    def _ahead(self, template: Path, context: dict[str, Any]) -> None:
        """A long list without kept rows: its rows rendered PIECE at a time, each piece in a document of
        its own (as a changed row is rendered in one of its own), and kept; the list's own render then
        has no rows left to render and puts them all in place (`post`). The whole body, rendered in one
        pass, cost several copies of it at once (the peak memory of a first build of 10,000 moties)."""
        from generator.word.render import Properties, render_parts

        rows: dict[str, list[Any]] = {}
        for start in range(0, len(self.todo), PIECE):
            keys = self._todo_keys[start:start + PIECE]

            def take(xml: str, keys: list[str] = keys) -> str:
                found = _region(xml)
                if found is None or len(found[2]) != len(keys):
                    raise _Whole
                space = _namespaces(xml)
                rows.update((k, [xml[a:b], _lines(xml[a:b], space)]) for k, (a, b) in zip(keys, found[2], strict=True))
                return xml[:found[0]] + xml[found[1]:]  # what is zipped of this piece is thrown away: keep it small

            try:
                render_parts(template, {**context, "regels": self.todo[start:start + PIECE]}, Properties("", ""), post=take)
            except _Whole:  # a table the rows cannot be told apart in: rendered whole, as always
                return
        self.kept, self.partial, self._fresh = rows, True, True
        self.todo, self._todo_keys = [], []

    def _read(self) -> dict[str, list[Any]]:
        if self.path is None:
            return {}
        from generator.files import Unreadable, read_regular

        try:
            data = json.loads(read_regular(self.path, MAX_KEPT))
        except (Unreadable, ValueError, RecursionError):
            return {}
        rows = data.get("rows") if type(data) is dict and data.get("head") == self.head else None
        if type(rows) is not dict or not all(_kept_row(v) for v in rows.values()):
            return {}
        return rows

    def post(self, xml: str) -> str:
        """The rendered body with every row in place; the rows kept for the next build. In a body
        rendered whole a row is kept as its place in it (a copy of 10,000 rows would double the peak)."""
        found = _region(xml)
        if found is None or len(found[2]) != len(self._todo_keys):
            if self.partial:  # cannot be: the kept rows came from this template and head
                raise ValueError("de tabel van de lijst heeft een andere vorm dan de bewaarde regels")
            self._write(xml, {})
            return xml
        start, end, spans = found
        space = _namespaces(xml)
        fresh: dict[str, list[Any]] = {k: [xml[a:b] if self.partial else (a, b), _lines(xml[a:b], space)]
                                       for k, (a, b) in zip(self._todo_keys, spans, strict=True)}
        rows = {**self.kept, **fresh}
        if self.partial:
            tail = len(xml) - end
            xml = xml[:start] + "".join(rows[k][0] for k in self.keys) + xml[end:]
            end = len(xml) - tail
        live = {k: rows[k] for k in self.keys}
        if self._fresh or live.keys() != self.kept.keys():
            self._write(xml, live)
        self._body = (xml, start, end, {k: v[1] for k, v in live.items()})
        return xml

    def text(self, parts: dict[str, bytes]) -> str:
        """The .txt of the rendered parts (as word/docxtext.py's `parts_text` gives it), reading only
        what lies around the table: the rows' lines were kept with them."""
        from generator.word.docxtext import parts_text

        body = parts.get("word/document.xml")
        if self._body is None or body is None or not _same(body, self._body[0]):
            return parts_text(parts)
        xml, start, end, lines = self._body
        around = parts_text({**parts, "word/document.xml": (xml[:start] + PLACE + xml[end:]).encode("utf-8")})
        before, marker, after = around.partition(MARK + "\n")
        if not marker or MARK in after:
            return parts_text(parts)
        return before + "".join(line + "\n" for k in self.keys for line in lines[k]) + after

    def _write(self, xml: str, rows: dict[str, list[Any]]) -> None:
        """The kept file, written row by row; a row is its text or its place in `xml`."""
        if self.path is None:
            return
        from generator.files import write_chunks

        if not rows:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(exist_ok=True)

        def chunks() -> Iterator[bytes]:
            yield f'{{"head": {json.dumps(self.head)}, "rows": {{'.encode()
            for i, (key, (row, lines)) in enumerate(rows.items()):
                fragment = row if isinstance(row, str) else xml[row[0]:row[1]]
                yield f'{"," if i else ""}{json.dumps(key)}: {json.dumps([fragment, lines], ensure_ascii=False)}'.encode()
            yield b"}}"

        write_chunks(self.path, chunks())


class _Whole(Exception):
    """A piece whose table cannot be cut into rows: the list is rendered whole."""


MARK = "raadsstukken-rijen-7f3c9e2a"
PLACE = f"<w:tr><w:tc><w:p><w:r><w:t>{MARK}</w:t></w:r></w:p></w:tc></w:tr>"
"""Stands in for the rows while the text around them is read."""
ROOT = re.compile(r"<w:document\b[^>]*>")
XMLNS = re.compile(r'\sxmlns:\w+="[^"]*"')


def _same(body: bytes, xml: str) -> bool:
    """Whether the rendered part is the body `post` gave back (only a concept's marks change it
    after, and a list is never a concept): its ends compared, not a second 16 MB copy."""
    return body.startswith(xml[:4096].encode()) and body.endswith(xml[-4096:].encode())


def _namespaces(xml: str) -> str:
    """The body's namespace declarations, to read one row on its own."""
    root = ROOT.search(xml)
    return "".join(XMLNS.findall(root.group())) if root else ""


def _lines(fragment: str, namespaces: str) -> list[str]:
    from generator.word.docxtext import paragraphs

    return paragraphs(f"<w:tbl{namespaces}>{fragment}</w:tbl>".encode())


def _kept_row(value: Any) -> bool:
    return type(value) is list and len(value) == 2 and type(value[0]) is str and _one_row(value[0]) \
        and type(value[1]) is list and all(type(line) is str for line in value[1])


def _region(xml: str) -> tuple[int, int, list[tuple[int, int]]] | None:
    """Where the list's rows lie in the body (after its heading row, up to the end of its table), and
    each row; None when the body has no table with a heading row or holds a table within it."""
    at = xml.find(HEADER)
    if at < 0:
        return None
    start = xml.find("</w:tr>", at)
    end = xml.find("</w:tbl>", start)
    if start < 0 or end < 0:
        return None
    start += len("</w:tr>")
    if TABLE.search(xml, start, end) or xml.find(HEADER, start, end) >= 0:  # searched in place: no copy
        return None
    bounds = [m.start() for m in ROW.finditer(xml, start, end)]
    if (bounds and bounds[0] != start) or (not bounds and end > start):
        return None
    spans = list(zip(bounds, [*bounds[1:], end], strict=False))  # no rows: no spans
    if not all(_one_row(xml[a:b]) for a, b in spans):
        return None
    return start, end, spans


def _one_row(fragment: str) -> bool:
    """One table row and nothing around it (plain counts: 10,000 kept rows are checked each build)."""
    return fragment.startswith(("<w:tr>", "<w:tr ")) and fragment.endswith("</w:tr>") \
        and fragment.count("<w:tr>") + fragment.count("<w:tr ") == 1 and fragment.count("</w:tr>") == 1 \
        and "<w:tbl" not in fragment


def _file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
