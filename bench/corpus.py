"""Projects for the bench: varied moties, and families of every soort made from the sample data.

`moties(root, n)` writes N varied moties (1–6 points per block, footnotes, 1–4 indieners, votes).
`families(root, n)` copies the sample documents of data/ (moties, afdoeningsbrieven, verordeningen,
a wijzigingsverordening, beleidsplannen, raadsvoorstellen, amendementen, a subamendement) as often
as needed for about N documents: each copy has its own file names, every reference inside it points
at its own copies, and its prose lists are drawn again (points repeated, in another order), so no
two documents are alike. Reference data (data/gemeenten, data/modellen) is shared.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data"
REFERENCE = ("gemeenten", "modellen")
PROSE = {"alineas", "constateringen", "overwegingen", "verzoeken", "toelichting", "afdoening", "inleiding",
         "beschrijving", "criteria"}
WORDS = ["jeugdhulp", "wijkteam", "familiegroepsplan", "gezinnen", "netwerk", "huisartsen", "scholen", "wachttijden",
         "budget", "preventie", "toegang", "zorgaanbieders", "evaluatie", "monitoring", "raad", "college", "ouders",
         "jongeren"]


def sentence(rng: random.Random, low: int = 8, high: int = 30) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))) + ";"


def motie_yaml(i: int, rng: random.Random) -> str:
    lines = [
        "soort: motie", f"gemeente: {rng.choice(['zwolle', 'den-haag'])}", f"titel: Motie {i} over {rng.choice(WORDS)}",
        f"vergadering: 20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", f"nummer: M-{i}",
    ]
    for key in ("constateringen", "overwegingen", "verzoeken"):
        lines.append(f"{key}:")
        lines += [f"  - {sentence(rng)}" for _ in range(rng.randint(1, 6))]
    if rng.random() < 0.3:
        lines[-1] += "[^1]"
        lines += ["voetnoten:", f"  '1': {sentence(rng, 4, 10)}"]
    lines.append("indieners:")
    for _ in range(rng.randint(1, 4)):
        lines += [f"  - naam: {rng.choice('ABCDEFG')}. {rng.choice(['Jansen', 'de Vries', 'Bakker', 'Yilmaz'])}",
                  f"    fractie: {rng.choice(['GroenLinks', 'VVD', 'D66', 'CDA', 'PvdA', 'SP'])}"]
    if rng.random() < 0.5:
        lines += ["status: aangenomen", "stemming:", "  voor: [GroenLinks, D66]", "  tegen: [VVD]"]
    return "\n".join(lines) + "\n"


def reference_data(root: Path) -> None:
    for folder in REFERENCE:
        shutil.copytree(SAMPLES / folder, root / "data" / folder, dirs_exist_ok=True)


def moties(root: Path, n: int, *, folder: str = "moties", seed: int = 20261123) -> list[Path]:
    reference_data(root)
    target = root / "data" / folder
    target.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = []
    for i in range(n):
        path = target / f"m{i:06d}.yaml"
        path.write_text(motie_yaml(i, rng), "utf-8")
        written.append(path)
    return written


def samples() -> list[Path]:
    """The sample documents (not reference data), in a fixed order."""
    return sorted(p for p in SAMPLES.glob("*/*.yaml") if p.parent.name not in REFERENCE)


def soort_of(path: Path) -> str:
    match = re.search(r"^soort:\s*(\S+)", path.read_text("utf-8"), re.MULTILINE)
    return match.group(1) if match else ""


def _vary(value: object, rng: random.Random, key: str = "") -> object:
    if isinstance(value, dict):
        return {k: _vary(v, rng, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        items = [_vary(v, rng, key) for v in value]
        if key in PROSE and items and all(isinstance(v, str) for v in items):
            items += [rng.choice(items) for _ in range(rng.randint(0, 3))]
            rng.shuffle(items)
        return items
    return value


def family(root: Path, number: int, rng: random.Random, sources: list[Path] | None = None) -> list[Path]:
    """One copy of `sources` (default: every sample document) as `g<number>-<name>`, referring to each other."""
    sources = sources or samples()
    stems = sorted({p.stem for p in samples()}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, stems)) + r")(?![\w-])")
    prefix = f"g{number:04d}-"
    written = []
    for source in sources:
        data = _vary(yaml.load(source.read_text("utf-8"), Loader=yaml.BaseLoader), rng)  # every scalar a string
        text = pattern.sub(lambda m: prefix + m.group(1), yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
        target = root / "data" / source.parent.name / (prefix + source.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
        written.append(target)
    return written


def families(root: Path, n: int, *, seed: int = 20261124) -> list[Path]:
    """About N documents of every soort (whole families, so at least one of each)."""
    reference_data(root)
    rng = random.Random(seed)
    per_family = len(samples())
    written: list[Path] = []
    for number in range(max(1, round(n / per_family))):
        written += family(root, number, rng)
    return written


def of_soort(root: Path, soort: str, n: int, *, seed: int = 20261125, first: int = 0) -> list[Path]:
    """N documents of one soort, plus (not counted) the documents they refer to, in data/ of `root`.
    Returns the N documents; they sit in data/<folder>/<soort>/ so `build data/<folder>/<soort>` makes just them."""
    reference_data(root)
    rng = random.Random(seed)
    if soort == "motie":
        return moties(root, n, folder=f"moties/{soort}", seed=seed)  # numbered m…: own names
    own = [p for p in samples() if soort_of(p) == soort]
    made: list[Path] = []
    number = first
    while len(made) < n:
        for path in family(root, number, rng):
            if soort_of(path) == soort and len(made) < n:
                target = path.parent / soort / path.name
                target.parent.mkdir(exist_ok=True)
                path.rename(target)
                made.append(target)
        number += 1
    _refer_into(root, soort, made, own)
    return made


def _refer_into(root: Path, soort: str, moved: list[Path], own: list[Path]) -> None:
    """References to a moved document (by path from data/) name its new place; its own relative
    references (`../moties/x.yaml`) climb one folder more."""
    folder = own[0].parent.name
    names = {p.name for p in moved}
    for path in moved:
        path.write_text(path.read_text("utf-8").replace("../", "../../"), "utf-8")
    pattern = re.compile(rf"(?<![\w/-]){folder}/(g\d{{4}}-[\w.-]+\.yaml)")
    for path in (root / "data").rglob("*.yaml"):
        text = path.read_text("utf-8")
        new = pattern.sub(lambda m: f"{folder}/{soort}/{m.group(1)}" if m.group(1) in names else m.group(0), text)
        if new != text:
            path.write_text(new, "utf-8")
