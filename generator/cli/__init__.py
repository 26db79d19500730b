"""The command line: Click commands only, one error boundary (boundary.py), Click's texts in Dutch."""

import os

# pydantic looks for plugins among the entry points of every installed distribution when it makes its
# first model (importlib.metadata: 0.1-0.4 s of a one-document build); raadsstukken uses none. A user
# who sets the variable keeps their own value (https://docs.pydantic.dev/latest/concepts/plugins/).
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from generator.cli.main import main

__all__ = ["main"]
