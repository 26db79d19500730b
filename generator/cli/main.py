"""The command line. Commands parse options, call one function, print; nothing else lives here."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator import __version__
from generator.cli.boundary import Command, Main, fail_on, print_issues
from generator.errors import display_path

if TYPE_CHECKING:
    from generator.build.report import Outcome
    from generator.loading.project import Project

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(cls=Main, context_settings=CONTEXT)
@click.version_option(__version__, "--version", "-V", prog_name="raadsstukken", message="%(prog)s %(version)s",
                      help="Toon de versie en stop.")
@click.option("--project", "-C", "project_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Projectmap met data/gemeenten en templates/ (standaard: de huidige map).")
@click.pass_context
def main(ctx: click.Context, project_dir: Path | None) -> None:
    """raadsstukken: moties, raadsbrieven, verordeningen en begrotingsteksten als Word-documenten
    uit YAML-gegevens."""
    from generator import clock
    from generator.loading.project import Project

    clock.source_date()  # a SOURCE_DATE_EPOCH that is no time stops every command before it starts
    ctx.obj = Project((project_dir or Path.cwd()).resolve())


STRENG = click.option("--streng", is_flag=True,
                      help="Wat niet verstuurd kan worden (plaatshouders, namen, datums, schrijfwijzen) is een fout.")
VERZENDKLAAR = click.option("--verzendklaar", "--zonder-concepten", "verzendklaar", is_flag=True,
                            help="Als --streng, en elk document moet klaar zijn om te versturen: een concept is ook een fout"
                                 " (voor CI die publiceert).")


def _shard(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    try:
        index, total = (int(v) for v in value.split("/"))
        if 1 <= index <= total:
            return index, total
    except ValueError:
        pass
    raise click.BadParameter("schrijf I/N, bijvoorbeeld 1/4")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--uitvoer", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Uitvoermap (standaard: build/ in de projectmap).")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None, help="Aantal processen (standaard: aantal kernen).")
@click.option("--force", is_flag=True, help="Alles opnieuw maken, ook met de hand gewijzigde uitvoer.")
@click.option("--check", is_flag=True, help="Niets schrijven; exit 1 als uitvoer ontbreekt, verouderd of overbodig is.")
@click.option("--shard", callback=_shard, default=None, metavar="I/N", help="Alleen deel I van N (voor CI-matrices).")
@click.option("--pdf", is_flag=True, help="Maak ook PDF/A-bestanden (LibreOffice nodig).")
@click.option("--odt", is_flag=True, help="Maak ook een ODT-kopie (OpenDocument) van elk document (LibreOffice nodig); "
              "een profiel met 'odt: ja' doet dat voor zijn eigen documenten.")
@STRENG
@VERZENDKLAAR
@click.pass_obj
def build(project: Project, paths: tuple[str, ...], out_dir: Path | None, jobs: int | None, force: bool, check: bool,
          shard: tuple[int, int] | None, pdf: bool, odt: bool, streng: bool, verzendklaar: bool) -> None:
    """Maak de documenten van PADEN (standaard: alles onder data/) in build/."""
    from generator.build.pipeline import Options
    from generator.build.pipeline import build as run_build

    if streng or verzendklaar:
        _gate(project, paths, verzendklaar=verzendklaar)
    options = Options(out_dir=(out_dir or project.root / "build").resolve(), jobs=jobs or os.cpu_count() or 1,
                      force=force, check=check, shard=shard, pdf=pdf, odt=odt)
    start = time.perf_counter()
    report = run_build(project, [Path(p) for p in paths], options, progress=_progress())
    print_issues(report.issues)
    seconds = _seconds(time.perf_counter() - start)
    parts = [f"{report.count('gebouwd')} gebouwd", f"{report.count('ongewijzigd')} ongewijzigd"]
    if check:
        parts = [f"{report.count('verouderd')} verouderd", f"{report.count('ongewijzigd')} actueel"]
    if overviews := report.count("verouderd" if check else "gebouwd", overviews=True):
        parts.append(f"{overviews} {'overzicht' if overviews == 1 else 'overzichten'} {'verouderd' if check else 'bijgewerkt'}")
    if report.removed:
        parts.append(f"{len(report.removed)} verwijderd")
    if pdf and not check:
        parts.append(f"{report.pdfs} PDF")
    if report.odts:
        parts.append(f"{report.odts} ODT")
    parts.append(f"{report.count('fout') + report.count('fout', overviews=True)} fout")
    click.echo(", ".join(parts) + f", {seconds} s")
    if report.bug:
        sys.exit(3)
    if report.failed:
        sys.exit(1)


def _seconds(value: float) -> str:
    """`12,1`, `3`, `1.234,5`: as nl.bedrag writes a rounded number, without loading Babel for a
    build that had nothing to do."""
    text = f"{round(value, 1):,.1f}".removesuffix(".0")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _gate(project: Project, paths: tuple[str, ...], *, verzendklaar: bool) -> None:
    """`build --streng` (for CI): nothing is built while something may not be sent."""
    from generator.checks.data import check_all
    from generator.checks.gate import concept_summary

    issues = [i for i in check_all(project, [Path(p) for p in paths], streng=True, verzendklaar=verzendklaar)
              if i.severity != "waarschuwing"]
    print_issues(issues)
    for line in concept_summary(issues):
        click.echo(line, err=True)
    fail_on(issues)


def _progress() -> Callable[[Outcome, int, int], None]:
    """A progress bar on a terminal; in CI (or piped) one plain line per document made (errors follow at the end)."""
    if sys.stdout.isatty() and not os.environ.get("CI"):
        state: dict[str, object] = {}

        def bar(outcome: Outcome, done: int, total: int) -> None:
            if "bar" not in state:
                state["bar"] = click.progressbar(length=total, label="Documenten maken", show_pos=True)
                state["bar"].__enter__()  # type: ignore[attr-defined]
            state["bar"].update(1)  # type: ignore[attr-defined]
            if done == total:
                state.pop("bar").__exit__(None, None, None)  # type: ignore[attr-defined]

        return bar

    def lines(outcome: Outcome, done: int, total: int) -> None:
        if outcome.status == "gebouwd":
            click.echo(f"[{done}/{total}] {outcome.status}: {display_path(outcome.source)}")

    return lines


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@STRENG
@VERZENDKLAAR
@click.pass_obj
def check(project: Project, paths: tuple[str, ...], streng: bool, verzendklaar: bool) -> None:
    """Controleer gegevens en sjablonen zonder iets te schrijven."""
    from generator.checks.data import check_all
    from generator.checks.gate import concept_summary

    issues = check_all(project, [Path(p) for p in paths], streng=streng, verzendklaar=verzendklaar)
    print_issues(issues)
    for line in concept_summary(issues):
        click.echo(line, err=True)
    fail_on(issues)
    click.echo("Geen fouten gevonden.")


def _soorten() -> str:
    from generator.soorten.starters import available

    return "Soorten: " + ", ".join(sorted(available())) + "."


class _Nieuw(Command):
    """`nieuw`, whose help lists the soorten: looked up when the help is shown, not at every start."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.epilog = _soorten()
        super().format_epilog(ctx, formatter)


@main.command(cls=_Nieuw)
@click.argument("soort")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Een bestaand bestand overschrijven.")
@click.pass_context
def nieuw(ctx: click.Context, soort: str, path: Path | None, force: bool) -> None:
    """Schrijf een toegelicht startbestand voor SOORT (bijvoorbeeld motie) naar PAD of het scherm."""
    from generator.errors import display_path
    from generator.files import exists, write_bytes
    from generator.soorten.starters import for_project

    files = for_project(ctx.obj, soort, path)
    if path is None:
        click.echo(files[0].text, nl=False)
        return
    if path.exists() and not force:
        raise exists(path)
    for new in files:
        new.path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(new.path, new.text.encode("utf-8"), replace=force and new.path == path)
        why = f" (het startbestand van {new.needed_by} verwijst ernaar)" if new.needed_by else ""
        click.echo(f"geschreven: {display_path(new.path)}{why}")
