"""`raadsstukken templates [check [FILE]]` and `raadsstukken schema [SOORT]`: parse, call, print."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from generator.cli.boundary import Command, Group
from generator.cli.paths import must_exist
from generator.errors import UsageError, display_path
from generator.loading.project import Project


def _project(obj: Project | None) -> Project:
    from generator.loading.project import Project

    return obj if obj is not None else Project(Path.cwd().resolve())


@click.group("templates", cls=Group, invoke_without_command=True)
@click.pass_context
def templates_command(ctx: click.Context) -> None:
    """Toon elk sjabloon (standaard en per gemeente) met de soort en de variabelen die het gebruikt."""
    if ctx.invoked_subcommand is not None:
        return
    from generator.checks.template_catalog import catalogue
    from generator.checks.templates import template_variables

    for entry in catalogue(_project(ctx.obj)).entries:
        extra = f", vervangt {entry.name}" if entry.root.label.startswith("huisstijl") else ""
        click.echo(f"{entry.shown} ({entry.root.label}{extra})")
        click.echo(f"  soort: {', '.join(entry.soorten) or 'onbekend (geen document gebruikt dit sjabloon)'}")
        variables = template_variables(entry.path)
        shown = ", ".join(variables) if variables is not None else "(fout in het sjabloon: zie 'raadsstukken templates check')"
        click.echo(f"  variabelen: {shown or '(geen)'}")


@templates_command.command("check")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--soort", default=None, help="De soort die het sjabloon bedient (standaard: afgeleid van de bestandsnaam).")
@click.pass_obj
def check_command(obj: Project | None, file: Path | None, soort: str | None) -> None:
    """Controleer sjablonen: Jinja-fouten, opgesplitste codes, onbekende variabelen, open blokken,
    verkeerd geplaatste {%p- en {%tr-codes. Zonder BESTAND: alle sjablonen."""
    from generator.checks.template_catalog import catalogue, match
    from generator.checks.templates import check_template, template_issues
    from generator.cli.boundary import print_issues

    project = _project(obj)
    if file is None:
        issues = template_issues(project)
    else:
        must_exist([file], "geef het pad van een Word-sjabloon (.docx)")
        cat = catalogue(project)
        name = match(project, cat, file, soort)
        if name is None:
            click.echo(f"waarschuwing: van {display_path(file)} is de soort onbekend; variabelen worden niet "
                       "gecontroleerd (geef --soort op)", err=True)
        issues = check_template(file.resolve(), cat.contexts.get(name) if name else None)
    print_issues(issues)
    if any(i.severity == "fout" for i in issues):
        sys.exit(1)
    click.echo("Geen fouten in de sjablonen gevonden.")


@click.command("schema", cls=Command)
@click.argument("soort", required=False)
@click.option("-o", "--uitvoer", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Map voor de schema's (standaard: het schema naar het scherm).")
def schema_command(soort: str | None, out_dir: Path | None) -> None:
    """Schrijf het JSON-schema van SOORT (standaard: elke soort) voor aanvulling en controle in de editor."""
    import difflib

    from generator.soorten.registry import BUILTIN
    from generator.soorten.schema import text_for, write

    names = BUILTIN.with_model()
    if soort is not None and soort not in names:
        guess = difflib.get_close_matches(soort, names, n=1)
        raise UsageError(f"onbekende soort '{soort}'", f"bedoelt u '{guess[0]}'?" if guess else f"kies uit: {', '.join(names)}")
    if out_dir is None:
        if soort is None:
            raise UsageError("geef een soort of een uitvoermap", "bijvoorbeeld 'raadsstukken schema motie' of 'raadsstukken schema -o schemas'")
        click.echo(text_for(soort), nl=False)
        return
    for path in write([soort] if soort else names, out_dir):
        click.echo(f"geschreven: {display_path(path)}")
