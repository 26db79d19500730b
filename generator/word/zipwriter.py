"""A minimal, deterministic zip writer that accepts entries compressed in advance.

A Word template's static parts (styles, theme, fonts table, images) are the same in every
document; compressing them once per template instead of once per document is most of the cost
of writing a .docx. Entry times are fixed (1980-01-01), so equal entries give equal bytes.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

DOS_TIME, DOS_DATE = 0, (0 << 9) | (1 << 5) | 1  # 1980-01-01 00:00
LEVEL = 6


@dataclass(frozen=True)
class Packed:
    name: bytes
    crc: int
    size: int
    data: bytes  # raw deflate stream


def pack(name: str, content: bytes) -> Packed:
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    data = compressor.compress(content) + compressor.flush()
    return Packed(name.encode("utf-8"), zlib.crc32(content), len(content), data)


def write(entries: list[Packed]) -> bytes:
    """The zip file (deflate, no data descriptors, no extra fields) holding `entries` in order."""
    out, central, offset = [], [], 0
    for entry in entries:
        flags = 0 if entry.name.isascii() else 0x800  # UTF-8 names flagged
        common = struct.pack("<HHHHHIII", 20, flags, 8, DOS_TIME, DOS_DATE, entry.crc, len(entry.data), entry.size)
        local = b"PK\x03\x04" + common + struct.pack("<HH", len(entry.name), 0) + entry.name
        central.append(b"PK\x01\x02" + struct.pack("<H", 20) + common
                       + struct.pack("<HHHHHII", len(entry.name), 0, 0, 0, 0, 0o644 << 16, offset) + entry.name)
        out += [local, entry.data]
        offset += len(local) + len(entry.data)
    directory = b"".join(central)
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(entries), len(entries), len(directory), offset, 0)
    return b"".join(out) + directory + end
