"""Begroting arithmetic: exact decimals, Dutch notation, and stated figures that must agree."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.soorten.beleidsplan.begroting import AmountError, Regel, format_amount, parse_amount, table_rows, totaal
from generator.soorten.beleidsplan.model import BatenLasten

CENTS = st.integers(min_value=-10**13, max_value=10**13)


def euros(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def dutch(cents: int) -> str:
    """Write an amount the way an author would: thousands dots, decimal comma (independent of Babel)."""
    sign, whole, rest = "-" if cents < 0 else "", abs(cents) // 100, abs(cents) % 100
    text = f"{whole:,}".replace(",", ".")
    return sign + text + (f",{rest:02d}" if rest else "")


@given(CENTS, CENTS, CENTS, CENTS)
def test_saldo_and_resultaat_are_exact(lasten, baten, toevoeging, onttrekking):
    regel = Regel(euros(lasten), euros(baten), euros(toevoeging), euros(onttrekking))
    assert regel.saldo == euros(lasten - baten)
    assert regel.resultaat == euros(lasten - baten + toevoeging - onttrekking)


@given(st.lists(st.tuples(CENTS, CENTS, CENTS, CENTS), min_size=1, max_size=8))
def test_totals_per_programma_are_exact(rows):
    regels = [Regel(*(euros(v) for v in row)) for row in rows]
    total = totaal(regels)
    assert total.lasten == euros(sum(r[0] for r in rows))
    assert total.saldo == euros(sum(r[0] - r[1] for r in rows))
    assert total.resultaat == euros(sum(r[0] - r[1] + r[2] - r[3] for r in rows))


@given(CENTS)
def test_dutch_amounts_read_exactly(cents):
    assert parse_amount(dutch(cents)) == euros(cents)
    assert parse_amount(format_amount(euros(cents), cents=True)) == euros(cents)


@given(st.integers(min_value=0, max_value=10**12))
def test_plain_digits_read_as_whole_euros(value):
    assert parse_amount(str(value)) == Decimal(value)


@settings(max_examples=60)
@given(CENTS, CENTS, CENTS, CENTS)
def test_stated_figures_that_agree_are_accepted(lasten, baten, toevoeging, onttrekking):
    saldo, resultaat = lasten - baten, lasten - baten + toevoeging - onttrekking
    model = BatenLasten.model_validate({
        "lasten": dutch(lasten), "baten": dutch(baten), "saldo": dutch(saldo),
        "toevoeging_reserves": dutch(toevoeging), "onttrekking_reserves": dutch(onttrekking),
        "geraamd_resultaat": dutch(resultaat),
    })
    assert model.regel().saldo == euros(saldo)
    assert model.regel().resultaat == euros(resultaat)


@settings(max_examples=60)
@given(CENTS, CENTS, st.integers(min_value=1, max_value=10**6))
def test_a_stated_saldo_that_differs_is_refused(lasten, baten, off):
    with pytest.raises(ValueError, match="berekend is"):
        BatenLasten.model_validate({"lasten": dutch(lasten), "baten": dutch(baten),
                                    "saldo": dutch(lasten - baten + off)})


@pytest.mark.parametrize(("value", "expected"), [
    (Decimal(2763946), "2.763.946"),
    (Decimal(34635000), "34.635.000"),
    (Decimal(-1250), "-1.250"),
    (Decimal(0), "0"),
    (Decimal("-0"), "0"),
])
def test_amounts_print_the_dutch_way(value, expected):
    assert format_amount(value) == expected


def test_a_table_with_cents_shows_cents_in_every_cell():
    rows = table_rows([("Doel 1", Regel(Decimal(1000), Decimal("2250.5")))])
    assert rows == [{"label": "Doel 1", "bedragen": ["1.000,00", "2.250,50", "-1.250,50", "0,00", "0,00", "-1.250,50"]}]


@pytest.mark.parametrize(("text", "message"), [
    ("1,250", ("'1,250' is geen bedrag — dubbelzinnig: een komma is in het Nederlands het decimaalteken en een"
               " bedrag heeft hoogstens twee decimalen; bedoelt u duizendtallen, schrijf dan punten (1.250) of"
               " alleen cijfers (1250)")),
    ("12.50", ("'12.50' is geen bedrag — dubbelzinnig: schrijf decimalen met een komma (12,50) en duizendtallen"
               " met punten (1.250)")),
    ("1.250,505", "'1.250,505' is geen bedrag — een bedrag heeft hoogstens twee decimalen (centen); rond af op centen"),
    ("€ 1 250", "'€ 1 250' is geen bedrag — schrijf het bedrag zoals 2763946, 2.763.946 of -1.250,50"),
    ("12.34.567", "'12.34.567' is geen bedrag — schrijf het bedrag zoals 2763946, 2.763.946 of -1.250,50"),
])
def test_ambiguous_amounts_are_refused(text, message):
    with pytest.raises(AmountError) as caught:
        parse_amount(text)
    assert str(caught.value) == message


def test_minus_signs_from_pdfs_are_read():
    assert parse_amount("\u22121.250,50") == Decimal("-1250.50")


PLAN = """soort: beleidsplan
gemeente: zwolle
titel: Begroting
doelen:
  - nummer: 2.3.1
    titel: Toegang
    baten_en_lasten:
      lasten: 2.763.946
      baten: 10.000
      saldo: 2.763.946
      toevoeging_reserves: 500
      onttrekking_reserves: 0
      geraamd_resultaat: 2.754.446
"""


def test_cli_reports_a_contradicting_saldo_at_its_line(project, run, monkeypatch):
    monkeypatch.chdir(project)
    (project / "data" / "beleidsplannen").mkdir(exist_ok=True)
    (project / "data" / "beleidsplannen" / "fout.yaml").write_text(PLAN, "utf-8")
    result = run("check", "data/beleidsplannen/fout.yaml")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "data/beleidsplannen/fout.yaml:10:14: doelen[0].baten_en_lasten.saldo: vermeld is 2.763.946,"
        " berekend is 2.753.946 (lasten 2.763.946 − baten 10.000) — corrigeer het bedrag of laat 'saldo:' weg;"
        " raadsstukken berekent het zelf")


def test_cli_reports_a_contradicting_resultaat_at_its_line(project, run, monkeypatch):
    monkeypatch.chdir(project)
    (project / "data" / "beleidsplannen").mkdir(exist_ok=True)
    plan = PLAN.replace("saldo: 2.763.946", "saldo: 2.753.946").replace("2.754.446", "2.754.446,50")
    (project / "data" / "beleidsplannen" / "fout.yaml").write_text(plan, "utf-8")
    result = run("check", "data/beleidsplannen/fout.yaml")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "data/beleidsplannen/fout.yaml:13:26: doelen[0].baten_en_lasten.geraamd_resultaat: vermeld is"
        " 2.754.446,50, berekend is 2.754.446,00 (saldo 2.753.946,00 + toevoeging aan reserves 500,00"
        " − onttrekking aan reserves 0,00) — corrigeer het bedrag of laat 'geraamd_resultaat:' weg;"
        " raadsstukken berekent het zelf")
