"""`raadsstukken doctor`: what this machine has and lacks, one line per thing."""

from __future__ import annotations

import sys

import click

from generator.cli.boundary import Command
from generator.loading.project import Project


@click.command("doctor", cls=Command)
@click.pass_obj
def doctor_command(project: Project) -> None:
    """Toon wat deze computer heeft en mist: Python, raadsstukken, LibreOffice, lettertypen, schrijfrechten."""
    from generator.doctor import examine

    findings = examine(project.root)
    width = max(len(finding.state) for finding in findings)
    for finding in findings:
        click.echo(f"{finding.state.ljust(width)}  {finding.text}")
    missing = [finding for finding in findings if finding.state == "ontbreekt"]
    notes = sum(finding.state == "let op" for finding in findings)
    if missing:
        click.echo(f"Er ontbreekt iets voor build en check ({len(missing)}); zie de regels met 'ontbreekt'.", err=True)
        sys.exit(1)
    click.echo("Alles voor build en check is aanwezig" + (f"; {notes} {'punt' if notes == 1 else 'punten'} om op te letten." if notes else "."))
