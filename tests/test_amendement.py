"""Raadsvoorstel, amendementen, the raadsbesluit as amended and its redline: samples and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.word.docxtext import document_text
from generator.word.revisions import read

VOORSTEL = "data/raadsvoorstellen/2025-zwolle-familiegroepsplan-verordening-jeugdhulp.yaml"
A1 = "data/amendementen/2025-zwolle-a1-ondersteuning-kosteloos.yaml"
A2 = "data/amendementen/2025-zwolle-a2-evaluatie-eerder.yaml"
A3 = "data/amendementen/2025-zwolle-a3-verslag-openbaar.yaml"
S1 = "data/amendementen/2025-zwolle-s1-evaluatie-achttien-maanden.yaml"
HAAG = "data/amendementen/2025-den-haag-a1-budget-familiegroepsplannen.yaml"
BESLUIT = "build/raadsvoorstellen/2025-zwolle-familiegroepsplan-verordening-jeugdhulp-raadsbesluit.docx"
REDLINE = "build/raadsvoorstellen/2025-zwolle-familiegroepsplan-verordening-jeugdhulp-redline.docx"
HAAG_REDLINE = "build/raadsvoorstellen/2025-den-haag-begrotingswijziging-familiegroepsplan-redline.docx"


@pytest.fixture(autouse=True)
def in_project(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    final(project)


def final(project: Path) -> None:
    """The sample voorstellen are concepts (no griffier in the profiles); these tests read the besluit's
    text, so they make them final (the CONCEPT mark has its own tests in test_strict_voorstellen.py)."""
    for voorstel in (VOORSTEL, "data/raadsvoorstellen/2025-den-haag-begrotingswijziging-familiegroepsplan.yaml"):
        edit(project, voorstel, "\nconcept: ja\n", "\n")


def text(project: Path, out: str) -> str:
    return document_text((project / out).read_bytes(), body_only=True)


def built(project: Path, source: str) -> str:
    return text(project, "build/" + str(Path(source).relative_to("data").with_suffix(".docx")))


def edit(project: Path, name: str, old: str, new: str) -> None:
    path = project / name
    content = path.read_text("utf-8")
    assert old in content, old
    path.write_text(content.replace(old, new), "utf-8")



def own_fields(project: Path) -> None:
    """The sample vergadering decides these stukken; without it their own status, vote and order hold, as for
    any file no vergadering treats."""
    (project / "data" / "vergaderingen" / "2025-03-10-zwolle-raad.yaml").unlink()

def test_samples_build(project, run):
    result = run("build")
    assert result.exit_code == 0, result.output
    for out in (BESLUIT, REDLINE, HAAG_REDLINE):
        assert (project / out).is_file()
    voorstel = built(project, VOORSTEL)
    assert "gelezen het voorstel van burgemeester en wethouders van 11 februari 2025;" in voorstel
    assert "2. het college te verzoeken de werking van deze artikelen binnen twee jaar" in voorstel
    assert "Aangenomen in de vergadering van 10 maart 2025 met 33 stemmen voor en 6 tegen." in voorstel


def test_amendement_quotes_the_voorstel(project, run):
    assert run("build").exit_code == 0
    a2 = built(project, A2)
    assert "In beslispunt 2 wordt ‘binnen twee jaar’ vervangen door ‘binnen één jaar’." in a2
    assert "Beslispunt 2 luidt:\n‘het college te verzoeken de werking van deze artikelen binnen twee jaar" in a2
    assert "De raad van de gemeente Zwolle, in vergadering bijeen op maandag 10 maart 2025" in a2
    a1 = built(project, A1)
    assert "Artikel 2, tweede lid, luidt:\n‘Indien de jeugdige of zijn ouders dat wensen, biedt het college ondersteuning" in a1
    assert "Na artikel 4, tweede lid, wordt een lid ingevoegd, luidende:" in built(project, A3)
    assert "besluit amendement A2 ‘Evaluatie na één jaar’ als volgt te wijzigen:" in built(project, S1)
    assert "Dekking\nDe extra € 150.000" in built(project, HAAG)


def test_changing_a_beslispunt_changes_every_quote(project, run):
    assert run("build").exit_code == 0
    edit(project, VOORSTEL, "binnen twee jaar na inwerkingtreding", "binnen twee jaar na de inwerkingtreding")
    assert run("build").exit_code == 0
    assert "binnen twee jaar na de inwerkingtreding te evalueren.’" in built(project, A2)
    assert "binnen één jaar na de inwerkingtreding te evalueren.’" in built(project, A2)
    assert "binnen achttien maanden na de inwerkingtreding te evalueren.’" in built(project, S1)
    assert "binnen achttien maanden na de inwerkingtreding" in text(project, BESLUIT)


def test_raadsbesluit_applies_the_adopted_amendementen(project, run):
    assert run("build").exit_code == 0
    besluit = text(project, BESLUIT)
    assert besluit.startswith("Raadsbesluit\nWijziging Verordening Jeugdhulp (familiegroepsplan)\nDe raad van de gemeente Zwolle;\n")
    assert "biedt het college kosteloos ondersteuning" in besluit  # A1, on a lid
    assert "2. het college te verzoeken de werking van deze artikelen binnen achttien maanden" in besluit  # A2 as S1 changed it
    assert "openbaar op de website" not in besluit  # A3 verworpen
    assert "Aldus vastgesteld in de openbare vergadering van 10 maart 2025." in besluit


def test_no_raadsbesluit_before_the_decision(project, run):
    own_fields(project)
    edit(project, VOORSTEL, "  status: aangenomen\n  stemming:\n    uitslag: 33", "  status: aangehouden\n  stemming:\n    uitslag: 33")
    assert run("build").exit_code == 0
    assert not (project / BESLUIT).exists()
    assert (project / "build/raadsvoorstellen/2025-zwolle-familiegroepsplan-verordening-jeugdhulp.docx").is_file()


def test_redline_has_tracked_changes_and_accepting_them_gives_the_besluit(project, run):
    assert run("build").exit_code == 0
    for redline, besluit in ((REDLINE, BESLUIT), (HAAG_REDLINE, HAAG_REDLINE.replace("redline", "raadsbesluit"))):
        revisions, accepted, rejected = read((project / redline).read_bytes())
        assert revisions
        assert accepted.strip() == text(project, besluit).strip()
        assert "binnen twee jaar" in rejected or "€ 500.000" in rejected
    revisions, _, _ = read((project / REDLINE).read_bytes())
    kinds = {(r.kind, r.author, r.date, r.text) for r in revisions}
    assert ("ins", "A. Voorbeeld en B. Denkbeeld", "2025-03-10T00:00:00Z", " kosteloos") in kinds
    assert ("del", "C. Verzonnen", "2025-03-10T00:00:00Z", "twee") in kinds


def test_redline_of_an_added_lid_and_beslispunt(project, run):
    own_fields(project)
    edit(project, A3, "status: verworpen", "status: aangenomen")
    assert run("build").exit_code == 0
    besluit = text(project, BESLUIT)
    assert "3. Het college maakt het verslag openbaar op de website van de gemeente." in besluit
    revisions, accepted, rejected = read((project / REDLINE).read_bytes())
    assert accepted.strip() == besluit.strip()
    assert "openbaar op de website" not in rejected
    assert any(r.kind == "ins" and r.author == "E. Bedacht" for r in revisions)


def errors(result) -> str:
    assert result.exit_code != 0, result.output
    return result.output


def test_unknown_label_says_bedoelt_u(project, run):
    edit(project, A2, "beslispunt: evaluatie", "beslispunt: evaluatei")
    out = errors(run("build", A2))
    assert f"{A2}:10:17: wijzigingen[0].beslispunt: onbekend beslispunt 'evaluatei' — bedoelt u 'evaluatie'?" in out


def test_unknown_lid(project, run):
    edit(project, A1, "lid: ondersteunen", "lid: ondersteuning")
    out = errors(run("build", A1))
    assert f"{A1}:13:10: wijzigingen[0].lid: onbekend lid 'ondersteuning' — bedoelt u 'ondersteunen'?" in out


def test_phrase_not_in_target(project, run):
    edit(project, A2, "zinsdeel: binnen twee jaar", "zinsdeel: binnen drie jaar")
    out = errors(run("build", A2))
    assert f"{A2}:11:15: wijzigingen[0].zinsdeel: 'binnen drie jaar' staat niet in beslispunt 2" in out
    assert "neem de woorden precies zo over" in out


def test_overlapping_adopted_amendementen_name_both_files(project, run):
    (project / "data/amendementen/2025-zwolle-a4-dubbel.yaml").write_text(
        (project / A2).read_text("utf-8").replace("nummer: A2", "nummer: A4").replace("stemmingsvolgorde: 3", "stemmingsvolgorde: 5")
        .replace("vervangen_door: binnen één jaar", "vervangen_door: binnen drie jaar"), "utf-8")
    out = errors(run("check"))
    assert ("data/amendementen/2025-zwolle-a4-dubbel.yaml:10:5: wijzigingen[0]: deze wijziging van beslispunt 2 overlapt"
            f" met die van amendement A2 ({A2}:10), en beide zijn aangenomen") in out


def test_subamendement_after_its_amendement(project, run):
    own_fields(project)
    edit(project, S1, "stemmingsvolgorde: 1", "stemmingsvolgorde: 6")
    out = errors(run("check"))
    assert (f"{S1}:8:20: stemmingsvolgorde: het subamendement staat op plaats 6 in de stemmingsvolgorde, na (of op)"
            f" zijn amendement (plaats 3, {A2}:7)") in out
    assert "geef het een plaats lager dan 3" in out


def test_amount_change_without_dekking(project, run):
    edit(project, HAAG, "dekking: De extra € 150.000 komt ten laste van de post onvoorzien in programma Financiën.\n", "")
    out = errors(run("build", HAAG))
    assert (f"{HAAG}:11:13: wijzigingen[0].bedrag: deze wijziging verschuift een bedrag, maar het amendement noemt geen"
            " dekking — voeg 'dekking:' toe: waar het geld vandaan komt (of naartoe gaat)") in out
    assert f"{HAAG}:13:13: wijzigingen[1].bedrag: deze wijziging verschuift een bedrag" in out


def test_amendement_of_another_gemeente(project, run):
    edit(project, A2, "titel: Evaluatie na één jaar", "gemeente: den-haag\ntitel: Evaluatie na één jaar")
    out = errors(run("build", A2))
    assert (f"{A2}:4:11: gemeente: het amendement is van 'den-haag', het voorstel ({VOORSTEL}) van 'zwolle' — een"
            " amendement wijzigt alleen een voorstel aan het eigen orgaan: wijs met 'voorstel:' een voorstel van 'den-haag' aan, of zet"
            " 'orgaan: zwolle'") in out


def test_amendement_on_a_voorstel_of_another_orgaan(project, run):
    edit(project, A2, "titel: Evaluatie na één jaar", "orgaan: den-haag\ntitel: Evaluatie na één jaar")
    out = errors(run("build", A2))
    assert (f"{A2}:4:9: gemeente: het amendement is van 'den-haag', het voorstel ({VOORSTEL}) van 'zwolle' — een"
            " amendement wijzigt alleen een voorstel aan het eigen orgaan: wijs met 'voorstel:' een voorstel van 'den-haag' aan, of zet"
            " 'orgaan: zwolle'") in out


def test_text_no_longer_there(project, run):
    (project / "data/amendementen/2025-zwolle-a4-later.yaml").write_text(
        (project / A1).read_text("utf-8").replace("nummer: A1", "nummer: A4").replace("stemmingsvolgorde: 2", "stemmingsvolgorde: 5")
        .replace("zinsdeel: biedt het college ondersteuning", "zinsdeel: door een onafhankelijke derde")
        .replace("vervangen_door: biedt het college kosteloos ondersteuning", "vervangen_door: door een derde"), "utf-8")
    assert run("build").exit_code == 0  # no overlap: both apply
    assert "kosteloos ondersteuning bij het opstellen van het familiegroepsplan, bedoeld in het eerste lid, door een derde" in text(project, BESLUIT)


def test_libreoffice_recognises_the_tracked_changes(project, run, soffice, tmp_path):
    import re
    import subprocess
    import zipfile

    assert run("build").exit_code == 0
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "odt",
                    "--outdir", str(tmp_path / "out"), str(project / REDLINE)], check=True, capture_output=True, timeout=180)
    content = zipfile.ZipFile(tmp_path / "out" / (Path(REDLINE).stem + ".odt")).read("content.xml").decode("utf-8")
    regions = re.findall(r"<text:(insertion|deletion)><office:change-info><dc:creator>([^<]*)</dc:creator>"
                         r"<dc:date>([^<]*)</dc:date>", content)
    assert ("insertion", "A. Voorbeeld en B. Denkbeeld", "2025-03-10") in regions
    assert ("deletion", "C. Verzonnen", "2025-03-10") in regions
    assert len(regions) == len(read((project / REDLINE).read_bytes())[0])


def test_redline_credits_the_subamendement(project, run):
    own_fields(project)
    edit(project, A2, "vervangen_door: binnen één jaar", "vervangen_door: uiterlijk binnen één jaar")
    edit(project, S1, "status: aangenomen", "status: aangenomen\nstatus_datum: 2025-03-09")
    assert run("build").exit_code == 0
    besluit = text(project, BESLUIT)
    assert "de werking van deze artikelen uiterlijk binnen achttien maanden na inwerkingtreding" in besluit
    revisions, accepted, _ = read((project / REDLINE).read_bytes())
    assert accepted.strip() == besluit.strip()
    kinds = {(r.kind, r.author, r.date, r.text) for r in revisions}
    assert ("ins", "C. Verzonnen", "2025-03-10T00:00:00Z", "uiterlijk ") in kinds  # A2's own words
    assert ("del", "C. Verzonnen", "2025-03-10T00:00:00Z", "twee") in kinds
    assert ("ins", "D. Fictief", "2025-03-09T00:00:00Z", "achttien") in kinds  # S1's words, its vote date
    assert ("ins", "D. Fictief", "2025-03-09T00:00:00Z", "maanden") in kinds
