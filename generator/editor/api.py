"""The editor's JSON requests (what the buttons ask) and the downloads."""

from __future__ import annotations

import base64
import json
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse

from generator.editor import actions
from generator.editor.app import Editor
from generator.editor.security import contained, relative_name

Endpoint = Callable[[Request], Awaitable[Response]]
DOWNLOADS = (".docx", ".pdf", ".txt")
CONFLICT = ("Het bestand is sinds u het opende in een ander venster of buiten de editor gewijzigd. Uw wijzigingen zijn niet"
            " bewaard. Klik op ‘Opnieuw laden’ (uw invoer gaat dan verloren) of kopieer eerst wat u wilt houden.")


MAX_DEPTH = 32
"""Levels of nesting a form's JSON may have: the deepest model (a verordening's onderdelen) needs
about ten; a body nested 100,000 deep would otherwise exhaust the parser's recursion."""
TOO_DEEP = f"Ongeldig verzoek: de gegevens zijn te diep genest (meer dan {MAX_DEPTH} niveaus)."


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if _depth(raw) > MAX_DEPTH:
        raise HTTPException(400, TOO_DEEP)
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):
        raise HTTPException(400, "ongeldig verzoek") from None
    if not isinstance(value, dict) or not isinstance(value.get("data", {}), dict):
        raise HTTPException(400, "ongeldig verzoek")
    return value


def _depth(raw: bytes) -> int:
    """The nesting of [ and { outside strings, counted before parsing, up to one level past the limit
    (the regular expression finds only brackets, quotes and escapes, in C)."""
    import re

    deepest = depth = 0
    inside = False
    for token in re.findall(rb'\\.|["\[\]{}]', raw):
        if token == b'"':
            inside = not inside
        elif inside or len(token) == 2:
            continue
        elif token in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_DEPTH:
                break
        else:
            depth -= 1
    return deepest


def _target(editor: Editor, value: dict[str, Any]) -> tuple[Path, str]:
    """The document the form is for: its path when it has one, else the name a save would give."""
    soort = editor.soort(str(value.get("soort", "")))
    pad = str(value.get("pad") or "")
    if pad:
        return editor.document(pad), soort.name
    return actions.new_path(editor.root, soort.data_folder, value.get("data", {})), soort.name


def check(editor: Editor) -> Endpoint:
    async def answer(request: Request) -> Response:
        value = await _body(request)
        target, _ = _target(editor, value)
        return JSONResponse({"issues": await run_in_threadpool(actions.check, editor.root, target, value["data"])})

    return answer


def _save(editor: Editor, value: dict[str, Any]) -> tuple[Path, str]:
    """Name (for a new document) and save under the lock of that file or folder."""
    soort = editor.soort(str(value.get("soort", "")))
    pad = str(value.get("pad") or "")
    place = editor.document(pad) if pad else (editor.root / "data" / soort.data_folder).resolve()
    with editor.saving(place):
        target, _ = _target(editor, value)
        return target, actions.save(editor.root, target, soort.name, value["data"], str(value.get("hash") or ""))


def save(editor: Editor) -> Endpoint:
    async def answer(request: Request) -> Response:
        value = await _body(request)
        try:
            target, new_hash = await run_in_threadpool(_save, editor, value)
        except actions.Conflict:
            return JSONResponse({"conflict": True, "message": CONFLICT}, status_code=409)
        issues = await run_in_threadpool(actions.check, editor.root, target, value["data"])
        return JSONResponse({"pad": relative_name(editor.root, target), "hash": new_hash, "issues": issues})

    return answer


def preview(editor: Editor) -> Endpoint:
    """Page images as lines of JSON: the first page as soon as it is drawn, then the others."""

    async def answer(request: Request) -> Response:
        value = await _body(request)
        target, _ = _target(editor, value)
        work = tempfile.TemporaryDirectory(prefix="raadsstukken-voorbeeld-")
        try:
            async with editor.previewing:
                made = await run_in_threadpool(actions.first_page, editor.root, target, value["data"], editor.office(),
                                               Path(work.name))
        except BaseException:
            work.cleanup()
            raise
        if made is None:
            work.cleanup()
            return JSONResponse({"pages": [], "seconds": {}})

        async def lines() -> AsyncIterator[bytes]:
            try:
                yield _line({"pagina": 1, "src": _png(made.first), "paginas": made.pages, "seconds": made.seconds})
                rest = await run_in_threadpool(actions.other_pages, made, Path(work.name))
                for number, png in enumerate(rest, start=2):
                    yield _line({"pagina": number, "src": _png(png)})
                yield _line({"klaar": True, "seconds": made.seconds})
            finally:
                work.cleanup()

        return StreamingResponse(lines(), media_type="application/x-ndjson")

    return answer


def _png(data: bytes) -> str:
    return f"data:image/png;base64,{base64.b64encode(data).decode()}"


def _line(message: dict[str, Any]) -> bytes:
    return json.dumps(message).encode("utf-8") + b"\n"


def make(editor: Editor) -> Endpoint:
    async def answer(request: Request) -> Response:
        value = await _body(request)
        target = editor.document(str(value.get("pad") or ""))
        if not target.is_file():
            raise HTTPException(404, "bewaar het document eerst")
        pdf = bool(value.get("pdf", True))
        return JSONResponse(await run_in_threadpool(actions.make, editor.root, target, pdf=pdf,
                                                    office=editor.office() if pdf else None))

    return answer


def import_draft(editor: Editor) -> Endpoint:
    async def answer(request: Request) -> Response:
        name = unquote(request.headers.get("x-bestandsnaam", ""))
        target, notes = await run_in_threadpool(actions.import_draft, editor.root, name, await request.body())
        return JSONResponse({"pad": relative_name(editor.root, target), "notes": notes})

    return answer


def download(editor: Editor) -> Endpoint:
    async def answer(request: Request) -> Response:
        pad = request.query_params.get("pad", "")
        path = contained(editor.root, pad, under="build", suffixes=DOWNLOADS)
        if not path.is_file():
            raise HTTPException(404, f"{pad} bestaat niet; klik eerst op Maak")
        return FileResponse(path, filename=path.name)

    return answer
