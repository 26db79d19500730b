"""How a typed name finds an orgaan of the register, and the one slug the whole tool uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.organen import register

IDS = Path(__file__).parent / "organen_ids.txt"


def test_every_register_id_stays_as_it_was() -> None:
    assert sorted(register.register()) == IDS.read_text("utf-8").split()


@pytest.mark.parametrize(("name", "expected"), [
    ("'s-Hertogenbosch", "s-hertogenbosch"), ("’s-Hertogenbosch", "s-hertogenbosch"),
    ("‘s-Hertogenbosch", "s-hertogenbosch"), ("Súdwest-Fryslân", "sudwest-fryslan"), ("Bergen (NH.)", "bergen-nh"),
    ("Hunze en Aa's", "hunze-en-aa-s"), ("Hunze en Aa’s", "hunze-en-aa-s"), ("Den Haag", "den-haag"),
    ("gemeente ’s-Gravenhage", "gemeente-s-gravenhage"), ("  ", ""), ("Motie: 'Meer groen!'", "motie-meer-groen"),
])
def test_one_slug_for_the_whole_tool(name: str, expected: str) -> None:
    assert register.slug(name) == expected


def test_the_importer_and_the_editor_use_the_registers_slug() -> None:
    from generator.editor import actions
    from generator.importer import parse, people

    assert not hasattr(parse, "slug") and people.slug is register.slug
    assert actions.new_path(Path("/p"), "motie", {"titel": "Auto’s in ’t centrum", "vergadering": "2024-01-02"}).name \
        == "2024-01-02-auto-s-in-t-centrum.yaml"
