"""Walk the product, not the examples: for every kind of orgaan and for register entries drawn at random,
a fresh project (`init`), every starter `nieuw` offers, `build` and `check`; then read what came out.

What may not appear is derived from the vocabulary itself (organen/data/woorden.yaml): the forms of the
other kinds of orgaan that this orgaan's own forms do not hold ("college van burgemeester en wethouders",
"Gemeentewet" and "raadslid" in a provincie's documents; "Provinciale Staten" in a gemeente's). Every
document's properties name its own orgaan. A soort the orgaan does not make is refused by `nieuw` with
one line that says so.
"""

from __future__ import annotations

import os
import random
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import main
from generator.organen import register
from generator.organen.forms import FLAGS, Orgaan, table
from generator.soorten.registry import BUILTIN
from generator.soorten.starters import available
from generator.word.docxtext import document_text

FIXED = ["gemeente-utrecht", "gelderland", "waterschap-rivierenland", "tweede-kamer", "eerste-kamer"]
DRAWN = sorted(random.Random(2026).sample(sorted(o.id for o in register.register().values() if o.opgeheven is None), 20))
NOT_DISTINCTIVE = {*FLAGS, "besluit", "reageert", "afgedaan"}
"""Forms that do not tell a kind of orgaan apart: ja/nee, the verb "besluit"/"besluiten" (any text may say it), and
the sentences about an afdoening (their subject is the `bestuur` form, checked on its own)."""


def invoke(folder: Path, *args: str):
    old = Path.cwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def foreign(orgaan: Orgaan) -> set[str]:
    """The fixed phrases of the other kinds' forms, and their long words ("Gemeentewet", "burgemeester"),
    that none of this orgaan's own forms contains."""
    own = " ".join(orgaan.words.values()).casefold()
    found = set()
    for kind, words in table().items():
        if kind == orgaan.kind:
            continue
        for key, form in words.items():
            if key in NOT_DISTINCTIVE:
                continue
            for part in re.split(r"\{[^}]*\}|;", form.text):
                long = [w for w in re.findall(r"\w{8,}", part) if w.casefold() not in own]
                if long:  # a phrase counts when one of its long words is foreign ("vergadering van" does not)
                    found.update([part.strip(" ,:"), *long])
    return found


@pytest.mark.parametrize("orgaan_id", FIXED + DRAWN)
def test_every_starter_builds_in_its_orgaans_own_words(tmp_path: Path, orgaan_id: str) -> None:
    orgaan = register.get(orgaan_id)
    assert orgaan is not None
    assert invoke(tmp_path, "init", "--orgaan", orgaan_id).exit_code == 0
    made = []
    for soort in available():
        result = invoke(tmp_path, "nieuw", soort, f"data/starters/{soort}.yaml")
        reason = BUILTIN[soort].refusal(orgaan.id, orgaan.kind)
        if reason:
            assert result.exit_code == 2, result.output
            assert f"{orgaan.name} maakt geen {BUILTIN[soort].title.lower()}: {reason}" in result.output
            assert len(result.output.strip().splitlines()) == 1, result.output
        else:
            assert result.exit_code == 0, result.output
            made.append(soort)
    assert "motie" in made
    built = invoke(tmp_path, "build")
    assert built.exit_code == 0, built.output
    checked = invoke(tmp_path, "check")
    assert checked.exit_code == 0, checked.output
    if orgaan_id in FIXED:  # the gate refuses every starter left unchanged, for every kind (checks/starter.py)
        strict = invoke(tmp_path, "check", "--streng")
        assert strict.exit_code == 1, strict.output
        located = set(re.findall(r"starters/([a-z]+)\.yaml:\d+:\d+: [^\n]*uit het startbestand", strict.output))
        assert located == set(made), strict.output
    words = foreign(orgaan)
    documents = sorted((tmp_path / "build").rglob("*.docx"))
    assert {f"{s}.docx" for s in made} <= {d.name for d in documents}
    for docx in documents:
        text = document_text(docx.read_bytes())
        wrong = sorted(w for w in words if w in text)
        assert not wrong, f"{docx.name} of {orgaan_id} says {wrong}"
        author = re.search(r"<dc:creator>([^<]*)</dc:creator>", core_properties(docx))
        assert author is not None and author.group(1) == xml_text(orgaan.letterhead), docx.name


def core_properties(docx: Path) -> str:
    with zipfile.ZipFile(docx) as archive:
        return archive.read("docProps/core.xml").decode("utf-8")


def xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_the_foreign_words_are_the_ones_a_reader_would_name() -> None:
    """The derivation finds what the issue names, so a walk that passes means something."""
    assert {"De raad van de gemeente", "het college van burgemeester en wethouders", "Gemeentewet", "burgemeester",
            "het raadslid"} <= foreign(register.get("gelderland"))
    assert {"Provinciale Staten", "Gedeputeerde Staten", "Provinciewet"} <= foreign(register.get("zwolle"))
    assert {"Waterschapswet", "Gemeentewet", "Provinciewet"} <= foreign(register.get("tweede-kamer"))
    assert "Gemeenteraad" in foreign(register.get("waterschap-rivierenland"))
