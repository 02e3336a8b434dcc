"""Newsletters: the next issue drafted from what the hub published since the
last one, and every issue's e-mail edition.

An e-mail edition is three files beside the issue's page: `email.html`, one
document mail programs render (a 600 px table layout, every style inlined by
css-inline, no script, no web font, every link absolute), `email.txt`, its
plain-text version, and `<slug>.eml`, both as one `multipart/alternative`
message an editor opens in a mail program to check or forward. Mailing
services take the HTML as a campaign's code, or the page's address.

The build's Markdown workers make the editions (`edition_files`) while its
own process writes the feeds. Their templates (`templates/email/`) have
Jinja's and MkDocs' filters, not the helpers the hub adds for its pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

import css_inline
from inscriptis import get_text
from inscriptis.model.config import ParserConfig

from ..content.hub import Hub, soonest_first
from ..content.model import TYPES, Entry
from ..locale import direction, number
from ..site.addresses import email_urls
from ..site.pages import card
from ..strings import strings
from .feeds import absolute_html, webinar_when

TEMPLATE_HTML, TEMPLATE_TEXT = "email/newsletter.html", "email/newsletter.txt"

# The unsubscribe and preferences links of the mailing services whose merge
# tags the hub knows (`newsletter_merge_tags` under the plugin); a hub names
# any other service's tags itself, as {unsubscribe: …, manage: …}.
MERGE_TAGS = {
    "mailchimp": {"unsubscribe": "*|UNSUB|*", "manage": "*|UPDATE_PROFILE|*"},
    "listmonk": {"unsubscribe": "{{ UnsubscribeURL }}", "manage": "{{ UnsubscribeURL }}?manage=true"},
}

# What follows the preheader (the issue's summary) in its hidden element:
# zero-width non-joiners and no-break spaces, which mail programs neither
# collapse nor show, so that a preview with room to spare (up to about 200
# characters) shows the summary and then nothing, rather than the text at
# the top of the body ("View this issue in your browser…").
PREVIEW_PADDING = "\u200c\u00a0" * 100

# --------------------------------------------------------------- the draft


def previous_issue(hub: Hub) -> Entry | None:
    """The newest published issue (by date, then number)."""
    issues = hub.of_type("newsletter")
    return max(issues, key=lambda e: (e.date, e.issue), default=None)


def new_since(hub: Hub, previous: Entry | None) -> list[Entry]:
    """Every published entry since `previous`, newest first (pages, drafts and
    scheduled entries are not in `hub.entries`). An entry of the previous
    issue's own day is new unless that issue featured it; upcoming webinars
    are all dated after it, so all are in."""
    if previous is None:
        return [e for e in hub.entries if e.type != "newsletter"]
    featured = set(previous.items)
    return [e for e in hub.entries if e.type != "newsletter" and (
        e.date > previous.date or (e.date == previous.date and e.slug not in featured))]


def draft(hub: Hub) -> dict[str, Any]:
    """What the newsletter scaffold needs to draft the next issue."""
    previous = previous_issue(hub)
    items = new_since(hub, previous)
    t = strings(hub.settings.language)
    language = hub.settings.language
    upcoming = [e for e in items if e.type == "webinar" and e.date >= hub.today]
    groups = [{"label": t[spec.url_prefix], "entries": [_line(e) for e in items if e.type == spec.name
                                                          and e not in upcoming]}
              for spec in TYPES.values() if spec.listed and spec.name != "newsletter"]
    common = Counter(topic for e in items for topic in e.topics)
    return {
        "previous": {"issue": previous.issue, "date": previous.date.isoformat()} if previous else None,
        "items": [_line(e) for e in items],
        "groups": [g for g in groups if g["entries"]],
        "upcoming": [{**_line(e), "when": webinar_when(e, language)} for e in upcoming],
        # The topics most of the items share: the editor may trim them.
        "item_topics": [topic for topic, _ in sorted(common.items(), key=lambda kv: (-kv[1], kv[0]))[:3]],
    }


def _line(entry: Entry) -> dict[str, str]:
    return {"slug": entry.slug, "type": entry.type, "title": entry.title, "date": entry.date.isoformat()}


# -------------------------------------------------------- the e-mail edition


@dataclass(frozen=True)
class EmailOptions:
    merge_tags: dict[str, str] | None  # {"unsubscribe": …, "manage": …}, or None
    sender: str = ""  # the .eml's From: address; without one, newsletter@ the hub's host


def edition_view(hub: Hub, entry: Entry, note_html: str, options: EmailOptions) -> dict[str, Any]:
    """Everything the e-mail templates show, every link absolute. Webinars of
    the issue on or after its date are "coming up", with their time; the
    other items are grouped by type, as the page lists them."""
    base = hub.settings.site_url
    language = hub.settings.language
    t = strings(language)
    featured = hub.published(entry.items)
    coming = soonest_first(e for e in featured if e.type == "webinar" and e.date >= entry.date)

    def item(e: Entry, kicker: str) -> dict[str, Any]:
        return {**card(hub, e), "link": base + e.page_url, "kicker": kicker}

    sections = [{"label": t["coming_up"], "upcoming": True,
                 "items": [item(e, webinar_when(e, language)) for e in coming]}]
    for spec in TYPES.values():
        if spec.listed:
            sections.append({"label": t[spec.url_prefix], "upcoming": False, "items": [
                item(e, f"{t[e.type]} · {card(hub, e)['date_label']}") for e in featured
                if e.type == spec.name and e not in coming]})
    page_url = base + entry.page_url
    return {
        "t": t,
        "lang": language,
        "dir": direction(language),
        "hub_name": hub.settings.site_name,
        "home": base,
        "page_url": page_url,
        "archive_url": base + "newsletters/",
        "subject": f"{hub.settings.site_name}{t['colon']} {entry.title}",
        "preheader": entry.summary,
        "preview_padding": PREVIEW_PADDING,
        "entry": card(hub, entry),
        "issue_label": t["issue_number"].format(n=number(entry.issue, language)),
        "note_html": absolute_html(note_html, page_url),
        "sections": [section for section in sections if section["items"]],
        "merge_tags": options.merge_tags,
    }


def inline_css(html: str) -> str:
    """Every rule of the template's <style> written into style attributes,
    which mail programs keep (many drop <style>); media queries (narrow
    screens, dark mode) stay in a <style>, the one place they can be."""
    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)
    return inliner.inline(html)


def plain_text(html: str) -> str:
    """The editor's note as text, each link's address written after it."""
    return get_text(html, ParserConfig(display_links=True)).strip()


def message(edition: Edition, html: str, text: str) -> bytes:
    """The .eml: text then HTML (mail programs show the last part they can).
    Its date, Message-ID and MIME boundary come from the issue, so a rebuild
    writes the same bytes."""
    view = edition.view
    host = urlsplit(view["home"]).hostname or "hub.invalid"
    mail = EmailMessage(policy=SMTP)
    mail["Subject"] = view["subject"]
    mail["From"] = edition.sender
    mail["Date"] = format_datetime(dt.datetime.combine(edition.date, dt.time(0, 0), tzinfo=dt.timezone.utc))
    mail["Message-ID"] = f"<{edition.slug}@{host}>"
    # Outlook and Thunderbird open a message with this header as a draft, ready to send.
    mail["X-Unsent"] = "1"
    mail.set_content(text)
    mail.add_alternative(html, subtype="html")
    mail["Content-Language"] = view["lang"]  # after the parts: setting content drops Content-* headers
    mail.set_boundary("cphub-" + hashlib.sha256((html + text).encode("utf-8")).hexdigest()[:32])
    return mail.as_bytes()


def default_sender(hub: Hub) -> str:
    host = urlsplit(hub.settings.site_url).hostname or "localhost"
    return formataddr((hub.settings.site_name, f"newsletter@{host}"))


@dataclass(frozen=True)
class Edition:
    """One issue's e-mail edition, as plain data: the build's Markdown
    workers make the files while its own process writes the feeds."""
    view: dict[str, Any]  # what the templates show (edition_view)
    urls: dict[str, str]  # html, text, eml: site-relative (pages.email_urls)
    sender: str
    date: dt.date
    slug: str


def editions(hub: Hub, content: dict[str, str], options: EmailOptions) -> list[Edition]:
    """Every issue's e-mail edition. Links must be absolute: without the
    hub's `site_url` there is none."""
    if not hub.settings.site_url:
        return []
    sender = options.sender or default_sender(hub)
    return [Edition(edition_view(hub, entry, content.get(entry.slug, ""), options), email_urls(entry), sender,
                    entry.date, entry.slug) for entry in hub.of_type("newsletter")]


def edition_files(edition: Edition, render: Callable[[str, dict], str]) -> dict[str, bytes]:
    """An edition's three files, by site-relative path."""
    view = edition.view
    html = inline_css(render(TEMPLATE_HTML, view)).rstrip("\n") + "\n"
    text = render(TEMPLATE_TEXT, {**view, "note_text": plain_text(view["note_html"])}).strip() + "\n"
    return {edition.urls["html"]: html.encode("utf-8"), edition.urls["text"]: text.encode("utf-8"),
            edition.urls["eml"]: message(edition, html, text)}


def write_files(site: Path, files: dict[str, bytes]) -> list[Path]:
    """Editions' files, each beside its issue's page."""
    written = []
    for url, data in files.items():
        path = site / url
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written
