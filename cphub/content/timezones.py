"""Time zones as contributors write them, turned into IANA zones that keep the clock.

A webinar's `timezone` is an IANA name (`Africa/Nairobi`). Contributors write
what their invitations say: `EAT`, `GMT+3`, `UTC+03:00`, `Nairobi`, `Kenya`,
`East Africa Time`. Each of these means a clock, and a hint that named a zone
with another clock (the nearest spelling: `GMT+3` → `GMT+0`) would publish
the session at the wrong hour. So a hint names only zones that keep, on the
session's date and at its time (summer time included), the offset the
contributor wrote or meant.

Everything is read from maintained data, none of it written here:
- tzdata: `zone.tab` (each country's zones, the most populous first),
  `zone1970.tab` (the countries that keep each zone's clock) and the zones'
  own abbreviations (`EAT`, `CEST`, `IST`, `MSK`, `BST`…);
- CLDR, through Babel: metazones ("East Africa Time", in the hub's
  languages), their abbreviations in every English locale (`WAT`, `SAST`,
  `EST`…), cities and countries named in the hub's languages ("Le Caire",
  "Kenia", "Sénégal"), and the Windows zone names of calendar invitations
  ("E. Africa Standard Time").

Only zones of `zone.tab` are suggested: each is a place, never `Etc/GMT+3`,
whose POSIX sign reads the opposite way (it is UTC−03:00).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence
from zoneinfo import ZoneInfo

from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers

from ..strings import languages

# How many zones a hint names for one clock, and how many clocks at most.
PER_CLOCK = 3
CLOCKS = 4

# "AST" is how Saudi Arabia, Iraq and the Gulf write Arabia Standard Time
# (UTC+03:00), beside the Atlantic's AST. Neither source carries it: tzdata
# writes "+03" for those zones and CLDR's English data has no short name for
# its "Arabian" metazone. This is the one abbreviation added by hand.
_EXTRA_ABBREVIATIONS = {"AST": {("Arabian", "standard")}}

# Words around a place's name that do not change it: "Nairobi time".
_FILLER = {"time", "zone", "timezone", "local", "standard"}


@dataclass(frozen=True)
class Reading:
    """One thing the contributor may have meant: zones, most likely first,
    and the offset they meant. Without an offset, whatever clock those zones
    keep on the day; `kind` ("standard", "summer") marks a region's standard
    or summer time, whose offset depends on the year."""

    zones: tuple[str, ...]
    offset: dt.timedelta | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Clock:
    """The zones to suggest for one offset on the session's date."""

    offset: dt.timedelta
    zones: tuple[str, ...]


@dataclass(frozen=True)
class Suggestion:
    clocks: list[Clock]
    # No zone that goes by the name keeps its clock that day (CEST in
    # January): the clocks are other zones on the offset the name means.
    borrowed: bool = False


# -------------------------------------------------------------- the data


@lru_cache(maxsize=None)
def _table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of one of tzdata's tables, comments left out."""
    text = resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=None)
def places() -> dict[str, tuple[str, ...]]:
    """Every zone of zone.tab (one place each), with the countries keeping its clock."""
    countries: dict[str, list[str]] = defaultdict(list)
    for row in _table("zone.tab"):
        countries[row[2]].append(row[0])
    for row in _table("zone1970.tab"):
        if row[2] in countries:
            countries[row[2]] += [code for code in row[0].split(",") if code not in countries[row[2]]]
    return {zone: tuple(codes) for zone, codes in countries.items()}


@lru_cache(maxsize=None)
def country_zones() -> dict[str, tuple[str, ...]]:
    """A country's zones, in zone.tab's order: the most populous first."""
    zones: dict[str, list[str]] = defaultdict(list)
    for row in _table("zone.tab"):
        zones[row[0]].append(row[2])
    return {code: tuple(names) for code, names in zones.items()}


@lru_cache(maxsize=None)
def _weight(zone: str) -> int:
    """How many countries keep this zone's clock (zone1970.tab): a zone kept
    in ten countries (Africa/Nairobi) is likelier meant than one kept in one."""
    for row in _table("zone1970.tab"):
        if row[2] == zone:
            return len(row[0].split(","))
    return 0


