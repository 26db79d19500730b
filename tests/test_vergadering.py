"""The vergadering: the tally from the seats present, the law on ties, the checks with their exact messages,
one source for every status, the incremental build, and the open-data export."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import main
from generator.soorten.gemeente.model import Gemeente
from generator.soorten.vergadering.fracties import samenstelling
from generator.soorten.vergadering.model import Stemming
from generator.soorten.vergadering.regels import voor
from generator.soorten.vergadering.telling import Aanwezig, tel

REPO = Path(__file__).resolve().parents[1]
DAG = dt.date(2026, 1, 26)
PROFIEL = """soort: gemeente
naam: Zwolle
zetels: 5
fracties:
  - naam: Rood
    leden: [A. Een, B. Twee, C. Drie]
  - naam: Blauw
    leden: [D. Vier, E. Vijf]
"""
MOTIE = """soort: motie
orgaan: zwolle
titel: Proef met stemmen
vergadering: {datum}
verzoeken:
  - iets te doen.
indieners:
  - naam: A. Een
    fractie: Rood
"""
VERGADERING = """soort: vergadering
orgaan: zwolle
datum: 2026-01-26
agenda:
  - nummer: "1"
    stukken: [moties/m.yaml]
    stemmingen:
      - over: moties/m.yaml
        voor: [Rood]
        tegen: [Blauw]
