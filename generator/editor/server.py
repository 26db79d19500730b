"""Serving the editor: uvicorn on 127.0.0.1 only, a port the system picks, a fresh token."""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import uvicorn

from generator import portable
from generator.editor.app import make_app
from generator.editor.security import Gate, new_token

if TYPE_CHECKING:
    from generator.pdf.converter import Converter

HOST = "127.0.0.1"
"""Never another address: the editor is for the person at this computer (docs/security.md)."""


def listening_socket(port: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        portable.exclusive_address(sock)
        sock.bind((HOST, port))
        sock.listen(64)
    except OSError:
        sock.close()
        raise
    return sock


def server_for(root: Path, sock: socket.socket, token: str | None = None,
               office: Converter | None = None) -> tuple[uvicorn.Server, Gate]:
    gate = Gate(token or new_token(), sock.getsockname()[1])
    config = uvicorn.Config(make_app(root, gate, office), log_level="warning", access_log=False, lifespan="off",
                            h11_max_incomplete_event_size=64 * 1024, timeout_keep_alive=5, timeout_graceful_shutdown=1)
    return uvicorn.Server(config), gate


def serve(root: Path, port: int, *, open_browser: bool, announce: Callable[[str], None]) -> None:
    sock = listening_socket(port)
    server, gate = server_for(root, sock)
    url = gate.url()
    announce(url)
    if open_browser:
        threading.Timer(0.8, lambda: webbrowser.open(url)).start()
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C: uvicorn has stopped serving, then passes the signal on
        server.run(sockets=[sock])
    busy = [t for t in threading.enumerate() if t is not threading.current_thread() and not t.daemon and t.is_alive()]
    if busy:  # a request still renders or converts: Ctrl+C means stop now, not when that is done (writes are atomic)
        sys.stderr.flush()
        os._exit(0)
