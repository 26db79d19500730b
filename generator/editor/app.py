"""The editor's web application: Starlette routes over actions.py, behind the gate of security.py.

Pages are Jinja templates and plain scripts, all package data (editor/pages, editor/static): no
build step, nothing fetched from elsewhere. Documents are named in URLs by their path inside the
project (`?pad=data/moties/x.yaml`), which `contained` resolves and checks on every request, and
every request makes a fresh `Project`, so what is shown is what is on disk now.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from generator.editor import actions
from generator.editor.security import Gate, GateMiddleware, Refused, TooLarge, contained
from generator.errors import RaadsstukkenError
from generator.loading.project import Project
from generator.soorten.registry import Soort

if TYPE_CHECKING:
    from generator.pdf.converter import Converter

HERE = Path(__file__).parent


class Editor:
    """What every route needs: the project root and the page templates; nothing read from it."""

    def __init__(self, root: Path, office: Converter | None = None) -> None:
        self.root = root.resolve()
        from generator import nl

        self.pages = Jinja2Templates(directory=str(HERE / "pages"))
        self.pages.env.filters["nl_datum"] = nl.datum_kort
        self.previewing = asyncio.Lock()
        """One LibreOffice preview at a time, however many tabs ask (the machine may have two cores)."""
        self._office: Converter | None = office
        """Given by the caller (who closes it) or started here at the first preview."""
        self._files: dict[Path, threading.Lock] = {}
        self._guard = threading.Lock()

    def office(self) -> Converter:
        """The editor's LibreOffice, started at the first preview and kept running for the session
        (it stops when the editor does: its bridge sees its input close); previews and Maak share it."""
        if self._office is None:
            import atexit

            from generator.pdf.converter import Converter

            self._office = Converter(jobs=1, timeout=60.0)
            atexit.register(self._office.close)
        return self._office

    @contextmanager
    def saving(self, path: Path) -> Iterator[None]:
        """One save of `path` at a time (read, compare with the opened version, write): of two tabs
        that opened the same version, the second is told the file changed instead of silently winning.
        For a new document `path` is its folder, so two new files never pick the same name."""
        with self._guard:
            lock = self._files.setdefault(path, threading.Lock())
        with lock:
            yield

    def project(self) -> Project:
        return Project(self.root)

    def document(self, pad: str) -> Path:
        return contained(self.root, pad, under="data", suffixes=(".yaml", ".yml"))

    def soort(self, name: str) -> Soort:
        soort = self.project().registry.get(name)
        if soort is None or soort.kind != "document":
            raise HTTPException(404, f"onbekende soort '{name}'")
        return soort

    def error(self, request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=status)
        return HTMLResponse(self.pages.get_template("error.html").render(message=message), status_code=status)


def make_app(root: Path, gate: Gate, office: Converter | None = None) -> GateMiddleware:
    """The application; `office` a running LibreOffice to share (tests start one for all their editors)."""
    from generator.editor import api, pages, stemmen

    editor = Editor(root, office)
    routes = [
        Route("/", pages.index(editor)), Route("/nieuw", pages.new(editor)), Route("/bewerk", pages.edit(editor)),
        Route("/download", api.download(editor)),
        Route("/api/controleer", api.check(editor), methods=["POST"]), Route("/api/bewaar", api.save(editor), methods=["POST"]),
        Route("/api/voorbeeld", api.preview(editor), methods=["POST"]), Route("/api/maak", api.make(editor), methods=["POST"]),
        Route("/api/importeer", api.import_draft(editor), methods=["POST"]),
        Route("/api/samenstelling", stemmen.endpoint(editor.root)),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    return GateMiddleware(Starlette(routes=routes, exception_handlers=_handlers(editor)), gate)


def _handlers(editor: Editor) -> dict[Any, Any]:
    async def refused(request: Request, exc: Exception) -> Response:
        return editor.error(request, 403, "Geweigerd: dit pad ligt buiten de project- of uitvoermap of is geen document.")

    async def too_large(request: Request, exc: Exception) -> Response:
        return editor.error(request, 413, "Te groot voor de editor.")

    async def user_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RaadsstukkenError)
        return JSONResponse({"error": str(exc), "issues": actions.issues_of(exc)}, status_code=422)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return editor.error(request, exc.status_code, str(exc.detail))

    async def bug(request: Request, exc: Exception) -> Response:
        from generator.errors import InternalError
        from generator.messages import described_bug

        return editor.error(request, 500, str(InternalError(described_bug(exc))))

    return {Refused: refused, TooLarge: too_large, RaadsstukkenError: user_error, HTTPException: http_error, Exception: bug}
