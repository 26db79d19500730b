"""`raadsstukken import BESTAND [-o UITVOER]`: a motie as PDF or text → a YAML data file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click

from generator.errors import InternalError, RaadsstukkenError, UserError


@click.command("import")
@click.help_option("-h", "--help", help="Toon deze hulp en stop.")
@click.argument("bestand", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--uitvoer", "uitvoer", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Schrijf het YAML-bestand hierheen (standaard: naar het scherm).")
@click.option("--force", is_flag=True, help="Een bestaand uitvoerbestand overschrijven.")
def import_command(bestand: Path, uitvoer: Path | None, force: bool) -> None:
    """Maak van een motie (PDF of tekst, of een afdoeningsbrief die de motie citeert) een YAML-gegevensbestand.

    Wat de import niet kan plaatsen, komt onder 'niet_geplaatst:' en als waarschuwing op het scherm.
    Controleer het resultaat altijd tegen het origineel, en daarna met 'raadsstukken check'.
    """
    try:
        _run(bestand, uitvoer, force)
    except RaadsstukkenError as exc:
        click.echo(f"fout: {exc}", err=True)
        raise SystemExit(1) from None
    except Exception as exc:
        if os.environ.get("RAADSSTUKKEN_DEBUG"):
            raise
        click.echo(str(InternalError(f"{type(exc).__name__}: {exc}")), err=True)
        raise SystemExit(3) from None


def _run(bestand: Path, uitvoer: Path | None, force: bool) -> None:
    from generator.importer import import_file, to_yaml

    if uitvoer is not None and uitvoer.exists() and not force:
        raise UserError(f"{uitvoer} bestaat al", "kies een andere naam of gebruik --force om het te overschrijven")
    result = import_file(bestand)
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
    """Write atomically via a temporary file in the same folder; without `force`, never replace a file."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"de map {folder} bestaat niet", "maak de map eerst aan of kies een andere uitvoer")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(f"kan niet schrijven in {folder} ({exc.strerror})", "kies een andere uitvoermap") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        _place(Path(tmp), path, force)
    except OSError as exc:
        raise UserError(f"kan {path} niet schrijven ({exc.strerror})", "kies een andere uitvoer") from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def _place(tmp: Path, path: Path, force: bool) -> None:
    if force:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)  # fails if the target appeared meanwhile: never clobber without --force
    except FileExistsError:
        raise UserError(f"{path} bestaat al", "kies een andere naam of gebruik --force") from None
    except OSError:
        if path.exists():
            raise UserError(f"{path} bestaat al", "kies een andere naam of gebruik --force") from None
        os.replace(tmp, path)
