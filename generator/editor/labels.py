"""Dutch labels and help for the form's fields.

The models' field docstrings are written for developers, in English (the house rule for code);
what a griffie employee reads is said on each model (`veldnamen`, `uitleg`: soorten/base.py) and in
the comments of each soort's starter.yaml, which explain the fields in Dutch to someone who fills in
the file by hand (a comment about files or keys is left out).
"""

from __future__ import annotations

import re
from typing import Any

ORGAAN_LABEL = "Orgaan"
ORGAAN_HELP = "De gemeente, provincie, het waterschap of de Kamer van dit stuk. Typ de eerste letters van de naam om te kiezen."
TECHNICAL = re.compile(r"data/|\.yaml|`|\b[a-z]+_[a-z_]+\b|: ja\b|\bja/nee\b|JJJJ|\[\^|\([a-z_]+:\)")
"""A starter comment written for someone editing the file (paths, keys, YAML values): not shown."""
STARTER_LINE = re.compile(r"^(?:# ?)?([a-z_]+):[^#]*#\s*(.+?)\s*$")
"""A top-level field (nested ones share names such as `ris` with other meanings), also commented out."""


def label_for(model: type, name: str) -> str:
    """The model's own Dutch name for the field (`veldnamen`), else its key as words."""
    return str(getattr(model, "veldnamen", {}).get(name) or name.replace("_", " ").capitalize())


def help_for(model: type, name: str, starter_help: dict[str, str]) -> str:
    """The model's own help (`uitleg`), else the comment the starter writes beside the field, unless
    that speaks of files and keys rather than of the document."""
    own = getattr(model, "uitleg", {}).get(name)
    if own:
        return str(own)
    text = starter_help.get(name, "")
    return "" if TECHNICAL.search(text) else text


def starter_values(starter: str) -> dict[str, Any]:
    """The starter's values (for the headers it proposes); every scalar a string, as the strict reader reads."""
    import yaml

    try:
        data = yaml.load(starter, Loader=yaml.BaseLoader)  # package data, in the orgaan's words (starters.project_text)
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def starter_help(starter: str) -> dict[str, str]:
    """`veld: waarde   # uitleg` lines of a starter (also commented-out ones): veld → uitleg."""
    found: dict[str, str] = {}
    for line in starter.splitlines():
        match = STARTER_LINE.match(line)
        if match:
            found.setdefault(match.group(1), match.group(2))
    return found
