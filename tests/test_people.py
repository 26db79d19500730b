"""Indieners of real moties: signature lines, fracties, grids and what is not a name (issue 16)."""

from __future__ import annotations

from typing import Any

from generator.importer import parse_text
from generator.importer.people import (
    is_name,
    is_party,
    parse_signature,
    split_grid_parties,
    split_names,
)
from generator.importer.tail import parse_tail

MOTIE = """Motie proef

De raad van de gemeente Zwolle, in vergadering bijeen op 8 juli 2019,

Constaterende dat er iets is;

Verzoekt het college iets te doen,

en gaat over tot de orde van de dag.

{tail}
"""


def _people(tail: str, heading: str = "") -> list[dict[str, Any]]:
    result = parse_text(heading + MOTIE.format(tail=tail))
    return list(result.data.get("indieners", []))


def test_fractie_first_names_a_fractie_whatever_its_spelling() -> None:
    person = parse_signature("Fractie Waterschap@lnwonersbelangen, Eimert Verkaik")
    assert person is not None and (person.naam, person.fractie) == ("Eimert Verkaik",
                                                                     "Fractie Waterschap@lnwonersbelangen")
    person = parse_signature("Fractie Partij voor de Dieren, Anjo Travaille")
    assert person is not None and person.naam == "Anjo Travaille"
    # Not the word Fractie first, not a name after the comma: no signature.
    assert parse_signature("Waterschap@lnwonersbelangen, Eimert Verkaik") is None
    assert parse_signature("Fractie van de gemeente, zie bijlage") is None


def test_fractie_first_in_a_motie() -> None:
    people = _people("Fractie Partij voor de Dieren, Anjo Travaille\n\nFractie VVD, Bas Groenendijk")
    assert people == [{"naam": "Anjo Travaille", "fractie": "Partij voor de Dieren"},
                      {"naam": "Bas Groenendijk", "fractie": "VVD"}]


def test_national_party_with_its_place_is_one_fractie() -> None:
    assert is_party("PVV Noord-Brabant") and is_party("D66 Zwolle")
    assert not is_party("PVV Campagne") and not is_party("Noord-Brabant")
    assert _people("Alexander van Hattem\nPVV Noord-Brabant") == [
        {"naam": "Alexander van Hattem", "fractie": "PVV Noord-Brabant"}]


def test_lone_word_is_not_an_indiener_without_confirmation() -> None:
    result = parse_text(MOTIE.format(tail="Campagne\n\nGeert campagne"))
    assert "indieners" not in result.data
    assert "Campagne" in result.data["niet_geplaatst"]
    assert any("'Campagne' niet als indiener" in w for w in result.warnings)


def test_lone_word_signs_under_a_label_among_others_or_named_by_the_heading() -> None:
    assert _people("Ingediend door:\nKlein") == [{"naam": "Klein"}]
    assert _people("Klaver\n\nJetten") == [{"naam": "Klaver"}, {"naam": "Jetten"}]
    tail = parse_tail(["en gaat over tot de orde van de dag.", "Klein"], set())
    assert [p.naam for p in tail.indieners] == ["Klein"]
    assert tail.unconfirmed  # the caller checks it against the heading ("MOTIE VAN HET LID KLEIN")
    assert _people("Klein", heading="MOTIE VAN HET LID KLEIN\n\n") == [{"naam": "Klein"}]


def test_heading_surname_is_the_signature() -> None:
    people = _people("M.J.R.L. de Graaff\n\nSörensen", heading="MOTIE VAN HET LID DE GRAAFF C.S.\n\n")
    assert [p["naam"] for p in people][:2] == ["M.J.R.L. de Graaff", "Sörensen"]
    assert sum("graaff" in p["naam"].lower() for p in people) == 1


def test_heading_name_of_someone_else_is_kept() -> None:
    people = _people("M.J.R.L. de Graaff", heading="MOTIE VAN DE LEDEN DE GRAAFF EN KOK\n\n")
    assert "Kok" in [p["naam"] for p in people]


def test_grid_of_names_and_fracties_without_column_gaps() -> None:
    assert split_names("Martien Louwers Addy Plieger Leo de Groot Leo Manders") == [
        "Martien Louwers", "Addy Plieger", "Leo de Groot", "Leo Manders"]
    assert split_grid_parties("Verenigd Arnhem VVD Arnhemse Ouderen Partij", 3) == [
        "Verenigd Arnhem", "VVD", "Arnhemse Ouderen Partij"]
    people = _people("Martien Louwers Addy Plieger Leo de Groot\nPvdA ChristenUnie Partij voor de Dieren\n\n"
                     "Kursat Bal Leendert CombeƩ Ton van Beers\nVerenigd Arnhem VVD Arnhemse Ouderen Partij")
    assert people == [{"naam": "Martien Louwers", "fractie": "PvdA"},
                      {"naam": "Addy Plieger", "fractie": "ChristenUnie"},
                      {"naam": "Leo de Groot", "fractie": "Partij voor de Dieren"},
                      {"naam": "Kursat Bal", "fractie": "Verenigd Arnhem"},
                      {"naam": "Leendert CombeƩ", "fractie": "VVD"},
                      {"naam": "Ton van Beers", "fractie": "Arnhemse Ouderen Partij"}]


def test_grid_that_does_not_divide_is_not_guessed() -> None:
    assert split_names("Jan Willem Jansen") == []  # three capitalised words: which is the surname?
    assert split_names("Jan Jansen") == []  # one name is not a grid
    assert split_grid_parties("VVD D66", 3) == []  # fewer fracties than names
    assert split_grid_parties("Verenigd Arnhem Lokaal", 2) == []  # no known party marks the columns
    assert is_name("Leendert CombeƩ")
