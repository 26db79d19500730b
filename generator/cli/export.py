"""`raadsstukken export`: vergaderingen as open data (JSON in the model of ODS Open Raadsinformatie)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from generator.cli.boundary import Command
from generator.errors import Issue, UsageError, ValidationFailed, display_path
from generator.loading.project import Project


@click.command("export", cls=Command)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--uitvoer", "-o", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Map voor de JSON-bestanden (standaard: build/ods).")
@click.option("--basis-url", "basis", default=None, metavar="URL",
              help="Het adres waar u de gegevens publiceert, eindigend op / (standaard een urn:raadsstukken:…-adres).")
@click.pass_obj
def export_command(project: Project, paths: tuple[Path, ...], out_dir: Path | None, basis: str | None) -> None:
    """Schrijf elke vergadering (standaard alle in data/vergaderingen/) als JSON in het model van
    ODS Open Raadsinformatie (VNG Realisatie), gecontroleerd tegen die specificatie."""
    from generator.files import write_bytes
    from generator.loading.discovery import discover
    from generator.soorten.vergadering.export import checked
    from generator.soorten.vergadering.model import Vergadering

    if basis is not None and not basis.endswith(("/", ":")):
        raise UsageError(f"'{basis}' eindigt niet op / of :", "geef het adres van de map, bijvoorbeeld https://ori.example.nl/api/")
    sources = discover(project, list(paths) or [project.data_dir / "vergaderingen"]) if (
        paths or (project.data_dir / "vergaderingen").is_dir()) else []
    out = out_dir or project.root / "build" / "ods"
    issues: list[Issue] = []
    written = 0
    for source in sources:
        try:
            loaded = project.load(source)
            if not isinstance(loaded.model, Vergadering):
                if paths:
                    issues.append(Issue(display_path(source), message=f"is geen vergadering (soort: {loaded.model.soort})",
                                        hint="geef een bestand met 'soort: vergadering'"))
                continue
            data = checked(project, loaded, basis)
        except ValidationFailed as exc:
            issues.extend(exc.issues)
            continue
        target = out / f"{source.stem}.json"
        write_bytes(target, (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"))
        click.echo(f"geschreven: {display_path(target)}")
        written += 1
    if issues:
        raise ValidationFailed(issues)
    if not written:
        raise UsageError("geen vergadering gevonden", "zet vergaderingen in data/vergaderingen/ of geef het bestand op")
