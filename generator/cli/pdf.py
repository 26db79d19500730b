"""The `pdf` and `bundel` commands: parse options, call one function, print.

Loaded lazily by the main group; errors go through its one boundary (cli/boundary.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from generator.cli.boundary import Command
from generator.cli.paths import must_exist
from generator.errors import display_path

PDFS, PAGINAS = "PDF's", "pagina's"
JOBS = click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
                    help="Aantal LibreOffice-processen tegelijk (standaard: aantal processorkernen).")
TIMEOUT = click.option("--timeout", type=click.FloatRange(1, 3600), default=120.0, show_default=True,
                       help="Seconden per groep documenten; daarna wordt LibreOffice gestopt en elk "
                            "document apart opnieuw geprobeerd.")


@click.command("pdf", cls=Command)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@JOBS
@TIMEOUT
def pdf_command(files: tuple[Path, ...], jobs: int | None, timeout: float) -> None:
    """Zet Word-documenten (.docx) om naar PDF/A-2b, elk naast het eigen .docx-bestand.

    Elke PDF wordt daarna gecontroleerd (pagina's, titel in de tekst, PDF/A, tags, taal); een
    document dat niet lukt, houdt de andere niet tegen.
    """
    from generator.pdf.convert import convert

    must_exist(files)
    results = convert(files, jobs=jobs or os.cpu_count() or 1, timeout=timeout)
    for result in results:
        if result.pdf:
            click.echo(f"{display_path(result.source)} → {display_path(result.pdf)}")
        else:
            click.echo(f"fout: {display_path(result.source)}: {result.error}", err=True)
    failed = sum(1 for result in results if result.error)
    made = len(results) - failed
    click.echo(f"{made} {_plural(made, 'PDF', PDFS)} gemaakt, {failed} mislukt.", err=bool(failed))
    if failed:
        raise SystemExit(1)


@click.command("bundel", cls=Command)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", "--uitvoer", "output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="De bundel die wordt geschreven, bijvoorbeeld raad-2019-07-08.pdf.")
@click.option("--titel", default=None, help="Titel van de bundel in de PDF-eigenschappen.")
@JOBS
@TIMEOUT
def bundel_command(files: tuple[Path, ...], output: Path, titel: str | None, jobs: int | None,
                   timeout: float) -> None:
    """Voeg documenten (.pdf of .docx) samen tot één PDF voor een raadsvergadering.

    In de volgorde van opgeven, met een bladwijzer per document (de titel van het document) en
    doorlopende paginanummers, ook in de voetteksten: Word-documenten worden daarvoor opnieuw omgezet
    (er komt niets naast te staan). Een PDF van buiten houdt zijn eigen nummers. De bundel is PDF/A-2b
    en getagd (PDF/UA-1).
    """
    from generator.pdf.bundle import bundle_documents

    must_exist(files)
    made = bundle_documents(files, output, title=titel, jobs=jobs or os.cpu_count() or 1, timeout=timeout)
    click.echo(f"{display_path(output)}: {len(files)} {_plural(len(files), 'document', 'documenten')}, "
               f"{made.pages} {_plural(made.pages, 'pagina', PAGINAS)}")
    if made.foreign:
        names = ", ".join(display_path(p) for p in made.foreign)
        click.echo(f"let op: {names} {'is een PDF' if len(made.foreign) == 1 else 'zijn PDF’s'} van buiten"
                   f" en {'houdt' if len(made.foreign) == 1 else 'houden'} de eigen paginanummers in de voettekst")


def _plural(count: int, one: str, more: str) -> str:
    return one if count == 1 else more
