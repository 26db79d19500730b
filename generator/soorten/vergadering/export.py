"""A vergadering as open data: JSON in the model of the VNG's ODS Open Raadsinformatie API, validated.

The export holds, per collection of that API (`vergaderingen`, `agendapunten`, `stemmingen`, `stemmen`,
`stemresultatenperfractie`, `besluiten`, `informatieobjecten`, `indieners`, `fracties`,
`fractielidmaatschappen`, `natuurlijkpersonen`, `aanwezigedeelnemers`), the objects as the API returns them;
every object is validated against its component of the published specification (ods/openapi.yaml,
version 2.0.0-beta.4) with openapi-schema-validator, which reads OpenAPI 3.0's own keywords (`nullable`)
that plain JSON Schema does not. The ids are stable (from the file names); the urls start with `basis`,
the address where the griffie publishes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from generator.errors import Issue, UserError, ValidationFailed, display_path
from generator.loading.project import Loaded, Project
from generator.organen.register import slug
from generator.soorten.vergadering import context as c
from generator.soorten.vergadering.document import oordeel_van
from generator.soorten.vergadering.index import Oordeel, reference
from generator.soorten.vergadering.telling import Telling

COMPONENTS = {"vergaderingen": "Vergadering", "agendapunten": "Agendapunt", "stemmingen": "Stemming", "stemmen": "Stem",
              "stemresultatenperfractie": "StemresultaatPerFractie", "besluiten": "Besluit",
              "informatieobjecten": "InformatieObject", "indieners": "Indiener", "fracties": "Fractie",
              "fractielidmaatschappen": "FractieLidmaatschap", "natuurlijkpersonen": "NatuurlijkPersoon",
              "aanwezigedeelnemers": "AanwezigeDeelnemer"}
TYPE = {"gemeente": "raadsvergadering", "provincie": "statenvergadering", "waterschap": "algemene_bestuursvergadering"}
LID = {"gemeente": "raadslid", "provincie": "statenlid", "waterschap": "algemeen_bestuurslid"}
SOORT_TYPE = {"motie": "motie", "amendement": "amendement", "subamendement": "amendement", "raadsvoorstel": "voorstel",
              "afdoeningsbrief": "ingekomen_stuk"}
TIMEZONE = "Europe/Amsterdam"


def default_basis(orgaan_id: str) -> str:
    """Where the objects live until the griffie says where it publishes them: a URN, not a made-up web address."""
    return f"urn:raadsstukken:{orgaan_id}:"


def ident(*parts: str) -> str:
    """An id of at most 40 characters (the API's limit), readable where it fits, stable always."""
    text = slug("-".join(p for p in parts if p))
    if len(text) <= 40:
        return text
    return f"{text[:27]}-{hashlib.sha1(text.encode()).hexdigest()[:12]}"


class Export:
    """The objects of one vergadering, collection by collection."""

    def __init__(self, project: Project, oordeel: Oordeel, basis: str) -> None:
        self.project, self.oordeel, self.basis = project, oordeel, basis
        self.data: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in COMPONENTS}
        orgaan: Any = oordeel.orgaan
        self.kind = orgaan.kind
        self.orgaan = organisatie(orgaan)
        self.key = ident(oordeel.loaded.path.stem)

    def ref(self, collection: str, key: str) -> dict[str, str]:
        return {"id": key, "url": f"{self.basis}{collection}/{key}"}

    def add(self, collection: str, key: str, fields: dict[str, Any]) -> dict[str, str]:
        ref = self.ref(collection, key)
        self.data[collection].setdefault(key, {**ref, **{k: v for k, v in fields.items() if v not in (None, "", [])}})
        return ref

    def result(self) -> dict[str, list[dict[str, Any]]]:
        return {name: list(objects.values()) for name, objects in self.data.items()}


