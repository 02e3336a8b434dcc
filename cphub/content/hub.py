"""The index: what is published, and every term that groups it.

Drafts and scheduled entries (a brief, newsletter or resource dated after the
build date) are dropped here, once, so no page, feed or index can show them.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

from ..locale import country_name
from ..locale import sort_key as by_name
from .model import TYPES, Entry, Localized, Organisation, Topic, by_original
from .translations import shown_version

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

    @property
    def first_language(self) -> str:
        """The first interface's language: what a text written once is in,
        and what an interface shows where its own language has no text."""
        return self.interface_languages[0] if self.interface_languages else self.language


@dataclass(eq=False)
class Term:
    kind: str  # topic, country or organisation
    id: str
    label: str
    description: str | None = None
    website: str | None = None
    discussion: str | None = None  # a topic's discussion space
    entries: list[Entry] = field(default_factory=list)  # every version of every entry, newest first
    # The language of the label and description shown, where it is not the
    # interface's (a translation the hub lacks): their `lang` attribute.
    label_lang: str = ""
    description_lang: str = ""

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
    # The topics and organisations as validated, each text in every language
    # it is written in (`topics` and `organisations` hold this interface's).
    lists: tuple[list[Topic], list[Organisation]] = ((), ())

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

    # ------------------------------------------- in the reader's language

    @cached_property
    def _in_language(self) -> dict[str, str]:
        """Each version of an entry that has one in the interface language,
        but that one: the slug of the version in the interface language."""
        language, found = self.settings.language, {}
        for group in {id(g): g for g in self.versions.values()}.values():
            own = next((v for v in group if v.language == language), None)
            if own is not None:
                found.update((v.slug, own.slug) for v in group if v is not own)
        return found

    def for_reader(self, entries: list[Entry], language_first: bool = False) -> list[Entry]:
        """A list as this interface shows it: an entry that has a version in
        the interface language, listed too, is shown as that version alone
        (its card names the others); with `language_first`, the entries in
        the interface language first, then the others, each in the order
        given. (The library lists every version: its language facet counts
        each.)"""
        present = {e.slug for e in entries}
        shown = [e for e in entries if self._in_language.get(e.slug) not in present]
        if not language_first:
            return shown
        language = self.settings.language
        return [e for e in shown if e.language == language] + [e for e in shown if e.language != language]

    @cached_property
    def own_pages(self) -> list[Entry]:
        """The hub's pages as this interface links them (footer, menu): each
        in the interface language where it has a version in it, else in the
        first interface's, else as written; in the order of the originals."""
        groups = by_original(self.pages)
        language, first = self.settings.language, self.settings.first_language
        originals = {slug: next((p for p in group if p.slug == slug), group[0]) for slug, group in groups.items()}
        order = sorted(groups, key=lambda slug: (by_name(originals[slug].title), slug))
        return [shown_version(groups[slug], language, first, originals[slug]) for slug in order]

    def related(self, entry: Entry) -> list[Entry]:
        """The entry's own `related` list, then the entries sharing most
        topics; neither its own other versions (its page links them) nor a
        version of an entry that has one in the interface language (that one
        stands for it)."""
        own = {v.slug for v in self.versions_of(entry)} | {entry.slug}
        chosen = [e for e in self.published(entry.related) if e.slug not in own]
        chosen = [self.by_slug.get(self._in_language.get(e.slug, e.slug), e) for e in chosen]
        chosen = [e for e in dict.fromkeys(chosen) if e.slug not in own]
        wanted = self.settings.related_count
        if len(chosen) >= wanted:
            return chosen[:wanted]
        shared: Counter[str] = Counter()
        for topic in entry.topics:
            term = self.term("topic", topic)
            if term:
                shared.update(other.slug for other in _near(term, entry))
        left_out = {e.slug for e in chosen} | own
        for slug in [slug for slug in shared if slug in left_out or slug in self._in_language]:
            del shared[slug]
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
    pages = sorted((e for e in published if e.type == "page"), key=lambda e: (by_name(e.title), e.slug))
    topic_map = {t.id: _topic(t, settings) for t in topics}
    org_map = {o.id: _organisation(o, settings) for o in organisations}
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
        versions=_versions(listed + pages),
        lists=(list(topics), list(organisations)),
    )


def with_settings(hub: Hub, settings: Settings) -> Hub:
    """The same published entries under other settings (another interface
    language): nothing read or validated again."""
    return build_hub(hub.root, settings, hub.today, hub.entries + hub.pages, *hub.lists)


def shown(value: str | Localized | None, settings: Settings) -> tuple[str | None, str]:
    """A text as an interface shows it, and the language it is in where that
    is not the interface's ("" when it is)."""
    if not isinstance(value, Localized):
        return value, ""
    text, language = value.shown(settings.language, settings.first_language)
    return text, "" if language == settings.language else language


def _topic(topic: Topic, settings: Settings) -> Topic:
    (label, label_lang), (description, description_lang) = shown(topic.label, settings), \
        shown(topic.description, settings)
    return Topic(topic.id, label, description, topic.discussion, label_lang=label_lang or topic.label_lang,
                 description_lang=description_lang or topic.description_lang)


def _organisation(organisation: Organisation, settings: Settings) -> Organisation:
    name, name_lang = shown(organisation.name, settings)
    return Organisation(organisation.id, name, organisation.url, organisation.country, organisation.contacts,
                        name_lang or organisation.name_lang)


def _versions(entries: list[Entry]) -> dict[str, list[Entry]]:
    """Each published entry that has another language version, with all of
    them: the original first, then its translations by language code."""
    found = {}
    for original, group in by_original(entries).items():
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
            return Term("topic", topic.id, topic.label, topic.description, discussion=topic.discussion,
                        label_lang=topic.label_lang, description_lang=topic.description_lang)
        if kind == "country":
            return Term("country", term_id, country_name(term_id, language))
        organisation = organisations[term_id]
        return Term("organisation", organisation.id, organisation.name, website=organisation.url,
                    label_lang=organisation.name_lang)

    found: dict[str, dict[str, Term]] = {kind: {} for kind in TERM_KINDS}
    for entry in entries:  # already newest first, so every term's list is too
        for kind, ids in (("topic", entry.topics), ("country", entry.countries),
                          ("organisation", organisations_of(entry))):
            for term_id in ids:
                if term_id not in found[kind]:
                    found[kind][term_id] = make(kind, term_id)
                found[kind][term_id].entries.append(entry)
    return {kind: sorted(terms.values(), key=lambda t: (by_name(t.label), t.id)) for kind, terms in found.items()}
