"""The editor's web application: Starlette routes over actions.py, behind the gate of security.py.

Pages are Jinja templates and one script, all package data (editor/pages, editor/static): no
build step, nothing fetched from elsewhere. Documents are named in URLs by their path inside the
project (`?pad=data/moties/x.yaml`), which `contained` resolves and checks on every request.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from generator import __version__
from generator.editor import actions, documents
from generator.editor.forms import form_for
from generator.editor.labels import starter_help, starter_values
from generator.editor.security import Gate, GateMiddleware, Refused, TooLarge, contained, relative_name
from generator.editor.writer import digest
from generator.errors import RaadsstukkenError, ValidationFailed
from generator.loading.project import Project
from generator.loading.reader import load

HERE = Path(__file__).parent
DOWNLOADS = (".docx", ".pdf", ".txt")


def make_app(root: Path, gate: Gate) -> GateMiddleware:
    root = root.resolve()
    pages = Jinja2Templates(directory=str(HERE / "pages"))

    def document(pad: str) -> Path:
        return contained(root, pad, under="data", suffixes=(".yaml", ".yml"))

    def soort_of(name: str) -> Any:
        soort = Project(root).registry.get(name)
        if soort is None or soort.kind != "document":
            raise HTTPException(404, f"onbekende soort '{name}'")
        return soort

    def payload(project: Project, soort: Any, pad: str, data: Any, hash_: str, notes: list[str]) -> dict[str, Any]:
        return {"soort": soort.name, "pad": pad, "hash": hash_, "data": data, "notes": notes,
                "fields": form_for(soort.model_class(), starter_help(soort.starter_path), starter_values(soort.starter_path)),
                "gemeenten": documents.gemeenten(project), "suggesties": {"motie": documents.motie_names(project)}}

    async def index(request: Request) -> Response:
        project = Project(root)
        rows = await run_in_threadpool(documents.rows, project)
        return pages.TemplateResponse(request, "index.html", {
            "rows": rows, "names": documents.NAMES, "soorten": project.registry.names("document"),
            "root": str(root), "version": __version__})

    async def new(request: Request) -> Response:
        soort = soort_of(request.query_params.get("soort", ""))
        project = Project(root)
        data = {"soort": soort.name}
        return _editor(request, payload(project, soort, "", data, "", []), f"Nieuw: {soort.name}")

    async def edit(request: Request) -> Response:
        pad = request.query_params.get("pad", "")
        path = document(pad)
        if not path.is_file():
            raise HTTPException(404, f"{pad} bestaat niet")
        raw = path.read_bytes()
        project = Project(root)
        try:
            doc = load(path)
        except ValidationFailed as exc:
            return pages.TemplateResponse(request, "unreadable.html", {"pad": pad, "issues": exc.issues}, status_code=422)
        data = doc.data if isinstance(doc.data, dict) else {}
        soort = soort_of(str(data.get("soort", "")))
        data = documents.form_data(project, soort.name, doc)
        notes = documents.leading_comments(raw.decode("utf-8", "replace"))
        title = next((str(data[k]) for k in ("titel", "onderwerp", "kenmerk") if isinstance(data.get(k), str) and data[k]), pad)
        return _editor(request, payload(project, soort, pad, data, digest(raw), notes), title)

    def _editor(request: Request, state: dict[str, Any], title: str) -> Response:
        return pages.TemplateResponse(request, "editor.html", {"state": state, "title": title})

    async def body(request: Request) -> dict[str, Any]:
        try:
            value = json.loads(await request.body())
        except ValueError:
            raise HTTPException(400, "ongeldig verzoek") from None
        if not isinstance(value, dict) or not isinstance(value.get("data", {}), dict):
            raise HTTPException(400, "ongeldig verzoek")
        return value

    def target_of(value: dict[str, Any]) -> tuple[Path, str]:
        soort = soort_of(str(value.get("soort", "")))
        pad = str(value.get("pad") or "")
        if pad:
            return document(pad), soort.name
        return actions.new_path(root, soort.name, value.get("data", {})), soort.name

    async def api_check(request: Request) -> Response:
        value = await body(request)
        target, _ = target_of(value)
        issues = await run_in_threadpool(actions.check, root, target, value["data"])
        return JSONResponse({"issues": issues})

    async def api_save(request: Request) -> Response:
        value = await body(request)
        target, soort = target_of(value)
        try:
            new_hash = await run_in_threadpool(actions.save, root, target, soort, value["data"], str(value.get("hash") or ""))
        except actions.Conflict:
            return JSONResponse({"conflict": True, "message": "Het bestand is buiten de editor gewijzigd sinds u het opende."
                                 " Uw wijzigingen zijn niet bewaard. Laad het opnieuw (uw invoer gaat dan verloren)"
                                 " of kopieer eerst wat u wilt houden."}, status_code=409)
        issues = await run_in_threadpool(actions.check, root, target, value["data"])
        return JSONResponse({"pad": relative_name(root, target), "hash": new_hash, "issues": issues})

    async def api_preview(request: Request) -> Response:
        value = await body(request)
        target, _ = target_of(value)
        result = await run_in_threadpool(actions.preview, root, target, value["data"])
        pages_ = [f"data:image/png;base64,{base64.b64encode(p).decode()}" for p in result["pages"]]
        return JSONResponse({"pages": pages_, "seconds": result["seconds"]})

    async def api_make(request: Request) -> Response:
        value = await body(request)
        target = document(str(value.get("pad") or ""))
        if not target.is_file():
            raise HTTPException(404, "bewaar het document eerst")
        result = await run_in_threadpool(actions.make, root, target, pdf=bool(value.get("pdf", True)))
        return JSONResponse(result)

    async def api_import(request: Request) -> Response:
        name = unquote(request.headers.get("x-bestandsnaam", ""))
        data = await request.body()
        target, notes = await run_in_threadpool(actions.import_draft, root, name, data)
        return JSONResponse({"pad": relative_name(root, target), "notes": notes})

    async def download(request: Request) -> Response:
        pad = request.query_params.get("pad", "")
        path = contained(root, pad, under="build", suffixes=DOWNLOADS)
        if not path.is_file():
            raise HTTPException(404, f"{pad} bestaat niet; klik eerst op Maak")
        return FileResponse(path, filename=path.name)

    async def refused(request: Request, exc: Exception) -> Response:
        return _error(request, 403, "Geweigerd: dit pad ligt buiten de project- of uitvoermap of is geen document.")

    async def too_large(request: Request, exc: Exception) -> Response:
        return _error(request, 413, "Te groot voor de editor.")

    async def user_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RaadsstukkenError)
        return JSONResponse({"error": str(exc), "issues": actions.issues_of(exc)}, status_code=422)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return _error(request, exc.status_code, str(exc.detail))

    def _error(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=status)
        return HTMLResponse(pages.get_template("error.html").render(message=message), status_code=status)

    app = Starlette(routes=[
        Route("/", index), Route("/nieuw", new), Route("/bewerk", edit), Route("/download", download),
        Route("/api/controleer", api_check, methods=["POST"]), Route("/api/bewaar", api_save, methods=["POST"]),
        Route("/api/voorbeeld", api_preview, methods=["POST"]), Route("/api/maak", api_make, methods=["POST"]),
        Route("/api/importeer", api_import, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ], exception_handlers={Refused: refused, TooLarge: too_large, RaadsstukkenError: user_error, HTTPException: http_error})
    return GateMiddleware(app, gate)
