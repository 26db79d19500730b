"""`raadsstukken import` on real moties it was not written for: tests/import_real/.

Every `<name>.expected.yaml` there holds what a careful human reads off the source (`<name>.txt`, or
`<name>` itself for a .docx draft): the blocks with their header and number of points, the indieners,
date, title, number, status and vote. `soort: amendement` marks a negative case that must be refused.
Besides the facts, nothing may be lost: every occurrence of every word of the source (a multiset,
.txt and .docx alike) is in a field or printed by the built document, under `niet_geplaatst`, or
reported in a warning or note (page furniture named as left out, a remark at an indiener).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import UserError
from generator.importer import ImportResult, import_file, parse_text, to_yaml
from generator.word.docxtext import document_text
from tests.test_import_coverage import built_text, furniture, quoted, source_lines

REAL = Path(__file__).resolve().parent / "import_real"
BLOCK_KEYS = ("constateringen", "overwegingen", "verzoeken")
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]

# What fails today, per file; strict, so a file that starts passing must lose its mark.
KNOWN: dict[str, str] = {}


def _cases() -> list[Any]:
    cases = []
    for expected in sorted(REAL.glob("*.expected.yaml")):
        name = expected.name.removesuffix(".expected.yaml")
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[name])] if name in KNOWN else []
        cases.append(pytest.param(name, marks=marks, id=name))
    return cases


HELDOUT = Path(__file__).resolve().parent / "import_heldout"
HELDOUT2 = Path(__file__).resolve().parent / "import_heldout2"
BATCH3 = Path(__file__).resolve().parent / "import_batch3"
BATCH6 = Path(__file__).resolve().parent / "import_batch6"


def folder_of(name: str) -> Path:
    """tests/import_real, or tests/import_heldout and import_heldout2: real moties gathered after the importer
    was built, their expected files committed before it first read them (see their READMEs)."""
    return next((d for d in (HELDOUT, HELDOUT2, BATCH3, BATCH6) if (d / f"{name}.expected.yaml").exists()), REAL)


def source_of(name: str) -> Path:
    folder = folder_of(name)
    return folder / name if name.endswith(".docx") else folder / f"{name}.txt"


def expected_of(name: str) -> dict[str, Any]:
    return yaml.load((folder_of(name) / f"{name}.expected.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def is_placeholder(value: Any) -> bool:
    """A marked placeholder for a fact the source does not state: "[titel]"."""
    return isinstance(value, str) and bool(re.fullmatch(r"\[[^\[\]]+\]", value))


def kop(text: str) -> str:
    """A header as a human names it: case, trailing punctuation and a trailing 'om' do not count."""
    text = re.sub(r"[\s:;,.]+$", "", text.strip().lower())
    return re.sub(r"\s+om$", "", text)


def blocks(data: dict[str, Any], key: str) -> list[list[str]]:
    value = data.get(key) or []
    return [[kop(b["kop"]), str(len(b["punten"]))] for b in (value if isinstance(value, list) else [value])
            if not is_placeholder(b["kop"])]  # a marked gap ("[dictum]" of a text that breaks off) states no block


def stemming(data: dict[str, Any]) -> str | None:
    vote = data.get("stemming")
    if not vote:
        return None
    rows = vote.get("fracties", [])
    sides = {side: vote.get(side) or [row["fractie"] for row in rows if row["stem"] == side] for side in ("voor", "tegen")}
    parts = [f"{side.capitalize()}: {', '.join(parties)}" for side, parties in sides.items() if parties]
    if not parts and str(vote.get("uitslag", "")).lower() == "unaniem":  # a stated unanimity without a list of sides
        return "unaniem"
    return "; ".join(parts) or None


def norm_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    return re.findall(r"[^\W\d_]+|\d+", text)


def source_text(name: str) -> str:
    """The source without list markers ("1.", "a)", "•"): the built document numbers its points itself."""
    path = source_of(name)
    text = document_text(path.read_bytes()) if path.suffix == ".docx" else path.read_text(encoding="utf-8")
    return re.sub(r"(?m)^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•*–])\s+", "", text)


def glued(word: str, placed: Counter[str]) -> bool:
    """A page copy glues words ("StadspartijStatus"): placed when both halves are."""
    return any(placed[word[:i]] and placed[word[i:]] for i in range(2, len(word) - 1))


def field_words(data: Any) -> Counter[str]:
    """Every word the YAML's fields hold, each occurrence; an ISO date as the words it is printed in."""
    found: Counter[str] = Counter()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "voetnoten" and isinstance(item, dict):  # a footnote's mark "[2]" is its number here
                    found.update(norm_words(" ".join(str(k) for k in item)))
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.update(norm_words(value))
            date = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
            if date:
                day = dt.date(int(date.group(1)), int(date.group(2)), int(date.group(3)))
                found.update([date.group(1), str(day.day), MONTHS[day.month - 1], WEEKDAYS[day.weekday()]])

    walk(data)
    return found


