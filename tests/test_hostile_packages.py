"""Templates built to hurt (issue 28): parsed, not grepped. Each gets one Dutch line naming the file,
at `templates check` and at the build; nothing of it reaches a built document."""

from __future__ import annotations

import io
import shutil
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import main

REPO = Path(__file__).resolve().parents[1]
MOTIE = REPO / "templates" / "moties" / "motie.docx"
SAMPLE = "2019-07-08-netwerkversterking-en-familiegroepsplannen"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
IMAGE = f"{R}/image"

with zipfile.ZipFile(MOTIE) as _archive:
    ENTRIES = [(info, _archive.read(info)) for info in _archive.infolist()]
PARTS = {info.filename: data for info, data in ENTRIES}
RELS = PARTS["word/_rels/document.xml.rels"].decode()
DOCUMENT = PARTS["word/document.xml"].decode()


def package(change: dict[str, bytes | str] | None = None, extra: list[tuple[str, bytes | str]] = ()) -> bytes:
    """The motie template with some parts replaced and some entries added (any name, duplicates too)."""
    change = change or {}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a duplicate name is the point of one case
        for info, data in ENTRIES:
            new = change.get(info.filename, data)
            archive.writestr(info, new.encode() if isinstance(new, str) else new)
        for name, data in extra:
            archive.writestr(zipfile.ZipInfo(name), data.encode() if isinstance(data, str) else data)
    return out.getvalue()


def with_rel(relationship: str) -> dict[str, bytes | str]:
    return {"word/_rels/document.xml.rels": RELS.replace("</Relationships>", relationship + "</Relationships>")}


def with_doctype(part: str, doctype: str) -> dict[str, bytes | str]:
    text = PARTS[part].decode()
    head, _, rest = text.partition("?>")
    return {part: f"{head}?>{doctype}{rest}"}


def in_title(xml: str) -> dict[str, bytes | str]:
    return {"word/document.xml": DOCUMENT.replace("{{ titel }}", xml, 1)}


EXTERNAL = "sjabloon motie.docx koppelt aan een extern bestand ({}) — voeg afbeeldingen in als 'Invoegen', niet als 'Koppelen'," \
           " en verwijder koppelingen naar andere bestanden"
NAMES = "sjabloon motie.docx bevat een onderdeel met een ongeldige naam ({}) — sla het sjabloon opnieuw op in Word" \
        " als 'Word-document (*.docx)'"
DTD = "sjabloon motie.docx bevat een DTD (<!DOCTYPE …>) in {}; die heeft een Word-document nooit — sla het sjabloon" \
      " opnieuw op in Word als 'Word-document (*.docx)'"

CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    "single quotes": (lambda: package(with_rel(f"<Relationship Id='rId99' Type='{IMAGE}' Target='file:///etc/passwd'"
                                               " TargetMode='External'/>")), EXTERNAL.format("file:///etc/passwd")),
    "line breaks between attributes": (lambda: package(with_rel(f'<Relationship\n\tId="rId99"\n Type="{IMAGE}"\r\n'
                                                                ' Target="http://example.org/x.png"\n TargetMode = "External" />')),
                                       EXTERNAL.format("http://example.org/x.png")),
    "mode before type": (lambda: package(with_rel(f'<Relationship TargetMode="External" Target="\\\\server\\share\\a.png"'
                                                  f' Id="rId99" Type="{IMAGE}"/>')), EXTERNAL.format("\\\\server\\share\\a.png")),
    "prefixed element": (lambda: package(with_rel('<p:Relationship xmlns:p="http://schemas.openxmlformats.org/package/2006/'
                                                  f'relationships" Id="rId99" Type="{IMAGE}" Target="http://x.test/a"'
                                                  ' TargetMode="External"/>')), EXTERNAL.format("http://x.test/a")),
    "entity in an attribute": (lambda: package(with_rel(f'<Relationship Id="rId99" Type="{IMAGE}" Target="http://x.test/b"'
                                                        ' TargetMode="&#69;xternal"/>')), EXTERNAL.format("http://x.test/b")),
    "hyperlink type spoofed": (lambda: package(with_rel('<Relationship Id="rId99" Type="http://evil.test/hyperlink"'
                                                        ' Target="http://x.test/c" TargetMode="External"/>')),
                               EXTERNAL.format("http://x.test/c")),
    "hyperlink to a file": (lambda: package(with_rel(f'<Relationship Id="rId99" Type="{R}/hyperlink" Target="file:///C:/x.docx"'
                                                     ' TargetMode="External"/>')), EXTERNAL.format("file:///C:/x.docx")),
    "attached template": (lambda:
                          package(extra=[("word/_rels/settings.xml.rels", '<?xml version="1.0"?><Relationships xmlns='
                                          '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship'
                                          f' Id="rId1" Type="{R}/attachedTemplate" Target="http://x.test/t.dotm"'
                                          ' TargetMode="External"/></Relationships>')]),
                          EXTERNAL.format("http://x.test/t.dotm")),
    "includepicture field": (lambda: package(in_title('{{ titel }}</w:t></w:r><w:r><w:instrText xml:space="preserve">'
                                                      ' INCLUDEPICTURE  "http://x.test/p.png" \\d </w:instrText></w:r><w:r><w:t>')),
                             "sjabloon motie.docx haalt bij het openen iets van buiten op (veld INCLUDEPICTURE"
                             " \"http://x.test/p.png\" in word/document.xml) — verwijder dat veld uit het sjabloon"),
    "simple field includetext": (lambda: package(in_title('{{ titel }}</w:t></w:r><w:fldSimple w:instr=" INCLUDETEXT'
                                                          ' &quot;C:\\\\geheim.docx&quot; "/><w:r><w:t>')),
                                 "sjabloon motie.docx haalt bij het openen iets van buiten op (veld INCLUDETEXT"
                                 " \"C:\\\\geheim.docx\" in word/document.xml) — verwijder dat veld uit het sjabloon"),
    "entry with ..": (lambda: package(extra=[("../../buiten.txt", "x")]), NAMES.format("'../../buiten.txt'")),
    "absolute entry": (lambda: package(extra=[("/etc/cron.d/x", "x")]), NAMES.format("'/etc/cron.d/x'")),
    "backslash entry": (lambda: package(extra=[("word\\..\\..\\x.xml", "x")]), NAMES.format("'word\\\\..\\\\..\\\\x.xml'")),
    "drive entry": (lambda: package(extra=[("C:/x.xml", "x")]), NAMES.format("'C:/x.xml'")),
    "duplicate entry": (lambda: package(extra=[("word/document.xml", "<w:document/>")]),
                        "sjabloon motie.docx bevat het onderdeel 'word/document.xml' twee keer — sla het sjabloon opnieuw op"
                        " in Word als 'Word-document (*.docx)'"),
    "duplicate by case": (lambda: package(extra=[("Word/Document.xml", "<w:document/>")]),
                          "sjabloon motie.docx bevat het onderdeel 'Word/Document.xml' twee keer — sla het sjabloon opnieuw"
                          " op in Word als 'Word-document (*.docx)'"),
    "external entity": (lambda: package(with_doctype("word/document.xml", '<!DOCTYPE w:document [<!ENTITY x SYSTEM'
                                                     ' "file:///etc/passwd">]>')), DTD.format("word/document.xml")),
    "billion laughs in styles": (lambda: package(with_doctype("word/styles.xml", '<!DOCTYPE a [<!ENTITY a "aaaaaaaaaa">'
                                                              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>')),
                                 DTD.format("word/styles.xml")),
    "doctype in content types": (lambda: package(with_doctype("[Content_Types].xml", "<!DOCTYPE Types SYSTEM"
                                                              ' "http://x.test/t.dtd">')), DTD.format("[Content_Types].xml")),
    "broken relationships": (lambda: package({"word/_rels/document.xml.rels": RELS.replace("</Relationships>", "")}),
                             "sjabloon motie.docx: word/_rels/document.xml.rels is geen geldige XML (regel 2) — sla het"
                             " sjabloon opnieuw op in Word als 'Word-document (*.docx)'"),
    "tracked change, other prefix": (lambda: package(in_title('<x:ins xmlns:x="http://schemas.openxmlformats.org/'
                                                              'wordprocessingml/2006/main" x:id="1" x:author="a">{{ titel }}'
                                                              '</x:ins>')),
                                     "sjabloon motie.docx bevat bijgehouden wijzigingen — accepteer of weiger alle"
                                     " wijzigingen in Word (Controleren → Accepteren) en sla op"),
    "macros elsewhere": (lambda: package(extra=[("word/extra/vbaProject.bin", b"\0macro")]),
                         "sjabloon motie.docx bevat macro's — sla het op als 'Word-document (*.docx)', zonder macro's"),
    "too many entries": (lambda: package(extra=[(f"word/media/x{i}.bin", b"") for i in range(5000)]),
                         "sjabloon motie.docx bestaat uit 5.019 onderdelen; dat is geen normaal Word-document — gebruik een"
                         " sjabloon zonder grote ingesloten bestanden"),
}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of one profile and one motie: `templates check` and the build stay quick."""
    root = tmp_path_factory.mktemp("klein")
    (root / "data" / "moties").mkdir(parents=True)
    shutil.copytree(REPO / "data" / "gemeenten", root / "data" / "gemeenten")
    shutil.copy(REPO / "data" / "moties" / f"{SAMPLE}.yaml", root / "data" / "moties")
    return root


def cli(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-C", str(root), *args], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.mark.parametrize("case", list(CASES))
def test_templates_check_names_the_file_in_one_dutch_line(small: Path, tmp_path: Path, case: str) -> None:
    make, expected = CASES[case]
    target = tmp_path / "motie.docx"
    target.write_bytes(make())
    code, output = cli(small, "templates", "check", str(target), "--soort", "motie")
    assert code == 1, output
    assert f"{target}: {expected}" in output.splitlines(), output
    assert "Traceback" not in output and "Interne fout" not in output


@pytest.mark.parametrize("case", ["line breaks between attributes", "entry with ..", "external entity", "includepicture field"])
def test_the_build_refuses_and_copies_nothing(small: Path, case: str) -> None:
    make, expected = CASES[case]
    override = small / "templates" / "moties" / "motie.docx"
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_bytes(make())
    try:
        code, output = cli(small, "build", "-j", "1")
    finally:
        shutil.rmtree(small / "templates")
    assert code == 1, output
    assert f"data/moties/{SAMPLE}.yaml: {expected}" in output.replace(f"{small}/", ""), output
    assert not (small / "build" / "moties" / f"{SAMPLE}.docx").exists()
    assert not (small.parent / "buiten.txt").exists()


@pytest.mark.parametrize("where", ["project", "huisstijl"])
def test_a_template_that_is_a_folder_is_an_error(small: Path, tmp_path: Path, where: str) -> None:
    root = tmp_path / "p"
    shutil.copytree(small, root)
    if where == "huisstijl":
        profile = root / "data" / "gemeenten" / "zwolle.yaml"
        profile.write_text(profile.read_text("utf-8") + "huisstijl:\n  templates: eigen\n", "utf-8")
        folder = root / "data" / "gemeenten" / "eigen" / "moties" / "motie.docx"
        shown = "data/gemeenten/eigen/moties/motie.docx"
    else:
        folder = root / "templates" / "moties" / "motie.docx"
        shown = "templates/moties/motie.docx"
    folder.mkdir(parents=True)
    code, output = cli(root, "build", "-j", "1")
    assert code == 1, output
    assert (f"data/moties/{SAMPLE}.yaml: sjabloon {shown} is een map, geen Word-document — zet er het sjabloon"
            " (.docx) neer of verwijder de map") in output.replace(f"{root}/", ""), output
