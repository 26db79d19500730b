"""The afdoeningsbrief: seed 001 rebuilt from data, the motie quoted from its own file, bad input."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from generator.word.docxtext import document_text
from tests.golden import between, seed, similarity

DEN_HAAG = "data/afdoeningen/2021-ocw-10163971-versterking-eigen-netwerk.yaml"
MOTIE = "data/moties/2021-07-14-versterking-eigen-netwerk-en-inzet-familiegroepsplan.yaml"
FURNITURE = re.compile(r"Gemeente Den Haag\s*\n\s*Ons kenmerk\s*\n\s*OCW/10163971\s*\n\s*3/3")


@pytest.fixture(autouse=True)
def in_project(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages name files relative to the current directory, as a user sees them."""
    monkeypatch.chdir(project)


def built(project: Path, source: str, *, body_only: bool = True) -> str:
    out = project / "build" / Path(source).relative_to("data").with_suffix(".docx")
    return document_text(out.read_bytes(), body_only=body_only)


def write(project: Path, name: str, text: str) -> str:
    path = project / "data" / "afdoeningen" / name
    path.write_text(text, "utf-8")
    return f"data/afdoeningen/{name}"


def brief(motie: str, extra: str = "") -> str:
    return (f"soort: afdoeningsbrief\nmotie: {motie}\nkenmerk: OCW/1\ndatum: 2024-12-01\n{extra}"
            "afdoening:\n  - Gedaan.\n")


def test_den_haag_brief_reads_like_seed_001(project, run):
    result = run("build", DEN_HAAG)
    assert result.exit_code == 0, result.output
    expected = FURNITURE.sub("", seed("001"))
    assert similarity(expected, built(project, DEN_HAAG)) >= 0.95


def test_quoted_motie_is_the_motie_documents_own_text(project, run):
    result = run("build", DEN_HAAG, MOTIE)
    assert result.exit_code == 0, result.output
    quoted = between(built(project, DEN_HAAG), "Constaterende, dat:", "Het college reageert")
    own = between(built(project, MOTIE), "Constaterende, dat:", "En gaat over tot de orde van de dag.")
    assert quoted == own
    assert "Verzoekt het college:\nhet gebruik van netwerkversterkende interventies" in quoted


def test_changing_a_point_in_the_motie_changes_the_brief(project, run):
    assert run("build").exit_code == 0
    motie = project / MOTIE
    motie.write_text(motie.read_text("utf-8").replace("slechts 30 trajecten", "slechts 31 trajecten"), "utf-8")
    result = run("build")
    assert result.exit_code == 0, result.output
    text = built(project, DEN_HAAG)
    assert "in 2020 slechts 31 trajecten zijn afgerond" in text
    assert "30 trajecten" not in text


def test_aanleiding_onderwerp_and_letterhead_come_from_the_data(project, run):
    assert run("build", DEN_HAAG).exit_code == 0
    text = built(project, DEN_HAAG, body_only=False)
    assert ("Uw raad heeft tijdens de behandeling van het gewijzigd voorstel van het college inzake programmarekening"
            " 2020 (RIS308436) op 14 juli 2021 de door het raadslid mevrouw Klokkenburg-Reedeker ingediende motie"
            " ‘Versterking eigen netwerk en inzet familiegroepsplan’ (RIS309671) aangenomen.") in text
    assert "Onderwerp Afdoening motie versterking eigen netwerk en inzet familiegroepsplan\n" in text
    assert "Gemeente Den Haag\n" in text and "Aan de gemeenteraad\n" in text
    assert "Datum [datum]\nOns kenmerk OCW/10163971\n" in text  # a concept: the source gives no date
    assert text.startswith("CONCEPT\n")
    assert "Ons kenmerk OCW/10163971 1/1" in text  # footer: kenmerk and PAGE/NUMPAGES fields
    assert "Het college beschouwt de motie hiermee als afgedaan.\n" in text
    assert "de secretaris, de burgemeester,\n\n\nIlma Merx Jan van Zanen\n" in text


def test_several_indieners_and_a_ris_number(project, run):
    source = "data/afdoeningen/2024-ocw-11230456-familiegroepsplan-uithuisplaatsing.yaml"
    assert run("build", source).exit_code == 0
    text = built(project, source)
    assert "de door de raadsleden mevrouw Van den Berg en de heer El Amrani ingediende motie" in text
    assert "RIS-nummer RIS318890\n" in text
    assert run("build", DEN_HAAG).exit_code == 0
    assert "RIS-nummer" not in built(project, DEN_HAAG)  # the row is left out when the brief has none


def test_profile_without_secretaris_shows_the_role_and_a_brief_may_override(project, run):
    source = "data/afdoeningen/2024-zwolle-2024-31877-eigen-kracht-conferentie.yaml"
    assert run("build", source).exit_code == 0
    assert "de secretaris, de burgemeester,\n\n\n Peter Snijders\n" in built(project, source)
    path = project / source
    path.write_text(path.read_text("utf-8") + "ondertekening:\n  secretaris: A. Visser\n", "utf-8")
    assert run("build", source).exit_code == 0
    assert "de secretaris, de burgemeester,\n\n\nA. Visser Peter Snijders\n" in built(project, source)


