"""The content model, declared once.

Each entry type is a list of `Field`s; each field has a `Kind` that knows how
to judge and convert a value read from YAML, how to describe itself in JSON
Schema, and how to explain itself to a contributor. Validation, the JSON
Schema files and the field reference in the docs are all derived from here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from ..diagnostics import did_you_mean
from ..locale import country_codes, language_codes

# What `build.py new` writes where a contributor must fill something in.
PLACEHOLDER = "FILL IN"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SLUG_PATTERN = SLUG.pattern
DATE_HINT = "expected YYYY-MM-DD, e.g. 2026-09-14"


class Invalid(Exception):
    """One problem with one value; `at` is the path below the value. A
    warning (appended to `Context.problems`) leaves the value valid."""

    def __init__(self, message: str, hint: str = "", at: tuple = (), severity: str = "error"):
        super().__init__(message)
        self.message, self.hint, self.at, self.severity = message, hint, at, severity


@dataclass
class Context:
    """What a value may be checked against beyond itself."""

    vocabularies: dict[str, set[str] | None]  # "topic" / "organisation" / "entry" -> ids; None: unknown
    source: Path  # the entry's own file, for paths beside it
    root: Path  # the project; no file outside it may be used
    problems: list[Invalid] = field(default_factory=list)
    # The front matter being judged, as read: a webinar's `timezone` is
    # explained with the clocks of its own date and time.
    entry: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------- kinds


class Kind:
    doc = ""

    def convert(self, value: Any, ctx: Context) -> Any:
        raise NotImplementedError

    def schema(self) -> dict:
        raise NotImplementedError


class Text(Kind):
    def __init__(self, max_length: int | None = None, one_line: bool = False):
        self.max_length, self.one_line = max_length, one_line
        self.doc = "text" + (f", 1–{max_length} characters" if max_length else "")

    def convert(self, value, ctx):
        if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
            raise Invalid("expected text", 'write the text, in double quotes if it contains ": " or "#"')
        text = str(value).strip()
        if not text:
            raise Invalid("must not be empty")
        if self.max_length and len(text) > self.max_length:
            raise Invalid(f"is {len(text)} characters long; at most {self.max_length} allowed", "shorten it")
        if self.one_line:  # lines joined; a no-break space (French sets one before ":") is kept
            text = one_line(text)
        return text

    def schema(self):
        s = {"type": "string", "minLength": 1}
        if self.max_length:
            s["maxLength"] = self.max_length
        return s


@dataclass(frozen=True)
class Localized:
    """A text the hub shows in each interface language, as a hub writes it:
    once (`label: Case management`, in the hub's first interface language)
    or by language (`label: {en: Case management, fr: Gestion de cas}`)."""

    texts: tuple[tuple[str, str], ...]  # (language, text) as written; ("", text) for a text written once

    @property
    def by_language(self) -> bool:
        return self.texts[0][0] != ""

    def shown(self, language: str, first: str) -> tuple[str, str]:
        """The text an interface in `language` shows, and the language it is
        in: its own, else the first interface's, else the first written."""
        written = dict(self.texts)
        for code in (language, first):
            if code in written:
                return written[code], code
        code, text = self.texts[0]
        return text, code or first

    def missing(self, languages: list[str] | tuple[str, ...]) -> list[str]:
        """The interface languages without a text of their own (a text
        written once is in the first)."""
        if not self.by_language:
            return list(languages[1:])
        written = {code for code, _ in self.texts}
        return [code for code in languages if code not in written]

    def __str__(self) -> str:
        return self.texts[0][1]


class Translatable(Kind):
    """A text written once, in the hub's first interface language, or one
    per language: `{en: …, fr: …}`."""

    def __init__(self, text: Text):
        self.text = text
        self.doc = f"{text.doc}; or one per language, e.g. {{en: …, fr: …}}"

    def convert(self, value, ctx):
        if not isinstance(value, dict):
            return Localized((("", self.text.convert(value, ctx)),))
        if not value:
            raise Invalid("expected text, or one text per language", "e.g. {en: Case management, fr: Gestion de cas}")
        texts, wrong = [], False
        for code, text in value.items():
            try:
                texts.append((LANGUAGE.convert(code, ctx), self.text.convert(text, ctx)))
            except Invalid as problem:  # named by its language: `label.fr`
                ctx.problems.append(Invalid(problem.message, problem.hint, (code,) + problem.at, problem.severity))
                wrong = True
        if wrong:
            return None  # its problems are listed
        return Localized(tuple(texts))

    def schema(self):
        text = self.text.schema()
        return {"anyOf": [text, {"type": "object", "minProperties": 1, "propertyNames": {"pattern": "^[a-z]{2}$"},
                                 "additionalProperties": text}]}


def one_line(text: str) -> str:
    """Text on one line: each run of spaces, tabs and line breaks one space.
    (Not str.split(): it takes a no-break space for a space.)"""
    return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip()


class Date(Kind):
    doc = "date YYYY-MM-DD"

    def convert(self, value, ctx):
        if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise Invalid(f"'{value}' is not a date", DATE_HINT)
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise Invalid(f"'{value}' is not a real date", DATE_HINT) from None

    def schema(self):
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}


