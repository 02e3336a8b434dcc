"""iCalendar for webinars: one calendar for the hub, one file per upcoming webinar.

Start and end are written in the webinar's own zone (with its VTIMEZONE), so
a calendar shows the session at the right local time wherever the reader is.
UIDs and stamps come from the entry, never from the clock.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from icalendar import Calendar, Event, Timezone

from ..content.hub import Hub, is_upcoming, webinar_end, webinar_start
from ..content.model import Entry
from ..site.addresses import CALENDAR, calendar_window, entry_calendar_url, topic_calendar_url
from ..site.fingerprints import Output
from ..strings import strings


def calendar_entries(hub: Hub) -> list[Entry]:
    """Upcoming webinars and those of the past year, soonest first."""
    return calendar_window(hub, hub.of_type("webinar"))


def uid(hub: Hub, entry: Entry) -> str:
    host = urlsplit(hub.settings.site_url).hostname or "hub.invalid"
    return f"{entry.slug}@{host}"


def event(hub: Hub, entry: Entry) -> Event:
    url = hub.settings.site_url + entry.page_url
    item = Event()
    item.add("uid", uid(hub, entry))
    # When this calendar was made: the build date, so rebuilds of the same
    # files on the same day give the same bytes.
    item.add("dtstamp", dt.datetime.combine(hub.today, dt.time(0, 0), tzinfo=dt.timezone.utc))
    item.add("dtstart", webinar_start(entry))
    item.add("dtend", webinar_end(entry))
    item.add("summary", entry.title)
    item.add("description", f"{entry.summary}\n\n{url}")
    item.add("url", url)
    if entry.registration:
        item.add("attach", entry.registration)
    # One CATEGORIES property listing every topic: RFC 5545 allows one per
    # topic, but readers such as Python's `ics` refuse a second one.
    item.add("categories", [hub.topics[topic].label for topic in entry.topics])
    return item


@lru_cache(maxsize=None)
def _zone(tzid: str) -> Timezone | None:
    """The VTIMEZONE of a zone, made once per process (a zone's rules are the
    same for every calendar and every build of `serve`): icalendar works it
    out from the zone's transitions over decades, which took 3.2 s (sampled)
    of a build of 3,000 entries when every webinar's calendar made its own."""
    try:
        zone = Timezone.from_tzid(tzid)
    except ValueError:  # a zone icalendar cannot describe: left out, as add_missing_timezones does
        return None
    return _one_rdate_per_line(zone)


def _one_rdate_per_line(zone: Timezone) -> Timezone:
    """Each of a zone's transitions on an RDATE line of its own. icalendar
    lists a zone's transitions on one line, comma-separated, which RFC 5545
    allows; but ical.js (Mozilla's parser, in Thunderbird) reads only the
    first date of each RDATE line of a VTIMEZONE, and so put a webinar in
    London in March an hour early (in summer time, after the zone's 1973
    transition, the last it read)."""
    for observance in zone.subcomponents:
        lines = observance.pop("RDATE", None)
        for line in lines if isinstance(lines, list) else [lines] if lines is not None else []:
            for when in line.dts:
                observance.add("rdate", when.dt)
    return zone


def calendar(hub: Hub, entries: list[Entry], name: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//cphub//Knowledge hub//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for entry in entries:
        cal.add_component(event(hub, entry))
    # The zones first, as RFC 5545 readers expect, sorted so the bytes are stable.
    zones = [zone for zone in map(_zone, sorted(cal.get_missing_tzids())) if zone is not None]
    cal.subcomponents = zones + cal.subcomponents
    return cal.to_ical()


def outputs(hub: Hub) -> list[Output]:
    """The hub's calendar, each topic's (where it has sessions) and each
    upcoming webinar's: their names, what they are made from, and how to
    make them."""
    t = strings(hub.settings.language)
    found = [_output(hub, CALENDAR, calendar_entries(hub), f"{hub.settings.site_name}{t['colon']} {t['webinars']}")]
    for term in hub.terms["topic"]:  # each theme's sessions, in its folder
        sessions = calendar_window(hub, term.entries)
        if sessions:
            found.append(_output(hub, topic_calendar_url(term), sessions,
                                 f"{hub.settings.site_name}{t['colon']} {term.label}"))
    for entry in hub.of_type("webinar"):
        if is_upcoming(entry, hub.today):
            found.append(_output(hub, entry_calendar_url(entry), [entry], entry.title))
    return found


def _output(hub: Hub, name: str, entries: list[Entry], title: str) -> Output:
    source = (name, title, hub.settings.site_url, hub.today,
              [(e.slug, e.title, e.summary, e.date, e.time, e.timezone, e.duration, e.registration,
                [hub.topics[t].label for t in e.topics], e.page_url) for e in entries])
    return Output([name], source, lambda: {name: calendar(hub, entries, title)})


def write_all(hub: Hub, site: Path) -> list[Path]:
    """Every calendar, written."""
    written = []
    for output in outputs(hub):
        for name, data in output.make().items():
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            (site / name).write_bytes(data)
            written.append(site / name)
    return written
