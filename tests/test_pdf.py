"""The PDF stage against the real LibreOffice (and a few fake ones for hangs, crashes and env).

These tests never skip when LibreOffice is installed; with CI=true a missing LibreOffice fails.
"""

from __future__ import annotations

import io
import stat
import struct
import time
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from pypdf import PdfReader, PdfWriter

from generator import portable
from generator.cli.pdf import pdf_command
from generator.errors import UserError
from generator.pdf import convert as pdf
from generator.pdf.convert import convert, find_soffice, verify_pdf

LOAD_FAILED = "LibreOffice kon het document niet openen (beschadigd of geen Word-document)"
NOT_DOCX = "is geen Word-document (.docx) maar een ander soort bestand, bijvoorbeeld tekst met de naam .docx"
TRUNCATED = "is beschadigd: het zip-archief is onvolledig (afgebroken bij het opslaan?)"
INSTALL = ("installeer het met 'sudo apt-get install libreoffice-writer-nogui fonts-liberation2' "
           "of wijs met RAADSSTUKKEN_SOFFICE naar het programma soffice")



def make_docx(path: Path, title: str, *, body: str = "De raad van de gemeente Utrecht, in vergadering bijeen.",
              image: bytes | None = None) -> Path:
    document = docx.Document()
    document.add_heading(title, level=1)
    document.add_paragraph(body)
    if image:
        document.add_picture(io.BytesIO(image))
        # a description, as PDF/UA requires of a figure (the checks after conversion refuse one without)
        document.inline_shapes[-1]._inline.docPr.set("descr", "Testafbeelding")
    properties = document.core_properties
    properties.title, properties.author, properties.subject = title, "Gemeente Utrecht", "Motie"
    properties.language = "nl-NL"
    document.save(path)
    return path


def png(size: int = 16) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\xc8\x1e\x1e" * size for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def make_linked_docx(path: Path, title: str, url: str) -> Path:
    """A picture whose relationship points outside the package (TargetMode="External")."""
    make_docx(path, title, image=png())
    document = docx.Document(str(path))
    blip = document.element.body.xpath(".//a:blip")[0]
    del blip.attrib[qn("r:embed")]
    blip.set(qn("r:link"), document.part.relate_to(url, RT.IMAGE, is_external=True))
    document.save(path)
    return path


