"""Every page of the site as plain data: where it goes, which template, what it shows.

URLs here are site-relative without a leading slash (`briefs/x/`); templates
turn them into links relative to the page with MkDocs' `url` filter, so the
same pages work on any host, under any sub-path, and from `file://`.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from weakref import WeakKeyDictionary
from typing import Any
from urllib.parse import quote, urlencode

from ..content.facets import facet_labels
from ..content.hub import TERM_KINDS, Hub, Settings, Term, is_upcoming, organisations_of, webinar_end, webinar_start
from ..content.model import TYPES, Entry
from ..locale import (clock_time, country_name, direction, join, language_name, list_separator, long_date, own_name,
                      utc_time)
from ..strings import strings
from .sharing import sharing
from .addresses import (CALENDAR, Scope, calendar_window, email_urls, entry_calendar_url, hub_scope, term_scopes,
                        topic_calendar_url, type_scopes)

LISTED_TYPES = [t for t in TYPES.values() if t.listed]
# The home page fits three phone screens: the next webinars, and the newest
# of each type (each list links to the rest).
HOME_UPCOMING = 3
HOME_LATEST = 2


@dataclass
class Page:
    src_uri: str  # MkDocs' name for it: "briefs/x.md" is served at "briefs/x/"
    url: str
    title: str
    template: str
    view: dict[str, Any]
    markdown: str = ""
    description: str = ""
    entry: Entry | None = None
    feeds: list[dict[str, str]] = field(default_factory=list)  # this page's own feeds
    # Its other language versions, itself included, for hreflang: an entry's
    # translations; any other page's versions in the hub's other interfaces.
    alternates: list[dict[str, Any]] = field(default_factory=list)
    # Its link preview, structured data and citation tags (sharing.py).
    sharing: dict[str, Any] = field(default_factory=dict)
    # An entry's page: the entries whose data it shows (itself, its related
    # entries, its other versions, a newsletter's items), by slug.
    shows: frozenset[str] = frozenset()
    # (interface digest, Markdown key, this page's digest): fingerprints.page_digest's, kept with a kept page.
    digested: tuple = field(default=(), repr=False, compare=False)


@dataclass
class Kept:
    """An interface's entry pages as a preview's build made them, for the
    next one (see `generate`)."""
    context: tuple = ()
    order: list[str] = field(default_factory=list)  # the published entries' slugs, in the hub's order
    entries: dict[str, Entry] = field(default_factory=dict)
    pages: dict[str, Page] = field(default_factory=dict)  # each entry's page, by slug


# What an edit may change of an entry and still leave every other page but
# those showing it as it was: not its place among the others (the hub's
# order, which also decides related entries, is compared whole), its
# topics, dates, links to other entries... (A page's title orders the pages.)
DISPLAY_ONLY = frozenset({"title", "summary", "authors"})


def generate(hub: Hub, library: dict[str, Any] | None = None, kept: Kept | None = None) -> list[Page]:
    """Every page of one interface. `library` names the library's index
    (its folder, and the stemmers a search loads), which the writers make.

    `kept` (a preview's): the entry pages its build before made. When the
    hub's settings, lists and order are the same and each entry that
    changed changed only in DISPLAY_ONLY fields and its text, an entry page
    that shows none of them is taken as it was (two thirds of this work at
    3,000 entries), and `kept` becomes this build's."""
    t = strings(hub.settings.language)
    pages = [_home(hub)]
    for spec, scope in zip(LISTED_TYPES, type_scopes(hub), strict=True):
        view = {"kind": "type", "type": spec.name}
        if spec.name == "newsletter":
            view["signup"] = hub.settings.newsletter_signup
        # Newest first, each entry once: in the interface language where it has a version in it.
        pages += _paginated(hub, f"{spec.url_prefix}/", t[spec.url_prefix], hub.for_reader(hub.of_type(spec.name)),
                            view, scope)
    scopes = {scope.key: scope for scope in term_scopes(hub)}
    for kind, terms in hub.terms.items():
        pages.append(_term_index(hub, kind, terms))
        for term in terms:
            scope = scopes[f"{term.kind}/{term.id}"]
            pages += _paginated(hub, term.url, term.label, term_entries(hub, term), _term_view(hub, term, scope),
                                scope)
    taken = _taken(hub, kept)
    entry_pages = [taken.get(e.slug) or _entry_page(hub, e) for e in hub.entries + hub.pages]
    pages += entry_pages
    pages += _library(hub, library or {"index": "", "stemmers": []}) + [_subscribe(hub), _section(hub, "offline")]
    hub_feeds = hub_scope(hub).links()
    others = interfaces(hub.settings)
    taken_pages = {id(page) for page in taken.values()}
    for page in pages:  # every page names the hub's feeds, then its own
        if id(page) in taken_pages:  # as the build before made it
            continue
        page.feeds = hub_feeds + page.feeds
        if page.entry is not None:
            page.alternates = page.view["versions"]
        elif others:
            page.alternates = [{"lang": i["lang"], "url": "", "absolute": i["absolute"] + page.url} for i in others]
        page.sharing = sharing(hub, page.url, page.title, page.description, page.entry, pdf=_first_pdf(page))
    if kept is not None:
        kept.context, kept.order = hub_context(hub), [e.slug for e in hub.entries + hub.pages]
        kept.entries = {e.slug: e for e in hub.entries + hub.pages}
        kept.pages = {page.entry.slug: page for page in entry_pages}
    return pages


def hub_context(hub: Hub) -> tuple:
    """What every entry page reads of the hub besides entries."""
    return hub.settings, hub.today, tuple(hub.lists[0]), tuple(hub.lists[1])


def _taken(hub: Hub, kept: Kept | None) -> dict[str, Page]:
    """The entry pages `kept` holds that this build may take as they are, by slug."""
    if kept is None or kept.context != hub_context(hub) or kept.order != [e.slug for e in hub.entries + hub.pages]:
        return {}
    changed = set()
    for entry in hub.entries + hub.pages:
        before = kept.entries[entry.slug]
        if before is not entry:
            if not _display_only(before, entry):
                return {}
            changed.add(entry.slug)
    return {slug: page for slug, page in kept.pages.items() if kept.entries[slug] is hub.by_slug[slug]
            and page.shows.isdisjoint(changed)}


def _display_only(before: Entry, entry: Entry) -> bool:
    """Whether `entry` differs from `before` in DISPLAY_ONLY fields and its text alone."""
    if (before.type, before.slug, before.path) != (entry.type, entry.slug, entry.path):
        return False
    names = (before.fields.keys() | entry.fields.keys()) - DISPLAY_ONLY
    if entry.type == "page":
        names.add("title")
    return all(before.fields.get(name) == entry.fields.get(name) for name in names)


def _first_pdf(page: Page) -> str:
    """A brief's first PDF attachment, for the citation tags."""
    attachments = page.view.get("brief", {}).get("attachments", []) if page.entry is not None else []
    return next((a["url"] for a in attachments if a["format"] == "PDF"), "")


def interfaces(settings: Settings) -> list[dict[str, Any]]:
    """The hub's interfaces as this build links them: its language switcher
    (`root` leads from this build's root to that interface's) and hreflang."""
    languages = settings.interface_languages
    if len(languages) < 2:
        return []
    depth = settings.interface_prefix.count("/")
    site_url = settings.site_url.removesuffix(settings.interface_prefix)
    found = []
    for n, language in enumerate(languages):
        prefix = f"{language}/" if n else ""
        found.append({"lang": language, "label": own_name(language), "code": language.upper(),
                      "root": "../" * depth + prefix, "absolute": site_url + prefix,
                      "current": prefix == settings.interface_prefix})
    return found


# -------------------------------------------------------------- formatting


# Each hub's cards by slug, made once: a card is on its type's listing, its
# terms' pages and related lists. Kept as long as the hub is.
_CARDS: WeakKeyDictionary[Hub, dict[str, dict[str, Any]]] = WeakKeyDictionary()
_LISTED: WeakKeyDictionary[Hub, dict[str, dict[str, Any]]] = WeakKeyDictionary()
_TERM_ENTRIES: WeakKeyDictionary[Hub, dict[str, list[Entry]]] = WeakKeyDictionary()


def term_entries(hub: Hub, term: Term) -> list[Entry]:
    """A term's entries as its page lists them: each once, in the interface
    language where it has a version in it; those in the interface language
    first, then the others, each newest first."""
    found = _TERM_ENTRIES.setdefault(hub, {})
    key = f"{term.kind}/{term.id}"
    if key not in found:
        found[key] = hub.for_reader(term.entries, language_first=True)
    return found[key]


def listed(hub: Hub, entry: Entry) -> dict[str, Any]:
    """An entry's card in a list: its card, and the other language versions
    it has ("also in …"), each named in its own language."""
    cards = _LISTED.setdefault(hub, {})
    found = cards.get(entry.slug)
    if found is None:
        others = [v for v in versions(hub, entry) if not v["current"]]
        t = strings(hub.settings.language)
        found = cards[entry.slug] = ({**card(hub, entry), "also": others, "also_label": t["also_in"] + t["colon"]}
                                     if others else card(hub, entry))
    return found


def card(hub: Hub, entry: Entry) -> dict[str, Any]:
    """What a listing shows of an entry (one dict per entry and hub, to read only)."""
    cards = _CARDS.setdefault(hub, {})
    found = cards.get(entry.slug)
    if found is None:
        found = cards[entry.slug] = _card(hub, entry)
    return found


def _card(hub: Hub, entry: Entry) -> dict[str, Any]:
    language = hub.settings.language
    t = strings(language)
    return {
        "title": entry.title,
        "url": entry.page_url,
        "type": entry.type,
        "type_label": t[entry.type],
        "date": entry.date.isoformat() if entry.date else "",
        "date_label": long_date(entry.date, language) if entry.date else "",
        "summary": entry.summary,
        "lang": entry.language,
        "dir": direction(entry.language),
        "upcoming": is_upcoming(entry, hub.today),
        "upcoming_label": t["upcoming"],
        "topics": _topic_links(hub, entry),
        # Named in the interface language, as the library's facets name them.
        "languages": join([language_name(code, language) for code in entry.languages], language),
        "topics_label": t["topics"] + t["colon"],
        "languages_label": t["languages"] + t["colon"],
    }


def _links(hub: Hub, terms: list[tuple[str, str]] | list[tuple[str, str, str]], listed: bool = True
           ) -> list[dict[str, str]]:
    """Labels with their links, each with what comes before it in a list as
    the interface language separates one ("", ", ", " و"); a third item, the
    language of a label that is not in the interface's (a translation the hub
    lacks), gives it `lang`."""
    separator = list_separator(hub.settings.language)
    return [{"label": label, "url": url, **({"sep": separator if n else ""} if listed else {}),
             **language_of(rest[0] if rest else "")} for n, (label, url, *rest) in enumerate(terms)]


def language_of(code: str) -> dict[str, str]:
    """`lang` and `dir` for a text in another language than the page's, or nothing."""
    return {"lang": code, "dir": direction(code)} if code else {}


def _topic_links(hub: Hub, entry: Entry, listed: bool = False) -> list[dict[str, str]]:
    """An entry's topics, each linked to its page (a page has none); on a
    card, tags side by side, not a list with separators."""
    return _links(hub, [(hub.topics[t].label, f"topics/{t}/", hub.topics[t].label_lang)
                        for t in entry.fields.get("topics", ())], listed)


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    units = ["KB", "MB", "GB"]
    exponent = min(int(math.log(size, 1024)), len(units))
    return f"{size / 1024 ** exponent:.1f} {units[exponent - 1]}".replace(".0 ", " ")


# ----------------------------------------------------------------- entries


# Words from which an entry is long enough to list its headings (about six
# screens of a phone): a short brief reads without a table of contents.
LONG_ENTRY = 600


def _entry_page(hub: Hub, entry: Entry) -> Page:
    src_uri = entry.page_url.rstrip("/") + ".md"
    view = {"kind": "entry", "entry": card(hub, entry), "meta": _meta(hub, entry), "versions": versions(hub, entry),
            "long": entry.words >= LONG_ENTRY}
    shows = {entry.slug} | {v.slug for v in hub.versions_of(entry)}
    if entry.type != "page":
        related = hub.related(entry)
        shows.update(e.slug for e in related)
        view["concern"] = _concern(hub, entry)
        view["related"] = [listed(hub, e) for e in related]
        view[entry.type] = _TYPE_VIEWS[entry.type](hub, entry)
    if entry.type == "newsletter":
        shows.update(entry.items)
    return Page(src_uri, entry.page_url, entry.title, "entry.html", view, markdown=entry.body,
                description=entry.summary or "", entry=entry, shows=frozenset(shows))


def _concern(hub: Hub, entry: Entry) -> str:
    """Where a reader reports a concern about the entry: the hub's contact,
    an e-mail already naming the page (its title, its address) where the
    contact is an address; "" for a hub without one."""
    contact = hub.settings.contact
    if not contact.startswith("mailto:"):
        return contact
    address = hub.settings.site_url + entry.page_url if hub.settings.site_url else entry.page_url
    subject = strings(hub.settings.language)["concern_subject"].format(title=entry.title)
    return contact + "?" + urlencode({"subject": subject, "body": address + "\n\n"}, quote_via=quote)


def versions(hub: Hub, entry: Entry) -> list[dict[str, Any]]:
    """Every language version of the entry, itself included, each named in
    its own language ("Français", "العربية"): for "Also available in", the
    `hreflang` links of its <head> and the sitemap."""
    return [{"lang": v.language, "dir": direction(v.language), "label": own_name(v.language),
             "url": v.page_url, "absolute": hub.settings.site_url + v.page_url if hub.settings.site_url else "",
             "current": v is entry} for v in hub.versions_of(entry)]


def _meta(hub: Hub, entry: Entry) -> dict[str, Any]:
    language = hub.settings.language
    meta: dict[str, Any] = {}
    if entry.type != "page":
        meta["type"] = {"label": strings(language)[entry.type], "url": f"{entry.spec.url_prefix}/"}
    if entry.date:
        meta["date"] = {"iso": entry.date.isoformat(), "label": long_date(entry.date, language)}
    if entry.updated:
        meta["updated"] = {"iso": entry.updated.isoformat(), "label": long_date(entry.updated, language)}
    if entry.type != "page":
        meta["organisations"] = _links(hub, [(hub.organisations[o].name, f"organisations/{o}/",
                                         hub.organisations[o].name_lang) for o in organisations_of(entry)])
        meta["topics"] = _topic_links(hub, entry, listed=True)
        meta["countries"] = _links(hub, [(country_name(c, language), f"countries/{c.lower()}/")
                                         for c in entry.countries])
    meta["languages"] = join([language_name(code, language) for code in entry.languages], language)
    meta["authors"] = join(list(entry.authors), language)
    return meta


def _brief_view(hub: Hub, entry: Entry) -> dict[str, Any]:
    folder = Path(entry.path).parent
    attachments = []
    for item in entry.attachments:
        path = hub.root / folder / item["file"]
        attachments.append({
            "title": item["title"],
            "url": asset_url(entry, item["file"]),
            "size": human_size(path.stat().st_size),
            "format": path.suffix.lstrip(".").upper(),
        })
    return {"attachments": attachments, "citation": _citation(hub, entry)}


def _citation(hub: Hub, entry: Entry) -> dict[str, str]:
    """A brief's reference as a reader copies it: its authors (the hub's
    name where it names none), year, title, the hub and its address."""
    settings = hub.settings
    return {"authors": join(list(entry.authors), settings.language) if entry.authors else settings.site_name,
            "year": str(entry.date.year), "title": entry.title, "publisher": settings.site_name,
            "url": settings.site_url + entry.page_url if settings.site_url else ""}


def _webinar_view(hub: Hub, entry: Entry) -> dict[str, Any]:
    language = hub.settings.language
    start, end = webinar_start(entry), webinar_end(entry)
    utc = start.astimezone(dt.timezone.utc)
    speakers = []
    for s in entry.speakers:
        org = hub.organisations.get(s["organisation"]) if s.get("organisation") else None
        speakers.append({"name": s["name"], "role": s.get("role"),
                         "organisation": {"label": org.name, "url": f"organisations/{org.id}/",
                                          **language_of(org.name_lang)} if org else None})
    slides = entry.slides
    if slides and not slides.startswith(("http://", "https://")):
        slides = asset_url(entry, slides)
    upcoming = is_upcoming(entry, hub.today)
    return {
        "upcoming": upcoming,
        "start_iso": start.isoformat(),
        "start_local": clock_time(start, language),
        "timezone": entry.timezone,
        "start_utc": utc_time(start, language),
        "utc_date_label": long_date(utc.date(), language),
        "utc_date_differs": utc.date() != entry.date,
        "end_local": clock_time(end, language),
        "duration": entry.duration,
        "speakers": speakers,
        "recording": entry.recording,
        "slides": slides,
        "slides_local": bool(entry.slides and slides != entry.slides),
        "registration": entry.registration if upcoming else None,
        "ics": entry_calendar_url(entry) if upcoming else None,
    }


def _newsletter_view(hub: Hub, entry: Entry) -> dict[str, Any]:
    return {"issue": entry.issue, "items": [listed(hub, e) for e in hub.published(entry.items)],
            # The e-mail edition's links are absolute: it needs the hub's address.
            "email": email_urls(entry) if hub.settings.site_url else None,
            "signup": hub.settings.newsletter_signup}


def _resource_view(hub: Hub, entry: Entry) -> dict[str, Any]:
    publisher = hub.organisations[entry.publisher]
    return {
        "publisher": {"label": publisher.name, "url": f"organisations/{publisher.id}/",
                      **language_of(publisher.name_lang)},
        "resource_type": entry.resource_type,
        "resource_type_label": strings(hub.settings.language)[f"resource_type_{entry.resource_type}"],
        "year": entry.year,
        "url": entry.fields["url"],
    }


_TYPE_VIEWS = {"brief": _brief_view, "webinar": _webinar_view, "newsletter": _newsletter_view,
               "resource": _resource_view}


def asset_url(entry: Entry, relative_path: str) -> str:
    """The site URL of a file that sits beside an entry's source file."""
    folder = TYPES[entry.type].folder
    prefix = TYPES[entry.type].url_prefix
    source_dir = Path(entry.path).parent.relative_to(folder).as_posix()
    parts = [p for p in (prefix, source_dir if source_dir != "." else "", relative_path) if p]
    return "/".join(parts)


# ---------------------------------------------------------------- listings


def _paginated(hub: Hub, url: str, title: str, entries: list[Entry], view: dict[str, Any],
               scope: Scope | None, cards=None) -> list[Page]:
    """A list's pages; `cards`: what each entry shows (its card in a list,
    by default)."""
    cards = cards or listed
    size = hub.settings.page_size
    count = max(1, math.ceil(len(entries) / size))
    page_urls = [url] + [f"{url}page/{n}/" for n in range(2, count + 1)]
    pages = []
    for number in range(1, count + 1):
        page_url = page_urls[number - 1]
        chunk = entries[(number - 1) * size: number * size]
        listing = {
            **view,
            "title": title,
            "count": len(entries),
            "items": [cards(hub, e) for e in chunk],
            "pagination": {
                "number": number,
                "count": count,
                "previous": page_urls[number - 2] if number > 1 else None,
                "next": page_urls[number] if number < count else None,
                "pages": [{"number": n, "url": page_urls[n - 1]} for n in range(1, count + 1)],
            },
        }
        shown = title if number == 1 else f"{title} ({strings(hub.settings.language)['page_number'].format(n=number)})"
        pages.append(Page(_src(page_url), page_url, shown, "listing.html", listing,
                          description=view.get("description") or "", feeds=scope.links() if scope else []))
    return pages


def _src(url: str) -> str:
    """MkDocs source name for a directory URL: `a/b/` → `a/b.md`, `a/` → `a/index.md`."""
    if url == "":
        return "index.md"
    parts = url.rstrip("/")
    return f"{parts}/index.md" if parts.count("/") == 0 else f"{parts}.md"


def _term_view(hub: Hub, term: Term, scope: Scope) -> dict[str, Any]:
    view = {"kind": "term", "term_kind": term.kind, "id": term.id, "description": term.description,
            "website": term.website, "discussion": term.discussion, "title_lang": language_of(term.label_lang),
            "description_lang": language_of(term.description_lang)}
    if term.kind == "topic":
        view.update(_topic_space(hub, term, scope))
    return view


def _topic_space(hub: Hub, term: Term, scope: Scope) -> dict[str, Any]:
    """A theme's space, above its list: its sessions to come, its entries
    by type (each a search of the library), and how to follow it (its own
    feeds, and its calendar where it has sessions)."""
    t = strings(hub.settings.language)
    entries = term_entries(hub, term)
    here = set(entries)
    coming = [e for e in hub.for_reader(hub.upcoming()) if e in here]
    by_type = []
    for spec in LISTED_TYPES:
        count = sum(1 for e in entries if e.type == spec.name)
        if count:
            by_type.append({"label": t[spec.url_prefix], "count": count,
                            "url": f"library/?{urlencode({'topic': term.id, 'type': spec.name})}"})
    follow = [{"label": link["format"], "url": link["url"]} for link in scope.links()]
    if calendar_window(hub, term.entries):  # the sessions calendar.outputs() writes there
        follow.append({"label": t["calendar"], "url": topic_calendar_url(term)})
    return {"upcoming": [{"entry": listed(hub, e), "webinar": _webinar_view(hub, e)} for e in coming],
            "by_type": by_type, "follow": follow}


def _term_index(hub: Hub, kind: str, terms: list[Term]) -> Page:
    names = strings(hub.settings.language)
    folder = TERM_KINDS[kind]
    title = names[folder]
    view = {"kind": "terms", "term_kind": kind, "title": title,
            "terms": [{"label": t.label, "url": t.url, "count": len(term_entries(hub, t)), "id": t.id,
                       **language_of(t.label_lang)} for t in terms],
            # The other ways to browse: the tabs name only the first.
            "kinds": [{"label": names[f], "url": f"{f}/", "current": f == folder} for f in TERM_KINDS.values()]}
    return Page(f"{folder}/index.md", f"{folder}/", title, "terms.html", view)


# -------------------------------------------------------------- home, etc.


def _home(hub: Hub) -> Page:
    """What is coming (the next webinars, with their times), what is new in
    each type, the topics, and the ways to search, subscribe and read offline."""
    t = strings(hub.settings.language)
    upcoming = hub.for_reader(hub.upcoming())  # soonest first, whatever their language
    lead = _lead(hub)
    latest = []
    for spec in LISTED_TYPES:
        of_type = hub.for_reader(hub.of_type(spec.name))  # as its listing shows them
        entries = [e for e in hub.for_reader(of_type, language_first=True) if e not in upcoming]
        if entries:
            latest.append({"id": spec.name, "label": t[spec.url_prefix], "url": f"{spec.url_prefix}/",
                           "count": len(of_type), "entries": [listed(hub, e) for e in entries[:HOME_LATEST]]})
    view = {
        "kind": "home",
        "description": hub.settings.description,
        "lead": {"entry": listed(hub, lead), "type": t[lead.type]} if lead else None,
        "upcoming": [{"entry": listed(hub, e), "webinar": _webinar_view(hub, e)} for e in upcoming[:HOME_UPCOMING]],
        "upcoming_count": len(upcoming),
        "latest": latest,
        "topics": [{"label": term.label, "url": term.url, "count": len(term_entries(hub, term)),
                    **language_of(term.label_lang)} for term in hub.terms["topic"]],
    }
    return Page("index.md", "", hub.settings.site_name, "home.html", view, description=hub.settings.description)


def _lead(hub: Hub) -> Entry | None:
    """What leads the home page: the newest entry marked `featured`, else
    the newest brief (a session to come leads its own list below), in the
    reader's language where it has a version in it."""
    listed = [e for e in hub.entries if e.type != "webinar" or not is_upcoming(e, hub.today)]
    featured = [e for e in listed if e.featured]
    briefs = [e for e in listed if e.type == "brief"]
    lead = max(featured or briefs, key=lambda e: e.date, default=None)
    if lead is None:
        return None
    # Its version in the reader's language, where it has one.
    return next((v for v in hub.versions_of(lead) if v.language == hub.settings.language), lead)


def footer(hub: Hub) -> dict[str, Any]:
    """Every page's footer: the hub's feeds and calendar, the offline copy,
    the hub's own pages (about, community rules…) and how to reach its editors."""
    return {
        "feeds": hub_scope(hub).links(),
        "calendar": CALENDAR,
        # Each page in the interface language where it has a version in it.
        "pages": [{"title": p.title, "url": p.page_url,
                   **language_of(p.language if p.language != hub.settings.language else "")}
                  for p in hub.own_pages],
        "contact": hub.settings.contact,
    }


def _section(hub: Hub, name: str, **view: Any) -> Page:
    """/library/, /subscribe/, /offline/."""
    view = {"kind": name, "count": len(hub.entries), **view}
    return Page(f"{name}/index.md", f"{name}/", strings(hub.settings.language)[name], f"{name}.html", view)


def _library(hub: Hub, index: dict[str, Any]) -> list[Page]:
    """The search page, and every entry newest first: the library's first
    page lists the newest, as /library/page/2/… list the rest, so that it
    lists every entry without JavaScript too. Facets are drawn here with
    their counts; a search's results come from the index (`index`: its
    folder, and the stemmers a query needs), which the writers make."""
    t = strings(hub.settings.language)
    facets = [{"name": name, "label": t["facet_" + name],
               "values": [{"value": v, "label": label, "count": n} for v, label, n in values]}
              for name, values in facet_labels(hub).items()]
    # Every version, each on its own, as the search's results show them.
    first, *rest = _paginated(hub, "library/", t["library"], hub.entries, {"kind": "all"}, None, cards=card)
    listing = {key: value for key, value in first.view.items() if key not in ("kind", "title")}
    search = _section(hub, "library", **listing, facets=facets, index=index["index"], stemmers=index["stemmers"],
                      types=[{"label": t[s.url_prefix], "url": f"{s.url_prefix}/", "count": len(hub.of_type(s.name))}
                             for s in LISTED_TYPES])
    return [search, *rest]


def _subscribe(hub: Hub) -> Page:
    """Every feed and calendar, with the address to copy into a reader."""
    base = hub.settings.site_url

    def group(scope: Scope) -> dict[str, Any]:
        return {"title": scope.title, "feeds": [{**link, "absolute": base + link["url"]} for link in scope.links()]}

    return _section(
        hub, "subscribe",
        hub_feeds=group(hub_scope(hub)),
        types=[group(s) for s in type_scopes(hub)],
        topics=[group(s) for s in term_scopes(hub) if s.key.startswith("topic/")],
        calendar={"url": CALENDAR, "absolute": base + CALENDAR},
        signup=hub.settings.newsletter_signup,
    )