def test_each_numbered_list_restarts_at_one(project, run):
    extra = "afdoening:\n  - lijst: [a, b]\n  - kop: Tussenkop\n  - lijst: [c, d]\n"
    source = write(project, "twee-lijsten.yaml", brief(
        "2021-07-14-versterking-eigen-netwerk-en-inzet-familiegroepsplan").replace("afdoening:\n  - Gedaan.\n", extra))
    assert run("build", source).exit_code == 0
    with zipfile.ZipFile(project / "build/afdoeningen/twee-lijsten.docx") as archive:
        body = archive.read("word/document.xml").decode()
        numbering = archive.read("word/numbering.xml").decode()
    lists = re.findall(r'<w:pStyle w:val="ListNumber"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="(\d+)"/>', body)
    assert len(lists) == 4 and lists[0] == lists[1] != lists[2] == lists[3]
    for num in {lists[0], lists[2]}:
        assert re.search(rf'<w:num w:numId="{num}">.*?<w:startOverride w:val="1"/>', numbering)


def test_missing_motie_file(project, run):
    source = write(project, "x.yaml", brief("2021-07-14-versterking-eigen-netwerk"))
    result = run("build", source)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "data/afdoeningen/x.yaml:2:8: motie: motie '2021-07-14-versterking-eigen-netwerk' bestaat niet"
        " — bedoelt u '2021-07-14-versterking-eigen-netwerk-en-inzet-familiegroepsplan'?")


def test_missing_motie_path(project, run):
    source = write(project, "x.yaml", brief("../moties/weg.yaml"))
    result = run("build", source)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "data/afdoeningen/x.yaml:2:8: motie: motie '../moties/weg.yaml' bestaat niet — geef het pad van het"
        " motiebestand (vanaf deze brief) of de naam zonder .yaml van een bestand in data/moties/")


def test_motie_verworpen(project, run):
    source = write(project, "x.yaml", brief("../moties/2024-11-07-pilot-gezinscoach-op-school.yaml"))
    result = run("build", source)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "data/afdoeningen/x.yaml:2:8: motie: de motie 'Pilot gezinscoach op school' is verworpen, niet aangenomen"
        " — alleen een aangenomen motie wordt afgedaan; controleer 'status:' in"
        " data/moties/2024-11-07-pilot-gezinscoach-op-school.yaml")


def test_missing_kenmerk(project, run):
    text = brief("2021-07-14-versterking-eigen-netwerk-en-inzet-familiegroepsplan").replace("kenmerk: OCW/1\n", "")
    result = run("build", write(project, "x.yaml", text))
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == "data/afdoeningen/x.yaml:1:1: kenmerk: 'kenmerk' ontbreekt — voeg 'kenmerk:' toe"


def test_malformed_date(project, run):
    text = brief("2021-07-14-versterking-eigen-netwerk-en-inzet-familiegroepsplan").replace("2024-12-01", "1-12-2024")
    result = run("build", write(project, "x.yaml", text))
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == ("data/afdoeningen/x.yaml:4:8: datum: '1-12-2024' is geen datum"
                                             " — schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2019-07-08")


def test_two_briefs_for_one_motie(project, run):
    write(project, "zz-nogmaals.yaml", brief("2024-03-14-familiegroepsplan-bij-dreigende-uithuisplaatsing"))
    result = run("build")
    assert result.exit_code == 1
    assert "data/afdoeningen/zz-nogmaals.yaml:2:8: motie: deze motie wordt al afgedaan door" \
           " data/afdoeningen/2024-ocw-11230456-familiegroepsplan-uithuisplaatsing.yaml (OCW/11230456)" \
           " — één afdoeningsbrief per motie; verwijder een van beide of verwijs naar de juiste motie" \
           in result.output.splitlines()
    assert "1 fout gevonden." in result.output


def test_an_onderdeel_is_one_thing(project, run):
    text = brief("2021-07-14-versterking-eigen-netwerk-en-inzet-familiegroepsplan").replace(
        "  - Gedaan.\n", "  - Gedaan.\n  - kop: Kop\n    lijst: [a]\n")
    result = run("build", write(project, "x.yaml", text))
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "data/afdoeningen/x.yaml:7:5: afdoening[1]: verwacht één alinea, één 'kop:' of één 'lijst:'"
        " — zet elk onderdeel op een eigen regel die met '- ' begint")


def test_the_starter_builds_with_the_adopted_motie_nieuw_writes_beside_it(project, run):
    result = run("nieuw", "afdoeningsbrief", "data/afdoeningen/nieuw.yaml")
    assert result.exit_code == 0, result.output
    assert ("geschreven: data/moties/voorbeeld-motie.yaml (het startbestand van afdoeningsbrief verwijst ernaar)"
            in result.output), result.output
    motie = (project / "data" / "moties" / "voorbeeld-motie.yaml").read_text("utf-8")
    assert "\nstatus: aangenomen" in motie
    result = run("build", "data/afdoeningen/nieuw.yaml")
    assert result.exit_code == 0, result.output
    text = built(project, "data/afdoeningen/nieuw.yaml")
    assert "Een tussenkop, bijvoorbeeld het eerste verzoek van de motie\n" in text
    assert "Het college reageert ter afdoening van de motie als volgt." in text
    again = run("nieuw", "afdoeningsbrief", "data/afdoeningen/tweede.yaml")
    assert again.exit_code == 0 and "voorbeeld-motie" not in again.output  # the motie is there: used as it is