def reported_words(result: ImportResult, niet_geplaatst: list[str]) -> Counter[str]:
    """The text warnings and notes report (page furniture named as left out, a remark at an indiener),
    as often as they report it; a piece that only repeats a niet_geplaatst line is not counted twice."""
    messages = [m for m in [*result.warnings, *result.notes] if not m.startswith("niet geplaatst:")]
    pieces = [p for p in furniture(result) if not any(p in quoted(m) for m in messages)]
    for message in messages:
        pieces.extend(quoted(message))
    found: Counter[str] = Counter()
    repeated = list(niet_geplaatst)
    for piece in pieces:
        if piece in repeated:  # "losse datum '19 juli 2023' …" beside the same line under niet_geplaatst
            repeated.remove(piece)
        else:
            found.update(norm_words(piece))
    return found


def placed_words(result: ImportResult, data: dict[str, Any], built: str) -> Counter[str]:
    """How often each word is accounted for: in a field or printed by the built document, whichever
    holds it more often (an opening absorbed into an orgaan id and a date counts only as printed
    again), plus the lines under niet_geplaatst and what a warning or note reports."""
    fields = {k: v for k, v in data.items() if k != "niet_geplaatst"}
    niet_geplaatst = data.get("niet_geplaatst", [])
    placed = field_words(fields) | Counter(norm_words(built))
    return placed + Counter(norm_words(" ".join(niet_geplaatst))) + reported_words(result, niet_geplaatst)


def lost_words(source: list[str], placed: Counter[str]) -> list[str]:
    """The occurrences beyond what is placed: every occurrence must be accounted for."""
    lost, left = [], Counter(placed)
    at = 0
    while at < len(source):
        word = source[at]
        mended = next((size for size in (2, 3, 4) if left["".join(source[at:at + size])] > 0), 0)
        if left[word] > 0:
            left[word] -= 1
        elif mended:  # a word a PDF split ("familiegroepspla n"), mended by the import
            left["".join(source[at:at + mended])] -= 1
            at += mended - 1
        elif not glued(word, placed):
            lost.append(word)
        at += 1
    return lost


# What the held-out moties still get wrong, per file; strict, so a file that starts passing loses its mark.
HELDOUT_KNOWN: dict[str, str] = {
    "gelderland_informeren_ps": "the text never names its orgaan (only the page's address does) and has no date but"
        " the page's; the import leaves both open for check to ask, the expected file takes them from the page",
    "hoogheemraadschap-de-stichtse-rijnlanden_dierenwelzijnportefeuille": "the expected file reads 'kennis genomen"
        " hebbende van' as part of the opening; the issue lists it as a considerans word and the import makes it a"
        " block; and the fractie 'Waterschap@Inwonersbelangen' under a name is not taken",
    "hoogheemraadschap-de-stichtse-rijnlanden_icoonsoorten": "two titles ('Motie icoonsoorten' as the page heading,"
        " 'Motie Icoonsoorten' as the motie's own line): the import takes the motie's own and says so; the expected"
        " file the page heading",
    "tweede-kamer_32213-R1903-26": "an openkamer page: its heading 'Motie Leerdam c.s. over …' is taken as the title"
        " instead of 'MOTIE VAN HET LID LEERDAM C.S.', and its ISO date stands after the motie, where no meeting"
        " date is looked for",
    "venray_motie_van_afkeuring": "'Gehoord de beraadslagingen, gelet op artikel 32 van het Reglement van Orde;' after"
        " the considerans is read as its 7th point",
    "noordwijk_gezamenlijke_verantwoordelijkheid": "a blog post quotes the motie inline in one paragraph: the import"
        " divides it (and says so), but the status stands only in the blog's narrative ('een (aangenomen) motie'),"
        " which it keeps under niet_geplaatst",
}


def _heldout_cases() -> list[Any]:
    names = sorted(p.name.removesuffix(".expected.yaml") for d in (HELDOUT, HELDOUT2) for p in d.glob("*.expected.yaml"))
    return [pytest.param(name, id=name, marks=[pytest.mark.xfail(strict=True, reason=HELDOUT_KNOWN[name])]
                         if name in HELDOUT_KNOWN else []) for name in names]


