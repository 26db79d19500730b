"""`raadsstukken import` of real amendementen (tests/amendement_corpus, sources in its README):
recognised as amendementen, the target external with oorspronkelijk / wordt verbatim, and the result
passes `check` and builds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.importer import import_file
from generator.importer.amendement import looks_like
from generator.word.docxtext import document_text

CORPUS = Path(__file__).parent / "amendement_corpus"
CASES = {
    "haarlem_beleidsplan-dierenwelzijn": "Haarlem",
    "zaanstad_beleidsnota-dierenwelzijn": "Zaanstad",
    "amsterdam_agenda-dieren-draagvlak": "Amsterdam",
}
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="tests/amendement_corpus ontbreekt")


def expected(name: str) -> dict:
    return yaml.safe_load((CORPUS / f"{name}.expected.yaml").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_real_amendement_imports_checks_and_builds(name, project, run, monkeypatch):
    monkeypatch.chdir(project)
    gemeente = name.split("_")[0]
    (project / "data/gemeenten" / f"{gemeente}.yaml").write_text(f"soort: gemeente\nnaam: {CASES[name]}\n", "utf-8")
    out = project / "data/amendementen" / f"{name}.yaml"
    result = run("import", str(CORPUS / f"{name}.txt"), "-o", str(out), "--orgaan", gemeente)
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert "soort: amendement" in text
    data = yaml.safe_load(text)
    assert data["gemeente"] == gemeente
    if gemeente == "amsterdam":  # the text never names its orgaan: the project's, and the file a concept
        assert data["concept"] == "ja" and "CONCEPT: de tekst noemt niet orgaan" in text
    want = expected(name)
    if want["vergadering"] is not None:
        assert data["vergadering"] == want["vergadering"]
    assert data.get("status", "ingediend") == want["status"]
    change, wanted = data["extern"]["wijzigingen"][0], want["wijzigingen"][0]
    assert " ".join(change["oorspronkelijk"].split()).endswith(" ".join(wanted["oorspronkelijk"].split()).strip("“”"))
    assert " ".join(wanted["wordt"].split()).strip("“”")[:60] in " ".join(change["wordt"].split())
    checked = run("check", str(out.relative_to(project)))
    assert checked.exit_code == 0, checked.output
    built = run("build", str(out.relative_to(project)))
    assert built.exit_code == 0, built.output
    docx = project / "build/amendementen" / f"{name}.docx"
    body = document_text(docx.read_bytes(), body_only=True)
    assert "AMENDEMENT" in body
    assert "En gaat over tot de orde van de dag" not in body
    assert " ".join(change["wordt"].split())[:40] in " ".join(body.split())


def test_a_motie_is_not_taken_for_an_amendement():
    motie = (Path(__file__).parents[1] / "tests/seeds").glob("*.txt")
    for path in motie:
        text = path.read_text("utf-8")
        if "orde van de dag" in text.lower():
            assert not looks_like(text), path.name


def test_importer_keeps_the_texts_verbatim():
    data = import_file(CORPUS / "zaanstad_beleidsnota-dierenwelzijn.txt").data
    assert data["soort"] == "amendement"
    assert data["extern"]["wijzigingen"][0]["oorspronkelijk"].startswith("Het waar mogelijk bevorderen van dierenwelzijn")
    assert data["indieners"] == [{"naam": "Judit Raa", "fractie": "Partij voor de Dieren"},
                                 {"naam": "Roland van Braam", "fractie": "SP"}]


ALL = sorted(p.stem for p in CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("name", ALL)
def test_every_real_amendement_is_recognised_as_one(name: str) -> None:
    """Never a motie: each of the 13 real amendementen is read as an amendement (or subamendement)."""
    text = (CORPUS / f"{name}.txt").read_text("utf-8")
    assert looks_like(text), name
    result = import_file(CORPUS / f"{name}.txt")
    assert result.data.get("soort") in ("amendement", "subamendement"), result.data.get("soort")


MOTIES = sorted([*(Path(__file__).parent / "import_corpus").glob("*.txt"), *(Path(__file__).parent / "seeds").glob("*.txt")])


@pytest.mark.parametrize("path", MOTIES, ids=lambda p: p.stem)
def test_no_motie_is_taken_for_an_amendement(path: Path) -> None:
    assert not looks_like(path.read_text("utf-8", errors="replace"))
