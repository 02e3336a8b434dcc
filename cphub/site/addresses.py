"""Where the site's files live: its feeds (by scope), calendars and e-mail
editions. Pages link to them and the writers (outputs/) write them: both
take the addresses from here. Addresses are site-relative, no leading slash.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..content.hub import Hub
from ..content.model import TYPES, Entry
from ..strings import strings

FEED_FORMATS = {
    "rss": ("rss.xml", "application/rss+xml", "RSS"),
    "atom": ("atom.xml", "application/atom+xml", "Atom"),
    "json": ("feed.json", "application/feed+json", "JSON Feed"),
}
CALENDAR = "webinars/calendar.ics"  # every upcoming webinar, and those of the past year


@dataclass(frozen=True)
class Scope:
    """A set of entries with feeds of their own: the hub, a type or a term."""

    key: str  # "hub", "brief", "topic/mental-health", …
    title: str
    folder: str  # where its feeds live: "", "briefs/", "topics/mental-health/"
    entries: tuple[Entry, ...]

    def url(self, fmt: str) -> str:
        return self.folder + FEED_FORMATS[fmt][0]

    def links(self) -> list[dict[str, str]]:
        """For `<link rel="alternate">` and the subscribe page."""
        return [{"type": mime, "title": f"{self.title} ({label})", "url": self.url(fmt), "format": label}
                for fmt, (_, mime, label) in FEED_FORMATS.items()]


def hub_scope(hub: Hub) -> Scope:
    return Scope("hub", hub.settings.site_name, "", tuple(hub.entries))


def type_scopes(hub: Hub) -> list[Scope]:
    t = strings(hub.settings.language)
    return [Scope(spec.name, f"{hub.settings.site_name}: {t[spec.url_prefix]}", f"{spec.url_prefix}/",
                  tuple(hub.of_type(spec.name))) for spec in TYPES.values() if spec.listed]


def term_scopes(hub: Hub) -> list[Scope]:
    return [Scope(f"{term.kind}/{term.id}", f"{hub.settings.site_name}: {term.label}", term.url,
                  tuple(term.entries)) for terms in hub.terms.values() for term in terms]


def all_scopes(hub: Hub) -> list[Scope]:
    return [hub_scope(hub), *type_scopes(hub), *term_scopes(hub)]


def entry_calendar_url(entry: Entry) -> str:
    """An upcoming webinar's own calendar, beside its page."""
    return f"{entry.page_url}{entry.slug}.ics"


def email_urls(entry: Entry) -> dict[str, str]:
    """A newsletter's e-mail edition, beside its page."""
    return {"html": entry.page_url + "email.html", "text": entry.page_url + "email.txt",
            "eml": f"{entry.page_url}{entry.slug}.eml"}