BATCH3_KNOWN = {
    "amsterdam_motie_325_mindervalidefietsers": "the expected file takes the Gemeenteblad 'Onderwerp' minus 'Motie' as"
        " the title; the corpus's amsterdam_formulier, of the same form, keeps 'Motie van de leden …' whole, and the"
        " import follows the older file",
}


def _batch3_cases() -> list[Any]:
    names = sorted(p.name.removesuffix(".expected.yaml") for p in BATCH3.glob("*.expected.yaml")
                   if not re.search(r"(?m)^(?:soort: (?:sub)?amendement|refuse:)", p.read_text("utf-8")))
    return [pytest.param(name, id=name, marks=[pytest.mark.xfail(strict=True, reason=BATCH3_KNOWN[name])]
                         if name in BATCH3_KNOWN else []) for name in names]


@pytest.mark.parametrize("name", _batch3_cases())
def test_batch3_motie(name: str, tmp_path: Path) -> None:
    """The development batch of issue 25 (tests/import_batch3): the facts a human counts, and nothing lost."""
    test_real_motie(name, tmp_path)


@pytest.mark.parametrize("name", _heldout_cases())
def test_heldout_motie(name: str, tmp_path: Path) -> None:
    """The same checks as for tests/import_real, on moties the importer was not built on."""
    test_real_motie(name, tmp_path)


@pytest.mark.parametrize("name", _cases())
def test_real_motie(name: str, tmp_path: Path) -> None:
    want = expected_of(name)
    if want.get("soort") == "amendement":  # never a motie: read as an amendement (importer/amendement.py)
        assert import_file(source_of(name)).data.get("soort") in ("amendement", "subamendement")
        with pytest.raises(UserError, match="dit is een amendement, geen motie"):
            parse_text(source_of(name).read_text("utf-8"))
        return
    result = import_file(source_of(name))
    data = yaml.load(to_yaml(result, name), Loader=yaml.BaseLoader)
    if name.removesuffix(".docx") not in ORGAAN_FROM_URL_ONLY:
        assert result.orgaan == (want["orgaan"], want["soort_orgaan"]), "orgaan"
    for key in BLOCK_KEYS:
        shape = want.get("blokken", {}).get(key, [])
        assert blocks(data, key) == [[kop(k), n] for k, n in shape if n != "0"], key
        for header in (k for k, n in shape if n == "0"):
            # a header without points: no block (a block needs a point), kept under niet_geplaatst and warned
            assert kop(header) in [kop(line) for line in data.get("niet_geplaatst", [])], f"{key}: '{header}'"
            empty = [re.fullmatch(r"de kop '(.+)' heeft geen punten", w) for w in result.warnings]
            assert [kop(m.group(1)) for m in empty if m].count(kop(header)) == 1, header
    assert signed(data) == want.get("indieners", []), "indieners"
    remarks = {p["naam"]: p["opmerking"] for p in data.get("indieners", []) if "opmerking" in p}
    for naam, remark in remarks.items():  # a remark beside a name is kept, and said
        assert any(naam in w and remark in w for w in result.warnings), remark
    for key in ("titel", "vergadering", "nummer", "status"):
        if key in want:
            assert data.get(key) == want[key], key
    if "stemming" in want:
        assert stemming(data) == want["stemming"], "stemming"
    for key in want.get("afwezig", []):  # a marked placeholder ("[titel]") is no fact: the source lacks it
        assert key not in data or is_placeholder(data[key]), f"{key} should not be there: {data.get(key)}"
    built = built_text(import_file(source_of(name)), name, want.get("orgaan"), tmp_path)
    lost = lost_words(norm_words(source_text(name)), placed_words(result, data, built))
    assert not lost, f"lost words: {lost[:20]}"


CORPUS = Path(__file__).resolve().parent / "import_corpus"
# An afdoeningsbrief quoting a motie: the college's reaction is left out on purpose (the import says
# how many lines), so its words are no part of the motie.
LETTERS = {"rotterdam_afdoening", "seed_001_den_haag_afdoening"}


# What the count still finds lost in the older corpus, per file; strict.
CORPUS_KNOWN = {
    "utrecht_inline": "the 'en' between two indieners on one line ('Sanne de Wit (PvdA) en Mehmet Yilmaz …') is a"
                      " separator the signature table does not print",
}


