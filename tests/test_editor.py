"""`raadsstukken bewerk`: the gate (token, Host, Origin, paths, sizes) and what the buttons do, over HTTP."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from generator.checks.data import check_file
from generator.cli.main import main
from generator.editor.app import make_app
from generator.editor.security import Gate
from generator.editor.writer import digest
from generator.loading.project import Project
from generator.loading.reader import load
from generator.soorten.motie.model import Motie
from generator.soorten.registry import BUILTIN

REPO = Path(__file__).resolve().parents[1]
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "t0ken-for-tests"
COOKIE = Gate(TOKEN, PORT).cookie
SAMPLE = "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"
SEED = REPO / "tests" / "seeds" / "000_a88496200fe75553.txt"


@pytest.fixture
def client(project: Path) -> TestClient:
    """Signed in (the cookie of the first visit) and sending our own Origin, as the pages do."""
    test = TestClient(make_app(project, Gate(TOKEN, PORT)), base_url=BASE, follow_redirects=False)
    test.cookies.set(COOKIE, TOKEN)
    test.headers["Origin"] = BASE
    return test


@pytest.fixture
def stranger(project: Path) -> TestClient:
    return TestClient(make_app(project, Gate(TOKEN, PORT)), base_url=BASE, follow_redirects=False)


def form_of(client: TestClient, pad: str) -> dict:
    import json

    page = client.get("/bewerk", params={"pad": pad}).text
    return json.loads(re.search(r'<script type="application/json" id="gegevens">(.*?)</script>', page, re.S).group(1))


# --- the gate ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("method", "url"), [
    ("GET", "/"), ("GET", f"/bewerk?pad={SAMPLE}"), ("GET", "/nieuw?soort=motie"), ("GET", "/static/editor.js"),
    ("GET", "/download?pad=build/moties/x.docx"), ("POST", "/api/controleer"), ("POST", "/api/bewaar"),
    ("POST", "/api/maak"), ("POST", "/api/importeer"), ("POST", "/api/voorbeeld"),
])
def test_requests_without_the_token_are_refused(stranger: TestClient, method: str, url: str) -> None:
    response = stranger.request(method, url, headers={"Origin": BASE}, content=b"{}")
    assert response.status_code == 403
    assert "toegangsteken" in response.text


def test_a_wrong_token_is_refused(stranger: TestClient) -> None:
    assert stranger.get("/", params={"token": "raden"}).status_code == 403
    stranger.cookies.set(COOKIE, "raden")
    assert stranger.get("/").status_code == 403


def test_the_token_in_the_url_becomes_a_cookie(stranger: TestClient) -> None:
    first = stranger.get("/", params={"token": TOKEN})
    assert first.status_code == 303 and first.headers["location"] == "/"
    cookie = first.headers["set-cookie"]
    assert f"{COOKIE}={TOKEN}" in cookie and "HttpOnly" in cookie and "samesite=strict" in cookie.lower()
    assert stranger.get("/").status_code == 200  # the client keeps the cookie
    assert "no-referrer" in stranger.get("/").headers["referrer-policy"]


@pytest.mark.parametrize("host", ["evil.example", f"evil.example:{PORT}", "127.0.0.1:9999", f"192.168.1.5:{PORT}", ""])
def test_another_host_is_refused_even_with_the_token(client: TestClient, host: str) -> None:
    """DNS rebinding: a page of evil.example whose name now points at 127.0.0.1 sends its own Host."""
    response = client.get("/", params={"token": TOKEN}, headers={"Host": host})
    assert response.status_code == 421


def test_localhost_is_the_same_address(client: TestClient) -> None:
    assert client.get("/", headers={"Host": f"localhost:{PORT}", "Origin": f"http://localhost:{PORT}"}).status_code == 200


@pytest.mark.parametrize("origin", ["https://evil.example", f"http://127.0.0.1:{PORT + 1}", "null", f"https://127.0.0.1:{PORT}"])
def test_requests_from_another_origin_are_refused(client: TestClient, origin: str) -> None:
    body = {"soort": "motie", "pad": SAMPLE, "data": {"soort": "motie"}, "hash": ""}
    response = client.post("/api/bewaar", json=body, headers={"Origin": origin})
    assert response.status_code == 403
    assert client.get("/", headers={"Origin": origin}).status_code == 403


def test_a_change_without_an_origin_is_refused(client: TestClient) -> None:
    del client.headers["Origin"]
    assert client.post("/api/controleer", json={"soort": "motie", "data": {}}).status_code == 403


def test_cross_site_fetch_metadata_is_refused(client: TestClient) -> None:
    assert client.get("/", headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403


@pytest.mark.parametrize("pad", [
    "../etc/passwd", "/etc/passwd", "data/../../etc/passwd.yaml", "data/moties/../../../x.yaml", "data\\moties\\x.yaml",
    "build/moties/x.docx", "data/.verborgen.yaml", "data/moties/x.docx", "pyproject.toml",
    "data/link/buiten.yaml",
])
def test_paths_outside_the_project_are_refused(client: TestClient, project: Path, tmp_path_factory: pytest.TempPathFactory, pad: str) -> None:
    outside = tmp_path_factory.mktemp("buiten")
    (outside / "buiten.yaml").write_text("soort: motie\n", encoding="utf-8")
    (project / "data" / "link").symlink_to(outside)
    assert client.get("/bewerk", params={"pad": pad}).status_code == 403
    body = {"soort": "motie", "pad": pad, "data": {"soort": "motie", "titel": "x"}, "hash": ""}
    assert client.post("/api/bewaar", json=body).status_code == 403
    assert client.post("/api/controleer", json=body).status_code == 403
    assert not (outside / "x.yaml").exists()


@pytest.mark.parametrize("url", ["/bewerk?pad=data/%2e%2e/%2e%2e/etc/passwd", "/bewerk?pad=data%2f..%2f..%2fx.yaml",
                                 "/download?pad=build/%2e%2e/%2e%2e/etc/passwd", "/static/../pyproject.toml", "/static/%2e%2e/app.py"])
def test_encoded_escapes_are_refused(client: TestClient, url: str) -> None:
    assert client.get(url).status_code in (403, 404)
    assert "[project]" not in client.get(url).text and "def make_app" not in client.get(url).text


@pytest.mark.parametrize("pad", ["build/../data/gemeenten/zwolle.yaml", "build/../../etc/passwd", "/etc/passwd", "build/manifest.json",
                                 "data/moties/x.docx"])
def test_downloads_stay_in_the_build_folder(client: TestClient, pad: str) -> None:
    assert client.get("/download", params={"pad": pad}).status_code == 403


def test_bodies_are_capped(client: TestClient) -> None:
    big = b"x" * (2 * 1024 * 1024 + 1)
    assert client.post("/api/controleer", content=big, headers={"Content-Type": "application/json"}).status_code == 413

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(40):
            yield b"y" * (64 * 1024)

    assert client.post("/api/controleer", content=chunks()).status_code == 413


# --- pages and buttons ---------------------------------------------------------------------------

def test_the_list_shows_each_soort_with_the_volglijst_status(client: TestClient) -> None:
    page = client.get("/").text
    for soort in ("motie", "afdoeningsbrief", "verordening", "beleidsplan"):
        assert f'href="/nieuw?soort={soort}"' in page
    assert "Netwerkversterking en familiegroepsplannen" in page
    assert 'class="status">afgedaan<' in page
    assert 'class="status te-laat"><span aria-hidden="true">⚠ </span>te laat<' in page  # overdue, not by colour alone
    assert "<td>8 juli 2019</td>" in page  # the date as a griffie writes it
    assert "Afdoening van de motie ‘" in page  # an afdoeningsbrief by the motie it answers, not by its file name
    assert "Beantwoording schriftelijke vragen over de wachttijd voor een familiegroepsplan" in page  # an antwoordbrief by its vragen
    assert ">2025-zwolle-antwoord-familiegroepsplan-wachttijd<" not in page


def test_the_list_filters_by_soort_status_and_vergadering(client: TestClient) -> None:
    import re

    only_late = client.get("/?status=te+laat").text
    shown = re.findall(r'<span class="status[^"]*">(?:<span aria-hidden="true">⚠ </span>)?([^<]+)<', only_late)
    assert shown and set(shown) == {"te laat"}
    moties = client.get("/?soort=motie").text
    assert 'id="soort-motie"' in moties and 'id="soort-afdoeningsbrief"' not in moties
    meeting = client.get("/?vergadering=2019-07-08").text
    assert "Netwerkversterking en familiegroepsplannen" in meeting
    assert "<td>8 juli 2019</td>" in meeting and not re.search(r"<td>\d+ \w+ (?!2019)\d{4}</td>", meeting)


def test_the_form_is_made_from_the_model(client: TestClient, project: Path) -> None:
    state = form_of(client, SAMPLE)
    fields = {f["name"]: f for f in state["fields"]}
    assert fields["vergadering"]["kind"] == "datum" and fields["vergadering"]["label"] == "Datum van de vergadering"
    assert "gemeente" not in fields  # one choice of orgaan; the file's `gemeente:` is its older name
    assert fields["orgaan"]["kind"] == "orgaan" and fields["orgaan"]["alias"] == "gemeente" and fields["orgaan"]["label"] == "Orgaan"
    assert [f["name"] for f in state["fields"]][:2] == ["soort", "orgaan"]
    assert {"value": "zwolle", "label": "Gemeenteraad Zwolle", "group": "Gemeenten", "profiel": True, "soortnaam": "Motie"} in state["orgaanKeuzes"]
    assert {"value": "provincie-utrecht", "label": "Provinciale Staten van Utrecht", "group": "Provincies",
            "profiel": False, "soortnaam": "Motie"} in state["orgaanKeuzes"]
    assert fields["formulier"]["meer"] and fields["volgorde"]["meer"] and not fields["constateringen"]["meer"]
    assert fields["indieners"]["item"]["kind"] == "groep"
    assert fields["constateringen"]["item"]["fields"][1]["item"]["kind"] == "tekst"
    assert fields["status"]["choices"][0] == "ingediend"
    assert state["data"]["constateringen"][0]["kop"] == "Gelet op:"  # the short form as the full one
    assert state["hash"] == digest((project / SAMPLE).read_bytes())


def test_checking_gives_the_messages_of_check_at_the_field(client: TestClient, project: Path) -> None:
    state = form_of(client, SAMPLE)
    data = state["data"]
    data["verzoeken"][0]["punten"][0] = "zie voetnoot[^9]"
    issues = client.post("/api/controleer", json={"soort": "motie", "pad": SAMPLE, "data": data}).json()["issues"]
    assert [i["field"] for i in issues] == ["verzoeken[0].punten[0]"]
    assert issues[0]["message"].startswith("verwijst naar voetnoot [^9]")
    assert issues[0]["text"].startswith(f"{SAMPLE}:")  # told as the document's own file and line
    data["vergadering"] = "2019-13-45"
    data["titel"] = ""
    issues = client.post("/api/controleer", json={"soort": "motie", "pad": SAMPLE, "data": data}).json()["issues"]
    by_field = {i["field"]: i for i in issues}
    assert by_field["vergadering"]["message"] == "'2019-13-45' bestaat niet als datum"
    assert by_field["titel"]["message"] == "is leeg"
    # The same words as `raadsstukken check` of a file with these values:
    from generator.editor.writer import render

    broken = project / "data" / "moties" / "kapot.yaml"
    broken.write_text(render((project / SAMPLE).read_text(encoding="utf-8"), data), encoding="utf-8")
    expected = {(i.field, i.message, i.hint) for i in check_file(Project(project), broken).issues}
    assert {(i["field"], i["message"], i["hint"]) for i in issues} == expected


def test_saving_writes_the_file_and_a_change_on_disk_is_never_overwritten(client: TestClient, project: Path) -> None:
    state = form_of(client, SAMPLE)
    data = state["data"]
    data["titel"] = "Netwerk: versterking #1"
    saved = client.post("/api/bewaar", json={"soort": "motie", "pad": SAMPLE, "data": data, "hash": state["hash"]})
    assert saved.status_code == 200
    text = (project / SAMPLE).read_text(encoding="utf-8")
    assert 'titel: "Netwerk: versterking #1"\n' in text and text.startswith("# Motie van de gemeenteraad van Zwolle")
    assert form_of(client, SAMPLE)["data"]["titel"] == "Netwerk: versterking #1"  # read afresh

    (project / SAMPLE).write_text(text.replace("versterking #1", "door een collega"), encoding="utf-8")
    data["titel"] = "Mijn versie"
    conflict = client.post("/api/bewaar", json={"soort": "motie", "pad": SAMPLE, "data": data, "hash": saved.json()["hash"]})
    message = conflict.json()["message"]
    assert conflict.status_code == 409 and "buiten de editor gewijzigd" in message and "Opnieuw laden" in message
    assert "door een collega" in (project / SAMPLE).read_text(encoding="utf-8")


def test_a_new_document_gets_its_own_name(client: TestClient, project: Path) -> None:
    data = {"soort": "motie", "gemeente": "zwolle", "titel": "Netwerkversterking en familiegroepsplannen",
            "vergadering": "2019-07-08", "verzoeken": [{"punten": ["iets te doen."]}]}
    first = client.post("/api/bewaar", json={"soort": "motie", "pad": "", "data": data, "hash": ""}).json()
    assert first["pad"] == "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen-2.yaml"
    assert first["issues"] == []
    again = client.post("/api/bewaar", json={"soort": "motie", "pad": first["pad"], "data": data, "hash": ""})
    assert again.status_code == 409  # it exists now: a form that thinks it is new must not replace it


def test_nieuw_per_soort_and_unknown_soorten(client: TestClient) -> None:
    assert client.get("/nieuw", params={"soort": "motie"}).status_code == 200
    assert client.get("/nieuw", params={"soort": "gemeente"}).status_code == 404
    assert client.get("/nieuw", params={"soort": "<script>"}).status_code == 404


def test_an_unreadable_file_is_shown_with_its_messages(client: TestClient, project: Path) -> None:
    (project / "data" / "moties" / "kapot.yaml").write_text("soort: motie\ntitel: [open\n", encoding="utf-8")
    page = client.get("/bewerk", params={"pad": "data/moties/kapot.yaml"})
    assert page.status_code == 422 and "niet te lezen" in page.text


def test_import_opens_the_draft_with_what_could_not_be_placed(client: TestClient, project: Path) -> None:
    response = client.post("/api/importeer", content=SEED.read_bytes(), headers={"X-Bestandsnaam": "concept.txt"})
    assert response.status_code == 200
    pad = response.json()["pad"]
    assert pad.startswith("data/moties/2019-07-08-") and (project / pad).is_file()
    state = form_of(client, pad)
    assert state["data"]["titel"] == "Netwerkversterking en familiegroepsplannen"
    assert any("geïmporteerd uit concept.txt" in n for n in state["notes"])


def test_import_refuses_what_it_cannot_read(client: TestClient) -> None:
    response = client.post("/api/importeer", content=b"MZ\x00\x01", headers={"X-Bestandsnaam": "programma.exe"})
    assert response.status_code == 422 and "kan de import niet lezen" in response.json()["error"]


def test_make_builds_and_offers_the_download(client: TestClient, project: Path) -> None:
    made = client.post("/api/maak", json={"pad": SAMPLE, "pdf": False}).json()
    name = "build/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.docx"
    assert made["downloads"] == [name]
    download = client.get("/download", params={"pad": name})
    assert download.status_code == 200 and download.content == (project / name).read_bytes()
    assert "attachment" in download.headers["content-disposition"]


def test_the_command_is_listed_and_documented() -> None:
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["bewerk", "--help"])
    assert result.exit_code == 0 and "127.0.0.1" in result.output
    assert "bewerk" in CliRunner().invoke(main, ["--help"]).output


@pytest.mark.slow
def test_the_preview_is_the_real_build_as_page_images(client: TestClient, soffice: str) -> None:
    state = form_of(client, SAMPLE)
    answer = client.post("/api/voorbeeld", json={"soort": "motie", "pad": SAMPLE, "data": state["data"]})
    assert answer.headers["content-type"] == "application/x-ndjson"
    lines = [json.loads(line) for line in answer.text.splitlines()]
    assert lines[0]["pagina"] == 1 and lines[0]["src"].startswith("data:image/png;base64,")  # the first page first
    assert lines[0]["seconds"]["totaal"] > 0 and lines[-1]["klaar"] is True
    assert [line["pagina"] for line in lines[:-1]] == list(range(1, lines[0]["paginas"] + 1))


def test_the_wheel_ships_every_asset() -> None:
    import tomllib

    package_data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    assert package_data["generator.editor"] == ["pages/*.html", "static/*"]
    pages = REPO / "generator" / "editor"
    for html in (pages / "pages").glob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, html  # nothing fetched from elsewhere
    for script in (pages / "static").glob("*.js"):
        assert not re.search(r"^import |require\(", script.read_text(encoding="utf-8"), re.M), script  # plain scripts: no bundler


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40))
def test_a_save_through_the_editor_keeps_every_text(client: TestClient, project: Path, text: str) -> None:
    state = form_of(client, SAMPLE)
    data = state["data"]
    data["titel"] = text
    data["verzoeken"][0]["punten"][0] = text
    data["indieners"] = [{"naam": text, "fractie": text}]
    data["voetnoten"]["1"] = text
    saved = client.post("/api/bewaar", json={"soort": "motie", "pad": SAMPLE, "data": data, "hash": state["hash"]})
    assert saved.status_code == 200, saved.text
    doc = load(project / SAMPLE)
    Motie.prepare(doc)
    assert doc.data == data


DOCUMENTS = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "data").rglob("*.yaml")
                   if p.parent.name not in ("gemeenten", "modellen") and "huisstijl" not in p.parts)


@pytest.mark.parametrize("pad", DOCUMENTS)
def test_a_hand_written_file_saved_unchanged_stays_byte_for_byte(client: TestClient, project: Path, pad: str) -> None:
    before = (project / pad).read_bytes()
    state = form_of(client, pad)
    saved = client.post("/api/bewaar", json={"soort": state["soort"], "pad": pad, "data": state["data"], "hash": state["hash"]})
    assert saved.status_code == 200, saved.text
    assert (project / pad).read_bytes() == before


def test_short_forms_stay_short_while_they_say_the_same(client: TestClient, project: Path) -> None:
    pad = "data/afdoeningen/2024-zwolle-2024-31877-eigen-kracht-conferentie.yaml"
    state = form_of(client, pad)
    data = state["data"]
    assert data["afdoening"][-1] == {"tekst": "Met deze brief informeren wij uw raad vóór de begroting 2025 over de uitvoering."}
    data["afdoening"][-1]["tekst"] = "Met deze brief: de uitvoering."
    saved = client.post("/api/bewaar", json={"soort": state["soort"], "pad": pad, "data": data, "hash": state["hash"]}).json()
    assert '  - "Met deze brief: de uitvoering."\n' in (project / pad).read_text(encoding="utf-8")
    data["afdoening"][-1] = {"kop": "Tot slot"}  # a paragraph became a heading: the short form cannot say that
    client.post("/api/bewaar", json={"soort": state["soort"], "pad": pad, "data": data, "hash": saved["hash"]})
    assert form_of(client, pad)["data"]["afdoening"][-1] == {"kop": "Tot slot"}


def test_a_word_draft_is_imported(client: TestClient, project: Path) -> None:
    """A .docx (here the one the build makes of the sample) is read as its paragraphs."""
    made = client.post("/api/maak", json={"pad": SAMPLE, "pdf": False}).json()
    word = (project / made["downloads"][0]).read_bytes()
    answer = client.post("/api/importeer", content=word, headers={"X-Bestandsnaam": "concept%20motie.docx"}).json()
    state = form_of(client, answer["pad"])
    assert state["data"]["titel"] == "Netwerkversterking en familiegroepsplannen"
    assert state["data"]["verzoeken"][0]["punten"][1].startswith("deze inzet bij de uitwerking")


@pytest.mark.slow
def test_a_pdf_draft_is_imported(client: TestClient, project: Path, soffice: str) -> None:
    made = client.post("/api/maak", json={"pad": SAMPLE, "pdf": True}).json()
    pdf = next(p for p in made["downloads"] if p.endswith(".pdf"))
    answer = client.post("/api/importeer", content=(project / pdf).read_bytes(), headers={"X-Bestandsnaam": "motie.pdf"}).json()
    assert form_of(client, answer["pad"])["data"]["titel"] == "Netwerkversterking en familiegroepsplannen"


def test_two_editors_do_not_share_their_cookie(project: Path) -> None:
    """Cookies do not tell ports apart: the cookie is named after the port, so a second editor
    (another project) neither replaces the first one's nor is let in with it."""
    first, second = Gate(TOKEN, PORT), Gate("another-token", PORT + 1)
    assert first.cookie != second.cookie
    other = TestClient(make_app(project, second), base_url=f"http://127.0.0.1:{PORT + 1}")
    other.cookies.set(first.cookie, TOKEN)
    assert other.get("/").status_code == 403


