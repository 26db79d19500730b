"""`raadsstukken import`: seeds and a corpus of motie texts (as .txt and as PDF), bad PDFs, the YAML.

Every text in tests/import_corpus/ with a `<name>.expected.yaml` beside it is a test case: the
expected file lists the facts the import must find (and `afwezig:` the fields it must not invent).
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import time
import zlib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from generator.cli.imports import import_command
from generator.cli.main import main
from generator.errors import UserError, ValidationFailed
from generator.importer import Limits, import_file, parse_text, read_document, to_yaml
from generator.importer.dates import first_date
from generator.importer.emit import scalar
from generator.importer.headers import match_header
from generator.importer.textclean import join_lines, split_marker
from generator.importer.votes import telling
from generator.loading.reader import load
from generator.loading.validation import validate
from generator.soorten.motie.model import Motie

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "import_corpus"
CASES = sorted(p.name.removesuffix(".expected.yaml") for p in CORPUS.glob("*.expected.yaml"))
SEEDS = {"seed_000_zwolle": ("Gelet op:", "En gaat over tot de orde van de dag"),
         "seed_001_den_haag_afdoening": ("Constaterende, dat:", "Het college reageert")}
BLOCK_KEYS = ("constateringen", "overwegingen", "verzoeken")


# -- helpers -------------------------------------------------------------------------------------

def imported(path: Path) -> tuple[dict, str]:
    """(the data as every loader of the project sees it: all strings, the YAML text)."""
    text = to_yaml(import_file(path), path.name)
    return yaml.load(text, Loader=yaml.BaseLoader), text


def blocks(data: dict, key: str) -> list[dict]:
    value = data.get(key)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def words(text: str) -> list[str]:
    """Words for the similarity check: no bullets, hyphenation mended, footnote marks as digits."""
    text = re.sub(r"[\ue000-\uf8ff•«»]", " ", text)
    text = re.sub(r"(?m)^\s*[-+=*]\s+", " ", text)
    text = re.sub(r"([a-z])-\s*\n\s*([a-z])", r"\1\2", text)
    text = text.replace("[^", "").replace("]", "")
    return text.split()


def source_words(case: str) -> list[str]:
    start, end = SEEDS[case]
    text = (CORPUS / f"{case}.txt").read_text(encoding="utf-8")
    return words(text[text.index(start):text.index(end)])


def yaml_words(data: dict) -> list[str]:
    parts = []
    for key in BLOCK_KEYS:
        for block in blocks(data, key):
            parts.append(block["kop"])
            parts.extend(block["punten"])
    return words("\n".join(parts))


def similarity(case: str, data: dict) -> float:
    return difflib.SequenceMatcher(None, source_words(case), yaml_words(data), autojunk=False).ratio()


def check_facts(data: dict, expected: dict) -> None:
    for key, want in expected.items():
        if key == "blokken":
            for block_key, shape in want.items():
                got = [[b["kop"], str(len(b["punten"]))] for b in blocks(data, block_key)]
                assert got == shape, f"{block_key}: {got} != {shape}"
        elif key == "punten":
            for where, text in want.items():
                block_key, block, point = where.split(".")
                assert blocks(data, block_key)[int(block)]["punten"][int(point)] == text, where
        elif key == "niet_geplaatst":
            assert len(data.get("niet_geplaatst", [])) == int(want), data.get("niet_geplaatst")
        elif key == "afwezig":
            for absent in want:  # a marked placeholder ("[titel]") is no fact: the source lacks it
                assert absent not in data or re.fullmatch(r"\[[^\[\]]+\]", str(data[absent])), \
                    f"{absent} should not be there: {data.get(absent)}"
        elif key == "stemming":
            assert vote_facts(data.get("stemming") or {}) == want, f"stemming: {data.get('stemming')!r} != {want!r}"
        else:
            assert data.get(key) == want, f"{key}: {data.get(key)!r} != {want!r}"


def vote_facts(stemming: dict) -> dict:
    """The facts a human writes down of a vote: the fracties per side (also when the import wrote a
    table of rows) and the tally as "21 voor, 16 tegen" (the import keeps the source's wording: "20-25",
    "met 21 stemmen voor en 16 tegen", or the counts in the lists)."""
    facts = {}
    for side in ("voor", "tegen"):
        parties = stemming.get(side) or [row["fractie"] for row in stemming.get("fracties", []) if row["stem"] == side]
        if parties:
            facts[side] = parties
    if "uitslag" in stemming:
        facts["uitslag"] = telling(stemming["uitslag"]) or stemming["uitslag"]
    elif "aantal_voor" in stemming and "aantal_tegen" in stemming:
        facts["uitslag"] = f"{stemming['aantal_voor']} voor, {stemming['aantal_tegen']} tegen"
    return facts


def expected_facts(case: str) -> dict:
    return yaml.load((CORPUS / f"{case}.expected.yaml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


# -- PDFs made from the corpus texts by LibreOffice ------------------------------------------------

@pytest.fixture(scope="session")
def corpus_pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice ontbreekt op CI")
        pytest.skip("LibreOffice ontbreekt")
    folder = tmp_path_factory.mktemp("pdf")
    sources = [CORPUS / f"{case}.txt" for case in CASES]
    command = [soffice, f"-env:UserInstallation=file://{folder / 'profiel'}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)]
    subprocess.run(command, check=True, timeout=180, capture_output=True, start_new_session=True)
    for case in CASES:
        assert (folder / f"{case}.pdf").read_bytes().startswith(b"%PDF-"), case
    return folder


# -- the seeds and the corpus --------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES)
def test_corpus_text(case: str) -> None:
    data, _ = imported(CORPUS / f"{case}.txt")
    check_facts(data, expected_facts(case))


@pytest.mark.parametrize("case", CASES)
def test_corpus_pdf(case: str, corpus_pdfs: Path) -> None:
    data, _ = imported(corpus_pdfs / f"{case}.pdf")
    check_facts(data, expected_facts(case))


@pytest.mark.parametrize("case", sorted(SEEDS))
def test_seed_text_is_faithful(case: str) -> None:
    data, text = imported(CORPUS / f"{case}.txt")
    assert similarity(case, data) >= 0.95
    assert not re.search(r"groeps- plan|[•«]|\b3/3\b|Ons kenmerk|OCW/", text)


@pytest.mark.parametrize("case", sorted(SEEDS))
def test_seed_pdf_is_faithful(case: str, corpus_pdfs: Path) -> None:
    data, text = imported(corpus_pdfs / f"{case}.pdf")
    assert similarity(case, data) >= 0.95
    assert not re.search(r"groeps- plan|[•«]|\b3/3\b|Ons kenmerk|OCW/", text)


@pytest.mark.parametrize("case", CASES)
def test_corpus_yaml_is_valid_motie(case: str, tmp_path: Path) -> None:
    """Valid as it stands, or (when the source lacks a required fact) refused for exactly that fact."""
    _, text = imported(CORPUS / f"{case}.txt")
    target = tmp_path / f"{case}.yaml"
    target.write_text(text, encoding="utf-8")
    missing = sorted({"vergadering", "orgaan"} & set(expected_facts(case).get("afwezig", [])))
    if not missing:
        validate(load(target), Motie)
        return
    with pytest.raises(ValidationFailed) as failed:
        validate(load(target), Motie)
    assert sorted(issue.field for issue in failed.value.issues) == missing


@pytest.mark.parametrize("case", sorted(SEEDS))
def test_seed_yaml_passes_check(case: str, tmp_path: Path, corpus_pdfs: Path) -> None:
    for source in (CORPUS / f"{case}.txt", corpus_pdfs / f"{case}.pdf"):
        target = tmp_path / f"{source.stem}-{source.suffix[1:]}.yaml"
        result = CliRunner().invoke(import_command, [str(source), "-o", str(target)])
        assert result.exit_code == 0, result.output
        check = CliRunner().invoke(main, ["-C", str(REPO), "check", str(target)])
        assert check.exit_code == 0, check.output
        assert "Geen fouten gevonden." in check.output


def test_nothing_is_dropped_silently() -> None:
    text = (CORPUS / "amersfoort_genummerd.txt").read_text(encoding="utf-8")
    text = text.replace("Jan Jansen, GroenLinks", "Zie ook de bijlage bij deze motie\nJan Jansen, GroenLinks")
    result = parse_text(text)
    assert result.data["niet_geplaatst"] == ["Zie ook de bijlage bij deze motie"]
    assert any("Zie ook de bijlage" in w for w in result.warnings)


def test_never_invents_a_date_or_title() -> None:
    """A title the text lacks is a marked placeholder (the file a concept, `check` names it); a date stays open."""
    result = parse_text("Constaterende dat er iets is;\nVerzoekt het college iets te doen.\n")
    text = to_yaml(result, "x.txt")
    assert "\ntitel: \"[titel]\"\n" in text and "\nvergadering: \"[datum]\"    # niet in de brontekst:" in text
    assert "\nconcept: ja\n" in text
    assert "titel niet gevonden; '[titel]' staat er tot u hem invult" in result.warnings
    assert "# CONCEPT: de tekst noemt niet titel;" in text
    assert [(f.rule, f.message) for f in result.findings if f.rule == "titel"] == [
        ("titel", "titel niet gevonden; '[titel]' staat er tot u hem invult")]


def test_not_a_motie() -> None:
    with pytest.raises(UserError, match="geen motie herkend"):
        parse_text("Hierbij ontvangt u de stukken.\n")


def test_a_letter_is_refused_as_a_letter() -> None:
    with pytest.raises(UserError, match=r"^dit is een brief, geen motie of amendement \(herkend aan 'Geachte heer, mevrouw,'\)"):
        parse_text("Geachte heer, mevrouw,\n\nHierbij ontvangt u de notulen.\n")


FRAGMENTS = ["MOTIE Proef", "De raad van de gemeente Zwolle in vergadering bijeen op 8 juli 2019", "Gelet op:",
             "Constaterende, dat:", "Overwegende dat", "Verzoekt het college:", "verzoekt de regering om iets,",
             "• de Verordening Jeugdhulp", "- een punt;", "1. eerste;", "a) tweede, en", "familiegroeps-", "plan;",
             "En gaat over tot de orde van de dag.", "Jan Jansen, GroenLinks", "Voor: VVD, D66", "Aangenomen",
             "instrument is1;", "1 Voetnoot", "3/3", "Ons kenmerk", "OCW/10163971", "Gemeente Den Haag", "",
             "\f", "De motie luidt als volgt:", "Het college reageert", "Naam   Fractie", "Toelichting:", "«", "="]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=40))
@example(["AMENDEMENT"])  # found by hypothesis: an amendement is refused by the motie reader, naming what it is
def test_any_text_gives_yaml_or_one_message(lines: list[str]) -> None:
    try:
        result = parse_text("\n".join(lines))
    except UserError as exc:
        assert str(exc).startswith(("geen motie herkend", "geen dictum gevonden", "dit is een brief",
                                    "dit is een besluitenlijst", "dit zijn notulen",
                                    "dit is een amendement, geen motie"))
        return
    data = yaml.load(to_yaml(result, "x.txt"), Loader=yaml.BaseLoader)
    assert data["soort"] == "motie" and data["verzoeken"]


def test_large_input_takes_linear_time() -> None:
    # Compared with itself, not with a clock: four times the lines must take about four times as long
    # (a quadratic step would take sixteen), whatever the machine's load.
    def seconds(n: int) -> float:
        text = "Constaterende dat:\n- " + "woord-\n" * n + "en nog een woord\n" * n + "Verzoekt het college:\n- y.\n"
        best = float("inf")
        for _ in range(2):
            started = time.monotonic()
            result = parse_text(text)
            best = min(best, time.monotonic() - started)
        assert len(result.data["constateringen"]["punten"]) == 1
        return best

    assert seconds(10_000) / seconds(2_500) < 8


# -- pieces --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "joined"), [
    (["familiegroeps-", "", "plan"], "familiegroepsplan"),
    (["mevrouw Klokkenburg-", "", "Reedeker"], "mevrouw Klokkenburg-Reedeker"),
    (["Jeugd-", "en gezinshulp"], "Jeugd- en gezinshulp"),
    (["(POH-", "Jeugd)"], "(POH-Jeugd)"),
    (["zee-", "eend"], "zee-eend"),
    (["de Perspectiefnota 2020-", "2023"], "de Perspectiefnota 2020-2023"),
    (["opvoeders -", "die"], "opvoeders - die"),
])
def test_join_lines(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


@pytest.mark.parametrize(("line", "marker", "rest"), [
    ("• de Verordening", "bullet", "de Verordening"), ("\uf0b7 tekst", None, "\uf0b7 tekst"),
    ("- tekst", "bullet", "tekst"), ("+ tekst", "bullet", "tekst"), ("= tekst", "bullet", "tekst"),
    ("« tekst", "bullet", "tekst"), ("1. tekst", "number", "tekst"), ("a) tekst", "number", "tekst"),
    ("(ii) tekst", "number", "tekst"), ("2020 slechts", None, "2020 slechts"), ("-gezinshulp", None, "-gezinshulp"),
])
def test_split_marker(line: str, marker: str | None, rest: str) -> None:
    assert split_marker(line) == (marker, rest)


@pytest.mark.parametrize(("line", "kind", "kop", "rest"), [
    ("Gelet op:", "constateringen", "Gelet op:", ""),
    ("Constaterende, dat:", "constateringen", "Constaterende, dat:", ""),
    ("Constaterende dat", "constateringen", "Constaterende dat:", ""),
    ("Van mening, dat:", "overwegingen", "Van mening, dat:", ""),
    ("Overwegende dat de kosten stijgen;", "overwegingen", "Overwegende dat:", "de kosten stijgen;"),
    ("Draagt het college op:", "verzoeken", "Draagt het college op:", ""),
    ("Spreekt uit dat:", "verzoeken", "Spreekt uit dat:", ""),
    ("verzoekt de regering om X te doen,", "verzoeken", "verzoekt de regering:", "om X te doen,"),
    ("roepen Gedeputeerde Staten op:", "verzoeken", "roepen Gedeputeerde Staten op:", ""),
])
def test_headers(line: str, kind: str, kop: str, rest: str) -> None:
    header = match_header(line)
    assert header is not None and (header.kind, header.kop, header.rest) == (kind, kop, rest)


@pytest.mark.parametrize("line", ["gehoord de beraadslaging,", "van de inzet", "besluit om iets te doen"])
def test_not_headers(line: str) -> None:
    assert match_header(line) is None


@pytest.mark.parametrize(("text", "iso"), [
    ("maandag 8 juli 2019", "2019-07-08"), ("op 12 juli 2018,", "2018-07-12"), ("1 mrt. 2020", "2020-03-01"),
    ("08-07-2019", "2019-07-08"), ("31 februari 2020 en 1 mei 2020", "2020-05-01"),
])
def test_dates(text: str, iso: str) -> None:
    assert first_date(text).isoformat() == iso  # type: ignore[union-attr]


@pytest.mark.parametrize(("value", "written"), [
    ("010", '"010"'), ("NO", '"NO"'), ("1:20", '"1:20"'), ("Gelet op:", '"Gelet op:"'), ("#1", '"#1"'),
    ("yes", '"yes"'), ("1.10", '"1.10"'), ("1e3", '"1e3"'), ("a: b", '"a: b"'), ("RIS309671", "RIS309671"),
    ("M-28", "M-28"), ("- x", '"- x"'), ("‘citaat’ en zo", "‘citaat’ en zo"),
])
def test_scalar_quoting(value: str, written: str) -> None:
    assert scalar(value) == written


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40))
def test_scalar_round_trips(value: str) -> None:
    text = f"k: {scalar(value)}\n"
    assert yaml.load(text, Loader=yaml.BaseLoader) == {"k": value}
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        assert yaml.safe_load(text) == {"k": value}


# -- bad input: one clear Dutch message within seconds -------------------------------------------

def text_pdf(lines: list[str]) -> bytes:
    """A small valid PDF with one page of Helvetica text (no LibreOffice needed)."""
    body = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    return pdf_with_content(body.encode("latin-1"), b"")


def pdf_with_content(content: bytes, filters: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
         b" /Contents 4 0 R >>"),
        b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(content), filters, content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


MOTIE_LINES = ["MOTIE Proef", "De raad van de gemeente Zwolle in vergadering bijeen op 8 juli 2019",
               "Constaterende dat:", "- er iets is;", "Verzoekt het college:", "- iets te doen."]


def write_pdf(path: Path, writer: PdfWriter) -> Path:
    with path.open("wb") as handle:
        writer.write(handle)
    return path


@pytest.fixture
def good_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "motie.pdf"
    path.write_bytes(text_pdf(MOTIE_LINES))
    return path


def test_hand_made_pdf_imports(good_pdf: Path) -> None:
    data, _ = imported(good_pdf)
    assert data["titel"] == "Proef" and data["verzoeken"]["punten"] == ["iets te doen."]


def bad_pdf(kind: str, tmp_path: Path, good: Path) -> Path:
    path = tmp_path / f"{kind}.pdf"
    if kind == "versleuteld":
        writer = PdfWriter(clone_from=PdfReader(good))
        writer.encrypt("geheim", algorithm="RC4-128")
        return write_pdf(path, writer)
    if kind == "beschadigd":
        path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    elif kind == "afgebroken":
        path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif kind == "scan":
        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        return write_pdf(path, writer)
    elif kind == "groot":
        writer = PdfWriter()
        for _ in range(1000):
            writer.add_blank_page(595, 842)
        return write_pdf(path, writer)
    elif kind == "geen-pdf":
        path.write_text("Dit is gewoon tekst met de naam .pdf\n", encoding="utf-8")
    return path


BAD = {
    "versleuteld": "versleuteld.pdf is beveiligd met een wachtwoord en kan niet gelezen worden",
    "beschadigd": "beschadigd.pdf is beschadigd: de verwijzingstabel (startxref) ontbreekt of klopt niet",
    "afgebroken": "afgebroken.pdf is onvolledig: het einde van het PDF-bestand ontbreekt",
    "scan": "scan.pdf bevat geen tekst, alleen afbeeldingen: waarschijnlijk een gescande PDF",
    "groot": "groot.pdf heeft 1000 pagina's; de import leest hoogstens 60 pagina's",
    "geen-pdf": "geen-pdf.pdf is geen PDF-bestand (het begint niet met '%PDF-')",
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_pdf_gives_one_dutch_message(kind: str, tmp_path: Path, good_pdf: Path) -> None:
    path = bad_pdf(kind, tmp_path, good_pdf)
    started = time.monotonic()
    result = CliRunner().invoke(import_command, [str(path)])
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert result.output.startswith(f"fout: {BAD[kind]}"), result.output
    assert "Traceback" not in result.output and result.output.count("\n") == 1
    if kind == "scan":
        assert "OCR" in result.output


def test_pdf_reading_is_bounded_in_time(good_pdf: Path) -> None:
    started = time.monotonic()
    with pytest.raises(UserError, match="duurde langer dan 0.01 seconden en is afgebroken"):
        read_document(good_pdf, Limits(timeout=0.01))
    assert time.monotonic() - started < 5


def test_pdf_reading_is_bounded_in_memory(tmp_path: Path) -> None:
    """100 kB that inflate to 56 MB of text operators: the memory cap stops pypdf, not the machine."""
    bomb = tmp_path / "bom.pdf"
    bomb.write_bytes(pdf_with_content(zlib.compress(b"BT /F1 11 Tf " + b"(abcdefgh) Tj " * 4_000_000 + b"ET", 9),
                                      b"/Filter /FlateDecode "))
    started = time.monotonic()
    with pytest.raises(UserError, match="bom.pdf vraagt te veel geheugen om te lezen"):
        read_document(bomb, Limits(memory_bytes=100 * 1024 * 1024))
    assert time.monotonic() - started < 10


def test_word_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "motie.odt"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(UserError, match="is een tekstverwerkerbestand"):
        read_document(path)


# -- the command ---------------------------------------------------------------------------------

def test_command_writes_stdout_and_warnings_apart() -> None:
    result = CliRunner().invoke(import_command, [str(CORPUS / "seed_000_zwolle.txt")])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Motie geïmporteerd uit seed_000_zwolle.txt")
    assert "waarschuwing: voetnoot 1:" in result.stderr and "waarschuwing" not in result.stdout.split("\n", 3)[3]


def test_command_output_file_no_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "motie.yaml"
    source = str(CORPUS / "amersfoort_genummerd.txt")
    first = CliRunner().invoke(import_command, [source, "-o", str(target)])
    assert first.exit_code == 0, first.output
    target.write_text("handwerk\n", encoding="utf-8")
    second = CliRunner().invoke(import_command, [source, "-o", str(target)])
    assert second.exit_code == 2  # wrong use of the command, as in `nieuw`
    assert second.stderr == (f"fout: {target} bestaat al — kies een andere naam of gebruik --force om het"
                             " te overschrijven\n")
    assert target.read_text(encoding="utf-8") == "handwerk\n"
    third = CliRunner().invoke(import_command, [source, "-o", str(target), "--force"])
    assert third.exit_code == 0, third.output
    assert target.read_text(encoding="utf-8").startswith("# Motie geïmporteerd")
    assert [p.name for p in tmp_path.iterdir()] == ["motie.yaml"]


def test_command_missing_file_and_folder(tmp_path: Path) -> None:
    missing = CliRunner().invoke(import_command, [str(tmp_path / "weg.pdf")])
    assert missing.exit_code == 2  # wrong use: the file named is not there
    assert missing.stderr == f"fout: {tmp_path / 'weg.pdf'} bestaat niet — controleer de naam en de map\n"
    no_dir = CliRunner().invoke(import_command, [str(CORPUS / "utrecht_inline.txt"), "-o",
                                                 str(tmp_path / "geen" / "x.yaml")])
    assert no_dir.exit_code == 2 and "de map" in no_dir.stderr and "bestaat niet" in no_dir.stderr


def test_command_is_registered_in_main_cli() -> None:
    result = CliRunner().invoke(main, ["import", "--help"])
    assert result.exit_code == 0, result.output
    assert "Toon deze hulp en stop." in result.output