class Time(Kind):
    doc = 'time "HH:MM", 24-hour, in quotes'

    def convert(self, value, ctx):
        if isinstance(value, int) and not isinstance(value, bool):
            raise Invalid(f"'{value}' is not a time", 'expected "HH:MM" in quotes, e.g. time: "09:30"')
        text = str(value).strip() if isinstance(value, str) else ""
        match = re.fullmatch(r"([01]\d|2[0-3]):([0-5]\d)", text)
        if not match:
            raise Invalid(f"'{value}' is not a time", 'expected "HH:MM" (24-hour) in quotes, e.g. time: "09:30"')
        return dt.time(int(match[1]), int(match[2]))

    def schema(self):
        return {"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d$"}


class TimeZone(Kind):
    doc = "IANA time zone name, e.g. Africa/Nairobi"

    def convert(self, value, ctx):
        from . import timezones  # local: its tables are read only when a zone needs explaining

        name = value.strip() if isinstance(value, str) else ""
        if not (name and name in time_zones() and _loads(name)):
            raise timezone_problem(str(value).strip(), *_session(ctx.entry))
        if not timezones.is_place(name):  # EST, Etc/GMT+3: valid, but rarely the clock meant
            day, clock, _ = _session(ctx.entry)
            ctx.problems.append(Invalid(*timezones.alias_problem(name, day, clock), severity="warning"))
        return name

    def schema(self):
        return {"type": "string", "pattern": r"^[A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)*$"}


def _loads(name: str) -> bool:
    try:
        ZoneInfo(name)
        return True
    except (ZoneInfoNotFoundError, ValueError):
        return False


def timezone_problem(written: str, day: dt.date, clock: dt.time, countries: list[str]) -> Invalid:
    """What is wrong with a `timezone`, and the zones to write instead: only
    zones that keep the clock the contributor wrote (timezones.py)."""
    from . import timezones

    message = f"'{written}' is not a time-zone name"
    by_key = {zone.casefold().replace(" ", "_"): zone for zone in time_zones()}
    spelled = by_key.get(written.casefold().replace(" ", "_"))
    if spelled and timezones.is_place(spelled):
        return Invalid(message, f"write it {spelled}")
    if spelled and not spelled.startswith("Etc/"):  # 'cet', 'est': the clock tzdata gives the name
        return Invalid(message, timezones.alias_problem(spelled, day, clock)[1])
    hint = timezones.hint(written, day, clock, countries)
    if hint:
        return Invalid(message, hint)
    # A misspelt IANA name ('Africa/Nairob'): no clock was written, so the
    # nearest spelling is the hint, among places (an Etc/GMT±N zone's sign
    # reads the opposite way: Etc/GMT+3 is UTC-03:00).
    places = [zone for zone in time_zones() if timezones.is_place(zone)]
    close = did_you_mean(written, places, list_known=False) if "/" in written else ""
    return Invalid(f"'{written}' is not a known time zone",
                   "expected an IANA zone name such as Africa/Nairobi" + (f"; {close}" if close else ""))