"""


def telling(stemming: dict, afwezig: tuple[str, ...] = (), kind: str = "gemeente", orgaan_id: str = "", opnieuw: bool = False):
    profile = Gemeente.model_validate({"soort": "gemeente", "naam": "X", "fracties": [
        {"naam": "Rood", "leden": ["A. Een", "B. Twee", "C. Drie"]}, {"naam": "Blauw", "leden": ["D. Vier", "E. Vijf"]}]})
    aanwezig = Aanwezig(samenstelling(profile, DAG), frozenset(afwezig))
    return tel(Stemming.model_validate({"over": "moties/m.yaml", **stemming}), aanwezig, voor(kind, orgaan_id),
               opnieuw=opnieuw, where=lambda _index: "")


def test_hoofdelijke_stemming_counts_each_member_and_shows_the_fracties():
    t = telling({"hoofdelijk": "ja", "voor": ["A. Een", "D. Vier"], "tegen": ["B. Twee", "C. Drie", "E. Vijf"]})
    assert (t.voor, t.tegen, t.status) == (2, 3, "verworpen")
    assert [(r.fractie, r.voor, r.tegen, r.stem) for r in t.fracties] == [("Rood", 1, 2, "verdeeld"), ("Blauw", 1, 1, "verdeeld")]
    assert not t.fouten


def test_a_member_who_votes_against_the_own_fractie_moves_one_vote():
    t = telling({"voor": ["Rood"], "tegen": ["Blauw"], "afwijkend": [{"lid": "C. Drie", "stem": "tegen"}]})
    assert (t.voor, t.tegen, t.status) == (2, 3, "verworpen")
    assert [(r.fractie, r.stem) for r in t.fracties] == [("Rood", "verdeeld"), ("Blauw", "tegen")]


def test_an_absent_member_does_not_vote_and_a_tie_in_a_vergadering_not_voltallig_is_postponed():
    t = telling({"voor": ["Rood"], "tegen": ["Blauw"]}, afwezig=("B. Twee",))
    assert (t.voor, t.tegen, t.status) == (2, 2, "uitgesteld")
    assert t.afwezig == ["B. Twee"]
    assert t.staking == ("De vergadering is niet voltallig: het besluit is uitgesteld tot een volgende vergadering"
                         " (Gemeentewet art. 32, vierde en vijfde lid).")


def test_a_tie_in_a_voltallige_vergadering_is_not_adopted():
    """Gemeentewet art. 32 lid 5: voltallig counts the members who may take part (art. 28)."""
    t = telling({"voor": ["Rood"], "tegen": ["Blauw"], "niet_deelgenomen": ["C. Drie"]})
    assert (t.voor, t.tegen, t.status) == (2, 2, "verworpen")
    assert t.staking.startswith("De vergadering is voltallig: het voorstel is niet aangenomen")


def test_a_tie_again_at_the_next_treatment_is_not_adopted_and_the_eerste_kamer_postpones_first():
    again = telling({"voor": ["Rood"], "tegen": ["Blauw"]}, afwezig=("B. Twee",), opnieuw=True)
    assert again.status == "verworpen"
    ek = telling({"voor": ["Rood"], "tegen": ["Blauw"], "niet_deelgenomen": ["C. Drie"]}, kind="kamer", orgaan_id="eerste-kamer")
    assert ek.status == "uitgesteld"
    assert "Reglement van Orde Eerste Kamer (oud) art. 110" in ek.staking


@pytest.fixture
def klein(tmp_path: Path) -> Path:
    for name, text in (("gemeenten/zwolle.yaml", PROFIEL), ("moties/m.yaml", MOTIE.format(datum="2026-01-26")),
                       ("moties/n.yaml", MOTIE.format(datum="2026-01-26")), ("vergaderingen/v.yaml", VERGADERING)):
        (tmp_path / "data" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "data" / name).write_text(text, "utf-8")
    return tmp_path


def cli(folder: Path, *args: str):
    return CliRunner().invoke(main, ["-C", str(folder), *args], catch_exceptions=False)


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / "data" / name
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def test_the_small_vergadering_builds_three_documents_and_gives_the_motie_its_status(klein: Path):
    result = cli(klein, "build")
    assert result.exit_code == 0, result.output
    out = klein / "build"
    assert {p.name for p in (out / "vergaderingen").glob("*.docx")} == {"v.docx", "v-stemmingslijst.docx", "v-besluitenlijst.docx"}
    motie = (out / "moties" / "m.txt").read_text("utf-8")
    assert "Aangenomen op maandag 26 januari 2026 met 3 stemmen voor en 2 tegen. Voor: Rood (3). Tegen: Blauw (2)." in motie
    besluiten = (out / "vergaderingen" / "v-besluitenlijst.txt").read_text("utf-8")
    assert "Aangenomen met 3 stemmen voor en 2 tegen." in besluiten
    assert "Aanwezig: 5 van de 5 leden" in besluiten


CHECKS = [
    ("vote on a stuk not on the agenda", "vergaderingen/v.yaml", "  - over: moties/m.yaml", "  - over: moties/n.yaml",
     "data/vergaderingen/v.yaml:8:15: agenda[0].stemmingen[0].over: de stemming gaat over moties/n.yaml, maar dat stuk"
     " staat niet op de agenda — zet het bij 'stukken:' van agendapunt 1"),
    ("count above members present", "vergaderingen/v.yaml", "tegen: [Blauw]\n", "tegen: [Blauw]\n        uitslag: 4 voor, 2 tegen\n",
     "data/vergaderingen/v.yaml:11:18: agenda[0].stemmingen[0].uitslag: de uitslag telt 6 stemmen, maar er zijn 5 leden"
     " aanwezig die mogen stemmen — controleer de uitslag en de afwezigen"),
    ("typed tally that disagrees", "vergaderingen/v.yaml", "tegen: [Blauw]\n", "tegen: [Blauw]\n        uitslag: 2 voor, 3 tegen\n",
     "data/vergaderingen/v.yaml:11:18: agenda[0].stemmingen[0].uitslag: de uitslag zegt 2 voor en 3 tegen, maar uit de"
     " fracties en de aanwezigen volgt 3 voor en 2 tegen — controleer de uitslag, de fracties aan elke kant en de afwezigen"),
    ("quorum not met", "vergaderingen/v.yaml", "agenda:\n", "afwezig: [A. Een, B. Twee, C. Drie]\nagenda:\n",
     "data/vergaderingen/v.yaml:4:10: afwezig: de vergadering had geen quorum: 2 van de 5 leden waren aanwezig, en dat"
     " moeten er meer dan de helft zijn (Gemeentewet art. 20) — controleer 'afwezig:'; zonder quorum wordt de vergadering"
     " niet geopend en volgt een nieuwe"),
    ("member in two fracties", "gemeenten/zwolle.yaml", "[D. Vier, E. Vijf]", "[D. Vier, E. Vijf, A. Een]",
     "data/vergaderingen/v.yaml:8:9: agenda[0].stemmingen[0]: 'A. Een' is op 26 januari 2026 lid van twee fracties: Rood"
     " (data/gemeenten/zwolle.yaml:6) en Blauw (data/gemeenten/zwolle.yaml:8); zijn stem zou twee keer tellen — laat in"
     " het profiel het ene lidmaatschap eindigen ('tot:') vóór het andere begint ('van:')"),
    ("motie voted before it was submitted", "moties/m.yaml", "vergadering: 2026-01-26", "vergadering: 2026-02-02",
     "data/vergaderingen/v.yaml:8:15: agenda[0].stemmingen[0].over: de motie is ingediend op 2 februari 2026"
     " (data/moties/m.yaml:4), na deze vergadering van 26 januari 2026 — controleer de datum van de vergadering of"
     " 'vergadering:' in de motie"),
]


@pytest.mark.parametrize(("what", "name", "old", "new", "message"), CHECKS, ids=[c[0] for c in CHECKS])
def test_each_check_says_where_what_and_the_fix(klein: Path, what: str, name: str, old: str, new: str, message: str):
    edit(klein, name, old, new)
    result = cli(klein, "check")
    assert result.exit_code == 1, result.output
    assert message in result.output.replace(str(klein) + "/", ""), result.output


def test_a_stuk_on_two_agendas_with_two_outcomes_is_named_in_both(klein: Path):
    (klein / "data" / "vergaderingen" / "w.yaml").write_text(
        VERGADERING.replace("2026-01-26", "2026-02-09").replace("voor: [Rood]\n        tegen: [Blauw]", "voor: [Blauw]\n        tegen: [Rood]"),
        "utf-8")
    output = cli(klein, "check").output.replace(str(klein) + "/", "")
    assert ("data/vergaderingen/w.yaml:8:9: agenda[0].stemmingen[0]: moties/m.yaml staat ook op de agenda van"
            " data/vergaderingen/v.yaml:8 met de uitkomst 'aangenomen'; hier is het verworpen — een stuk krijgt één"
            " uitkomst: haal een van beide stemmingen weg (een aangehouden stuk krijgt pas bij een latere vergadering"
            " zijn uitkomst)") in output
    assert "data/vergaderingen/v.yaml:8:9: agenda[0].stemmingen[0]: moties/m.yaml staat ook op de agenda van" in output


def test_a_tie_postponed_is_not_adopted_when_the_stemmen_staken_again(klein: Path):
    edit(klein, "vergaderingen/v.yaml", "agenda:\n", "afwezig: [B. Twee]\nagenda:\n")
    later = (klein / "data" / "vergaderingen" / "v.yaml").read_text("utf-8").replace("2026-01-26", "2026-02-09")
    (klein / "data" / "vergaderingen" / "w.yaml").write_text(later, "utf-8")
    assert cli(klein, "build").exit_code == 0
    first = (klein / "build" / "vergaderingen" / "v-besluitenlijst.txt").read_text("utf-8")
    second = (klein / "build" / "vergaderingen" / "w-besluitenlijst.txt").read_text("utf-8")
    assert "het besluit is uitgesteld tot een volgende vergadering" in first
    assert "Ook bij de vorige behandeling staakten de stemmen: het voorstel is niet aangenomen" in second
    assert "Verworpen op maandag 9 februari 2026" in (klein / "build" / "moties" / "m.txt").read_text("utf-8")


def test_a_status_the_motie_states_itself_must_agree_and_both_lines_are_named(klein: Path):
    edit(klein, "moties/m.yaml", "indieners:", "status: verworpen\nindieners:")
    output = cli(klein, "check").output.replace(str(klein) + "/", "")
    assert ("data/moties/m.yaml:7:9: status: zegt 'verworpen', maar volgens de vergadering van 26 januari 2026"
            " (data/vergaderingen/v.yaml:8) is het aangenomen — laat 'status:' weg (de vergadering bepaalt het) of"
            " maak beide gelijk") in output
    edit(klein, "moties/m.yaml", "status: verworpen", "status: aangenomen\nstatus_datum: 2026-01-26")
    assert cli(klein, "check").exit_code == 0


def test_the_afdoeningsbrief_reads_the_adoption_from_the_vergadering(klein: Path):
    (klein / "data" / "afdoeningen").mkdir()
    (klein / "data" / "afdoeningen" / "b.yaml").write_text(
        "soort: afdoeningsbrief\nmotie: m\nkenmerk: 2026/1\ndatum: 2026-03-02\nafdoening:\n  - Het is gedaan.\n", "utf-8")
    assert cli(klein, "build").exit_code == 0
    brief = (klein / "build" / "afdoeningen" / "b.txt").read_text("utf-8")
    assert "Uw raad heeft op 26 januari 2026 de door het raadslid A. Een ingediende motie ‘Proef met stemmen’ aangenomen." in brief
    edit(klein, "vergaderingen/v.yaml", "voor: [Rood]\n        tegen: [Blauw]", "voor: [Blauw]\n        tegen: [Rood]")
    output = cli(klein, "build").output.replace(str(klein) + "/", "")
    assert "data/afdoeningen/b.yaml:2:8: motie: de motie 'Proef met stemmen' is verworpen, niet aangenomen" in output


def test_the_vergadering_is_an_input_of_the_stuk_it_votes_on(klein: Path):
    assert cli(klein, "build").exit_code == 0
    edit(klein, "vergaderingen/v.yaml", "voor: [Rood]\n        tegen: [Blauw]", "voor: [Blauw]\n        tegen: [Rood]")
    rebuilt = cli(klein, "build", str(klein / "data" / "moties" / "m.yaml"))
    assert "gebouwd: data/moties/m.yaml" in rebuilt.output.replace(str(klein) + "/", "")
    assert "Verworpen op" in (klein / "build" / "moties" / "m.txt").read_text("utf-8")
    # a vergadering that newly votes on a stuk makes it stale too, though the stuk never named it
    shutil.move(klein / "data" / "vergaderingen" / "v.yaml", klein / "v.yaml")
    assert cli(klein, "build").exit_code == 0
    assert "Verworpen" not in (klein / "build" / "moties" / "m.txt").read_text("utf-8")
    shutil.move(klein / "v.yaml", klein / "data" / "vergaderingen" / "v.yaml")
    again = cli(klein, "build", str(klein / "data" / "moties" / "m.yaml")).output
    assert "gebouwd: data/moties/m.yaml" in again.replace(str(klein) + "/", "")


SAMPLE = ["gemeenten/zwolle.yaml", "modellen/vng-jeugdhulp-familiegroepsplan.yaml",
          "raadsvoorstellen/2025-zwolle-familiegroepsplan-verordening-jeugdhulp.yaml",
          "verordeningen/zwolle-verordening-jeugdhulp-2018-familiegroepsplan.yaml", "moties/2025-03-10-voorlichting-over-het-familiegroepsplan.yaml",
          "afdoeningen/2024-zwolle-2024-31877-eigen-kracht-conferentie.yaml", "moties/2024-07-08-eigen-kracht-conferentie-in-de-wijkteams.yaml",
          "vergaderingen/2025-03-10-zwolle-raad.yaml", *(f"amendementen/2025-zwolle-{n}.yaml" for n in (
              "a1-ondersteuning-kosteloos", "a2-evaluatie-eerder", "a3-verslag-openbaar", "s1-evaluatie-achttien-maanden"))]


def zwolle(folder: Path) -> Path:
    for name in SAMPLE:
        (folder / "data" / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "data" / name, folder / "data" / name)
    return folder


def test_removing_the_stukken_own_status_changes_nothing_in_any_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    stated, derived = zwolle(tmp_path / "stated"), zwolle(tmp_path / "derived")
    for path in (derived / "data" / "amendementen").glob("*.yaml"):
        text = re.sub(r"\nstemming:\n(?:  .*\n?)*", "\n", path.read_text("utf-8"))
        path.write_text(re.sub(r"\n(status|stemmingsvolgorde): .*", "", text), "utf-8")
    voorstel = derived / "data" / SAMPLE[2]
    voorstel.write_text(voorstel.read_text("utf-8").split("\nbesluit:")[0] + "\n", "utf-8")
    for folder in (stated, derived):
        assert cli(folder, "build", "-j", "1").exit_code == 0
    made = sorted(p.relative_to(stated / "build") for p in (stated / "build").rglob("*.docx"))
    assert len(made) == 16  # the agenda, stemmingslijst and besluitenlijst among them, the raadsbesluit, its redline, the actielijst
    assert Path("vergaderingen/2025-03-10-zwolle-raad-besluitenlijst.docx") in made
    for name in made:
        assert (stated / "build" / name).read_bytes() == (derived / "build" / name).read_bytes(), name
    lijst = (derived / "build" / "motievolglijst.txt").read_text("utf-8")
    assert re.search(r"Subamendement: Evaluatie na achttien maanden\s+10 maart 2025\s+D. Fictief\s+aangenomen", lijst)
    besluit = (derived / "build" / "raadsvoorstellen" / "2025-zwolle-familiegroepsplan-verordening-jeugdhulp-raadsbesluit.txt")
    assert "biedt het college kosteloos ondersteuning" in besluit.read_text("utf-8")
    assert "binnen achttien maanden" in besluit.read_text("utf-8")


def test_the_export_validates_against_the_published_specification(tmp_path: Path):
    from generator.soorten.vergadering.export import problems

    folder = zwolle(tmp_path)
    result = cli(folder, "export", "--basis-url", "https://ori.example.org/api/")
    assert result.exit_code == 0, result.output
    data = json.loads((folder / "build" / "ods" / "2025-03-10-zwolle-raad.json").read_text("utf-8"))
    assert data["vergaderingen"][0]["vergaderingstype"] == "raadsvergadering"
    assert data["vergaderingen"][0]["gemeente"] == {"gemeentecode": "0193", "gemeentenaam": "Zwolle"}
    assert len(data["stemmen"]) == 5 * 39  # every member's vote on the five counted votes (not the unanimous one)
    verdeeld = [r for r in data["stemresultatenperfractie"] if r["fractiestemresultaat"] == "verdeeld"]
    assert len(verdeeld) == 1
    assert not problems(data)
    data["stemmingen"][0]["stemmingstype"] = "bij acclamatie"
    data["agendapunten"][0]["agendapuntKenmerk"] = "x" * 21
    assert len(problems(data)) == 2


def test_the_editor_lists_vergaderingen(klein: Path):
    from generator.editor.documents import names, rows
    from generator.loading.project import Project

    project = Project(klein)
    assert names(project)["vergadering"] == "Vergaderingen"
    assert [(r.pad, r.titel) for r in rows(project)["vergadering"]] == [("data/vergaderingen/v.yaml", "Vergadering van 26 januari 2026")]


def test_a_kamer_vergadering_is_not_in_the_ods_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["init", "--orgaan", "tweede-kamer"]).exit_code == 0
    assert runner.invoke(main, ["nieuw", "vergadering", "data/vergaderingen/v.yaml"]).exit_code == 0
    result = runner.invoke(main, ["export"])
    assert result.exit_code == 1
    assert "fout: het ODS-model kent geen vergaderingen van de Tweede Kamer" in result.output
