"""The one dictionary of Dutch messages for what other libraries say in English.

The YAML parser (PyYAML and libyaml), Jinja's sandbox and expat each explain a problem in their own
English; none of that reaches the user. Each entry maps the start of (or a fragment in) their text to
our message and its fix. What no entry knows gets the source's general Dutch message, never the
English text itself.
"""

from __future__ import annotations

import re

Message = tuple[str, str]

YAML: dict[str, Message] = {
    "found invalid Unicode character escape code": (
        "ongeldige \\u-code in een tekst tussen aanhalingstekens", "schrijf het teken zelf, zonder \\u-code"),
    "found unknown escape character": (
        "onbekende \\-code in een tekst tussen dubbele aanhalingstekens",
        "schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens"),
    "expected escape sequence": (
        "onvolledige \\x- of \\u-code in een tekst tussen dubbele aanhalingstekens",
        "schrijf het teken zelf, of \\\\ voor een backslash"),
    "mapping values are not allowed": (
        "een dubbele punt met een spatie erachter midden in een waarde",
        "zet de hele tekst tussen aanhalingstekens"),
    "did not find expected key": (
        "de inspringing klopt niet", "zet velden van hetzelfde niveau precies onder elkaar, met spaties"),
    "did not find expected ',' or ']'": (
        "een lijst tussen [ en ] wordt niet gesloten", "sluit de lijst met ] of zet elk punt op een eigen regel met '- '"),
    "did not find expected ',' or '}'": (
        "velden tussen { en } worden niet gesloten", "sluit met } of zet elk veld op een eigen regel"),
    "did not find expected '-' indicator": (
        "lijstpunten en velden staan door elkaar op hetzelfde niveau",
        "laat alle punten van een lijst op dezelfde plek met '- ' beginnen"),
    "found character that cannot start any token": (
        "een teken dat zo niet aan het begin van een waarde mag staan (zoals @, ` of %)",
        "zet de tekst tussen aanhalingstekens"),
    "could not find expected ':'": (
        "een dubbele punt achter de veldnaam ontbreekt", "schrijf 'naam: waarde'"),
    "expected <block end>": (
        "de inspringing klopt niet", "zet velden van hetzelfde niveau precies onder elkaar, met spaties"),
    "but found another document": (
        "het bestand bevat meer dan één document (een regel '---' of '...' halverwege)",
        "houd één document per bestand: verwijder de regel '---' of zet de rest in een eigen bestand"),
    "expected '<document start>'": (
        "na het einde van het document ('...') staat nog tekst",
        "verwijder de regel '...' of zet de rest in een eigen bestand"),
    "did not find expected <document start>": (
        "na het einde van het document ('...') staat nog tekst",
        "verwijder de regel '...' of zet de rest in een eigen bestand"),
    "exceeded maximum nesting depth": (
        "de gegevens zijn te diep genest (meer dan 1.000 niveaus)", "schrijf de gegevens platter, met minder haken"),
    "found unexpected end of stream": (
        "het bestand houdt midden in een waarde op", "sluit de aanhalingstekens of haken die nog open staan"),
    "did not find expected node content": (
        "hier ontbreekt een waarde", "schrijf een waarde, of zet de tekst tussen aanhalingstekens"),
    "block sequence entries are not allowed": (
        "een lijstpunt ('- ') staat achter een veldnaam op dezelfde regel",
        "zet het lijstpunt op een nieuwe regel, ingesprongen onder de veldnaam"),
    "found a tab character": (
        "tabteken gevonden; YAML staat alleen spaties toe voor inspringing", "vervang de tab door spaties"),
    "found unexpected ':'": (
        "een dubbele punt op een plek waar die niet mag", "zet de hele tekst tussen aanhalingstekens"),
    "did not find expected comment or line break": (
        "na deze waarde staat nog iets op dezelfde regel", "zet de hele tekst tussen aanhalingstekens"),
    "expected a comment or a line break": (
        "na deze waarde staat nog iets op dezelfde regel", "zet de hele tekst tussen aanhalingstekens"),
    "found undefined tag handle": (
        "een '!' aan het begin van een waarde", "zet de tekst tussen aanhalingstekens"),
    "expected alphabetic or numeric character": (
        "een '&' of '*' aan het begin van een waarde", "zet de tekst tussen aanhalingstekens"),
    "did not find expected alphabetic or numeric character": (
        "een '&' of '*' aan het begin van een waarde", "zet de tekst tussen aanhalingstekens"),
    "found unexpected document indicator": (
        "een regel '---' of '...' midden in een tekst tussen aanhalingstekens",
        "sluit de aanhalingstekens eerder of spring de regel in"),
    "expected chomping or indentation indicators": (
        "achter '|' of '>' mag alleen '-', '+' of een cijfer staan", "zet de tekst op de regels eronder, ingesprongen"),
    "expected indentation indicator": (
        "achter '|' of '>' mag alleen '-', '+' of een cijfer van 1 tot 9 staan",
        "zet de tekst op de regels eronder, ingesprongen"),
    "found incompatible YAML document": ("een onbekende YAML-versie ('%YAML')", "verwijder de regel die met % begint"),
    "duplicate %YAML directive": ("twee regels '%YAML'", "verwijder de regels die met % beginnen"),
    "duplicate %TAG directive": ("twee regels '%TAG'", "verwijder de regels die met % beginnen"),
    "found an indentation indicator equal to 0": (
        "achter '|' of '>' mag alleen '-', '+' of een cijfer van 1 tot 9 staan",
        "zet de tekst op de regels eronder, ingesprongen"),
    "did not find expected hexdecimal number": (
        "onvolledige \\x- of \\u-code in een tekst tussen dubbele aanhalingstekens",
        "schrijf het teken zelf, of \\\\ voor een backslash"),
    "expected a directive": ("een regel die met % begint", "verwijder de regel of zet de tekst tussen aanhalingstekens"),
    "found unknown directive": ("een regel die met % begint", "verwijder de regel of zet de tekst tussen aanhalingstekens"),
    "expected ' ', but found": ("een '!' aan het begin van een waarde", "zet de tekst tussen aanhalingstekens"),
    "while parsing a tag": ("een '!' aan het begin van een waarde", "zet de tekst tussen aanhalingstekens"),
    "special characters are not allowed": (
        "het bestand bevat een besturingsteken dat niet in tekst hoort", "verwijder het; het komt vaak mee bij kopiëren"),
    "control characters are not allowed": (
        "het bestand bevat een besturingsteken dat niet in tekst hoort", "verwijder het; het komt vaak mee bij kopiëren"),
    "invalid leading UTF-8 octet": ("het bestand is niet in UTF-8 opgeslagen", "sla het op als UTF-8"),
    "invalid trailing UTF-8 octet": ("het bestand is niet in UTF-8 opgeslagen", "sla het op als UTF-8"),
}
YAML_DEFAULT: Message = (
    "ongeldige YAML op deze plek", "controleer inspringing, dubbele punten en aanhalingstekens op deze regel of de regel erboven")

