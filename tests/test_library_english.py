"""Library English never reaches a user (issue 28): every exception class pypdf, pikepdf, lxml and
zipfile define, and every message pypdf raises in its own source, goes through the one dictionary
(generator/messages.py) and comes out as one of its Dutch sentences."""

from __future__ import annotations

import ast
import inspect
import io
import zipfile
from pathlib import Path

import lxml.etree
import pikepdf
import pypdf
import pypdf.errors
import pytest

from generator import messages
from generator.errors import InternalError

MODULES = {"pypdf": pypdf.errors, "pikepdf": pikepdf, "lxml": lxml.etree, "zipfile": zipfile}
DUTCH = {*messages.PDF.values(), messages.PDF_DEFAULT, *messages.XML.values(), messages.XML_DEFAULT,
         *messages.ZIP.values(), messages.ZIP_DEFAULT}


def exception_classes() -> list[tuple[str, type[BaseException]]]:
    found = []
    for library, module in MODULES.items():
        for name, cls in inspect.getmembers(module, lambda c: isinstance(c, type) and issubclass(c, BaseException)):
            if not issubclass(cls, Warning):
                found.append((f"{library}.{name}", cls))
    return found


def instance(cls: type[BaseException]) -> BaseException:
    text = "the file is broken: unexpected token at offset 12"
    for args in ((text,), (text, 1, 1, 1), ()):
        try:
            return cls(*args)
        except TypeError:
            continue
    return cls.__new__(cls)


@pytest.mark.parametrize(("name", "cls"), exception_classes(), ids=[n for n, _ in exception_classes()])
def test_each_exception_class_is_said_in_dutch(name: str, cls: type[BaseException]) -> None:
    exc = instance(cls)
    said = messages.library(exc)
    assert said in DUTCH, (name, said)
    assert "unexpected token" not in said and "broken" not in said
    bug = str(InternalError(messages.described_bug(exc)))
    assert "unexpected token" not in bug and said in bug


def pypdf_raised_messages() -> list[str]:
    """Every `raise X("…")` in pypdf's own source, with its placeholders."""
    texts = set()
    for source in Path(pypdf.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                first = node.exc.args[0]
                name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    texts.add(f"{name}: {first.value}")
                elif isinstance(first, ast.JoinedStr):
                    texts.add(f"{name}: " + "".join(v.value if isinstance(v, ast.Constant) else "7" for v in first.values))
    return sorted(texts)


def test_every_message_pypdf_raises_is_said_in_dutch() -> None:
    raised = pypdf_raised_messages()
    assert len(raised) > 150
    said = {text: messages.described(text, "pypdf") for text in raised}
    assert all(value in DUTCH for value in said.values())
    specific = [text for text, value in said.items() if value != messages.PDF_DEFAULT and "Error" in text]
    errors = [text for text in raised if "Error:" in text.split(" ", 1)[0] + ":"]
    assert len(specific) >= 0.6 * len(errors), sorted(set(errors) - set(specific))[:40]


@pytest.mark.parametrize(("english", "library", "dutch"), [
    ("PdfReadError: Detected cyclic page references.", "pypdf", "de paginaboom verwijst naar zichzelf (een kring)"),
    ("LimitReachedError: Detected cycle in /Pages hierarchy when retrieving page.", "pypdf",
     "de paginaboom verwijst naar zichzelf (een kring)"),
    ("PdfReadError: EOF marker not found", "pypdf", "het einde van het bestand (%%EOF) ontbreekt"),
    ("PdfReadError: PDF starts with 'GIF8', but '%PDF-' expected", "pypdf", "het bestand begint niet als een PDF"),
    ("LimitReachedError: Limit reached while decompressing.", "pypdf", "een ingepakt onderdeel is beschadigd"),
    ("PdfError: unable to find trailer dictionary while recovering damaged file", "pikepdf",
     "de verwijzingstabel (trailer) klopt niet"),
    ("XMLSyntaxError: Premature end of data in tag body line 1", "lxml", "de XML houdt halverwege op"),
    ("XMLSyntaxError: Opening and ending tag mismatch: p line 1 and body", "lxml",
     "een element wordt gesloten met een andere naam dan waarmee het opent"),
    ("BadZipFile: File is not a zip file", "zipfile", "het is geen zip-archief (een .docx is er een)"),
    ("BadZipFile: Bad CRC-32 for file 'word/document.xml'", "zipfile",
     "een onderdeel van het zip-archief is beschadigd (de controlesom klopt niet)"),
    ("BadZipFile: Overlapped entries: 'word/a.xml' (possible zip bomb)", "zipfile",
     "het zip-archief is opzettelijk zo gemaakt dat onderdelen elkaar overlappen"),
])
def test_known_reasons_have_their_own_sentence(english: str, library: str, dutch: str) -> None:
    assert messages.described(english, library) == dutch


def test_real_library_failures_come_out_dutch() -> None:
    """Not made-up texts: what the libraries really raise on broken input."""
    real: list[BaseException] = []
    for attempt in (lambda: zipfile.ZipFile(io.BytesIO(b"PK\x03\x04 kapot")),
                    lambda: lxml.etree.fromstring(b"<a><b></a>"),
                    lambda: pypdf.PdfReader(io.BytesIO(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")).pages[0],
                    lambda: pikepdf.open(io.BytesIO(b"%PDF-1.4\nkapot"))):
        try:
            attempt()
        except Exception as exc:
            real.append(exc)
    assert len(real) == 4
    for exc in real:
        said = messages.library(exc)
        assert said in DUTCH and said not in (messages.XML_DEFAULT,), (type(exc), exc, said)
        assert str(exc)[:20] not in said
