"""`raadsstukken bewerk [MAP]`: the local editor (generator/editor) in the browser."""

from __future__ import annotations

from pathlib import Path

import click

from generator.cli.boundary import Command
from generator.cli.paths import folder_must_exist
from generator.errors import UsageError, UserError


@click.command("bewerk", cls=Command)
@click.help_option("-h", "--help", help="Toon deze hulp en stop.")
@click.argument("map_", metavar="[MAP]", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--poort", type=click.IntRange(1, 65535), default=None, help="Poort op 127.0.0.1 (standaard: een vrije).")
@click.option("--geen-browser", is_flag=True, help="Open de browser niet; toon alleen het adres.")
@click.pass_context
def bewerk_command(ctx: click.Context, map_: Path | None, poort: int | None, geen_browser: bool) -> None:
    """Bewerk de documenten van MAP (standaard: de projectmap) met formulieren in de browser.

    De editor is alleen op deze computer bereikbaar (127.0.0.1) en alleen via het getoonde adres
    met toegangsteken. Stop hem met Ctrl+C.
    """
    root = (map_ or getattr(ctx.obj, "root", None) or Path.cwd()).resolve()
    folder_must_exist(root, "geef de projectmap op (met data/gemeenten)")
    try:
        from generator.editor.server import serve
    except ImportError as exc:
        raise UserError(f"de editor is niet geïnstalleerd ({exc.name} ontbreekt)",
                        "installeer hem met: .venv/bin/pip install -e '.[editor]'") from None
    from generator import portable

    try:
        serve(root, poort or 0, open_browser=not geen_browser,
              announce=lambda url: click.echo(f"De editor draait op:\n\n    {url}\n\nStop hem met Ctrl+C.", err=True))
    except OSError as exc:
        if not portable.address_in_use(exc):
            raise
        raise UsageError(f"poort {poort} op 127.0.0.1 is al in gebruik door een ander programma",
                         f"kies een andere met --poort (bijvoorbeeld --poort {(poort or 0) % 65535 + 1}), of laat --poort weg:"
                         " dan kiest de editor zelf een vrije poort") from None
