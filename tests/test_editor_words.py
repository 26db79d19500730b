"""The editor speaks the orgaan's own words and offers choices where a griffie would otherwise type a file name."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from generator.cli.main import main
from generator.editor.app import make_app
from generator.editor.security import Gate
from generator.organen.register import register
from generator.soorten.registry import BUILTIN

PORT = 8766
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "t0ken-voor-woorden"


def signed_in(root: Path) -> TestClient:
    test = TestClient(make_app(root, Gate(TOKEN, PORT)), base_url=BASE, follow_redirects=False)
    test.cookies.set(Gate(TOKEN, PORT).cookie, TOKEN)
    test.headers["Origin"] = BASE
    return test


def state_of(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="gegevens">(.*?)</script>', page, re.S).group(1))


@pytest.fixture
def utrecht(tmp_path: Path) -> Path:
    """A project made for the provincie Utrecht, with one Statenvoorstel."""
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path), "--orgaan", "provincie-utrecht"]).exit_code == 0
    made = runner.invoke(main, ["-C", str(tmp_path), "nieuw", "raadsvoorstel", str(tmp_path / "data" / "raadsvoorstellen" / "markt.yaml")])
    assert made.exit_code == 0, made.output
    return tmp_path


@pytest.mark.parametrize(("orgaan", "soort", "names"), [
    ("zwolle", "raadsvoorstel", ("Raadsvoorstel", "Raadsvoorstellen")),
    ("provincie-utrecht", "raadsvoorstel", ("Statenvoorstel", "Statenvoorstellen")),
    ("provincie-utrecht", "raadsinformatiebrief", ("Statenbrief", "Statenbrieven")),
    ("wetterskip-fryslan", "raadsinformatiebrief", ("Brief aan het algemeen bestuur", "Brieven aan het algemeen bestuur")),
    ("tweede-kamer", "raadsinformatiebrief", ("Kamerbrief", "Kamerbrieven")),
    ("provincie-utrecht", "motie", ("Motie", "Moties")),
    ("provincie-utrecht", "vragen", ("Statenvragen", "Statenvragen")),
    ("zwolle", "vragen", ("Schriftelijke vragen", "Schriftelijke vragen")),
])
def test_a_soort_is_named_as_its_orgaan_names_it(orgaan: str, soort: str, names: tuple[str, str]) -> None:
    assert BUILTIN[soort].titles_for(register().get(orgaan)) == names


def test_the_list_and_the_new_menu_use_the_provincies_words(utrecht: Path) -> None:
    page = signed_in(utrecht).get("/").text
    assert '<h2 id="kop-raadsvoorstel">Statenvoorstellen</h2>' in page
    assert 'id="nieuw-raadsvoorstel">Statenvoorstel</a>' in page
    assert 'id="nieuw-raadsinformatiebrief">Statenbrief</a>' in page
    assert "Raadsvoorstel" not in page and "Raadsinformatiebrief" not in page


def test_a_new_and_an_existing_statenvoorstel_are_headed_so(utrecht: Path) -> None:
    client = signed_in(utrecht)
    new = client.get("/nieuw", params={"soort": "raadsvoorstel"}).text
    assert '<h1 id="kop">Nieuw: statenvoorstel</h1>' in new
    existing = client.get("/bewerk", params={"pad": "data/raadsvoorstellen/markt.yaml"}).text
    assert '<span id="soortnaam">Statenvoorstel</span>' in existing
    choices = {c["value"]: c["soortnaam"] for c in state_of(new)["orgaanKeuzes"]}
    assert choices["provincie-utrecht"] == "Statenvoorstel" and choices["zwolle"] == "Raadsvoorstel"  # the heading follows the choice


def test_the_informatiebrief_help_speaks_of_the_letter_not_of_keys(project: Path) -> None:
    fields = {f["name"]: f for f in state_of(signed_in(project).get("/nieuw", params={"soort": "raadsinformatiebrief"}).text)["fields"]}
    assert fields["tekst"]["help"] == "De tekst van de brief: alinea's, tussenkoppen en genummerde lijsten, in de volgorde van de brief."
    assert not [f["name"] for f in fields.values() if re.search(r"\w+:\)|`", f.get("help", ""))]


def test_an_antwoordbrief_chooses_its_vragen_by_their_title(project: Path) -> None:
    state = state_of(signed_in(project).get("/nieuw", params={"soort": "antwoordbrief"}).text)
    assert {"value": "2025-zwolle-familiegroepsplan-wachttijd", "label": "de wachttijd voor een familiegroepsplan"} in state["keuzes"]["vragen"]
    assert len(state["keuzes"]["vragen"]) == len(list((project / "data" / "vragen").glob("*.yaml")))
    assert state_of(signed_in(project).get("/nieuw", params={"soort": "motie"}).text)["keuzes"] == {}


def test_a_wijziging_is_one_kind_of_change_chosen_first(project: Path) -> None:
    fields = {f["name"]: f for f in state_of(signed_in(project).get("/nieuw", params={"soort": "wijzigingsverordening"}).text)["fields"]}
    wijziging = fields["wijzigingen"]["item"]
    assert wijziging["een_van"] == {"label": "Soort wijziging", "fields": ["artikel_invoegen", "lid_toevoegen", "begrippen_invoegen"]}
    labels = {f["name"]: f["label"] for f in wijziging["fields"]}
    assert labels["artikel_invoegen"] == "Een artikel invoegen" and labels["lid_toevoegen"] == "Een lid toevoegen aan een artikel"


@pytest.mark.parametrize("root", ["project", "utrecht"])
def test_the_new_menu_is_alphabetical_in_the_orgaans_words(root: str, request: pytest.FixtureRequest) -> None:
    """Twelve buttons read as a row of words: a griffie finds "Motie" or "Statenbrief" where the alphabet puts it."""
    menu = re.findall(r'id="nieuw-(\w+)">([^<]+)</a>', signed_in(request.getfixturevalue(root)).get("/").text)
    words = [word for _, word in menu]
    assert words == sorted(words, key=str.casefold) and words[:2] == ["Afdoeningsbrief", "Amendement"]
    assert sorted(soort for soort, _ in menu) == BUILTIN.names("document")  # every soort offered, once
    if root == "utrecht":  # the provincie's own words, in their place
        assert words.index("Statenbrief") < words.index("Statenvoorstel") < words.index("Statenvragen") < words.index("Subamendement")


@pytest.mark.parametrize(("soort", "template"), [("raadsinformatiebrief", "informatiebrief"), ("afdoeningsbrief", "afdoeningsbrief")])
def test_the_ris_number_is_named_as_the_letter_prints_it(project: Path, soort: str, template: str) -> None:
    from generator.word.docxtext import document_text

    fields = {f["name"]: f for f in state_of(signed_in(project).get("/nieuw", params={"soort": soort}).text)["fields"]}
    assert fields["ris"]["label"] == "RIS-nummer"
    assert "RIS-nummer" in document_text((Path(__file__).parents[1] / "templates" / "raadsbrieven" / f"{template}.docx").read_bytes())


def test_a_wijziging_without_its_kind_is_told_in_the_forms_words(project: Path) -> None:
    data = {"soort": "wijzigingsverordening", "orgaan": "zwolle", "titel": "Wijziging", "wijzigt": "Marktverordening", "wijzigingen": [{}]}
    answer = signed_in(project).post("/api/controleer", json={"soort": "wijzigingsverordening", "pad": None, "data": data}).json()
    told = [(i["message"], i["hint"]) for i in answer["issues"] if i["field"] == "wijzigingen[0]"]
    assert told == [("elke wijziging is precies één soort wijziging: een artikel invoegen, een lid toevoegen aan een artikel"
                     " of begrippen invoegen", "kies er één; een tweede soort wordt een wijziging apart")], answer
    assert not [i for i in answer["issues"] if "_invoegen" in i["message"] + (i["hint"] or "")]
