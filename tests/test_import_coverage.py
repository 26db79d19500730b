"""Issue 16, done when: building an imported motie gives a document whose text covers ≥ 95% of the
source's words, in order.

For every motie of tests/import_real and tests/import_corpus: import, build the .docx in an empty
project (no profiles: the build works from the register), and measure which share of the source's
words the built document's text holds in order (an LCS over word lists). The source's words exclude
only what the import itself reported: the page furniture it names in a warning or note, and the
lines it put under `niet_geplaatst`. Both are counted and printed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.importer import ImportResult, import_file, to_yaml
from generator.importer.emit import Missing
from generator.word.docxtext import document_text

TESTS = Path(__file__).resolve().parent
MINIMUM = 0.95

# Not a motie but an afdoeningsbrief quoting one: the college's reaction is left out on purpose
# (the import says how many lines), so it is no part of "the source's words".
LETTERS = {"rotterdam_afdoening", "seed_001_den_haag_afdoening"}

# What does not reach the minimum today, per file; strict, so a file that starts passing loses its mark.
KNOWN: dict[str, str] = {}


def _sources() -> list[Any]:
    cases = []
    for expected in sorted([*TESTS.glob("import_real/*.expected.yaml"), *TESTS.glob("import_corpus/*.expected.yaml")]):
        name = expected.name.removesuffix(".expected.yaml")
        want = yaml.load(expected.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
        if want.get("soort") == "amendement" or name in LETTERS:
            continue
        source = expected.parent / (name if name.endswith(".docx") else f"{name}.txt")
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[name])] if name in KNOWN else []
        cases.append(pytest.param(source, want.get("orgaan"), marks=marks, id=name))
    return cases


def words(text: str) -> list[str]:
    """Words and numbers; a superscript footnote mark ("hitte¹", "¹ GGD …") is no word: the built document
    has a real footnote there, whose number Word draws."""
    return re.findall(r"[^\W\d_]+|\d+", text.translate(SUPERSCRIPTS).lower())


SUPERSCRIPTS = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def source_lines(path: Path) -> list[str]:
    """The source as lines, without list markers ("1.", "a)", "•", Word's "o" for a second level): the built
    document numbers its points."""
    text = document_text(path.read_bytes()) if path.suffix == ".docx" else path.read_text(encoding="utf-8")
    text = re.sub(r"(?<=[a-zà-ÿ])-[ \t]*\n\s*(?=[a-zà-ÿ])", "", text)  # a word broken at the end of a line is one word
    return [re.sub(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-•*–o])\s+", "", line) for line in text.splitlines()]


QUOTED = re.compile(r"'(.+?)'(?: \((\d+)×\))?(?=[,;:)]|\s|$)")


def quoted(message: str) -> list[str]:
    """The pieces a message quotes, each as often as it says ("'Status' (2×)")."""
    return [piece for piece, times in QUOTED.findall(message) for _ in range(int(times or 1))]


def furniture(result: ImportResult) -> list[str]:
    """The pieces of text a warning or note names as left out ("… weggelaten: 'Status', 'Voor'")."""
    pieces: list[str] = []
    for message in [*result.notes, *result.warnings]:
        for part in message.split("; "):
            if "weggelaten" not in part:
                continue
            if part.startswith("navigatie"):
                pieces.extend(part.split(": ", 1)[1].split(" | "))
            else:
                pieces.extend(quoted(part))
    return pieces


def _remove(source: list[str], piece: list[str], every: bool) -> tuple[list[str], int]:
    removed, i = 0, 0
    while piece and i <= len(source) - len(piece):
        if source[i:i + len(piece)] == piece:
            source = source[:i] + source[i + len(piece):]
            removed += len(piece)
            if not every:
                break
        else:
            i += 1
    return source, removed


@dataclass
class Coverage:
    share: float
    furniture: int
    niet_geplaatst: int
    missing: list[str]


def piece_text(piece: list[str], result: ImportResult) -> str:
    """The `niet_geplaatst` entry whose words are `piece`."""
    return next(text for text in result.data.get("niet_geplaatst", []) if words(text) == piece)


_BUILT: dict[tuple[str, str | None], str] = {}
"""Built texts by the data they were built from: a build is deterministic (same input, same bytes), so a text that
two tests of a process import and build (coverage here, counts and words in test_import_real) is built once."""


def built_text(result: ImportResult, name: str, orgaan: str | None, tmp_path: Path) -> str:
    """The text of the built .docx; facts the source does not state get a stand-in the source never has."""
    fill = {"titel": "Zonder titel", "vergadering": dt.date(1900, 1, 1), "orgaan": orgaan}
    for key, value in list(result.data.items()):
        if isinstance(value, Missing):
            result.data[key] = fill[key]
    text = to_yaml(result, name)
    key = (repr(yaml.safe_load(text)), orgaan)  # the data, not the comments that name the source file
    if key in _BUILT:
        return _BUILT[key]
    target = tmp_path / "data" / "moties" / "motie.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(text, encoding="utf-8")
    run = CliRunner().invoke(main, ["-C", str(tmp_path), "build", str(target)])
    assert run.exit_code == 0, run.output
    _BUILT[key] = document_text((tmp_path / "build" / "moties" / "motie.docx").read_bytes())
    return _BUILT[key]


def coverage(source: Path, orgaan: str | None, tmp_path: Path) -> Coverage:
    result = import_file(source)
    lines = source_lines(source)
    placed_elsewhere = [words(p) for p in result.data.get("niet_geplaatst", [])]
    named = {" ".join(words(p)) for p in furniture(result)}
    kept = [line for line in lines if " ".join(words(line)) not in named]
    remaining = [w for line in kept for w in words(line)]
    furniture_words = sum(len(words(line)) for line in lines) - len(remaining)
    for piece in named - {" ".join(words(line)) for line in lines}:  # part of a line ("Voor:" with nothing)
        remaining, count = _remove(remaining, piece.split(), every=False)
        furniture_words += count
    not_placed = 0
    for piece in placed_elsewhere:
        remaining, count = _remove(remaining, piece, every=False)
        if not count and ":" in piece_text(piece, result):  # "onleesbaar in voetnoot 1: <the words>"
            remaining, count = _remove(remaining, words(piece_text(piece, result).split(":", 1)[1]), every=False)
        not_placed += count
    built = words(built_text(result, source.name, orgaan, tmp_path))
    # A footnote stands where the source's page ended; the built document has it as a real footnote at
    # its own page's foot (its text comes after the body). Each is compared on its own.
    notes, notes_missing = 0, []
    for label, text in result.data.get("voetnoten", {}).items():
        remaining, count = _remove(remaining, [label, *words(text)], every=False)
        if not count:
            remaining, count = _remove(remaining, words(text), every=False)
        if count:
            notes += count
            if not _contains(built, words(text)):
                notes_missing.extend(words(text))
    matcher = difflib.SequenceMatcher(None, remaining, built, autojunk=False)
    missing, at = [], 0
    for block in matcher.get_matching_blocks():
        missing.extend(remaining[at:block.a])
        at = block.a + block.size
    missing.extend(notes_missing)
    total = len(remaining) + notes
    share = (total - len(missing)) / total if total else 1.0
    return Coverage(share, furniture_words, not_placed, missing)


def _contains(sequence: list[str], piece: list[str]) -> bool:
    return any(sequence[i:i + len(piece)] == piece for i in range(len(sequence) - len(piece) + 1))


@pytest.mark.parametrize(("source", "orgaan"), _sources())
def test_built_document_covers_the_source(source: Path, orgaan: str | None, tmp_path: Path) -> None:
    found = coverage(source, orgaan, tmp_path)
    print(f"{source.name}: dekking {found.share:.3f}, paginaopmaak {found.furniture} woorden,"
          f" niet_geplaatst {found.niet_geplaatst} woorden")
    assert found.share >= MINIMUM, f"{found.share:.3f}; missing in order: {' '.join(found.missing)[:600]}"


def test_the_source_order_of_the_considerans_is_kept(tmp_path: Path) -> None:
    """Overwegende before constaterende in the source: `volgorde:` keeps that order in the build."""
    source = TESTS / "import_real" / "overijssel_treurnis.txt"
    result = import_file(source)
    assert result.data["volgorde"] == ["overwegingen", "constateringen", "overwegingen"]
    text = built_text(result, source.name, "overijssel", tmp_path)
    assert text.index("overwegende dat") < text.index("constaterende dat") < text.index("van mening dat")


def test_volgorde_may_not_name_more_blocks_than_there_are(tmp_path: Path) -> None:
    from generator.errors import ValidationFailed
    from generator.loading.reader import load
    from generator.loading.validation import validate
    from generator.soorten.motie.model import Motie

    target = tmp_path / "motie.yaml"
    target.write_text("soort: motie\norgaan: zwolle\ntitel: T\nvergadering: 2024-03-04\nconstateringen:\n  - iets;\n"
                      "volgorde: [constateringen, constateringen]\nverzoeken:\n  - iets te doen.\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        validate(load(target), Motie)
    assert [issue.field for issue in failed.value.issues] == ["volgorde"]
    issue = failed.value.issues[0]
    assert (issue.line, issue.message) == (7, "'volgorde' noemt 'constateringen' vaker dan er blokken onder"
                                              " 'constateringen' staan")
