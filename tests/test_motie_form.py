"""A motie keeps its source's own shape: the form above it, the place and date above the signatures,
fractie before name, a remark beside a name, the toelichting below the indieners, the opening's words
before the voorstel. The import writes these; the build prints them; `check` guards them."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document as WordDocument

from generator.importer import import_file

TESTS = Path(__file__).resolve().parent

MOTIE = """soort: motie
orgaan: leeuwarden
titel: Gratis zwemles
vergadering: 2022-11-09
agendapunt: "5"
formulier:
  - {label: Raadsvergadering, veld: vergadering}
  - {label: Agendapunt, veld: agendapunt}
  - {label: Onderwerp, veld: titel}
  - {label: Jaar, tekst: "2022"}
verzoeken:
  - alle kinderen zwemles aan te bieden.
indieners:
  - {naam: Eva Mulder, fractie: GroenLinks, opmerking: fractievoorzitter}
plaats: Leeuwarden
fractie_voor_naam: ja
toelichting_onder: ja
toelichting:
  - In 2019 verdronken drie kinderen.
"""


def build(project: Path, run, text: str) -> WordDocument:
    path = project / "data" / "moties" / "vorm.yaml"
    path.write_text(text, "utf-8")
    result = run("build", str(path))
    assert result.exit_code == 0, result.output
    return WordDocument(io.BytesIO((project / "build" / "moties" / "vorm.docx").read_bytes()))


def paragraphs(doc: WordDocument) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in doc.paragraphs if p.text.strip()]


def test_the_form_is_printed_in_its_order_with_the_title_as_heading(project: Path, run) -> None:
    found = paragraphs(build(project, run, MOTIE))
    texts = [text for _, text in found]
    form = texts[texts.index("MOTIE") + 1:texts.index("MOTIE") + 5]
    assert form == ["Raadsvergadering:\t9 november 2022", "Agendapunt:\t5", "Onderwerp: Gratis zwemles", "Jaar:\t2022"]
    assert ("Heading 1", "Onderwerp: Gratis zwemles") in found
    assert texts.count("Gratis zwemles") == 0  # the title is not printed a second time
    assert not any(text.startswith("agendapunt 5") for text in texts)  # nor the agendapunt in the kenmerken


def test_without_a_form_the_title_stands_alone(project: Path, run) -> None:
    text = MOTIE.split("formulier:", maxsplit=1)[0] + "verzoeken:" + MOTIE.split("verzoeken:")[1]
    found = paragraphs(build(project, run, text))
    assert ("Heading 1", "Gratis zwemles") in found


def test_signatures_keep_place_date_order_remark_and_the_toelichting_below(project: Path, run) -> None:
    doc = build(project, run, MOTIE)
    texts = [text for _, text in paragraphs(doc)]
    assert texts.index("Leeuwarden, 9 november 2022") < texts.index("Ingediend door:") < texts.index("Toelichting")
    table = doc.tables[-1]
    assert [c.text for c in table.rows[0].cells] == ["Fractie", "Naam", "Handtekening"]
    assert [c.text for c in table.rows[1].cells][:2] == ["GroenLinks", "Eva Mulder (fractievoorzitter)"]


def test_a_form_line_for_an_empty_field_is_an_error_at_its_line(project: Path, run) -> None:
    path = project / "data" / "moties" / "vorm.yaml"
    path.write_text(MOTIE.replace('agendapunt: "5"\n', ""), "utf-8")
    result = run("check", str(path))
    assert result.exit_code == 1
    assert "vorm.yaml:7:31:" in result.output and "formulier[1].veld" in result.output
    assert "vul 'agendapunt:' in of haal de regel weg" in result.output


def test_a_form_line_needs_a_field_or_a_text(project: Path, run) -> None:
    path = project / "data" / "moties" / "vorm.yaml"
    path.write_text(MOTIE.replace('{label: Jaar, tekst: "2022"}', "{label: Jaar}"), "utf-8")
    result = run("check", str(path))
    assert result.exit_code == 1 and "'veld' óf 'tekst'" in result.output


def test_the_import_keeps_the_form_in_the_order_of_the_source() -> None:
    result = import_file(TESTS / "import_corpus" / "leeuwarden_toelichting.txt")
    assert result.data["formulier"] == [{"label": "Raadsvergadering", "veld": "vergadering"},
                                        {"label": "Agendapunt", "veld": "agendapunt"}, {"veld": "voorstel"},
                                        {"label": "Onderwerp", "veld": "titel"}]
    assert result.data["toelichting_onder"] is True


def test_the_import_keeps_place_fractie_order_remarks_and_the_opening_words() -> None:
    amsterdam = import_file(TESTS / "import_corpus" / "amsterdam_formulier.txt").data
    assert amsterdam["plaats"] == "Amsterdam"
    assert {"label": "Jaar", "tekst": "2023"} in amsterdam["formulier"]
    heuvelrug = import_file(TESTS / "import_real" / "utrechtse-heuvelrug_henschotermeer.txt").data
    assert heuvelrug["fractie_voor_naam"] is True
    assert heuvelrug["indieners"][1]["opmerking"] == "mede namens commissielid Goof Lindijer"
    apeldoorn = import_file(TESTS / "import_real" / "apeldoorn_kunstgrasfonds.txt").data
    assert apeldoorn["voorstel"]["inleiding"] == "horende de beraadslagingen over"


def test_the_opening_prints_the_sources_words_before_the_voorstel(project: Path, run) -> None:
    text = MOTIE.replace("formulier:", "voorstel: {titel: de Voorjaarsnota, inleiding: horende de beraadslagingen"
                         " over}\nformulier:")
    doc = build(project, run, text)
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "9 november 2022, horende de beraadslagingen over de Voorjaarsnota," in body


def test_gehoord_de_beraadslaging_is_kept_after_the_meeting(project: Path, run) -> None:
    data = import_file(TESTS / "import_corpus" / "utrecht_spreekt_uit.txt").data
    assert data["beraadslaging"] == "gehoord de beraadslaging" and "aanhef" not in data
    doc = build(project, run, MOTIE.replace("formulier:", "beraadslaging: gehoord de beraadslaging\nformulier:"))
    assert "vergadering bijeen op woensdag 9 november 2022, gehoord de beraadslaging," in "\n".join(
        p.text for p in doc.paragraphs)


def test_a_number_prints_as_nr_and_a_code_as_written(project: Path, run) -> None:
    bare = MOTIE.split("formulier:", maxsplit=1)[0] + "verzoeken:" + MOTIE.split("verzoeken:")[1]
    texts = [t for _, t in paragraphs(build(project, run, bare.replace('agendapunt: "5"', 'nummer: "12"')))]
    assert "MOTIE nr. 12" in texts
    texts = [t for _, t in paragraphs(build(project, run, bare.replace('agendapunt: "5"', "nummer: M-28")))]
    assert "MOTIE M-28" in texts


def test_a_kamer_motie_names_its_vergaderjaar(project: Path, run) -> None:
    text = ("soort: motie\norgaan: tweede-kamer\ntitel: Minimumjeugdloon\nvergadering: 2022-11-15\nverzoeken:\n"
            "  - voorstellen te doen,\nindieners:\n  - {naam: Klaver}\n")
    texts = [t for _, t in paragraphs(build(project, run, text))]
    assert any(t.startswith("Vergaderjaar 2022–2023") for t in texts), texts


def test_what_the_import_folds_into_structure_is_said() -> None:
    amersfoort = import_file(TESTS / "import_corpus" / "amersfoort_besluit.txt")
    assert "'Fractie' (2×) voor de naam van de fractie weggelaten: het document heeft een kolom Fractie" in amersfoort.notes
    assert amersfoort.data["fractie_voor_naam"] is True
    utrecht = import_file(TESTS / "import_corpus" / "utrecht_inline.txt")
    assert "de kop 'Constaterende dat:' stond nog eens boven punten van hetzelfde blok; hij staat er één keer boven" in utrecht.notes


def test_a_title_below_the_opening_stays_below_it(project: Path, run) -> None:
    data = import_file(TESTS / "import_corpus" / "utrecht_spreekt_uit.txt").data
    assert data["titel_na_aanhef"] is True
    bare = MOTIE.split("formulier:", maxsplit=1)[0] + "verzoeken:" + MOTIE.split("verzoeken:")[1]
    found = paragraphs(build(project, run, bare.replace("toelichting_onder: ja", "titel_na_aanhef: ja")))
    texts = [t for _, t in found]
    opening = next(i for i, t in enumerate(texts) if t.startswith("De raad van de gemeente"))
    assert texts.index("Gratis zwemles") == opening + 1  # the opening, then the title
    assert ("Heading 1", "Gratis zwemles") in found
