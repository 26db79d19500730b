"""Readable Dutch: a B1 score per document, the worst sentences quoted, as warnings; names and quotes exempt."""

from __future__ import annotations

from pathlib import Path

from generator.checks import b1
from generator.loading.project import Project

REPO = Path(__file__).resolve().parents[1]
MOTIE = "soort: motie\ngemeente: zwolle\ntitel: Iets\nvergadering: 2024-01-01\nverzoeken:\n  - {text}\n"


def figures_of(project: Path, text: str) -> tuple[b1.Figures, list[str]]:
    path = project / "data" / "moties" / "x.yaml"
    path.write_text(MOTIE.format(text=text), "utf-8")
    figures, issues = b1.readability(Project(project).load(path))
    return figures, [str(i) for i in issues]


def test_a_long_passive_sentence_with_jargon_is_quoted(project: Path) -> None:
    figures, issues = figures_of(project, "teneinde de wachttijden te verkorten wordt door het college in het kader"
                                 " van de transformatie een ondersteuningsaanbod georganiseerd voor alle jeugdigen en"
                                 " hun ouders in de gemeente.")
    assert figures.sentences == 1 and figures.long_sentences == 1 and figures.passives == 1
    assert any("ambtelijk woord 'teneinde' — schrijf liever 'om'" in line for line in issues)
    assert any("ambtelijk woord 'in het kader van'" in line for line in issues)
    quoted = [line for line in issues if "moeilijke zin" in line]
    assert quoted and "27 woorden" in quoted[0] and "lijdende vorm" in quoted[0] and "'teneinde de wachttijden" in quoted[0]
    assert "leesbaarheid moeilijker dan B1: Flesch-Douma" in issues[-1]


def test_plain_sentences_read_at_b1(project: Path) -> None:
    figures, issues = figures_of(project, "het college belt elke ouder binnen een week. Wie hulp vraagt, krijgt die snel.")
    assert figures.score >= b1.B1_SCORE
    assert issues == []  # B1 is met: no warning at all


def test_names_keep_their_capitals_and_quotes_are_exempt(project: Path) -> None:
    _figures, issues = figures_of(project, "het college vraagt mevrouw A. de Vries-Klokkenburgerhout en De Vries om"
                                 " ‘de onderhavige voorliggende transformatiedoelen’ te lezen.")
    hard = " ".join(line for line in issues if "moeilijke zin" in line)
    assert "Klokkenburgerhout" not in hard and "transformatiedoelen" not in hard
    assert not any("onderhavige" in line for line in issues)  # inside quotes: cited, not ours


def test_check_reports_the_figures_as_warnings_and_never_fails(run) -> None:
    result = run("check", "--streng")
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if "leesbaarheid: leesbaarheid" in line]
    scored = {line.split(":", 2)[1] for line in lines}
    assert len(lines) == len(scored) >= 5  # one score per sample document below B1, none for those at B1
    assert all(line.startswith("waarschuwing: ") and "moeilijker dan B1" in line for line in lines)
    for name in scored:  # at most the three hardest sentences of each
        assert sum(1 for line in result.output.splitlines() if f"{name}:" in line and "moeilijke zin" in line) <= 3


def test_a_file_path_is_no_sentence(project: Path) -> None:
    """A beleidsplan activiteit's `motie:` names a file; only the fields the models mark as prose are scored."""
    plan = project / "data" / "beleidsplannen" / "zwolle-begroting-2021-jeugdhulp.yaml"
    loaded = Project(project).load(plan)
    _figures, issues = b1.readability(loaded)
    assert not [str(i) for i in issues if ".motie" in i.field]
    from generator.soorten.aard import aard
    from generator.soorten.base import Aard
    assert aard(type(loaded.model), ("programmas", 0, "doelen", 0, "activiteiten", 1, "motie")) is Aard.WAARDE
