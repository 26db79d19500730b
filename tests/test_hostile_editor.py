"""The editor as a server under attack (issue 28), against the real server: uvicorn on 127.0.0.1,
one start for the module, real sockets. Families: a value used as a path, lost updates, request
bodies built to hurt, uploads built to hurt."""

from __future__ import annotations

import json
import re
import shutil
import threading
from pathlib import Path

import pytest

from generator.editor.actions import new_path

from .live_editor import Live

REPO = Path(__file__).resolve().parents[1]
SAMPLE = "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(REPO / "data", root / "data")
    server = Live(root)
    yield server
    server.close()


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if not p.is_dir()}


# --- every path from a value is a name, never a path ----------------------------------------------

TRAVERSAL = [
    "../../buiten", "../../../../../../tmp/raadsstukken-buiten", "/tmp/raadsstukken-etc/passwd", "/tmp/raadsstukken-buiten",
    "..\\..\\buiten", "C:\\Windows\\win.ini", "%2e%2e%2f%2e%2e%2fbuiten", "..%2f..%2fbuiten", "a\x00../../b",
    "CON", "nul", "COM1", "LPT9.txt", "aux.yaml", "..", ".", "data/../../../buiten", "~/.bashrc",
]


def strings_replaced(value, by: str):
    """Every text in a form's values replaced, keys and the soort kept."""
    if isinstance(value, dict):
        return {k: v if k == "soort" else strings_replaced(v, by) for k, v in value.items()}
    if isinstance(value, list):
        return [strings_replaced(v, by) for v in value]
    return by if isinstance(value, str) else value


@pytest.mark.parametrize("hostile", TRAVERSAL)
def test_every_field_with_a_traversal_stays_a_name_in_its_folder(live: Live, hostile: str) -> None:
    """A new document whose every text is the hostile value: saved under data/moties/ with a plain name, or refused."""
    outside = sorted(live.root.parent.iterdir())
    before = files_under(live.root)
    data = strings_replaced(live.form(SAMPLE)["data"], hostile)
    status, answer = live.post("/api/bewaar", {"soort": "motie", "pad": "", "data": data, "hash": ""})
    assert status in (200, 422), answer
    made = files_under(live.root) - before
    if status == 200:
        assert made == {live.root / answer["pad"]}, made
        assert re.fullmatch(r"data/moties/[a-z0-9][a-z0-9-]*\.yaml", answer["pad"]), answer["pad"]
        assert Path(answer["pad"]).stem.split(".")[0] not in ("con", "nul", "aux", "prn", "com1", "lpt9")
    else:
        assert not made and "Interne fout" not in json.dumps(answer)
    assert sorted(live.root.parent.iterdir()) == outside
    assert not list(Path("/tmp").glob("raadsstukken-buiten*")) and not Path("/tmp/raadsstukken-etc").exists()


@pytest.mark.parametrize(("data", "name"), [
    ({"soort": "motie", "titel": "Jeugd", "vergadering": "../../2024-01-01"}, "2024-01-01-jeugd.yaml"),
    ({"soort": "motie", "titel": "../../../etc/cron.d/x", "vergadering": "/etc"}, "etc-etc-cron-d-x.yaml"),
    ({"soort": "motie", "titel": "CON"}, "con-document.yaml"),
    ({"soort": "motie", "titel": "Com1"}, "com1-document.yaml"),
    ({"soort": "motie", "titel": "..\\..\\buiten"}, "buiten.yaml"),
    ({"soort": "motie", "titel": "a\x00b"}, "a-b.yaml"),
    ({"soort": "../motie", "titel": ""}, "motie.yaml"),
    ({"soort": "motie", "titel": "\u202elmth.exe"}, "lmth-exe.yaml"),
    ({"soort": "motie", "titel": "x" * 300, "vergadering": "9" * 300}, f"{'9' * 20}-{'x' * 60}.yaml"),
])
def test_a_new_name_is_a_slug(tmp_path: Path, data: dict, name: str) -> None:
    assert new_path(tmp_path, "moties", data) == tmp_path / "data" / "moties" / name