def test_each_request_reads_the_project_afresh(client: TestClient, project: Path) -> None:
    """A change made elsewhere (another editor, git pull) shows on the next request; nothing cached."""
    assert "Netwerkversterking en familiegroepsplannen" in client.get("/").text
    path = project / SAMPLE
    path.write_text(path.read_text(encoding="utf-8").replace("titel: Netwerkversterking", "titel: Buiten de editor"), encoding="utf-8")
    assert "Buiten de editor en familiegroepsplannen" in client.get("/").text
    assert form_of(client, SAMPLE)["data"]["titel"] == "Buiten de editor en familiegroepsplannen"
    assert "zuidplas" in {g["value"] for g in form_of(client, SAMPLE)["orgaanKeuzes"] if g["profiel"]}
    (project / "data" / "gemeenten" / "zuidplas.yaml").unlink()
    assert "zuidplas" not in {g["value"] for g in form_of(client, SAMPLE)["orgaanKeuzes"] if g["profiel"]}


def test_without_the_editor_extra_the_command_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, project: Path) -> None:
    import sys

    from click.testing import CliRunner

    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if `pip install .` without [editor]
    monkeypatch.delitem(sys.modules, "generator.editor.server", raising=False)
    result = CliRunner().invoke(main, ["bewerk", str(project), "--geen-browser"])
    assert result.exit_code == 1
    assert "de editor is niet geïnstalleerd (uvicorn ontbreekt)" in result.output
    assert "pip install -e '.[editor]'" in result.output


