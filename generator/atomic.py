"""Writes that leave either the old or the new complete file, never half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from generator.errors import UserError


def write_bytes(path: Path, data: bytes) -> None:
    write_chunks(path, [data])


def write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """Write to a temporary file in the same folder, then rename it over `path`.

    The rename is atomic: a build killed at any moment leaves the old or the new file. We do not
    fsync each file (it cost more than rendering); after a power failure, rebuild with --force.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise UserError(f"kan niet schrijven in {path.parent} ({exc.strerror})",
                        "controleer of de map bestaat en schrijfbaar is") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        reason = "de schijf is vol" if exc.errno in (28, 27) else exc.strerror
        raise UserError(f"kan {path} niet schrijven ({reason})",
                        "maak ruimte vrij of kies een andere uitvoermap; het vorige bestand is ongewijzigd") from None


def inside(folder: Path, path: Path) -> bool:
    """Whether `path` stays inside `folder`: no `..` out of it, and no link on the way out."""
    base = os.path.normpath(folder)
    target = os.path.normpath(path)
    if not target.startswith(base + os.sep):
        return False
    return _real(os.path.dirname(target)).startswith(_real(base))


@lru_cache(maxsize=1024)
def _real(folder: str) -> str:
    """Folders of one build do not move; resolving links once per folder is enough."""
    return os.path.realpath(folder)
