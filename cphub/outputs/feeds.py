"""RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the hub, each type and each term.

RSS and Atom are written by feedgen; JSON Feed is plain sorted JSON. Every
date comes from the entries (a feed's own date is its newest entry's, never
"now"), and every link is absolute, so the output is the same bytes on any
machine, in any locale, on any day.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from feedgen.feed import FeedGenerator
from markupsafe import escape

from ..content.hub import Hub, is_upcoming, webinar_start
from ..content.model import Entry
from ..locale import clock_time, long_date, utc_time
from ..site.addresses import FEED_FORMATS, Scope, all_scopes
from ..site.attributes import value_start
from ..site.fingerprints import Output
from ..site.sanitize import sanitize
from ..strings import strings

STYLESHEET = "assets/feed.xsl"  # makes a feed readable when opened in a browser


# ------------------------------------------------------------------ items


def published_at(entry: Entry) -> dt.datetime:
    """When an entry counts as published: its date; a webinar's announcement,
    or else its start.

    A feed item's date is when it was published (RSS 2.0 lets readers hold an
    item dated ahead back until that date), and RSS-to-e-mail services send
    what is newer than their last mailing: an announcement dated on its
    session's day would go out once the session had begun, or with every
    mailing until then."""
    if entry.type == "webinar":
        if entry.announced:
            return _midnight(entry.announced)
        return webinar_start(entry).astimezone(dt.timezone.utc)
    return _midnight(entry.date)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.timezone.utc)


def updated_at(entry: Entry) -> dt.datetime:
    if entry.updated:
        return max(published_at(entry), _midnight(entry.updated))
    return published_at(entry)


@dataclass(frozen=True)
class Item:
    entry: Entry
    link: str
    content: str  # sanitised HTML, links and images absolute; the summary when the body is empty
    categories: tuple[tuple[str, str], ...]  # (id, label)


def items_for(hub: Hub, entries: tuple[Entry, ...], content: dict[str, str], limit: int,
              made: dict[str, str]) -> list[Item]:
    """A feed's newest entries. `made` keeps each entry's feed text, made
    once for all the feeds it is in (its type's, each topic's…)."""
    base = hub.settings.site_url
    chosen = sorted(entries, key=lambda e: (-published_at(e).timestamp(), e.slug))[:limit]
    for e in chosen:
        if e.slug not in made:
            made[e.slug] = item_content(hub, e, content)
    return [Item(e, base + e.page_url, made[e.slug], tuple((t, hub.topics[t].label) for t in e.topics))
            for e in chosen]


def item_content(hub: Hub, entry: Entry, content: dict[str, str]) -> str:
    """The entry's text, links absolute; a webinar's starts with when it is
    (and where to register), which an RSS-to-e-mail mailing must carry."""
    html = absolute_html(content.get(entry.slug, ""), hub.settings.site_url + entry.page_url) \
        or f"<p>{_escape(entry.summary)}</p>"
    if entry.type != "webinar":
        return html
    when = f"<p><strong>{_escape(webinar_when(entry, hub.settings.language))}</strong>"
    if entry.registration and is_upcoming(entry, hub.today):
        register = strings(hub.settings.language)["register"]
        when += f' · <a href="{_escape(entry.registration)}">{_escape(register)}</a>'
    return when + "</p>\n" + html


def webinar_when(entry: Entry, language: str) -> str:
    """'10 December 2026, 14:00 Africa/Nairobi (11:00 UTC)', in the interface language."""
    start = webinar_start(entry)
    utc = start.astimezone(dt.timezone.utc)
    utc_label = utc_time(start, language) + " UTC"
    if utc.date() != entry.date:
        utc_label += ", " + long_date(utc.date(), language)
    return strings(language)["webinar_when"].format(date=long_date(entry.date, language), time=clock_time(start, language),
                                                    zone=entry.timezone, utc=utc_label)


# A link or image whose address is not absolute (relative, or a fragment).
_NOT_ABSOLUTE = re.compile(value_start("href", "src") + "(?!https?://|mailto:)")


def absolute_html(html: str, page_url: str) -> str:
    """An entry's HTML, sanitised when its page was rendered, with every
    relative link and image made absolute: sanitised again with the page's
    address as base. HTML with no such address is given as it is, which
    is what sanitising it again gives (a test compares the two), without
    the cost: a third of the feeds' time."""
    if _NOT_ABSOLUTE.search(html) is None:
        return html
    return sanitize(html, base_url=page_url)


# ---------------------------------------------------------------- writers