@lru_cache(maxsize=None)
def _by_cldr_id() -> dict[str, str]:
    """CLDR's name of each place → tzdata's: CLDR keeps some older names
    (Asia/Calcutta for Asia/Kolkata); Babel's zone_aliases maps old to new."""
    found = {zone: zone for zone in places()}
    for old, new in get_global("zone_aliases").items():
        if new in places():
            found.setdefault(old, new)
    return found


@lru_cache(maxsize=None)
def _metazones() -> dict[str, str]:
    meta, found = get_global("meta_zones"), {}
    for cldr, zone in _by_cldr_id().items():
        if cldr in meta:
            found.setdefault(zone, meta[cldr])
    return found


def metazone(zone: str) -> str | None:
    """CLDR's region of a zone ('Africa_Eastern' for Africa/Nairobi)."""
    return _metazones().get(zone)


@lru_cache(maxsize=None)
def metazone_places() -> dict[str, tuple[str, ...]]:
    members: dict[str, set[str]] = defaultdict(set)
    for zone in places():
        if (name := metazone(zone)) is not None:
            members[name].add(zone)
    return {name: _by_weight(zones) for name, zones in members.items()}


@lru_cache(maxsize=None)
def _primaries() -> frozenset[str]:
    """The zone CLDR gives for each Windows zone ("E. Africa Standard Time":
    Africa/Nairobi): the main city of its region."""
    return frozenset(_by_cldr_id()[zone] for zone in get_global("windows_zone_mapping").values()
                     if zone in _by_cldr_id())


@lru_cache(maxsize=None)
def _locale_counts() -> dict[str, int]:
    """How many CLDR locales are written for each country."""
    counts: dict[str, int] = defaultdict(int)
    for identifier in locale_identifiers():
        parts = identifier.split("_")
        territory = next((part for part in parts[1:] if len(part) == 2 and part.isupper()), None)
        if territory:
            counts[territory] += 1
    return counts


@lru_cache(maxsize=None)
def prominence(zone: str) -> tuple[int, int, int]:
    """How likely a contributor is to know this zone's city, for ordering
    suggestions. No data set gives populations, so: how many countries keep
    its clock (zone1970.tab: ten for Africa/Nairobi), two more when CLDR
    names it the main city of a region (for a Windows zone: Europe/Berlin
    among the six countries' Europe/Belgrade); then, when it is its
    country's first zone in zone.tab (the most populous), how many CLDR
    locales are written for that country (India's 38 put Asia/Kolkata before
    Sri Lanka's Asia/Colombo, on one clock with it); then zone.tab's order."""
    country = places()[zone][0]
    main = country_zones()[country][0] == zone
    return (_weight(zone) + 2 * (zone in _primaries()), _locale_counts()[country] if main else 0, -_position()[zone])


@lru_cache(maxsize=None)
def _position() -> dict[str, int]:
    return {zone: index for index, zone in enumerate(places())}


def _by_weight(zones: Iterable[str]) -> tuple[str, ...]:
    """The zones a contributor most likely knows first."""
    return tuple(sorted(zones, key=prominence, reverse=True))


def _locales() -> list[Locale]:
    return [Locale.parse(code) for code in languages()]


@lru_cache(maxsize=None)
def _english_locales() -> list[Locale]:
    return [Locale.parse(code) for code in locale_identifiers() if code == "en" or code.startswith("en_")]


# ------------------------------------------------------- a zone's clocks


def offset(zone: str, day: dt.date, clock: dt.time) -> dt.timedelta:
    """The zone's offset from UTC at that local date and time."""
    return dt.datetime.combine(day, clock, tzinfo=ZoneInfo(zone)).utcoffset()


@lru_cache(maxsize=None)
def _year(zone: str, year: int) -> tuple[tuple[str, dt.timedelta], ...]:
    """(abbreviation, offset) on the 1st and 15th of each month of a year:
    the zone's standard time and its summer time, if it keeps one."""
    samples = {dt.datetime(year, month, day, 12, tzinfo=ZoneInfo(zone)) for month in range(1, 13) for day in (1, 15)}
    return tuple(sorted({(moment.tzname(), moment.utcoffset()) for moment in samples}))


def _standard(zone: str, year: int) -> dt.timedelta:
    return min(off for _, off in _year(zone, year))


def _summer(zone: str, year: int) -> dt.timedelta | None:
    highest = max(off for _, off in _year(zone, year))
    return highest if highest > _standard(zone, year) else None


# ---------------------------------------------------------- what was written