JINJA: dict[str, Message] = {
    "is unsafe": ("probeert iets dat de sandbox niet toestaat (een verborgen eigenschap of methode)",
                  "verwijder deze code uit het sjabloon"),
    "is undefined": ("gebruikt een onbekende variabele", "controleer de schrijfwijze (zie 'raadsstukken templates')"),
    "unexpected end of template": ("een {% for %} of {% if %} wordt niet gesloten",
                                   "sluit elk blok met {% endfor %} of {% endif %}"),
    "Encountered unknown tag": ("een onbekende opdracht tussen {% en %}", "gebruik alleen for, if en set"),
    "unexpected": ("de sjablooncode klopt hier niet (een haakje of teken te veel of te weinig)",
                   "controleer de accolades {{ }} en {% %} in deze alinea"),
    "expected token": ("de sjablooncode klopt hier niet (een haakje of teken te veel of te weinig)",
                       "controleer de accolades {{ }} en {% %} in deze alinea"),
    "no filter named": ("een onbekend filter (achter |)", "gebruik alleen de filters die 'raadsstukken templates' noemt"),
    "no test named": ("een onbekende test (achter is)", "controleer de schrijfwijze"),
    "object is not callable": ("roept iets aan dat geen functie is", "verwijder de haakjes ()"),
    "has no attribute": ("gebruikt een eigenschap die niet bestaat", "controleer de schrijfwijze (zie 'raadsstukken templates')"),
    "recursion": ("herhaalt zichzelf zonder einde", "controleer de lussen en macro's van het sjabloon"),
}
JINJA_DEFAULT: Message = ("de sjablooncode klopt niet", "corrigeer de sjablooncode in Word ('raadsstukken templates check' geeft details)")

EXPAT: dict[str, Message] = {
    "mismatched tag": ("de XML klopt niet: een element wordt gesloten met een andere naam dan waarmee het opent",
                       "controleer of elke {%p for %} een {%p endfor %} heeft in dezelfde soort alinea"),
    "unclosed token": ("de XML klopt niet: een element wordt niet gesloten",
                       "controleer of elke {%p for %} een {%p endfor %} heeft in dezelfde soort alinea"),
    "no element found": ("de XML is leeg of houdt halverwege op", "controleer of elk {%p if %}-blok een {%p endif %} heeft"),
    "junk after document element": ("de XML klopt niet: na het einde van het document staat nog iets",
                                    "controleer of elk {%p if %}-blok een {%p endif %} heeft"),
    "not well-formed": ("de XML klopt niet (een teken dat in XML niet mag)",
                        "controleer het sjabloon; waarden worden automatisch veilig gemaakt"),
    "undefined entity": ("de XML gebruikt een onbekende entiteit (&…;)", "controleer het sjabloon"),
}
EXPAT_DEFAULT: Message = ("de XML van het document klopt niet",
                          "controleer of elke {%p for %} een {%p endfor %} heeft in dezelfde soort alinea")


