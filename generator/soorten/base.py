"""Shared building blocks of every data model.

Every scalar arrives as a string (see loading.py); these types convert and check it, with Dutch
messages. A message may carry its fix after " — "; errors.py renders both.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict
from pydantic_core import PydanticCustomError

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
FOOTNOTE_MARK = re.compile(r"\[\^([^\]\s]+)\]")


class Model(BaseModel):
    """Unknown keys are errors; values cannot change after validation."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    veldnamen: ClassVar[Mapping[str, str]] = {}
    """What the editor's form calls a field, as the document reads it ("Wat de vergadering vraagt");
    a field without one is named by its key ("baten_en_lasten" → "Baten en lasten")."""
    uitleg: ClassVar[Mapping[str, str]] = {}
    """The editor's help under a field, in Dutch, where the starter's comment does not say it."""
    meer_opties: ClassVar[frozenset[str]] = frozenset()
    """Fields a griffie rarely sets (form lines, order, source details): the editor puts them behind
    "Meer opties"."""
    een_van: ClassVar[tuple[str, tuple[str, ...]]] = ("", ())
    """Fields of which exactly one is filled in (a wijziging is one kind of change), with the name of
    that choice ("Soort wijziging"): the editor offers the choice and shows the chosen field only."""


def fail(kind: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(kind, message)


def doubles(labels: list[Any]) -> list[Any]:
    """The labels that stand more than once, sorted (articles, leden, beslispunten, begroting rows)."""
    return sorted({label for label, count in Counter(labels).items() if count > 1})


NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def forbidden_character(text: str) -> tuple[int, str] | None:
    """The first character XML 1.0 cannot hold (Word would drop it), with its position."""
    match = NOT_XML.search(text)
    if match is None:
        return None
    return match.start() + 1, f"U+{ord(match.group()):04X}"


def _check_text(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    bad = forbidden_character(value)
    if bad:
        position, code = bad
        raise fail(
            "xml_char",
            f"bevat het teken {code} (op positie {position}) dat niet in een Word-document kan staan"
            " — verwijder het; het komt meestal mee bij kopiëren uit een PDF",
        )
    return unicodedata.normalize("NFC", value)


def _not_empty(value: str) -> str:
    if not value.strip():
        raise fail("empty", "is leeg — vul een tekst in of laat het veld weg")
    return value


Tekst = Annotated[str, BeforeValidator(_check_text), AfterValidator(_not_empty)]
"""Text the author writes (prose): read for readability, placeholders and YAML traps."""


class Aard(enum.Enum):
    """What kind of text a field holds, for the checks that read text (soorten/aard.py)."""

    PROZA = "proza"
    """Sentences the author writes: scored for readability (B1)."""
    FORMULE = "formule"
    """A title, a heading, a fixed formula ("Constaterende dat:", the opening): not scored."""
    NAAM = "naam"
    """A person, a fractie, a place."""
    CITAAT = "citaat"
    """Text quoted from elsewhere (law, a source, what the import could not place): not scored."""
    CODE = "code"
    """A number or code the author types (RIS-nummer, kenmerk, agendapunt): no YAML comment trap."""
    WAARDE = "waarde"
    """A reference, label, date, amount or choice: no text checks at all."""


Formule = Annotated[Tekst, Aard.FORMULE]
Naam = Annotated[Tekst, Aard.NAAM]
Citaat = Annotated[Tekst, Aard.CITAAT]
Code = Annotated[Tekst, Aard.CODE]
Waarde = Annotated[Tekst, Aard.WAARDE]


def _parse_date(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise fail("date_format", f"'{text}' is geen datum — schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2019-07-08")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise fail("date_value", f"'{text}' bestaat niet als datum — controleer dag en maand") from None


Datum = Annotated[dt.date, BeforeValidator(_parse_date)]

OPEN = re.compile(r"\[[^\[\]\n^]{1,40}\]")
"""An open fact: a whole value in square brackets that names what is missing ("[datum]", "[titel]",
"[naam]"), as the import writes it for a fact the text does not state (docs/architecture.md, "Open facts")."""


def is_open(value: Any) -> bool:
    """The value is an open fact's marker, not a fact."""
    return isinstance(value, str) and OPEN.fullmatch(value.strip()) is not None


def _parse_open_date(value: Any) -> Any:
    return None if is_open(value) else _parse_date(value)


OpenDatum = Annotated[dt.date | None, BeforeValidator(_parse_open_date)]
"""A date that may still be open ("[datum]" → None): the document is then a concept, shows "[datum]"
where the date stands, and `check` reports the field at its line until it is filled in."""


_TRUE = {"ja", "true", "yes", "waar", "j"}
_FALSE = {"nee", "false", "no", "onwaar", "n"}


def _parse_bool(value: Any) -> Any:
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise fail("bool", f"'{value}' is geen ja of nee — schrijf ja of nee")
    return value


JaNee = Annotated[bool, BeforeValidator(_parse_bool)]


def _parse_int(value: Any) -> Any:
    if isinstance(value, str):
        if not re.fullmatch(r"\d{1,6}", value.strip()):
            raise fail("int", f"'{value}' is geen heel getal — schrijf een getal zoals 6")
        return int(value)
    return value


Getal = Annotated[int, BeforeValidator(_parse_int)]


def _check_id(value: Any) -> Any:
    if isinstance(value, str) and not ID_PATTERN.fullmatch(value.strip()):
        raise fail("id", f"'{value}' is geen geldige naam — gebruik kleine letters, cijfers en streepjes, zoals den-haag")
    return value


Id = Annotated[str, BeforeValidator(_check_id), Aard.WAARDE]
