"""The bridge to one warm LibreOffice: run by the Python that has LibreOffice's `uno` module.

    python3 -I unobridge.py SOFFICE PROFILE_URL HOME

This file is run as a script by that Python (on Debian the system python3 with python3-uno), not
imported by raadsstukken: it uses the standard library and `uno` only. It starts LibreOffice with
the given (hardened) profile, listening on a pipe with a random name: on Unix a socket that only
this user may open (its mode is checked before connecting), never a TCP port. Then it converts
documents one by one, as asked on standard input, one JSON object per line:

    {"source": "/…/00017.docx", "target": "/…/00017.pdf", "filter": "writer_pdf_Export",
     "options": {"SelectPdfVersion": 2, …}}

and answers each on standard output: {"ok": true} or {"error": "…"}. Its first line says it is ready:
{"ready": true, "pid": <LibreOffice's process id>}. When standard input closes (raadsstukken ended,
even killed), it stops LibreOffice and exits; raadsstukken kills the whole process group on a time
limit. A document is loaded hidden, read-only, with macros never run and links never updated.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import stat
import subprocess
import sys
import time
from typing import Any

CONNECT_SECONDS = 60.0


def main() -> None:
    soffice, profile, home = sys.argv[1:4]
    name = "raadsstukken-" + secrets.token_hex(16)
    office = subprocess.Popen(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--invisible", "--nodefault", "--nologo",
         "--norestore", "--nolockcheck", f"--accept=pipe,name={name};urp;"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={"PATH": os.environ.get("PATH", os.defpath), "HOME": home, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    desktop = None
    try:
        desktop = connect(name, office)
        answer({"ready": True, "pid": office.pid})
        for line in sys.stdin:
            try:
                answer(convert(desktop, json.loads(line)))
            except Exception as exc:
                if office.poll() is not None or "Disposed" in type(exc).__name__:
                    raise  # LibreOffice is gone: the other side starts a new one
                answer({"error": f"LibreOffice: {type(exc).__name__}: {str(exc).strip()[:200]}"})
    finally:
        stop(office, name, desktop)


def connect(name: str, office: subprocess.Popen) -> Any:
    import uno
    from com.sun.star.connection import NoConnectException

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        if office.poll() is not None:
            raise SystemExit(f"LibreOffice stopte bij het starten (code {office.returncode})")
        if private(name):
            try:
                context = resolver.resolve(f"uno:pipe,name={name};urp;StarOffice.ComponentContext")
                return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
            except NoConnectException:
                pass
        if time.monotonic() > deadline:
            raise SystemExit("LibreOffice luisterde niet binnen de tijd")
        time.sleep(0.05)


def pipe_path(name: str) -> str:
    """Where LibreOffice (osl/unx/pipe.cxx) puts the socket of `--accept=pipe,name=…`: named after the
    user's id, which is the owner of the home folder raadsstukken made for this LibreOffice."""
    folder = "/tmp" if os.access("/tmp", os.W_OK) else "/var/tmp"
    return f"{folder}/OSL_PIPE_{owner()}_{name}"


def owner() -> int:
    return os.stat(sys.argv[3]).st_uid  # noqa: PTH116  HOME: made by raadsstukken, so ours


def private(name: str) -> bool:
    """The socket exists, is ours and no one else may write to it (connecting needs write permission).
    This bridge runs on Linux and macOS only (converter.uno_python: never on Windows)."""
    try:
        found = os.lstat(pipe_path(name))
    except OSError:
        return False
    if not stat.S_ISSOCK(found.st_mode) or found.st_uid != owner() or found.st_mode & 0o022:
        raise SystemExit("de verbinding met LibreOffice is niet privé; gestopt")
    return True


def convert(desktop: Any, request: dict) -> dict:
    import uno
    from com.sun.star.beans import PropertyValue

    def prop(name: str, value: object) -> PropertyValue:
        found = PropertyValue()
        found.Name, found.Value = name, value
        return found

    options = tuple(prop(k, v) for k, v in request.get("options", {}).items())
    load = (prop("Hidden", True), prop("ReadOnly", True), prop("MacroExecutionMode", 0), prop("UpdateDocMode", 0))
    try:
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(request["source"]), "_blank", 0, load)
    except Exception as exc:
        if "Disposed" in type(exc).__name__:
            raise
        document = None
    if document is None:
        return {"error": "LibreOffice kon het document niet openen (beschadigd of geen Word-document)"}
    try:
        store = [prop("FilterName", request["filter"]), prop("Overwrite", True)]
        if options:
            store.append(prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", options)))
        document.storeToURL(uno.systemPathToFileUrl(request["target"]), tuple(store))
    finally:
        document.close(True)
    return {"ok": True}


def answer(message: dict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def stop(office: subprocess.Popen, name: str, desktop: Any) -> None:
    """Ask LibreOffice to end (it then removes its sockets), and make sure it did."""
    try:
        if desktop is not None and office.poll() is None:
            desktop.terminate()
        office.wait(timeout=5)
    except Exception:
        pass
    if office.poll() is None:
        office.kill()
        office.wait()
    with contextlib.suppress(OSError):
        os.unlink(pipe_path(name))  # noqa: PTH108 (left behind when LibreOffice was killed)


if __name__ == "__main__":
    try:
        main()
    except Exception as exc:  # the other side reads a line it understands, then sees the end
        answer({"fatal": f"{type(exc).__name__}: {exc}"})
        raise SystemExit(3) from None
