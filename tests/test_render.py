"""The compiled-template renderer gives the same document text as plain docxtpl."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from docxtpl import DocxTemplate

from generator.loading.discovery import discover
from generator.loading.project import Project
from generator.soorten.collections import Collections
from generator.soorten.document import prepare
from generator.word.docxtext import document_text
from generator.word.numbering import restart_numbering
from generator.word.render import make_environment, render

REPO = Path(__file__).resolve().parents[1]
PROJECT = Project(REPO)


def prepared_samples():
    for path in discover(PROJECT, []):
        loaded = PROJECT.load(path)
        if prepare(PROJECT, loaded) is not None:
            yield pytest.param(path, id=path.relative_to(REPO / "data").as_posix())


def plain_docxtpl(template: Path, context: dict) -> bytes:
    doc = DocxTemplate(template)
    doc.render(context, jinja_env=make_environment(), autoescape=True)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize("path", list(prepared_samples()))
def test_same_text_as_plain_docxtpl(path: Path) -> None:
    loaded = PROJECT.load(path)
    made = prepare(PROJECT, loaded)
    for prepared in (made, *(part for _suffix, part in made.parts)):  # a vergadering's stemmingslijst and besluitenlijst
        plain = dataclasses.replace(prepared.properties, concept=False)  # the CONCEPT mark is ours, not docxtpl's
        ours = render(prepared.template, prepared.context, plain)
        theirs = plain_docxtpl(prepared.template, prepared.context)
        assert document_text(ours) == document_text(theirs)


def test_every_template_is_covered_by_a_sample() -> None:
    used = set()
    for param in prepared_samples():
        loaded = PROJECT.load(param.values[0])
        made = prepare(PROJECT, loaded)
        used.update([made.template, *(part.template for _suffix, part in made.parts)])
    for _name, prepared in Collections(PROJECT, discover(PROJECT, [])).documents():
        used.add(prepared.template)
    templates = set((REPO / "templates").rglob("*.docx")) | set((REPO / "data" / "gemeenten").rglob("*.docx"))
    assert {t.resolve() for t in templates} <= {u.resolve() for u in used}


def test_collection_documents_render_like_plain_docxtpl() -> None:
    for _name, prepared in Collections(PROJECT, discover(PROJECT, [])).documents():
        plain = dataclasses.replace(prepared.properties, concept=False)  # the CONCEPT mark is ours, not docxtpl's
        ours = render(prepared.template, prepared.context, plain)
        assert document_text(ours) == document_text(plain_docxtpl(prepared.template, prepared.context))


NUMBERING = (
    '<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
)
STYLES = '<w:styles><w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>'


def para(text: str, numbered: bool) -> str:
    style = '<w:pPr><w:pStyle w:val="ListNumber"/></w:pPr>' if numbered else ""
    return f"<w:p>{style}<w:r><w:t>{text}</w:t></w:r></w:p>"


def test_numbered_lists_restart_after_an_interruption() -> None:
    body = "".join([para("a", True), para("b", True), para("tussen", False), para("c", True)])
    document, numbering = restart_numbering(body, NUMBERING, STYLES)
    assert document.count('<w:numId w:val="4"/>') == 2 and document.count('<w:numId w:val="5"/>') == 1
    assert numbering.count('<w:startOverride w:val="1"/>') == 2