def organisatie(orgaan: Any) -> dict[str, Any]:
    """The ODS field that names the orgaan: gemeente (CBS code), provincie (the spec's own spelling), waterschap."""
    if orgaan.kind == "gemeente":
        return {"gemeente": {"gemeentecode": orgaan.cbs_code or "", "gemeentenaam": orgaan.name}}
    if orgaan.kind == "provincie":
        name = {"overijssel": "overijsel", "fryslan": "friesland"}.get(slug(orgaan.name), slug(orgaan.name))
        return {"provincie": name.replace("-", "_")}
    if orgaan.kind == "waterschap":
        from generator.organen.register import _rows

        code = next((r["ws_code"] for r in _rows("waterschappen.csv") if r["naam"] == orgaan.name), "")
        return {"waterschap": {"waterschapcode": code, "waterschapnaam": orgaan.name}}
    raise UserError(f"het ODS-model kent geen vergaderingen van de {orgaan.name}",
                    "ODS Open Raadsinformatie is er voor gemeenten, provincies en waterschappen (VergaderingsType)")


def export(project: Project, loaded: Loaded, basis: str | None = None) -> dict[str, list[dict[str, Any]]]:
    oordeel = oordeel_van(project, loaded)
    made = Export(project, oordeel, basis or default_basis(oordeel.loaded.model.orgaan))
    vergadering(made)
    leden(made)
    for p in range(len(oordeel.loaded.model.agenda)):
        agendapunt(made, p)
    return made.result()


def moment(datum: dt.date, tijd: str | None) -> str | None:
    """"2025-03-10T19:30:00+01:00": the time in the Netherlands on that day."""
    if not tijd:
        return None
    hour, minute = (int(x) for x in tijd.split(":"))
    return dt.datetime(datum.year, datum.month, datum.day, hour, minute, tzinfo=ZoneInfo(TIMEZONE)).isoformat()


def vergadering(made: Export) -> None:
    model = made.oordeel.loaded.model
    kop = c.kop(model, made.oordeel.orgaan)
    made.add("vergaderingen", made.key, {
        "vergaderingstype": model.vergadering if model.vergadering in TYPE.values() or model.vergadering == "commissievergadering"
        else TYPE[made.kind], "naam": kop[:100], "vergaderdatum": model.datum.isoformat(),
        "aanvangVergadering": moment(model.datum, model.aanvang), "eindeVergadering": moment(model.datum, model.einde),
        "locatie": (model.plaats or "")[:100], "status": model.status or ("gehouden" if model.gehouden else "gepland"),
        "agendapunten": [made.ref("agendapunten", ident(made.key, p.nummer))["url"] for p in model.agenda],
        **made.orgaan})


def leden(made: Export) -> None:
    """The fracties, their members on the date, and who was present."""
    s = made.oordeel.samenstelling
    model = made.oordeel.loaded.model
    absent = {a.naam for a in model.afwezigen}
    for fractie in s.fracties:
        made.add("fracties", ident(fractie), {"fractienaam": fractie[:100], **made.orgaan})
    for naam, seats in s.leden.items():
        person = persoon(made, naam)
        for seat in seats:
            made.add("fractielidmaatschappen", ident(seat.fractie, naam), {
                "indicatieVoorzitter": seat.voorzitter, "natuurlijkPersoon": person,
                "fractie": made.ref("fracties", ident(seat.fractie))})
        if naam not in absent:
            made.add("aanwezigedeelnemers", ident(made.key, naam), {
                "natuurlijkPersoon": person, "vergadering": made.ref("vergaderingen", made.key), "rolnaam": LID[made.kind]})


def persoon(made: Export, naam: str) -> dict[str, str]:
    """"A. Voorbeeld": voorletters and achternaam, as the profile writes the name."""
    match = re.fullmatch(r"((?:[A-Z][a-z]*\.)+)\s+(.+)", naam)
    name = {"achternaam": match.group(2)[:200], "voorletters": match.group(1)[:20]} if match else {"achternaam": naam[:200]}
    return made.add("natuurlijkpersonen", ident(naam), {"naamNatuurlijkPersoon": {**name, "volledigeNaam": naam[:300]},
                                                        "functie": LID[made.kind]})


