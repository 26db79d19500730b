"""The one error boundary: every exception of every command becomes one message and an exit code.

Exit codes: 0 done, 1 content errors (data, templates), 2 wrong use of the command (Click's usage
errors and `UsageError`), 3 a bug in the tool (said as such, with where to report it), 130 when
interrupted. Core modules raise; nothing below the CLI prints or exits.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from generator.cli import dutch
from generator.errors import InternalError, Issue, RaadsstukkenError, ValidationFailed
from generator.files import FULL

LAZY = {  # commands in their own modules, imported only when used (a no-op build starts fast)
    "bewerk": ("generator.cli.editor", "bewerk_command"),
    "bundel": ("generator.cli.pdf", "bundel_command"),
    "doctor": ("generator.cli.doctor", "doctor_command"),
    "export": ("generator.cli.export", "export_command"),
    "import": ("generator.cli.imports", "import_command"),
    "init": ("generator.cli.init", "init_command"),
    "pdf": ("generator.cli.pdf", "pdf_command"),
    "schema": ("generator.cli.templates", "schema_command"),
    "status": ("generator.cli.status", "status_command"),
    "templates": ("generator.cli.templates", "templates_command"),
}


def guarded(ctx: click.Context, call: Callable[[], Any]) -> Any:
    """Run a command; turn what it raises into one message and the exit code of the policy above."""
    from generator import portable

    try:
        with portable.terminate_as_interrupt():
            result = call()
            sys.stdout.flush()  # a full disk shows here, not as English when Python exits
        return result
    except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
        raise
    except ValidationFailed as exc:
        print_issues(exc.issues)
        ctx.exit(exc.exit_code)
    except RaadsstukkenError as exc:
        click.echo(f"fout: {exc}", err=True)
        ctx.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("afgebroken", err=True)
        ctx.exit(130)
    except BrokenPipeError:  # output piped into `head`: stop quietly (Python docs, "Note on SIGPIPE")
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        ctx.exit(1)
    except Exception as exc:
        if os.environ.get("RAADSSTUKKEN_DEBUG"):
            raise
        if isinstance(exc, OSError) and exc.errno in FULL:  # stdout on a full disk (files.py names its own writes)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # what is still buffered goes nowhere
            click.echo("fout: kan de uitvoer niet schrijven: de schijf is vol — maak ruimte vrij of stuur de uitvoer naar"
                       " een bestand op een andere schijf", err=True)
            ctx.exit(1)
        from generator.messages import described_bug

        click.echo(str(InternalError(described_bug(exc))), err=True)
        ctx.exit(InternalError.exit_code)


class Command(click.Command):
    """Every command: the boundary around it, Click's texts in Dutch, also when run on its own."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        dutch.install()
        return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        return guarded(ctx, lambda: super(Command, self).invoke(ctx))


class Group(click.Group):
    """A group of commands (templates), with the same boundary."""

    command_class = Command

    def main(self, *args: Any, **kwargs: Any) -> Any:
        dutch.install()
        return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        return guarded(ctx, lambda: super(Group, self).invoke(ctx))


class Main(Group):
    """The main group: commands in their own modules are imported only when used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY and name not in self.commands:
            module, attribute = LAZY[name]
            return getattr(importlib.import_module(module), attribute)  # type: ignore[no-any-return]
        return super().get_command(ctx, name)


def print_issues(issues: Iterable[Issue]) -> None:
    """Each fault once (a motie's typo is also why the brief that quotes it failed), counted once."""
    issues = list(dict.fromkeys(issues))
    for issue in issues:
        prefix = f"{issue.severity}: " if issue.severity in ("waarschuwing", "concept") else ""
        click.echo(f"{prefix}{issue}", err=True)
    errors = sum(1 for i in issues if i.severity == "fout")
    if errors:
        click.echo(f"{errors} fout{'en' if errors != 1 else ''} gevonden.", err=True)


def fail_on(issues: Iterable[Issue]) -> None:
    """Exit 1 (content errors) when any issue is an error."""
    if any(i.severity == "fout" for i in issues):
        sys.exit(1)
