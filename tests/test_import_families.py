"""Families of phrasing the import reads, each member alone (issue 25, fourth pass): indieners given only as fracties,
an outcome told in the page's prose, a reading clause in the opening sentence, a page's own lines (furniture), a
function between name and fractie, a split vote inside a fractie, and an amendement read end to end in each of its
forms. A member no corpus has yet is here too: the rules are written for the family, not for one text."""

from __future__ import annotations

import pytest

from generator.importer import parse_text
from generator.importer.amendement import looks_like, parse_amendement
from generator.importer.people import fracties_in
from generator.importer.site import strip_site
from generator.importer.tail import parse_tail
from generator.importer.tail_rules import status_in_prose
from generator.importer.votes import party_list

_MOTIE = ("Motie Bankjes\n\nDe raad van de gemeente Zwolle, in vergadering bijeen op 8 november 2016{opening}\n\n"
          "Verzoekt het college:\n- bankjes te plaatsen.\n\nEn gaat over tot de orde van de dag.\n\n{tail}\n")


@pytest.mark.parametrize(("text", "announced", "want"), [
    ("CDA, VVD en D66", False, ["CDA", "VVD", "D66"]),
    ("BGE – VE – CU", False, ["BGE", "VE", "CU"]),
    ("GroenLinks & PvdA", False, ["GroenLinks", "PvdA"]),
    ("CDA en DorpsVisie", True, ["CDA", "DorpsVisie"]),
    ("CDA en DorpsVisie", False, []),
    ("Jan Jansen en Piet Peters", True, []),
    ("Jan Jansen (CDA)", True, []),
])
def test_fracties_in_a_list(text: str, announced: bool, want: list[str]) -> None:
    assert fracties_in(text, announced) == want


@pytest.mark.parametrize(("lines", "want"), [
    (["Ondertekend door de volgende fracties:", "ZW14"], ["ZW14"]),
    (["Ondertekend door de volgende fracties:", "CDA, GroenLinks"], ["CDA", "GroenLinks"]),
    (["Fracties CDA en DorpsVisie"], ["CDA", "DorpsVisie"]),
    (["Namens de fracties van VVD, CDA en D66"], ["VVD", "CDA", "D66"]),
    (["Mede-indieners: GroenLinks, PvdA"], ["GroenLinks", "PvdA"]),
    (["Indiener(s): CDA, VVD"], ["CDA", "VVD"]),
    (["Namens: BGE – VE – CU"], ["BGE", "VE", "CU"]),
])
def test_indieners_given_only_as_fracties(lines: list[str], want: list[str]) -> None:
    tail = parse_tail(lines, set())
    assert [(p.naam, p.fractie) for p in tail.indieners] == [("[naam]", f) for f in want]


@pytest.mark.parametrize(("line", "want"), [
    ("deze motie is unaniem aangenomen", ("aangenomen", "unaniem")),
    ("Hierbij de motie zoals die unaniem is aangenomen door de raad.", ("aangenomen", "unaniem")),
    ("De motie werd met algemene stemmen aangenomen.", ("aangenomen", "unaniem")),
    ("Onze motie is helaas verworpen.", ("verworpen", None)),
    ("De motie werd raadsbreed aangenomen.", ("aangenomen", None)),
    ("Het amendement is aangehouden tot de volgende vergadering.", ("aangehouden", None)),
    ("Gelukkig steunde de hele raad een motie van BGE om het college aan te sporen.", ("aangenomen", None)),
    ("De motie kreeg steun van de voltallige raad.", ("aangenomen", None)),
    ("De motie is niet aangenomen.", None),
    ("Het voorstel werd aangenomen.", None),
])
def test_an_outcome_told_in_prose(line: str, want: tuple[str, str | None] | None) -> None:
    told = status_in_prose([line])
    assert (told[:2] if told else None) == want


def test_the_prose_outcome_becomes_status_and_the_sentence_stays() -> None:
    result = parse_text("Deze motie is unaniem aangenomen.\n\n" + _MOTIE.format(opening=",", tail="Jan Jansen, CDA"))
    assert (result.data["status"], result.data["stemming"]) == ("aangenomen", {"uitslag": "unaniem"})
    assert "Deze motie is unaniem aangenomen." in result.data["niet_geplaatst"]
    assert "status-in-tekst" in {f.rule for f in result.findings}


