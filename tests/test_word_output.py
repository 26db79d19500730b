"""Generated documents are real Word files: LibreOffice opens them (the session's samples, tests/conftest.py) and
the OOXML validator passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.ooxml import ooxml_errors


@pytest.fixture(scope="module")
def documents(built_samples: Path) -> list[Path]:
    """Every sample document, as the session built them once (tests/conftest.py)."""
    return sorted((built_samples / "build").rglob("*.docx"))


def test_every_sample_document_passes_the_ooxml_validator(documents: list[Path]) -> None:
    assert len(documents) >= 40
    for path in documents:
        assert ooxml_errors(path) == [], path.name


def test_the_ooxml_validator_finds_an_element_word_does_not_know(documents: list[Path], tmp_path: Path) -> None:
    """The check above can fail: one unknown element in the body is an error."""
    import zipfile

    broken = tmp_path / "kapot.docx"
    with zipfile.ZipFile(documents[0]) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><w:onbekend/>", 1)
            target.writestr(item, data)
    assert ooxml_errors(broken)


def test_libreoffice_opens_every_sample_document(samples) -> None:  # type: ignore[no-untyped-def]
    """Every sample .docx opened by LibreOffice and written as PDF with its text (the session's one
    LibreOffice run over the samples, tests/conftest.py)."""
    assert sorted(samples.pdfs) == samples.docx
    for path, pdf in samples.pdfs.items():
        text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert len(text.split()) > 20, path.name


def parts(path: Path) -> dict[str, str]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml")}


def test_every_sample_document_declares_dutch_and_captions_its_tables(documents: list[Path]) -> None:
    """Issue 26, readable by everyone: nl-NL as the default language and in the theme fonts, and every
    table a caption (its title for a screen reader) from the heading or paragraph above it, numbered
    headings read as "4 Titel"."""
    import re

    captions = []
    for path in documents:
        xml = parts(path)
        defaults = re.search(r"<w:rPrDefault>.*?</w:rPrDefault>", xml["word/styles.xml"], re.S)
        assert defaults is not None and 'w:lang w:val="nl-NL"' in defaults.group(), path.name
        assert '<w:themeFontLang w:val="nl-NL"' in xml["word/settings.xml"], path.name
        for table in re.findall(r"<w:tbl>\s*<w:tblPr>(.*?)</w:tblPr>", xml["word/document.xml"], re.S):
            caption = re.search(r'<w:tblCaption w:val="([^"]+)"', table)
            assert caption, f"{path.name}: een tabel zonder bijschrift"
            captions.append(caption.group(1))
    assert "Alle moties met hun status" in captions  # the motievolglijst's own
    assert "Toezeggingen" in captions
    assert "4 Wijziging Verordening Jeugdhulp (familiegroepsplan)" in captions  # a numbered agendapunt's heading
    assert not [c for c in captions if re.match(r"\d[^\d\s.]", c)], captions


def test_the_logo_has_its_alternative_text(documents: list[Path], project: Path, run) -> None:
    """Without a description the letterhead names it; the profile's logo_beschrijving replaces that."""
    import re

    zuidplas = next(path for path in documents if "2022-06-28" in path.name)
    described = re.findall(r'<wp:docPr\b[^>]*\bdescr="([^"]*)"', "".join(parts(zuidplas).values()))
    assert described == ["Logo Gemeente Zuidplas"]
    profile = project / "data" / "gemeenten" / "zuidplas.yaml"
    profile.write_text(profile.read_text("utf-8").replace(
        "  logo: huisstijl/zuidplas/logo.png", "  logo: huisstijl/zuidplas/logo.png\n  logo_beschrijving: Wapen van Zuidplas"),
        "utf-8")
    source = project / "data" / "moties" / f"{zuidplas.stem}.yaml"
    assert run("build", str(source)).exit_code == 0
    built = project / "build" / "moties" / zuidplas.name
    assert re.findall(r'<wp:docPr\b[^>]*\bdescr="([^"]*)"', "".join(parts(built).values())) == ["Wapen van Zuidplas"]
