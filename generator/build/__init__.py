"""Build: discovery (shared with check, in loading/), the pipeline, the manifest, the report, PDF outputs."""

from generator.build.pipeline import Options, build

__all__ = ["Options", "build"]
