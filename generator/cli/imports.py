"""`raadsstukken import BESTAND [-o UITVOER]`: a motie as PDF or text → a YAML data file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.cli.boundary import Command
from generator.cli.paths import folder_must_exist, must_exist
from generator.files import exists, write_bytes

if TYPE_CHECKING:
    from generator.loading.project import Project


@click.command("import", cls=Command)
@click.help_option("-h", "--help", help="Toon deze hulp en stop.")
@click.argument("bestand", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--uitvoer", "uitvoer", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Schrijf het YAML-bestand hierheen (standaard: naar het scherm).")
@click.option("--force", is_flag=True, help="Een bestaand uitvoerbestand overschrijven.")
@click.option("--ruw", is_flag=True, help="Niet indelen: alle tekst onder 'niet_geplaatst:' om met de hand in te delen.")
@click.option("--orgaan", "orgaan", default=None, metavar="ID",
              help="Het orgaan als de tekst het niet noemt (standaard: het enige profiel in data/gemeenten/).")
@click.pass_obj
def import_command(project: Project | None, bestand: Path, uitvoer: Path | None, force: bool, ruw: bool, orgaan: str | None) -> None:
    """Maak van een motie (Word .docx, PDF of tekst, of een afdoeningsbrief die de motie citeert) een YAML-gegevensbestand.

    Wat de import niet kan plaatsen, komt onder 'niet_geplaatst:' en als waarschuwing op het scherm.
    Controleer het resultaat altijd tegen het origineel, en daarna met 'raadsstukken check'.
    """
    folder = project.data_dir if project is not None else Path("data")  # called alone (tests): the current folder
    _run(bestand, uitvoer, force, ruw, orgaan or project_orgaan(folder / "gemeenten"))


def project_orgaan(folder: Path) -> str | None:
    """The orgaan of the project (`-C`, else the current folder): its only profile in data/gemeenten/."""
    profiles = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    return profiles[0].stem if len(profiles) == 1 else None


def _run(bestand: Path, uitvoer: Path | None, force: bool, ruw: bool = False, orgaan: str | None = None) -> None:
    from generator.importer import import_file, to_yaml

    must_exist([bestand])
    if uitvoer is not None and uitvoer.exists() and not force:
        raise exists(uitvoer)
    result = import_file(bestand, raw=ruw, orgaan=orgaan)
    text = to_yaml(result, bestand.name)
    for note in result.notes:
        click.echo(f"let op: {note}", err=True)
    for warning in result.warnings:
        click.echo(f"waarschuwing: {warning}", err=True)
    if uitvoer is None:
        click.echo(text, nl=False)
        return
    write_new(uitvoer, text, force)
    click.echo(f"geschreven: {uitvoer}", err=True)


def write_new(path: Path, text: str, force: bool) -> None:
    """Atomically; without `force`, never replace a file (not even one that appeared meanwhile)."""
    folder_must_exist(path.parent if str(path.parent) else Path(), "maak de map eerst aan of kies een andere uitvoer")
    write_bytes(path, text.encode("utf-8"), replace=force)
