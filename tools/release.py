"""The release steps, one command each, run by .github/workflows/release.yml on Linux, macOS and
Windows and by tests/test_release.py here:

    python tools/release.py dist [--uit dist] [--tag v0.1.0]
        sdist and wheel from this checkout (python -m build), checked with twine check; with --tag
        the version must be the tag's.
    python tools/release.py smoke dist [--voorbeelden data]
        the wheel in dist/ installed in a fresh virtual environment; in an empty folder init, nieuw,
        build, check --streng (which must refuse the starter's example texts) and doctor; with
        --voorbeelden every sample built from a copy in another empty folder, and check --streng.
    python tools/release.py libreoffice
        LibreOffice for the test suite: nothing when it is found, else the platform's package manager.

Exit 0 when every step did what it should; each step prints one line.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WINDOWS = sys.platform == "win32"
ORGAAN = "gemeente-utrecht"
STARTER = "data/moties/2026-01-26-speeltuinen.yaml"


class Failed(Exception):
    pass


def run(command: list[str], *, cwd: Path | None = None, expect: int = 0, says: str = "", timeout: float = 900) -> str:
    """Run one step; its output when it exits `expect` and prints `says`, else Failed with both."""
    done = subprocess.run(command, check=False, cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=timeout)
    output = done.stdout + done.stderr
    shown = " ".join(Path(part).name if index == 0 else part for index, part in enumerate(command))
    if done.returncode != expect or says not in output:
        raise Failed(f"{shown}: exit {done.returncode} (verwacht {expect}){f', zonder {says!r}' if says not in output else ''}\n{output}")
    print(f"in orde: {shown}", flush=True)
    return output


def dist(out: Path, tag: str | None) -> list[Path]:
    run([sys.executable, "-m", "pip", "install", "-q", "build>=1.2", "twine>=6"])
    shutil.rmtree(out, ignore_errors=True)
    run([sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), str(REPO)])
    made = sorted(out.glob("raadsstukken-*"))
    if len(made) != 2:
        raise Failed(f"verwacht een sdist en een wheel in {out}, gevonden: {[p.name for p in made]}")
    run([sys.executable, "-m", "twine", "check", "--strict", *map(str, made)], says="PASSED")
    if tag:
        version = made[0].name.split("-")[1].removesuffix(".tar.gz")
        if tag.removeprefix("v") != version:
            raise Failed(f"de tag {tag} is niet de versie {version} (generator/__init__.py)")
    return made


def smoke(folder: Path, samples: Path | None) -> None:
    wheels = sorted(folder.glob("raadsstukken-*.whl")) if folder.is_dir() else [folder]
    if len(wheels) != 1:
        raise Failed(f"verwacht één wheel in {folder}, gevonden: {[p.name for p in wheels]}")
    with tempfile.TemporaryDirectory(prefix="raadsstukken-smoke-") as temporary:
        root = Path(temporary)
        run([sys.executable, "-m", "venv", str(root / "venv")])
        bin_ = root / "venv" / ("Scripts" if WINDOWS else "bin")
        run([str(bin_ / "python"), "-m", "pip", "install", "-q", str(wheels[0].resolve())])
        tool = str(bin_ / "raadsstukken")
        empty = root / "griffie"
        empty.mkdir()
        run([tool, "init", "--orgaan", ORGAAN], cwd=empty, says="Project voor gemeente Utrecht gemaakt.")
        run([tool, "nieuw", "motie", STARTER], cwd=empty, says=f"geschreven: {STARTER}")
        run([tool, "build"], cwd=empty, says="0 fout")
        run([tool, "check", "--streng"], cwd=empty, expect=1, says="is de voorbeeldtekst uit het startbestand")
        run([tool, "doctor"], cwd=empty, says="Alles voor build en check is aanwezig")
        if samples:
            project = root / "voorbeelden"
            shutil.copytree(samples, project / "data")
            run([tool, "build"], cwd=project, says="0 fout")
            built = sorted((project / "build").rglob("*.docx"))
            if len(built) < 20:
                raise Failed(f"maar {len(built)} voorbeelden gebouwd")
            run([tool, "check", "--streng"], cwd=project, says="Geen fouten gevonden.")
            print(f"in orde: {len(built)} voorbeelden gebouwd", flush=True)


def libreoffice() -> None:
    sys.path.insert(0, str(REPO))
    from generator import portable

    if found := portable.soffice_candidates():
        print(f"in orde: LibreOffice staat er al ({found[0]})", flush=True)
        return
    if WINDOWS:
        run(["choco", "install", "libreoffice-fresh", "-y", "--no-progress"], timeout=1800)
    elif sys.platform == "darwin":
        run(["brew", "install", "--cask", "libreoffice"], timeout=1800)
    else:
        run(["sudo", "apt-get", "install", "-y", "-qq", "--no-install-recommends", "libreoffice-writer-nogui", "fonts-liberation2"],
            timeout=1800)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/release.py", description=__doc__.split("\n\n")[0])
    steps = parser.add_subparsers(dest="step", required=True)
    made = steps.add_parser("dist")
    made.add_argument("--uit", type=Path, default=REPO / "dist")
    made.add_argument("--tag")
    tried = steps.add_parser("smoke")
    tried.add_argument("wheel", type=Path)
    tried.add_argument("--voorbeelden", type=Path)
    steps.add_parser("libreoffice")
    args = parser.parse_args(argv)
    try:
        if args.step == "dist":
            dist(args.uit, args.tag)
        elif args.step == "smoke":
            smoke(args.wheel, args.voorbeelden)
        else:
            libreoffice()
    except Failed as exc:
        print(f"FOUT: {exc}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
