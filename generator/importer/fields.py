"""Labelled fields of a motie's heading: "Agendapunt 7", "Motie M-28", "Onderwerp:", "RIS309671", and the
layout helpers that turn a two-column heading and lone labels into one field per line."""

from __future__ import annotations

import re

RIS = re.compile(r"\bRIS\s?-?(\d{5,8})\b", re.IGNORECASE)
TITLE_LINE = re.compile(r"^(?:concept[- ]?)?motie\b(?!\s+(?:luidt|is|wordt|heeft))\s*(?P<rest>.*)$", re.IGNORECASE)
TITLE_LABEL = re.compile(r"^(?P<label>titel|onderwerp|betreft|titel motie|onderwerp motie|korte titel(?: motie)?)\s*:\s*(?P<t>.+)$",
                          re.IGNORECASE)
NUMBER_LABEL = re.compile(r"^(?:motie\s*)?(?:nr\.?|nummer|motienummer|motienr\.?|volgnummer)\s*:?\s*"
                           r"(?P<n>[\w][\w./-]*)\s*$", re.IGNORECASE)
NUMBER_PREFIX = re.compile(r"^(?:(?:nr\.?|nummer)\s*)?(?P<n>M\s?-?\s?\d{1,4}(?:[-./]\d{1,4})*[a-z]?|"
                           r"\d{1,4}(?:[-./]\d{1,4})*[a-z]?(?=\s*[:\-–—]\s)|(?<=nr\.\s)\d[\w./-]*)"
                           r"\s*[:\-–—]?\s*",
                            re.IGNORECASE)
REG_LABEL = re.compile(r"^(?:registratienummer|reg\.?\s*nr\.?|documentnummer|ris-?nummer)\s*:?\s*(?P<n>\S+)$",
                        re.IGNORECASE)
AGENDA = re.compile(r"^(?:bij\s+)?agendapunt\s*(?:nr\.?)?\s*:?\s*(?P<n>\d+(?:\.\d+)*(?:\.?[a-z](?![\w-]))?)\.?\s*[:\-–—]?\s*"
                    r"(?P<t>.*)$",
                     re.IGNORECASE)
VOORSTEL = re.compile(
    r"^(?:behorende?\s+bij|ingediend\s+bij|naar\s+aanleiding\s+van|inzake|bij|raadsvoorstel|statenvoorstel|voorstel"
    r"|raadsbesluit|agendaonderwerp|agenda-onderwerp|onderwerp\s+raadsvoorstel)\s*:\s*(?P<t>.+)$", re.IGNORECASE)
VREEMD = re.compile(r"\bvreemd\s+aan\s+de\s+(?:orde|agenda)(?:\s+van\s+de\s+dag)?\b", re.IGNORECASE)
DATE_LABEL = re.compile(r"^(?:datum(?:\s+(?:(?:raads|staten)?vergadering|indiening|ps))?|(?:raads|staten)?vergadering(?:\s+van)?|vergaderdatum"
                         r"|voorgesteld|ingediend\s+op|raadsvergadering)\b\s*:?\s*(?P<d>.+)$", re.IGNORECASE)
CODE = re.compile(r"^(?P<c>[A-Z]{1,5}[-/ ]?\d{2,4}[-/.]\d{1,6}(?:[-/.]\d+)*)\s+(?=\S)")


def ris_number(text: str) -> str | None:
    match = RIS.search(text)
    return f"RIS{match.group(1)}" if match else None


FIELD = re.compile(r"^(?:jaar|afdeling|nummer|datum|onderwerp|agendapunt|indieners?|registratienummer|vergadering"
                    r"|raadsvergadering|portefeuillehouder|status|bijlagen?|titel)\b", re.IGNORECASE)
BARE_LABEL = re.compile(r"^(?:titel|onderwerp|agendapunt|datum|datum raadsvergadering|datum ps|betreft|statenvergadering"
                         r"|korte titel(?: motie)?|indiener|indiener\(?s\)?|indieners"
                         r"|ingediend door|voorstel|raadsvoorstel|nummer|motienummer|registratienummer)\s*:?$",
                         re.IGNORECASE)


def merge_labels(lines: list[str]) -> list[str]:
    """A label alone on its line ("Onderwerp") takes the next line as its value."""
    merged: list[str] = []
    for line in lines:
        if merged and BARE_LABEL.match(merged[-1]):
            merged[-1] = f"{merged[-1].rstrip(':').strip()}: {line}"
        else:
            merged.append(line)
    return merged


def columns(line: str) -> list[str]:
    """A heading line with a far right-hand column ("MOTIE        Nr. 2023-045") as two lines."""
    match = re.match(r"^(\s{0,9}\S.*?)\s{3,}(\S.*)$", line)
    if match and match.start(2) >= 30:
        return [match.group(1), *columns(" " * match.start(2) + match.group(2))[-1:]]
    return [line.strip()]


def looks_like_label(text: str) -> bool:
    """A preamble line that starts a new field rather than continuing the opening sentence."""
    patterns = (TITLE_LINE, AGENDA, FIELD, NUMBER_LABEL)
    return bool(re.match(r"^[\w ()-]{2,30}:\s", text) or any(p.match(text) for p in patterns)
                or VREEMD.search(text))
