"""Visual regression: each sample soort and each huisstijl, rendered by LibreOffice, against reviewed images.

Pages are rendered at 40 dpi (pdftoppm) and compared with the references in tests/visual/ with a small
tolerance: a pixel counts as different when a channel differs by more than 48 levels, and at most 0.4 %
of a page's pixels may. The references change only with `pytest --update-visual` (or
RAADSSTUKKEN_UPDATE_VISUAL=1); look at every image written before committing it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.pdf.converter import Converter
from tests.conftest import SAMPLES_EPOCH, Samples

Image = pytest.importorskip("PIL.Image")
ImageChops = pytest.importorskip("PIL.ImageChops")

pytestmark = pytest.mark.slow

REFERENCES = Path(__file__).parent / "visual"
DPI, LEVELS, TOLERANCE = 40, 48, 0.004
SAMPLES = {  # one document per soort, and one per huisstijl
    "motie": "moties/2019-07-08-netwerkversterking-en-familiegroepsplannen",
    "motie-zuidplas": "moties/2022-06-28-familiegroepsplan-in-het-sociaal-team",
    "afdoeningsbrief": "afdoeningen/2024-ocw-11230456-familiegroepsplan-uithuisplaatsing",
    "verordening": "verordeningen/zwolle-verordening-jeugdhulp-2018-familiegroepsplan",
    "wijzigingsverordening": "verordeningen/den-haag-wijziging-verordening-jeugdhulp-2015-familiegroepsplan",
    "beleidsplan": "beleidsplannen/zwolle-begroting-2021-jeugdhulp",
    "motievolglijst": "motievolglijst",
    "raadsvoorstel": "raadsvoorstellen/2025-zwolle-familiegroepsplan-verordening-jeugdhulp",
    "raadsbesluit": "raadsvoorstellen/2025-zwolle-familiegroepsplan-verordening-jeugdhulp-raadsbesluit",
    "redline": "raadsvoorstellen/2025-zwolle-familiegroepsplan-verordening-jeugdhulp-redline",
    "amendement": "amendementen/2025-zwolle-a1-ondersteuning-kosteloos",
    "subamendement": "amendementen/2025-zwolle-s1-evaluatie-achttien-maanden",
    "agenda": "vergaderingen/2025-03-10-zwolle-raad",
    "stemmingslijst": "vergaderingen/2025-03-10-zwolle-raad-stemmingslijst",
    "besluitenlijst": "vergaderingen/2025-03-10-zwolle-raad-besluitenlijst",
    "raadsinformatiebrief": "informatiebrieven/2025-zwolle-rib-voorlichting-familiegroepsplan",
    "vragen": "vragen/2025-zwolle-familiegroepsplan-wachttijd",
    "antwoordbrief": "antwoorden/2025-zwolle-antwoord-familiegroepsplan-wachttijd",
}


def update_requested(config: pytest.Config) -> bool:
    return bool(config.getoption("--update-visual")) or os.environ.get("RAADSSTUKKEN_UPDATE_VISUAL") == "1"


def rasterise(pdfs: dict[str, Path], folder: Path) -> dict[str, list[Path]]:
    """Each page of each named PDF as a PNG at DPI."""
    pages: dict[str, list[Path]] = {}
    folder.mkdir(exist_ok=True)
    for name, pdf in pdfs.items():
        subprocess.run([shutil.which("pdftoppm") or "pdftoppm", "-r", str(DPI), "-png", str(pdf), str(folder / name)],
                       check=True, timeout=120)
        pages[name] = own_pages(folder, name)
    return pages


def sample_pages(samples: Samples, folder: Path) -> dict[str, list[Path]]:
    """The samples' PDFs of the session (built with SOURCE_DATE_EPOCH = EPOCH, tests/conftest.py)."""
    by_stem = {docx.relative_to(samples.root / "build").with_suffix("").as_posix(): pdf for docx, pdf in samples.pdfs.items()}
    return rasterise({name: by_stem[stem] for name, stem in SAMPLES.items()}, folder)


def own_pages(folder: Path, name: str) -> list[Path]:
    """name-1.png, name-2.png …, not those of a longer name ("motie-zuidplas-1.png" for "motie")."""
    pattern = re.compile(rf"{re.escape(name)}-(\d+)\.png")
    found = [(int(m.group(1)), p) for p in folder.glob("*.png") if (m := pattern.fullmatch(p.name))]
    return [p for _n, p in sorted(found)]


def difference(found: Path, reference: Path) -> float:
    """The share of pixels that differ visibly (1.0 when the page sizes differ)."""
    with Image.open(found) as a, Image.open(reference) as b:
        if a.size != b.size:
            return 1.0
        diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
        changed = sum(diff.histogram()[LEVELS + 1:])
        return changed / (a.size[0] * a.size[1])


def compare(pages: dict[str, list[Path]]) -> list[str]:
    problems = []
    for name, found in pages.items():
        references = own_pages(REFERENCES, name)
        if len(found) != len(references):
            problems.append(f"{name}: {len(found)} pagina's, referentie {len(references)}")
            continue
        for page, reference in zip(found, references, strict=True):
            share = difference(page, reference)
            if share > TOLERANCE:
                problems.append(f"{reference.name}: {share:.2%} van de pixels anders")
    return problems


@pytest.fixture(scope="module")
def _pdftoppm() -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm ontbreekt")


@pytest.mark.usefixtures("_pdftoppm")
def test_every_soort_and_huisstijl_looks_as_reviewed(samples: Samples, tmp_path: Path, request) -> None:
    pages = sample_pages(samples, tmp_path / "png")
    if update_requested(request.config):
        for old in REFERENCES.glob("*.png"):
            old.unlink()
        REFERENCES.mkdir(exist_ok=True)
        for found in pages.values():
            for page in found:
                shutil.copyfile(page, REFERENCES / page.name)
        pytest.skip(f"referentiebeelden vernieuwd in {REFERENCES}: bekijk ze voor de commit")
    assert compare(pages) == []


@pytest.mark.usefixtures("_pdftoppm")
def test_a_changed_style_is_caught(office: Converter, project: Path, run, monkeypatch) -> None:
    """The motie template copied into the project with a larger, red title: the comparison must fail."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    from generator.pdf.convert import convert

    template = Document(str(Path(__file__).resolve().parents[1] / "templates" / "moties" / "motie.docx"))
    title = template.styles["Heading 1"]
    title.font.size = Pt(24)
    title.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    (project / "templates" / "moties").mkdir(parents=True)
    template.save(str(project / "templates" / "moties" / "motie.docx"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SAMPLES_EPOCH)
    assert run("build", str(project / "data" / f"{SAMPLES['motie']}.yaml")).exit_code == 0
    [result] = convert([project / "build" / f"{SAMPLES['motie']}.docx"], converter=office)
    assert result.pdf is not None, result.error
    problems = compare(rasterise({"motie": result.pdf}, project / "png"))
    assert problems, "a visibly changed style went unnoticed"