def agendapunt(made: Export, p: int) -> None:
    oordeel = made.oordeel
    model = oordeel.loaded.model
    punt = model.agenda[p]
    key = ident(made.key, punt.nummer)
    ref = made.ref("agendapunten", key)
    titel = c.punt_titel(made.project, oordeel, p, punt)
    objecten = [stuk(made, path, ref) for i in range(len(punt.stukken)) if (path := oordeel.stukken.get((p, i)))]
    objecten += [ingekomen(made, p, i, ref) for i in range(len(punt.ingekomen))]
    stemmingen = [stemming(made, b, ref) for b in oordeel.besluiten if b.agendapunt == p]
    made.add("agendapunten", key, {
        "vergadering": made.ref("vergaderingen", made.key), "agendapuntKenmerk": punt.nummer[:20],
        "agendapuntvolgnummer": str(p + 1)[:3], "agendapuntTitel": titel[:100],
        "agendapuntOmschrijving": titel if len(titel) > 100 else punt.toelichting,
        "indicatieHamerstuk": punt.hamerstuk, "indicatorBehandeld": model.gehouden,
        "informatieobjecten": [o["url"] for o in objecten], "stemmingen": [s["url"] for s in stemmingen if s], **made.orgaan})
    for i, toezegging in enumerate(punt.toezeggingen):
        made.add("informatieobjecten", ident(key, "toezegging", str(i + 1)), {
            "informatieobjecttype": "toezegging", "titel": toezegging.wat[:200], "auteur": toezegging.wie[:200],
            "omschrijving": f"uiterlijk {toezegging.termijn.isoformat()}" if toezegging.termijn else None,
            "agendapunten": [ref], "vergaderingen": [made.ref("vergaderingen", made.key)], **made.orgaan})


def stuk(made: Export, path: Path, agendapunt_ref: dict[str, str]) -> dict[str, str]:
    named = c.stuk(made.project, path, made.oordeel.orgaan)
    model: Any = named.loaded.model if named.loaded else None
    soort = getattr(model, "soort", "")
    key = ident(path.stem)
    related: dict[str, Any] | None = None
    if soort in ("amendement", "subamendement"):
        target_key, rol = ("amendement", "hoofd_amendement") if soort == "subamendement" else ("voorstel", "voorstel")
        target = getattr(model, target_key, None)
        found = reference(made.project, named.loaded, (target_key,), target) if target and named.loaded else None
        if found:
            related = {"informatieobject": made.ref("informatieobjecten", ident(found.stem)), "rol": rol}
    ref = made.add("informatieobjecten", key, {
        "informatieobjecttype": SOORT_TYPE.get(soort, "besluitvormingsstuk"),
        "titel": f"{named.label}: {named.titel}"[:200] if named.titel else named.label[:200],
        "datumIngediend": model.vergadering.isoformat() if soort in ("motie", "amendement", "subamendement")
        and model.vergadering else None,
        "motietype": ("vreemd" if model.vreemd_aan_de_orde else "overig") if soort == "motie" else None,
        "gerelateerdInformatieobject": related, "agendapunten": [agendapunt_ref],
        "vergaderingen": [made.ref("vergaderingen", made.key)], **made.orgaan})
    for n, indiener in enumerate(getattr(model, "indieners", []) or []):
        made.add("indieners", ident(key, str(n + 1)), {"informatieobject": ref, "naam": indiener.naam[:200]})
    return ref


def ingekomen(made: Export, p: int, i: int, agendapunt_ref: dict[str, str]) -> dict[str, str]:
    oordeel = made.oordeel
    item = oordeel.loaded.model.agenda[p].ingekomen[i]
    if item.stuk:
        path = reference(made.project, oordeel.loaded, ("agenda", p, "ingekomen", i, "stuk"), item.stuk)
        if path is not None:
            return stuk(made, path, agendapunt_ref)
    return made.add("informatieobjecten", ident(agendapunt_ref["id"], "ingekomen", str(i + 1)), {
        "informatieobjecttype": "ingekomen_stuk", "titel": (item.titel or item.stuk or "")[:200],
        "auteur": (item.afzender or "")[:200], "datumIngediend": item.datum.isoformat() if item.datum else None,
        "agendapunten": [agendapunt_ref], "vergaderingen": [made.ref("vergaderingen", made.key)], **made.orgaan})


