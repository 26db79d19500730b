"""The actielijst's terms as an iCalendar file (one all-day event per term, for Outlook) and as JSON.

icalendar (the collective/icalendar project, RFC 5545) writes the calendar: folding, escaping and the date
forms are its business, not ours. Reproducible like every output: each UID comes from the item (soort, data file,
number), DTSTAMP from SOURCE_DATE_EPOCH or else from the data (the latest date in the list), never the clock;
events and JSON keys in a fixed order.
"""

from __future__ import annotations

import datetime as dt
import json

import icalendar

from generator.soorten.actielijst.collection import Actie

PRODID = "-//raadsstukken//actielijst//NL"


def stamp(rows: list[Actie]) -> dt.datetime:
    """SOURCE_DATE_EPOCH when set, else midnight (UTC) of the latest date the list holds."""
    from generator.clock import source_date

    latest = source_date()
    if latest is None:
        latest = max([a.datum for a in rows if a.datum] + [a.termijn for a in rows if a.termijn], default=dt.date(1970, 1, 1))
    return dt.datetime.combine(latest, dt.time(), tzinfo=dt.UTC)


def ics(rows: list[Actie]) -> bytes:
    """Every term that is not afgedaan, as an all-day event on its day."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Actielijst")
    when = stamp(rows)
    for actie in rows:
        if actie.termijn is None or actie.status == "afgedaan":
            continue
        event = icalendar.Event()
        event.add("uid", f"{actie.uid}@raadsstukken")
        event.add("dtstamp", when)
        event.add("dtstart", actie.termijn)
        event.add("dtend", actie.termijn + dt.timedelta(days=1))
        event.add("summary", f"Termijn {actie.label.lower()} {actie.nummer}: {actie.titel}".replace("  ", " "))
        event.add("description", f"{actie.label} van {actie.orgaan}, gedaan op {actie.datum.isoformat() if actie.datum else '(datum open)'};"
                                 f" termijn {actie.termijn.isoformat()}.")
        event.add("categories", [actie.soort])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def as_json(rows: list[Actie], peildatum: dt.date) -> bytes:
    items = [{"uid": a.uid, "soort": a.soort, "orgaan": a.orgaan, "nummer": a.nummer, "titel": a.titel,
              "datum": a.datum.isoformat() if a.datum else None, "termijn": a.termijn.isoformat() if a.termijn else None,
              "dagen": a.dagen(peildatum), "status": a.status, "afgedaan": a.afgedaan or None} for a in rows]
    text = json.dumps({"peildatum": peildatum.isoformat(), "acties": items}, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
