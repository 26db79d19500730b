"""Bad data files: one exact message each (file:line:column: field: what — fix), exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest

GOOD = """soort: motie
gemeente: zwolle
titel: Goede titel
vergadering: 2024-03-04
constateringen:
  - iets is zo;
verzoeken:
  kop: "Verzoekt het college:"
  punten:
    - iets te doen.
"""

CASES = {
    "misspelt key": (GOOD.replace("verzoeken:", "verzoekn:"),
                     "7:1: verzoekn: onbekend veld 'verzoekn' — bedoelt u 'verzoeken'?"),
    "key with a bracket": (GOOD.replace("verzoeken:", "ve[rzoeken:"),
                           "7:1: ve[rzoeken: onbekend veld 've[rzoeken' — bedoelt u 'verzoeken'?"),
    "missing dictum": (GOOD.split("verzoeken:", maxsplit=1)[0],
                       "1:1: verzoeken: 'verzoeken' ontbreekt — voeg 'verzoeken:' toe"),
    "no points": (GOOD.replace("  punten:\n    - iets te doen.\n", "  punten: []\n"),
                  "9:11: verzoeken[0].punten: is leeg — geef minstens één punt op"),
    "impossible date": (GOOD.replace("2024-03-04", "2024-02-30"),
                        "4:14: vergadering: '2024-02-30' bestaat niet als datum — controleer dag en maand"),
    "dutch date": (GOOD.replace("2024-03-04", "4 maart 2024"),
                   "4:14: vergadering: '4 maart 2024' is geen datum — schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2019-07-08"),
    "unknown gemeente": (GOOD.replace("gemeente: zwolle", "gemeente: zwole"),
                         "2:11: gemeente: onbekende gemeente 'zwole' — bedoelt u 'zwolle'?"),
    "tab": (GOOD.replace("  - iets is zo;", "\t- iets is zo;"),
            "6:1: tabteken gevonden; YAML staat alleen spaties toe voor inspringing — vervang de tab door spaties"),
    "unclosed quote": (GOOD.replace("titel: Goede titel", 'titel: "Goede titel'),
                       "3:8: aanhalingsteken wordt niet gesloten — sluit de tekst af met hetzelfde aanhalingsteken als waarmee hij begint"),
    "duplicate key": (GOOD + "titel: Andere titel\n",
                      "11:1: titel: staat twee keer in het bestand (ook op regel 3) — houd één van de twee over"),
    "list for text": (GOOD.replace("titel: Goede titel", "titel:\n  - Goede titel"),
                      "4:3: titel: verwacht een tekst, maar vond een lijst — schrijf één tekst achter de dubbele punt"),
    "unknown status": (GOOD + "status: aangenomenn\n",
                       "11:9: status: 'aangenomenn' is geen toegestane waarde — kies uit 'ingediend', 'aangenomen', "
                       "'verworpen', 'ingetrokken', 'aangehouden', 'overgenomen'"),
    "xml character": (GOOD.replace("titel: Goede titel", 'titel: "Goede\\x0btitel"'),
                      "3:8: titel: bevat het teken U+000B (op positie 6) dat niet in een Word-document kan staan — "
                      "verwijder het; het komt meestal mee bij kopiëren uit een PDF"),
    "unknown soort": (GOOD.replace("soort: motie", "soort: moite"),
                      "1:8: soort: onbekende soort 'moite' — bedoelt u 'motie'?"),
    "indiener without naam": (GOOD + "indieners:\n  - fractie: D66\n",
                              "12:5: indieners[0].naam: 'naam' ontbreekt — voeg 'naam:' toe"),
    "footnote missing": (GOOD.replace("iets is zo;", "iets is zo[^2];"),
                         "6:5: constateringen[0].punten[0]: verwijst naar voetnoot [^2], maar die staat niet onder "
                         "'voetnoten:' — voeg onder voetnoten de regel '\"2\": <tekst>' toe"),
    "empty file": ("", "1:1: het bestand is leeg — begin met 'soort:' (maak een voorbeeld met 'raadsstukken nieuw')"),
    "python tag": (GOOD.replace("titel: Goede titel", "titel: !!python/object/apply:os.system ['ls']"),
                   "3:8: titel: het label '!!python/object/apply:os.system' is niet toegestaan — "
                   "verwijder het label; schrijf alleen gewone tekst"),
    "alias": (GOOD.replace("titel: Goede titel", "titel: &t Goede titel\nnummer: *t"),
              "3:8: ankers met '&' en verwijzingen met '*' worden niet ondersteund — schrijf elke waarde voluit"),
    "ja nee": (GOOD + "vreemd_aan_de_orde: misschien\n",
               "11:21: vreemd_aan_de_orde: 'misschien' is geen ja of nee — schrijf ja of nee"),
    "text for list": (GOOD + "indieners: Jan Jansen\n",
                      "11:12: indieners: verwacht een lijst, maar vond 'Jan Jansen' — zet elk punt op een eigen regel die begint met '- '"),
    "empty text": (GOOD.replace("titel: Goede titel", "titel: ' '"),
                   "3:8: titel: is leeg — vul een tekst in of laat het veld weg"),
    "not a mapping": ("- soort: motie\n", "1:1: het bestand moet met velden beginnen, zoals 'soort: motie' — "
                      "zet op de eerste regel 'soort:' met de soort document"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_gives_one_clear_message(project: Path, run, name: str) -> None:
    text, expected = CASES[name]
    path = project / "data" / "moties" / "fout.yaml"
    path.write_text(text, "utf-8")
    for command in ("check", "build"):
        result = run(command, str(path))
        assert result.exit_code == 1, result.output
        assert f"data/moties/fout.yaml:{expected}" in result.output.replace(str(project) + "/", "")
        assert "Traceback" not in result.output


def test_not_utf8_is_named(project: Path, run) -> None:
    path = project / "data" / "moties" / "fout.yaml"
    path.write_bytes(GOOD.replace("Goede titel", "Café").encode("latin-1"))
    result = run("check", str(path))
    assert result.exit_code == 1
    assert ("fout.yaml:3:11: het bestand is opgeslagen als Windows-1252 (ANSI), niet als UTF-8: hier staat 'é' — sla het op"
            " als UTF-8 (in Kladblok: Opslaan als → Codering: UTF-8); de tekst blijft dan gelijk") in result.output


def test_utf8_bom_is_accepted(project: Path, run) -> None:
    path = project / "data" / "moties" / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert run("check", str(path)).exit_code == 0


def test_binary_file_is_refused(project: Path, run) -> None:
    path = project / "data" / "moties" / "fout.yaml"
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    result = run("check", str(path))
    assert result.exit_code == 1
    assert "dit is geen tekstbestand (het bevat binaire gegevens) — sla het op als platte tekst (YAML, UTF-8)" in result.output
