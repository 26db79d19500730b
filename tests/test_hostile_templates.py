"""Templates edited by hand or from anywhere: each bad one gets one clear message; others still build."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MOTIE = REPO / "templates" / "moties" / "motie.docx"


def override(project: Path) -> Path:
    target = project / "templates" / "moties" / "motie.docx"
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def rewrite(target: Path, change=None, extra: dict[str, bytes] | None = None) -> None:
    """A copy of the motie template with document.xml (or other entries) changed."""
    with zipfile.ZipFile(MOTIE) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if change and info.filename == "word/document.xml":
                data = change(data.decode()).encode()
            if extra and info.filename in extra:
                data = extra.pop(info.filename)
            out.writestr(info, data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)


def build_errors(run) -> str:
    result = run("build", "-j", "1")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return result.output


def title_becomes(expression: str):
    return lambda xml: xml.replace("{{ titel }}", expression, 1)


CASES = {
    "not a zip": (lambda t: t.write_text("dit is tekst"), "sjabloon motie.docx is geen Word-document (.docx)"),
    "encrypted": (lambda t: t.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
                  "sjabloon motie.docx is versleuteld of een oud .doc-bestand"),
    "truncated": (lambda t: t.write_bytes(MOTIE.read_bytes()[:5000]), "sjabloon motie.docx is geen Word-document (.docx)"),
    "zip bomb": (lambda t: rewrite(t, extra={"word/media/bom.bin": b"\0" * 30_000_000}),
                 "sjabloon motie.docx pakt uit tot"),
    "macros": (lambda t: rewrite(t, extra={"word/vbaProject.bin": b"macro"}), "sjabloon motie.docx bevat macro's"),
    "linked file": (lambda t: rewrite(t, extra={"word/_rels/document.xml.rels": MOTIE_RELS.replace(
        "</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>').encode()}),
        "sjabloon motie.docx koppelt aan een extern bestand (file:///etc/passwd)"),
    "tracked change": (lambda t: rewrite(t, title_becomes('<w:ins w:id="1" w:author="x">{{ titel }}</w:ins>')),
                       "sjabloon motie.docx bevat bijgehouden wijzigingen"),
    "python internals": (lambda t: rewrite(t, title_becomes("{{ cycler.__init__.__globals__ }}")),
                         "sjabloon motie.docx (word/document.xml) probeert iets dat niet mag"),
    "huge allocation": (lambda t: rewrite(t, title_becomes("{{ 'a' * 300000000 }}")),
                        "deze vermenigvuldiging maakt een te grote waarde"),
    "unknown variable": (lambda t: rewrite(t, title_becomes("{{ titell }}")),
                         "gebruikt een onbekende variabele 'titell'"),
    "unsafe attribute": (lambda t: rewrite(t, title_becomes("{{ titel.__class__ }}")),
                         "sjabloon motie.docx (word/document.xml) probeert iets dat niet mag"),
    "part in utf-16": (lambda t: rewrite(t, extra={"word/document.xml": MOTIE_XML.encode("utf-16")}),
                       "sjabloon motie.docx (word/document.xml) is niet in UTF-8 opgeslagen — sla het sjabloon opnieuw op"),
    "mismatched tag": (lambda t: rewrite(t, title_becomes("{{ titel }}</w:t></w:p><w:t>")),
                       "levert geen geldig Word-document op: de XML klopt niet"),
    "syntax error": (lambda t: rewrite(t, title_becomes("{% for x in %}")), "sjabloon motie.docx (word/document.xml)"),
}

with zipfile.ZipFile(MOTIE) as _archive:
    MOTIE_RELS = _archive.read("word/_rels/document.xml.rels").decode()
    MOTIE_XML = _archive.read("word/document.xml").decode()
ENGLISH = re.compile(r"\b(is undefined|is unsafe|access to attribute|mismatched tag|not well-formed|unexpected|found)\b")


@pytest.mark.parametrize("name", list(CASES))
def test_bad_template_gives_one_clear_message(project: Path, run, name: str) -> None:
    make, expected = CASES[name]
    make(override(project))
    output = build_errors(run)
    assert expected in output
    assert "/etc/passwd" not in output or name == "linked file"
    assert not ENGLISH.search(output), output


def test_endless_loop_is_stopped_and_other_documents_still_build(project: Path, run, monkeypatch) -> None:
    from generator.word import render

    monkeypatch.setattr(render, "RENDER_SECONDS", 1.0)
    custom = project / "data" / "gemeenten" / "huisstijl-test"
    shutil.copy(project / "data" / "gemeenten" / "zwolle.yaml", project / "data" / "gemeenten" / "lus.yaml")
    profile = project / "data" / "gemeenten" / "lus.yaml"
    profile.write_text(profile.read_text("utf-8") + "huisstijl:\n  templates: huisstijl-test\n", "utf-8")
    (custom / "moties").mkdir(parents=True)
    rewrite(custom / "moties" / "motie.docx",
            title_becomes("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"))
    motie = project / "data" / "moties" / "lus.yaml"
    motie.write_text("soort: motie\ngemeente: lus\ntitel: Lus\nvergadering: 2024-01-01\nverzoeken: [x.]\n", "utf-8")
    output = build_errors(run)
    assert "data/moties/lus.yaml: sjabloon motie.docx duurt langer dan 1 seconden en is afgebroken" in output
    assert (project / "build" / "moties" / "2019-07-08-netwerkversterking-en-familiegroepsplannen.docx").is_file()