_OFFSET = re.compile(r"(?:\b(?:UTC|GMT|UT)\s*|(?<![\w/]))([+\-−–])\s*(\d{1,2})(?:([:h.,]?)(\d{1,2}))?(?![\d:])",
                     re.IGNORECASE)


def written_offset(text: str) -> tuple[dt.timedelta | None, str]:
    """'GMT+3', 'UTC+03:00', '+0530', 'UTC-5', 'UTC+5.5': the offset, and the
    words around it ('(GMT+03:00) Nairobi' leaves 'Nairobi')."""
    match = _OFFSET.search(text)
    if not match:
        return None, text
    sign, hours, separator, part = match.groups()
    if not part:
        minutes = 0
    elif separator in ".," and not (len(part) == 2 and int(part) in (0, 15, 30, 45)):
        minutes = round(float(f"0.{part}") * 60)  # decimal hours: 5.5 is 5:30
    else:
        minutes = int(part)
    value = dt.timedelta(hours=int(hours), minutes=minutes) * (1 if sign == "+" else -1)
    return value, (text[:match.start()] + " " + text[match.end():]).strip()


def _key(text: str) -> str:
    """A name as it is looked up: no accents, case or punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _without_filler(key: str) -> str:
    return " ".join(word for word in key.split() if word not in _FILLER)


@lru_cache(maxsize=None)
def abbreviations(year: int) -> dict[str, list[Reading]]:
    """'EAT', 'CEST', 'IST'…: every reading of each abbreviation that tzdata
    or CLDR knows, as the offsets it stands for in that year."""
    meant: dict[str, dict[dt.timedelta | None, set[str]]] = defaultdict(lambda: defaultdict(set))
    for zone in places():  # tzdata: what the zone calls its own clock
        for name, off in _year(zone, year):
            if name[:1].isalpha():  # "+03" is not an abbreviation
                meant[name.upper()][off].add(zone)
    for name, uses in _cldr_abbreviations().items():
        for owner, kind in uses:
            zones = metazone_places().get(owner) or tuple(_by_cldr_id()[z] for z in [owner] if z in _by_cldr_id())
            for reading in _resolve(Reading(zones, kind=None if kind == "generic" else kind), year):
                meant[name][reading.offset].update(reading.zones)
    return {name: [Reading(_by_weight(zones), off) for off, zones in by_offset.items()]
            for name, by_offset in meant.items()}


@lru_cache(maxsize=None)
def _cldr_abbreviations() -> dict[str, list[tuple[str, str]]]:
    """CLDR's short names in English locales: 'EAT' → [('Africa_Eastern', 'standard')].
    A generic name ('ET': whatever the US East keeps) counts only where the
    same name is not also the standard or summer time's ('CET' is UTC+01:00)."""
    uses: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for locale in _english_locales():
        for owner, names in [*locale.meta_zones.items(), *locale.time_zones.items()]:
            for kind, name in (names.get("short") or {}).items():
                if name and name[0].isalpha() and " " not in name:  # "∅∅∅" marks none; "Gulf Time" is not short
                    uses[name.upper()].add((owner, "summer" if kind == "daylight" else kind))
    for name, extra in _EXTRA_ABBREVIATIONS.items():
        uses[name].update(extra)
    return {name: [(owner, kind) for owner, kind in sorted(pairs)
                   if kind != "generic" or not {(owner, "standard"), (owner, "summer")} & pairs]
            for name, pairs in uses.items()}


@lru_cache(maxsize=None)
def names() -> dict[str, tuple[Reading, ...]]:
    """Places and regions by name, in the hub's languages: cities ('Nairobi',
    'Le Caire'), countries ('Kenya', 'Sénégal'), metazones ('East Africa
    Time'), Windows zones ('E. Africa Standard Time')."""
    found: dict[str, list[Reading]] = defaultdict(list)

    def add(name: str, reading: Reading) -> None:
        if name and reading.zones and reading not in found[_key(name)]:
            found[_key(name)].append(reading)

    for zone in places():
        add(zone.rsplit("/", 1)[-1], Reading((zone,)))
    by_cldr = _by_cldr_id()
    for locale in _locales():
        for cldr, info in locale.time_zones.items():
            if cldr in by_cldr and info.get("city"):
                add(info["city"], Reading((by_cldr[cldr],)))
        for code, zones in country_zones().items():
            if code in locale.territories:
                add(locale.territories[code], Reading(zones))
        for owner, info in locale.meta_zones.items():
            zones = metazone_places().get(owner, ())
            for kind, name in (info.get("long") or {}).items():
                add(name, Reading(zones, kind={"standard": "standard", "daylight": "summer"}.get(kind)))
    for windows, zone in get_global("windows_zone_mapping").items():
        if zone in by_cldr:
            add(windows, Reading((by_cldr[zone],)))
    return {name: tuple(readings) for name, readings in found.items()}


