"""Every import builds (issue 25): each text of every import corpus that `import` accepts, imported into one
fresh project as a griffie would (`init`, then `import -o`), builds in one `build`. A fact the text does not
state is an open fact ("[datum]", "[titel]") or the project's own orgaan, marked: the file is then a concept."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

TESTS = Path(__file__).resolve().parent
CORPORA = ("import_real", "import_corpus", "import_heldout", "import_heldout2", "amendement_corpus", "import_batch3",
           "import_final", "import_batch5")
SOURCES = (".txt", ".docx", ".pdf", ".html")


def sources() -> list[Path]:
    return [path for folder in CORPORA for path in sorted((TESTS / folder).iterdir())
            if path.suffix in SOURCES and not path.name.endswith(".expected.yaml")]


def test_every_accepted_corpus_text_builds(tmp_path: Path) -> None:
    runner = CliRunner()
    project = tmp_path / "project"
    assert runner.invoke(main, ["init", "--orgaan", "Zwolle", str(project)]).exit_code == 0
    (project / "data" / "import").mkdir()
    accepted, refused = [], []
    for source in sources():
        target = project / "data" / "import" / f"{source.parent.name}-{source.stem}-{source.suffix[1:]}.yaml"
        run = runner.invoke(main, ["-C", str(project), "import", str(source), "-o", str(target)])
        assert run.exit_code in (0, 1), run.output  # accepted, or refused with a reason; never a bug
        (accepted if run.exit_code == 0 else refused).append(target)
    assert len(accepted) > 140, (len(accepted), len(refused))
    built = runner.invoke(main, ["-C", str(project), "build", "-j", "1", *map(str, accepted)])
    assert built.exit_code == 0, built.output
    docx = {path.stem for path in (project / "build" / "import").glob("*.docx")}
    assert docx == {path.stem for path in accepted}
    open_dates = [path for path in accepted if re.search(r'(?m)^vergadering: "\[datum\]"', path.read_text("utf-8"))]
    assert open_dates  # the corpora hold texts without a meeting date: each built, as a concept