def stemming(made: Export, besluit: Any, agendapunt_ref: dict[str, str]) -> dict[str, str] | None:
    """The vote on one stuk (none without a vote: an outcome or a hamerstuk is a besluit only), its votes per member
    and per fractie, and the besluit."""
    telling: Telling = besluit.telling
    key = ident(made.key, besluit.stuk.stem)
    stuk_ref = made.ref("informatieobjecten", ident(besluit.stuk.stem))
    besluit_ref = made.add("besluiten", key, {"besluitresultaat": c.uitslag(telling)[:200],
                                             "besluittoelichting": telling.staking[:200] or None})
    if not telling.geteld and telling.wijze != "algemene_stemmen":
        return None
    ref = made.ref("stemmingen", key)
    stemmen = [stem(made, ref, naam, keuze) for naam, keuze in (
        *((n, "voor") for n in telling.leden_voor), *((n, "tegen") for n in telling.leden_tegen),
        *((n, "afwezig") for n in telling.afwezig if n not in {a.naam for a in made.oordeel.loaded.model.afwezigen}))]
    for row in telling.fracties:
        made.add("stemresultatenperfractie", ident(key, row.fractie), {
            "fractie": made.ref("fracties", ident(row.fractie)), "stemming": ref,
            "fractiestemresultaat": {"voor": "aangenomen", "tegen": "verworpen"}.get(row.stem, "verdeeld")})
    result = "gelijk" if telling.staking else ("voor" if telling.status == "aangenomen" else "tegen")
    return made.add("stemmingen", key, {
        "agendapunt": agendapunt_ref, "stemmingstype": "hoofdelijk" if telling.wijze == "hoofdelijk" else "regulier",
        "resultaatMondelingeStemming": result, "informatieobject": stuk_ref, "besluit": besluit_ref,
        "stemmen": [s["url"] for s in stemmen]})


def stem(made: Export, stemming_ref: dict[str, str], naam: str, keuze: str) -> dict[str, str]:
    return made.add("stemmen", ident(stemming_ref["id"], naam), {
        "aanwezigeDeelnemer": made.ref("aanwezigedeelnemers", ident(made.key, naam)), "stemming": stemming_ref,
        "keuzeStemming": keuze})


@lru_cache(maxsize=1)
def specification() -> dict[str, Any]:
    import yaml

    text = resources.files("generator.soorten.vergadering").joinpath("ods", "openapi.yaml").read_text("utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # type: ignore[no-any-return]


def problems(exported: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Every object checked against its component of the specification: "stemmingen[3].stemmingstype: …"."""
    from openapi_schema_validator import OAS30Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    spec = specification()
    registry = Registry().with_resource("urn:ods", Resource.from_contents(spec, default_specification=DRAFT4))
    found = []
    for collection, objects in exported.items():
        schema = {"$ref": f"urn:ods#/components/schemas/{COMPONENTS[collection]}"}
        validator = OAS30Validator(schema, registry=registry, format_checker=OAS30Validator.FORMAT_CHECKER)
        for n, item in enumerate(objects):
            for error in validator.iter_errors(item):
                where = ".".join(str(p) for p in error.absolute_path)
                found.append(f"{collection}[{n}]{'.' + where if where else ''}: {error.message}")
    return found


def checked(project: Project, loaded: Loaded, basis: str | None) -> dict[str, list[dict[str, Any]]]:
    """The export, refused when it does not fit the specification (a bug here, or a value too long for it)."""
    exported = export(project, loaded, basis)
    wrong = problems(exported)
    if wrong:
        raise ValidationFailed([Issue(display_path(loaded.path), message=f"de export past niet in ODS Open"
                                      f" Raadsinformatie: {w}", hint="meld dit als fout in raadsstukken") for w in wrong[:20]])
    return exported
