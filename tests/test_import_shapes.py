"""Shapes of real moties the importer learned from the held-out set (tests/import_heldout), each with a
short literal text and what must not happen."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.importer import parse_text
from generator.importer.headers import match_header

OPENING = "De raad van de gemeente Utrecht, in vergadering bijeen op 5 juli 2018,\n\n"
DICTUM = "Verzoekt het college:\n- een plan te maken.\n\nEn gaat over tot de orde van de dag.\n"


@pytest.mark.parametrize(("line", "kop", "rest"), [
    ("verzoekt de Raad uit te spreken dat", "verzoekt de Raad uit te spreken dat:", ""),
    ("verzoekt de Voorzitter, een voorstel te doen", "verzoekt de Voorzitter:", "een voorstel te doen"),
    ("Verzoekt het college van dijkgraaf en heemraden om;", "Verzoekt het college van dijkgraaf en heemraden om:", ""),
    ("X Spreken uit (dictum)", "X Spreken uit (dictum):", ""),
])
def test_the_addressee_and_its_tail_stay_in_the_header(line: str, kop: str, rest: str) -> None:
    header = match_header(line)
    assert header is not None and header.kind == "verzoeken"
    assert (header.kop, header.rest) == (kop, rest)


def test_a_word_starting_with_x_is_no_checkbox() -> None:
    assert match_header("Xavier spreekt uit dat het mooi is") is None


def test_a_bare_number_after_motie_is_its_number() -> None:
    data = parse_text("Motie Wijkraden\n\nMotie 166/2018\n\n" + OPENING + DICTUM).data
    assert (data["titel"], data["nummer"]) == ("Wijkraden", "166/2018")


def test_a_year_less_opening_takes_the_year_of_the_page_date() -> None:
    result = parse_text("Motie Wijkraden\n\n5 juli 2018\n\nDe gemeenteraad van Utrecht, bijeen op 5 juli, ter"
                        " bespreking van de Voorjaarsnota,\n\n" + DICTUM)
    assert result.data["vergadering"] == dt.date(2018, 7, 5)
    assert any("noemt geen jaar" in w for w in result.warnings)
    assert "niet_geplaatst" not in result.data


def test_a_year_less_opening_without_a_page_date_stays_open() -> None:
    result = parse_text("Motie Wijkraden\n\nDe gemeenteraad van Utrecht, bijeen op 5 juli,\n\n" + DICTUM)
    assert "vergadering" not in result.data or not isinstance(result.data["vergadering"], dt.date)


def test_concept_motie_is_marked_as_a_concept() -> None:
    result = parse_text('Concept motie "geef bewoners de ruimte"\n\n' + OPENING + DICTUM)
    assert result.data["concept"] is True and result.data["titel"] == "geef bewoners de ruimte"


def test_a_capitalised_title_takes_its_normal_case_copy() -> None:
    result = parse_text("Nieuwe invulling DB\n\nMotie ‘NIEUWE INVULLING DB’\n\n" + OPENING + DICTUM)
    assert result.data["titel"] == "Nieuwe invulling DB"


def test_a_slot_glued_to_the_last_point_is_split_off() -> None:
    result = parse_text("Motie X\n\n" + OPENING + "Spreekt uit:\nDat het goed is en gaat over tot de orde van de"
                        " dag.\n")
    assert result.data["verzoeken"]["punten"] == ["Dat het goed is"]
    assert result.data.get("slot", "En gaat over tot de orde van de dag.") == "En gaat over tot de orde van de dag."


def test_a_fractie_named_after_its_member_keeps_its_name() -> None:
    result = parse_text("Motie X\n\n" + OPENING + DICTUM + "\nIngediend door: P.A. van der Starre (Fractie van der"
                        " Starre), J. Luijendijk (PvdD) M.A. Khedoe (DENK)\n")
    assert result.data["indieners"] == [
        {"naam": "P.A. van der Starre", "fractie": "Fractie van der Starre"},
        {"naam": "J. Luijendijk", "fractie": "PvdD"}, {"naam": "M.A. Khedoe", "fractie": "DENK"}]


def test_ter_behandeling_van_an_agendapunt_vreemd_aan_de_orde() -> None:
    result = parse_text('Motie X\n\nDe gemeenteraad van de gemeente Arnhem, bijeen op 18 december 2017, ter'
                        ' behandeling van het agendapunt "moties vreemd aan de orde",\n\n' + DICTUM)
    assert result.data["vreemd_aan_de_orde"] is True
    assert result.data["voorstel"]["inleiding"] == "ter behandeling van"


def test_a_motie_quoted_in_one_paragraph_is_divided_and_said() -> None:
    result = parse_text("MOTIE samen verantwoordelijk. De Raad van de gemeente Noordwijk in vergadering bijeen op 15"
                        " februari 2018. Spreekt uit: 1. Dat zij samen verantwoordelijk zijn; 2. Acties die de"
                        " gemeente schaden keuren zij af. En gaat over tot de orde van de dag.\n")
    assert result.data["titel"] == "samen verantwoordelijk"
    assert result.data["vergadering"] == dt.date(2018, 2, 15)
    assert result.data["verzoeken"]["punten"] == ["Dat zij samen verantwoordelijk zijn;",
                                                  "Acties die de gemeente schaden keuren zij af."]
    assert any("in één alinea" in w for w in result.warnings)


def test_a_long_paragraph_of_prose_is_no_motie() -> None:
    from generator.errors import UserError

    prose = ("Vorige week stond een bericht in de krant over de gemeente, die de raad volgens velen verzoekt om meer"
             " te doen, en waarin de wethouder zegt dat het college het voorstel overweegt. ") * 3
    with pytest.raises(UserError, match="geen motie herkend"):
        parse_text(prose + "\n")


def test_pairs_on_one_line_are_two_fields_and_said() -> None:
    result = parse_text("Motie X\n\n" + OPENING + DICTUM + "\nFractie: Partij voor de Dieren Naam: Anjo Travaille\n"
                        "Fractie: 50+ Naam: Rob van den Hoek\n")
    assert result.data["indieners"] == [{"naam": "Anjo Travaille", "fractie": "Partij voor de Dieren"},
                                        {"naam": "Rob van den Hoek", "fractie": "50+"}]
    assert "'Fractie:' (2×), 'Naam:' (2×) gelezen als de kolommen van de ondertekening" in result.warnings


def test_a_fractie_without_its_name_is_kept() -> None:
    result = parse_text("Motie X\n\n" + OPENING + DICTUM + "\nFractie: Partij voor de Dieren\n")
    assert "Fractie: Partij voor de Dieren" in result.data["niet_geplaatst"]


def test_headers_behind_bullets_are_read_as_headers() -> None:
    result = parse_text("Motie X\n\n" + OPENING + "• constaterende dat, het regent;\n• Spreekt uit dat, het"
                        " droog moet;\n\nen gaat over tot de orde van de dag.\n")
    assert result.data["constateringen"] == {"kop": "constaterende dat:", "punten": ["het regent;"]}
    assert result.data["verzoeken"]["kop"] == "Spreekt uit dat:"
    assert any("opsommingsteken" in w for w in result.warnings)


def test_a_blog_quoting_a_motie_is_no_afdoeningsbrief_and_keeps_its_text() -> None:
    result = parse_text("Nieuws over de vlag\n\nDe fractie wil een vlag.\n\nDe tekst van de motie luidt als"
                        " volgt:\n\n" + OPENING + DICTUM)
    assert "De fractie wil een vlag." in result.data["niet_geplaatst"]
    assert not any("afdoeningsbrief" in n for n in result.notes)


def test_glued_initials_are_a_name_and_a_judgement_stays_in_the_header() -> None:
    from generator.importer.people import is_name

    assert is_name("W.van der Steeg") and is_name("J.Verweij") and not is_name("Partij voor de Dieren")
    header = match_header("Spreekt haar afkeuring uit over de handelwijze van het college.")
    assert header is not None and header.kop == "Spreekt haar afkeuring uit:"


def test_an_iso_date_and_a_kamer_page_date() -> None:
    from generator.importer.dates import first_date

    assert first_date("2010-04-14") == dt.date(2010, 4, 14)
    result = parse_text("Motie X\n\n22 december 2023\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
                        "verzoekt de regering:\n- iets te doen,\n\nen gaat over tot de orde van de dag.\n\nOuwehand\n")
    assert result.data["vergadering"] == dt.date(2023, 12, 22)
    assert any("op de pagina is genomen" in w for w in result.warnings)


def test_a_lone_surname_named_in_the_title_signs() -> None:
    text = ("Motie Ouwehand over dierenleed\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering:\n"
            "- iets te doen,\n\nen gaat over tot de orde van de dag.\n\n{}\n")
    assert parse_text(text.format("Ouwehand")).data["indieners"] == [{"naam": "Ouwehand"}]
    unsigned = parse_text(text.format("Campagne"))  # a lone word is no signature; the Kamer title names the indiener
    assert unsigned.data["indieners"] == [{"naam": "Ouwehand"}] and unsigned.data["niet_geplaatst"] == ["Campagne"]
    assert [f.rule for f in unsigned.findings if "Ouwehand" in f.message] == ["indiener-uit-titel"]
