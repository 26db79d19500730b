"""Writes that leave either the old or the new complete file, never half of one; written once here.

Every file the tool writes (documents, .txt, manifest, PDFs, bundles, imported YAML, starters)
goes through `write_chunks`: a temporary file in the same folder, then a rename. With
`replace=False` the rename becomes a link that fails when the name exists, so a file that appeared
meanwhile is never clobbered.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from generator import portable
from generator.errors import UsageError, UserError, display_path

FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
TEMP_NAME = 100
"""Characters of the target's name in its temporary name: a 245-character name still fits the file
system's 255 with the dot, the random part and the suffix."""
TEMP_SUFFIX = ".tmp"


def write_bytes(path: Path, data: bytes, *, replace: bool = True) -> None:
    write_chunks(path, [data], replace=replace)


def write_chunks(path: Path, chunks: Iterable[bytes], *, replace: bool = True) -> None:
    """Write to a temporary file in the same folder, then rename it over `path`.

    The rename is atomic: a build killed at any moment leaves the old or the new file. We do not
    fsync each file (it cost more than rendering); after a power failure, rebuild with --force.
    The temporary file is written through the descriptor that made it (one open per file, not two).
    """
    fd, tmp = _temporary(path)
    placed = False
    try:
        with _told(path):
            with os.fdopen(fd, "wb") as handle:
                for chunk in chunks:
                    handle.write(chunk)
            os.chmod(tmp, 0o644)  # mkstemp makes it 0600
            _place(tmp, path, replace)
            placed = True
    finally:
        if not placed or not replace:  # a placed hard link leaves the temporary name beside the file
            tmp.unlink(missing_ok=True)


@contextmanager
def replacing(path: Path, *, replace: bool = True) -> Iterator[Path]:
    """A temporary path beside `path` to write (or let another program write); renamed over
    `path` when the block ends without an error, removed otherwise."""
    fd, tmp = _temporary(path)
    os.close(fd)
    try:
        with _told(path):
            yield tmp
            os.chmod(tmp, 0o644)  # mkstemp makes it 0600
            _place(tmp, path, replace)
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def _told(path: Path) -> Iterator[None]:
    """A failed write of `path` as the user's message: a full disk, a name too long, or why not."""
    try:
        yield
    except OSError as exc:
        if exc.errno in FULL:
            raise UserError(f"kan {path} niet schrijven (de schijf is vol)",
                            "maak ruimte vrij of kies een andere uitvoermap; het vorige bestand is ongewijzigd") from None
        if exc.errno == errno.ENAMETOOLONG:
            raise UserError(f"kan {path} niet schrijven: de bestandsnaam is te lang voor het bestandssysteem",
                            "geef het gegevensbestand een kortere naam") from None
        raise UserError(f"kan {path} niet schrijven ({reason(exc)[0]})",
                        "verwijder of hernoem wat daar staat, of kies een andere uitvoermap") from None


def _temporary(path: Path) -> tuple[int, Path]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name[:TEMP_NAME]}.", suffix=TEMP_SUFFIX, dir=path.parent)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise UserError(f"kan {path} niet schrijven: de bestandsnaam is te lang voor het bestandssysteem",
                            "geef het gegevensbestand een kortere naam") from None
        why = "geen schrijfrechten" if exc.errno in (errno.EACCES, errno.EPERM) else reason(exc)[0]
        raise UserError(f"kan niet schrijven in {path.parent} ({why})",
                        "controleer of de map bestaat en schrijfbaar is") from None
    return fd, Path(name)


def _place(tmp: Path, path: Path, replace: bool) -> None:
    if replace:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)  # fails if the target appeared meanwhile
    except FileExistsError:
        raise exists(path) from None
    except OSError:  # a file system without hard links
        if path.exists():
            raise exists(path) from None
        os.replace(tmp, path)


WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10))}
WINDOWS_REFUSED = '<>:"|?*\\'


