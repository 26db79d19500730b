"""The law on voting, per kind of orgaan: quorum, majority, a decision without a vote, a tie, the order.

The rules and their sources are package data (regels.yaml); a single orgaan may differ from its kind
(the Eerste Kamer postpones every tie). A rule without a source is the kind's default and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

import yaml

Uitkomst = Literal["verworpen", "uitgesteld"]
VOLGORDE = ("subamendementen", "amendementen", "voorstel", "moties")


@dataclass(frozen=True)
class Artikel:
    artikel: str
    bron: str

    @property
    def vermeld(self) -> str:
        """"(Gemeentewet art. 20)"; an unsourced default says that it is one."""
        return f"({self.artikel})" if self.bron else f"({self.artikel}; standaard zonder bron)"


@dataclass(frozen=True)
class Staking:
    voltallig: Uitkomst
    anders: Uitkomst
    opnieuw: Uitkomst
    artikel: Artikel


@dataclass(frozen=True)
class Regels:
    quorum: Artikel
    geldig: Artikel
    meerderheid: Artikel
    zonder_stemming: Artikel
    staking: Staking
    volgorde: tuple[str, ...]
    volgorde_bron: str


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, object]]:
    text = resources.files("generator.soorten.vergadering").joinpath("regels.yaml").read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))  # type: ignore[no-any-return]


def _artikel(entry: dict[str, str]) -> Artikel:
    return Artikel(entry["artikel"], entry.get("bron", ""))


@lru_cache(maxsize=64)
def voor(kind: str, orgaan_id: str = "") -> Regels:
    """The rules of `kind`, with what one orgaan (`eerste-kamer`) has otherwise."""
    table = _table()
    data = {**table[kind], **table.get(orgaan_id, {})}
    staking = data["staking"]
    assert isinstance(staking, dict)
    volgorde = data["volgorde"]
    assert isinstance(volgorde, list)
    return Regels(
        quorum=_artikel(data["quorum"]),  # type: ignore[arg-type]
        geldig=_artikel(data["geldig"]),  # type: ignore[arg-type]
        meerderheid=_artikel(data["meerderheid"]),  # type: ignore[arg-type]
        zonder_stemming=_artikel(data["zonder_stemming"]),  # type: ignore[arg-type]
        staking=Staking(staking["voltallig"], staking["anders"], staking["opnieuw"], _artikel(staking)),
        volgorde=tuple(volgorde), volgorde_bron=str(data.get("volgorde_bron", "")))
