"""The editor's writer: every text survives a save, and a hand-written file keeps its comments."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.editor.forms import form_for
from generator.editor.labels import starter_help
from generator.editor.writer import render
from generator.loading.reader import load
from generator.soorten.motie.model import Motie
from generator.soorten.registry import BUILTIN

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "moties" / "2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)


def read_back(tmp_path: Path, text: str) -> object:
    """What the strict reader reads, in the full form the editor shows (a short-form block kept
    short by the writer reads as the one block it stands for)."""
    path = tmp_path / "motie.yaml"
    path.write_text(text, encoding="utf-8")
    doc = load(path)
    Motie.prepare(doc)
    return doc.data


def motie(texts: list[str]) -> dict:
    """Every free-text field of a motie, each with its own random text."""
    t = iter(texts)
    return {
        "soort": "motie", "gemeente": "zwolle", "titel": next(t), "vergadering": "2019-07-08",
        "nummer": next(t), "ris": next(t), "agendapunt": next(t),
        "voorstel": {"titel": next(t), "ris": next(t)}, "orgaan": next(t),
        "constateringen": [{"kop": next(t), "punten": [next(t), next(t)]}],
        "overwegingen": [{"kop": next(t), "punten": [next(t)]}],
        "verzoeken": [{"kop": next(t), "punten": [next(t)]}],
        "slot": next(t),
        "indieners": [{"naam": next(t), "fractie": next(t)}],
        "voetnoten": {unicodedata.normalize("NFC", next(t)) or "1": next(t)},  # the reader joins keys typed two ways
        "stemming": {"voor": [next(t)], "tegen": [next(t)], "uitslag": next(t)},
        "toelichting": [next(t)], "niet_geplaatst": [next(t)],
    }


FIELDS = 26


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TEXT, min_size=FIELDS, max_size=FIELDS))
def test_every_text_survives_a_new_file(tmp_path: Path, texts: list[str]) -> None:
    data = motie(texts)
    assert read_back(tmp_path, render(None, data)) == data


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TEXT, min_size=FIELDS, max_size=FIELDS))
def test_every_text_survives_in_a_hand_written_file(tmp_path: Path, texts: list[str]) -> None:
    data = motie(texts)
    assert read_back(tmp_path, render(SAMPLE.read_text(encoding="utf-8"), data)) == data


@pytest.mark.parametrize("text", [
    "(zie motie #12 van vorig jaar)", "'t Harde", "Let op: dit", "NO", "010", "ja", "~", "null", "- a",
    "a #b", "regel\nregel", "  spaties  ", "“Word”-aanhalingstekens", "100%", "@x", "`x`", "{a}", "[b]",
    "key: value", "2019-07-08", "2019-7-8", "0x1F", "1e3", ".inf", "*ster", "&anker", "!tag", "|", ">",
])
def test_texts_that_yaml_would_cut_or_retype(tmp_path: Path, text: str) -> None:
    data = {"soort": "motie", "titel": text, "verzoeken": [{"punten": [text]}]}
    assert read_back(tmp_path, render(None, data)) == data


def test_an_unchanged_hand_written_file_is_written_back_byte_for_byte(tmp_path: Path) -> None:
    original = SAMPLE.read_text(encoding="utf-8")
    assert render(original, read_back(tmp_path, original)) == original


def test_comments_and_order_stay_when_values_change(tmp_path: Path) -> None:
    original = SAMPLE.read_text(encoding="utf-8")
    data = read_back(tmp_path, original)
    data["titel"] = "Nieuwe titel: met # en 'quote"
    data["constateringen"][0]["punten"].append("nog een punt")
    out = render(original, data)
    assert out.startswith("# Motie van de gemeenteraad van Zwolle, 8 juli 2019 (bron: seeds/000).\n")
    assert out.index("titel:") < out.index("constateringen:") < out.index("overwegingen:") < out.index("voetnoten:")
    assert "    - nog een punt\n\noverwegingen:" in out
    assert read_back(tmp_path, out) == data


def test_a_short_form_block_stays_short(tmp_path: Path) -> None:
    original = "soort: motie\nverzoeken:  # het dictum\n  - een\n"
    out = render(original, {"soort": "motie", "verzoeken": [{"punten": ["een", "twee"]}]})
    assert out == "soort: motie\nverzoeken:  # het dictum\n  - een\n  - twee\n"


def _values(spec: dict) -> st.SearchStrategy | None:
    """Random values for every free-text field the form of `spec` has (other kinds left out)."""
    kind = spec["kind"]
    if kind == "tekst":
        return TEXT
    if kind == "lijst":
        item = _values(spec["item"])
        return None if item is None else st.lists(item, min_size=1, max_size=2)
    if kind == "paren":
        value = _values(spec["value"])
        # keys are labels, which the reader compares in NFC (the hardening issue): generate them so
        return None if value is None else st.dictionaries(TEXT.map(lambda k: unicodedata.normalize("NFC", k)), value,
                                                          min_size=1, max_size=2)
    if kind == "groep":
        return _group(spec["fields"])
    return None


def _group(fields: list[dict]) -> st.SearchStrategy:
    parts = {f["name"]: s for f in fields if (s := _values(f)) is not None}
    return st.fixed_dictionaries(parts)


@pytest.mark.parametrize("soort", BUILTIN.names("document"))
def test_every_free_text_field_of_every_soort_survives(soort: str, tmp_path: Path) -> None:
    """The form of each soort, every text field filled with random Unicode, saved and read back."""
    model = BUILTIN[soort]
    fields = form_for(model.model_class(), starter_help(model.starter_path.read_text("utf-8")))

    @settings(max_examples=40, deadline=None)
    @given(_group(fields))
    def survives(values: dict) -> None:
        data = {"soort": soort, **values}
        path = tmp_path / "document.yaml"
        path.write_text(render(None, data), encoding="utf-8")
        assert load(path).data == data

    survives()
