"""For the build, without importing a model when the project has no vergaderingen (a no-op build stays light)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def decided(project: Any) -> dict[Path, list[Path]]:
    """Data file → the vergaderingen that decide what its document shows (see index.Index.decided_by)."""
    if not (project.data_dir / "vergaderingen").is_dir():
        return {}
    from generator.soorten.vergadering.index import decided as from_index

    return from_index(project)