def dutch(english: object, table: dict[str, Message], default: Message) -> Message:
    """Our message and fix for a library's English text: the longest fragment of `table` it contains."""
    text = str(english or "")
    found = [key for key in table if key.lower() in text.lower()]
    return table[max(found, key=len)] if found else default


def yaml_problem(problem: object) -> Message | None:
    """The YAML entry for the parser's problem, or None when no entry knows it."""
    text = str(problem or "")
    found = [key for key in YAML if key.lower() in text.lower()]
    return YAML[max(found, key=len)] if found else None


def quoted_name(english: object) -> str:
    """The first 'name' quoted in a library's message (a variable, an attribute), for our message."""
    match = re.search(r"'([^']{1,80})'", str(english or ""))
    return match.group(1) if match else ""


JINJA_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"unexpected '(.{1,40}?)', expected '(.{1,40}?)'"), "onverwacht '{0}', verwacht '{1}'"),
    (re.compile(r"expected token '(.{1,40}?)', got '(.{1,40}?)'"), "verwacht '{0}', maar vond '{1}'"),
    (re.compile(r"unexpected '(.{1,40}?)'"), "onverwacht '{0}'"),
    (re.compile(r"unexpected char '(.{1,10}?)'"), "onverwacht teken '{0}'"),
]


def jinja(english: object) -> Message:
    """A Jinja message in Dutch, keeping the tokens it names (`'}'`, `')'`), which help find the spot."""
    text = str(english or "")
    for pattern, dutch_text in JINJA_PATTERNS:
        match = pattern.search(text)
        if match:
            return dutch_text.format(*match.groups()), JINJA_DEFAULT[1]
    return dutch(text, JINJA, JINJA_DEFAULT)


PDF: dict[str, str] = {
    "cyclic page": "de paginaboom verwijst naar zichzelf (een kring)",
    "cycle in /pages": "de paginaboom verwijst naar zichzelf (een kring)",
    "cycle": "een onderdeel verwijst naar zichzelf (een kring)",
    "cyclic": "een onderdeel verwijst naar zichzelf (een kring)",
    "loop": "een onderdeel verwijst naar zichzelf (een kring)",
    "invalid object in /pages": "de lijst met pagina's ontbreekt",
    "/kids": "de lijst met pagina's klopt niet",
    "page tree": "de lijst met pagina's klopt niet",
    "cannot find root": "de inhoudsopgave van het bestand (/Root) ontbreekt",
    "eof marker not found": "het einde van het bestand (%%EOF) ontbreekt",
    "startxref": "de verwijzingstabel (startxref) ontbreekt of klopt niet",
    "xref": "de verwijzingstabel (xref) klopt niet",
    "trailer": "de verwijzingstabel (trailer) klopt niet",
    "trailer dictionary": "de verwijzingstabel (trailer) klopt niet",
    "ended unexpectedly": "het bestand houdt halverwege op",
    "unexpected end": "het bestand houdt halverwege op",
    "unexpected eof": "het bestand houdt halverwege op",
    "empty file": "het bestand is leeg",
    "'%pdf-' expected": "het bestand begint niet als een PDF",
    "limit": "het bestand is te groot of te diep genest om veilig te lezen",
    "maximum": "het bestand is te groot of te diep genest om veilig te lezen",
    "exceeds": "het bestand is te groot of te diep genest om veilig te lezen",
    "recursion": "het bestand is te diep genest",
    "decompress": "een ingepakt onderdeel is beschadigd",
    "decod": "een ingepakt onderdeel is beschadigd",
    "filter": "een ingepakt onderdeel gebruikt een onbekende of kapotte inpakmethode",
    "predictor": "een ingepakt onderdeel is beschadigd",
    "font": "een lettertype in het bestand is beschadigd",
    "color space": "een afbeelding in het bestand is beschadigd",
    "image": "een afbeelding in het bestand is beschadigd",
    "encrypt": "de beveiliging (versleuteling) van het bestand klopt niet",
    "password": "het bestand is met een wachtwoord beveiligd",
    "not decrypted": "het bestand is met een wachtwoord beveiligd",
    "object": "een object in het bestand klopt niet",
    "dictionary": "een object in het bestand klopt niet",
    "stream": "een gegevensstroom in het bestand klopt niet",
    "read error": "een onderdeel van het bestand is onleesbaar",
    "could not read": "een onderdeel van het bestand is onleesbaar",
    "outline": "de bladwijzers van het bestand kloppen niet",
    "xmp": "de metagegevens (XMP) van het bestand kloppen niet",
}
PDF_DEFAULT = "het bestand is beschadigd of geen geldig PDF-bestand"

