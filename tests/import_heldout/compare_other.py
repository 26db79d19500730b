"""Compare the import of amendementen and refused texts (letters, besluitenlijsten) with their expected files.

Run: .venv/bin/python tests/import_heldout/compare_other.py FOLDER [FOLDER …]

An amendement's target and change are right when it has as many changes as the expected file and each has
the expected action, kind of target, target (the expected and the read target contain one another, case,
quotes and spacing aside), old text and new text (same words). A refused text is right when the import
refuses it and the reason names what it is ('brief', 'besluitenlijst', 'notulen'). Also reported: orgaan,
voorstel, indieners, considerans, toelichting, status (only when stated) and whether it builds.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from click.testing import CliRunner

import tests.test_import_real as t
from generator.cli import main as cli
from generator.errors import UserError
from generator.importer import import_file, to_yaml
from generator.word.docxtext import document_text

WORD = re.compile(r"[^\W_]+")
ACTIONS = {"vervangen_door": "vervangen", "toevoegen_na": "toevoegen", "toevoegen_voor": "toevoegen"}
BUILT: dict[str, str] = {}
REASONS = {"brief": ("brief",), "besluitenlijst": ("besluitenlijst", "notulen"), "notulen": ("notulen", "besluitenlijst")}


def words(text: Any) -> list[str]:
    return WORD.findall(str(text or "").lower())


def target_ok(got: str, want: str) -> bool:
    g, w = " ".join(words(re.sub(r"\([^)]*\)", "", got))), " ".join(words(re.sub(r"\([^)]*\)", "", want)))
    return bool(g) and (g in w or w in g) if w else not g or g == "niet genoemd"


def change_diffs(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> list[str]:
    if len(got) != len(want):
        return [f"wijzigingen: got {len(got)} want {len(want)}"]
    diffs = []
    for n, (g, w) in enumerate(zip(got, want, strict=True), 1):
        if ACTIONS.get(g.get("actie"), g.get("actie")) != w["actie"]:
            diffs.append(f"wijziging {n} actie: got {g.get('actie')} want {w['actie']}")
        if "doel_soort" in w and g.get("soort") != w["doel_soort"]:
            diffs.append(f"wijziging {n} soort: got {g.get('soort')} want {w['doel_soort']}")
        if not target_ok(g.get("doel", ""), w.get("doel") or ""):
            diffs.append(f"wijziging {n} doel: got {g.get('doel')!r} want {w.get('doel')!r}")
        for key in ("oorspronkelijk", "wordt"):
            if words(g.get(key)) != words(w.get(key)):
                diffs.append(f"wijziging {n} {key}: got {str(g.get(key))[:80]!r} want {str(w.get(key))[:80]!r}")
    return diffs


def builds(path: Path, folder: str, orgaan: str | None) -> str:
    """Imported as a griffie would (`raadsstukken import` in a project made for the expected orgaan), then built."""
    runner = CliRunner()
    here, path = Path.cwd(), path.resolve()
    with tempfile.TemporaryDirectory() as d:
        try:
            os.chdir(d)
            init = runner.invoke(cli, ["init", "--orgaan", orgaan or "zwolle"])
            if init.exit_code:
                return f"init failed: {init.output[-200:]}"
            target = Path("data") / folder / f"{path.stem}.yaml"
            target.parent.mkdir(parents=True, exist_ok=True)
            imported = runner.invoke(cli, ["import", str(path), "-o", str(target)])
            if imported.exit_code:
                return "IMPORT FAILED: " + imported.output.strip()[-300:]
            built = runner.invoke(cli, ["build", str(target)])
            if built.exit_code:
                return "BUILD FAILED: " + built.output.strip()[-300:]
            docx = Path("build") / folder / f"{path.stem}.docx"
            BUILT[path.stem] = document_text(docx.read_bytes())
            return "builds"
        finally:
            os.chdir(here)


def compare(path: Path, want: dict[str, Any]) -> tuple[list[str], dict[str, bool]]:
    facts = {"accepted": False, "refused_right": False, "target_change": False, "builds": False, "orgaan": False}
    try:
        result = import_file(path)
    except UserError as error:
        kinds = REASONS.get(str(want.get("refuse")), ())
        facts["refused_right"] = bool(kinds) and any(k in str(error).lower() for k in kinds)
        return [f"REFUSED: {str(error)[:300]}"], facts
    facts["accepted"] = True
    if want.get("refuse"):
        return [f"ACCEPTED, want refused as {want['refuse']}"], facts
    text = to_yaml(result, path.name)
    data = yaml.safe_load(text)
    diffs = []
    facts["orgaan"] = result.orgaan is not None and result.orgaan[0] == want.get("orgaan")
    if not facts["orgaan"]:
        diffs.append(f"orgaan: got {result.orgaan} want {want.get('orgaan')}")
    extern = data.get("extern") or {}
    if not target_ok(extern.get("voorstel", ""), want.get("voorstel") or ""):
        diffs.append(f"voorstel: got {extern.get('voorstel')!r} want {want.get('voorstel')!r}")
    changes = change_diffs(extern.get("wijzigingen") or [], want.get("wijzigingen") or [])
    facts["target_change"] = not changes
    diffs.extend(changes)
    got_ind = [{k: v for k, v in p.items() if k in ("naam", "fractie")} for p in data.get("indieners", [])]
    want_ind = [{k: v for k, v in p.items() if v is not None} for p in want.get("indieners", [])]
    if got_ind != want_ind:
        diffs.append(f"indieners: got {got_ind} want {want_ind}")
    for key in ("constateringen", "overwegingen") if "blokken" in want else ():
        shape = (want.get("blokken") or {}).get(key, [])
        value = data.get(key) or []
        got = [[b["kop"], str(len(b["punten"]))] for b in (value if isinstance(value, list) else [value])]
        if [[k.lower().rstrip(":"), n] for k, n in got] != [[k.lower().rstrip(":"), n] for k, n in shape]:
            diffs.append(f"{key}: got {got} want {shape}")
    if (want.get("toelichting") == "present") != bool(data.get("toelichting")):
        diffs.append(f"toelichting: got {bool(data.get('toelichting'))} want {want.get('toelichting')}")
    if data.get("status") != want.get("status"):
        diffs.append(f"status: got {data.get('status')!r} want {want.get('status')!r}")
    built = builds(path, "amendementen", want.get("orgaan"))
    facts["builds"] = built == "builds"
    diffs.append(built)
    if facts["builds"]:
        result = import_file(path, orgaan=want.get("orgaan"))
        data = yaml.load(to_yaml(result, path.name), Loader=yaml.BaseLoader)
        lost = t.lost_words(t.norm_words(path.read_text("utf-8")), t.placed_words(result, data, BUILT[path.stem]))
        facts["lost_words"] = len(lost)  # type: ignore[assignment]
        if lost:
            diffs.append(f"lost words ({len(lost)}): {lost[:20]}")
    if data.get("niet_geplaatst"):
        diffs.append(f"niet_geplaatst: {str(data['niet_geplaatst'])[:300]}")
    return diffs, facts


def main(folders: list[str]) -> None:
    totals: dict[str, int] = {}
    count = 0
    for folder in folders:
        for exp in sorted(Path(folder).glob("*.expected.yaml")):
            want = yaml.safe_load(exp.read_text("utf-8"))
            source = exp.with_name(exp.name.removesuffix(".expected.yaml") + ".txt")
            if not want.get("refuse") and want.get("soort") not in ("amendement", "subamendement"):
                if want.get("orgaan") is None:
                    continue
                built = builds(source, "moties", want["orgaan"])  # a motie: only whether it builds as imported
                totals["moties"] = totals.get("moties", 0) + 1
                totals["moties_build"] = totals.get("moties_build", 0) + int(built == "builds")
                if built != "builds":
                    print("=====", source.name, "( motie )\n  -", built)
                continue
            diffs, facts = compare(source, want)
            count += 1
            for key, value in facts.items():
                totals[key] = totals.get(key, 0) + int(value)
            print("=====", source.name, "(", "brief" if want.get("refuse") else want.get("soort"), ")")
            for diff in diffs:
                print("  -", diff)
    print("TOTALS", count, totals)


if __name__ == "__main__":
    main(sys.argv[1:])
