"""An amendement that points straight at a verordening (not at the raadsvoorstel that adopts it):
it quotes the verordening's own text, and the raadsbesluit that adopts the verordening applies it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.word.revisions import read
from tests.test_amendement import BESLUIT, REDLINE, errors, final, text

A7 = "data/amendementen/2025-zwolle-a7-op-de-verordening.yaml"
AMENDEMENT = """soort: amendement
voorstel: verordeningen/zwolle-verordening-jeugdhulp-2018-familiegroepsplan.yaml
titel: Schriftelijk wijzen op het familiegroepsplan
nummer: A7
vergadering: 2025-03-10
stemmingsvolgorde: 7

wijzigingen:
  - artikel: informeren
    lid: wijzen
    zinsdeel: worden altijd gewezen
    vervangen_door: worden altijd schriftelijk gewezen

indieners:
  - naam: K. Kunstmatig
status: aangenomen
"""


@pytest.fixture(autouse=True)
def in_project(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    final(project)


def write(project: Path, content: str) -> None:
    (project / A7).write_text(content, "utf-8")


def test_amendement_on_a_verordening_quotes_it_and_the_besluit_applies_it(project, run):
    write(project, AMENDEMENT)
    result = run("build")
    assert result.exit_code == 0, result.output
    quote = text(project, "build/amendementen/2025-zwolle-a7-op-de-verordening.docx")
    assert ("De raad van de gemeente Zwolle, in vergadering bijeen op maandag 10 maart 2025, ter bespreking van het"
            " voorstel tot vaststelling van de Verordening Jeugdhulp Gemeente Zwolle 2018,") in quote
    assert "besluit de Verordening Jeugdhulp Gemeente Zwolle 2018 als volgt te wijzigen:" in quote
    assert ("In artikel 2, eerste lid, wordt ‘worden altijd gewezen’ vervangen door ‘worden altijd schriftelijk"
            " gewezen’.") in quote
    assert "Artikel 2, eerste lid, luidt:\n‘De jeugdige of zijn ouders die zich met een hulpvraag tot het Sociaal" in quote
    besluit = text(project, BESLUIT)
    assert "tot het Sociaal Wijkteam wenden, worden altijd schriftelijk gewezen op de mogelijkheid" in besluit
    revisions, accepted, _ = read((project / REDLINE).read_bytes())
    assert accepted.strip() == besluit.strip()
    assert any(r.kind == "ins" and r.author == "K. Kunstmatig" and r.text == "schriftelijk " for r in revisions)


def test_amendement_on_a_verordening_has_no_beslispunten(project, run):
    write(project, AMENDEMENT.replace("  - artikel: informeren\n    lid: wijzen\n", "  - beslispunt: vaststellen\n"))
    out = errors(run("build", A7))
    assert (f"{A7}:9:17: wijzigingen[0].beslispunt: het amendement wijst een verordening aan, die geen beslispunten"
            " heeft — wijs met 'artikel:' (en 'lid:') een artikel aan") in out


def test_amendement_on_a_verordening_of_another_gemeente(project, run):
    write(project, AMENDEMENT.replace("zwolle-verordening-jeugdhulp-2018", "den-haag-verordening-jeugdhulp-2015")
          .replace("titel: Schriftelijk", "gemeente: zwolle\ntitel: Schriftelijk"))
    out = errors(run("build", A7))
    assert (f"{A7}:3:11: gemeente: het amendement is van 'zwolle', het voorstel"
            " (data/verordeningen/den-haag-verordening-jeugdhulp-2015-familiegroepsplan.yaml) van 'den-haag' — een"
            " amendement wijzigt alleen een voorstel aan het eigen orgaan: wijs met 'voorstel:' een voorstel van 'zwolle' aan, of zet"
            " 'orgaan: den-haag'") in out
