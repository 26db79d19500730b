"""Continuous page numbers for a bundle: each .docx copied with its first page number and the total.

The first section of a copy gets `w:pgNumType w:start` = the pages before it + 1 (a later section
that restarts is told not to), and each NUMPAGES field in its headers and footers becomes the
bundle's page count, so the footers print "7/12" where they printed "2/3". The copies live in the
bundle's own temporary folder: nothing is written beside the sources.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml")
SECT_PR = re.compile(r"<w:sectPr\b[^>]*?(?:/>|>.*?</w:sectPr>)", re.DOTALL)
PG_NUM_TYPE = re.compile(r"<w:pgNumType\b[^>]*/>")
AFTER_PG_NUM = ("<w:cols", "<w:formProt", "<w:vAlign", "<w:noEndnote", "<w:titlePg", "<w:textDirection",
                "<w:bidi", "<w:rtlGutter", "<w:docGrid", "<w:printerSettings", "<w:sectPrChange", "</w:sectPr>")
RUN = re.compile(r"<w:r(?:\s[^>]*)?/>|<w:r(?:\s[^>]*)?>.*?</w:r>", re.DOTALL)
SIMPLE_FIELD = re.compile(r'<w:fldSimple w:instr="\s*NUMPAGES[^"]*"[^>]*>(.*?)</w:fldSimple>', re.DOTALL)
RPR = re.compile(r"<w:rPr>.*?</w:rPr>", re.DOTALL)


def numbered_copy(source: Path, target: Path, start: int, total: int) -> None:
    """`source` copied to `target` with its pages numbered from `start` of `total`."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            data = original.read(info)
            if PARTS.fullmatch(info.filename):
                text = data.decode("utf-8")
                if info.filename == "word/document.xml":
                    text = first_page(text, start)
                data = total_pages(text, total).encode("utf-8")
            copy.writestr(info, data)


def first_page(xml: str, start: int) -> str:
    """The first section starts at `start`; the sections after it run on."""
    sections = iter(range(1 << 30))

    def fix(match: re.Match[str]) -> str:
        section = PG_NUM_TYPE.sub(lambda m: re.sub(r'\s+w:start="\d+"', "", m.group()), match.group())
        if next(sections):
            return section
        if section.endswith("/>"):
            return section[:-2] + f'><w:pgNumType w:start="{start}"/></w:sectPr>'
        if PG_NUM_TYPE.search(section):
            return PG_NUM_TYPE.sub(lambda m: m.group()[:-2] + f' w:start="{start}"/>', section, count=1)
        at = min((section.find(tag) for tag in AFTER_PG_NUM if tag in section), default=len(section))
        return section[:at] + f'<w:pgNumType w:start="{start}"/>' + section[at:]

    return SECT_PR.sub(fix, xml)


def total_pages(xml: str, total: int) -> str:
    """Every NUMPAGES field replaced by the bundle's page count as plain text, in the field's own look."""
    xml = SIMPLE_FIELD.sub(lambda m: _run(RPR.search(m.group(1)), total), xml)
    pieces, field, last = [], [], 0
    for match in RUN.finditer(xml):
        run = match.group()
        if 'w:fldCharType="begin"' in run:
            pieces.append(xml[last:match.start()])
            field, last = [run], match.end()
            continue
        if field:
            pieces.append(xml[last:match.start()])  # what stands between the runs of a field stays
            field.append(run)
            last = match.end()
            if 'w:fldCharType="end"' in run:
                pieces.append(_field(field, total))
                field = []
    pieces.append(xml[last:])
    return "".join(pieces)


def _field(runs: list[str], total: int) -> str:
    instruction = "".join(re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", "".join(runs)))
    if instruction.split()[:1] != ["NUMPAGES"]:
        return "".join(runs)
    return _run(RPR.search(runs[0]), total)


def _run(rpr: re.Match[str] | None, total: int) -> str:
    return f"<w:r>{rpr.group() if rpr else ''}<w:t>{total}</w:t></w:r>"
