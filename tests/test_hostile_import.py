"""Bombs and broken files for `raadsstukken import` and the editor's upload (issue 28): each is one
Dutch line naming the file, in seconds, within bounded memory; nothing read is silently lost."""

from __future__ import annotations

import functools
import io
import json
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from generator.cli.main import main

from .live_editor import Live

REPO = Path(__file__).resolve().parents[1]
REOPEN = "open het in Word, sla het opnieuw op als .docx en importeer het nog eens"
W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def motie_docx() -> bytes:
    document = docx.Document()
    for line in ("Motie Netwerkversterking", "De raad van de gemeente Zwolle, in vergadering bijeen op 8 juli 2019,",
                 "constaterende dat:", "er te weinig familiegroepsplannen zijn;", "verzoekt het college:",
                 "meer familiegroepsplannen te maken,", "en gaat over tot de orde van de dag."):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rezip(raw: bytes, change: dict[str, bytes] | None = None, extra: dict[str, bytes] | None = None,
          types: tuple[str, str] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = (change or {}).get(info.filename, source.read(info))
            if types and info.filename == "[Content_Types].xml":
                data = data.replace(types[0].encode(), types[1].encode())
            target.writestr(info, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out.getvalue()


@functools.cache
def bomb() -> bytes:
    """A valid .docx whose document.xml unpacks to 300 MB of empty paragraphs (about 1 MB packed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(motie_docx())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info, source.read(info))
                continue
            with target.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(f'<w:document xmlns:w="{W_MAIN}"><w:body>'.encode())
                chunk = b"<w:p/>" * 100_000
                for _ in range(500):
                    part.write(chunk)
                part.write(b"</w:body></w:document>")
    return out.getvalue()


def truncated() -> bytes:
    with zipfile.ZipFile(io.BytesIO(motie_docx())) as source:
        xml = source.read("word/document.xml")
    return rezip(motie_docx(), {"word/document.xml": xml[: len(xml) // 2]})


def docm() -> bytes:
    return rezip(motie_docx(), extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"},
                 types=("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml"))


def with_entity() -> bytes:
    with zipfile.ZipFile(io.BytesIO(motie_docx())) as source:
        xml = source.read("word/document.xml").decode()
    head, _, rest = xml.partition("?>")
    return rezip(motie_docx(), {"word/document.xml": f'{head}?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>{rest}'
                                .replace("er te weinig", "&x; er te weinig").encode()})


def alt_chunk() -> bytes:
    """The verzoek is an HTML chunk Word pastes in (w:altChunk): its text must not vanish."""
    with zipfile.ZipFile(io.BytesIO(motie_docx())) as source:
        xml = source.read("word/document.xml").decode()
        rels = source.read("word/_rels/document.xml.rels").decode()
    chunk = '<w:altChunk r:id="rIdChunk1"/>'
    xml = xml.replace("<w:sectPr", chunk + "<w:sectPr", 1)
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/aFChunk" Target="chunk1.htm"/></Relationships>')
    html = b"<html><body><p>verzoekt het college ook:</p><ul><li>de wachtlijst te halveren;</li></ul></body></html>"
    return rezip(motie_docx(), {"word/document.xml": xml.encode(), "word/_rels/document.xml.rels": rels.encode()},
                 extra={"word/chunk1.htm": html}, types=("</Types>", '<Default Extension="htm" ContentType="text/html"/></Types>'))


def pdf(objects: list[bytes]) -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    return out + f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()


CYCLE = pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
             b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"])
NO_ROOT = pdf([b"<< /Type /Catalog >>"])

CASES = {
    "bomb": ("concept.docx", bomb, "fout: concept.docx pakt uit tot 300.824.725 bytes; dat is geen normaal Word-document"
             " — sla alleen de motie op als .docx, zonder grote ingesloten bestanden"),
    "truncated xml": ("concept.docx", truncated, f"fout: concept.docx: word/document.xml is geen geldige XML (regel 2) — {REOPEN}"),
    "docm as docx": ("concept.docx", docm, "fout: concept.docx bevat macro's (een .docm-bestand met de naam .docx) — sla de"
                     " motie in Word op als 'Word-document (*.docx)', zonder macro's, en importeer die"),
    "external entity": ("concept.docx", with_entity, "fout: concept.docx bevat een DTD (<!DOCTYPE …>) in"
                        f" word/document.xml; die heeft een Word-document nooit — {REOPEN}"),
    "entry outside": ("concept.docx", lambda: rezip(motie_docx(), extra={"../../x.txt": b"x"}),
                      f"fout: concept.docx bevat een onderdeel met een ongeldige naam ('../../x.txt') — {REOPEN}"),
    "page tree cycle": ("concept.pdf", lambda: CYCLE, "fout: concept.pdf is beschadigd: de paginaboom verwijst naar zichzelf"
                        " (een kring) — sla de motie opnieuw op als PDF (Afdrukken → Opslaan als PDF) of als tekstbestand"),
    "pdf without pages": ("concept.pdf", lambda: NO_ROOT, "fout: concept.pdf is beschadigd: de lijst met pagina's ontbreekt"
                          " — sla de motie opnieuw op als PDF (Afdrukken → Opslaan als PDF) of als tekstbestand"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_import_names_the_file_in_one_dutch_line(tmp_path: Path, case: str) -> None:
    name, make, expected = CASES[case]
    source = tmp_path / name
    source.write_bytes(make())
    result = CliRunner().invoke(main, ["import", str(source)], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [expected]


def test_an_alt_chunk_is_read_not_dropped(tmp_path: Path) -> None:
    source = tmp_path / "concept.docx"
    source.write_bytes(alt_chunk())
    result = CliRunner().invoke(main, ["import", str(source)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "de wachtlijst te halveren" in result.output
    assert "let op: ingevoegde inhoud (word/chunk1.htm) als tekst gelezen; controleer de opmaak" in result.output


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("upload")
    shutil.copytree(REPO / "data" / "gemeenten", root / "data" / "gemeenten")
    server = Live(root)
    yield server
    server.close()


@pytest.mark.parametrize("case", ["bomb", "docm as docx", "truncated xml", "page tree cycle"])
def test_the_editor_upload_answers_in_dutch(live: Live, case: str) -> None:
    name, make, expected = CASES[case]
    status, raw = live.request("POST", "/api/importeer", make(), {"X-Bestandsnaam": name}, timeout=60)
    assert status == 422, raw
    answer = json.loads(raw)
    assert answer["error"] == expected.removeprefix("fout: ")
    assert not list((live.root / "data").glob("moties/*.yaml"))
