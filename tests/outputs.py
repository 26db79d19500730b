"""What a build writes, derived from the project's data (shared by the build tests)."""

from __future__ import annotations

from pathlib import Path


def whole_build_only(project: Path) -> set[str]:
    """The collections' outputs, which only a whole build writes: the motievolglijst, the actielijst and, per adopted voorstel,
    its besluit (named in its orgaan's word) and redline — derived from the data, not from a list of names."""
    from generator.loading.project import Project
    from generator.soorten.collections import collective_outputs
    from generator.soorten.raadsbesluit.collection import besluit_name

    names = {name for name in collective_outputs(Project(project)) if name.endswith(".docx")}
    for path in (project / "data" / "raadsvoorstellen").glob("*.yaml"):
        loaded = Project(project).load(path)
        names |= {f"{path.stem}-{besluit_name(loaded)}.docx", f"{path.stem}-redline.docx"}
    return names
