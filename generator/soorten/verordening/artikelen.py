"""Verordening data + model → articles ready to number: local choices filled in, every text located.

Shared by the verordening and the wijzigingsverordening. A text taken from the model is reported at
the verordening entry that takes it, naming the model file and line, since that is where the fix
usually is (take the referenced article too, or refer to it under `bestaand:`).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import Issue, ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.loading.reader import Document, Path_
from generator.soorten.model import model as modellen
from generator.soorten.model.model import CHOICE, ModelVerordening
from generator.soorten.verordening import references as ref


def load_model(project: Project, loaded: Loaded) -> Loaded | None:
    """The model file the verordening names under `model:` (path from data/), or None."""
    name = loaded.model.model
    if name is None:
        return None
    candidates = [project.reference(loaded, ("model",), base / name) for base in (project.data_dir, loaded.path.parent)]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        known = sorted(display_path(p, project.data_dir) for p in (project.data_dir / "modellen").glob("*.yaml"))
        guess = difflib.get_close_matches(name, known, n=1)
        hint = f"bedoelt u '{guess[0]}'?" if guess else f"geef het pad vanaf data/, bijvoorbeeld {known[0] if known else 'modellen/<naam>.yaml'}"
        raise ValidationFailed([loaded.doc.issue(("model",), f"modelbestand '{name}' bestaat niet", hint)])
    model = project.load(path)
    if not isinstance(model.model, ModelVerordening):
        raise ValidationFailed([loaded.doc.issue(("model",), f"'{name}' is geen model",
                                                 "een modelbestand begint met 'soort: model'")])
    return model


@dataclass
class Assembler:
    doc: Document
    model: Loaded | None
    keuzes: dict[str, str]
    issues: list[Issue] = field(default_factory=list)

    @classmethod
    def of(cls, loaded: Loaded, model: Loaded | None) -> Assembler:
        assembler = cls(loaded.doc, model, dict(loaded.model.keuzes))
        assembler.check_choices()
        return assembler

    def check_choices(self) -> None:
        known = list(self.model.model.keuzes) if self.model else []
        for name in self.keuzes:
            if name not in known:
                guess = difflib.get_close_matches(name, known, n=1)
                hint = f"bedoelt u '{guess[0]}'?" if guess else (
                    f"het model kent: {', '.join(known)}" if known else "het model vraagt geen keuzes; verwijder deze")
                self.issues.append(self.doc.issue(("keuzes", name), f"onbekende keuze '{name}'", hint, key=True))

    def local(self, loc: Path_) -> ref.Report:
        return lambda message, hint: self.doc.issue(loc, message, hint)

    def from_model(self, entry: Path_, model_loc: Path_) -> ref.Report:
        assert self.model is not None
        line = self.model.doc.position(model_loc)[0]
        where = f"{self.model.doc.name}:{line}"
        return lambda message, hint: self.doc.issue(entry, f"{message} (in de modeltekst, {where})", hint)

    def fill(self, text: str, report: ref.Report) -> str:
        """`{toegang}` → the verordening's choice, or the model's default."""

        def choice(match: Any) -> str:
            name = match.group(1)
            if name in self.keuzes:
                return self.keuzes[name]
            keuze = self.model.model.keuzes.get(name) if self.model else None
            if keuze and keuze.standaard:
                return keuze.standaard
            vraag = f" ({keuze.vraag})" if keuze else ""
            self.issues.append(report(f"de keuze '{name}' is niet gemaakt{vraag}", f"voeg onder 'keuzes:' toe: {name}: <tekst>"))
            return match.group(0)

        return CHOICE.sub(choice, text)

    def model_article(self, label: str, loc: Path_) -> tuple[int, modellen.Artikel] | None:
        if self.model is None:
            self.issues.append(self.doc.issue(loc, f"'uit_model: {label}' maar er is geen model opgegeven",
                                              "voeg bovenaan 'model:' toe met het pad van het modelbestand"))
            return None
        labels = [a.label for a in self.model.model.artikelen]
        if label not in labels:
            guess = difflib.get_close_matches(label, labels, n=1)
            hint = f"bedoelt u '{guess[0]}'?" if guess else f"het model kent: {', '.join(labels)}"
            self.issues.append(self.doc.issue(loc, f"het model kent geen artikel '{label}'", hint))
            return None
        index = labels.index(label)
        return index, self.model.model.artikelen[index]

    def lid(self, lid: modellen.Lid, report_at: Any) -> ref.Lid:
        """`report_at(suffix)` gives the Report for a text inside this lid."""
        onderdelen = [ref.Onderdeel(self.fill(o.tekst, report_at(("onderdelen", i, "tekst"))),
                                    report_at(("onderdelen", i, "tekst")), o.label, o.begrip)
                      for i, o in enumerate(lid.onderdelen)]
        report = report_at(("tekst",))
        return ref.Lid(self.fill(lid.tekst, report), report, lid.label, onderdelen, lid.bepaling)

    def model_lid(self, index: int, number: int, lid: modellen.Lid, entry: Path_) -> ref.Lid:
        base = ("artikelen", index, "leden", number)
        return self.lid(lid, lambda suffix: self.from_model(entry, (*base, *suffix)))

    def local_lid(self, loc: Path_, lid: modellen.Lid) -> ref.Lid:
        return self.lid(lid, lambda suffix: self.local((*loc, *suffix)))

    def artikel(self, artikel: Any, loc: Path_) -> ref.Artikel | None:
        """A verordening article (models.verordening.Artikel) at `loc` → a numberable article."""
        leden: list[ref.Lid] = []
        toelichting: list[tuple[Any, ref.Report]] = []
        label, titel = artikel.label, artikel.titel
        if artikel.uit_model:
            entry = (*loc, "uit_model")
            found = self.model_article(artikel.uit_model, entry)
            if found is None:
                return None
            index, source = found
            label, titel = label or source.label, titel or source.titel
            if artikel.leden is None:
                leden = [self.model_lid(index, i, lid, entry) for i, lid in enumerate(source.leden)]
            toelichting = [(a, self.from_model(entry, ("artikelen", index, "toelichting", i)))
                           for i, a in enumerate(source.toelichting)]
        leden += [self.local_lid((*loc, "leden", i), lid) for i, lid in enumerate(artikel.leden or [])]
        leden += [self.local_lid((*loc, "extra_leden", i), lid) for i, lid in enumerate(artikel.extra_leden)]
        toelichting += [(a, self.local((*loc, "toelichting", i))) for i, a in enumerate(artikel.toelichting)]
        return ref.Artikel(label, self.fill(titel, self.local(loc)), leden, self.local(loc), toelichting=toelichting)

    def general(self, raad: Any) -> list[tuple[Any, ref.Report]]:
        """Algemene toelichting: the model's (unless switched off), then the verordening's own."""
        found: list[tuple[Any, ref.Report]] = []
        if self.model and raad.model_toelichting:
            model_doc = self.model.doc
            found += [(a, lambda m, h, i=i: model_doc.issue(("toelichting", i), m, h))  # type: ignore[misc]
                      for i, a in enumerate(self.model.model.toelichting)]
        found += [(a, self.local(("toelichting", i))) for i, a in enumerate(raad.toelichting)]
        return found

    def raise_issues(self) -> None:
        if self.issues:
            raise ValidationFailed(list(dict.fromkeys(self.issues)))


def resolve_article(artikel: ref.Artikel, targets: dict[str, ref.Target], issues: list[Issue],
                    missing: str | None = None) -> None:
    """Write out every reference in the article's leden and onderdelen, relative to itself."""
    for lid in artikel.leden:
        lid.tekst = ref.resolve(lid.tekst, targets, lid.report, artikel.nummer, issues, missing)
        for onderdeel in lid.onderdelen:
            onderdeel.tekst = ref.resolve(onderdeel.tekst, targets, onderdeel.report, artikel.nummer, issues, missing)


def alinea(item: tuple[Any, ref.Report], targets: dict[str, ref.Target], issues: list[Issue],
           missing: str | None = None) -> dict[str, Any]:
    """Toelichting paragraph → context; a quote stays word for word (law text is never rewritten)."""
    value, report = item
    if isinstance(value, modellen.Citaat):
        return {"tekst": "", "citaat": value.citaat.splitlines(), "bron": value.bron.vermelding()}
    return {"tekst": ref.resolve(value, targets, report, None, issues, missing), "citaat": [], "bron": ""}


def model_inputs(model: Loaded | None) -> list[Path]:
    return [model.path] if model else []
