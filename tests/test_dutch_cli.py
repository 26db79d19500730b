"""Everything the command line prints is Dutch, Click's own texts included: every command's --help
and every kind of usage error it can give."""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from generator.cli.main import main

ENGLISH = re.compile(
    r"\b(Usage|Options|Commands|Arguments|Show this|Show the|and exit|Error|Try|No such|Missing|Invalid|"
    r"Did you mean|default|required|is not|does not|Got unexpected|requires|takes|Aborted|Choose|"
    r"PATHS?|FILES?|DIRECTORY|TEXT|INTEGER|RANGE|FLOAT|BOOLEAN|OPTIONS|COMMAND|ARGS|directory|file|path)\b")


def commands() -> list[tuple[list[str], click.Command]]:
    """Every command and subcommand, as the words that call it."""
    found = [([], main)]
    ctx = click.Context(main)
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        found.append(([name], command))
        if isinstance(command, click.Group):
            found += [([name, sub], command.get_command(ctx, sub)) for sub in command.list_commands(ctx)]
    return found


def usage_errors(words: list[str], command: click.Command) -> list[list[str]]:
    """Calls that Click itself refuses: an unknown option, a missing value, a wrong value."""
    calls = [[*words, "--geen-optie"], [*words, "--hel"]]
    if isinstance(command, click.Group):
        calls.append([*words, "geen-opdracht"])
    for param in command.params:
        if not isinstance(param, click.Option) or param.is_flag or param.name == "help":
            continue
        option = param.opts[-1]
        calls.append([*words, option])
        if isinstance(param.type, (click.types.IntParamType, click.types.FloatParamType, click.Choice)):
            calls += [[*words, option, "x-geen-waarde"], [*words, option, "0"], [*words, option, "99999"]]
    return calls


def english(output: str) -> list[str]:
    return ENGLISH.findall(output)


CASES = commands()


@pytest.mark.parametrize(("words", "command"), CASES, ids=[" ".join(w) or "raadsstukken" for w, _ in CASES])
def test_help_and_usage_errors_are_dutch(tmp_path, words: list[str], command: click.Command) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["-C", str(tmp_path), *words, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Gebruik:" in result.output
    assert english(result.output) == [], result.output
    for call in usage_errors(words, command):
        result = runner.invoke(main, ["-C", str(tmp_path), *call], catch_exceptions=False)
        if result.exit_code == 0:
            continue  # a value that happens to be valid (0 for an option without a range)
        assert result.exit_code == 2, (call, result.output)
        assert english(result.output) == [], (call, result.output)


def test_missing_arguments_are_dutch(tmp_path) -> None:
    runner = CliRunner()
    for call in (["nieuw"], ["nieuw", "motie", "a", "b"], ["init"], ["build", "-j"], ["nieuw", "foo"]):
        result = runner.invoke(main, ["-C", str(tmp_path), *call], catch_exceptions=False)
        assert result.exit_code == 2, (call, result.output)
        assert english(result.output) == [], (call, result.output)


def test_nieuw_lists_the_soorten() -> None:
    result = CliRunner().invoke(main, ["nieuw", "--help"])
    text = " ".join(result.output.split())
    from generator.soorten.starters import available

    assert f"Soorten: {', '.join(sorted(available()))}." in text
    assert "amendement" in available() and "motie" in available()
