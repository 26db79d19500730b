"""Characters and values that deceive (issue 28): named at their line with the code point and the fix;
`check --streng` refuses them in names and titles. And the second round's leftovers."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import main

REPO = Path(__file__).resolve().parents[1]
INVISIBLE_HINT = ("verwijder het: het is niet te zien, maar verandert hoe de tekst gelezen, gezocht of vergeleken wordt"
                  " (het komt vaak mee bij kopiëren)")


def motie(titel: str = "Netwerkcoaches bij de jeugdteams", naam: str = "F. El Idrissi", fractie: str = "D66",
          verzoek: str = "te onderzoeken of per jeugdteam een netwerkcoach kan worden aangesteld.") -> str:
    return (f"soort: motie\ngemeente: den-haag\ntitel: {titel}\nvergadering: 2023-12-18\nconstateringen:\n"
            f"  - de jeugdteams het netwerk weinig betrekken;\nverzoeken:\n  - {verzoek}\n"
            f"indieners:\n  - naam: {naam}\n    fractie: {fractie}\n")


@pytest.fixture
def small(tmp_path: Path) -> Path:
    (tmp_path / "data" / "moties").mkdir(parents=True)
    shutil.copytree(REPO / "data" / "gemeenten", tmp_path / "data" / "gemeenten")
    return tmp_path


def cli(root: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, list[str]]:
    result = CliRunner(env=env).invoke(main, ["-C", str(root), *args], catch_exceptions=False)
    return result.exit_code, result.output.replace(f"{root}/", "").splitlines()


def write(root: Path, text: str, name: str = "m.yaml") -> str:
    (root / "data" / "moties" / name).write_text(text, "utf-8")
    return f"data/moties/{name}"


# --- characters that deceive ----------------------------------------------------------------------

@pytest.mark.parametrize(("field", "value", "line", "column", "shown"), [
    ("titel", "Netwerk\u202ecoaches", 3, 8, "U+202E (keert de leesrichting om: wat erna staat, leest achterstevoren)"),
    ("titel", "Netwerk\u2066coaches\u2069", 3, 8, "U+2066 (leesrichtingsteken: isoleert een stuk tekst)"),
    ("titel", "Netwerk\u200ecoaches", 3, 8, "U+200E (onzichtbaar leesrichtingsteken)"),
    ("naam", "F. El\u200b Idrissi", 10, 11, "U+200B (spatie zonder breedte)"),
    ("fractie", "D\u200d66", 11, 14, "U+200D (onzichtbare verbinding tussen letters)"),
    ("fractie", "D66\u2060", 11, 14, "U+2060 (onzichtbare woordverbinding)"),
    ("naam", "F. El\ufeffIdrissi", 10, 11, "U+FEFF (onzichtbaar bytevolgordeteken)"),
    ("naam", "F. El Idrissi\U000e0041\U000e0042", 10, 11, "U+E0041 (onzichtbaar labelteken: verborgen tekst)"),
    ("titel", "Netwerk\u2028coaches", 3, 8, "U+2028 (regelscheiding die Word niet als nieuwe regel toont)"),
    ("titel", "Netwerk\u061ccoaches", 3, 8, "U+061C (onzichtbaar leesrichtingsteken)"),
])
def test_an_invisible_character_in_a_name_or_title_is_refused_with_streng(small: Path, field: str, value: str,
                                                                         line: int, column: int, shown: str) -> None:
    pad = write(small, motie(**{field: f'"{value}"'}))
    where = {"titel": "titel", "naam": "indieners[0].naam", "fractie": "indieners[0].fractie"}[field]
    expected = f"{pad}:{line}:{column}: {where}: bevat het onzichtbare teken {shown} — {INVISIBLE_HINT}"
    code, lines = cli(small, "check", "--streng", str(small / pad))
    assert code == 1, lines
    assert expected in lines, lines
    code, lines = cli(small, "check", str(small / pad))
    assert code == 0 and f"waarschuwing: {expected}" in lines, lines


def test_in_prose_an_invisible_character_is_a_warning_also_with_streng(small: Path) -> None:
    pad = write(small, motie(verzoek='"te onderzoeken of het \u202eklopt."'))
    code, lines = cli(small, "check", "--streng", str(small / pad))
    assert code == 0, lines
    assert (f"waarschuwing: {pad}:8:5: verzoeken[0].punten[0]: bevat het onzichtbare teken U+202E (keert de leesrichting om: wat"
            f" erna staat, leest achterstevoren) — {INVISIBLE_HINT}") in lines, lines


@pytest.mark.parametrize(("naam", "shown"), [
    ("F. El Idrіssi", "'і' (U+0456, Cyrillisch) tussen Latijnse letters"),
    ("Jаnsen", "'а' (U+0430, Cyrillisch) tussen Latijnse letters"),
    ("Βakker", "'Β' (U+0392, Grieks) tussen Latijnse letters"),
    ("Ｊansen", "'Ｊ' (U+FF2A), die op de gewone letter 'J' lijkt"),
    ("𝐉ansen", "'𝐉' (U+1D409), die op de gewone letter 'J' lijkt"),
])
def test_a_lookalike_letter_in_a_name_is_refused_with_streng(small: Path, naam: str, shown: str) -> None:
    pad = write(small, motie(naam=naam))
    code, lines = cli(small, "check", "--streng", str(small / pad))
    assert code == 1, lines
    assert (f"{pad}:10:11: indieners[0].naam: bevat de letter {shown} — typ de naam opnieuw met gewone letters, anders"
            " vinden zoeken en vergelijken hem niet") in lines, lines


def test_ordinary_names_in_many_languages_are_fine(small: Path) -> None:
    for naam in ("Zoë Çelik-Ørsted", "Ἀριστοτέλης Παπαδόπουλος", "Сергей Иванов", "F. El Idrissi", "José Núñez"):
        pad = write(small, motie(naam=f'"{naam}"'))
        _, lines = cli(small, "check", "--streng", str(small / pad))
        assert not [line for line in lines if "teken" in line or "letter" in line], (naam, lines)


# --- values from outside the data ------------------------------------------------------------------

@pytest.mark.parametrize(("value", "message"), [
    ("morgen", "fout: SOURCE_DATE_EPOCH is 'morgen'; dat is geen tijdstip (een aantal seconden sinds 1 januari 1970)"
               " — zet er een getal in, zoals de uitvoer van 'git log -1 --format=%ct', of haal de variabele weg"),
    ("-5", "fout: SOURCE_DATE_EPOCH is '-5'; dat is geen tijdstip (een aantal seconden sinds 1 januari 1970)"
           " — zet er een getal in, zoals de uitvoer van 'git log -1 --format=%ct', of haal de variabele weg"),
    ("99999999999999999999", "fout: SOURCE_DATE_EPOCH is '99999999999999999999'; dat ligt na het jaar 9999"
                             " — zet er een getal in, zoals de uitvoer van 'git log -1 --format=%ct', of haal de variabele weg"),
])
def test_source_date_epoch_that_is_no_time_is_a_dutch_error(small: Path, value: str, message: str) -> None:
    pad = write(small, motie())
    for command in (["build", pad], ["check", pad]):
        code, lines = cli(small, *command[:1], str(small / command[1]), env={"SOURCE_DATE_EPOCH": value})
        assert code == 2 and lines == [message], lines
    assert not (small / "build").exists()


def test_a_complex_key_gets_its_fix(small: Path) -> None:
    pad = write(small, motie() + "? [een, twee]\n: drie\n")
    code, lines = cli(small, "check", str(small / pad))
    assert code == 1
    assert (f"{pad}:12:3: een sleutel moet een eenvoudige naam zijn — schrijf een gewone naam met een dubbele punt"
            " erachter (zoals 'titel:'); een sleutel tussen [ ] of { } of na '? ' kan niet") in lines, lines


# --- left from the second round --------------------------------------------------------------------

def test_a_nul_byte_is_named_at_its_line(small: Path) -> None:
    path = small / "data" / "moties" / "m.yaml"
    path.write_bytes(motie().replace("weinig", "wei\0nig").encode())
    code, lines = cli(small, "check", str(small / "data/moties/m.yaml"))
    assert code == 1
    assert lines[0] == ("data/moties/m.yaml:6:34: het bestand bevat een NUL-teken (U+0000): dit is geen tekstbestand,"
                        " of er is iets beschadigd — verwijder het teken, of sla het bestand opnieuw op als platte tekst"
                        " (YAML, UTF-8)"), lines


def test_one_invalid_profile_value_is_printed_once(small: Path) -> None:
    for number in range(5):
        write(small, motie(titel=f"Motie {number}"), f"m{number}.yaml")
    profile = small / "data" / "gemeenten" / "den-haag.yaml"
    text = re.sub(r"^afdoeningstermijn:.*\n", "", profile.read_text("utf-8"), flags=re.M)
    profile.write_text(text + "afdoeningstermijn: zes\n", "utf-8")
    code, lines = cli(small, "build", "-j", "1")
    assert code == 1
    wrong = [line for line in lines if "afdoeningstermijn" in line]
    assert len(wrong) == 1 and wrong[0].endswith("afdoeningstermijn: 'zes' is geen heel getal — schrijf een getal zoals 6")


def test_a_dangling_link_among_the_data_files_is_named(small: Path) -> None:
    write(small, motie())
    (small / "data" / "moties" / "weg.yaml").symlink_to(small / "bestaat-niet.yaml")
    for command in ("check", "build"):
        _, lines = cli(small, command)
        assert ("waarschuwing: data/moties/weg.yaml: is een koppeling naar een bestand dat niet bestaat en wordt"
                " overgeslagen — herstel of verwijder de koppeling") in lines, lines


def test_an_impossible_term_is_reported_at_the_profile(small: Path) -> None:
    profile = small / "data" / "gemeenten" / "zwolle.yaml"
    text = profile.read_text("utf-8").replace("    van: 2019-09-01", "    van: 2019-09-01\n    tot: 2019-01-01", 1)
    profile.write_text(text, "utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if t.startswith("    tot: 2019-01-01"))
    code, lines = cli(small, "check")
    assert code == 1
    assert (f"data/gemeenten/zwolle.yaml:{line}:10: burgemeester[1].tot: 'tot' (1 januari 2019) ligt vóór 'van'"
            " (1 september 2019) — controleer beide datums in de bron") in lines, lines


def test_a_245_character_file_name_is_built(small: Path) -> None:
    name = "m" * 240 + ".yaml"
    write(small, motie(), name)
    code, lines = cli(small, "build", "-j", "1")
    assert code == 0, lines
    assert (small / "build" / "moties" / ("m" * 240 + ".docx")).is_file()
    assert not [p for p in (small / "build" / "moties").iterdir() if p.name.endswith(".tmp")]


def test_windows_1252_text_is_named_as_such(small: Path) -> None:
    path = small / "data" / "moties" / "m.yaml"
    path.write_bytes(motie(titel="De \u201cwachttijden\u201d").encode("cp1252"))
    code, lines = cli(small, "check", str(small / "data/moties/m.yaml"))
    assert code == 1
    assert lines[0] == ("data/moties/m.yaml:3:11: het bestand is opgeslagen als Windows-1252 (ANSI), niet als UTF-8:"
                        " hier staat '“' — sla het op als UTF-8 (in Kladblok: Opslaan als → Codering: UTF-8); de tekst"
                        " blijft dan gelijk"), lines

