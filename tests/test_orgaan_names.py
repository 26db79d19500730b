"""How a typed name finds an orgaan of the register, and the one slug the whole tool uses.

`init --orgaan` takes any name a griffie types: id, official name, the register's short names, the
sourced common names and abbreviations of generator/organen/data/namen.csv, in any case, with or
without accents and apostrophes. Several organen for one name is a choice; a misspelling a guess.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli.main import main
from generator.errors import UsageError
from generator.organen import init, names, register

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "generator" / "organen" / "data"
IDS = Path(__file__).parent / "organen_ids.txt"


def rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader((DATA / name).read_text("utf-8").splitlines()))


def invoke(folder: Path, *args: str):
    old = Path.cwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def found(name: str) -> list[str]:
    return [o.id for o in names.find(name)]


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


def test_the_whole_register_is_found_by_id_name_and_full_name() -> None:
    """Each finds exactly its orgaan, or a choice that lists it; an id always exactly its own."""
    for orgaan in register.register().values():
        assert names.find(orgaan.id) == [orgaan]
        assert init.choose(orgaan.id) == orgaan
        for name in (orgaan.name, orgaan.full_name):
            assert orgaan in names.find(name), name


@pytest.mark.parametrize("row", rows("waterschappen.csv"), ids=lambda row: row["korte_naam"])
def test_every_short_name_of_a_waterschap_finds_it(row: dict[str, str]) -> None:
    """Only where the short name is another orgaan's own name (Limburg) does that other orgaan win."""
    waterschap = register.slug(row["naam"])
    result = found(row["korte_naam"])
    assert result == [waterschap] or [names.key(register.get(i).name) for i in result] == [names.key(row["korte_naam"])]
    assert found(row["korte_naam"].upper()) == found(row["korte_naam"])


def test_limburg_is_the_provincie_and_the_waterschap_is_found_by_its_own_name() -> None:
    assert found("Limburg") == ["limburg"]  # its own name; only the waterschap's korte naam
    assert init.choose("limburg").kind == "provincie"
    assert init.choose("Waterschap Limburg").id == "waterschap-limburg"


@pytest.mark.parametrize("row", rows("namen.csv"), ids=lambda row: row["naam"])
def test_every_sourced_name_finds_its_orgaan(row: dict[str, str]) -> None:
    assert row["orgaan"] in register.register()
    assert row["soort"] in ("roepnaam", "afkorting", "volledige naam")
    assert re.match(r"https?://", row["bron"]), "every common name and abbreviation names its source"
    assert found(row["naam"]) == [row["orgaan"]]
    assert found(row["naam"].lower()) == [row["orgaan"]]


@pytest.mark.parametrize(("name", "expected"), [
    ("Den Bosch", "s-hertogenbosch"), ("den bosch", "s-hertogenbosch"), ("gemeente Den Bosch", "s-hertogenbosch"),
    ("'s-Hertogenbosch", "s-hertogenbosch"), ("’s-Hertogenbosch", "s-hertogenbosch"), ("s Hertogenbosch", "s-hertogenbosch"),
    ("den haag", "den-haag"), ("Den Haag", "den-haag"), ("'s-Gravenhage", "den-haag"), ("’s-Gravenhage", "den-haag"),
    ("SUDWEST-FRYSLAN", "sudwest-fryslan"), ("Súdwest-Fryslân", "sudwest-fryslan"), ("Sudwest Fryslan", "sudwest-fryslan"),
    ("Noardeast-Fryslân", "noardeast-fryslan"), ("Friesland", "fryslan"), ("provincie Fryslân", "fryslan"),
    ("Rijnland", "hoogheemraadschap-van-rijnland"), ("Delfland", "hoogheemraadschap-van-delfland"),
    ("Rivierenland", "waterschap-rivierenland"), ("Aa en Maas", "waterschap-aa-en-maas"),
    ("Hollandse Delta", "waterschap-hollandse-delta"), ("Hunze en Aa's", "waterschap-hunze-en-aa-s"),
    ("HDSR", "hoogheemraadschap-de-stichtse-rijnlanden"), ("hhnk", "hoogheemraadschap-hollands-noorderkwartier"),
    ("TK", "tweede-kamer"), ("Tweede Kamer der Staten-Generaal", "tweede-kamer"), ("Senaat", "eerste-kamer"),
    ("Hengelo", "hengelo"), ("Hengelo (O.)", "hengelo"), ("Bergen (L.)", "bergen-l"), ("bergen nh", "bergen-nh"),
    ("Hoogheemraadschap Rijnland", "hoogheemraadschap-van-rijnland"), ("Waterschap Delfland", "hoogheemraadschap-van-delfland"),
])
def test_a_name_as_a_griffie_types_it_finds_one_orgaan(name: str, expected: str) -> None:
    assert init.choose(name).id == expected


