"""One orgaan and its forms: how its documents open, whom they address, its verbs and signatories.

Forms are per orgaan, not per kind: waterschappen name their assembly and board differently
(waterschappen.csv). Where the data gives no form, the kind's default is used and the field is
listed in `defaults`, so a profile can override it and a reader can see it was not sourced.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

KINDS = ("gemeente", "provincie", "waterschap", "kamer")


@dataclass(frozen=True)
class Orgaan:
    id: str
    kind: str
    name: str
    """As it stands on documents: Utrecht, Gelderland, Waterschap Rivierenland, Tweede Kamer."""
    cbs_code: str | None
    subject: str
    """Who adopts: "De raad van de gemeente Utrecht", "Provinciale Staten van Gelderland"."""
    addressee: str
    """The board asked to act: "het college", "Gedeputeerde Staten", "de regering"."""
    plural: bool
    """Provinciale Staten and an algemeen bestuur "verzoeken"; the raad and the Kamer "verzoekt"."""
    assembly: str
    """gemeenteraad, Provinciale Staten, algemeen bestuur, Verenigde Vergadering, Tweede Kamer."""
    header: str
    """The assembly as the header of its documents names it: "Gemeenteraad Zwolle"."""
    signatories: tuple[str, ...] = ()
    """Of its letters (gemeente: burgemeester and secretaris)."""
    besluit_signatories: tuple[str, ...] = ()
    """Of its besluiten (raad: griffier and voorzitter)."""
    defaults: tuple[str, ...] = ()
    """Fields that hold the kind's default because the source data gives no form."""
    aliases: tuple[str, ...] = ()
    """Other names that find it: the CBS spelling (Friesland for Fryslân, 's-Gravenhage)."""
    opgeheven: dt.date | None = None
    opvolgers: tuple[str, ...] = ()
    split: bool = False

    @property
    def full_name(self) -> str:
        return {"gemeente": f"gemeente {self.name}", "provincie": f"provincie {self.name}"}.get(self.kind, self.name)

    @property
    def label(self) -> str:
        """For a list of choices: "gemeente Utrecht (gemeente-utrecht)"."""
        return f"{self.full_name} ({self.id})"

    def opening(self, date: str) -> str:
        """"De raad van de gemeente Utrecht, in vergadering bijeen op …"; "De Kamer, gehoord de beraadslaging"."""
        if self.kind == "kamer":
            return self.subject
        return f"{self.subject}, in vergadering bijeen op {date}"

    @property
    def verzoekt(self) -> str:
        return f"{'Verzoeken' if self.plural else 'Verzoekt'} {self.addressee}:"

    @property
    def slot(self) -> str:
        return f"En {'gaan' if self.plural else 'gaat'} over tot de orde van de dag."

    def former(self, date: dt.date, successors: tuple[str, ...], *, split: bool) -> Orgaan:
        return dataclasses.replace(self, opgeheven=date, opvolgers=successors, split=split)


def gemeente(key: str, name: str, code: str | None) -> Orgaan:
    return Orgaan(key, "gemeente", name, code, subject=f"De raad van de gemeente {name}",
                  addressee="het college", plural=False, assembly="gemeenteraad", header=f"Gemeenteraad {name}",
                  signatories=("burgemeester", "secretaris"), besluit_signatories=("griffier", "voorzitter"))


def provincie(key: str, name: str, code: str) -> Orgaan:
    return Orgaan(key, "provincie", name, code, subject=f"Provinciale Staten van {name}",
                  addressee="Gedeputeerde Staten", plural=True, assembly="Provinciale Staten",
                  header=f"Provinciale Staten van {name}", signatories=("commissaris van de Koning", "griffier"),
                  besluit_signatories=("voorzitter", "griffier"))


def waterschap(key: str, row: dict[str, str]) -> Orgaan:
    """From a waterschappen.csv row; an empty column gives the kind's default, marked as such."""
    defaults = []
    assembly = row["bestuur_naam"]
    if not assembly:
        assembly = "algemeen bestuur"
        defaults.append("assembly")
    board = row["dagelijks_bestuur"]
    if not board:
        board = "dagelijks bestuur"
        defaults.append("addressee")
    addressee = board if board.startswith("dijkgraaf") else f"het {board}"
    chair = row["voorzitter_titel"] or "dijkgraaf"
    if not row["voorzitter_titel"]:
        defaults.append("signatories")
    name = row["naam"]
    if assembly.lower() == "verenigde vergadering":
        subject = f"De {assembly} van {name}"
        header = f"{assembly[0].upper()}{assembly[1:]} {name}"
    else:
        subject = f"Het algemeen bestuur van {name}"
        header = f"Algemeen bestuur {name}"
    return Orgaan(key, "waterschap", name, None, subject=subject, addressee=addressee, plural=True,
                  assembly=assembly, header=header, signatories=(chair, "secretaris-directeur"),
                  besluit_signatories=(chair, "secretaris-directeur"), defaults=tuple(defaults))


def kamer(key: str, name: str) -> Orgaan:
    return Orgaan(key, "kamer", name, None, subject="De Kamer, gehoord de beraadslaging",
                  addressee="de regering", plural=False, assembly=name, header=f"{name} der Staten-Generaal")