def broken_xml_docx(path: Path, title: str) -> Path:
    """Passes the zip checks; LibreOffice cannot load its cut-off document.xml."""
    good = make_docx(path.with_name("heel.docx"), title)
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data[: len(data) // 2] if info.filename == "word/document.xml" else data)
    good.unlink()
    return path


def images(path: Path) -> list[str]:
    return [name for page in PdfReader(path).pages
            for name, obj in page["/Resources"].get("/XObject", {}).items()
            if obj.get_object().get("/Subtype") == "/Image"]


def fake_soffice(folder: Path, script: str) -> Path:
    path = folder / "soffice"
    path.write_text("#!/bin/sh\n" + script)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture(scope="module")
def batch(soffice: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, pdf.PdfResult]:
    """One convert() over good and bad documents together: one batch, one LibreOffice start."""
    folder = tmp_path_factory.mktemp("batch")
    secret = folder / "geheim.png"
    secret.write_bytes(png(32))
    (folder / "tekst.docx").write_text("Dit is gewoon tekst.\n")
    whole = make_docx(folder / "heel.docx", "Afgebroken")
    (folder / "afgebroken.docx").write_bytes(whole.read_bytes()[:2000])
    whole.unlink()
    files = [
        make_docx(folder / "motie.docx", "Motie warmtenet Overvecht",
                  body="Verzoekt het college de warmte te leveren."),
        folder / "tekst.docx",
        broken_xml_docx(folder / "kapot.docx", "Kapotte motie"),
        folder / "afgebroken.docx",
        make_linked_docx(folder / "gekoppeld.docx", "Gekoppelde afbeelding", secret.as_uri()),
        make_linked_docx(folder / "hostname.docx", "Gekoppelde hostnaam", "file:///etc/hostname"),
        make_docx(folder / "ingesloten.docx", "Ingesloten afbeelding", image=png()),
        make_docx(folder / "brief.docx", "Raadsbrief verkeersveiligheid"),
    ]
    return {result.source.name: result for result in convert(files, jobs=1)}


def test_normal_conversion_is_tagged_pdfa_with_metadata(batch: dict[str, pdf.PdfResult]) -> None:
    result = batch["motie.docx"]
    assert result.error is None
    assert result.pdf == result.source.with_suffix(".pdf")
    reader = PdfReader(result.pdf)
    text = reader.pages[0].extract_text()
    assert "Motie warmtenet Overvecht" in text and "Verzoekt het college de warmte te leveren." in text
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data()
    assert b"<pdfaid:part>2</pdfaid:part>" in xmp and b"<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert root["/MarkInfo"]["/Marked"].value is True and "/StructTreeRoot" in root
    assert root["/Lang"] == "nl-NL"  # from dc:language; LibreOffice alone wrote en-US
    info = reader.metadata
    assert (info.title, info.author, info.subject) == ("Motie warmtenet Overvecht", "Gemeente Utrecht", "Motie")


def test_bad_documents_fail_alone_and_the_rest_converts(batch: dict[str, pdf.PdfResult]) -> None:
    assert {name: result.error for name, result in batch.items() if result.error} == {
        "tekst.docx": NOT_DOCX,
        "kapot.docx": LOAD_FAILED,
        "afgebroken.docx": TRUNCATED,
    }
    for name in ("tekst.docx", "kapot.docx", "afgebroken.docx"):
        assert batch[name].pdf is None and not batch[name].source.with_suffix(".pdf").exists()
    assert all(r.pdf and r.pdf.exists() for r in batch.values() if not r.error)
    assert list(batch) == ["motie.docx", "tekst.docx", "kapot.docx", "afgebroken.docx", "gekoppeld.docx",
                           "hostname.docx", "ingesloten.docx", "brief.docx"]  # input order


def test_linked_files_are_not_embedded(batch: dict[str, pdf.PdfResult]) -> None:
    assert images(batch["ingesloten.docx"].pdf) != []  # the image check itself sees images
    for name in ("gekoppeld.docx", "hostname.docx"):
        assert batch[name].error is None
        assert images(batch[name].pdf) == []
    assert b"/Im" not in batch["gekoppeld.docx"].pdf.read_bytes()


def test_parallel_workers_give_every_pdf(soffice: str, tmp_path: Path) -> None:
    titles = [f"Motie {word} over de binnenstad" for word in ("een", "twee", "drie", "vier", "vijf", "zes")]
    files = [make_docx(tmp_path / f"m{index}.docx", title) for index, title in enumerate(titles)]
    results = convert(files, jobs=2)
    assert [r.source for r in results] == files
    assert [r.error for r in results] == [None] * 6
    for result, title in zip(results, titles, strict=True):
        assert PdfReader(result.pdf).metadata.title == title
        assert title in PdfReader(result.pdf).pages[0].extract_text()


def test_failed_batch_is_retried_document_by_document(soffice: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAADSSTUKKEN_CONVERTER", "batch")  # the fallback (a fake soffice speaks no UNO)
    crashing = fake_soffice(tmp_path, f"""
n=0
for a in "$@"; do case "$a" in *.docx) n=$((n+1));; esac; done
if [ "$n" -gt 1 ]; then echo "batch crash" >&2; exit 134; fi
exec "{soffice}" "$@"
""")
    monkeypatch.setenv("RAADSSTUKKEN_SOFFICE", str(crashing))
    files = [make_docx(tmp_path / "a.docx", "Eerste motie"), make_docx(tmp_path / "b.docx", "Tweede motie")]
    results = convert(files, jobs=1)
    assert [(r.pdf, r.error) for r in results] == [(tmp_path / "a.pdf", None), (tmp_path / "b.pdf", None)]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def test_timeout_kills_the_whole_process_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAADSSTUKKEN_CONVERTER", "batch")  # the fallback (a fake soffice speaks no UNO)
    pids = tmp_path / "pids"
    hanging = fake_soffice(tmp_path, f"sleep 600 &\necho $! >> {pids}\necho $$ >> {pids}\nsleep 600\n")
    monkeypatch.setenv("RAADSSTUKKEN_SOFFICE", str(hanging))
    files = [make_docx(tmp_path / "a.docx", "Eerste"), make_docx(tmp_path / "b.docx", "Tweede")]
    started = time.monotonic()
    results = convert(files, jobs=1, timeout=1)
    assert time.monotonic() - started < 15  # the batch, then each document alone: about 3 s
    assert [r.error for r in results] == ["LibreOffice was na 1 s niet klaar en is gestopt"] * 2
    recorded = [int(line) for line in pids.read_text().split()]
    assert len(recorded) == 6  # three runs, each a shell and its background sleep
    deadline = time.monotonic() + 5
    while any(alive(pid) for pid in recorded) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [pid for pid in recorded if alive(pid)] == []


def test_soffice_gets_a_minimal_environment_and_a_hardened_profile(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAADSSTUKKEN_CONVERTER", "batch")  # the fallback (a fake soffice speaks no UNO)
    spy = fake_soffice(tmp_path, f"""
env > {tmp_path}/env.txt
for a in "$@"; do echo "$a"; done > {tmp_path}/args.txt
for a in "$@"; do case "$a" in -env:UserInstallation=file://*)
  cat "${{a#-env:UserInstallation=file://}}/user/registrymodifications.xcu" > {tmp_path}/xcu.txt;; esac; done
""")
    monkeypatch.setenv("RAADSSTUKKEN_SOFFICE", str(spy))
    monkeypatch.setenv("GITHUB_TOKEN", "geheim")
    [result] = convert([make_docx(tmp_path / "a.docx", "Motie")], jobs=1)
    assert result.error == "LibreOffice maakte geen PDF"
    env = dict(line.split("=", 1) for line in (tmp_path / "env.txt").read_text().splitlines())
    assert set(env) - {"PWD", "SHLVL", "_", "OLDPWD"} == {"PATH", "HOME", "LANG", "LC_ALL"}
    assert env["LANG"] == env["LC_ALL"] == "C.UTF-8" and "geheim" not in str(env)
    args = (tmp_path / "args.txt").read_text().splitlines()
    assert not any("accept" in arg for arg in args)
    assert "--headless" in args and args[args.index("--convert-to") + 1].startswith("pdf:writer_pdf_Export:{")
    xcu = (tmp_path / "xcu.txt").read_text()
    for setting in ('"BlockUntrustedRefererLinks" oor:op="fuse"><value>true<',
                    '"MacroSecurityLevel" oor:op="fuse"><value>3<',
                    '"DisableMacrosExecution" oor:op="fuse"><value>true<',
                    '/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>0<'):
        assert setting in xcu


def test_missing_libreoffice_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAADSSTUKKEN_SOFFICE", str(tmp_path / "geen-soffice"))
    with pytest.raises(UserError) as caught:
        find_soffice()
    assert str(caught.value) == (f"LibreOffice niet gevonden: RAADSSTUKKEN_SOFFICE wijst naar {tmp_path}/geen-soffice, "
                                 f"maar daar staat geen uitvoerbaar programma — {INSTALL}")
    monkeypatch.delenv("RAADSSTUKKEN_SOFFICE")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(portable, "POSIX_SOFFICE", {"linux": (), "darwin": ()})
    document = make_docx(tmp_path / "a.docx", "Motie")
    result = CliRunner().invoke(pdf_command, [str(document)])
    assert result.exit_code == 1, result.output
    assert result.stderr == f"fout: LibreOffice is niet gevonden; dat is nodig om PDF's te maken — {INSTALL}\n"
    assert result.stdout == ""


def test_pdf_command_reports_each_document(soffice: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_docx(tmp_path / "motie.docx", "Motie fietspad")
    (tmp_path / "notitie.docx").write_text("geen Word-document")
    result = CliRunner().invoke(pdf_command, ["motie.docx", "notitie.docx", "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert result.stdout == "motie.docx → motie.pdf\n"
    assert result.stderr == f"fout: notitie.docx: {NOT_DOCX}\n1 PDF gemaakt, 1 mislukt.\n"


def test_verify_pdf_rejects_what_we_would_not_publish(tmp_path: Path) -> None:
    blank = tmp_path / "leeg.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(blank)
    with pytest.raises(UserError) as caught:
        verify_pdf(blank, "Motie A")
    assert str(caught.value) == "leeg.pdf: de titel staat niet in de tekst van de PDF (ontbreekt: motie, a)"
    with pytest.raises(UserError, match=r"^leeg.pdf: de PDF is niet als PDF/A-2 gemarkeerd \(XMP pdfaid:part=2"):
        verify_pdf(blank, None)
    (tmp_path / "nep.pdf").write_bytes(b"%PDF-1.7\nrommel")
    with pytest.raises(UserError, match=r"^nep.pdf: de PDF is onleesbaar: het bestand houdt halverwege op$"):
        verify_pdf(tmp_path / "nep.pdf", None)


def test_a_batch_checked_in_two_processes_keeps_each_answer_at_its_own_pdf(tmp_path: Path) -> None:
    blank = tmp_path / "leeg.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.write(blank)
    (tmp_path / "nep.pdf").write_bytes(b"%PDF-1.7\nrommel")
    items = [(blank, "Motie A", None), (tmp_path / "nep.pdf", None, None), (blank, None, None)]
    errors = [error for error, _stranded in pdf._verify_parallel(items, 2)]
    assert errors == ["de titel staat niet in de tekst van de PDF (ontbreekt: motie, a)",
                      "de PDF is onleesbaar: het bestand houdt halverwege op",
                      "de PDF is niet als PDF/A-2 gemarkeerd (XMP pdfaid:part=2 ontbreekt)"]


def test_sandboxed_process_is_stopped_at_its_timeout() -> None:
    started = time.monotonic()
    answers, failure = pdf.run_isolated("signal", "pause", [], timeout=1)  # blocks until killed
    assert (answers, failure) == ([], "niet klaar binnen 1 s")
    assert time.monotonic() - started < 5


def test_bad_pdf_from_libreoffice_is_an_error_and_keeps_the_old_pdf(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAADSSTUKKEN_CONVERTER", "batch")  # the fallback (a fake soffice speaks no UNO)
    writer = fake_soffice(tmp_path, """
for a in "$@"; do case "$a" in *.docx) f=$(basename "$a" .docx);; --outdir) next=1; continue;; esac
  if [ -n "$next" ]; then out="$a"; next=; fi; done
printf '%%PDF-1.4\\nniet echt' > "$out/$f.pdf"
""")
    monkeypatch.setenv("RAADSSTUKKEN_SOFFICE", str(writer))
    document = make_docx(tmp_path / "a.docx", "Motie")
    (tmp_path / "a.pdf").write_bytes(b"oude versie")
    [result] = convert([document], jobs=1)
    assert result.pdf is None and result.error == "de PDF is onleesbaar: het bestand houdt halverwege op"
    assert (tmp_path / "a.pdf").read_bytes() == b"oude versie"
