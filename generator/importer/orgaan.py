"""The orgaan of a motie as an id of the organen register (which lands with the `init` issue).

Until the register is there, the id is derived from the opening line with the register's slug scheme
and written as a comment beside `gemeente:`: a gemeente by its name (gemeente-utrecht and
gemeente-groningen where a provincie shares the name), a provincie by its name (provincie-utrecht,
provincie-groningen), a waterschap by its full name, and tweede-kamer / eerste-kamer.
"""

from __future__ import annotations

import re

SHARED_NAMES = frozenset({"utrecht", "groningen"})
"""Names both a gemeente and a provincie carry: their ids say which."""
_KAMERS = ("tweede-kamer", "eerste-kamer")


def register_id(ident: str | None, opening: str | None) -> tuple[str, str] | None:
    """(id, soort_orgaan) from the importer's gemeente id and the opening words, or None."""
    if not ident:
        return None
    if ident in _KAMERS:
        return ident, ident
    if opening and re.search(r"\bprovinciale\s+staten\b", opening, re.IGNORECASE):
        return (f"provincie-{ident}" if ident in SHARED_NAMES else ident), "provincie"
    if re.match(r"(?:waterschap|hoogheemraadschap|wetterskip)-", ident):
        return ident, "waterschap"
    return (f"gemeente-{ident}" if ident in SHARED_NAMES else ident), "gemeente"