def _session(entry: dict[str, Any]) -> tuple[dt.date, dt.time, list[str]]:
    """A webinar's date, time and countries as written, for explaining its
    `timezone`; where they are wrong (reported on their own), today at noon."""
    try:
        day = dt.date.fromisoformat(str(entry.get("date", "")).strip())
    except ValueError:
        day = _today()
    try:
        clock = dt.time.fromisoformat(str(entry.get("time", "")).strip())
    except ValueError:
        clock = dt.time(12, 0)
    countries = entry.get("countries") or []
    return day, clock, [countries] if isinstance(countries, str) else [str(code) for code in countries]


def _today() -> dt.date:
    from ..clock import build_date  # local: only a wrong date needs it

    try:
        return build_date()
    except ValueError:  # a wrong SOURCE_DATE_EPOCH is the command line's to report
        return dt.date.today()


_ZONES: set[str] = set()


def time_zones() -> set[str]:
    if not _ZONES:
        _ZONES.update(available_timezones())
    return _ZONES


class Integer(Kind):
    def __init__(self, minimum: int | None = None, maximum: int | None = None):
        self.minimum, self.maximum = minimum, maximum
        bounds = [f"≥ {minimum}" if minimum is not None else "", f"≤ {maximum}" if maximum is not None else ""]
        self.doc = "whole number " + " and ".join(b for b in bounds if b)

    def convert(self, value, ctx):
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(f"'{value}' is not a whole number", "write digits only, without quotes")
        if (self.minimum is not None and value < self.minimum) or (
            self.maximum is not None and value > self.maximum
        ):
            raise Invalid(f"{value} is out of range", f"expected {self.doc.replace('whole number ', '')}")
        return value

    def schema(self):
        s = {"type": "integer"}
        if self.minimum is not None:
            s["minimum"] = self.minimum
        if self.maximum is not None:
            s["maximum"] = self.maximum
        return s


class Boolean(Kind):
    doc = "true or false"

    def convert(self, value, ctx):
        if not isinstance(value, bool):
            raise Invalid(f"'{value}' is not true or false", "write true or false, without quotes")
        return value

    def schema(self):
        return {"type": "boolean"}


