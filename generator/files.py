"""Writes that leave either the old or the new complete file, never half of one; written once here.

Every file the tool writes (documents, .txt, manifest, PDFs, bundles, imported YAML, starters)
goes through `write_chunks`: a temporary file in the same folder, then a rename. With
`replace=False` the rename becomes a link that fails when the name exists, so a file that appeared
meanwhile is never clobbered.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import UsageError, UserError

FULL = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


def write_bytes(path: Path, data: bytes, *, replace: bool = True) -> None:
    write_chunks(path, [data], replace=replace)


def write_chunks(path: Path, chunks: Iterable[bytes], *, replace: bool = True) -> None:
    """Write to a temporary file in the same folder, then rename it over `path`.

    The rename is atomic: a build killed at any moment leaves the old or the new file. We do not
    fsync each file (it cost more than rendering); after a power failure, rebuild with --force.
    """
    with replacing(path, replace=replace) as tmp, open(tmp, "wb") as handle:
        for chunk in chunks:
            handle.write(chunk)


@contextmanager
def replacing(path: Path, *, replace: bool = True) -> Iterator[Path]:
    """A temporary path beside `path` to write (or let another program write); renamed over
    `path` when the block ends without an error, removed otherwise."""
    tmp = _temporary(path)
    try:
        yield tmp
        os.chmod(tmp, 0o644)  # mkstemp makes it 0600
        _place(tmp, path, replace)
    except OSError as exc:
        reason = "de schijf is vol" if exc.errno in FULL else exc.strerror
        raise UserError(f"kan {path} niet schrijven ({reason})",
                        "maak ruimte vrij of kies een andere uitvoermap; het vorige bestand is ongewijzigd") from None
    finally:
        tmp.unlink(missing_ok=True)


def _temporary(path: Path) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise UserError(f"kan niet schrijven in {path.parent} ({exc.strerror})",
                        "controleer of de map bestaat en schrijfbaar is") from None
    os.close(fd)
    return Path(name)


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


def exists(path: Path) -> UsageError:
    return UsageError(f"{path} bestaat al", "kies een andere naam of gebruik --force om het te overschrijven")


def inside(folder: Path, path: Path) -> bool:
    """Whether `path` stays inside `folder`: no `..` out of it, and no link on the way out."""
    base = os.path.normpath(folder)
    target = os.path.normpath(path)
    if not target.startswith(base + os.sep):
        return False
    real = os.path.realpath(base)
    return os.path.realpath(os.path.dirname(target)).startswith(real)