def _resolve(reading: Reading, year: int) -> list[Reading]:
    """A region's standard or summer time, as the offsets it has that year."""
    if reading.kind is None:
        return [reading]
    by_offset: dict[dt.timedelta, list[str]] = defaultdict(list)
    for zone in reading.zones:
        off = _standard(zone, year) if reading.kind == "standard" else _summer(zone, year)
        if off is not None:
            by_offset[off].append(zone)
    return [Reading(tuple(zones), off) for off, zones in by_offset.items()]


def readings(written: str, year: int) -> list[Reading]:
    """Everything `written` may mean; empty when nothing is recognised."""
    off, words = written_offset(written)
    if off is not None:
        # The written offset decides; the words ('Nairobi' in
        # '(GMT+03:00) Nairobi') only say which of its zones come first.
        near = tuple(zone for reading in _named(words, year) for zone in reading.zones)
        return [Reading(near, off)]
    return _named(words, year)


def _named(words: str, year: int) -> list[Reading]:
    text = words.strip(" ()[]")
    if not text:
        return []
    if re.fullmatch(r"[A-Za-z]{2,5}", text) and text.upper() in abbreviations(year):
        return abbreviations(year)[text.upper()]
    key = _key(text)
    parts = [_without_filler(_key(part)) for part in re.split(r"[,;()/|]+", text)]
    for candidate in [key, _without_filler(key), *parts]:
        if candidate in names():
            return [r for reading in names()[candidate] for r in _resolve(reading, year)]
    close = difflib.get_close_matches(_without_filler(key), list(names()), n=1, cutoff=0.85)
    return [r for reading in names()[close[0]] for r in _resolve(reading, year)] if close else []


# ------------------------------------------------------------ the suggestion


def suggestion(written: str, day: dt.date, clock: dt.time, countries: Sequence[str] = ()) -> Suggestion:
    """The zones to suggest, by offset: only zones that keep that offset at
    the session's local date and time. The clocks of the entry's own
    `countries:` come first, then the likeliest (for a country, its most
    populous zone's; for an abbreviation, the one kept in most places)."""
    kept = [(reading, _keeping(reading, day, clock)) for reading in readings(written, day.year)]
    # A reading none of whose zones keeps its offset that day (CEST in
    # January) is left out when another reading is kept: the contributor
    # meant that one. Alone, it is answered with other zones on that offset.
    borrowed = bool(kept) and not any(zones for _, zones in kept)
    kept = [(reading, zones) for reading, zones in kept if zones or borrowed]
    kept.sort(key=lambda item: -len(item[1]))  # IST: India's zones before Ireland's
    ordered: list[str] = []
    for reading, zones in kept:
        if reading.offset is not None and not zones:
            zones = _on_offset(reading.offset, day, clock, near=reading.zones)
        ordered += [zone for zone in zones if zone not in ordered]
    groups: dict[dt.timedelta, list[str]] = defaultdict(list)  # in the order of their first zone
    for zone in _ranked(ordered, countries):
        groups[offset(zone, day, clock)].append(zone)
    clocks = [Clock(off, tuple(zones[:PER_CLOCK])) for off, zones in groups.items()]
    return Suggestion(clocks[:CLOCKS], borrowed and written_offset(written)[0] is None)


def _countries(zones: Iterable[str]) -> set[str]:
    return {code for zone in zones for code in places()[zone]}


def _keeping(reading: Reading, day: dt.date, clock: dt.time) -> list[str]:
    """The reading's own zones that keep its offset that day."""
    return [zone for zone in reading.zones if reading.offset in (None, offset(zone, day, clock))]