def outputs(hub: Hub, content: dict[str, str]) -> list[Output]:
    """Every feed: each scope's three files, what they are made from, and
    how to make them (the build makes those that changed)."""
    found, made = [], {}
    settings = hub.settings
    for scope in all_scopes(hub):
        limit = settings.feed_length if scope.key == "hub" else settings.scoped_feed_length
        items = items_for(hub, scope.entries, content, limit, made)
        source = (scope.key, scope.title, scope.folder, settings.site_url, settings.site_name, settings.description,
                  settings.language, feed_updated(items, hub),
                  [(i.link, i.content, i.categories, i.entry.title, i.entry.summary, published_at(i.entry),
                    updated_at(i.entry), i.entry.authors, i.entry.language) for i in items])
        found.append(Output([scope.url(fmt) for fmt in FEED_FORMATS], source,
                            lambda scope=scope, items=items: scope_files(hub, scope, items)))
    return found


def write_all(hub: Hub, site: Path, content: dict[str, str]) -> list[Path]:
    """Every feed, written."""
    written = []
    for output in outputs(hub, content):
        for name, data in output.make().items():
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            (site / name).write_bytes(data)
            written.append(site / name)
    return written


def scope_files(hub: Hub, scope: Scope, items: list[Item]) -> dict[str, bytes]:
    """A scope's RSS, Atom and JSON Feed, by site-relative name."""
    stylesheet = "../" * scope.folder.count("/") + STYLESHEET
    return {
        scope.url("rss"): _with_stylesheet(_feedgen(hub, scope, items, "rss").rss_str(pretty=True), stylesheet),
        scope.url("atom"): _with_stylesheet(_feedgen(hub, scope, items, "atom").atom_str(pretty=True), stylesheet),
        scope.url("json"): json_feed(hub, scope, items).encode("utf-8"),
    }


def feed_updated(items: list[Item], hub: Hub) -> dt.datetime:
    """The newest entry's date; for an empty feed, the build date (stable)."""
    if items:
        return max(updated_at(i.entry) for i in items)
    return dt.datetime.combine(hub.today, dt.time(0, 0), tzinfo=dt.timezone.utc)


def _feedgen(hub: Hub, scope: Scope, items: list[Item], fmt: str) -> FeedGenerator:
    base = hub.settings.site_url
    fg = FeedGenerator()
    fg.id(base + scope.folder)
    fg.title(scope.title)
    subtitle = hub.settings.description or scope.title
    fg.subtitle(_escape(subtitle) if fmt == "rss" else subtitle)  # RSS readers take it as HTML
    # feedgen takes the channel's <link> from the last link given.
    fg.link(href=base + scope.url(fmt), rel="self")
    fg.link(href=base + scope.folder, rel="alternate")
    fg.language(hub.settings.language)
    fg.author({"name": hub.settings.site_name})
    fg.generator("cphub")  # no version: the bytes must not change with a release
    newest = feed_updated(items, hub)
    fg.updated(newest)
    fg.lastBuildDate(newest)
    for item in items:
        e = item.entry
        fe = fg.add_entry(order="append")
        fe.id(item.link)
        fe.guid(item.link, permalink=True)
        fe.title(e.title)
        fe.link(href=item.link)
        fe.published(published_at(e))
        fe.updated(updated_at(e))
        # RSS readers take <description> as HTML: the plain-text summary goes
        # in escaped. Atom's <summary> is text (set last: feedgen would
        # otherwise copy it over the RSS description).
        fe.description(_escape(e.summary))
        fe.content(item.content, type="html")
        fe.summary(e.summary)
        for term, label in item.categories:
            fe.category(term=term, label=label)
        for author in e.authors:
            fe.author({"name": author})
    return fg


def _with_stylesheet(xml: bytes, href: str) -> bytes:
    declaration, rest = xml.split(b"\n", 1)
    return declaration + b'\n<?xml-stylesheet type="text/xsl" href="' + href.encode() + b'"?>\n' + rest


def json_feed(hub: Hub, scope: Scope, items: list[Item]) -> str:
    base = hub.settings.site_url
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": scope.title,
        "home_page_url": base + scope.folder,
        "feed_url": base + scope.url("json"),
        "description": hub.settings.description or scope.title,
        "language": hub.settings.language,
        "authors": [{"name": hub.settings.site_name}],
        "items": [
            {
                "id": item.link,
                "url": item.link,
                "title": item.entry.title,
                "summary": item.entry.summary,
                "content_html": item.content,
                "date_published": published_at(item.entry).isoformat(),
                "date_modified": updated_at(item.entry).isoformat(),
                "tags": [label for _, label in item.categories],
                "language": item.entry.language,
                **({"authors": [{"name": a} for a in item.entry.authors]} if item.entry.authors else {}),
            }
            for item in items
        ],
    }
    return json.dumps(feed, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def _escape(text: str) -> str:
    return str(escape(text))
