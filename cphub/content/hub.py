"""The index: what is published, and every term that groups it.

Drafts and scheduled entries (a brief, newsletter or resource dated after the
build date) are dropped here, once, so no page, feed or index can show them.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

from ..locale import country_name
from .model import TYPES, Entry, Organisation, Topic

TERM_KINDS = {"topic": "topics", "country": "countries", "organisation": "organisations"}


@dataclass(frozen=True)
class Settings:
    """The hub's own options (set under the plugin in mkdocs.yml)."""

    site_name: str = "Child protection hub"
    site_url: str = ""  # absolute, ends with "/"; feeds need it
    language: str = "en"  # the interface language
    page_size: int = 50
    feed_length: int = 50  # the hub-wide feeds
    scoped_feed_length: int = 20  # each type's and term's feeds
    related_count: int = 5
    description: str = ""
    newsletter_signup: str = ""  # where readers subscribe to the newsletter
    contact: str = ""  # the editors' address (mailto: or a web page), in every page's footer
    share_image: str = "assets/images/share.png"  # the site's file that link previews show
    # Every interface the hub is built in (`interface_languages`), the first at
    # the root, each other under /<code>/; and which of them this build is.
    interface_languages: tuple[str, ...] = ()
    interface_prefix: str = ""  # "" for the first, "fr/" for /fr/


@dataclass(eq=False)
class Term:
    kind: str  # topic, country or organisation
    id: str
    label: str
    description: str | None = None
    website: str | None = None
    entries: list[Entry] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{TERM_KINDS[self.kind]}/{self.id.lower()}/"

    @cached_property
    def position(self) -> dict[str, int]:
        """Where each entry stands in `entries`, by slug."""
        return {e.slug: i for i, e in enumerate(self.entries)}


def sort_key(entry: Entry) -> tuple:
    """Newest first; ties broken by title then slug, so order is stable."""
    return (-entry.date.toordinal(), entry.title.casefold(), entry.slug)


def is_published(entry: Entry, today: dt.date) -> bool:
    if entry.draft:
        return False
    scheduled = entry.type in ("brief", "newsletter", "resource") and entry.date > today
    return not scheduled


@dataclass(eq=False)  # one hub is one build's: compared by identity
class Hub:
    root: Path  # the project, for files beside entries
    settings: Settings
    today: dt.date
    entries: list[Entry]  # published, listed types only, newest first
    pages: list[Entry]  # published pages, by title
    topics: dict[str, Topic]
    organisations: dict[str, Organisation]
    terms: dict[str, list[Term]]  # kind -> terms in use, by label
    by_slug: dict[str, Entry]
    versions: dict[str, list[Entry]] = field(default_factory=dict)  # slug -> every language version of it

    def languages(self) -> list[str]:
        """The languages the entries' text is in, and the interface's."""
        return sorted({e.language for e in self.entries} | {self.settings.language})

    def of_type(self, type_name: str) -> list[Entry]:
        return [e for e in self.entries if e.type == type_name]

    def term(self, kind: str, term_id: str) -> Term | None:
        return self._term_index.get((kind, term_id))

    @cached_property
    def _term_index(self) -> dict[tuple[str, str], Term]:
        return {(kind, t.id): t for kind, terms in self.terms.items() for t in terms}

    def upcoming(self) -> list[Entry]:
        """Webinars on or after the build date, soonest first."""
        soon = [e for e in self.entries if e.type == "webinar" and is_upcoming(e, self.today)]
        return soonest_first(soon)

    def versions_of(self, entry: Entry) -> list[Entry]:
        """The entry and its translations (or its original and the other
        translations), original first: [] when it has no other version."""
        return self.versions.get(entry.slug, [])

    def published(self, slugs: list[str]) -> list[Entry]:
        return [self.by_slug[s] for s in slugs if s in self.by_slug]

    def related(self, entry: Entry) -> list[Entry]:
        """The entry's own `related` list, then the entries sharing most topics."""
        chosen = [e for e in self.published(entry.related) if e is not entry]
        wanted = self.settings.related_count
        if len(chosen) >= wanted:
            return chosen[:wanted]
        shared: Counter[str] = Counter()
        for topic in entry.topics:
            term = self.term("topic", topic)
            if term:
                shared.update(other.slug for other in _near(term, entry))
        for slug in [e.slug for e in chosen] + [entry.slug]:
            shared.pop(slug, None)
        days, day = self._days, self._days[entry.slug]
        ranked = heapq.nsmallest(wanted - len(chosen), shared.items(),
                                 key=lambda item: (-item[1], abs(days[item[0]] - day), item[0]))
        return chosen + [self.by_slug[slug] for slug, _ in ranked]

    @cached_property
    def _days(self) -> dict[str, int]:
        """Each entry's date as a day number, by slug."""
        return {slug: e.date.toordinal() for slug, e in self.by_slug.items() if e.date}


