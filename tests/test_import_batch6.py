"""Batch 6 of issue 25 (tests/import_batch6), development data since its first contact was measured (see its
README): the moties with the checks of tests/import_real, the amendementen read whole, the letters refused as
letters. A text the reader still gets wrong is marked strict, with why; a file that starts passing loses its mark."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import UserError
from generator.importer import import_file
from tests.test_import_batch3 import expected, read_whole
from tests.test_import_real import BATCH6, test_real_motie

MOTIES_KNOWN = {
    "emmen_bge_openbare_toiletten": "the title is a capitals line inside a blog post's prose ('OPENBARE TOILETTEN'),"
        " between the post and the opening; the reader takes no title from prose",
    "gouda_leven_in_verscheidenheid": "the expected file takes the whole line 'Unaniem aangenomen' as the stemming;"
        " wassenaar and stede-broec of this batch take 'unaniem' alone, and the reader follows them (uitslag 'Unaniem')",
    "rucphen_pvv_zichtbaarheid_opengestelde_toiletten": "the capitals title line stands below the page heading and"
        " the dictum's one point runs over three unmarked paragraphs",
    "wassenaar_d66_bestrijding_eikenprocessierups": "the header 'Overwegende dat:' is glued to the opening line and"
        " the ten numbered overwegingen lost their line breaks inside points; the fracties stand only in the page"
        " heading ('CDA-D66-VVD')",
    "waterschap-hunze-en-aa-s_respectvolle_omgang_met_dieren": "a glued vote table ('LTONoordAgrarischNatuurbeheer(1)'"
        " then the next column's '2'): the seat count of the last party of a side is read as the other side's",
    "provincie-utrecht_rust_voor_ganzen_in_de_rui": "the label 'Status:' before the outcome is not reported, so its"
        " word counts as lost",
    "stede-broec_ods_nestkastjes_eikenprocessierups": "the mail widget's furniture line 'agenda' is neither placed"
        " nor named",
}
AMENDEMENTEN_KNOWN = {
    "apeldoorn_amendement_ruimte_voor_dierenwelzijn": "the expected file writes the target as a path ('structuurvisie"
        " X, pagina 44, …'); the reader keeps the amendement's own words ('In de structuurvisie X op pagina 44, …'),"
        " as the amsterdam file of this batch expects ('In de begroting op pagina 211 …'): the files disagree on the"
        " form, the place is the same",
    "gouda_amendement_convenant_ofg_gebruik_dieren": "the page's 'Status Ingediend' is no outcome: the import leaves"
        " it out (as for moties, tests/import_real); the expected file keeps it",
}


def _cases(kinds: tuple[str, ...], known: dict[str, str]) -> list[Any]:
    names = sorted(p.name.removesuffix(".expected.yaml") for p in BATCH6.glob("*.expected.yaml")
                   if (yaml.safe_load(p.read_text("utf-8")).get("soort") or "motie") in kinds
                   and not yaml.safe_load(p.read_text("utf-8")).get("refuse"))
    return [pytest.param(name, id=name, marks=[pytest.mark.xfail(strict=True, reason=known[name])]
                         if name in known else []) for name in names]


@pytest.mark.parametrize("name", _cases(("motie",), MOTIES_KNOWN))
def test_batch6_motie(name: str, tmp_path: Path) -> None:
    test_real_motie(name, tmp_path)


@pytest.mark.parametrize("name", _cases(("amendement", "subamendement"), AMENDEMENTEN_KNOWN))
def test_batch6_amendement_read_whole(name: str, tmp_path: Path) -> None:
    read_whole(BATCH6, name, tmp_path)


@pytest.mark.parametrize("name", expected("brief", BATCH6))
def test_batch6_letter_is_refused_as_a_letter_naming_its_moties(name: str) -> None:
    want = yaml.safe_load((BATCH6 / f"{name}.expected.yaml").read_text("utf-8"))
    with pytest.raises(UserError) as refused:
        import_file(BATCH6 / f"{name}.txt")
    assert str(refused.value).startswith("dit is een brief, geen motie of amendement")
    assert all(motie.split(" (")[0] in str(refused.value) for motie in want["beantwoordt"][:1])