def test_a_soort_folder_that_is_a_link_out_writes_nothing(live: Live, tmp_path: Path) -> None:
    folder = live.root / "data" / "amendementen"
    moved = live.root / "amendementen-echt"
    folder.rename(moved)
    folder.symlink_to(tmp_path)
    try:
        status, answer = live.post("/api/bewaar", {"soort": "amendement", "pad": "", "hash": "",
                                                   "data": {"soort": "amendement", "titel": "Weg"}})
        assert status == 403, answer
        assert answer == {"error": "Geweigerd: dit pad ligt buiten de project- of uitvoermap of is geen document."}
    finally:
        folder.unlink()
        moved.rename(folder)
    assert not list(tmp_path.iterdir())


def test_an_uploads_name_never_becomes_data(live: Live) -> None:
    """The name a browser sends with an upload is shown in a comment: a line break in it cannot add a field."""
    seed = (REPO / "tests" / "seeds" / "000_a88496200fe75553.txt").read_bytes()
    status, raw = live.request("POST", "/api/importeer", seed,
                               {"X-Bestandsnaam": "..%2F..%2Fconcept%0Asoort%3A%20amendement%0A.txt"})
    assert status == 200, raw
    pad = json.loads(raw)["pad"]
    assert pad.startswith("data/moties/2019-07-08-"), pad
    text = (live.root / pad).read_text("utf-8")
    assert "\nsoort: motie\n" in text and not re.search(r"^soort: amendement", text, re.M)
    assert "geïmporteerd uit concept soort: amendement .txt met" in text


# --- saves are serialised per file ----------------------------------------------------------------

CONFLICT = ("Het bestand is sinds u het opende in een ander venster of buiten de editor gewijzigd. Uw wijzigingen zijn niet"
            " bewaard. Klik op ‘Opnieuw laden’ (uw invoer gaat dan verloren) of kopieer eerst wat u wilt houden.")


def at_once(live: Live, bodies: list[dict]) -> list[tuple[int, object]]:
    """The bodies posted to /api/bewaar from as many threads, released together."""
    barrier = threading.Barrier(len(bodies))
    answers: list[tuple[int, object]] = [(0, None)] * len(bodies)

    def send(index: int) -> None:
        barrier.wait()
        answers[index] = live.post("/api/bewaar", bodies[index])

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return answers


@pytest.mark.parametrize("round_", range(4))
def test_two_saves_of_the_same_version_one_wins_one_is_told(live: Live, round_: int) -> None:
    pad = "data/moties/2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"
    state = live.form(pad)
    bodies = []
    for who in ("Anna", "Bert"):
        data = json.loads(json.dumps(state["data"]))
        data["titel"] = f"Versie van {who} {round_}"
        bodies.append({"soort": "motie", "pad": pad, "data": data, "hash": state["hash"]})
    answers = at_once(live, bodies)
    assert sorted(status for status, _ in answers) == [200, 409], answers
    winner = next(body for (status, _), body in zip(answers, bodies, strict=True) if status == 200)
    loser = next(answer for status, answer in answers if status == 409)
    assert loser == {"conflict": True, "message": CONFLICT}
    assert live.form(pad)["data"]["titel"] == winner["data"]["titel"]


def test_two_new_documents_with_one_title_both_land(live: Live) -> None:
    data = {"soort": "motie", "gemeente": "zwolle", "titel": "Gelijktijdig", "vergadering": "2024-05-01",
            "verzoeken": [{"punten": ["iets te doen."]}]}
    answers = at_once(live, [{"soort": "motie", "pad": "", "data": data, "hash": ""}] * 3)
    assert [status for status, _ in answers] == [200, 200, 200], answers
    assert sorted(answer["pad"] for _, answer in answers) == [  # type: ignore[index]
        "data/moties/2024-05-01-gelijktijdig-2.yaml", "data/moties/2024-05-01-gelijktijdig-3.yaml",
        "data/moties/2024-05-01-gelijktijdig.yaml"]