def _near(term: Term, entry: Entry, window: int = 25) -> list[Entry]:
    """Entries close in date to `entry` within one topic's list.

    Looking only near the entry keeps `related` linear in the hub's size: a
    topic with thousands of entries is not scanned for each of them.
    """
    at = term.position.get(entry.slug)
    if at is None:
        return []
    return term.entries[max(0, at - window): at + window + 1]


def is_upcoming(entry: Entry, today: dt.date) -> bool:
    return entry.type == "webinar" and entry.date >= today


def webinar_start(entry: Entry) -> dt.datetime:
    return dt.datetime.combine(entry.date, entry.time, tzinfo=ZoneInfo(entry.timezone))


def soonest_first(webinars) -> list[Entry]:
    """Webinars by their start in UTC, whatever their zones; ties by slug."""
    return sorted(webinars, key=lambda e: (webinar_start(e).astimezone(dt.timezone.utc), e.slug))


def webinar_end(entry: Entry) -> dt.datetime:
    return webinar_start(entry) + dt.timedelta(minutes=entry.duration)


def build_hub(root: Path, settings: Settings, today: dt.date, entries: list[Entry], topics: list[Topic],
              organisations: list[Organisation]) -> Hub:
    published = [e for e in entries if is_published(e, today)]
    listed = sorted((e for e in published if TYPES[e.type].listed), key=sort_key)
    pages = sorted((e for e in published if e.type == "page"), key=lambda e: (e.title.casefold(), e.slug))
    topic_map = {t.id: t for t in topics}
    org_map = {o.id: o for o in organisations}
    return Hub(
        root=root,
        settings=settings,
        today=today,
        entries=listed,
        pages=pages,
        topics=topic_map,
        organisations=org_map,
        terms=_terms(listed, topic_map, org_map, settings.language),
        by_slug={e.slug: e for e in listed + pages},
        versions=_versions(listed),
    )


def with_settings(hub: Hub, settings: Settings) -> Hub:
    """The same published entries under other settings (another interface
    language): nothing read or validated again."""
    return build_hub(hub.root, settings, hub.today, hub.entries + hub.pages, list(hub.topics.values()),
                     list(hub.organisations.values()))


def _versions(entries: list[Entry]) -> dict[str, list[Entry]]:
    """Each published entry that has another language version, with all of
    them: the original first, then its translations by language code."""
    groups: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        groups[entry.fields.get("translation_of") or entry.slug].append(entry)
    found = {}
    for original, group in groups.items():
        if len(group) > 1:
            group.sort(key=lambda e: (e.slug != original, e.language, e.slug))
            found.update((e.slug, group) for e in group)
    return found


def organisations_of(entry: Entry) -> list[str]:
    """Every organisation an entry names: its own list, publisher, speakers'."""
    ids = list(entry.organisations)
    if entry.type == "resource":
        ids.append(entry.publisher)
    if entry.type == "webinar":
        ids += [s["organisation"] for s in entry.speakers if s.get("organisation")]
    return list(dict.fromkeys(ids))


def _terms(entries: list[Entry], topics: dict[str, Topic], organisations: dict[str, Organisation],
           language: str) -> dict[str, list[Term]]:
    def make(kind: str, term_id: str) -> Term:
        if kind == "topic":
            topic = topics[term_id]
            return Term("topic", topic.id, topic.label, topic.description)
        if kind == "country":
            return Term("country", term_id, country_name(term_id, language))
        organisation = organisations[term_id]
        return Term("organisation", organisation.id, organisation.name, website=organisation.url)

    found: dict[str, dict[str, Term]] = {kind: {} for kind in TERM_KINDS}
    for entry in entries:  # already newest first, so every term's list is too
        for kind, ids in (("topic", entry.topics), ("country", entry.countries),
                          ("organisation", organisations_of(entry))):
            for term_id in ids:
                if term_id not in found[kind]:
                    found[kind][term_id] = make(kind, term_id)
                found[kind][term_id].entries.append(entry)
    return {kind: sorted(terms.values(), key=lambda t: (t.label.casefold(), t.id)) for kind, terms in found.items()}
