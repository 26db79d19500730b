"""PDF → text, bounded: pypdf runs in a child process with a wall-clock timeout, a memory cap (RLIMIT_AS
where the platform has one: generator/portable.py) and a page cap, because crafted or damaged PDFs
make pypdf loop or exhaust memory (see shared/RELIABILITY.md). Every failure becomes one Dutch message."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from generator import portable
from generator.errors import UserError
from generator.pdf.sandbox import run_killable

WORKER = Path(__file__).with_name("_pdfworker.py")
OCR_HINT = ("maak er eerst een doorzoekbare PDF van met tekstherkenning (OCR), bijvoorbeeld met"
            " 'ocrmypdf bestand.pdf uit.pdf', of typ de motie over in een tekstbestand")


@dataclass(frozen=True)
class Limits:
    timeout: float = 15.0
    memory_bytes: int = 512 * 1024 * 1024
    max_pages: int = 60
    max_bytes: int = 50 * 1024 * 1024


def pdf_pages(path: Path, name: str, limits: Limits) -> list[str]:
    """The text of each page; raises UserError with a Dutch message for every kind of bad PDF."""
    _check_bytes(path, name, limits)
    payload = _run_worker(path, name, limits)
    if "error" in payload:
        raise _error(payload["error"], payload.get("detail", ""), name, limits)
    pages = [str(p) for p in payload.get("pages", [])]
    if not pages:
        raise UserError(f"{name} heeft geen pagina's: er staat niets in om te importeren",
                        "controleer of u het goede bestand hebt gekozen, of sla de motie opnieuw op als PDF")
    if sum(ch.isalpha() for page in pages for ch in page) < 20:
        raise UserError(f"{name} bevat geen tekst, alleen afbeeldingen: waarschijnlijk een gescande PDF", OCR_HINT)
    return pages


def _check_bytes(path: Path, name: str, limits: Limits) -> None:
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise UserError(f"{name} is te groot om te importeren ({size // (1024 * 1024)} MB; hoogstens"
                        f" {limits.max_bytes // (1024 * 1024)} MB)", "sla alleen de motie op als aparte PDF")
    with path.open("rb") as handle:
        head = handle.read(1024)
        handle.seek(max(0, size - 2048))
        end = handle.read()
    if b"%PDF-" not in head:
        raise UserError(f"{name} is geen PDF-bestand (het begint niet met '%PDF-')",
                        "controleer of u het goede bestand hebt gekozen")
    if b"%%EOF" not in end:
        raise UserError(f"{name} is onvolledig: het einde van het PDF-bestand ontbreekt (afgebroken download of"
                        " kopie?)", "download of kopieer het bestand opnieuw")


def _run_worker(path: Path, name: str, limits: Limits) -> dict:
    # The worker caps its own address space first thing (no preexec_fn: unsafe with threads).
    command = [sys.executable, "-I", str(WORKER), str(path), str(limits.max_pages), str(limits.memory_bytes)]
    env = portable.child_environment(LANG="C.UTF-8", PYTHONIOENCODING="utf-8")
    code, out, _err = run_killable(command, env=env, timeout=limits.timeout)
    if code is None:
        raise UserError(f"het lezen van {name} duurde langer dan {limits.timeout:g} seconden en is afgebroken; het"
                        " bestand is waarschijnlijk beschadigd of ongewoon opgebouwd",
                        "sla de motie opnieuw op als PDF (Afdrukken → Opslaan als PDF) of als tekstbestand")
    try:
        return json.loads(out.decode("utf-8"))  # type: ignore[no-any-return]
    except (UnicodeDecodeError, json.JSONDecodeError):
        return {"error": "memory" if portable.out_of_memory(code) else "crash", "detail": f"exit {code}"}


_PROBABLY_DAMAGED = "het bestand is waarschijnlijk beschadigd"
_PAGE_CAP = "de import leest hoogstens {} pagina's (een motie is meestal één of twee pagina's)"


def _damaged(name: str, detail: str) -> str:
    """pypdf's English reason as our Dutch one (messages.PDF), never its text."""
    from generator.messages import PDF_DEFAULT, described

    reason = described(detail, "pypdf")
    return f"{name} is beschadigd of geen geldig PDF-bestand" if reason == PDF_DEFAULT else f"{name} is beschadigd: {reason}"


def _error(kind: str, detail: str, name: str, limits: Limits) -> UserError:
    resave = "sla de motie opnieuw op als PDF (Afdrukken → Opslaan als PDF) of als tekstbestand"
    messages = {
        "encrypted": (f"{name} is beveiligd met een wachtwoord en kan niet gelezen worden",
                      "vraag een onbeveiligde versie of sla de motie op als tekstbestand"),
        "crypto": (f"{name} is versleuteld (AES); om het te lezen is het pakket 'cryptography' nodig",
                   "installeer het met 'pip install pypdf[crypto]' of sla de motie op als tekstbestand"),
        "memory": (f"{name} vraagt te veel geheugen om te lezen (meer dan {limits.memory_bytes // 2**20} MB); "
                   + _PROBABLY_DAMAGED, resave),
        "too_many_pages": (f"{name} heeft {detail} pagina's; {_PAGE_CAP.format(limits.max_pages)}",
                           "sla alleen de motie op als aparte PDF"),
        "malformed": (_damaged(name, detail), resave),
        "no_pypdf": ("het pakket 'pypdf' ontbreekt; installeer raadsstukken opnieuw", ""),
    }
    message, hint = messages.get(kind, (_damaged(name, detail), resave))
    return UserError(message, hint)