def test_a_former_gemeente_stays_findable_after_the_current_ones() -> None:
    assert init.choose("Leerdam").opgeheven is not None
    assert all(o.opgeheven is None for o in names.find("Utrecht"))


@pytest.mark.parametrize("name", ["Rivierenland", "Rijnland", "Delfland", "Aa en Maas", "Hollandse Delta", "Den Bosch",
                                  "Súdwest-Fryslân", "’s-Hertogenbosch", "HDSR"])
def test_init_takes_the_name(tmp_path: Path, name: str) -> None:
    orgaan = init.choose(name)
    result = invoke(tmp_path, "init", "--orgaan", name)
    assert result.exit_code == 0, result.output
    assert f"\norgaan: {orgaan.id} " in (tmp_path / "raadsstukken.yaml").read_text("utf-8")
    assert f"Project voor {orgaan.full_name} gemaakt." in result.output


@pytest.mark.parametrize(("name", "choices"), [
    ("Bergen", "gemeente Bergen (L.) (bergen-l); gemeente Bergen (NH.) (bergen-nh) — kies met de id, bijvoorbeeld --orgaan bergen-l"),
    ("Utrecht", "gemeente Utrecht (gemeente-utrecht); provincie Utrecht (provincie-utrecht)"
                " — kies met de id, bijvoorbeeld --orgaan gemeente-utrecht"),
    ("groningen", "gemeente Groningen (gemeente-groningen); provincie Groningen (provincie-groningen)"
                  " — kies met de id, bijvoorbeeld --orgaan gemeente-groningen"),
])
def test_an_ambiguous_name_lists_the_choices_with_their_kind(tmp_path: Path, name: str, choices: str) -> None:
    result = invoke(tmp_path, "init", "--orgaan", name)
    assert result.exit_code == 2
    assert result.output == f"fout: '{name}' is niet eenduidig: {choices}\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("name", "guess"), [
    ("Rivierland", "'waterschap-rivierenland'"), ("Amsterdm", "'amsterdam'"), ("Gelderlnd", "'gelderland'"),
    ("zwole", "'zwolle'"), ("Den Bosh", "'s-hertogenbosch'"), ("Utreht", "'gemeente-utrecht' of 'provincie-utrecht'"),
    ("Stichtse Rijnland", "'hoogheemraadschap-de-stichtse-rijnlanden'"), ("Tweede kamr", "'tweede-kamer'"),
])
def test_a_misspelling_suggests_by_every_name(tmp_path: Path, name: str, guess: str) -> None:
    result = invoke(tmp_path, "init", "--orgaan", name)
    assert result.exit_code == 2
    assert result.output == f"fout: onbekend orgaan '{name}' — bedoelt u {guess}?\n"


def test_up_to_three_guesses() -> None:
    assert names.suggestions("Bergn") == ["bergen-l", "bergen-nh"]
    assert names.either(["a", "b", "c"]) == "'a', 'b' of 'c'"
    assert all(len(names.suggestions(o.name[:-1])) <= 3 for o in register.register().values())


def test_a_name_that_is_nothing_says_so(tmp_path: Path) -> None:
    result = invoke(tmp_path, "init", "--orgaan", "xyzzy")
    assert result.exit_code == 2
    assert result.output == ("fout: onbekend orgaan 'xyzzy' — geef de naam, afkorting of id van een gemeente, provincie,"
                             " waterschap of Kamer, bijvoorbeeld Zwolle, HDSR of tweede-kamer\n")


def test_a_documents_unknown_orgaan_suggests_by_name_too() -> None:
    from generator.organen.resolve import suggestions

    assert suggestions("rivierland", []) == ["waterschap-rivierenland"]
    assert suggestions("mijn-gemeent", ["mijn-gemeente"]) == ["mijn-gemeente"]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_finding_never_fails_on_any_text(text: str) -> None:
    assert isinstance(names.find(text), list)
    assert len(names.suggestions(text)) <= 3
    try:
        init.choose(text)
    except UsageError as error:
        assert error.exit_code == 2


def test_every_init_example_in_the_docs_works() -> None:
    """README.md and docs/*.md print `init --orgaan …`: each such name chooses one orgaan."""
    examples = []
    for path in (REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))):
        for line in path.read_text("utf-8").splitlines():
            examples += [(path.name, name) for name in re.findall(r"\binit\b[^`#\n]*?--orgaan[ =]([^\s`|]+)", line)]
            if "--orgaan" in line and "# of:" in line:  # the alternatives a comment offers must work as well
                examples += [(path.name, name.strip()) for name in line.split("# of:", 1)[1].split(",")]
    assert len(examples) >= 10
    failing = []
    for where, name in examples:
        try:
            init.choose(name.strip("'\"")) if name != "NAAM" else None
        except UsageError as error:
            failing.append(f"{where}: {error}")
    assert failing == []
