"""An amendement as text → amendement data whose target is external (no voorstel file here).

The importer for moties would misread an amendement (its "te wijzigen in" is no dictum, and there
is no "en gaat over tot de orde van de dag"). Here the text is cut where raden cut it: the title,
the date, the voorstel it belongs to, the text it changes (oorspronkelijk) and the new text (wordt),
kept verbatim; then toelichting, indieners and the vote. What does not fit goes to `niet_geplaatst:`.
"""

from __future__ import annotations

import re
from typing import Any

from generator.importer.dates import first_date
from generator.importer.emit import Missing
from generator.importer.parse import ImportResult
from generator.importer.people import is_party

TITLE = re.compile(r"^\s*(sub)?amendement\b", re.IGNORECASE)
WORDT = re.compile(r"^\s*(te wijzigen in|wordt( gewijzigd in)?|te vervangen door|vervangen door)\s*:?\s*$", re.IGNORECASE)
OORSPRONKELIJK = re.compile(r"^\s*(oorspronkelijk(e tekst)?|huidige tekst)\s*:?\s*$", re.IGNORECASE)
STOP = re.compile(r"^\s*(toelichting|de volgende leden|namens|het lid|de leden|ingediend|ondertekend|status|en gaat over|"
                  r"dit hebben we|ondergetekende)\b", re.IGNORECASE)
SIGNERS = re.compile(r"^\s*(de volgende leden.*|namens de fracties? van|het lid van de gemeenteraad,?|de leden van de gemeenteraad,?|"
                     r"ingediend door:?|ondertekenaars?:?)\s*$", re.IGNORECASE)
VOORSTEL = [re.compile(p, re.IGNORECASE) for p in (
    r"hoort bij (?P<v>[^.]+)\.", r"m\.b\.t\. (?P<v>.+?) het volgende amendement", r"inzake (?P<v>.+?)(?: \(|\.|$)",
    r"gehoord de discussie over (?P<v>[^;]+);", r"ter bespreking van (?P<v>[^,;]+)")]
STATUSSEN = ("aangenomen", "verworpen", "ingetrokken", "aangehouden", "ingediend")


NAMED = re.compile(r"\(\s*(sub)?amendement\b|\b(sub)?amendement\s+(van\s+(het\s+lid|de\s+leden)|nr\b|nummer\b)", re.IGNORECASE)
CHANGES = re.compile(r"\b(de volgende (zin|zinsnede|tekst|passage|alinea)\b|te schrappen\b|te vervangen door\b|"
                     r"komt te luiden\b|wordt als volgt gewijzigd|het (ontwerp)?besluit .{0,40}te wijzigen)", re.IGNORECASE)
DICTUM = re.compile(r"^\s*besluit\s*:?\s*$", re.IGNORECASE)
HEAD_LINES = 15
SLOT = re.compile(r"gaa?t?n? over tot de orde van de dag", re.IGNORECASE)


def looks_like(text: str) -> bool:
    """An amendement: its heading says so ("Amendement", "(amendement)", "Amendement van het lid …",
    "Amendement nr."), the text changes a text ("te wijzigen in", "wordt:"), or its besluit changes
    a text ("de volgende zin te schrappen") and it does not end as a motie does."""
    lines = [line for line in text.splitlines() if line.strip()]
    head = lines[:HEAD_LINES]
    slot = next((i for i, line in enumerate(lines) if SLOT.search(line)), None)
    motie_slot = slot is not None
    if head and re.match(r"\s*motie\b", head[0], re.IGNORECASE):
        return False
    if slot is not None:  # page furniture after a motie ("Amendement: …" as a link) is not its heading
        head = head[:slot]
    if any(TITLE.match(line) or NAMED.search(line) for line in head) or (head and re.search(r"\bamendement\b", head[0], re.I)):
        return True
    if any(WORDT.match(line) for line in lines):
        return True
    for index, line in enumerate(lines):
        if DICTUM.match(line) and any(CHANGES.search(after) for after in lines[index + 1:index + 4]):
            return not motie_slot
    return False


def paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated paragraphs, each joined to one line (bullets kept as their own line)."""
    found: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            found[-1].append(line.strip())
        elif found[-1]:
            found.append([])
    return ["\n".join(p) for p in found if p]


def unquote(text: str) -> str:
    return text.strip().strip("“”\"‘’'").strip()


def parse_amendement(text: str) -> ImportResult:
    lines = text.splitlines()
    result = ImportResult({})
    data: dict[str, Any] = result.data
    first = next((line.strip() for line in lines if line.strip()), "")
    titel = re.sub(r"^(sub)?amendement\s*", "", first, flags=re.IGNORECASE).strip(" :'‘’\"“”") or first
    data["soort"] = "subamendement" if first.lower().startswith("subamendement") else "amendement"
    data["gemeente"] = Missing("schrijf de naam van data/gemeenten/<naam>.yaml, bijvoorbeeld zwolle")
    result.warnings.append("gemeente niet gevonden; vul 'gemeente:' in")
    data["titel"] = titel
    datum = first_date(text)
    data["vergadering"] = datum.isoformat() if datum else Missing("de datum van de vergadering, JJJJ-MM-DD")
    if datum:
        result.warnings.append(f"'vergadering:' is de eerste datum in de tekst ({datum.isoformat()}); controleer of dat de vergaderdatum is")
    oud, nieuw, rest = changed_texts(lines)
    data["extern"] = {"voorstel": voorstel(text)}
    if oud:
        data["extern"]["oorspronkelijk"] = oud
    if nieuw:
        data["extern"]["wordt"] = nieuw
    else:
        result.warnings.append("geen 'te wijzigen in' gevonden; de tekst van de wijziging staat onder 'niet_geplaatst:'")
    toelichting = section(rest, re.compile(r"^\s*toelichting\s*:?", re.IGNORECASE))
    if toelichting:
        data["toelichting"] = toelichting
    indieners = signers(lines)
    if indieners:
        data["indieners"] = indieners
    status, stemming = vote(lines)
    data["status"] = status
    if stemming:
        data["stemming"] = stemming
    if not nieuw:
        data["niet_geplaatst"] = paragraphs(rest)
    return result


def voorstel(text: str) -> str:
    flat = " ".join(text.split())
    for pattern in VOORSTEL:
        match = pattern.search(flat)
        if match:
            return match.group("v").strip()
    return "het voorstel (niet in de tekst genoemd)"


def changed_texts(lines: list[str]) -> tuple[str, str, list[str]]:
    """(oorspronkelijk, wordt, the lines after them): the text before "te wijzigen in" back to the
    line that introduces it (ending in ':'), and the text after it up to the toelichting or signers."""
    at = next((i for i, line in enumerate(lines) if WORDT.match(line)), None)
    if at is None:
        return "", "", lines
    start = at
    while start > 0 and not lines[start - 1].rstrip().endswith(":") and not OORSPRONKELIJK.match(lines[start - 1]):
        start -= 1
    end = at + 1
    while end < len(lines) and not STOP.match(lines[end]) and not SIGNERS.match(lines[end]):
        end += 1
    oud = "\n\n".join(unquote(p) for p in paragraphs(lines[start:at]))
    nieuw = "\n\n".join(unquote(p) for p in paragraphs(lines[at + 1:end]))
    return oud, nieuw, lines[end:]


def section(lines: list[str], head: re.Pattern[str]) -> list[str]:
    at = next((i for i, line in enumerate(lines) if head.match(line)), None)
    if at is None:
        return []
    first = head.sub("", lines[at]).strip()
    end = at + 1
    while end < len(lines) and not (STOP.match(lines[end]) or SIGNERS.match(lines[end])):
        end += 1
    return [p.replace("\n", " ") for p in ([first] if first else []) + paragraphs(lines[at + 1:end])]


def signers(lines: list[str]) -> list[dict[str, str]]:
    at = next((i for i, line in enumerate(lines) if SIGNERS.match(line)), None)
    if at is None:
        return []
    found = []
    for line in lines[at + 1:]:
        text = line.strip()
        if not text:
            continue
        if STOP.match(text) or re.match(r"^(dit hebben|status)\b", text, re.IGNORECASE):
            break
        found.append(person(text))
    return found


def person(text: str) -> dict[str, str]:
    for sep in (" - ", " – ", ", ", " ("):
        if sep in text:
            a, b = (part.strip(" ()") for part in text.split(sep, 1))
            return {"naam": b, "fractie": a} if is_party(a) and not is_party(b) else {"naam": a, "fractie": b}
    return {"naam": text}


def vote(lines: list[str]) -> tuple[str, dict[str, Any]]:
    """The status ("Status" then "Aangenomen") and the parties for and against."""
    after: dict[str, str] = {}
    for i, line in enumerate(lines):
        key = line.strip().rstrip(":").lower()
        inline = re.match(r"^\s*(status|voor|tegen)\s*:\s*(\S.*)$", line, re.IGNORECASE)
        if inline:
            after.setdefault(inline.group(1).lower(), inline.group(2).strip())
        elif key in ("status", "voor", "tegen"):
            value = next((x.strip() for x in lines[i + 1:] if x.strip()), "")
            after.setdefault(key, value)
    status = after.get("status", "").lower()
    stemming: dict[str, Any] = {}
    for key in ("voor", "tegen"):
        if after.get(key):
            stemming[key] = [p.strip() for p in re.split(r",(?![^()]*\))", after[key]) if p.strip()]
    return (status if status in STATUSSEN else "ingediend"), stemming


def refuse_amendement(lines: list[str]) -> None:
    """The motie parser never reads an amendement as a motie (`import_file` sends it here first)."""
    from generator.errors import UserError

    if looks_like("\n".join(lines)):
        raise UserError("dit is een amendement, geen motie: het wijzigt de tekst van een voorstel",
                        "importeer het bestand met 'raadsstukken import': die leest amendementen als amendement")
