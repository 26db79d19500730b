"""LibreOffice itself: where it is, its hardened profile, and the batch converter (the fallback).

The batch converter runs one `soffice --convert-to` per batch of documents, each worker with its own
fresh profile (a shared profile lost half of the PDFs with four parallel runs), a minimal environment
and a time limit that kills its whole process group. A batch that fails is retried document by
document. It never opens a connection (`--accept`). converter.py uses it where the UNO bridge is not
available.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from generator import portable
from generator.errors import UserError

ENV_SOFFICE = "RAADSSTUKKEN_SOFFICE"
INSTALL_HINT = f"{portable.LIBREOFFICE_INSTALL} of wijs met {ENV_SOFFICE} naar het programma soffice"
WORK_PREFIX = f"raadsstukken-pdf-{os.getpid()}-"
"""Work folders carry the id of the process that made them: a killed one's are swept (build/lifetime.py)."""
# (path, property, value) written into each fresh profile's registrymodifications.xcu.
PROFILE_SETTINGS = (
    # An image linked as file:///… was embedded into the PDF without this (docs/pdf.md).
    ("org.openoffice.Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true"),
    ("org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"),  # very high
    ("org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"),
    # 0 is NEVER: the value goes straight into SetUpdateLinkMode, see sw/inc/linkenum.hxx
    # (https://github.com/LibreOffice/core/blob/master/sw/inc/linkenum.hxx); the schema's own
    # description in Writer.xcs lists the enumeration the other way round.
    ("org.openoffice.Office.Writer/Content/Update", "Link", "0"),
    ("org.openoffice.Office.Java/VirtualMachine", "Enable", "false"),
)
SUFFIXES = {"pdf": ".pdf", "odt": ".odt", "png": ".png"}


def find_soffice() -> str:
    """The LibreOffice program to run; RAADSSTUKKEN_SOFFICE overrides the search."""
    override = os.environ.get(ENV_SOFFICE)
    if override:
        if os.access(override, os.X_OK) and Path(override).is_file():
            return override
        raise UserError(f"LibreOffice niet gevonden: {ENV_SOFFICE} wijst naar {override}, "
                        "maar daar staat geen uitvoerbaar programma", INSTALL_HINT)
    if found := portable.soffice_candidates():
        return found[0]
    raise UserError("LibreOffice is niet gevonden; dat is nodig om PDF's te maken", INSTALL_HINT)


def hardened_profile(folder: Path) -> tuple[Path, Path]:
    """A fresh LibreOffice profile with the settings above, and a home folder, in `folder` (private)."""
    profile, home = folder / "profiel", folder / "home"
    (profile / "user").mkdir(parents=True)
    home.mkdir()
    (profile / "user" / "registrymodifications.xcu").write_text(registry(), encoding="utf-8")
    return profile, home


def registry() -> str:
    items = "".join(
        f'<item oor:path="/{path}"><prop oor:name="{name}" oor:op="fuse"><value>{value}</value></prop></item>\n'
        for path, name, value in PROFILE_SETTINGS)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
            'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            f"{items}</oor:items>\n")


def convert_to(fmt: str) -> str:
    """The --convert-to argument for a format (the filter and its options as the bridge sets them)."""
    from generator.pdf.converter import FILTERS

    name, options = FILTERS[fmt]
    typed = {k: {"type": "boolean" if isinstance(v, bool) else "long", "value": str(v).lower() if isinstance(v, bool) else str(v)}
             for k, v in options.items()}
    return f"{fmt}:{name}" + (f":{json.dumps(typed)}" if typed else "")


class BatchWorker:
    """One LibreOffice profile (and so one LibreOffice at a time) with its private folders."""

    def __init__(self, folder: Path, soffice: str, timeout: float) -> None:
        self.folder, self.soffice, self.timeout = folder, soffice, timeout
        self.profile, self.home = hardened_profile(folder)
        self.batches = 0

    def convert(self, batch: list[tuple[int, tuple[Path, Path]]], fmt: str) -> list[tuple[int, str | None]]:
        """Each (index, (source, target)) of the batch; a document without output after its batch is
        converted again on its own, so one bad document does not sink the others."""
        self.batches += 1
        folder = self.folder / f"groep-{self.batches}"
        (folder / "uit").mkdir(parents=True)
        inputs = {}
        for index, (source, _target) in batch:
            work = folder / f"{index:05d}.docx"  # unique names; no user text on the command line
            shutil.copyfile(source, work)
            inputs[index] = work
        failure = self._run(list(inputs.values()), folder / "uit", fmt)
        errors = {index: self._place(inputs[index], folder / "uit", target, fmt, failure) for index, (_s, target) in batch}
        for index, (_source, target) in batch:
            if errors[index] is not None and len(batch) > 1:
                errors[index] = self._place(inputs[index], folder / "uit", target, fmt,
                                            self._run([inputs[index]], folder / "uit", fmt))
        return list(errors.items())

    def _place(self, work: Path, out: Path, target: Path, fmt: str, failure: str) -> str | None:
        made = out / (work.stem + SUFFIXES[fmt])
        try:
            with made.open("rb") as handle:
                head = handle.read(5)
        except OSError:
            return failure
        if fmt == "pdf" and head != b"%PDF-":
            return failure
        shutil.move(made, target)
        return None

    def _run(self, files: list[Path], out: Path, fmt: str) -> str:
        """Run one soffice over files; the reason a document may be missing afterwards."""
        from generator.portable import run_killable

        command = [self.soffice, f"-env:UserInstallation={self.profile.as_uri()}", "--headless",
                   "--invisible", "--nodefault", "--nolockcheck", "--nologo", "--norestore",
                   "--convert-to", convert_to(fmt), "--outdir", str(out), *map(str, files)]
        env = portable.child_environment(HOME=str(self.home), LANG="C.UTF-8", LC_ALL="C.UTF-8")
        try:
            code, stdout, stderr = run_killable(command, env=env, timeout=self.timeout)
        except OSError as exc:
            return f"LibreOffice kon niet worden gestart ({exc.strerror})"
        if code is None:
            return f"LibreOffice was na {self.timeout:g} s niet klaar en is gestopt"
        if b"could not be loaded" in stdout + stderr:
            return "LibreOffice kon het document niet openen (beschadigd of geen Word-document)"
        word = {"pdf": "PDF", "odt": "ODT", "png": "afbeelding"}[fmt]
        return f"LibreOffice stopte met code {code} zonder {word}" if code else f"LibreOffice maakte geen {word}"
