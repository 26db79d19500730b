"""`raadsstukken init`: a griffie's own project folder for one orgaan (or several) of the register.

The plan (path → text) is computed first and written only when the folder holds no project yet,
so `init` twice changes nothing. The JSON Schemas are copied into the project and mapped in
.vscode/settings.json, so completion works without a path into site-packages.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from generator.errors import UsageError
from generator.files import Unreadable, read_regular
from generator.organen import names
from generator.organen.forms import Orgaan
from generator.soorten.registry import BUILTIN, Registry

PROJECT_FILE = "raadsstukken.yaml"
CI = {"github": ".github/workflows/documenten.yml", "gitlab": ".gitlab-ci.yml"}


def choose(name: str) -> Orgaan:
    """The one orgaan `name` means; none or several is a usage error listing what there is."""
    found = names.find(name)
    current = [o for o in found if o.opgeheven is None]
    if len(current) == 1 or len(found) == 1:
        return (current or found)[0]
    if not found:
        guess = names.suggestions(name)
        raise UsageError(f"onbekend orgaan '{name}'", f"bedoelt u {names.either(guess)}?" if guess else
                         "geef de naam, afkorting of id van een gemeente, provincie, waterschap of Kamer, "
                         "bijvoorbeeld Zwolle, HDSR of tweede-kamer")
    choices = current or found
    raise UsageError(f"'{name}' is niet eenduidig: {'; '.join(o.label for o in choices)}",
                     f"kies met de id, bijvoorbeeld --orgaan {choices[0].id}")


def existing(root: Path) -> Path | None:
    """What shows that `root` already holds a project (its project file, or a data/ folder)."""
    for marker in (root / PROJECT_FILE, root / "data"):
        if marker.exists():
            return marker
    return None


def plan(organen: list[Orgaan], ci: str | None, registry: Registry = BUILTIN) -> dict[str, str]:
    files = {PROJECT_FILE: project_file(organen), ".gitignore": "build/\n", "README.md": readme(organen, ci, registry)}
    for orgaan in organen:
        files[f"data/gemeenten/{orgaan.id}.yaml"] = profile(orgaan)
    for folder in folders(organen, registry):
        files[f"data/{folder}/.gitkeep"] = ""
    files.update(schemas(registry))
    if ci:
        files[CI[ci]] = resources.files("generator.organen").joinpath("ci", f"{ci}.yml").read_text("utf-8")
    return files


def folders(organen: list[Orgaan], registry: Registry) -> list[str]:
    """The data folders of the document soorten these organen make, in the order of the soorten."""
    made = [s for s in registry.of_kind("document") if any(not s.refusal(o.id, o.kind) for o in organen)]
    return list(dict.fromkeys(s.data_folder for s in made))


def schemas(registry: Registry) -> dict[str, str]:
    """Each soort's JSON Schema, and .vscode/settings.json mapping them onto the soort's data folder; a folder
    two soorten share (verordeningen) gets a schema that accepts either, told apart by `soort:`."""
    files: dict[str, str] = {}
    by_folder: dict[str, list[str]] = {}
    for soort in registry:
        if soort.schema:
            files[f"schemas/{soort.name}.schema.json"] = soort.schema_path.read_text("utf-8")
            by_folder.setdefault(soort.data_folder, []).append(soort.name)
    mapping: dict[str, list[str]] = {}
    for folder, soorten in sorted(by_folder.items()):
        schema = f"schemas/{soorten[0]}.schema.json"
        if len(soorten) > 1:
            schema = f"schemas/map-{folder}.schema.json"
            files[schema] = json.dumps({"$schema": "https://json-schema.org/draft/2020-12/schema",
                                        "oneOf": [{"$ref": f"./{name}.schema.json"} for name in soorten]}, indent=2) + "\n"
        mapping[f"./{schema}"] = [f"data/{folder}/**/*.yaml"]
    files[".vscode/settings.json"] = json.dumps({"yaml.schemas": mapping}, indent=2, ensure_ascii=False) + "\n"
    return files


def project_file(organen: list[Orgaan]) -> str:
    lines = ["# Dit project van raadsstukken. `raadsstukken nieuw` schrijft dit orgaan in nieuwe bestanden.",
             f"orgaan: {organen[0].id}                # {organen[0].full_name}"]
    if len(organen) > 1:
        lines.append("organen: [" + ", ".join(o.id for o in organen) + "]")
    return "\n".join(lines) + "\n"


def profile(orgaan: Orgaan) -> str:
    """The profile with only the name; people and huisstijl are left for the griffie to add. Every kind's
    profile says `soort: gemeente` (the file format); its comments speak of the orgaan's own offices."""
    chair = "burgemeester" if orgaan.kind == "gemeente" else "voorzitter"
    words = {key: orgaan.word(rol) for key, rol in ((chair, "voorzitter"), ("secretaris", "secretaris"), ("griffier", "griffier"))}
    offices = "".join(f"# {key}: …   # de {word}\n" for key, word in words.items()
                      if word and list(words.values()).index(word) == list(words).index(key))
    return (f"# Profiel van {orgaan.full_name}. De vormen (aanhef, wie verzocht wordt, ondertekening) komen\n"
            "# uit het ingebouwde register; voeg hier namen of een huisstijl toe als u die wilt gebruiken.\n"
            "soort: gemeente\n"
            f"naam: {json.dumps(orgaan.name, ensure_ascii=False)}\n"
            f"{offices}"
            "# huisstijl:\n#   templates: huisstijl/\n#   logo: huisstijl/logo.png\n")


def readme(organen: list[Orgaan], ci: str | None, registry: Registry = BUILTIN) -> str:
    names = ", ".join(o.full_name for o in organen)
    made = ", ".join(f"`data/{folder}/`" for folder in folders(organen, registry))
    text = (f"# Raadsstukken van {names}\n\n"
            "Documenten als Word-bestanden uit de YAML-bestanden in `data/`.\n\n"
            "```sh\nraadsstukken nieuw motie data/moties/2026-01-26-onderwerp.yaml   # een toegelicht startbestand\n"
            "raadsstukken check                                               # controleren, niets schrijven\n"
            "raadsstukken build                                               # documenten in build/\n```\n\n"
            f"- {made}: de gegevens, één bestand per document.\n"
            f"- `data/gemeenten/{organen[0].id}.yaml`: het profiel (namen, huisstijl); mag leeg blijven.\n"
            "- `schemas/` en `.vscode/settings.json`: aanvulling en foutmeldingen tijdens het typen in VS Code\n"
            "  (met de YAML-uitbreiding van Red Hat).\n"
            "- `build/` wordt niet in git bewaard (`.gitignore`).\n")
    if ci:
        text += f"- `{CI[ci]}`: CI die bij elke wijziging controleert en de documenten maakt.\n"
    return text


def write(root: Path, organen: list[Orgaan], ci: str | None) -> list[Path]:
    from generator.files import write_bytes

    written = []
    for name, text in plan(organen, ci).items():
        path = root / name
        write_bytes(path, text.encode("utf-8"), replace=False)
        written.append(path)
    return written


def project_orgaan(root: Path) -> str | None:
    """The `orgaan:` of the project file in `root`, if there is one."""
    path = root / PROJECT_FILE
    if not path.is_file():
        return None
    try:
        text = read_regular(path, 1024 * 1024).decode("utf-8", "replace")
    except Unreadable:
        return None
    for line in text.splitlines():
        if line.startswith("orgaan:"):
            return line.split(":", 1)[1].split("#", 1)[0].strip() or None
    return None
