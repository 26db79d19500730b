"""The command line: Click commands only, one error boundary (boundary.py), Click's texts in Dutch."""

from generator.cli.main import main

__all__ = ["main"]
