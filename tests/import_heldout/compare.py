"""Compare the importer with the hand-written expected files (same checks as tests/test_import_real.py, all reported).

Run: .venv/bin/python tests/import_heldout/compare.py [FOLDER]   (default: this folder; e.g. tests/import_heldout2)
"""
import json
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import tests.test_import_real as t
from generator.errors import UserError
from generator.importer import import_file, to_yaml
from tests.test_import_coverage import coverage

LABELLER = "--labeller" in sys.argv  # the learned labeller instead of the rule tables (generator/importer/labeller.py)
ARGS = [a for a in sys.argv[1:] if a != "--labeller"]
H = Path(ARGS[0]).resolve() if ARGS else Path(__file__).resolve().parent
t.REAL = H
out = {}
for exp in sorted(H.glob("*.expected.yaml")):
    name = exp.name.removesuffix(".expected.yaml")
    want = t.expected_of(name)
    if want.get("soort") in ("amendement", "subamendement") or want.get("refuse"):
        continue  # amendementen and refused texts: tests/import_heldout/compare_other.py
    diffs = []
    try:
        result = import_file(t.source_of(name), labeller=LABELLER)
    except UserError as e:
        out[name] = ["REFUSED: " + str(e)[:400]]
        continue
    data = yaml.load(to_yaml(result, name), Loader=yaml.BaseLoader)
    if result.orgaan != (want["orgaan"], want["soort_orgaan"]):
        diffs.append(f"orgaan: got {result.orgaan} want {(want['orgaan'], want['soort_orgaan'])}")
    for key in t.BLOCK_KEYS:
        shape = want.get("blokken", {}).get(key, [])
        got = t.blocks(data, key)
        w = [[t.kop(k), n] for k, n in shape if n != "0"]
        if got != w:
            diffs.append(f"{key}: got {got} want {w}")
    got_ind = t.signed(data)
    if got_ind != want.get("indieners", []):
        diffs.append(f"indieners: got {got_ind} want {want.get('indieners', [])}")
    for key in ("titel", "vergadering", "nummer", "status"):
        if key in want and data.get(key) != want[key]:
            diffs.append(f"{key}: got {data.get(key)!r} want {want[key]!r}")
    if "stemming" in want and t.stemming(data) != want["stemming"]:
        diffs.append(f"stemming: got {t.stemming(data)!r} want {want['stemming']!r}")
    for key in want.get("afwezig", []):
        if key in data and not t.is_placeholder(data[key]):
            diffs.append(f"afwezig {key} but got {data.get(key)!r}")
    try:
        with tempfile.TemporaryDirectory() as d:
            built = t.built_text(import_file(t.source_of(name), labeller=LABELLER), name, want.get("orgaan"), Path(d))
        lost = t.lost_words(t.norm_words(t.source_text(name)), t.placed_words(result, data, built))
        if lost:
            diffs.append(f"lost words ({len(lost)}): {lost[:25]}")
        with tempfile.TemporaryDirectory() as d:
            c = coverage(t.source_of(name), want.get("orgaan"), Path(d))
        diffs.append(f"coverage(in order): {c.share:.3f}; missing {c.missing[:20]}")
    except Exception as e:
        diffs.append("BUILD FAILED: " + repr(e)[:300])
    diffs.append("niet_geplaatst: " + json.dumps(data.get("niet_geplaatst", []), ensure_ascii=False)[:600])
    out[name] = diffs
FACTS = ("orgaan", "constateringen", "overwegingen", "verzoeken", "indieners", "titel", "vergadering", "nummer", "status",
         "stemming", "afwezig", "REFUSED")
exact = [k for k, v in out.items() if not any(d.startswith(FACTS) for d in v)]
lost = sum(int(d.split("(")[1].split(")")[0]) for v in out.values() for d in v if d.startswith("lost words"))
shares = [float(d.split(": ")[1].split(";")[0]) for v in out.values() for d in v if d.startswith("coverage")]
for k, v in out.items():
    print("=====", k)
    for d in v:
        print("  -", d)
print(f"SUMMARY moties {len(out)}: accepted {sum(not v[0].startswith('REFUSED') for v in out.values())}, exact on the"
      f" human counts {len(exact)}, words lost {lost}, mean coverage {sum(shares) / max(1, len(shares)):.3f}"
      f" ({'labeller' if LABELLER else 'rules'})")
