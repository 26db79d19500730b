"""Arbitrary Unicode in a text field renders literally or is refused with a clear message."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from generator.build import Options, build
from generator.docxtext import document_text
from generator.project import Project

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = int(os.environ.get("RAADSSTUKKEN_EXAMPLES", "60"))


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def attempt(tmp: Path, field: str, value: str) -> tuple[bool, str]:
    data = {"soort": "motie", "gemeente": "zwolle", "titel": "Titel", "vergadering": "2024-01-01",
            "verzoeken": ["iets te doen."]}
    if field == "punt":
        data["verzoeken"] = [value]
    else:
        data[field] = value
    source = tmp / "vrij.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=False), "utf-8")
    report = build(Project(REPO), [source], Options(out_dir=tmp / "uit", force=True))
    if report.failed:
        return False, "\n".join(str(i) for i in report.issues)
    return True, document_text((tmp / "uit" / "vrij.docx").read_bytes())


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(["titel", "punt", "nummer"]),
       value=st.text(st.characters(codec="utf-8") | st.characters(), min_size=0, max_size=80))
def test_any_text_renders_literally_or_is_refused_clearly(tmp_path: Path, field: str, value: str) -> None:
    if field == "punt" and "[^" in value:
        value = value.replace("[^", "[ ^")
    ok, output = attempt(tmp_path, field, value)
    if ok:
        assert normalise(value) in normalise(output)
    else:
        assert re.search(r"vrij\.yaml:\d+:\d+: (verzoeken\[0\]|titel|nummer).*: (bevat het teken U\+[0-9A-F]{4}|is leeg)",
                         output), output
        assert any(unicodedata.category(c) in ("Cc", "Cs", "Cn") or c in "\ufffe\uffff" for c in value) \
            or not value.strip(), output
