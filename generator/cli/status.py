"""`raadsstukken status`: the motievolglijst in the terminal."""

from __future__ import annotations

import datetime as dt
import sys

import click

from generator.cli.boundary import Command
from generator.loading.project import Project
from generator.soorten.motievolglijst.collection import Regel

KOPPEN = ("Nummer", "Titel", "Datum", "Indieners", "Status", "Afgedaan met", "Termijn")
SLEUTELS = ("nummer", "titel", "datum", "indieners", "status", "afgedaan", "termijn")
BREEDTE = {"titel": 45, "indieners": 30}
KLEUR = {"afgedaan": "green", "te laat": "red", "open": "blue", "aangehouden": "yellow"}


def _peildatum(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-01-31") from None


@click.command("status", cls=Command)
@click.option("--peildatum", callback=_peildatum, default=None, metavar="JJJJ-MM-DD",
              help="De dag waarop de status geldt (standaard: vandaag).")
@click.pass_obj
def status_command(project: Project, peildatum: dt.date | None) -> None:
    """Toon de motievolglijst: elke motie met haar status (afgedaan, open, te laat, …)."""
    from generator.cli.boundary import print_issues
    from generator.loading.discovery import discover
    from generator.soorten.motievolglijst.collection import duplicates, gather, regels, vandaag

    gegevens = gather(project, discover(project, []))
    rows = regels(project, gegevens, peildatum or vandaag())
    click.echo(table(rows, peildatum or vandaag()))
    issues = sorted(set(gegevens.issues + duplicates(gegevens)))
    if issues:
        print_issues(issues)
        sys.exit(1)


def table(rows: list[Regel], peildatum: dt.date) -> str:
    """Plain columns; the status in colour (click drops the colour when output is not a terminal)."""
    from generator import nl

    if not rows:
        return "Geen moties gevonden in data/."
    cells = [[_fit(row.cells()[key], BREEDTE.get(key)) for key in SLEUTELS] for row in rows]
    widths = [max(len(c[i]) for c in [list(KOPPEN), *cells]) for i in range(len(KOPPEN))]
    lines = [f"Motievolglijst per {nl.datum_kort(peildatum)}", "", _line(list(KOPPEN), widths),
             _line(["-" * w for w in widths], widths)]
    for row, line in zip(rows, cells, strict=False):
        text = _line(line, widths)
        status = line[4].ljust(widths[4])
        start = sum(widths[:4]) + 2 * 4
        styled = click.style(status, fg=KLEUR[row.status]) if row.status in KLEUR else status
        lines.append((text[:start] + styled + text[start + widths[4]:]).rstrip())
    counts = {s: sum(1 for r in rows if r.status == s) for s in dict.fromkeys(r.status for r in rows)}
    lines += ["", ", ".join(f"{n} {s}" for s, n in counts.items())]
    return "\n".join(lines)


def _fit(text: str, width: int | None) -> str:
    return text if width is None or len(text) <= width else text[: width - 1] + "…"


def _line(values: list[str], widths: list[int]) -> str:
    return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=False)).rstrip()