@pytest.mark.parametrize("pad", DOCUMENTS)
def test_the_form_of_each_sample_checks_as_the_file_does(client: TestClient, project: Path, pad: str) -> None:
    state = form_of(client, pad)
    issues = client.post("/api/controleer", json={"soort": state["soort"], "pad": pad, "data": state["data"]}).json()["issues"]
    expected = check_file(Project(project), project / pad).issues
    assert [(i["field"], i["message"], i["severity"]) for i in issues] == [(i.field, i.message, i.severity) for i in expected]


@pytest.mark.parametrize("soort", BUILTIN.names("document"))
def test_a_new_empty_form_of_each_soort_is_told_what_is_missing(client: TestClient, soort: str) -> None:
    assert client.get("/nieuw", params={"soort": soort}).status_code == 200
    issues = client.post("/api/controleer", json={"soort": soort, "pad": "", "data": {"soort": soort}}).json()["issues"]
    assert issues and all(i["message"] for i in issues)
    assert any(i["message"].endswith("ontbreekt") for i in issues)


def test_values_never_become_markup_in_the_pages(client: TestClient, project: Path) -> None:
    path = project / SAMPLE
    evil = "<script>alert(1)</script></script><img src=x onerror=alert(2)>"
    path.write_text(path.read_text(encoding="utf-8").replace("titel: Netwerkversterking en familiegroepsplannen",
                                                             f'titel: "{evil}"'), encoding="utf-8")
    for page in (client.get("/").text, client.get("/bewerk", params={"pad": SAMPLE}).text):
        assert "<script>alert" not in page and "<img src=x" not in page
    assert form_of(client, SAMPLE)["data"]["titel"] == evil
    csp = client.get("/").headers["content-security-policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp


def test_an_amendement_draft_goes_to_the_amendementen(client: TestClient, project: Path) -> None:
    """The importer tells a motie from an amendement; the editor files each under its own soort."""
    source = REPO / "tests" / "amendement_corpus" / "alkmaar_beleid-dierenwelzijn.txt"
    answer = client.post("/api/importeer", content=source.read_bytes(), headers={"X-Bestandsnaam": source.name})
    assert answer.status_code == 200, answer.text
    assert answer.json()["pad"].startswith("data/amendementen/")
    assert form_of(client, answer.json()["pad"])["soort"] == "amendement"
