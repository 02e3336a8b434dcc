"""What a page says of itself to what reads it apart from its reader: link
previews (Open Graph and Twitter cards, read by WhatsApp, Facebook,
LinkedIn, Signal…), structured data for search engines (schema.org JSON-LD:
the hub as an Organization, briefs and newsletters as Articles, webinars as
Events, resources as CreativeWorks) and, on briefs, the Highwire `citation_*`
tags that Zotero and Google Scholar capture.

Plain data from a page's entry and the hub's settings; the theme writes it
into the page's <head> (partials/hub/sharing.html). Every address in it is
absolute, so it says nothing where the hub has no `site_url`, but the
titles and summaries.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from ..content.hub import Hub, is_upcoming, webinar_end, webinar_start
from ..content.model import Entry

SCHEMA = "https://schema.org"
# The image a link preview shows where a hub names none of its own: plain,
# the theme's colour, in the size the previews ask for (1200 × 630).
DEFAULT_IMAGE = "assets/images/share.png"


def sharing(hub: Hub, url: str, title: str, description: str, entry: Entry | None, pdf: str = "") -> dict[str, Any]:
    """A page's tags (`meta`: [(attribute, name, content)]) and its JSON-LD
    (`data`, as the text of its script element), from its address in the site, title and summary, and
    (a brief's) the address of its first PDF; its image is the hub's `share_image`."""
    settings = hub.settings
    base = settings.site_url
    address = base + url if base else ""
    picture = base + settings.share_image if base and settings.share_image else ""
    description = description or settings.description
    meta = [
        ("property", "og:site_name", settings.site_name),
        ("property", "og:type", "article" if entry is not None and entry.type != "page" else "website"),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", address),
        ("property", "og:locale", _og_locale(entry.language if entry is not None else settings.language)),
        ("property", "og:image", picture),
        ("property", "og:image:width", "1200" if picture else ""),
        ("property", "og:image:height", "630" if picture else ""),
        # Twitter (X) reads og:title, og:description and og:image: only its card's kind.
        ("name", "twitter:card", "summary_large_image" if picture else "summary"),
    ]
    data: dict[str, Any] | None = None
    if entry is None:
        data = _organization(hub) if url == "" else None
    else:
        meta += [("property", "article:published_time", entry.date.isoformat() if entry.date else ""),
                 ("property", "article:modified_time", entry.updated.isoformat() if entry.updated else "")]
        if entry.type == "brief":
            meta += _citation(hub, entry, address, base + pdf if base and pdf else "")
        data = _DATA[entry.type](hub, entry, address, picture) if entry.type in _DATA else None
    return {"meta": [(attribute, name, content) for attribute, name, content in meta if content],
            "data": json_ld(data) if data else ""}


def json_ld(data: dict[str, Any]) -> str:
    """JSON-LD as a <script> element holds it: no `<` (written \\u003c, the
    same JSON), so no `</script>` or `<!--` in a title can end it early."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace("<", "\\u003c")


@lru_cache(maxsize=None)
def _og_locale(language: str) -> str:
    """Open Graph's `ll_TT` (fr → fr_FR, ar → ar_EG), from CLDR's likely subtags."""
    try:
        locale = Locale.parse(language)
        likely = Locale.parse(get_global("likely_subtags").get(locale.language, locale.language))
        return f"{locale.language}_{likely.territory}" if likely.territory else locale.language
    except (UnknownLocaleError, ValueError):
        return language


# ----------------------------------------------------------------- schema.org


def _organization(hub: Hub) -> dict[str, Any]:
    settings = hub.settings
    data = {"@context": SCHEMA, "@type": "Organization", "name": settings.site_name}
    if settings.site_url:
        data["url"] = settings.site_url
    if settings.description:
        data["description"] = settings.description
    return data


def _publisher(hub: Hub) -> dict[str, Any]:
    data = _organization(hub)
    data.pop("@context")
    data.pop("description", None)
    return data


def _common(hub: Hub, entry: Entry, address: str, picture: str) -> dict[str, Any]:
    data: dict[str, Any] = {"@context": SCHEMA, "inLanguage": entry.language}
    if entry.summary:
        data["description"] = entry.summary
    if address:
        data["url"] = address
    if picture:
        data["image"] = picture
    return data


def _article(hub: Hub, entry: Entry, address: str, picture: str) -> dict[str, Any]:
    data = _common(hub, entry, address, picture)
    data.update({"@type": "Article", "headline": entry.title, "datePublished": entry.date.isoformat(),
                 "publisher": _publisher(hub),
                 "author": [{"@type": "Person", "name": name} for name in entry.authors] or _publisher(hub)})
    data["dateModified"] = (entry.updated or entry.date).isoformat()
    if address:
        data["mainEntityOfPage"] = address
    return data


def _event(hub: Hub, entry: Entry, address: str, picture: str) -> dict[str, Any]:
    data = _common(hub, entry, address, picture)
    start, end = webinar_start(entry), webinar_end(entry)
    data.update({
        "@type": "Event", "name": entry.title,
        "startDate": start.isoformat(), "endDate": end.isoformat(), "duration": f"PT{entry.duration}M",
        "eventAttendanceMode": f"{SCHEMA}/OnlineEventAttendanceMode",
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "organizer": _publisher(hub),
    })
    # Where to join: the registration while it is to come (no Offer: the
    # hub knows no price), else the session's page.
    online = entry.registration if entry.registration and is_upcoming(entry, hub.today) else address
    if online:
        data["location"] = {"@type": "VirtualLocation", "url": online}
    speakers = [{"@type": "Person", "name": s["name"]} for s in entry.speakers]
    if speakers:
        data["performer"] = speakers
    if entry.recording:
        data["recordedIn"] = {"@type": "VideoObject", "name": entry.title, "url": entry.recording}
    return data


def _creative_work(hub: Hub, entry: Entry, address: str, picture: str) -> dict[str, Any]:
    data = _common(hub, entry, address, picture)
    publisher = hub.organisations[entry.publisher]
    data.update({"@type": "CreativeWork", "name": entry.title,
                 "publisher": {"@type": "Organization", "name": publisher.name,
                               **({"url": publisher.url} if publisher.url else {})}})
    if entry.url:
        data["url"] = entry.url  # the work itself; the hub's page is about it
        if address:
            data["subjectOf"] = {"@type": "WebPage", "url": address}
    if entry.year:
        data["datePublished"] = str(entry.year)
    return data


_DATA = {"brief": _article, "newsletter": _article, "webinar": _event, "resource": _creative_work}


# ----------------------------------------------------------------- Highwire


def _citation(hub: Hub, entry: Entry, address: str, pdf: str) -> list[tuple[str, str, str]]:
    """Highwire Press tags, as Google Scholar and Zotero read them."""
    tags = [("name", "citation_title", entry.title)]
    tags += [("name", "citation_author", name) for name in entry.authors]
    tags += [("name", "citation_publication_date", entry.date.strftime("%Y/%m/%d")),
             ("name", "citation_publisher", hub.settings.site_name),
             ("name", "citation_language", entry.language),
             ("name", "citation_abstract_html_url", address),
             ("name", "citation_pdf_url", pdf)]
    return tags