def _on_offset(off: dt.timedelta, day: dt.date, clock: dt.time, near: Iterable[str] = ()) -> list[str]:
    """Every place on this offset that day: `near` first, then those of its
    region (Europe/… for CEST), then one zone per metazone before a second
    of any, the metazones kept in most countries first (East Africa for
    +03:00). A written offset most often names a place that keeps it all
    year, so zones on their standard time come before those on summer time."""
    near = list(near)
    on = [zone for zone in places() if offset(zone, day, clock) == off]
    groups: dict[str, list[str]] = defaultdict(list)
    for zone in _by_weight(on):
        groups[metazone(zone) or zone].append(zone)
    rank = {zone: index for members in groups.values() for index, zone in enumerate(members)}
    areas = {zone.split("/")[0] for zone in near}

    def order(zone: str) -> tuple:
        members = groups[metazone(zone) or zone]
        summer = offset(zone, day, clock) != _standard(zone, day.year)
        return (zone not in near, zone.split("/")[0] not in areas, summer, rank[zone],
                -len(_countries(members)), tuple(-x for x in prominence(members[0])))

    return sorted(on, key=order)


def _ranked(zones: list[str], countries: Sequence[str]) -> list[str]:
    """Zones of the entry's own `countries:` first (Africa/Kampala, not
    Africa/Nairobi whose clock Uganda keeps, for UG), then as they came."""
    return sorted(zones, key=lambda zone: places()[zone][0] not in countries)


def is_place(name: str) -> bool:
    """A zone named after a place (Africa/Nairobi), or one of UTC's names.
    Others are aliases kept for old systems: EST (UTC-05:00 all year, not
    New York's clock), Etc/GMT+3 (UTC-03:00), US/Eastern; the browser editor
    offers none of them."""
    if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/")):
        return True
    return {off for _, off in _year(name, 2000)} == {dt.timedelta(0)}


def same_clock(zone: str, day: dt.date, clock: dt.time) -> list[str]:
    """The places that keep the same clock as `zone` all year (Europe/Brussels
    and Europe/Berlin for CET), the likeliest first."""
    profile = {off for _, off in _year(zone, day.year)}
    now = offset(zone, day, clock)
    return [place for place in _on_offset(now, day, clock) if {off for _, off in _year(place, day.year)} == profile]


def alias_problem(zone: str, day: dt.date, clock: dt.time) -> tuple[str, str]:
    """What to say of an alias (`EST`, `Etc/GMT+3`): the message and the hint."""
    now = offset(zone, day, clock)
    all_year = {off for _, off in _year(zone, day.year)} == {now}
    places_ = same_clock(zone, day, clock)[:PER_CLOCK]
    hint = ("write the zone of a city with the same clock, e.g. "
            + f"{places_[0]} ({utc(now)} on {day.isoformat()})" + "".join(f", {z}" for z in places_[1:])
            if places_ else "write the zone of the city the time is given in")
    if re.fullmatch(r"Etc/GMT[+-]\d+", zone):
        return f"'{zone}' is {utc(now)}: the sign of an Etc/ zone reads the opposite way", hint
    when = "all year" if all_year else f"on {day.isoformat()}"
    return f"'{zone}' is an alias kept for old systems, not a place ({utc(now)} {when})", hint


def utc(off: dt.timedelta) -> str:
    """'UTC+03:00', 'UTC-04:00', 'UTC+05:30'."""
    minutes = int(off.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def hint(written: str, day: dt.date, clock: dt.time, countries: Sequence[str] = ()) -> str:
    """What to write instead of a `timezone` that is not an IANA name, or ''."""
    found = suggestion(written, day, clock, countries)
    on = f" on {day.isoformat()}"
    if not found.clocks:
        off = written_offset(written)[0]
        return f"no place keeps {utc(off)}{on}: check it, and write the zone of the city you mean" if off else ""
    groups = [f"{c.zones[0]} ({utc(c.offset)}{on})" + "".join(f", {zone}" for zone in c.zones[1:])
              for c in found.clocks]
    if written_offset(written)[0] == dt.timedelta(0):
        return "write UTC, or the zone of a city, e.g. " + groups[0]
    if found.borrowed:  # CEST in January: its places keep another clock that day
        clock_name = utc(found.clocks[0].offset)
        return (f"the places that use {written.strip()} keep another clock{on}; for {clock_name}, "
                "write the zone of a city, e.g. " + groups[0])
    if len(groups) == 1:
        return "write the zone of a city, e.g. " + groups[0]
    return "it names more than one clock: write the zone of the city you mean, e.g. " + "; or ".join(groups)
