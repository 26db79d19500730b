"""`raadsstukken init [MAP] --orgaan NAAM`: parse, call generator.organen.init, print."""

from __future__ import annotations

from pathlib import Path

import click

from generator.cli.boundary import Command


@click.command("init", cls=Command)
@click.argument("folder", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--orgaan", "names", multiple=True, required=True, metavar="NAAM",
              help="Naam of id uit het register: Utrecht, gemeente-utrecht, Gelderland, waterschap-rivierenland, "
                   "tweede-kamer. Mag vaker; het eerste is het orgaan van nieuwe bestanden.")
@click.option("--ci", type=click.Choice(["github", "gitlab"]), default=None,
              help="Schrijf ook de CI-workflow voor GitHub Actions of GitLab (zie docs/ci.md).")
def init_command(folder: Path | None, names: tuple[str, ...], ci: str | None) -> None:
    """Maak in MAP (standaard: de huidige map) een eigen project voor een orgaan: profiel, gegevensmappen,
    .gitignore, README, JSON Schemas met VS Code-instellingen."""
    from generator.errors import display_path
    from generator.organen import init

    root = (folder or Path.cwd()).resolve()
    organen = [init.choose(name) for name in names]
    marker = init.existing(root)
    if marker is not None:
        click.echo(f"{display_path(root)} bevat al een project ({marker.name}); er is niets veranderd.")
        return
    for path in init.write(root, organen, ci):
        click.echo(f"geschreven: {display_path(path)}")
    click.echo(f"Project voor {', '.join(o.full_name for o in organen)} gemaakt. "
               "Begin met: raadsstukken nieuw motie data/moties/<datum>-<onderwerp>.yaml")
