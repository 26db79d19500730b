"""Amendementen that add or remove a whole article: the quote, the renumbering of every reference in
the raadsbesluit, and the errors when a later change or a reference points at what went."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.word.revisions import read
from tests.test_amendement import A3, BESLUIT, REDLINE, edit, errors, final, text

HEADER = """soort: amendement
voorstel: raadsvoorstellen/2025-zwolle-familiegroepsplan-verordening-jeugdhulp.yaml
titel: {titel}
nummer: {nummer}
vergadering: 2025-03-10
stemmingsvolgorde: {plaats}

wijzigingen:
"""
A5 = "data/amendementen/2025-zwolle-a5-klachten.yaml"
A6 = "data/amendementen/2025-zwolle-a6-schrappen.yaml"
KLACHTEN = """  - artikel: informeren
    toevoegen_na:
      label: klachten
      titel: Klachten
      leden:
        - Een jeugdige of ouder kan een klacht indienen over de ondersteuning, bedoeld in [[informeren.ondersteunen]].
        - Het college behandelt de klacht binnen zes weken.
"""
TAIL = "\nindieners:\n  - naam: {naam}\nstatus: aangenomen\n"


@pytest.fixture(autouse=True)
def in_project(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    final(project)


def write(project: Path, name: str, nummer: str, plaats: int, changes: str, naam: str) -> None:
    header = HEADER.format(titel=f"Voorbeeld {nummer}", nummer=nummer, plaats=plaats)
    (project / name).write_text(header + changes + TAIL.format(naam=naam), "utf-8")


def built(project: Path, name: str) -> str:
    return text(project, "build/" + str(Path(name).relative_to("data").with_suffix(".docx")))


def test_inserted_article_renumbers_every_reference(project, run):
    write(project, A5, "A5", 5, KLACHTEN, "G. Gefingeerd")
    result = run("build")
    assert result.exit_code == 0, result.output
    quote = built(project, A5)
    assert "Na artikel 2 wordt een artikel ingevoegd, luidende:\n‘Artikel 3. Klachten 1. Een jeugdige of ouder kan" in quote
    assert "bedoeld in artikel 2, tweede lid. 2. Het college behandelt de klacht binnen zes weken.’" in quote
    besluit = text(project, BESLUIT)
    assert "Artikel 3. Klachten\n1. Een jeugdige of ouder" in besluit
    assert "Artikel 4. Onderzoek\n" in besluit and "Artikel 5. Verantwoording over familiegroepsplannen\n" in besluit
    # artikel 3 (onderzoek) became artikel 4, and so did the reference to its derde lid in (new) artikel 5
    assert "als uitgangspunt namen bij het onderzoek, bedoeld in artikel 4, derde lid." in besluit
    assert "artikel 3, derde lid" not in besluit
    revisions, accepted, rejected = read((project / REDLINE).read_bytes())
    assert accepted.strip() == besluit.strip()
    assert "artikel 3, derde lid" in rejected and "Klachten" not in rejected
    kinds = {(r.kind, r.author, r.text) for r in revisions}
    assert ("ins", "G. Gefingeerd", "Artikel 3. Klachten") in kinds
    assert ("del", "Griffie Zwolle", "3,") in kinds and ("ins", "Griffie Zwolle", "4,") in kinds


def test_removed_article_goes_and_the_others_move_up(project, run):
    write(project, A6, "A6", 6, "  - artikel: begrippen\n    schrappen: ja\n", "H. Hypothetisch")
    result = run("build")
    assert result.exit_code == 0, result.output
    quote = built(project, A6)
    assert "Artikel 1 vervalt.\nArtikel 1 luidt:\n‘Artikel 1. Begripsbepalingen 1. In deze verordening" in quote
    besluit = text(project, BESLUIT)
    assert "Begripsbepalingen" not in besluit
    assert "Artikel 1. Familiegroepsplan bij de melding\n" in besluit
    assert "na een melding als bedoeld in artikel 1, eerste lid, is opgesteld" in besluit
    assert "bedoeld in artikel 2, derde lid." in besluit
    _, accepted, rejected = read((project / REDLINE).read_bytes())
    assert accepted.strip() == besluit.strip()
    assert "Artikel 1. Begripsbepalingen" in rejected


def test_removing_a_referenced_article(project, run):
    write(project, A6, "A6", 6, "  - artikel: onderzoek\n    schrappen: ja\n", "H. Hypothetisch")
    out = errors(run("check"))
    assert (f"{A6}:9:5: wijzigingen[0]: verwijzing naar onbekend label 'onderzoek.uitgangspunt': deze wijziging schrapt"
            " artikel 3, maar de verordening verwijst er nog naar — laat het amendement ook die verwijzing wijzigen of"
            " schrappen") in out


def test_change_whose_target_text_is_no_longer_there(project, run):
    write(project, A6, "A6", 3, "  - artikel: verantwoording\n    schrappen: ja\n", "H. Hypothetisch")
    (project / "data" / "vergaderingen" / "2025-03-10-zwolle-raad.yaml").unlink()  # A3's own status holds without it
    edit(project, A3, "status: verworpen", "status: aangenomen")
    out = errors(run("check"))
    assert (f"{A3}:10:14: wijzigingen[0].artikel: de tekst die deze wijziging aanwijst staat niet meer in het besluit:"
            f" amendement A6 ({A6}:9), eerder in de stemmingsvolgorde aangenomen, heeft artikel 4 al geschrapt — laat"
            " het amendement een tekst aanwijzen die na de eerdere amendementen nog bestaat, of controleer"
            " 'stemmingsvolgorde:' en 'status:'") in out


def test_new_article_with_a_label_already_taken(project, run):
    write(project, A5, "A5", 5, KLACHTEN.replace("label: klachten", "label: onderzoek"), "G. Gefingeerd")
    out = errors(run("build", A5))
    assert (f"{A5}:11:14: wijzigingen[0].toevoegen_na.label: de verordening heeft al een artikel met het label 'onderzoek'"
            " — geef het nieuwe artikel een eigen 'label:'") in out


def test_new_article_only_beside_a_whole_article(project, run):
    write(project, A5, "A5", 5, KLACHTEN.replace("  - artikel: informeren\n", "  - artikel: informeren\n    lid: ondersteunen\n"),
          "G. Gefingeerd")
    out = errors(run("build", A5))
    assert ("een nieuw artikel (met 'label:', 'titel:' en 'leden:') komt na of vóór een heel artikel — geef alleen"
            " 'artikel:', zonder 'lid:', 'onderdeel:' of 'zinsdeel:'") in out


def test_an_amendements_own_reference_follows_the_renumbering(project, run):
    write(project, A5, "A5", 5, KLACHTEN, "G. Gefingeerd")
    (project / "data" / "vergaderingen" / "2025-03-10-zwolle-raad.yaml").unlink()  # A3's own status holds without it
    edit(project, A3, "status: verworpen", "status: aangenomen")
    edit(project, A3, "toevoegen_na: Het college maakt het verslag openbaar op de website van de gemeente.",
         "toevoegen_na: Het college maakt het verslag over het onderzoek, bedoeld in [[onderzoek.uitgangspunt]], openbaar.")
    result = run("build")
    assert result.exit_code == 0, result.output
    # the amendement quotes the ontwerp's numbers; the besluit, after A5 inserted an article, the new ones
    assert "over het onderzoek, bedoeld in artikel 3, derde lid, openbaar.’" in built(project, A3)
    besluit = text(project, BESLUIT)
    assert "3. Het college maakt het verslag over het onderzoek, bedoeld in artikel 4, derde lid, openbaar." in besluit
    _, accepted, _ = read((project / REDLINE).read_bytes())
    assert accepted.strip() == besluit.strip()


def test_an_amendements_unknown_reference(project, run):
    edit(project, A3, "toevoegen_na: Het college maakt het verslag openbaar op de website van de gemeente.",
         "toevoegen_na: Het college maakt het verslag over [[onderzoek.uitgangpunt]] openbaar.")
    out = errors(run("build", A3))
    assert (f"{A3}:12:19: wijzigingen[0].toevoegen_na: verwijzing naar onbekend label 'onderzoek.uitgangpunt'"
            " — bedoelt u [[onderzoek.uitgangspunt]]?") in out


def test_inserted_lid_renumbers_the_references_to_the_next(project, run):
    write(project, A5, "A5", 5, "  - artikel: informeren\n    lid: ondersteunen\n    toevoegen_voor: Het college"
          " wijst daarbij op de mogelijkheid van ondersteuning.\n", "G. Gefingeerd")
    result = run("build")
    assert result.exit_code == 0, result.output
    assert "Vóór artikel 2, tweede lid, wordt een lid ingevoegd, luidende:" in built(project, A5)
    besluit = text(project, BESLUIT)
    assert "2. Het college wijst daarbij op de mogelijkheid van ondersteuning.\n3. Indien de jeugdige" in besluit
    # the lid "ondersteunen" moved from the second to the third place, and so did every reference to it
    assert "en over de ondersteuning, bedoeld in artikel 2, derde lid." in besluit
    _, accepted, rejected = read((project / REDLINE).read_bytes())
    assert accepted.strip() == besluit.strip()
    assert "en over de ondersteuning, bedoeld in artikel 2, tweede lid." in rejected


def test_article_removed_after_a_lid_was_added_to_it(project, run):
    (project / "data" / "vergaderingen" / "2025-03-10-zwolle-raad.yaml").unlink()  # A3's own status holds without it
    edit(project, A3, "status: verworpen", "status: aangenomen")
    write(project, A6, "A6", 6, "  - artikel: verantwoording\n    schrappen: ja\n", "H. Hypothetisch")
    result = run("build")
    assert result.exit_code == 0, result.output
    besluit = text(project, BESLUIT)
    assert "Verantwoording" not in besluit and "openbaar op de website" not in besluit
    _, accepted, rejected = read((project / REDLINE).read_bytes())
    assert accepted.strip() == besluit.strip()
    assert "openbaar op de website" not in rejected
