"""The built-in register: fixed totals, codes from a second source, ids, forms and history."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from generator.organen import register

# Read by hand from the second source (minvws/nl-covid19-data-dashboard packages/common/src/data/gm.ts
# @1705ac93; Voorne aan Zee from a herindelingstabel), see generator/organen/data/check_codes.md.
SECOND_SOURCE = {
    "den-haag": "0518", "gemeente-utrecht": "0344", "gemeente-groningen": "0014", "bergen-nh": "0373",
    "bergen-l": "0893", "sudwest-fryslan": "1900", "zwolle": "0193", "zuidplas": "1892", "amsterdam": "0363",
    "rotterdam": "0599", "s-hertogenbosch": "0796", "aa-en-hunze": "1680", "dijk-en-waard": "1980",
    "land-van-cuijk": "1982", "maashorst": "1991", "eemsdelta": "1979", "het-hogeland": "1966",
    "westerkwartier": "1969", "noardeast-fryslan": "1970", "vijfheerenlanden": "1961", "hoeksche-waard": "1963",
    "molenlanden": "1978", "west-betuwe": "1960", "beekdaelen": "1954", "hengelo": "0164", "laren": "0417",
    "rijswijk": "0603", "middelburg": "0687", "beek": "0888", "stein": "0971", "tytsjerksteradiel": "0737",
    "purmerend": "0439", "nuenen-gerwen-en-nederwetten": "0820", "voorne-aan-zee": "1992",
}


def current() -> list[register.Orgaan]:
    return [o for o in register.register().values() if o.opgeheven is None]


def test_totals() -> None:
    assert Counter(o.kind for o in current()) == {"gemeente": 342, "provincie": 12, "waterschap": 21, "kamer": 2}


@pytest.mark.parametrize(("orgaan_id", "code"), sorted(SECOND_SOURCE.items()))
def test_codes_match_a_second_source(orgaan_id: str, code: str) -> None:
    assert register.get(orgaan_id).cbs_code == code


def test_ids_follow_the_document_names() -> None:
    ids = set(register.register())
    assert {"zwolle", "den-haag", "zuidplas", "gemeente-utrecht", "provincie-utrecht", "gemeente-groningen",
            "provincie-groningen", "bergen-nh", "bergen-l", "waterschap-rivierenland",
            "hoogheemraadschap-van-delfland", "wetterskip-fryslan", "tweede-kamer", "eerste-kamer"} <= ids
    assert "utrecht" not in ids and "s-gravenhage" not in ids
    assert register.get("den-haag").name == "Den Haag"
    assert register.get("hengelo").name == "Hengelo"


def test_forms_per_orgaan() -> None:
    ps = register.get("gelderland")
    assert ps.opening("X") == "Provinciale Staten van Gelderland, in vergadering bijeen op X"
    assert (ps.verzoekt, ps.slot) == ("Verzoeken Gedeputeerde Staten:", "En gaan over tot de orde van de dag.")
    rivierenland = register.get("waterschap-rivierenland")
    assert rivierenland.subject == "Het algemeen bestuur van Waterschap Rivierenland"
    assert rivierenland.addressee == "het college van dijkgraaf en heemraden"
    assert not {"vergadering", "aanhef", "college", "voorzitter"} & set(rivierenland.defaults)
    assert (rivierenland.verzoekt, rivierenland.slot) == ("Verzoekt het college van dijkgraaf en heemraden:",
                                                          "En gaat over tot de orde van de dag.")
    hollandse_delta = register.get("waterschap-hollandse-delta")
    assert hollandse_delta.subject == "De Verenigde Vergadering van Waterschap Hollandse Delta"
    assert {"vergadering", "aanhef", "college", "voorzitter"} <= set(register.get("hoogheemraadschap-van-delfland").defaults)
    kamer = register.get("tweede-kamer")
    assert (kamer.opening("X"), kamer.verzoekt) == ("De Kamer, gehoord de beraadslaging", "Verzoekt de regering:")
    zwolle = register.get("zwolle")
    assert [(r.rol, r.label) for r in zwolle.roles("brief_ondertekening")] == [
        ("secretaris", "de secretaris"), ("voorzitter", "de burgemeester")]
    assert [(r.rol, r.label) for r in zwolle.roles("besluit_ondertekening")] == [
        ("voorzitter", "de voorzitter"), ("griffier", "de griffier")]
    assert [r.label for r in rivierenland.roles("brief_ondertekening")] == ["de secretaris", "de dijkgraaf"]


def test_a_merged_gemeente_resolves_by_date() -> None:
    leerdam = register.get("leerdam")
    assert register.validity(leerdam, dt.date(2018, 12, 31)) is None
    problem = register.validity(leerdam, dt.date(2019, 1, 1))
    assert problem and "Vijfheerenlanden ('vijfheerenlanden')" in problem


def test_a_split_gemeente_lists_its_successors() -> None:
    problem = register.validity(register.get("haaren"), dt.date(2022, 1, 1))
    assert problem and "'boxtel', 'oisterwijk', 'tilburg', 'vught'" in problem


def test_an_ambiguous_name_gives_every_choice() -> None:
    assert [o.id for o in register.find("Utrecht")] == ["gemeente-utrecht", "provincie-utrecht"]
    assert [o.id for o in register.find("zwolle")] == ["zwolle"]


def test_the_cbs_spelling_finds_the_document_name() -> None:
    assert [o.id for o in register.find("Friesland")] == ["fryslan"]
    assert [o.id for o in register.find("'s-Gravenhage")] == ["den-haag"]
    assert [o.id for o in register.find("Hengelo (O.)")] == ["hengelo"]
