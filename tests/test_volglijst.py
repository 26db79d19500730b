"""The motievolglijst: `raadsstukken status` and build/motievolglijst.docx, every status."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from generator.cli.main import main
from generator.cli.status import status_command
from generator.word.docxtext import document_text

if "status" not in main.commands:  # until cli.py registers it, as it does the other optional commands
    main.add_command(status_command)

WACHTTIJDEN = "data/moties/2024-11-07-kwartaalrapportage-wachttijden-jeugdhulp.yaml"


@pytest.fixture(autouse=True)
def in_project(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)


AMENDEMENT_ROWS = ("Amendement: ", "Subamendement: ")


def statuses(output: str) -> dict[str, str]:
    """Nummer (or, without one, titel) → status, read from the printed table (columns start where the headers do)."""
    lines = output.splitlines()
    header = next(line for line in lines if line.startswith("Nummer"))
    start = {name: header.index(name) for name in ("Titel", "Datum", "Status", "Afgedaan met")}
    rows = lines[lines.index(header) + 2:]
    found = {}
    for line in rows:
        if not line.strip():
            break
        key = line[:start["Titel"]].strip() or line[start["Titel"]:start["Datum"]].strip()
        if line[start["Titel"]:].startswith(AMENDEMENT_ROWS):
            continue  # amendementen: see test_amendementen_are_listed_with_their_voorstel
        assert key not in found, key
        found[key] = line[start["Status"]:start["Afgedaan met"]].strip()
    return found


def add_motie(project: Path, name: str, status: str, datum: str) -> None:
    (project / "data" / "moties" / name).write_text(
        f"soort: motie\ngemeente: den-haag\ntitel: {name[:-5]}\nvergadering: {datum}\n"
        f"verzoeken:\n  - iets te doen.\nstatus: {status}\nstatus_datum: {datum}\n", "utf-8")


def test_every_sample_motie_with_its_status(project, run):
    result = run("status", "--peildatum", "2025-01-01")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Te laat per 1 januari 2025: ")  # what is overdue first (issue 32)
    assert "\n\nMotievolglijst per 1 januari 2025\n" in result.output
    found = statuses(result.output)
    assert found.items() >= {
        "Netwerkversterking en familiegroepsplannen": "ingediend",
        "RIS309671": "te laat",  # its brief is a concept (no source gives its date): not sent, not afgedaan
        "RIS317702": "afgedaan",
        "M-31": "open",  # its brief is a concept (no source names the secretaris)
        "RIS319961": "verworpen",
        "RIS319958": "open",
    }.items()
    assert "OCW/11230456, 27 augustus 2024" in result.output
    counts = result.output.rstrip().splitlines()[-1]
    assert sum(int(n) for n in re.findall(r"(\d+) [a-z ]+", counts)) == len(found)  # no amendement before 2025-03


def test_every_motie_file_is_listed(project, run):
    found = statuses(run("status", "--peildatum", "2100-01-01").output)
    assert len(found) == len(list((project / "data/moties").rglob("*.yaml")))


def test_an_adopted_motie_without_brief_is_late_after_the_term(run):
    assert statuses(run("status", "--peildatum", "2025-05-07").output)["RIS319958"] == "open"
    result = run("status", "--peildatum", "2025-05-08")
    assert statuses(result.output)["RIS319958"] == "te laat"
    assert re.search(r"te laat\s+7 mei 2025$", result.output, re.MULTILINE)


def test_the_term_comes_from_the_gemeente_profile(project, run):
    profile = project / "data/gemeenten/den-haag.yaml"
    profile.write_text(profile.read_text("utf-8").replace("afdoeningstermijn: 6", "afdoeningstermijn: 1"), "utf-8")
    output = run("status", "--peildatum", "2025-01-01").output
    assert statuses(output)["RIS319958"] == "te laat"
    assert "7 december 2024" in output


def test_a_term_ending_past_month_end_takes_the_last_day(project, run):
    add_motie(project, "eind-augustus.yaml", "aangenomen", "2024-08-31")
    output = run("status", "--peildatum", "2025-02-28").output
    assert statuses(output)["eind-augustus"] == "open"
    assert re.search(r"open\s+28 februari 2025$", output, re.MULTILINE)
    assert statuses(run("status", "--peildatum", "2025-03-01").output)["eind-augustus"] == "te laat"


def test_a_brief_dated_after_the_peildatum_does_not_count_yet(run):
    before = statuses(run("status", "--peildatum", "2024-08-26").output)
    after = statuses(run("status", "--peildatum", "2024-08-27").output)
    assert before["RIS317702"] == "open"
    assert after["RIS317702"] == "afgedaan"
    assert "RIS319958" not in after  # not yet submitted on that day


def test_a_concept_brief_does_not_afdoen_its_motie(run):
    assert statuses(run("status", "--peildatum", "2024-10-15").output)["M-31"] == "open"


def test_aangehouden_and_ingetrokken_keep_their_own_status(project, run):
    add_motie(project, "aangehouden-motie.yaml", "aangehouden", "2024-12-12")
    add_motie(project, "ingetrokken-motie.yaml", "ingetrokken", "2024-12-12")
    found = statuses(run("status", "--peildatum", "2025-01-01").output)
    assert found["aangehouden-motie"] == "aangehouden"
    assert found["ingetrokken-motie"] == "ingetrokken"


def test_malformed_peildatum(run):
    result = run("status", "--peildatum", "1-1-2025")
    assert result.exit_code == 2
    assert "Ongeldige waarde voor '--peildatum': '1-1-2025' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld" \
           " 2025-01-31" in result.output


def test_a_broken_motie_is_reported_and_the_rest_listed(project, run):
    (project / WACHTTIJDEN).write_text("soort: motie\ngemeente: den-haag\n", "utf-8")
    result = run("status", "--peildatum", "2025-01-01")
    assert result.exit_code == 1
    assert statuses(result.output)["RIS319961"] == "verworpen"
    assert f"{WACHTTIJDEN}:1:1: titel: 'titel' ontbreekt — voeg 'titel:' toe" in result.output.splitlines()


def test_two_briefs_for_one_motie_are_reported_by_status(project, run):
    source = project / "data/afdoeningen/2024-ocw-11230456-familiegroepsplan-uithuisplaatsing.yaml"
    (project / "data/afdoeningen/zz-dubbel.yaml").write_text(source.read_text("utf-8"), "utf-8")
    result = run("status", "--peildatum", "2025-01-01")
    assert result.exit_code == 1
    assert ("data/afdoeningen/zz-dubbel.yaml:3:8: motie: deze motie wordt al afgedaan door"
            " data/afdoeningen/2024-ocw-11230456-familiegroepsplan-uithuisplaatsing.yaml (OCW/11230456)"
            " — één afdoeningsbrief per motie; verwijder een van beide of verwijs naar de juiste motie"
            ) in result.output.splitlines()


def test_build_writes_the_volglijst_in_colour_and_landscape(project, run, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01: the Kwartaalrapportage motie is still open
    result = run("build")
    assert result.exit_code == 0, result.output
    data = (project / "build/motievolglijst.docx").read_bytes()
    with zipfile.ZipFile(project / "build/motievolglijst.docx") as archive:
        body = archive.read("word/document.xml").decode()
    assert 'w:orient="landscape"' in body and "<w:tblHeader/>" in body
    fills = re.findall(r'<w:shd [^>]*w:fill="([0-9A-F]{6})"[^>]*/>(?:(?!</w:tc>).)*?<w:t[^>]*>([^<]+)</w:t>', body)
    assert ("C6EFCE", "afgedaan") in fills and ("DDEBF7", "open") in fills
    text = document_text(data)
    assert "Kwartaalrapportage wachttijden jeugdhulp\n7 november 2024\nde heer Pinas\nopen\n7 mei 2025\n" in text
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1748736000")  # 2025-06-01: now te laat
    assert run("build").exit_code == 0
    with zipfile.ZipFile(project / "build/motievolglijst.docx") as archive:
        body = archive.read("word/document.xml").decode()
    assert re.search(r'w:fill="FFC7CE"[^>]*/>(?:(?!</w:tc>).)*?<w:t[^>]*>te laat</w:t>', body)


def test_volglijst_depends_on_every_motie_and_brief(project, run, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    assert run("build").exit_code == 0
    manifest = (project / "build/.manifest.json").read_text("utf-8")
    entry = manifest[manifest.index('"motievolglijst.docx"'):]
    entry = entry[:entry.index("}")]
    for name in ("2024-11-07-pilot-gezinscoach-op-school.yaml", "2021-ocw-10163971-versterking-eigen-netwerk.yaml",
                 "den-haag.yaml", "zwolle.yaml", "motievolglijst.docx"):
        assert name in entry, name


def test_amendementen_are_listed_with_their_voorstel(run):
    output = run("status", "--peildatum", "2026-01-01").output
    assert re.search(r"^A2 +Amendement: Evaluatie na één jaar +10 maart 2025 +C. Verzonnen +aangenomen +bij raadsvoorstel RV 2025-014$",
                     output, re.MULTILINE)
    assert re.search(r"^A3 +Amendement: Verslag over familiegroepsplanne… .* verworpen +bij raadsvoorstel RV 2025-014$", output, re.MULTILINE)
    assert re.search(r"^S1 +Subamendement: Evaluatie na achttien maanden .* aangenomen", output, re.MULTILINE)
