"""The editor's gate: who may talk to it, and which files a URL can reach (docs/security.md).

A local server is reachable by every page the user's browser opens and by every program on the
machine. So, as Jupyter does: it listens on 127.0.0.1 only; every request carries a random token
(in the URL of the first visit, then in a same-site cookie); the Host header must name the address
we listen on (a DNS-rebinding page has its own name there); a request that changes anything must
come from our own pages (Origin, and Sec-Fetch-Site where the browser sends it); bodies are capped;
and a document is named by its path inside the project, resolved and checked to stay inside.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlencode

from starlette.datastructures import URL, Headers, QueryParams
from starlette.responses import PlainTextResponse, RedirectResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE = "raadsstukken_bewerk"
"""With the port after it: cookies do not tell ports apart, and two editors (two projects) may run."""
MAX_BODY = 2 * 1024 * 1024
"""A form's JSON: a data file may hold at most 2 MiB (loading/reader.py), so may its form."""
MAX_UPLOAD = 20 * 1024 * 1024
"""An imported draft: the importer's PDF limit (importer/pdftext.py) with room to spare."""
UPLOAD_PATHS = ("/api/importeer",)
SAFE_METHODS = ("GET", "HEAD")


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Refused(Exception):
    """A path a URL named that is not ours to show."""


@dataclass(frozen=True)
class Gate:
    token: str
    port: int

    @property
    def hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    @property
    def origins(self) -> set[str]:
        return {f"http://{host}" for host in self.hosts}

    @property
    def cookie(self) -> str:
        return f"{COOKIE}_{self.port}"

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}?{urlencode({'token': self.token})}"


class GateMiddleware:
    """Plain ASGI middleware in front of the Starlette app: refuses before any route runs."""

    def __init__(self, app: ASGIApp, gate: Gate) -> None:
        self.app = app
        self.gate = gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":  # the editor has none; never let one past the gate
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        refusal = self.refusal(scope, headers)
        if refusal is not None:
            await PlainTextResponse(refusal[1], status_code=refusal[0])(scope, receive, _with_headers(send))
            return
        url = URL(scope=scope)
        given = _query(scope).get("token")
        if given is not None and scope["method"] in SAFE_METHODS:
            # First visit: the token moves into a cookie and out of the address bar and history.
            clean = url.remove_query_params("token")
            response = RedirectResponse(clean.path + (f"?{clean.query}" if clean.query else ""), status_code=303)
            response.set_cookie(self.gate.cookie, self.gate.token, httponly=True, samesite="strict", path="/")
            await response(scope, receive, _with_headers(send))
            return
        limit = MAX_UPLOAD if scope["path"] in UPLOAD_PATHS else MAX_BODY
        await self.app(scope, _capped(receive, limit), _with_headers(send))

    def refusal(self, scope: Scope, headers: Headers) -> tuple[int, str] | None:
        if headers.get("host", "") not in self.gate.hosts:
            return 421, "Onbekend adres: open de editor via het adres dat 'raadsstukken bewerk' toont."
        origin = headers.get("origin")
        if origin is not None and origin not in self.gate.origins:
            return 403, "Geweigerd: dit verzoek komt van een andere website."
        if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return 403, "Geweigerd: dit verzoek komt van een andere website."
        if scope["method"] not in SAFE_METHODS and origin is None:
            return 403, "Geweigerd: een wijziging moet van de pagina's van de editor komen."
        if not self.token_ok(scope, headers):
            return 403, "Geweigerd: het toegangsteken ontbreekt of klopt niet. Open het adres dat 'raadsstukken bewerk' toont."
        length = headers.get("content-length")
        limit = MAX_UPLOAD if scope["path"] in UPLOAD_PATHS else MAX_BODY
        if length is not None and (not length.isdigit() or int(length) > limit):
            return 413, f"Te groot: hoogstens {limit // (1024 * 1024)} MB per verzoek."
        return None

    def token_ok(self, scope: Scope, headers: Headers) -> bool:
        given = _query(scope).get("token") if scope["method"] in SAFE_METHODS else None
        if given is None:
            given = _cookie(headers.get("cookie", ""), self.gate.cookie)
        return given is not None and hmac.compare_digest(given.encode(), self.gate.token.encode())


def _query(scope: Scope) -> QueryParams:
    return QueryParams(scope.get("query_string", b"").decode("latin-1"))


def _cookie(header: str, wanted: str) -> str | None:
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name == wanted:
            return value
    return None


class TooLarge(Exception):
    """A body without a Content-Length that grew past the limit."""


def _capped(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def capped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise TooLarge
        return message

    return capped


SECURITY_HEADERS = (
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
)


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {name.lower() for name, _ in message.get("headers", [])}
            message["headers"] = [*message.get("headers", []), *(h for h in SECURITY_HEADERS if h[0] not in names)]
        await send(message)

    return sending


def contained(root: Path, relative: str, *, under: str, suffixes: tuple[str, ...]) -> Path:
    """`relative` (a project-relative path with /) as a file below `root/under`, or Refused.

    Refused: absolute paths, `..`, backslashes, hidden names, other suffixes, and anything whose
    real location (links followed) is outside the folder."""
    if not relative or "\\" in relative or "\x00" in relative or len(relative) > 500:
        raise Refused(relative)
    parts = PurePosixPath(relative).parts
    if PurePosixPath(relative).is_absolute() or not parts or parts[0] != under or any(
            p in ("..", ".") or p.startswith(".") for p in parts):
        raise Refused(relative)
    if not relative.endswith(suffixes):
        raise Refused(relative)
    try:
        base = (root / under).resolve()
        target = (root / relative).resolve()
        target.relative_to(base)
    except (ValueError, OSError, RuntimeError):  # outside, or a loop of links (RuntimeError before Python 3.13)
        raise Refused(relative) from None
    return target


def relative_name(root: Path, path: Path) -> str:
    """The project-relative name a URL uses for `path`."""
    return path.resolve().relative_to(root.resolve()).as_posix()
