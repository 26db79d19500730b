"""Paths a user names on the command line: one that does not exist is wrong use (exit 2), said in
one Dutch line before any work starts, the same in every command."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from generator.errors import UsageError, display_path


def must_exist(paths: Iterable[Path], hint: str = "controleer de naam en de map") -> None:
    for path in paths:
        if not (path.exists() or path.is_symlink()):  # a broken link is reported by the reader, with why
            raise UsageError(f"{display_path(path)} bestaat niet", hint)


def folder_must_exist(folder: Path, hint: str) -> None:
    if not folder.is_dir():
        raise UsageError(f"de map {display_path(folder)} bestaat niet", hint)
