"""Every calendar the hub writes (the hub's, and each upcoming webinar's),
read by three parsers that calendar programs and scripts are built on:
icalendar and ics (Python) and ical.js (Mozilla's, in Thunderbird, run with
Node.js). Each must read every event as the webinar's file says it: start
in the webinar's zone, end, summary, address and topics."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import yaml

from conftest import BASE, build, copy_hub
from node_tools import read_with_icaljs

SITE_URL = "https://hub.example.org/"
TODAY = dt.date(2026, 11, 21)  # conftest's EPOCH
UTC = dt.timezone.utc

# Webinars a calendar program may stumble on: a comma, a semicolon, a
# backslash and quotes in the title and a topic's label (escaped in
# iCalendar text), a zone in summer time and one half an hour off UTC, a
# long Arabic title (its lines folded within 75 bytes, never inside a
# character), one past but recent (in the hub's calendar only) and one
# older than a year (in none).
AWKWARD_TOPIC = "- id: justice\n  label: 'Justice, courts; and \\ the law'\n"
AWKWARD_WEBINARS = {
    "oslo-summer": 'title: \'Kinship care, courts; and the "best interest" \\ test\'\ndate: 2027-06-15\ntime: "09:00"\n'
                   "timezone: Europe/Oslo\nduration: 90\ntopics: [justice, family-care]",
    "arabic-kolkata": "title: \"حماية الأطفال في المجتمعات المحلية: ما تعلمناه من لجان رعاية الطفل خلال عام كامل\"\n"
                      'date: 2026-12-20\ntime: "18:45"\ntimezone: Asia/Kolkata\nlanguages: [ar]\n'
                      "topics: [mental-health]",
    "bogota-recent": 'title: A recent session\ndate: 2026-05-01\ntime: "08:00"\ntimezone: America/Bogota\n'
                     "duration: 45\ntopics: [family-care, mental-health, justice]",
    "long-ago": 'title: Long ago\ndate: 2025-01-10\ntime: "10:00"\ntimezone: Europe/London\ntopics: [family-care]',
}


@pytest.fixture(scope="module")
def awkward_site(tmp_path_factory) -> Path:
    hub = copy_hub(BASE, tmp_path_factory.mktemp("calendars") / "hub")
    with (hub / "content/topics.yml").open("a", encoding="utf-8") as topics:
        topics.write(AWKWARD_TOPIC)
    for slug, front in AWKWARD_WEBINARS.items():
        (hub / f"webinars/{slug}.md").write_text(f"---\n{front}\nsummary: A session.\n---\n\nText.\n",
                                                 encoding="utf-8")
    return build(hub)


# ------------------------------------------------------ what each should read


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def topic_labels(hub: Path, language: str = "en") -> dict[str, str]:
    """Each topic's label in an interface language (a label written once is the first interface's)."""
    labels = {t["id"]: t["label"] for t in yaml.safe_load((hub / "content/topics.yml").read_text(encoding="utf-8"))}
    return {key: label.get(language, label.get("en")) if isinstance(label, dict) else label
            for key, label in labels.items()}


def expected_events(hub: Path, site: Path, calendar: Path) -> list[dict]:
    """The events a calendar should hold, worked out from the webinars'
    files: the hub's calendar has the upcoming webinars and those of the
    past year, a topic's calendar those of the topic, a webinar's own
    calendar has that webinar."""
    rel = calendar.relative_to(site).as_posix()
    in_topic = re.match(r"(.*?)topics/([^/]+)/calendar\.ics$", rel)
    prefix = in_topic.group(1) if in_topic else rel.split("webinars/")[0]  # "" or an interface's "fr/"
    labels = topic_labels(hub, prefix.strip("/") or "en")
    events = []
    for path in sorted((hub / "webinars").glob("*.md")):
        data = front_matter(path)
        if data.get("draft") or data["date"] < TODAY - dt.timedelta(days=365):
            continue
        if calendar.name != "calendar.ics" and calendar.name != f"{path.stem}.ics":
            continue
        if in_topic and in_topic.group(2) not in data["topics"]:
            continue
        start = dt.datetime.combine(data["date"], dt.time.fromisoformat(data["time"]), ZoneInfo(data["timezone"]))
        events.append({
            "uid": f"{path.stem}@hub.example.org",
            "summary": data["title"],
            "zone": data["timezone"],
            "local": start.replace(tzinfo=None).isoformat(),
            "start": start.astimezone(UTC).isoformat(),
            "end": (start + dt.timedelta(minutes=data.get("duration", 60))).astimezone(UTC).isoformat(),
            "url": f"{SITE_URL}{prefix}webinars/{path.stem}/",
            "categories": sorted(labels[topic] for topic in data["topics"]),
        })
    return sorted(events, key=lambda e: e["uid"])


def calendars(site: Path) -> list[Path]:
    return sorted(site.rglob("*.ics"))


# ------------------------------------------------------ what each does read


def by_icalendar(data: bytes) -> list[dict]:
    events = []
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        categories = event.get("CATEGORIES", [])
        properties = categories if isinstance(categories, list) else [categories]
        events.append({
            "uid": str(event["UID"]), "summary": str(event["SUMMARY"]), "zone": event["DTSTART"].params.get("TZID"),
            "local": start.replace(tzinfo=None).isoformat(), "start": start.astimezone(UTC).isoformat(),
            "end": end.astimezone(UTC).isoformat(), "url": str(event["URL"]),
            "categories": sorted(str(label) for prop in properties for label in prop.cats),
        })
    return sorted(events, key=lambda e: e["uid"])


def by_ics(data: bytes) -> list[dict]:
    """`ics` does not tell the zone's name: its events are checked by their
    wall time and their instant. Each calendar is read in a process of its
    own: ics 0.7.3 (its VTIMEZONE parsing through dateutil's tzical) ends in
    a RecursionError when one process has read Europe/London's zone five
    times, whatever the calendar."""
    done = subprocess.run([sys.executable, "-c", ICS_READER], input=data, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    return json.loads(done.stdout)


ICS_READER = """
import datetime as dt, json, sys
import ics
events = []
for event in ics.Calendar(sys.stdin.buffer.read().decode("utf-8")).events:
    start = event.begin.datetime
    events.append({
        "uid": event.uid, "summary": event.name, "local": start.replace(tzinfo=None).isoformat(),
        "start": start.astimezone(dt.timezone.utc).isoformat(),
        "end": event.end.datetime.astimezone(dt.timezone.utc).isoformat(),
        "url": event.url, "categories": sorted(event.categories),
    })
print(json.dumps(sorted(events, key=lambda e: e["uid"])))
"""


def by_icaljs(read: list[dict]) -> list[dict]:
    def instant(value: dict) -> str:
        return dt.datetime.fromisoformat(value["utc"].replace("Z", "+00:00")).isoformat()

    return sorted(({
        "uid": e["uid"], "summary": e["summary"], "zone": e["start"]["zone"], "local": e["start"]["local"],
        "start": instant(e["start"]), "end": instant(e["end"]), "url": e["url"], "categories": sorted(e["categories"]),
    } for e in read), key=lambda e: e["uid"])


def without_zone(events: list[dict]) -> list[dict]:
    return [{key: value for key, value in e.items() if key != "zone"} for e in events]


def check_every_calendar(hub: Path, site: Path) -> list[Path]:
    found = calendars(site)
    icaljs = read_with_icaljs(found)
    for path in found:
        expected = expected_events(hub, site, path)
        assert expected, path
        data = path.read_bytes()
        assert by_icalendar(data) == expected, path
        assert by_ics(data) == without_zone(expected), path
        assert by_icaljs(icaljs[path]) == expected, path
    return found


# ---------------------------------------------------------------- the tests


def test_the_sample_hubs_calendars_read_alike_in_icalendar_ics_and_icaljs(sample_site):
    found = check_every_calendar(sample_site.parent, sample_site)
    # The hub's calendar, each topic's with sessions and the upcoming webinar's, in both interface languages.
    rels = [p.relative_to(sample_site).as_posix() for p in found]
    assert [r for r in rels if "/topics/" not in "/" + r] == [
        "fr/webinars/calendar.ics", "fr/webinars/transition-to-family-based-care/transition-to-family-based-care.ics",
        "webinars/calendar.ics", "webinars/transition-to-family-based-care/transition-to-family-based-care.ics"]
    topics = sorted(r for r in rels if r.startswith("topics/"))
    assert "topics/family-care/calendar.ics" in topics and [f"fr/{r}" for r in topics] == sorted(
        r for r in rels if r.startswith("fr/topics/"))


def test_awkward_webinars_read_alike_in_icalendar_ics_and_icaljs(awkward_site):
    found = check_every_calendar(awkward_site.parent, awkward_site)
    assert sorted(p.name for p in found if "topics" not in p.parts) == [
        "arabic-kolkata.ics", "calendar.ics", "oslo-summer.ics"]
    hub_calendar = by_icalendar((awkward_site / "webinars/calendar.ics").read_bytes())
    # The base hub's own webinar of February is within the year too; "long-ago" is not.
    assert {e["uid"].split("@")[0] for e in hub_calendar} == {"oslo-summer", "arabic-kolkata", "bogota-recent",
                                                              "valid-webinar"}


def test_topics_are_one_categories_property(awkward_site):
    """RFC 5545 allows a CATEGORIES line per topic, but `ics` refuses a
    second one: every event lists its topics on one line, commas inside a
    label escaped."""
    raw = (awkward_site / "webinars/calendar.ics").read_bytes().decode("utf-8")
    text = raw.replace("\r\n ", "").replace("\r\n", "\n")  # long lines unfolded
    events = text.split("BEGIN:VEVENT")[1:]
    assert len(events) == 4
    for event in events:
        assert event.count("\nCATEGORIES:") == 1
    assert "CATEGORIES:Family-based and alternative care,Mental health and psychosocial support," \
           "Justice\\, courts\\; and \\\\ the law" in text
