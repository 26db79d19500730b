"""The editor's HTML pages: the document list, a new document, an existing one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from generator import __version__
from generator.editor import documents
from generator.editor.app import Editor
from generator.editor.forms import form_for
from generator.editor.labels import starter_help, starter_values
from generator.editor.writer import digest
from generator.errors import ValidationFailed
from generator.loading.project import Project
from generator.loading.reader import load
from generator.soorten.registry import Soort

Endpoint = Callable[[Request], Awaitable[Response]]
TITLE_FIELDS = ("titel", "onderwerp", "kenmerk")


def state(project: Project, soort: Soort, pad: str, data: Any, hash_: str, notes: list[str]) -> dict[str, Any]:
    """Everything the form's script needs, as JSON in the page."""
    from generator.soorten.starters import project_text

    starter = project_text(project, soort.name)
    return {"soort": soort.name, "pad": pad, "hash": hash_, "data": data, "notes": notes,
            "fields": form_for(soort.model_class(), starter_help(starter), starter_values(starter)),
            "orgaanKeuzes": documents.orgaan_choices(project, soort), "suggesties": documents.suggestions(project),
            "keuzes": documents.choices(project, soort)}


def index(editor: Editor) -> Endpoint:
    async def page(request: Request) -> Response:
        from generator.editor import listing

        project = editor.project()
        every = await run_in_threadpool(documents.rows, project)
        asked = {k: request.query_params.get(k, "") for k in ("soort", "status", "vergadering")}
        rows = listing.chosen(every, **asked)
        orgaan = documents.project_orgaan(project, every)
        singular, plural = documents.names(project, orgaan, plural=False), documents.names(project, orgaan)
        return editor.pages.TemplateResponse(request, "index.html", {
            "rows": rows, "names": plural, "soorten": [s for s in project.registry.names("document") if s in rows],
            "alle": sorted(project.registry.names("document"), key=lambda s: (singular.get(s) or s).casefold()),  # as read
            "singular": singular,
            "keuzes": listing.filters(every), "asked": asked, "root": str(editor.root), "version": __version__})

    return page


def new(editor: Editor) -> Endpoint:
    async def page(request: Request) -> Response:
        from generator.organen.init import project_orgaan

        soort = editor.soort(request.query_params.get("soort", ""))
        shown = state(editor.project(), soort, "", {"soort": soort.name}, "", [])
        naam = _soortnaam(soort, project_orgaan(editor.root))
        return editor.pages.TemplateResponse(request, "editor.html", {"state": shown, "title": f"Nieuw: {naam.lower()}",
                                                                             "soortnaam": naam})

    return page


def edit(editor: Editor) -> Endpoint:
    async def page(request: Request) -> Response:
        pad = request.query_params.get("pad", "")
        path = editor.document(pad)
        if not path.is_file():
            raise HTTPException(404, f"{pad} bestaat niet")
        raw = path.read_bytes()
        try:
            doc = load(path)
        except ValidationFailed as exc:
            return editor.pages.TemplateResponse(request, "unreadable.html", {"pad": pad, "issues": exc.issues}, status_code=422)
        soort = editor.soort(str(doc.data.get("soort", "")) if isinstance(doc.data, dict) else "")
        project = editor.project()
        data = documents.form_data(project, soort.name, doc)
        notes = documents.leading_comments(raw.decode("utf-8", "replace"))
        title = next((str(data[k]) for k in TITLE_FIELDS if isinstance(data.get(k), str) and data[k]), pad)
        shown = state(project, soort, pad, data, digest(raw), notes)
        named = next((data[k] for k in ("orgaan", "gemeente") if isinstance(data, dict) and isinstance(data.get(k), str)), None)
        return editor.pages.TemplateResponse(request, "editor.html", {"state": shown, "title": title,
                                                                             "soortnaam": _soortnaam(soort, named)})

    return page


def _soortnaam(soort: Soort, orgaan_id: str | None) -> str:
    """The soort as the orgaan calls it ("Statenvoorstel"), else as its folder declares it."""
    from generator.organen.register import register

    return soort.titles_for(register().get(orgaan_id) if orgaan_id else None)[0]
