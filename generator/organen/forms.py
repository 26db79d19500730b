"""One orgaan and its vocabulary: every word of its documents that depends on the orgaan.

The words per kind of orgaan (gemeente, provincie, waterschap, kamer) are package data
(data/woorden.yaml), each with its source; this module fills them in for one orgaan ("Gemeente
Zwolle", "Provinciale Staten van Gelderland", "Het algemeen bestuur van Waterschap Rivierenland").
Waterschappen name their assembly and board differently (waterschappen.csv). A form without a
source is the kind's default and is listed in `defaults`, so a profile can override it and a reader
can see it was not sourced. No template and no context builder writes an orgaan's word itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

KINDS = ("gemeente", "provincie", "waterschap", "kamer")
FLAGS = ("meervoud", "uw_meervoud", "bestuur_meervoud")
"""Forms that say ja or nee: whether a subject takes plural verbs."""


@dataclass(frozen=True)
class Form:
    text: str
    source: str


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, Form]]:
    """kind → word → form, from data/woorden.yaml (package data, read once)."""
    text = resources.files("generator.organen").joinpath("data", "woorden.yaml").read_text("utf-8")
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # libyaml when installed: this runs at every start
    data = yaml.load(text, Loader=loader)  # every scalar a string; trusted package data
    return {kind: {word: Form(entry["vorm"], entry.get("bron", "")) for word, entry in words.items()}
            for kind, words in data.items()}


@dataclass(frozen=True)
class Role:
    """One signature under a document: who (a role of the profile) and how the line reads."""

    rol: str
    """voorzitter, secretaris or griffier: the profile's office (a gemeente's voorzitter is its burgemeester)."""
    label: str
    """"de burgemeester", "de secretaris-directeur"."""


@dataclass(frozen=True)
class Orgaan:
    id: str
    kind: str
    name: str
    """As it stands on documents: Utrecht, Gelderland, Waterschap Rivierenland, Tweede Kamer."""
    cbs_code: str | None
    words: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    """Every form of this orgaan, filled in: see data/woorden.yaml for the words and their sources."""
    defaults: tuple[str, ...] = ()
    """Words that hold the kind's default because no source gives the form."""
    aliases: tuple[str, ...] = ()
    """Other names that find it: the CBS spelling (Friesland for Fryslân, 's-Gravenhage)."""
    opgeheven: dt.date | None = None
    opvolgers: tuple[str, ...] = ()
    split: bool = False

    def word(self, key: str) -> str:
        return self.words[key]

    def flag(self, key: str) -> bool:
        return self.words[key] == "ja"

    @property
    def subject(self) -> str:
        """Who adopts: "De raad van de gemeente Utrecht", "Provinciale Staten van Gelderland"."""
        return self.words["aanhef"]

    @property
    def plural(self) -> bool:
        """Provinciale Staten "verzoeken"; the raad, an algemeen bestuur and the Kamer "verzoekt"."""
        return self.flag("meervoud")

    @property
    def addressee(self) -> str:
        """The board a motie asks to act: "het college", "Gedeputeerde Staten", "de regering"."""
        return self.words["college"]

    @property
    def assembly(self) -> str:
        return self.words["vergadering"]

    @property
    def header(self) -> str:
        """The assembly as the header of its documents names it: "Gemeenteraad Zwolle"."""
        return self.words["kop"]

    @property
    def letterhead(self) -> str:
        """The orgaan as the author of its documents: "Gemeente Zwolle", "Provincie Gelderland"."""
        return self.words["briefhoofd"]

    @property
    def full_name(self) -> str:
        return self.words["naam_lang"]

    @property
    def label(self) -> str:
        """For a list of choices: "gemeente Utrecht (gemeente-utrecht)"."""
        return f"{self.full_name} ({self.id})"

    def opening(self, date: str) -> str:
        """"De raad van de gemeente Utrecht, in vergadering bijeen op …"; "De Kamer, gehoord de beraadslaging"."""
        if self.kind == "kamer":
            return self.subject
        return f"{self.subject}, in vergadering bijeen op {date}"

    def verb(self, singular: str, plural: str, flag: str = "meervoud") -> str:
        return plural if self.flag(flag) else singular

    @property
    def verzoekt(self) -> str:
        return f"{self.verb('Verzoekt', 'Verzoeken')} {self.addressee}:"

    @property
    def slot(self) -> str:
        return f"En {self.verb('gaat', 'gaan')} over tot de orde van de dag."

    def roles(self, key: str) -> list[Role]:
        """The signatures of a letter (`brief_ondertekening`) or a besluit (`besluit_ondertekening`)."""
        return [Role(*(part.strip() for part in item.split(":", 1)))
                for item in self.words[key].split(";") if item.strip()]

    def context(self) -> dict[str, Any]:
        """The vocabulary as templates see it: `orgaan.briefhoofd`, `orgaan.aanhef`, `orgaan.soort`, …"""
        return {**self.words, "naam": self.name, "soort": self.kind, "id": self.id}

    def with_words(self, **changes: str) -> Orgaan:
        """The same orgaan with some forms replaced (a profile's own `orgaan:` opening)."""
        return dataclasses.replace(self, words={**self.words, **changes},
                                   defaults=tuple(d for d in self.defaults if d not in changes))

    def former(self, date: dt.date, successors: tuple[str, ...], *, split: bool) -> Orgaan:
        return dataclasses.replace(self, opgeheven=date, opvolgers=successors, split=split)


def make(key: str, kind: str, name: str, code: str | None, fill: Mapping[str, str] | None = None,
         unsourced: tuple[str, ...] = ()) -> Orgaan:
    """The orgaan with every word of its kind filled in; `unsourced` adds words whose fill was a default."""
    values = {"naam": name, **(fill or {})}
    words, defaults = {}, list(unsourced)
    for word, form in table()[kind].items():
        words[word] = form.text.format(**values)
        if form.text and not form.source and word not in defaults:
            defaults.append(word)
    return Orgaan(key, kind, name, code, words=words, defaults=tuple(defaults))


def gemeente(key: str, name: str, code: str | None) -> Orgaan:
    return make(key, "gemeente", name, code)


def provincie(key: str, name: str, code: str) -> Orgaan:
    return make(key, "provincie", name, code)


def waterschap(key: str, row: dict[str, str]) -> Orgaan:
    """From a waterschappen.csv row; an empty column gives the kind's default, marked as such."""
    unsourced = []
    bestuur = row["bestuur_naam"]
    if not bestuur:
        bestuur = "algemeen bestuur"
        unsourced += ["vergadering", "aanhef", "kop"]
    board = row["dagelijks_bestuur"]
    if not board:
        board = "dagelijks bestuur"
        unsourced += ["college", "bestuur", "voorstel_van"]
    chair = row["voorzitter_titel"]
    if not chair:
        chair = "dijkgraaf"
        unsourced += ["voorzitter"]
    het_bestuur = f"de {bestuur}" if bestuur.lower() == "verenigde vergadering" else f"het {bestuur}"
    het_db = board if board.startswith("dijkgraaf") else f"het {board}"
    fill = {"bestuur": bestuur, "Bestuur": bestuur[:1].upper() + bestuur[1:], "het_bestuur": het_bestuur,
            "Het_bestuur": het_bestuur[:1].upper() + het_bestuur[1:], "db": board, "het_db": het_db,
            "Het_db": het_db[:1].upper() + het_db[1:], "voorzitter": chair}
    return make(key, "waterschap", row["naam"], None, fill, tuple(unsourced))


def kamer(key: str, name: str) -> Orgaan:
    return make(key, "kamer", name, None)
