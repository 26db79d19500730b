"""The vote grid's facts: an orgaan's fracties, their seats and members on a meeting's date.

The grid (static/stemming.js) lets a griffie fill a vergadering's votes as fracties × voor/tegen, or
per member for a hoofdelijke stemming, and counts as they type. Who sits where comes from the one
place that knows it, the profile read by soorten/vergadering/fracties.py; the tally the document
prints is still made and checked by soorten/vergadering/telling.py when the vergadering is checked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from generator.errors import RaadsstukkenError
from generator.loading.project import Project, is_file
from generator.organen.resolve import is_id


def composition(root: Path, orgaan_id: str, datum: str) -> dict[str, Any]:
    """{zetels, fracties: [{naam, zetels, leden}]} of the assembly on `datum`; empty when unknown."""
    from generator.soorten.vergadering.fracties import samenstelling

    empty: dict[str, Any] = {"zetels": None, "fracties": []}
    try:
        day = dt.date.fromisoformat(datum)
    except ValueError:
        return empty
    project = Project(root)
    if not is_id(orgaan_id) or not is_file(project.gemeente_path(orgaan_id)):
        return empty
    try:
        profile = project.load(project.gemeente_path(orgaan_id)).model
    except RaadsstukkenError:
        return empty
    found = samenstelling(profile, day)
    return {"zetels": found.zetels,
            "fracties": [{"naam": naam, "zetels": seats, "leden": found.leden_van(naam)} for naam, seats in found.fracties.items()]}


def endpoint(root: Path) -> Any:
    async def answer(request: Request) -> Response:
        orgaan = request.query_params.get("orgaan", "")[:100]
        datum = request.query_params.get("datum", "")[:10]
        return JSONResponse(await run_in_threadpool(composition, root, orgaan, datum))

    return answer
