"""The command line. Commands parse options, call one function, print; nothing else lives here."""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path

import click

from generator import __version__, cli_dutch, nl  # noqa: F401 - cli_dutch: Click in Dutch
from generator.errors import InternalError, RaadsstukkenError, ValidationFailed, display_path

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


LAZY = {  # commands in their own modules, imported only when used (a no-op build starts fast)
    "bundel": ("generator.cli_pdf", "bundel_command"),
    "import": ("generator.cli_import", "import_command"),
    "pdf": ("generator.cli_pdf", "pdf_command"),
    "schema": ("generator.cli_templates", "schema_command"),
    "status": ("generator.cli_status", "status_command"),
    "templates": ("generator.cli_templates", "templates_command"),
}


class _Group(click.Group):
    """Turns every error into one message and an exit code: the only place that does."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY and name not in self.commands:
            module, attribute = LAZY[name]
            return getattr(importlib.import_module(module), attribute)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except ValidationFailed as exc:
            print_issues(exc.issues)
            ctx.exit(1)
        except RaadsstukkenError as exc:
            click.echo(f"fout: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("afgebroken", err=True)
            ctx.exit(130)
        except BrokenPipeError:  # output piped into `head`: stop quietly (Python docs, "Note on SIGPIPE")
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(1)
        except Exception as exc:  # noqa: BLE001 - a bug: say so, without a traceback
            click.echo(str(InternalError(f"{type(exc).__name__}: {exc}")), err=True)
            if os.environ.get("RAADSSTUKKEN_DEBUG"):
                raise
            ctx.exit(3)


def print_issues(issues) -> None:
    for issue in issues:
        prefix = "waarschuwing: " if issue.severity == "waarschuwing" else ""
        click.echo(f"{prefix}{issue}", err=True)
    errors = sum(1 for i in issues if i.severity == "fout")
    if errors:
        click.echo(f"{errors} fout{'en' if errors != 1 else ''} gevonden.", err=True)


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(__version__, "--version", "-V", prog_name="raadsstukken", message="%(prog)s %(version)s")
@click.option("--project", "-C", "project_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Projectmap met data/gemeenten en templates/ (standaard: de huidige map).")
@click.pass_context
def main(ctx: click.Context, project_dir: Path | None) -> None:
    """raadsstukken: moties, raadsbrieven, verordeningen en begrotingsteksten als Word-documenten
    uit YAML-gegevens."""
    from generator.project import Project

    ctx.obj = Project((project_dir or Path.cwd()).resolve())


def _shard(_ctx, _param, value: str | None):
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
@click.pass_obj
def build(project, paths, out_dir, jobs, force, check, shard, pdf) -> None:
    """Maak de documenten van PATHS (standaard: alles onder data/) in build/."""
    from generator.build import Options, build as run_build

    options = Options(out_dir=(out_dir or project.root / "build").resolve(), jobs=jobs or os.cpu_count() or 1,
                      force=force, check=check, shard=shard, pdf=pdf)
    start = time.perf_counter()
    report = run_build(project, [Path(p) for p in paths], options, progress=_progress())
    print_issues(report.issues)
    seconds = nl.bedrag(round(time.perf_counter() - start, 1))
    parts = [f"{report.count('gebouwd')} gebouwd", f"{report.count('ongewijzigd')} ongewijzigd"]
    if check:
        parts = [f"{report.count('verouderd')} verouderd", f"{report.count('ongewijzigd')} actueel"]
    if report.removed:
        parts.append(f"{len(report.removed)} verwijderd")
    if pdf and not check:
        parts.append(f"{report.pdfs} PDF")
    parts.append(f"{report.count('fout')} fout")
    click.echo(", ".join(parts) + f", {seconds} s")
    if report.failed:
        sys.exit(1)


def _progress():
    """A progress bar on a terminal; in CI (or piped) one plain line per document made (errors follow at the end)."""
    if sys.stdout.isatty() and not os.environ.get("CI"):
        state: dict[str, object] = {}

        def bar(outcome, done: int, total: int) -> None:
            if "bar" not in state:
                state["bar"] = click.progressbar(length=total, label="Documenten maken", show_pos=True)
                state["bar"].__enter__()  # type: ignore[attr-defined]
            state["bar"].update(1)  # type: ignore[attr-defined]
            if done == total:
                state.pop("bar").__exit__(None, None, None)  # type: ignore[attr-defined]

        return bar

    def lines(outcome, done: int, total: int) -> None:
        if outcome.status == "gebouwd":
            click.echo(f"[{done}/{total}] {outcome.status}: {display_path(outcome.source)}")

    return lines


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.pass_obj
def check(project, paths) -> None:
    """Controleer gegevens en sjablonen zonder iets te schrijven."""
    from generator.checking import check_all

    issues = check_all(project, [Path(p) for p in paths])
    print_issues(issues)
    if any(i.severity == "fout" for i in issues):
        sys.exit(1)
    click.echo("Geen fouten gevonden.")


@main.command()
@click.argument("soort")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Een bestaand bestand overschrijven.")
def nieuw(soort: str, path: Path | None, force: bool) -> None:
    """Schrijf een toegelicht startbestand voor SOORT (bijvoorbeeld motie) naar PATH of het scherm."""
    from generator.starters import starter

    text = starter(soort)
    if path is None:
        click.echo(text, nl=False)
        return
    if path.exists() and not force:
        raise click.UsageError(f"{path} bestaat al; kies een andere naam of gebruik --force")
    from generator.atomic import write_bytes

    write_bytes(path, text.encode("utf-8"))
    click.echo(f"geschreven: {path}")
