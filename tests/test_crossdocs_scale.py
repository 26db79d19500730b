"""The cross-document checks in near-linear time: same findings as the plain search of every title in
every value (the definition), on many documents and on texts built to confuse an index."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.checks.crossdocs import TitleIndex
from generator.checks.texts import same_but_first


def reference(text: str, canon: dict[str, tuple[str, str]], skip: str | None) -> set[tuple[str, str, str]]:
    """The definition: every title searched in the text; the first occurrence written otherwise."""
    found = set()
    folded = text.casefold()
    for key, (title, where) in canon.items():
        if where == skip:
            continue
        start = folded.find(key)
        while start != -1:
            written = text[start:start + len(title)]
            if not same_but_first(written, title):
                found.add((written, title, where))
                break
            start = folded.find(key, start + 1)
    return found


def canon_of(titles: list[str]) -> dict[str, tuple[str, str]]:
    return {t.casefold(): (t, f"data/moties/m{i}.yaml") for i, t in enumerate(titles) if t.casefold()}


WORDS = st.sampled_from(["Jeugd", "jeugd", "hulp", "Hulp", "ß", "ss", "İ", "straße", "over", "de", "Motie", "1", "12", " "])
TITLE = st.lists(WORDS, min_size=1, max_size=5).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(TITLE, min_size=1, max_size=8), st.lists(WORDS, max_size=25).map("".join), st.booleans())
def test_the_index_finds_what_the_plain_search_finds(titles, text, own):
    canon = canon_of(titles)
    skip = next(iter(canon.values()))[1] if own and canon else None
    found = {(v.written, v.title, v.where) for v in TitleIndex(canon).variants(text) if v.where != skip}
    assert found == reference(text, canon, skip)


def test_titles_inside_titles_and_overlaps():
    canon = canon_of(["Jeugdhulp", "Jeugdhulp Zwolle", "hulp zwolle 2018"])
    text = "zie de JEUGDHULP Zwolle 2018 en jeugdhulp zwolle"
    found = sorted((v.written, v.title) for v in TitleIndex(canon).variants(text))
    assert found == sorted((w, t) for w, t, _ in reference(text, canon, None))
    assert ("JEUGDHULP Zwolle", "Jeugdhulp Zwolle") in found


def test_an_empty_index_finds_nothing():
    assert list(TitleIndex({}).variants("Jeugdhulp")) == []


def motie(i: int, mention: str = "") -> str:
    extra = f"  - Zoals de motie '{mention}' vraagt;\n" if mention else ""
    return (f"soort: motie\ngemeente: zwolle\ntitel: Motie {i} over de Jeugdhulp in de wijk\nvergadering: 2024-03-0{1 + i % 9}\n"
            f"constateringen:\n  - dat er iets is;\n{extra}verzoeken:\n  - iets te doen;\n"
            "indieners:\n  - naam: A. Jansen\n    fractie: D66\n")


def test_many_moties_naming_each_other(project: Path, run):
    """300 moties, each naming the next by its title, one of them written otherwise: exactly that one."""
    folder = project / "data" / "moties"
    for old in folder.glob("*.yaml"):
        old.unlink()
    n = 300
    for i in range(n):
        mention = f"Motie {(i + 1) % n} over de Jeugdhulp in de wijk"
        if i == 17:
            mention = mention.replace("Jeugdhulp", "jeugdhulp")
        (folder / f"m{i:03d}.yaml").write_text(motie(i, mention), "utf-8")
    result = run("check", "--streng")
    lines = [line for line in result.output.replace(f"{project}/", "").splitlines() if "anders geschreven" in line]
    assert lines == ["data/moties/m017.yaml:7:5: constateringen[0].punten[1]: 'Motie 18 over de jeugdhulp in de wijk' is anders"
                     " geschreven dan 'Motie 18 over de Jeugdhulp in de wijk' (data/moties/m018.yaml) — schrijf dezelfde"
                     " titel overal op dezelfde manier"], lines
