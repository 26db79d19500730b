"""Generated documents are real Word files: LibreOffice opens them and the OOXML validator passes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
AUDIT = shutil.which("openxml-audit") or str(Path(sys.executable).parent / "openxml-audit")


def needs(tool: str | None, name: str) -> None:
    if tool is None or not Path(tool).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{name} ontbreekt in CI; .ci/run hoort het te installeren")
        pytest.skip(f"{name} niet geïnstalleerd")


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> list[Path]:
    from generator.build.pipeline import Options, build
    from generator.loading.project import Project

    repo = Path(__file__).resolve().parents[1]
    out = tmp_path_factory.mktemp("word")
    report = build(Project(repo), [], Options(out_dir=out, jobs=2))
    assert not report.failed, [str(i) for i in report.issues]
    return sorted(out.rglob("*.docx"))


def test_every_sample_document_passes_the_ooxml_validator(documents: list[Path]) -> None:
    needs(AUDIT, "openxml-audit")
    for path in documents:
        result = subprocess.run([AUDIT, str(path)], capture_output=True, text=True, timeout=120)
        assert "Errors: 0" in result.stdout, f"{path.name}:\n{result.stdout}{result.stderr}"


def test_libreoffice_opens_every_sample_document(documents: list[Path], tmp_path: Path) -> None:
    needs(SOFFICE, "LibreOffice")
    profile = tmp_path / "profiel"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), *map(str, documents)],
        capture_output=True, text=True, timeout=300, env={"PATH": os.environ["PATH"], "HOME": str(tmp_path)},
    )
    for path in documents:
        pdf = tmp_path / f"{path.stem}.pdf"
        assert pdf.is_file(), f"{path.name}: {result.stdout}{result.stderr}"
        text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert len(text.split()) > 20, path.name