@pytest.mark.parametrize("clause", [
    ", gelezen het voorstel van burgemeester en wethouders d.d. 4 oktober 2016 nr. 2016-48;",
    ", gelezen het concept Bestuursakkoord, agendapunt 4.L, en gehoord de advisering door de commissies;",
    ", gezien het raadsvoorstel over bankjes;",
    ", kennisgenomen hebbende van het raadsvoorstel over bankjes;",
])
def test_a_reading_clause_in_the_opening_is_no_considerans(clause: str) -> None:
    data = parse_text(_MOTIE.format(opening=clause, tail="Jan Jansen, CDA")).data
    assert "constateringen" not in data and data["vergadering"].isoformat() == "2016-11-08"


@pytest.mark.parametrize("line", ["Print Friendly, PDF & Email", "What do you want to do ?", "New mail", "Terug naar boven",
                                  "Type uw zoekwoorden hierboven en druk op Enter om te zoeken. Druk ESC om te annuleren.",
                                  "Deel dit bericht", "Deel op Facebook", "Steun ons en help Nederland vooruit",
                                  "Doe mee Doneer", "Afdrukken"])
def test_a_page_line_is_furniture(line: str) -> None:
    site = strip_site(["Motie Bankjes", line, "Verzoekt het college:"])
    assert site.lines == ["Motie Bankjes", "Verzoekt het college:"] and site.removed == [line]


def test_a_function_between_name_and_fractie_is_kept_beside_the_name() -> None:
    data = parse_text(_MOTIE.format(opening=",", tail="Maaike Moulijn, waarnemend fractievoorzitter Partij voor de Dieren\n"
                                                      "Ariane van Burg, Raadslid GroenLinks")).data
    assert data["indieners"] == [
        {"naam": "Maaike Moulijn", "fractie": "Partij voor de Dieren", "opmerking": "waarnemend fractievoorzitter"},
        {"naam": "Ariane van Burg", "fractie": "GroenLinks", "opmerking": "Raadslid"}]


def test_a_split_vote_inside_a_fractie_is_kept_a_seat_count_is_not() -> None:
    assert party_list("PvdA, GroenLinks (3 voor, 1 tegen), D66 (11)") == ["PvdA", "GroenLinks (3 voor, 1 tegen)", "D66"]


_AMENDEMENT = ("Amendement Bankjes\n\n{head}\n\nDe raad van de gemeente Zwolle, in vergadering bijeen op 8 juli 2019,\n\n"
               "{besluit}\n\n{change}\n\nJan Jansen, CDA\n")


@pytest.mark.parametrize(("head", "voorstel"), [
    ("Betreft: vaststellen structuurvisie “Zwolle groeit”\n\n(agendapunt 48-2013)",
     "vaststellen structuurvisie “Zwolle groeit” (agendapunt 48-2013)"),
    ("Onderwerp Statenvoorstel: Bestuursopdracht Omgevingsvisie\nNummer Statenvoorstel: 1934854",
     "Bestuursopdracht Omgevingsvisie (Statenvoorstel 1934854)"),
    ("Op voorstel PS2016-778, Natuurparagraaf in de Omgevingsverordening.",
     "PS2016-778, Natuurparagraaf in de Omgevingsverordening"),
    ("Amendement op de Wijziging van de Wet op de dierproeven", "Wijziging van de Wet op de dierproeven"),
    ("Statenvoorstel nr. 80/16 Natuurbeleid", "80/16 Natuurbeleid"),
    ("gelezen:\n\nhet raadsvoorstel\n\nVoorjaarsnota 2023", "Voorjaarsnota 2023"),
    ("Onderwerp: Verlenging Convenant OFG", "Verlenging Convenant OFG"),
])
def test_the_voorstel_named_by_each_member_of_its_family(head: str, voorstel: str) -> None:
    text = _AMENDEMENT.format(head=head, besluit="Besluit:", change="Beslispunt 2 te schrappen.")
    assert parse_amendement(text).data["extern"]["voorstel"] == voorstel


@pytest.mark.parametrize("line", ["Stelt het volgende amendement voor:", "De ondergetekende stelt het volgende amendement voor:",
                                  "dient het volgende amendement in:"])
