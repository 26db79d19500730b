"""`raadsstukken status`: the motievolglijst in the terminal."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from generator.cli.boundary import Command
from generator.loading.project import Project
from generator.soorten.actielijst.collection import Actie
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
@click.option("--ics", "ics_path", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="PAD",
              help="Schrijf de termijnen van de actielijst als agenda (.ics, voor Outlook).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path), default=None, metavar="PAD",
              help="Schrijf de actielijst als JSON.")
@click.pass_obj
def status_command(project: Project, peildatum: dt.date | None, ics_path: Path | None, json_path: Path | None) -> None:
    """Toon wat te laat is (moties, toezeggingen, vragen) en de motievolglijst met elke motie en haar status."""
    from generator.cli.boundary import print_issues
    from generator.loading.discovery import discover
    from generator.soorten.actielijst import collection as actielijst
    from generator.soorten.motievolglijst.collection import duplicates, regels, vandaag

    dag = peildatum or vandaag()
    acties_gegevens = actielijst.gather(project, discover(project, []))
    gegevens = acties_gegevens.moties
    acties = actielijst.acties(project, acties_gegevens, dag)
    click.echo(te_laat(acties, dag))
    rows = regels(project, gegevens, dag)
    click.echo(table(rows, dag))
    write_exports(acties, dag, ics_path, json_path)
    issues = sorted(set(gegevens.issues + duplicates(gegevens)))
    if issues:
        print_issues(issues)
        sys.exit(1)


def te_laat(acties: list[Actie], peildatum: dt.date) -> str:
    """The overdue items of the actielijst first, most overdue on top: what a griffie acts on today."""
    late = sorted((a for a in acties if a.status == "te laat"), key=lambda a: (a.termijn, a.orgaan, a.titel))
    if not late:
        return f"Niets te laat per {_datum(peildatum)}.\n"
    lines = [click.style(f"Te laat per {_datum(peildatum)}: {len(late)}", fg="red", bold=True)]
    for a in late:
        nummer = f" {a.nummer}" if a.nummer else ""
        lines.append(f"- {a.label}{nummer} ({a.orgaan}): {_fit(a.titel, 60)} — termijn {_datum(a.termijn)},"
                     f" {-(a.dagen(peildatum) or 0)} dagen te laat")
    return "\n".join(lines) + "\n"


def _datum(day: dt.date | None) -> str:
    from generator import nl

    return nl.datum_kort(day) if day else ""


def write_exports(acties: list[Actie], peildatum: dt.date, ics_path: Path | None, json_path: Path | None) -> None:
    from generator.files import write_bytes
    from generator.soorten.actielijst import export

    for path, data in ((ics_path, lambda: export.ics(acties)), (json_path, lambda: export.as_json(acties, peildatum))):
        if path is not None:
            write_bytes(path, data())
            click.echo(f"geschreven: {path}", err=True)


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
