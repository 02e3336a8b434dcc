"""A wrong `timezone` is answered with zones that keep the clock the
contributor wrote, on the session's own date and time (cphub/content/timezones.py).

The spellings below were written from invitations and e-mails as people send
them, not from the tables the module reads: each says which offset(s) from
UTC the zones it suggests must keep that day.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from cphub.content.model import Context, Invalid, TimeZone

H = dt.timedelta(hours=1)
SEPT = dt.date(2026, 9, 14)  # northern summer time
JAN = dt.date(2026, 1, 20)  # northern winter
JULY = dt.date(2026, 7, 14)
ZONE = re.compile(r"\b[A-Z][A-Za-z]+/[A-Za-z_/\-]+")

CASES = [
    # written, date, time, the offsets the suggested zones must keep
    ("EAT", SEPT, "13:00", {3 * H}),
    ("eat", JAN, "09:00", {3 * H}),
    ("East Africa Time", SEPT, "13:00", {3 * H}),
    ("E. Africa Standard Time", SEPT, "13:00", {3 * H}),
    ("GMT+3", SEPT, "13:00", {3 * H}),
    ("GMT +3", JAN, "13:00", {3 * H}),
    ("UTC+03:00", SEPT, "13:00", {3 * H}),
    ("UTC+3", JAN, "13:00", {3 * H}),
    ("+03:00", SEPT, "13:00", {3 * H}),
    ("(GMT+03:00) Nairobi", SEPT, "13:00", {3 * H}),
    ("GMT-5", JAN, "10:00", {-5 * H}),
    ("GMT-5", JULY, "10:00", {-5 * H}),
    ("UTC−3", JULY, "10:00", {-3 * H}),  # a typographic minus, as word processors write it
    ("+0530", SEPT, "15:30", {5.5 * H}),
    ("UTC+5:30", JAN, "15:30", {5.5 * H}),
    ("UTC+5.5", JAN, "15:30", {5.5 * H}),
    ("WAT", SEPT, "13:00", {1 * H}),
    ("CAT", SEPT, "13:00", {2 * H}),
    ("SAST", JAN, "13:00", {2 * H}),
    ("CEST", JULY, "14:00", {2 * H}),
    ("Central European Summer Time", JULY, "14:00", {2 * H}),
    ("W. Europe Standard Time", JULY, "14:00", {2 * H}),
    # CLDR's name for UTC+01:00, and Windows' for Warsaw's clock (UTC+02:00 in July).
    ("Central European Standard Time", JULY, "14:00", {1 * H, 2 * H}),
    ("CEST", JAN, "14:00", {2 * H}),  # no place keeps CEST in January: other zones on +02:00
    ("BST", JULY, "12:00", {1 * H, 6 * H}),  # British Summer Time, Bangladesh Standard Time
    ("BST", JAN, "12:00", {6 * H}),
    ("IST", SEPT, "12:00", {5.5 * H, 1 * H}),  # India; Ireland's summer
    ("IST", JAN, "12:00", {5.5 * H, 2 * H}),  # India; Israel's winter
    ("EDT", JULY, "09:00", {-4 * H}),
    ("PST", JAN, "09:00", {-8 * H, 8 * H}),  # the US Pacific; the Philippines
    ("PDT", JULY, "09:00", {-7 * H}),
    ("AST", SEPT, "13:00", {-4 * H, 3 * H}),  # Atlantic; Arabia
    ("MSK", JAN, "13:00", {3 * H}),
    ("Greenwich Mean Time", JULY, "13:00", {0 * H}),  # not London, on BST in July
    ("UTC+0", JAN, "13:00", {0 * H}),
    ("Nairobi", SEPT, "13:00", {3 * H}),
    ("Nairobi time", SEPT, "13:00", {3 * H}),
    ("Kenya", SEPT, "13:00", {3 * H}),
    ("Kenia", SEPT, "13:00", {3 * H}),  # Spanish
    ("Sierra Leone", SEPT, "13:00", {0 * H}),
    ("Sénégal", SEPT, "13:00", {0 * H}),  # French
    ("Le Caire", JAN, "13:00", {2 * H}),  # French for Cairo
    ("Beirut", JULY, "13:00", {3 * H}),
    ("Lebanon", JAN, "13:00", {2 * H}),
    ("Nairobbi", SEPT, "13:00", {3 * H}),  # a typo
    ("Congo - Kinshasa", SEPT, "13:00", {1 * H, 2 * H}),  # one country, two clocks
    # Summer time starts in the EU at 01:00 UTC on 2026-03-29, in the US at
    # 02:00 on 2026-03-08: a day either side of the change, and on it.
    ("CEST", dt.date(2026, 3, 28), "13:00", {2 * H}),
    ("CEST", dt.date(2026, 3, 29), "13:00", {2 * H}),
    ("Central European Standard Time", dt.date(2026, 3, 29), "01:30", {1 * H}),  # before the change
    ("EDT", dt.date(2026, 3, 8), "14:00", {-4 * H}),
    ("EDT", dt.date(2026, 3, 7), "14:00", {-4 * H}),
    # Aliases tzdata keeps (CET, EST, MST) in another case: the clock tzdata gives them.
    ("cet", JULY, "14:00", {2 * H}),
    ("est", JULY, "14:00", {-5 * H}),
    ("mst", JAN, "14:00", {-7 * H}),
]


def problem(written: str, day: dt.date, time: str, countries: list[str] | None = None) -> Invalid:
    ctx = Context({}, source=None, root=None, entry={"date": day.isoformat(), "time": time,
                                                      "countries": countries or []})
    with pytest.raises(Invalid) as raised:
        TimeZone().convert(written, ctx)
    return raised.value


def suggested(hint: str) -> list[str]:
    return ZONE.findall(hint)


def kept(zone: str, day: dt.date, time: str) -> dt.timedelta:
    return dt.datetime.combine(day, dt.time.fromisoformat(time), tzinfo=ZoneInfo(zone)).utcoffset()


@pytest.mark.parametrize("written,day,time,offsets", CASES, ids=[f"{c[0]}@{c[1]}T{c[2]}" for c in CASES])
def test_every_zone_suggested_keeps_the_clock_written_on_that_day(written, day, time, offsets):
    found = problem(written, day, time)
    assert found.message == f"'{written}' is not a time-zone name"
    assert found.severity == "error"
    zones = suggested(found.hint)
    assert zones, found.hint
    assert {kept(zone, day, time) for zone in zones} == offsets, found.hint
    assert not [zone for zone in zones if zone.startswith("Etc/")]
    assert f"on {day.isoformat()}" in found.hint
    assert len(zones) <= 12  # a few per clock


def test_an_abbreviation_is_answered_with_the_cities_of_its_region():
    found = problem("EAT", SEPT, "13:00")
    assert found.hint.startswith("write the zone of a city, e.g. Africa/Nairobi (UTC+03:00 on 2026-09-14), ")


def test_a_written_offset_is_never_answered_with_an_etc_zone_of_the_opposite_sign():
    # Etc/GMT+3 is UTC-03:00: the nearest spelling of 'GMT+3' would publish
    # the session six hours late.
    for written in ("GMT+3", "Etc/GMT +3", "GMT+03", "gmt+3"):
        hint = problem(written, SEPT, "13:00").hint
        assert "Etc/" not in hint and "GMT+0" not in hint
        assert suggested(hint)[0] == "Africa/Nairobi", hint


def test_an_ambiguous_abbreviation_says_so_and_lists_each_clock():
    hint = problem("IST", SEPT, "12:00").hint
    assert hint.startswith("it names more than one clock: write the zone of the city you mean, e.g. ")
    assert "Asia/Kolkata (UTC+05:30 on 2026-09-14)" in hint and "Europe/Dublin (UTC+01:00 on 2026-09-14)" in hint


def test_summer_time_named_out_of_season_is_said_to_be_so():
    hint = problem("CEST", JAN, "14:00").hint
    assert hint.startswith("the places that use CEST keep another clock on 2026-01-20; for UTC+02:00, write ")
    assert "Europe/Paris" not in hint and "Europe/Berlin" not in hint  # both keep UTC+01:00 that day


def test_the_entrys_own_countries_come_first():
    assert suggested(problem("EAT", SEPT, "13:00", countries=["UG"]).hint)[0] == "Africa/Kampala"
    assert suggested(problem("IST", SEPT, "12:00", countries=["IE"]).hint)[0] == "Europe/Dublin"


def test_a_zone_name_in_the_wrong_case_is_given_back_spelled_right():
    assert problem("africa/nairobi", SEPT, "13:00").hint == "write it Africa/Nairobi"
    assert problem("America/Sao Paulo", SEPT, "13:00").hint == "write it America/Sao_Paulo"


def test_a_misspelt_zone_name_gets_the_nearest_place_name():
    found = problem("Africa/Nairob", SEPT, "13:00")
    assert found.message == "'Africa/Nairob' is not a known time zone"
    assert found.hint == "expected an IANA zone name such as Africa/Nairobi; did you mean 'Africa/Nairobi'?"


def test_an_offset_no_place_keeps_names_no_zone():
    found = problem("UTC+3:17", SEPT, "13:00")
    assert found.hint == "no place keeps UTC+03:17 on 2026-09-14: check it, and write the zone of the city you mean"


def test_a_wrong_date_or_time_still_gets_a_hint():
    ctx = Context({}, source=None, root=None, entry={"date": "14/09/2026", "time": 1300})
    with pytest.raises(Invalid) as raised:
        TimeZone().convert("EAT", ctx)
    assert suggested(raised.value.hint)[0] == "Africa/Nairobi"


def test_every_place_name_and_utc_is_accepted_without_a_word():
    for name in ("Africa/Nairobi", "Africa/Kampala", "America/Argentina/Buenos_Aires", "UTC", "GMT", "Etc/UTC"):
        ctx = Context({}, source=None, root=None, entry={"date": "2026-07-14", "time": "14:00"})
        assert TimeZone().convert(name, ctx) == name and ctx.problems == []


@pytest.mark.parametrize("name,message,area", [
    ("EST", "'EST' is an alias kept for old systems, not a place (UTC-05:00 all year)", "America/"),
    ("CET", "'CET' is an alias kept for old systems, not a place (UTC+02:00 on 2026-07-14)", "Europe/"),
    ("US/Eastern", "'US/Eastern' is an alias kept for old systems, not a place (UTC-04:00 on 2026-07-14)",
     "America/"),
    ("Etc/GMT+3", "'Etc/GMT+3' is UTC-03:00: the sign of an Etc/ zone reads the opposite way", "America/"),
])
def test_an_alias_is_accepted_with_a_warning_naming_places_on_its_clock(name, message, area):
    # IANA names all, so the contract accepts them; but EST is not New York's
    # clock in July, and Etc/GMT+3 is three hours behind UTC.
    ctx = Context({}, source=None, root=None, entry={"date": "2026-07-14", "time": "14:00"})
    assert TimeZone().convert(name, ctx) == name
    [warning] = ctx.problems
    assert (warning.severity, warning.message) == ("warning", message)
    zones = suggested(warning.hint)
    assert zones and not [zone for zone in zones if zone.startswith("Etc/")]
    assert {kept(zone, JULY, "14:00") for zone in zones} == {kept(name, JULY, "14:00")}
    assert zones[0].startswith(area)