def _corpus_cases() -> list[Any]:
    names = sorted(p.name.removesuffix(".expected.yaml") for p in CORPUS.glob("*.expected.yaml"))
    return [pytest.param(name, id=name, marks=[pytest.mark.xfail(strict=True, reason=CORPUS_KNOWN[name])]
                         if name in CORPUS_KNOWN else []) for name in names if name not in LETTERS]


@pytest.mark.parametrize("name", _corpus_cases())
def test_corpus_motie_loses_nothing(name: str, tmp_path: Path) -> None:
    """The same count as for the real moties, for the older corpus: every word of the source is in a
    field, printed by the built document, under niet_geplaatst or named in a warning."""
    source = CORPUS / f"{name}.txt"
    want = yaml.load((CORPUS / f"{name}.expected.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    result = import_file(source)
    data = yaml.load(to_yaml(result, name), Loader=yaml.BaseLoader)
    built = built_text(import_file(source), name, want.get("orgaan"), tmp_path)
    lines = source_lines(source)  # list markers off, a word broken at a line end joined, as in the coverage test
    lost = lost_words(norm_words("\n".join(lines)), placed_words(result, data, built))
    assert not lost, f"lost words: {lost[:20]}"


# -- .docx input beyond the corpus drafts --------------------------------------------------------

MOTIE_LINES = ("De raad van de gemeente Zwolle, in vergadering bijeen op 8 juli 2019,", "Constaterende dat:",
               "het fietspad onveilig is;", "Verzoekt het college:", "het fietspad te verbreden,",
               "En gaat over tot de orde van de dag.", "Jan Jansen (GroenLinks)")


def test_docx_bullets_and_header_are_read(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.sections[0].header.paragraphs[0].text = "Gemeenteraad Zwolle - concept"
    document.add_paragraph("Motie: Veilig fietsen")
    for line in MOTIE_LINES:
        document.add_paragraph(line, style="List Bullet" if line.startswith(("het ", "Het ")) else None)
    path = tmp_path / "motie.docx"
    document.save(str(path))
    result = import_file(path)
    assert result.data["titel"] == "Veilig fietsen"
    assert result.data["constateringen"]["punten"] == ["het fietspad onveilig is;"]
    assert result.data["indieners"] == [{"naam": "Jan Jansen", "fractie": "GroenLinks"}]
    assert any("Gemeenteraad Zwolle - concept" in note for note in result.notes)


@pytest.mark.parametrize(("content", "message"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "met een wachtwoord beveiligd"),
    (b"no zip at all", "geen Word-bestand"),
])
def test_bad_docx_gives_one_dutch_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "motie.docx"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        import_file(path)


def test_docx_that_is_not_a_motie(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Boodschappenlijst: brood, melk, kaas.")
    path = tmp_path / "lijst.docx"
    document.save(str(path))
    with pytest.raises(UserError, match="geen motie herkend"):
        import_file(path)


# -- text encodings and empty PDFs ---------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1252"])
def test_text_encodings_are_read_as_what_they_are(tmp_path: Path, encoding: str) -> None:
    text = "\n".join(("Motie: Café één", *MOTIE_LINES)) + "\n"
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path = tmp_path / "motie.txt"
    path.write_bytes(raw)
    assert import_file(path).data["titel"] == "Café één"


def test_pdf_without_pages(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    path = tmp_path / "leeg.pdf"
    with path.open("wb") as handle:
        PdfWriter().write(handle)
    with pytest.raises(UserError, match="heeft geen pagina's"):
        import_file(path)


# -- a text that is not a motie ------------------------------------------------------------------

def test_not_a_motie_names_found_and_missing_parts(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("Motie: Fietsen\n\nConstaterende dat het regent;\n\nJan Jansen (GroenLinks)\n", encoding="utf-8")
    with pytest.raises(UserError) as refused:
        import_file(path)
    message = str(refused.value)
    assert "gevonden: een titel ('Motie …'), een considerans" in message
    assert "niet gevonden: een opening" in message and "een dictum" in message and "--ruw" in message


def test_ruw_puts_everything_under_niet_geplaatst(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from generator.cli.imports import import_command

    path = tmp_path / "brief.txt"
    path.write_text("Hallo,\n\nDit is geen motie.\n", encoding="utf-8")
    target = tmp_path / "brief.yaml"
    result = CliRunner().invoke(import_command, ["--ruw", str(path), "-o", str(target)])
    assert result.exit_code == 0, result.output
    data = yaml.load(target.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    # title and date are open facts, marked; the orgaan (no project here) a comment to fill in
    assert data == {"soort": "motie", "titel": "[titel]", "vergadering": "[datum]",
                    "niet_geplaatst": ["Hallo,", "Dit is geen motie."]}
    assert "# orgaan: ...    <- niet gevonden" in target.read_text(encoding="utf-8")


# The text never names its raad; the expected orgaan comes from the page's address.
ORGAAN_FROM_URL_ONLY = {"woerden_m-42", "zuid-holland_nationale_programmas"}


@pytest.mark.parametrize("name", [n for n in (p.values[0] for p in _cases())
                                  if expected_of(n).get("soort") != "amendement"])
def test_real_motie_yaml_is_a_valid_motie(name: str, tmp_path: Path) -> None:
    """Valid as written, or refused for exactly the facts the source does not state and that have no marker (an
    orgaan); a meeting date the source does not state is the open fact "[datum]", valid (the file is a concept)."""
    from generator.errors import ValidationFailed
    from generator.loading.reader import load
    from generator.loading.validation import validate
    from generator.soorten.motie.model import Motie

    target = tmp_path / "motie.yaml"
    target.write_text(to_yaml(import_file(source_of(name)), name), encoding="utf-8")
    try:
        motie = validate(load(target), Motie)
    except ValidationFailed as failed:  # only an orgaan the page names outside the text (no project here)
        assert name.removesuffix(".docx") in ORGAAN_FROM_URL_ONLY, failed.issues
        assert [issue.field for issue in failed.issues] == ["orgaan"], failed.issues
        return
    if "vergadering" in expected_of(name).get("afwezig", []):
        assert motie.vergadering is None, "an open date"


@pytest.mark.parametrize("name", [n for n in (p.values[0] for p in _cases())
                                  if expected_of(n).get("soort") != "amendement"
                                  and not {"titel", "vergadering"} & set(expected_of(n).get("afwezig", []))
                                  and n.removesuffix(".docx") not in ORGAAN_FROM_URL_ONLY])
def test_real_motie_passes_check_in_an_empty_project(name: str, tmp_path: Path) -> None:
    """The import writes the register id, so a motie of any orgaan checks and builds without a profile."""
    from click.testing import CliRunner

    from generator.cli import main

    target = tmp_path / "data" / "moties" / "motie.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(to_yaml(import_file(source_of(name)), name), encoding="utf-8")
    result = CliRunner().invoke(main, ["-C", str(tmp_path), "build", str(target)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "build" / "moties" / "motie.docx").is_file()


# -- the PDF path: the same texts as PDF (LibreOffice) give the same counts ------------------------

PDF_CASES = ("leiden_baggeren", "zaanstad_vreemd_bescherming", "overijssel_treurnis", "drenthe_dplg",
             "waterschap-brabantse-delta_graafschade", "hoogheemraadschap-de-stichtse-rijnlanden_motto",
             "tweede-kamer_32123-IV-12", "eerste-kamer_35300-L")


@pytest.fixture(scope="module")
def real_pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import os
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice ontbreekt op CI")
        pytest.skip("LibreOffice ontbreekt")
    folder = tmp_path_factory.mktemp("real-pdf")
    command = [soffice, f"-env:UserInstallation=file://{folder / 'profiel'}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(folder), *(str(REAL / f"{n}.txt") for n in PDF_CASES)]
    subprocess.run(command, check=True, timeout=300, capture_output=True, start_new_session=True)
    return folder


def signed(data: dict[str, Any]) -> list[dict[str, str]]:
    """The indieners as a human lists them: name and fractie (a remark beside a name is extra)."""
    return [{k: v for k, v in person.items() if k in ("naam", "fractie") and not is_placeholder(v)}
            for person in data.get("indieners", [])]


def counts(result: Any) -> dict[str, Any]:
    """What a human counts: blocks with their header and points, indieners, the facts."""
    data = yaml.load(to_yaml(result, "x"), Loader=yaml.BaseLoader)
    return {"blokken": {key: blocks(data, key) for key in BLOCK_KEYS}, "indieners": signed(data),
            **{key: data.get(key) for key in ("titel", "vergadering", "nummer", "status", "orgaan")},
            "stemming": stemming(data)}


@pytest.mark.parametrize("name", PDF_CASES)
def test_real_motie_from_pdf_counts_as_from_text(name: str, real_pdfs: Path) -> None:
    pdf = real_pdfs / f"{name}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-"), name
    assert counts(import_file(pdf)) == counts(import_file(source_of(name)))
