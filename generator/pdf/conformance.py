"""PDF/A-2b and PDF/UA-1, as far as a machine can tell here: run on every PDF the tool writes.

PDF/UA-1: the machine-checkable subset that the pdfua package implements (16 of the 106 rules of the
veraPDF profile, on pikepdf); an error or a warning from it is a problem. A rule that crashes inside
pdfua is not evaluated (reported as such by `pdfua`, not here). PDF/A-2b: no full validator installs
here (veraPDF needs Java), so we check the rules that can be decided from the file's objects: see
RULES and docs/pdf.md. Runs only in the sandboxed check process (convert.check_main).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

RULES = {
    "A-1": "XMP-metadata met pdfaid:part 2 en pdfaid:conformance B (ISO 19005-2, 6.6.4)",
    "A-2": "niet versleuteld (6.1.3)",
    "A-3": "een /ID in de trailer (6.1.3)",
    "A-4": "een OutputIntent /GTS_PDFA1 met een ICC-profiel (6.2.3)",
    "A-5": "elk lettertype ingesloten: FontFile, FontFile2 of FontFile3 (6.2.11.4)",
    "A-6": "geen JavaScript, Launch- of andere verboden acties (6.5.1, 6.6.1)",
    "A-7": "geen ingesloten bestanden (/EmbeddedFiles; alleen PDF/A toegestaan, wij laten ze niet toe) (6.8)",
    "A-8": "geen LZW-filter en geen stream met een extern bestand (/F) (6.1.7)",
    "A-9": "/Title in de documentinformatie gelijk aan dc:title in de XMP (6.6.3)",
}
FORBIDDEN_ACTIONS = {"/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/JavaScript", "/Hide",
                     "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView"}


def problems(path: Path) -> list[str]:
    """What keeps the PDF from PDF/A-2b (our rules) or PDF/UA-1 (pdfua's subset); empty when nothing."""
    import pikepdf

    found: list[str] = []
    with pikepdf.open(path) as pdf:
        found.extend(pdfa(pdf))
    found.extend(pdfua(path))
    return found


def pdfua(path: Path) -> list[str]:
    from pdfua import Severity, validate

    report = validate(str(path))
    return [f"PDF/UA {f.rule_id}: {f.message}" for f in report.findings if f.severity >= Severity.WARNING]


def pdfa(pdf: Any) -> list[str]:
    import pikepdf

    found = []
    meta = pdf.open_metadata()
    if meta.get("pdfaid:part") != "2" or meta.get("pdfaid:conformance") != "B":
        found.append(f"PDF/A A-1: {RULES['A-1']} ontbreekt")
    if pdf.is_encrypted:
        found.append(f"PDF/A A-2: {RULES['A-2']}")
    if "/ID" not in pdf.trailer:
        found.append(f"PDF/A A-3: {RULES['A-3']} ontbreekt")
    intents = [i for i in pdf.Root.get("/OutputIntents", []) if i.get("/S") == pikepdf.Name.GTS_PDFA1]
    if not intents or "/DestOutputProfile" not in intents[0]:
        found.append(f"PDF/A A-4: {RULES['A-4']} ontbreekt")
    found.extend(_fonts(pdf))
    found.extend(_actions(pdf))
    names = pdf.Root.get("/Names", {})
    if "/EmbeddedFiles" in names or "/JavaScript" in names:
        found.append(f"PDF/A A-6/A-7: {RULES['A-7']}")
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream) and ("/F" in obj.stream_dict or _filters(obj) & {"/LZWDecode"}):
            found.append(f"PDF/A A-8: {RULES['A-8']}")
            break
    title = str(pdf.docinfo.get("/Title", "")) if pdf.docinfo is not None else ""
    if title and meta.get("dc:title") not in (title, None) and title not in str(meta.get("dc:title")):
        found.append(f"PDF/A A-9: {RULES['A-9']}: '{title}' en '{meta.get('dc:title')}'")
    return found


def _filters(stream: Any) -> set[str]:
    value = stream.stream_dict.get("/Filter")
    if value is None:
        return set()
    import pikepdf

    return {str(v) for v in value} if isinstance(value, pikepdf.Array) else {str(value)}


def _fonts(pdf: Any) -> list[str]:
    missing = set()
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        for _name, font in fonts.items():
            for candidate in [font, *font.get("/DescendantFonts", [])]:
                descriptor = candidate.get("/FontDescriptor")
                if descriptor is None:
                    continue
                if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.add(str(candidate.get("/BaseFont", "?")))
    return [f"PDF/A A-5: lettertype {name} niet ingesloten ({RULES['A-5']})" for name in sorted(missing)]


def _actions(pdf: Any) -> list[str]:
    import pikepdf

    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/S") in FORBIDDEN_ACTIONS:
            return [f"PDF/A A-6: actie {obj.get('/S')} ({RULES['A-6']})"]
        if isinstance(obj, pikepdf.Dictionary) and "/JS" in obj:
            return [f"PDF/A A-6: JavaScript ({RULES['A-6']})"]
    return []
