"""Each rule of the import's rule tables, alone: a line it must take, the role it gives, and that every rule has
such an example here (a new rule comes with its line; docs/import.md says how). Then the findings: each names a
rule and says what was decided."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.importer import import_file, parse_text
from generator.importer.changes import CHANGE, read_changes
from generator.importer.kinds import KIND, kind_of
from generator.importer.preamble_rules import PREAMBLE, label_preamble, page_state
from generator.importer.registry import REGISTRY, rewrite
from generator.importer.roles import Line, Role, Rule, State, decide
from generator.importer.tail_rules import TAIL

PREAMBLE_EXAMPLES = {
    "kamer-kop": "Tweede Kamer der Staten-Generaal",
    "aanbieding": "Ondergetekende heeft de eer voor te stellen:",
    "opening": "De raad van de gemeente Zwolle, in vergadering bijeen op 8 juli 2019,",
    "ek-letter-kop": "L MOTIE VAN HET LID SCHALK C.S.",
    "kamer-leden-kop": "MOTIE VAN HET LID REMKES C.S.",
    "indieners-fracties": "Motie ingediend door GL, EA",
    "status-in-kop": "Motie ingetrokken na toezegging dat het college de motie overneemt",
    "ingediend-op-datum": "Motie ingediend in de raadsvergadering van 11 juli 2016",
    "titelregel": "Motie Nachtelijke sluiting van het Stadhuisplein",
    "titel-label": "Onderwerp: Hittegids voor ouderen",
    "indieners-label": "Ingediend door: Jan Jansen (GroenLinks)",
    "status-regel": "Status Aangenomen",
    "gelet-op-artikel": "Gelet op artikel 28 van het Reglement van Orde van de raad;",
    "agendapunt": "Agendapunt 7",
    "voorstel-label": "Raadsvoorstel: Vaststelling bestemmingsplan Centrum",
    "nummer": "Nummer 325",
    "registratie": "RIS309671",
    "kamer-dossier": "32 123 IV Vaststelling van de begrotingsstaat",
    "datum-label": "Datum raadsvergadering: 8 maart 2023",
    "vreemd": "Vreemd aan de orde van de dag",
    "kop-boven-paginadatum": "Haags rapport dierenwelzijn",
    "losse-datum": "4 november 2016",
    "korte-datumregel": "Ingekomen op woensdag 11 maart 2020",
    "datum-loopt-door": "Statenvergadering 12",
    "eigen-veld": "Jaar 2023",
    "overig": "Gemeenteblad afd. 1",
}
TAIL_EXAMPLES: dict[str, tuple[str, str]] = {  # rule: (line, the mode the reader is in)
    "ander-document": ("Bezoekadres Amstel 1", "names"),
    "stem-zijde-fracties": ("GroenLinks, PvdD", "side:voor"),
    "stem-zijde-kop": ("Tegen", "start"),
    "fracties-regel": ("Fracties CDA en DorpsVisie", "start"),
    "fractie-in-lijst": ("ZW14", "fracties"),
    "functie": ("Fractievoorzitter", "names"),
    "slotzin": ("en gaat over tot de orde van de dag.", "start"),
    "stemming-kop": ("Stemmingsuitslag", "start"),
    "indieners-label": ("Het lid van de gemeenteraad,", "start"),
    "toelichting-kop": ("Toelichting:", "start"),
    "status-regel": ("Verworpen", "start"),
    "status-verslag": ("Status: in de vergadering van 12 maart is de motie voorlopig aangehouden.", "start"),
    "stemlijst": ("Voor: VVD, D66", "start"),
    "stemtabel-kop": ("Fractie Stemming", "start"),
    "uitslag": ("Uitslag: 17 voor, 28 tegen", "start"),
    "stemtabel-rij": ("VVD                 voor", "vote_table"),
    "tabellijn": ("---|---|---|---|", "vote_table"),
    "stemtabel-md-rij": ("VVD | 34 | Voor | |", "vote_table"),
    "naamtabel-kop": ("Naam | Fractie", "start"),
    "naam-fractie-paar": ("Naam: Anjo Travaille", "start"),
    "voetnoot": ("[1] Zie de antwoorden op de vragen.", "after"),
    "plaats-datum": ("Amsterdam, 8 maart 2023", "start"),
    "raster-fracties": ("Partij voor de Dieren Groep de Mos/OPDH", "names"),
    "ondertekening": ("Kees van Rooij, Rosmalens Belang", "start"),
    "fractie-eerst": ("Voor Tilburg, Ivan Otten", "names"),
    "fractie-kop": ("Fractie Partij voor de Dieren", "names"),
    "fractieregel": ("PvdA", "names"),
    "loopt-door": ("en verder uitgewerkt.", "toelichting"),
    "onbekende-fractie": ("Jo Smeets MAASTRICHTvanNU", "names"),
    "losse-naam": ("Christine Teunissen", "start"),
    "overig": ("Lees meer op onze site", "after"),
}
CHANGE_EXAMPLES = {
    "begrotingsregel": "In artikel 12 Hoofdwegennet wordt het uitgavenbedrag verlaagd met € 2.500 (x € 1.000).",
    "vervangen-in-de-regel": "Op pagina 268 het bedrag “€ 2,3 miljoen” te wijzigen in “€2.156.000,-“",
    "vervalt-in-de-regel": "In artikel 58, lid 1 vervalt “, daarbij rekening houdend met de zetelverdeling”",
    "komt-te-luiden": "dat beslispunt 2 komt te luiden:",
    "als-volgt-wijzigen": "Artikel 3.2 lid 1 Reglement van Orde als volgt te wijzigen:",
    "wijzigen-in-met-tekst": "te wijzigen in: “kennis te nemen van de Regionale Veenweide Strategie 1.0”",
    "schrappen": "Op pagina 27 onder ‘inpasbaar:’ de volgende passage te schrappen:",
    "toevoegen": "Aan hoofdstuk 4, artikel 9: Weigeringsgronden, toe te voegen:",
    "wijzigen-in": "te wijzigen in:",
    "vervangen-door-ongequoot": "In artikel 4 wordt de zinsnede «, Oost en West» vervangen door: en Oost.",
    "invoegen-in-de-regel": "In artikel 2 wordt na «Noord,» ingevoegd: Zuid,.",
    "wijzigen-volgens-bijlage": "De in artikel 3 genoemde kaart wordt gewijzigd overeenkomstig de bij dit amendement gevoegde kaart.",
    "vernummeren": "Artikelen 5 tot en met 7 worden vernummerd tot 6 tot en met 8.",
    "ingevoegd-als": "De tekst onder 2.1 wordt als nieuwe paragraaf 1.3 ingevoegd.",
    "en-vervangen": "En te vervangen door:",
    "volgnummer": "II",
    "toegevoegd-luidende": "In artikel II, onderdeel A, wordt aan artikel 2.18a een lid toegevoegd, luidende:",
    "toevoegen-met-plaats": "Aan het Raadsbesluit 569 een vierde punt toe te voegen, met de volgende tekst:",
    "oud-label": "Van:",
    "nieuw-label": "Naar:",
    "tekst": "“Nutsvoorzieningen tot maximaal 15 m2.”",
}
REGISTRY_EXAMPLES = {
    "veldlabel": "- Raadsleden",
    "veldlabel-aan-waarde": "StatusVerworpen",
    "veldlabel-aan-regeleinde": "Raadzaal/Heijezaal - Datum",
    "veldwaarde": "(GL) K. van Goethem",
}
KIND_EXAMPLES = {
    "besluitenlijst-kop": "Besluitenlijst van de raadsvergadering van 12 maart 2024",
    "brief-kop": "Nr. 6 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",
    "brief-slot": "Met vriendelijke groet,",
}
CHANGE_READS = [
    (["I", "In de considerans wordt de zinsnede «, Oost en West» vervangen door: en Oost.", "II",
      "In artikel 8 wordt na «Noord,» ingevoegd: Zuid,.", "III", "Artikel 9, tweede lid komt te luiden:",
      "2. De raad besluit binnen een jaar."],
     [("vervangen", "de considerans", "tekst", ", Oost en West", "en Oost.", "I"),
      ("toevoegen", "artikel 8, na «Noord,»", "artikel", None, "Zuid,.", "II"),
      ("vervangen", "Artikel 9, tweede lid", "lid", None, "2. De raad besluit binnen een jaar.", "III")]),
    (["De in artikel 3 genoemde kaart wordt gewijzigd overeenkomstig de bij dit amendement gevoegde kaart.",
      "Artikelen 5 tot en met 7 worden vernummerd tot 6 tot en met 8.",
      "Paragraaf 2.1 tot en met paragraaf 2.3 schuiven één paragraaf door, zodat deze komen te luiden 2.2 tot en met 2.4,",
      "De tekst onder 3.1 Water wordt als paragraaf 2.1 waterkwaliteit ingevoegd."],
     [("vervangen", "De in artikel 3 genoemde kaart", "artikel", None, None, None),
      ("vervangen", "Artikelen 5 tot en met 7", "artikel", "5 tot en met 7", "6 tot en met 8", None),
      ("vervangen", "Paragraaf 2.1 tot en met paragraaf 2.3", "onderdeel", "2.1 tot en met 2.3", "2.2 tot en met 2.4", None),
      ("toevoegen", "paragraaf 2.1 waterkwaliteit", "onderdeel", None, None, None)]),
    (["1. Op pagina 3 de volgende tekst te verwijderen:", "‘Wij verkennen de regels.’", "En te vervangen door:",
      "‘Wij stellen de regels vast.’"],
     [("vervangen", "Op pagina 3", "tekst", "Wij verkennen de regels.", "Wij stellen de regels vast.", "1")]),
    (["1. Het plan vast te stellen.", "Te wijzigen in:", "1. Het plan vast te stellen met de wijzigingen hieronder."],
     [("vervangen", "beslispunt 1", "beslispunt", "Het plan vast te stellen.",
       "Het plan vast te stellen met de wijzigingen hieronder.", None)]),
    (["-Overal in de ‘Nota Water’ waar sprake is van het begrip ‘rattenbestrijding’ dit woord te vervangen door"
      " “schadepreventie”"],
     [("vervangen", "Overal in de ‘Nota Water’ waar sprake is van het begrip", "tekst", "rattenbestrijding",
       "schadepreventie", None)]),
]
"""Numbered changes read one by one (a wetsvoorstel's I, II, …), each with its target, kind, old and new text."""

_NEW = ["“Het plan vast te stellen.”"]
CHANGE_FAMILIES = [
    # a replacement, each member of the family (change_words.REPLACE) and the two-part labels
    *[([f"Beslispunt 2 {verb}:", *_NEW], ("vervangen", "Beslispunt 2", "beslispunt", None, "Het plan vast te stellen."))
      for verb in ("te vervangen door", "wordt vervangen door", "vervangen door", "te wijzigen in", "wordt gewijzigd in",
                   "te veranderen in", "te veranderen naar")],
    *[(["Om beslispunt 2 van het ontwerpbesluit te wijzigen:", f"{old}:", "“Het plan.”", f"{new}:", *_NEW],
       ("vervangen", "beslispunt 2 van het ontwerpbesluit", "beslispunt", "Het plan.", "Het plan vast te stellen."))
      for old, new in (("Van", "Naar"), ("Oud", "Nieuw"), ("Was", "Wordt"), ("Huidige tekst", "Nieuwe tekst"))],
    (["Beslispunt 2 te wijzigen:", "Van: “Het plan.”", "Naar: “Het plan vast te stellen.”"],
     ("vervangen", "Beslispunt 2", "beslispunt", "Het plan.", "Het plan vast te stellen.")),
    (["Beslispunt 2", "Van:", "Het plan.", "Naar:", "Het plan vast te stellen."],
     ("vervangen", "Beslispunt 2", "beslispunt", "Het plan.", "Het plan vast te stellen.")),
    (["De tekst van beslispunt, zijnde", "Beslispunt 2a, perspectief Water: “Het plan.”", "te vervangen door",
      "“Het plan vast te stellen.”"], ("vervangen", "Beslispunt 2a, perspectief Water", "beslispunt", "Het plan.",
                                       "Het plan vast te stellen.")),
    # an addition: change_words.ADD, the text below, on the line, or after its place
    *[([f"Aan beslispunt 2 {verb}:", *_NEW], ("toevoegen", "Aan beslispunt 2", "beslispunt", None, "Het plan vast te stellen."))
      for verb in ("toe te voegen", "in te voegen", "aan te vullen met", "wordt toegevoegd", "op te nemen")],
    (["onder artikel 3.7 lid 2 de volgende tekst toe te voegen : “3 In afwijking van lid 1 mag het.”"],
     ("toevoegen", "onder artikel 3.7 lid 2", "lid", None, "In afwijking van lid 1 mag het.")),
    (["Aan het Raadsbesluit 569 een vierde punt toe te voegen, met de volgende tekst:", "4. Het college meldt het."],
     ("toevoegen", "Aan het Raadsbesluit 569 een vierde punt", "beslispunt", None, "Het college meldt het.")),
    (["- In de nota op pagina 44 toe te voegen ( onder het", "kopje: Water , tweede zin) na sloten:", "en vijvers.",
      "", "- De zin luidt dan: Wij graven sloten en vijvers."],
     ("toevoegen", "In de nota op pagina 44, onder het kopje: Water , tweede zin, na sloten", "tekst", None, "en vijvers.")),
    (["In artikel II, onderdeel A, wordt aan artikel 2.18a een lid toegevoegd, luidende:", "3. Het lid luidt zo."],
     ("toevoegen", "artikel II, onderdeel A, aan artikel 2.18a een lid", "lid", None, "Het lid luidt zo.")),
    (["In de begroting bij de actiepunten de volgende regel toe te voegen:", "• “Wij gaan door. Wij stoppen niet.”",
      "Dekking uit de reserve."],
     ("toevoegen", "In de begroting bij de actiepunten de volgende regel", "tekst", None, "Wij gaan door. Wij stoppen niet.")),
    # a removal: change_words.DELETE
    *[([f"Beslispunt 3 {verb}."], ("schrappen", "Beslispunt 3", "beslispunt", None, None))
      for verb in ("te schrappen", "te laten vervallen", "te doen vervallen", "komt te vervallen", "weg te laten",
                   "te verwijderen", "wordt geschrapt", "wordt verwijderd", "vervalt")],
    # a wetsvoorstel's replacement on one line, the place inside the article joining the target
    (["In artikel I, onderdeel N, wordt in artikel 10a, tweede lid, “pijn en angst” vervangen door: pijn, angst of schade."],
     ("vervangen", "artikel I, onderdeel N, artikel 10a, tweede lid", "lid", "pijn en angst", "pijn, angst of schade.")),
    (["In artikel 4 wordt “oud” vervangen door “nieuw”."], ("vervangen", "artikel 4", "artikel", "oud", "nieuw.")),
]
"""Each member of a family of phrasings alone (change_words.py): action, target, kind of target, old and new text."""


def _line(text: str, mode: str = "start", **state: object) -> Line:
    return Line(text, 0, state=State(mode=mode, refs=frozenset({"1"}), signed=True, **state))  # type: ignore[arg-type]


def test_every_rule_has_its_example_and_one_name() -> None:
    for table, examples in ((PREAMBLE, PREAMBLE_EXAMPLES), (TAIL, TAIL_EXAMPLES), (CHANGE, CHANGE_EXAMPLES),
                            (KIND, KIND_EXAMPLES), (REGISTRY, REGISTRY_EXAMPLES)):
        names = [rule.name for rule in table]
        assert len(names) == len(set(names))
        assert sorted(names) == sorted(examples), set(names) ^ set(examples)


@pytest.mark.parametrize("name", sorted(PREAMBLE_EXAMPLES))
def test_a_preamble_rule_takes_its_line(name: str) -> None:
    text = PREAMBLE_EXAMPLES[name]
    following = {"kop-boven-paginadatum": ("12 maart 2024",), "datum-loopt-door": ("juli 2018",)}.get(name, ("Motie",))
    line = Line(text, 0, next=following[0], first=True, state=State(kamer=True), following=following)
    rule = decide(PREAMBLE, line)
    assert rule is not None and rule.name == name


@pytest.mark.parametrize("name", sorted(TAIL_EXAMPLES))
def test_a_tail_rule_takes_its_line(name: str) -> None:
    text, mode = TAIL_EXAMPLES[name]
    prev = {"raster-fracties": "Christine Teunissen Richard de Mos",
            "fractie-eerst": "GroenLinks, Dwayne Heuvelmans"}.get(name, "")
    state = State(mode=mode, refs=frozenset({"1"}), signed=True, columns={"fractie": 0, "voor": 20})
    rule = decide(TAIL, Line(text, 0, prev=prev, raw=text, state=state))
    assert rule is not None and rule.name == name


@pytest.mark.parametrize("name", sorted(CHANGE_EXAMPLES))
def test_a_change_rule_takes_its_line(name: str) -> None:
    rule = decide(CHANGE, Line(CHANGE_EXAMPLES[name], 0))
    assert rule is not None and rule.name == name


@pytest.mark.parametrize("name", sorted(KIND_EXAMPLES))
def test_a_kind_rule_takes_its_line(name: str) -> None:
    rule = decide(KIND, Line(KIND_EXAMPLES[name], 0))
    assert rule is not None and rule.name == name


@pytest.mark.parametrize("name", sorted(REGISTRY_EXAMPLES))
def test_a_registry_rule_takes_its_line(name: str) -> None:
    rule = decide(REGISTRY, Line(REGISTRY_EXAMPLES[name], 0))
    assert rule is not None and rule.name == name


REGISTRY_PAGE = """Vorige pagina
Moties
- ID
- 469
- Datum
- 04-12-2025
- Titel
- MO01 motie vreemd VVD GL - trammalant om de dakrand (002)
- Status
- Aangenomen
- Raadsleden
-
- (GL) K. van Goethem
- Portefeuillehouder(s)
- C.F.M. van der Meij
- Toelichting
- Verzoekt het college: - een werkgroep in te stellen die uit zeven leden bestaat; - de raad te informeren.
"""


def test_a_registry_page_is_written_as_the_form_it_holds() -> None:
    page = rewrite(REGISTRY_PAGE)
    assert page is not None
    text, notes = page
    assert text.splitlines() == [
        "Onderwerp: trammalant om de dakrand", "Nummer: MO01", "Datum vergadering: 04-12-2025", "",
        "Verzoekt het college:", "- een werkgroep in te stellen die uit zeven leden bestaat;", "- de raad te informeren.",
        "", "Ingediend door:", "K. van Goethem (GL)", "", "Aangenomen"]
    assert notes[1] == ("van de registerpagina weggelaten: 'Vorige pagina', 'Moties', 'MO01 motie vreemd VVD GL - trammalant"
                        " om de dakrand (002)', 'ID 469', 'Portefeuillehouder(s) C.F.M. van der Meij'")


def test_a_registry_page_imports_as_a_motie(tmp_path: Path) -> None:
    source = tmp_path / "pagina.txt"
    source.write_text(REGISTRY_PAGE, encoding="utf-8")
    data = import_file(source).data
    assert (data["titel"], data["nummer"], str(data["vergadering"]), data["status"]) == (
        "trammalant om de dakrand", "MO01", "2025-12-04", "aangenomen")
    assert data["indieners"] == [{"naam": "K. van Goethem", "fractie": "GL"}]
    assert len(data["verzoeken"]["punten"]) == 2


def test_a_glued_registry_page_with_a_us_date() -> None:
    page = rewrite("ID71\nDatum9/14/2021\nTitelAmendement Speelbeleid\nStatusVerworpen\nRaadsledenMark Wit (GL)\n"
                   "ToelichtingDe fractie stelt voor de zin “Oude zin van de nota over spelen.” te vervangen door: “Nieuw.”\n")
    assert page is not None
    assert page[0].splitlines()[:2] == ["Amendement Speelbeleid", "Datum vergadering: 14-09-2021"]
    assert "'9/14/2021'" in page[1][1]


def test_a_motie_page_with_fields_under_it_is_no_registry_page() -> None:
    page = ("Motie Bomen\nDe raad van de gemeente Ede, in vergadering bijeen op 5 maart 2024,\nConstaterende dat er te"
            " weinig bomen zijn;\nVerzoekt het college meer bomen te planten,\nen gaat over tot de orde van de dag.\n"
            "Status\nAangenomen\nDatum\n5 maart 2024\nIndiener\nJan Jansen (VVD)\nToelichting\nBomen geven schaduw in"
            " de zomer en maken de stad koeler voor iedereen die er woont.\n")
    assert rewrite(page) is None


def test_an_ordinary_motie_is_no_registry_page() -> None:
    assert rewrite("Motie Bomen\nStatus\nAangenomen\nDe raad,\nToelichting:\nBomen zijn goed voor de stad en voor"
                   " iedereen die er woont en werkt.\n") is None


def test_indieners_given_only_as_fracties_get_a_marked_name_and_build(tmp_path: Path) -> None:
    from tests.test_import_coverage import built_text

    result = parse_text("Motie ingediend door GL, EA\nMotie ingetrokken\n\nDe raad van de gemeente Enschede, in vergadering"
                        " bijeen op 11 juli 2016,\n\nOverwegende dat het zo is;\n\nVerzoekt het college iets te doen,\n\n"
                        "en gaat over tot de orde van de dag.\n")
    assert result.data["indieners"] == [{"naam": "[naam]", "fractie": "GL"}, {"naam": "[naam]", "fractie": "EA"}]
    assert (result.data["status"], result.data["concept"]) == ("ingetrokken", True)
    assert "indieners-fracties" in {f.rule for f in result.findings}
    assert "[naam]" in built_text(result, "enschede.txt", "enschede", tmp_path)


TRUNCATED = """Gastvrije Waaldijk

Motie Vreemd

7 oktober 2022

Het Algemeen Bestuur van Waterschap Rivierenland, in vergadering bijeen op 7 oktober 2022,

Constaterende dat:

 • er onvrede bestaat over de dijk;

Overwegende dat:

 • de rol van het waterschap groot was;

 • leden kritiek hadden, met kritiekpunten als:

  • bewoners voelen zich niet gehoord;

  • de verwachtingen waren te hoog;
"""


def test_a_text_that_breaks_off_keeps_what_is_there_and_marks_the_dictum(tmp_path: Path) -> None:
    from tests.test_import_coverage import built_text

    result = parse_text(TRUNCATED)
    data = result.data
    assert (data["titel"], data["vreemd_aan_de_orde"], data["concept"]) == ("Gastvrije Waaldijk", True, True)
    assert len(data["overwegingen"]["punten"]) == 2  # the sub-bullets, further in, belong to the second point
    assert data["verzoeken"] == {"kop": "[dictum]", "punten": ["[de tekst breekt hier af]"]}
    assert "afgebroken-tekst" in {f.rule for f in result.findings} and "dictum" in result.open_facts
    assert "[dictum]" in built_text(result, "waaldijk.txt", "waterschap-rivierenland", tmp_path)


def test_a_line_under_the_text_of_a_bulleted_point_goes_on_with_it() -> None:
    data = parse_text("De raad van de gemeente Ede, in vergadering bijeen op 5 maart 2024,\n\nConstaterende dat:\n\n"
                      " • een delegatie naar Den Haag is afgereisd;\n  Zie uitzending Omroep Zeeland\n • de zomers heter"
                      " worden;\n\nVerzoekt het college:\n • meer bomen te planten,\n\nen gaat over tot de orde van de"
                      " dag.\n").data
    assert data["constateringen"]["punten"] == ["een delegatie naar Den Haag is afgereisd; Zie uitzending Omroep Zeeland",
                                                 "de zomers heter worden;"]


def test_a_title_line_that_loses_to_another_title_stays_whole() -> None:
    result = parse_text("Motie van het lid Wassenberg over een einde aan de jacht\n\nTweede Kamer der Staten-Generaal\n\n"
                        "Nr. 43 MOTIE VAN HET LID WASSENBERG\n\nVoorgesteld 17 oktober 2019\n\nDe Kamer,\n\ngehoord de"
                        " beraadslaging,\n\nconstaterende dat het zo is;\n\nverzoekt de regering iets te doen,\n\nen gaat over"
                        " tot de orde van de dag.\n\nWassenberg\n")
    assert result.data["titel"] == "VAN HET LID WASSENBERG"
    assert result.data["niet_geplaatst"] == ["Motie van het lid Wassenberg over een einde aan de jacht"]


def test_a_considerans_without_dictum_that_goes_on_is_still_refused() -> None:
    from generator.errors import UserError

    with pytest.raises(UserError, match="geen dictum gevonden"):
        parse_text(TRUNCATED + "\nJan Jansen (PvdD)\n")


def test_a_rule_is_a_name_a_test_and_a_role() -> None:
    rule = Rule("voorbeeld", lambda line: line.text.startswith("X"), Role.FURNITURE)
    assert decide((rule,), Line("X-kop", 0)) is rule and decide((rule,), Line("kop", 0)) is None


def test_preamble_lines_continue_their_unit() -> None:
    lines = ["Motie", "Vreemd aan de orde", "De raad van de gemeente Zwolle,", "in vergadering bijeen op 8 juli 2019,"]
    labelled = label_preamble(lines, page_state(lines, lines))
    assert [(lab.role, lab.rule) for lab in labelled] == [
        (Role.TITLE, "titelregel"), (Role.FORM, "vreemd"), (Role.OPENING, "opening"),
        (Role.CONTINUATION, "opening-loopt-door")]


def test_changes_keep_target_action_and_texts() -> None:
    changes, unplaced = read_changes(["dat de tekst", "“1. Oud beslispunt.”", "wordt vervangen door:", "“Nieuw.”",
                                      "Op pagina 3 de volgende zin te schrappen:", "“Weg.”", "Nog een zin."])
    assert [(c.actie, c.doel, c.soort, c.oud, c.nieuw) for c in changes] == [
        ("vervangen", "de tekst", "beslispunt", "1. Oud beslispunt.", "Nieuw."),
        ("schrappen", "Op pagina 3", "tekst", "Weg.", None)]
    assert unplaced == ["Nog een zin."]


def test_a_bullet_number_names_the_beslispunt_and_a_new_text_ends_at_its_quote() -> None:
    changes, _ = read_changes(["Bullet 1", "• “de strategie vast te stellen”",
                               "te wijzigen in: “kennis te nemen van de strategie” en het document anders te noemen."],
                              besluit=True)
    assert [(c.doel, c.soort, c.oud, c.nieuw) for c in changes] == [
        ("Bullet 1", "beslispunt", "de strategie vast te stellen", "kennis te nemen van de strategie")]
    assert changes[0].opdracht.endswith("en het document anders te noemen.")


def test_an_amendement_takes_its_old_text_from_the_considerans_that_quotes_it() -> None:
    from generator.importer.amendement import parse_amendement

    result = parse_amendement(
        "Amendement Stukken eerder\n\n21 juni 2019\n\nHet algemeen bestuur van Waterschap Rivierenland, in vergadering"
        " bijeen op 21 juni 2019,\n\noverwegende dat:\n\nartikel 3.2 lid 1 van het Reglement wordt gewijzigd. “De dijkgraaf"
        " roept de leden zeven dagen tevoren op.”\n\nBesluit:\n\nArtikel 3.2 lid 1 van het Reglement als volgt te wijzigen:"
        "\n\n“De dijkgraaf roept de leden tien dagen tevoren op.”\n\nPaul van Gent (Partij voor de Dieren)\n")
    change = result.data["extern"]["wijzigingen"][0]
    assert (change["actie"], change["oorspronkelijk"], change["wordt"]) == (
        "vervangen", "De dijkgraaf roept de leden zeven dagen tevoren op.", "De dijkgraaf roept de leden tien dagen tevoren op.")
    assert "oud-uit-considerans" in {f.rule for f in result.findings}


def test_a_numbered_removal_that_names_what_goes_waits_for_no_text() -> None:
    changes, unplaced = read_changes(["1. In artikel I de onderdelen M, N en O te laten vervallen.",
                                      "2. In artikel II onderdeel E te laten vervallen", "Gemeente Amsterdam"])
    assert [(c.nummer, c.actie, c.doel, c.soort, c.oud) for c in changes] == [
        ("1", "schrappen", "In artikel I de onderdelen M, N en O", "onderdeel", None),
        ("2", "schrappen", "In artikel II onderdeel E", "onderdeel", None)]
    assert unplaced == ["Gemeente Amsterdam"]


def test_a_begroting_row_is_a_change_of_its_amount() -> None:
    changes, _ = read_changes(["I", "In artikel 19 Bijdragen wordt het ontvangstenbedrag verlaagd met € 2.500."], True)
    assert [(c.nummer, c.doel, c.soort, c.nieuw) for c in changes] == [
        ("I", "artikel 19 Bijdragen", "begrotingsregel", "het ontvangstenbedrag verlaagd met € 2.500")]


def test_a_letter_and_minutes_are_named() -> None:
    letter = kind_of(["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "",
                      "Naar aanleiding van de motie van de leden Koopmans en Heijnen over het principe, deel ik mee"])
    assert letter is not None and letter.what == "brief" and letter.answers == "de motie van de leden Koopmans en Heijnen over het principe"
    minutes = kind_of(["Besluitenlijst van de raadsvergadering van 12 maart 2024"], minutes_only=True)
    assert minutes is not None and minutes.message().startswith("dit is een besluitenlijst van een vergadering")


def test_findings_name_their_rule_and_line() -> None:
    result = parse_text("Haags rapport\n\n4 november 2016\n\nDe raad,\n\nOverwegende dat het zo is;\n\n"
                        "Verzoekt het college iets te doen,\n\nen gaat over tot de orde van de dag.\n\nJan Jansen (PvdA)\n")
    found = {(f.rule, f.text) for f in result.findings}
    assert ("kop-boven-paginadatum", "Haags rapport") in found
    assert all(f.message in result.warnings for f in result.findings)


def test_the_learned_labeller_reads_a_plain_motie_as_the_rules_do() -> None:
    """The CRF (package data, built by tools/train_labeller.py) labels a motie it never saw; the import with it
    gives the same blocks as the rule tables."""
    from generator.importer.labeller import MODEL, predict

    text = ("Motie Bomen\n\nDe raad van de gemeente Ede, in vergadering bijeen op 5 maart 2024,\n\nConstaterende dat:\n"
            "- er te weinig bomen zijn;\n- de zomers heter worden;\n\nVerzoekt het college:\n- meer bomen te planten,\n\n"
            "en gaat over tot de orde van de dag.\n\nJan Jansen (VVD)\n")
    assert MODEL.is_file()
    assert predict(text.splitlines()) == ["PRE", "PRE", "HEADER", "POINT", "POINT", "HEADER", "POINT", "TAIL", "TAIL"]
    learned, rules = parse_text(text, labeller=True).data, parse_text(text).data
    assert learned["constateringen"] == rules["constateringen"] and learned["verzoeken"] == rules["verzoeken"]


@pytest.mark.parametrize(("lines", "want"), CHANGE_FAMILIES)
def test_each_member_of_a_change_family_is_read(lines: list[str], want: tuple[object, ...]) -> None:
    changes, _ = read_changes(lines)
    assert [(c.actie, c.doel, c.soort, c.oud, c.nieuw) for c in changes] == [want]


@pytest.mark.parametrize(("lines", "want"), CHANGE_READS)
def test_each_numbered_or_one_line_change_is_its_own_wijziging(lines: list[str], want: list[tuple[object, ...]]) -> None:
    changes, unplaced = read_changes(lines, besluit=True)
    assert [(c.actie, c.doel, c.soort, c.oud, c.nieuw, c.nummer) for c in changes] == want
    assert unplaced == []


def test_a_kamerstuk_head_names_orgaan_voorstel_nummer_and_indieners() -> None:
    from generator.importer.amendement import parse_amendement

    result = parse_amendement(
        "36 100\nWijziging van de Wet voorbeeld\n\nnr. 12\nAMENDEMENT VAN HET LID VAN DER BERG C.S.\n\nOntvangen 3 maart"
        " 2024\n\nDe ondergetekenden stellen het volgende amendement voor:\n\nI\n\nIn artikel 1 wordt de zinsnede «de"
        " gemeente Zwolle» vervangen door: de gemeenten.\n\nII\n\nArtikel 2 vervalt.\n\nToelichting\n\nDit amendement"
        " regelt iets.\n")
    data = result.data
    assert result.orgaan == ("tweede-kamer", "tweede-kamer")  # not the gemeente the change names
    assert data["extern"]["voorstel"] == "Wijziging van de Wet voorbeeld (Kamerstuk 36 100)"
    assert (data["nummer"], data["titel"]) == ("12", "VAN HET LID VAN DER BERG C.S.")
    assert data["indieners"] == [{"naam": "Van der Berg"}]
    assert [c["nummer"] for c in data["extern"]["wijzigingen"]] == ["I", "II"]
    assert "kamerstuk" in {f.rule for f in result.findings}


def test_gelezen_names_the_voorstel_and_indieners_stand_above_the_amendement() -> None:
    from generator.importer.amendement import parse_amendement

    result = parse_amendement(
        "Amendement Naamgeving\n\nIndiener en opsteller:\nAnna de Vries (Partij voor de Dieren)\n\nDe vergadering van"
        " het Algemeen Bestuur van Waterschap Amstel, Gooi & Vecht bijeen op 13 oktober 2011\nGelezen het voorstel van het"
        " Dagelijks Bestuur ‘Nota over de naamgeving van de wateren’\n\nConstaterende:\n- dat de naam oud is.\n\n"
        "Besluit:\n\n-Overal in de nota het woord ‘sloot’ te vervangen door “watergang”\n")
    data = result.data
    assert result.orgaan == ("waterschap-amstel-gooi-en-vecht", "waterschap")
    assert data["extern"]["voorstel"] == "Nota over de naamgeving van de wateren"
    assert data["indieners"] == [{"naam": "Anna de Vries", "fractie": "Partij voor de Dieren"}]
    assert "gelezen-voorstel" in {f.rule for f in result.findings}


def test_a_notulen_page_quoting_several_moties_is_refused_as_notulen(tmp_path: Path) -> None:
    from generator.errors import UserError

    source = tmp_path / "pagina.txt"
    source.write_text("12 MAART 2004 MOTIE (3) De raad der gemeente Breda, in vergadering bijeen op 12 maart 2004;"
                      " overwegende dat: iets; draagt het college op: iets te doen; MOTIE (4) De raad der gemeente Breda,"
                      " overwegende dat: iets anders;\n\nRaadsnotulen en jaarverslagen\n", encoding="utf-8")
    with pytest.raises(UserError, match="^dit zijn notulen van een vergadering"):
        import_file(source)


def _blocks(data: dict[str, object], key: str) -> list[tuple[str, int]]:
    value = data.get(key) or []
    blocks = value if isinstance(value, list) else [value]
    return [(b["kop"], len(b["punten"])) for b in blocks]  # type: ignore[index]


def test_gelet_op_an_article_is_the_legal_basis_not_a_block_but_gelet_op_with_points_is() -> None:
    opening = "De raad van de gemeente Ede, in vergadering bijeen op 5 maart 2024;\n"
    tail = "\n\nVerzoekt het college:\n\n- iets te doen.\n\nen gaat over tot de orde van de dag.\n\nJan Jansen (CDA)\n"
    basis = "Gelet op artikel 28 van het Reglement van Orde van de raad;"
    under = parse_text(f"Motie Bomen\n\n{opening}{basis}\n\nConstaterende dat:\n\n- er bomen zijn;{tail}")
    assert _blocks(under.data, "constateringen") == [("Constaterende dat:", 1)]
    assert basis in under.data["aanhef"]  # right under the opening: part of it, printed as written
    apart = parse_text(f"Motie Bomen\n\n{basis}\n\n{opening}\nConstaterende dat:\n\n- er bomen zijn;{tail}")
    assert _blocks(apart.data, "constateringen") == [("Constaterende dat:", 1)]
    assert "gelet-op-artikel" in {f.rule for f in apart.findings}
    listed = parse_text(f"Motie Bomen\n\n{opening}\nGelet op:\n\n- het rapport over bomen;\n- de motie van 2019;{tail}")
    assert _blocks(listed.data, "constateringen") == [("Gelet op:", 2)]


def test_a_kamer_motie_whose_dictum_is_wijst_aan_is_read() -> None:
    result = parse_text("35 100 Kabinetsformatie\n\nNr. 9 MOTIE VAN HET LID JANSEN\n\nVoorgesteld 5 oktober 2021 De Kamer,\n"
                      "gehoord de beraadslaging,\n\nconstaterende dat de informateur verslag heeft uitgebracht;\n\nwijst op"
                      " grond van artikel 11.1 van het Reglement van Orde de heer Pietersen aan als informateur,\n\n"
                      "en gaat over tot de orde van de dag.\n\nJansen\n")
    assert _blocks(result.data, "verzoeken") == [("wijst:", 1)]
    assert result.orgaan == ("tweede-kamer", "tweede-kamer")  # the opening glued to the date line was cut off it


def test_a_blog_headline_states_the_status_and_a_surname_after_a_comma_is_the_next_member() -> None:
    data = parse_text("Aangenomen: motie over openbaarheid\n\nMOTIE VAN DE LEDEN EERDMANS EN WILDERS\n\nDe Kamer,\n"
                      "gehoord de beraadslaging,\n\nconstaterende dat er gesprekken zijn;\n\nverzoekt de regering de"
                      " verslagen openbaar te maken,\n\nen gaat over tot de orde van de dag.\n\nEerdmans, Wilders\n").data
    assert data["status"] == "aangenomen"
    assert [p["naam"] for p in data["indieners"]] == ["Eerdmans", "Wilders"]
    assert all("fractie" not in p for p in data["indieners"])


def test_a_subtitle_naming_a_person_is_no_title_and_a_bulleted_fractie_signs() -> None:
    result = parse_text("Red de bomen\n\n\nMotie Pieter Groenewege\n\n13 september 2022\n\nDe gemeenteraad van Dordrecht,"
                        " in vergadering bijeen op 13 september 2022,\n\nVerzoekt het college van GS:\n\n  • bomen te"
                        " sparen;\n\n    Pieter Groenewege\n\n  • Partij voor de Dieren\n")
    data = result.data
    assert data["titel"] == "Red de bomen"
    assert "titel-is-naam" in {f.rule for f in result.findings}
    assert data["indieners"] == [{"naam": "Pieter Groenewege", "fractie": "Partij voor de Dieren"}]
    assert _blocks(data, "verzoeken") == [("Verzoekt het college van GS:", 1)]


def test_a_line_that_lost_its_breaks_is_cut_at_its_glued_headers_points_and_signature() -> None:
    from generator.importer.textclean import unglue

    line = ("AMENDEMENT Titel Aangenomen!Zwolle, 29 januari 2019Raadsvoorstel: Plan (123)De raad van de gemeente Zwolle"
            "overwegende dat:a. In beslispunt 1. staat ‘Het college opdracht te geven om een plan te maken’.b. Dat het"
            " beter kan.besluit:beslispunt 1 van het ontwerpraadsbesluit te vervangen door:Het college opdracht te geven"
            " om samen een plan te maken." + " Zo is het." * 20 + "Jan JansenCDA")
    text, markers = unglue(line)
    assert text.split("\n")[:8] == [
        "AMENDEMENT Titel Aangenomen!", "Zwolle, 29 januari 2019", "Raadsvoorstel: Plan (123)",
        "De raad van de gemeente Zwolle", "overwegende dat:",
        "a. In beslispunt 1. staat ‘Het college opdracht te geven om een plan te maken’.", "b. Dat het beter kan.",
        "besluit:"]
    assert text.split("\n")[-2:] == ["Jan Jansen", "CDA"]
    assert markers == ["a.", "b."]
    assert unglue("Een korte regel.overwegende dat:") == ("Een korte regel.overwegende dat:", [])


def test_a_second_motie_on_the_page_is_not_merged_into_the_first() -> None:
    motie = ("Motie {n}.\nde algemene vergadering van Waterschap Scheldestromen, bijeen op 7 juli 2016\nOverwegende dat"
             " het {w} regent;\nspreekt uit dat het {w} moet;\n")
    result = parse_text(f"Scheldestromen\n\n{motie.format(n=1, w='vaak')}\n{motie.format(n=2, w='zelden')}")
    data = result.data
    assert (data["nummer"], data["vergadering"].isoformat(), data["orgaan"]) == ("1", "2016-07-07",
                                                                                  "waterschap-scheldestromen")
    assert _blocks(data, "overwegingen") == [("Overwegende dat:", 1)]
    assert "Overwegende dat het zelden regent;" in data["niet_geplaatst"]
    assert "tweede-motie" in {f.rule for f in result.findings}


def test_a_name_joined_on_its_own_line_signs_with_the_fractie_below() -> None:
    data = parse_text("Motie Vee\n\nProvinciale Staten van Noord-Brabant, in vergadering bijeen op 16 december 2022,\n\n"
                      "verzoeken Gedeputeerde Staten:\n\n  • iets te doen;\n\nen gaan over tot de orde van de dag.\n\n\n"
                      "Anne-Miep Vlasveld\n& Paranka Surminski,\nPartij voor de Dieren\n").data
    assert data["indieners"] == [{"naam": "Anne-Miep Vlasveld", "fractie": "Partij voor de Dieren"},
                                 {"naam": "Paranka Surminski", "fractie": "Partij voor de Dieren"}]
