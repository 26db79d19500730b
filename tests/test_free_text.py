"""Arbitrary Unicode in a text field renders literally or is refused with a clear message."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import yaml
from docx import Document as WordDocument
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.build.pipeline import Options, build
from generator.loading.project import Project
from generator.word.docxtext import document_text

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = int(os.environ.get("RAADSSTUKKEN_EXAMPLES", "150"))  # nightly: RAADSSTUKKEN_EXAMPLES=10000
FIELDS = ["titel", "punt", "kop", "nummer", "ris", "agendapunt", "slot", "indiener", "fractie", "voetnoot",
          "toelichting", "voorstel"]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def attempt(tmp: Path, field: str, value: str) -> tuple[bool, str]:
    data: dict = {"soort": "motie", "gemeente": "zwolle", "titel": "Titel", "vergadering": "2024-01-01",
                  "verzoeken": ["iets te doen."]}
    place = {
        "punt": lambda: data.update(verzoeken=[value]),
        "kop": lambda: data.update(verzoeken={"kop": value, "punten": ["iets."]}),
        "indiener": lambda: data.update(indieners=[{"naam": value, "fractie": "D66"}]),
        "fractie": lambda: data.update(indieners=[{"naam": "A. de Vries", "fractie": value}]),
        "voetnoot": lambda: data.update(verzoeken=["iets[^1]."], voetnoten={"1": value}),
        "toelichting": lambda: data.update(toelichting=[value]),
        "voorstel": lambda: data.update(voorstel={"titel": value}),
    }
    place.get(field, lambda: data.update({field: value}))()
    source = tmp / "vrij.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=False), "utf-8")
    report = build(Project(REPO), [source], Options(out_dir=tmp / "uit", force=True))
    if report.failed:
        return False, "\n".join(str(i) for i in report.issues)
    return True, document_text((tmp / "uit" / "vrij.docx").read_bytes())


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(FIELDS),
       value=st.text(st.characters(codec="utf-8") | st.characters(), min_size=0, max_size=80))
def test_any_text_renders_literally_or_is_refused_clearly(tmp_path: Path, field: str, value: str) -> None:
    if field in ("punt", "kop") and "[^" in value:
        value = value.replace("[^", "[ ^")
    ok, output = attempt(tmp_path, field, value)
    if ok:
        assert normalise(value) in normalise(output)
        WordDocument(str(tmp_path / "uit" / "vrij.docx"))  # python-docx opens it
    else:
        assert re.search(r"vrij\.yaml:\d+:\d+: [\w.\[\]]+: (bevat het teken U\+[0-9A-F]{4}|is leeg)", output), output
        assert any(unicodedata.category(c) in ("Cc", "Cs", "Cn") or c in "\ufffe\uffff" for c in value) \
            or not value.strip(), output