XML: dict[str, str] = {
    "premature end": "de XML houdt halverwege op",
    "extra content at the end": "na het einde van de XML staat nog iets",
    "mismatch": "een element wordt gesloten met een andere naam dan waarmee het opent",
    "attvalue": "een eigenschap (attribuut) staat niet goed tussen aanhalingstekens",
    "attribute": "een eigenschap (attribuut) klopt niet",
    "entity": "de XML gebruikt een entiteit (&…;) die niet bestaat of niet mag",
    "doctype": "de XML heeft een DTD (<!DOCTYPE …>)",
    "start tag expected": "de XML is leeg of begint niet met een element",
    "document is empty": "de XML is leeg",
    "encoding": "de XML heeft een onbekende of verkeerde tekencodering",
    "namespace": "de XML gebruikt een naamruimte die niet is vastgelegd",
    "huge": "de XML is te groot of te diep genest om veilig te lezen",
    "depth": "de XML is te diep genest om veilig te lezen",
    "char": "de XML bevat een teken dat daar niet mag",
    "xpath": "een onderdeel van het Word-bestand heeft een onverwachte vorm",
    "xslt": "een onderdeel van het Word-bestand heeft een onverwachte vorm",
    "schema": "een onderdeel van het Word-bestand heeft een onverwachte vorm",
}
XML_DEFAULT = "de XML klopt niet"

ZIP: dict[str, str] = {
    "not a zip": "het is geen zip-archief (een .docx is er een)",
    "truncated": "het zip-archief is onvolledig (afgebroken bij het opslaan of kopiëren?)",
    "bad magic": "het zip-archief is beschadigd",
    "crc": "een onderdeel van het zip-archief is beschadigd (de controlesom klopt niet)",
    "overlapped": "het zip-archief is opzettelijk zo gemaakt dat onderdelen elkaar overlappen",
    "compression method": "het zip-archief gebruikt een inpakmethode die niet wordt ondersteund",
    "encrypted": "het zip-archief is met een wachtwoord beveiligd",
    "password": "het zip-archief is met een wachtwoord beveiligd",
    "zip64": "het zip-archief is te groot",
    "requires zip64": "het zip-archief is te groot",
    "there is no item named": "een onderdeel ontbreekt in het zip-archief",
    "corrupt": "het zip-archief is beschadigd",
    "central directory": "de inhoudsopgave van het zip-archief ontbreekt of is beschadigd",
    "end of central": "de inhoudsopgave van het zip-archief ontbreekt of is beschadigd",
    "decompress": "een onderdeel van het zip-archief is beschadigd",
    "invalid": "het zip-archief is beschadigd",
}
ZIP_DEFAULT = "het zip-archief is beschadigd"

LIBRARIES: dict[str, tuple[dict[str, str], str]] = {
    "pypdf": (PDF, PDF_DEFAULT), "pikepdf": (PDF, PDF_DEFAULT), "lxml": (XML, XML_DEFAULT),
    "xml": (XML, XML_DEFAULT), "zipfile": (ZIP, ZIP_DEFAULT), "zlib": (ZIP, ZIP_DEFAULT),
}


def described(english: object, library: str) -> str:
    """What a library's English message means, in Dutch: the longest fragment of its table that the
    message contains, else the library's general message. Never the English text itself."""
    table, default = LIBRARIES.get(library, (PDF, PDF_DEFAULT))
    text = str(english or "").lower()
    found = [key for key in table if key in text]
    return table[max(found, key=len)] if found else default


def library(exc: BaseException) -> str:
    """A pypdf, pikepdf, lxml or zipfile exception in Dutch (its class decides the table, its text the entry)."""
    module = type(exc).__module__.split(".")[0]
    if module not in LIBRARIES and isinstance(exc, EOFError):
        module = "zipfile"
    return described(f"{type(exc).__name__}: {exc}", module)


def described_bug(exc: BaseException) -> str:
    """An unexpected exception for the bug report: its class, and for pypdf, lxml or zipfile our Dutch
    reading of it, never their English."""
    if type(exc).__module__.split(".")[0] in LIBRARIES:
        return f"{type(exc).__name__}: {library(exc)}"
    return f"{type(exc).__name__}: {exc}"
