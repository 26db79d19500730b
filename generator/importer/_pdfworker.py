"""Runs in a child process with a memory cap: read one PDF with pypdf, print JSON on stdout.

Standalone on purpose (stdlib, pypdf and generator/portable.py only), so a crafted PDF that makes pypdf loop or eat memory
takes down this process and not the tool. Output: {"pages": [...]} or {"error": kind, "detail": ...}.
"""

import json
import logging
import sys
import warnings
from pathlib import Path
from typing import Any

# The script's own folder must not shadow anything pypdf imports; the package root gives portable.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [str(Path(_HERE).parents[1]), *(p for p in sys.path if p and str(Path(p).resolve()) != _HERE)]


def _answer(**payload: object) -> None:
    sys.stdout.write(json.dumps(payload))
    sys.stdout.flush()
    sys.exit(0)


def _open(path: str) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                _answer(error="encrypted")
        except (DependencyError, NotImplementedError) as exc:
            _answer(error="crypto", detail=str(exc)[:200])
        except FileNotDecryptedError:
            _answer(error="encrypted")
    return reader


def main() -> None:
    path, max_pages, memory = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    from generator.portable import cap_memory

    cap_memory(memory)
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    try:
        from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError
    except ImportError:
        _answer(error="no_pypdf")
    try:
        reader = _open(path)
        count = len(reader.pages)
        if count > max_pages:
            _answer(error="too_many_pages", detail=str(count))
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError:
        _answer(error="encrypted")
    except DependencyError as exc:
        _answer(error="crypto", detail=str(exc)[:200])
    except MemoryError:
        _answer(error="memory")
    except (PdfReadError, RecursionError) as exc:
        _answer(error="malformed", detail=f"{type(exc).__name__}: {exc}"[:200])
    except Exception as exc:
        _answer(error="malformed", detail=f"{type(exc).__name__}: {exc}"[:200])
    _answer(pages=pages)


if __name__ == "__main__":
    main()