def windows_refuses(part: str) -> str | None:
    """Why Windows cannot have a file or folder named `part` (one part of a path), in Dutch, or None.
    A rule about names, not about this machine: a project made on Linux is opened on Windows too."""
    device = part.split(".", maxsplit=1)[0].upper()
    if device in WINDOWS_RESERVED:
        return f"{device} is op Windows een gereserveerde apparaatnaam"
    refused = sorted({char for char in part if char in WINDOWS_REFUSED or ord(char) < 32})
    if refused:
        shown = " ".join(repr(char)[1:-1] if ord(char) < 32 else char for char in refused)
        return f"Windows staat deze tekens in een bestandsnaam niet toe: {shown}"
    if part.endswith((".", " ")):
        return "Windows haalt een punt of spatie aan het eind van een naam weg"
    return None


def exists(path: Path) -> UsageError:
    return UsageError(f"{path} bestaat al", "kies een andere naam of gebruik --force om het te overschrijven")


def inside(folder: Path, path: Path) -> bool:
    """Whether `path` stays inside `folder`: no `..` out of it, and no link on the way out."""
    return Within(folder)(path)


class Within:
    """`inside(folder, path)` for the many outputs of one build: the folder and each folder an output
    goes into are resolved once (as manifest.Inside does for the names the manifest holds)."""

    def __init__(self, folder: Path) -> None:
        self.base = os.path.normpath(folder)
        self._real: str | None = None
        self._folders: dict[str, str] = {}

    def __call__(self, path: Path) -> bool:
        target = os.path.normpath(path)
        if not target.startswith(self.base + os.sep):
            return False
        if self._real is None:
            self._real = os.path.realpath(self.base)
        parent = os.path.dirname(target)
        real = self._folders.get(parent)
        if real is None:
            real = self._folders[parent] = os.path.realpath(parent)
        return real.startswith(self._real)


class Unreadable(UserError):
    """A file we will not or cannot read: not a regular file, no read permission, a link loop."""

    def __init__(self, path: Path, reason: str, hint: str) -> None:
        super().__init__(f"{display_path(path)}: {reason}", hint)
        self.reason = reason


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, never blocking: a FIFO, socket or device is refused before it is
    read (opening a FIFO to read would wait for a writer forever), like an unreadable file or a loop
    of links. Reads at most `limit + 1` bytes, so the caller can tell a file that is too big."""
    try:
        fd = portable.open_fd(path, os.O_RDONLY)
    except OSError as exc:
        raise Unreadable(path, *reason(exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise Unreadable(path, f"is geen gewoon bestand maar {kind(mode)}",
                             "alleen gewone bestanden worden gelezen; verwijder of verplaats het")
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read() if limit is None else handle.read(limit + 1)
    except OSError as exc:
        raise Unreadable(path, *reason(exc)) from None
    finally:
        os.close(fd)


def kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "een map"
    if stat.S_ISFIFO(mode):
        return "een FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "een socket"
    return "een apparaat"


REASONS = {
    errno.EACCES: ("geen leesrechten", "geef leesrechten (chmod u+r) of vraag de beheerder"),
    errno.EPERM: ("geen leesrechten", "geef leesrechten (chmod u+r) of vraag de beheerder"),
    errno.ENOENT: ("bestaat niet", "controleer de naam en de map"),
    errno.ELOOP: ("is een kring van koppelingen (een link die via andere links naar zichzelf verwijst)",
                  "herstel of verwijder de koppeling"),
    errno.ENAMETOOLONG: ("de bestandsnaam is te lang voor het bestandssysteem", "kies een kortere naam"),
    errno.EISDIR: ("is een map, geen bestand", "geef een bestand op"),
    errno.ENOTDIR: ("bestaat niet (een deel van het pad is geen map)", "controleer het pad"),
    errno.ENOSPC: ("de schijf is vol", "maak ruimte vrij"),
    errno.EROFS: ("het bestandssysteem is alleen-lezen", "kies een andere map"),
}


def reason(exc: OSError) -> tuple[str, str]:
    """Why a file operation failed, in Dutch with a fix (never the system's English text)."""
    return REASONS.get(exc.errno or 0, (f"invoer-/uitvoerfout {exc.errno or ''}".strip(), "controleer het bestand en de schijf"))