def test_a_text_that_says_it_proposes_an_amendement_is_one_even_with_a_slot(line: str) -> None:
    text = _AMENDEMENT.format(head="", besluit=line, change="Aan het besluit een vierde punt toe te voegen, met de volgende"
                              " tekst:\n\n4. Het college meldt het.\n\nEn gaat over tot de orde van de dag.")
    assert looks_like(text)
    change = parse_amendement(text).data["extern"]["wijzigingen"][0]
    assert (change["actie"], change["soort"], change["wordt"], change.get("nummer")) == (
        "toevoegen", "beslispunt", "Het college meldt het.", "4")


def test_the_old_text_a_removal_names_above_comes_from_the_considerans() -> None:
    text = _AMENDEMENT.format(
        head="", besluit="Constaterende dat:\n• op pagina 19, doel 7 de volgende tekst is opgenomen: Wij stellen de doelen"
        " bij.\n\nBesluit:", change="De tekst op pagina 19, doel 7 (hierboven weergegeven) weg te laten.")
    change = parse_amendement(text).data["extern"]["wijzigingen"][0]
    assert (change["actie"], change["oorspronkelijk"]) == ("schrappen", "Wij stellen de doelen bij.")


@pytest.mark.parametrize(("adjective", "want"), [("Gelderse", "gelderland"), ("Brabantse", "noord-brabant"),
                                                 ("Zeeuwse", "zeeland")])
def test_provinciale_staten_without_a_name_and_one_provincie_by_its_adjective(adjective: str, want: str) -> None:
    text = (f"Motie Ganzen\n\nVergadering Provinciale Staten op 3 juni 2015\n\nconstaterende dat\n  • de {adjective} ganzen"
            " sterven;\n\nverzoeken Gedeputeerde Staten\n  • dat te stoppen;\n\nen gaan over tot de orde van de dag.\n\n"
            "Luuk van der Veer\nPartij voor de Dieren\n")
    result = parse_text(text)
    assert result.orgaan == (want, "provincie") and "orgaan-uit-bijvoeglijk" in {f.rule for f in result.findings}


def test_two_provincies_by_adjective_name_none() -> None:
    text = ("Motie Ganzen\n\nVergadering Provinciale Staten op 3 juni 2015\n\nconstaterende dat\n  • Gelderse en Brabantse"
            " ganzen sterven;\n\nverzoeken Gedeputeerde Staten\n  • dat te stoppen;\n\nen gaan over tot de orde van de dag.\n")
    assert parse_text(text).orgaan is None


@pytest.mark.parametrize(("opening", "want"), [
    ("De raad van de gemeente Zutphen in vergadering bijeen,", "2023-06-05"),  # an opening without its date: the page's
    ("", None),  # no opening at all: the page's date is no meeting's (tests/import_real zuid-holland)
])
def test_the_page_date_under_the_title_dates_an_opening_without_its_own(opening: str, want: str | None) -> None:
    data = parse_text(f"Motie Bankjes\n\n\n5 juni 2023\n\n{opening}\n\nVerzoekt het college:\n- bankjes te plaatsen.\n\n"
                      "En gaat over tot de orde van de dag.\n\nJan Jansen, CDA\n").data
    got = data.get("vergadering")
    assert (got.isoformat() if hasattr(got, "isoformat") else None) == want


@pytest.mark.parametrize("label", ["Mede-indiener(s)", "Mede-indieners", "Indiener(s)", "Indiener"])
def test_an_indieners_label_with_or_without_its_plural_mark(label: str) -> None:
    data = parse_text(f"Motie Bankjes\n\n{label}: Iris Vellema (PvdD)\n\nDe raad van de gemeente Zutphen in vergadering"
                      " bijeen op 5 juni 2023,\n\nVerzoekt het college:\n- bankjes te plaatsen.\n\nEn gaat over tot de orde"
                      " van de dag.\n").data
    assert data["indieners"] == [{"naam": "Iris Vellema", "fractie": "PvdD"}]


@pytest.mark.parametrize("line", ["De Goudse raad spreekt derhalve uit:", "De raad spreekt daarom uit dat",
                                  "Provinciale Staten verzoeken derhalve Gedeputeerde Staten:",
                                  "Het algemeen bestuur verzoekt het dagelijks bestuur:", "Wij roepen dan ook het college op:",
                                  "Het college te verzoeken:", "Het dagelijks bestuur op te dragen:",
                                  "Gedeputeerde Staten op te roepen om:"])
def test_a_dictum_header_with_its_subject_and_a_linking_adverb(line: str) -> None:
    from generator.importer.headers import match_header

    header = match_header(line)
    assert header is not None and header.kind == "verzoeken" and header.rest == ""
