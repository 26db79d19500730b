"""The Zuidplas huisstijl: the default motie template with another font and colour (through Word
styles only) and a logo placeholder in the header, saved in the gemeente's own template folder.

Run: python tools/make_templates.py huisstijl_zuidplas. The placeholder picture is replaced by the
profile's logo (data/gemeenten/huisstijl/zuidplas/logo.png) when a document is made; the logo
should have the placeholder's aspect ratio (4:1), since Word keeps the placeholder's size.
"""

from __future__ import annotations

import io
import math
import struct
import sys
import zlib
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).parent))
import docxkit as kit
import make_templates

FOLDER = Path(__file__).resolve().parent.parent / "data" / "gemeenten" / "huisstijl" / "zuidplas"
FONT, COLOR = "Georgia", "00703C"
WIDTH, HEIGHT = 480, 120


def png(width: int, height: int, pixel) -> bytes:
    """A truecolour PNG from `pixel(x, y) -> (r, g, b)`, without an imaging library."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def placeholder(x: int, y: int) -> tuple[int, int, int]:
    """Grey box with a border and a cross: clearly 'the logo goes here'."""
    border = x < 3 or y < 3 or x >= WIDTH - 3 or y >= HEIGHT - 3
    cross = abs(x * HEIGHT - y * WIDTH) < 2 * WIDTH or abs(x * HEIGHT - (HEIGHT - y) * WIDTH) < 2 * WIDTH
    return (128, 128, 128) if border or cross else (230, 230, 230)


def logo(x: int, y: int) -> tuple[int, int, int]:
    """Three polder bands (green, blue, green) under a sky: the sample gemeente's mark."""
    wave = 6 * math.sin(x / 38)
    bands = ((40, (255, 255, 255)), (68, (0, 112, 60)), (92, (0, 94, 160)), (HEIGHT + 10, (122, 184, 0)))
    for limit, colour in bands:
        if y < limit + wave:
            return colour
    return bands[-1][1]


def _save(doc, name: str) -> None:
    header = doc.sections[0].header
    paragraph = header.paragraphs[0].insert_paragraph_before()
    paragraph.style = doc.styles["Header"]
    paragraph.add_run().add_picture(io.BytesIO(png(WIDTH, HEIGHT, placeholder)), width=Cm(4), height=Cm(1))
    section = doc.sections[0]  # the logo and the header line above the body, clear of its first line
    section.header_distance, section.top_margin = Cm(1.0), Cm(3.5)
    kit.set_properties(doc, "Sjabloon motie, huisstijl Zuidplas")
    path = FOLDER / name
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    print(f"geschreven: {path.relative_to(FOLDER.parents[3])}")


def build() -> None:
    new_document, save = kit.new_document, make_templates.save
    kit.new_document = lambda: new_document(font=FONT, color=COLOR)
    make_templates.save = _save
    try:
        make_templates.motie()
    finally:
        kit.new_document, make_templates.save = new_document, save
    (FOLDER / "logo.png").write_bytes(png(WIDTH, HEIGHT, logo))