class Url(Kind):
    doc = "http(s) URL"

    def convert(self, value, ctx):
        text = value.strip() if isinstance(value, str) else ""
        if not re.fullmatch(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?", text, re.IGNORECASE):
            raise Invalid(f"'{value}' is not a web address", "expected a full address starting https://")
        return text

    def schema(self):
        return {"type": "string", "format": "uri", "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"}


class LocalFile(Kind):
    doc = "path to a file beside the entry"

    def convert(self, value, ctx):
        text = value.strip() if isinstance(value, str) else ""
        if not text or text.startswith("/") or "\\" in text or re.match(r"^[a-z]+:", text, re.I):
            raise Invalid(f"'{value}' is not a relative path", "expected a path beside the file, e.g. files/brief.pdf")
        target = (ctx.source.parent / text)
        resolved = target.resolve()
        if not resolved.is_relative_to(ctx.root.resolve()):
            raise Invalid(f"'{text}' points outside the hub", "keep files inside the hub, e.g. briefs/files/")
        if not resolved.is_file():
            raise Invalid(f"file '{text}' does not exist", f"looked for {target.relative_to(ctx.root).as_posix()}")
        return text

    def schema(self):
        return {"type": "string", "pattern": r"^(?![a-zA-Z]+:|/)"}


class LocalFileOrUrl(Kind):
    doc = "path beside the file, or http(s) URL"

    def convert(self, value, ctx):
        if isinstance(value, str) and re.match(r"^[a-z]+:", value.strip(), re.I):
            return Url().convert(value, ctx)
        return LocalFile().convert(value, ctx)

    def schema(self):
        return {"type": "string", "minLength": 1}


class Choice(Kind):
    def __init__(self, values: list[str]):
        self.values = values
        self.doc = "one of " + ", ".join(values)

    def convert(self, value, ctx):
        if value not in self.values:
            raise Invalid(f"'{value}' is not an accepted value", "expected one of: " + ", ".join(self.values))
        return value

    def schema(self):
        return {"type": "string", "enum": list(self.values)}


class Reference(Kind):
    """The id of a topic, an organisation or an entry (its slug)."""

    def __init__(self, vocabulary: str, where: str):
        self.vocabulary, self.where = vocabulary, where
        self.doc = f"{vocabulary} id from {where}"

    def convert(self, value, ctx):
        if not isinstance(value, str) or not value.strip():
            raise Invalid(f"expected a {self.vocabulary} id", f"ids are listed in {self.where}")
        known = ctx.vocabularies.get(self.vocabulary, set())
        if known is not None and value not in known:
            raise Invalid(f"unknown {self.vocabulary} '{value}'", did_you_mean(value, known))
        return value

    def schema(self):
        return {"type": "string", "pattern": SLUG_PATTERN}


class Code(Kind):
    """A country (ISO 3166-1 alpha-2) or language (ISO 639-1) code."""

    def __init__(self, what: str, codes: Callable[[], set[str]], upper: bool, example: str):
        self.what, self.codes, self.upper, self.example = what, codes, upper, example
        self.doc = f"{what} code, e.g. {example}"

    def convert(self, value, ctx):
        text = value.strip() if isinstance(value, str) else str(value)
        if text not in self.codes():
            cased = text.upper() if self.upper else text.lower()
            close = did_you_mean(cased, self.codes(), list_known=False)
            hint = (f"write '{cased}'" if cased in self.codes()
                    else f"expected a {self.what} code such as {self.example}" + (f"; {close}" if close else ""))
            raise Invalid(f"'{text}' is not a {self.what} code", hint)
        return text

    def schema(self):
        return {"type": "string", "pattern": "^[A-Z]{2}$" if self.upper else "^[a-z]{2}$"}


class ListOf(Kind):
    def __init__(self, item: Kind, min_items: int = 0):
        self.item, self.min_items = item, min_items
        self.doc = f"list of {item.doc}" + (f", at least {min_items}" if min_items else "")

    def convert(self, value, ctx):
        if isinstance(value, (str, int)) and not isinstance(value, bool) and not isinstance(self.item, Record):
            value = [value]  # `topics: mental-health` means a list of one
        if not isinstance(value, list):
            raise Invalid("expected a list", "write [a, b] or one '- item' per line")
        if len(value) < self.min_items:
            raise Invalid(f"needs at least {self.min_items} item{'s' if self.min_items > 1 else ''}")
        result, seen = [], set()
        for index, item in enumerate(value):
            start = len(ctx.problems)
            try:
                converted = self.item.convert(item, ctx)
            except Invalid as problem:
                ctx.problems.append(problem)
            # Problems found inside the item (a record's fields) name its index.
            for at, problem in enumerate(ctx.problems[start:], start):
                ctx.problems[at] = Invalid(problem.message, problem.hint, (index,) + problem.at, problem.severity)
            if any(problem.severity == "error" for problem in ctx.problems[start:]):
                continue
            key = repr(converted)
            if key in seen:
                ctx.problems.append(Invalid(f"'{item}' is listed twice", "list it once", (index,)))
                continue
            seen.add(key)
            result.append(converted)
        return result

    def schema(self):
        s = {"type": "array", "items": self.item.schema(), "uniqueItems": True}
        if self.min_items:
            s["minItems"] = self.min_items
        if isinstance(self.item, Record):
            return s
        return {"anyOf": [s, self.item.schema()]}  # one value may stand without brackets


class Record(Kind):
    """A small mapping, such as a speaker or an attachment."""

    def __init__(self, fields: list["Field"], name: str):
        self.fields, self.name = fields, name
        self.doc = f"{name} {{" + ", ".join(f.name + ("" if f.required else "?") for f in fields) + "}"

    def convert(self, value, ctx):
        if not isinstance(value, dict):
            raise Invalid(f"expected a {self.name} with " + ", ".join(f.name for f in self.fields),
                          f"write {{{self.fields[0].name}: …}}")
        result = {}
        names = [f.name for f in self.fields]
        for key in value:
            if key not in names:
                ctx.problems.append(Invalid(f"unknown field '{key}' in {self.name}", did_you_mean(key, names), (key,)))
        for spec in self.fields:
            if value.get(spec.name) is None:
                if spec.required:
                    ctx.problems.append(Invalid(f"{self.name} needs '{spec.name}'", f"add {spec.name}: …"))
                result[spec.name] = spec.default
                continue
            try:
                result[spec.name] = spec.kind.convert(value[spec.name], ctx)
            except Invalid as problem:
                ctx.problems.append(Invalid(problem.message, problem.hint, (spec.name,) + problem.at,
                                            problem.severity))
                result[spec.name] = spec.default
        return result

    def schema(self):
        return {
            "type": "object",
            "additionalProperties": False,
            "required": [f.name for f in self.fields if f.required],
            "properties": {f.name: f.json_schema() for f in self.fields},
        }


# -------------------------------------------------------------------- fields


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    doc: str
    required: bool = False
    default: Any = None

    def json_schema(self) -> dict:
        schema = {"description": self.doc, **self.kind.schema()}
        if self.default is not None and self.default != []:
            schema["default"] = self.default
        return schema


TOPIC = Reference("topic", "content/topics.yml")
ORGANISATION = Reference("organisation", "content/organisations.yml")
ENTRY = Reference("entry", "the slugs of the hub's entries")
COUNTRY = Code("country", country_codes, upper=True, example="KE")
LANGUAGE = Code("language", language_codes, upper=False, example="en")

TITLE = Field("title", Text(200, one_line=True), "The entry's title.", required=True)
SUMMARY = Field("summary", Text(400, one_line=True),
                "Plain text used in listings, feeds, search and the page description.", required=True)
UPDATED = Field("updated", Date(), "When the entry was last changed; not before `date`.")
AUTHORS = Field("authors", ListOf(Text(200, one_line=True)), "Who wrote it.", default=[])
LANGUAGES = Field("languages", ListOf(LANGUAGE, 1),
                  "Languages the item is available in; the first is the language of this text.",
                  default=["en"])
DRAFT = Field("draft", Boolean(), "A draft appears nowhere in the built site.", default=False)
TRANSLATION_OF = Field("translation_of", ENTRY, "The slug of the entry this one translates (the original, of the "
                       "same type and in another language). Each version's page then links the others.")
CONSENT = Field("consent", Text(400, one_line=True),
                "How the consent of the people shown in the entry's images (and of children's carers) was obtained.")

COMMON = [
    TITLE,
    Field("date", Date(), "Publication date; for a webinar, the session's date.", required=True),
    SUMMARY,
    Field("topics", ListOf(TOPIC, 1), "Topic ids from content/topics.yml.", required=True),
    Field("countries", ListOf(COUNTRY), "ISO 3166-1 alpha-2 country codes, upper case.", default=[]),
    LANGUAGES,
    Field("organisations", ListOf(ORGANISATION), "Organisation ids from content/organisations.yml.", default=[]),
    AUTHORS,
    UPDATED,
    Field("related", ListOf(ENTRY), "Slugs of related entries.", default=[]),
    DRAFT,
    Field("featured", Boolean(), "Lead the home page with this entry (the newest featured one leads; without any, "
          "the newest brief).", default=False),
    CONSENT,
    TRANSLATION_OF,
]

ATTACHMENT = Record([
    Field("file", LocalFile(), "Path of the file, relative to the brief.", required=True),
    Field("title", Text(200, one_line=True), "What the file is.", required=True),
], "attachment")

SPEAKER = Record([
    Field("name", Text(200, one_line=True), "The speaker's name.", required=True),
    Field("role", Text(200, one_line=True), "Their role."),
    Field("organisation", ORGANISATION, "An organisation id."),
], "speaker")

RESOURCE_TYPES = ["guide", "toolkit", "training", "report", "research", "policy",
                  "video", "course", "checklist", "website"]


@dataclass(frozen=True)
class EntryType:
    name: str
    folder: str  # where its files live, relative to the project
    url_prefix: str  # "" for pages
    fields: list[Field]
    label: str
    plural: str

    @property
    def listed(self) -> bool:
        return self.name != "page"

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


TYPES: dict[str, EntryType] = {
    t.name: t
    for t in [
        EntryType("brief", "briefs", "briefs", COMMON + [
            Field("attachments", ListOf(ATTACHMENT), "Files beside the brief, shown with their sizes.", default=[]),
        ], "Brief", "Briefs"),
        EntryType("webinar", "webinars", "webinars", COMMON + [
            Field("time", Time(), 'Start time, "HH:MM" 24-hour, in quotes.', required=True),
            Field("timezone", TimeZone(), "IANA zone the time is given in, e.g. Africa/Nairobi.", required=True),
            Field("duration", Integer(1, 600), "Length in minutes.", default=60),
            Field("speakers", ListOf(SPEAKER), "Who spoke.", default=[]),
            Field("recording", Url(), "Where to watch the recording."),
            Field("slides", LocalFileOrUrl(), "The slides: a file beside this one, or a web address."),
            Field("registration", Url(), "Where to register."),
            Field("announced", Date(), "When the session was announced, not after its date. Feeds give it as "
                  "the publication date: with only the session's date, feed readers and RSS-to-e-mail services "
                  "may hold the announcement back until the session starts."),
        ], "Webinar", "Webinars"),
        EntryType("newsletter", "content/newsletters", "newsletters", COMMON + [
            Field("issue", Integer(1), "Issue number, unique among newsletters.", required=True),
            Field("items", ListOf(ENTRY), "Slugs of the entries this issue features.", default=[]),
        ], "Newsletter", "Newsletters"),
        EntryType("resource", "content/resources", "resources", COMMON + [
            Field("publisher", ORGANISATION, "The organisation that published it.", required=True),
            Field("resource_type", Choice(RESOURCE_TYPES), "What kind of resource it is.", required=True),
            Field("year", Integer(1900, 2100), "The year the publisher released it."),
            Field("url", Url(), "Where to get it."),
        ], "Resource", "Resources"),
        EntryType("page", "content/pages", "", [
            TITLE,
            Field("summary", Text(400, one_line=True), "A one-line description of the page."),
            Field("date", Date(), "When the page was written."),
            UPDATED,
            AUTHORS,
            LANGUAGES,
            DRAFT,
            CONSENT,
            # About, community rules, contributing… in each interface language:
            # each interface's footer and menu link the version in its language.
            TRANSLATION_OF,
        ], "Page", "Pages"),
    ]
}

TOPIC_FIELDS = [
    Field("id", Text(60), "Lowercase a-z, 0-9 and -.", required=True),
    Field("label", Translatable(Text(120, one_line=True)),
          "The topic's name: one text in the hub's first interface language, or one per language "
          "({en: …, fr: …}); each interface shows its own, or the first's.", required=True),
    Field("description", Translatable(Text(600, one_line=True)),
          "One or two sentences shown on the topic's page; one text, or one per language."),
    Field("discussion", Url(), "Where the topic is discussed (a forum's thread, a group): linked from its page."),
]

ORGANISATION_FIELDS = [
    Field("id", Text(60), "Lowercase a-z, 0-9 and -.", required=True),
    Field("name", Translatable(Text(200, one_line=True)),
          "The organisation's name; one per language ({en: …, fr: …}) where it has one in other languages.",
          required=True),
    Field("url", Url(), "Its website."),
    Field("country", COUNTRY, "Where it is based (ISO 3166-1 alpha-2)."),
    Field("contacts", ListOf(Text(200, one_line=True)),
          "Its public e-mail addresses and phone numbers: content may mention these.", default=[]),
]


@lru_cache(maxsize=None)
def field_names() -> frozenset[str]:
    """Every name a field may have, in entries, their lists and records, and
    the vocabularies: what tells a mis-indented field from text."""
    names: set[str] = set()

    def add(fields: list[Field]) -> None:
        for spec in fields:
            names.add(spec.name)
            kind = spec.kind.item if isinstance(spec.kind, ListOf) else spec.kind
            if isinstance(kind, Record):
                add(kind.fields)

    for spec in [*TYPES.values()]:
        add(spec.fields)
    add(TOPIC_FIELDS + ORGANISATION_FIELDS)
    return frozenset(names)


# URL segments the hub itself uses: a page may not take one as its slug.
RESERVED_SLUGS = {
    "briefs", "webinars", "newsletters", "resources", "topics", "countries", "organisations",
    "library", "subscribe", "offline", "assets", "feeds", "search", "index", "404", "page",
    "sitemap", "downloads",
}


@dataclass(frozen=True)
class Topic:
    """As validated, its label and description are Localized; in a hub,
    the text its interface shows, and the language that text is in where
    it is not the interface's (`label_lang`: its `lang` attribute)."""

    id: str
    label: str | Localized
    description: str | Localized | None = None
    discussion: str | None = None  # the topic's discussion space
    label_lang: str = ""
    description_lang: str = ""


@dataclass(frozen=True)
class Organisation:
    """As validated, its name is Localized; in a hub, the text its interface
    shows (and `name_lang`, as a topic's `label_lang`)."""

    id: str
    name: str | Localized
    url: str | None = None
    country: str | None = None
    contacts: list[str] | None = None
    name_lang: str = ""


@dataclass(frozen=True, eq=False)
class Entry:
    """One validated file. Its declared fields are attributes (`entry.title`)."""

    type: str
    slug: str
    path: str  # relative to the project, forward slashes
    body: str
    body_line: int
    fields: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict, repr=False)  # field -> line in the file

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["fields"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def spec(self) -> EntryType:
        return TYPES[self.type]

    @cached_property
    def words(self) -> int:
        """How many words its text holds (counted once: a preview keeps the entry between its builds)."""
        return len(self.body.split())

    @property
    def page_url(self) -> str:
        """Site-relative URL, without a leading slash: `briefs/<slug>/`.

        (Not `url`: that is a resource's field, the address of the original.)
        """
        prefix = self.spec.url_prefix
        return f"{prefix}/{self.slug}/" if prefix else f"{self.slug}/"

    @property
    def language(self) -> str:
        return self.fields["languages"][0]

    @property
    def original(self) -> str:
        """The slug of the entry this one is a version of: its
        `translation_of`, or its own."""
        return self.fields.get("translation_of") or self.slug


def by_original(entries: Iterable[Entry]) -> dict[str, list[Entry]]:
    """Entries grouped with their other language versions, by the slug of
    the original, each group in the order given."""
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.original, []).append(entry)
    return groups
