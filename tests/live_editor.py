"""The editor as a real server for the hostile tests: uvicorn on 127.0.0.1 (a port the system picks)
in a thread of the test process, spoken to over real sockets with http.client. One start per module."""

from __future__ import annotations

import http.client
import json
import threading
import time
from pathlib import Path
from typing import Any

from generator.editor.server import listening_socket, server_for

TOKEN = "live-t0ken"


class Live:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.sock = listening_socket(0)
        self.port = self.sock.getsockname()[1]
        self.server, self.gate = server_for(root, self.sock, TOKEN)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("de editor startte niet")
            time.sleep(0.02)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None,
                timeout: float = 60) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        sent = {"Host": f"127.0.0.1:{self.port}", "Origin": self.base, "Cookie": f"{self.gate.cookie}={TOKEN}", **(headers or {})}
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            return response.status, response.read()
        finally:
            connection.close()

    def post(self, path: str, value: Any, timeout: float = 60) -> tuple[int, Any]:
        status, raw = self.request("POST", path, json.dumps(value).encode(), {"Content-Type": "application/json"}, timeout)
        try:
            return status, json.loads(raw)
        except ValueError:
            return status, raw.decode("utf-8", "replace")

    def form(self, pad: str) -> dict[str, Any]:
        import re
        from urllib.parse import quote

        status, page = self.request("GET", f"/bewerk?pad={quote(pad)}")
        assert status == 200, page
        found = re.search(rb'<script type="application/json" id="gegevens">(.*?)</script>', page, re.S)
        assert found is not None
        return json.loads(found.group(1))  # type: ignore[no-any-return]

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
