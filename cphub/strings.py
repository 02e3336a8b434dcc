"""The hub's own interface strings: declared here in English, translated in
gettext catalogs, `cphub/locales/<lang>/LC_MESSAGES/cphub.po`, which
translators open in Poedit, Weblate or Crowdin.

Each message is `N_(key, text)`. Templates and code name it by its key
(`t.search`, `strings(language)["search"]`); in the catalogs the key is the
message's context (msgctxt), so that two messages with the same English text
("Type" of an entry, "Type" as a filter) may differ in another language.
`pybabel extract` finds them (babel.cfg; `python tools/catalogs.py` updates
the template and every catalog). A catalog is read when the hub first needs
its language; a message it lacks, or marks fuzzy, stays in English.

Placeholders in braces ({count}, {n}, {time}…) are filled in by the hub:
a translation keeps them as they are. A count is a message with plural
forms, `NP_(key, singular, plural)`: each catalog gives as many forms as its
language's plural rule (its `Plural-Forms` header) has, Arabic six; the
hub calls it with the number (`t.entry_count(12)`), which it writes as the
language writes numbers. Punctuation is the messages' own: `colon` is what
follows a label ("Feeds: …"), so that French can set its narrow no-break
space before it.

The interface language is Material's `theme.language` in mkdocs.yml; one
without a catalog falls back to English.
"""

from __future__ import annotations

import gettext
from functools import lru_cache
from pathlib import Path
from typing import Callable

from babel.messages.pofile import read_po

from .locale import number

LOCALES = Path(__file__).resolve().parent / "locales"
DOMAIN = "cphub"


def N_(key: str, text: str) -> tuple[str, str]:
    """Marks a message for extraction (keyword `N_:1c,2`); its key and English text."""
    return key, text


def NP_(key: str, singular: str, plural: str) -> tuple[str, tuple[str, str]]:
    """Marks a message with plural forms (keyword `NP_:1c,2,3`); its key and English forms."""
    return key, (singular, plural)


MESSAGES = dict([
    N_("home", "Home"),
    N_("brief", "Brief"),
    N_("webinar", "Webinar"),
    N_("newsletter", "Newsletter"),
    N_("resource", "Resource"),
    N_("page", "Page"),
    N_("briefs", "Briefs"),
    N_("webinars", "Webinars"),
    N_("newsletters", "Newsletters"),
    N_("resources", "Resources"),
    N_("topics", "Topics"),
    N_("countries", "Countries"),
    N_("organisations", "Organisations"),
    N_("topic", "Topic"),
    N_("country", "Country"),
    N_("organisation", "Organisation"),
    N_("library", "Library"),
    N_("subscribe", "Subscribe"),
    N_("offline", "Offline reading"),
    N_("upcoming", "Upcoming"),  # a webinar's badge; the home page's count is upcoming_count
    N_("past", "Past"),
    N_("upcoming_webinars", "Upcoming webinars"),
    # A link under the newest of a section on the home page: "See all: Briefs (12)",
    # "See all: Webinars (3 upcoming)" ({count} is then upcoming_count).
    N_("see_all", "See all: {section} ({count})"),
    # What follows a label before its value ("Feeds: RSS · Atom"): French sets
    # a narrow no-break space before it.
    N_("colon", ":"),
    N_("page_number", "page {n}"),
    N_("previous", "Previous"),
    N_("next", "Next"),
    N_("pagination", "Pages"),
    N_("type", "Type"),
    N_("date", "Date"),
    N_("updated", "Updated"),
    N_("languages", "Languages"),
    N_("authors", "Authors"),
    N_("details", "Details"),
    N_("related", "Related"),
    N_("speakers", "Speakers"),
    N_("starts", "Starts"),
    N_("in_utc", "in UTC"),
    N_("duration", "Duration"),
    N_("recording", "Watch the recording"),
    N_("slides", "Slides"),
    N_("register", "Register"),
    N_("add_to_calendar", "Add to your calendar"),  # a session's .ics file
    N_("attachments", "Downloads"),
    N_("publisher", "Publisher"),
    N_("resource_type", "Kind of resource"),
    N_("year", "Year"),
    N_("get_resource", "Get the resource from its publisher"),
    N_("in_this_issue", "In this issue"),
    N_("website", "Website"),
    N_("discussion", "Discuss this topic"),  # a link on a topic's page to where it is discussed
    N_("cite", "Cite this brief"),  # above a brief's reference, as a reader would copy it
    N_("report_concern", "Report a concern about this page"),  # at the end of every entry, to the hub's editors
    N_("concern_subject", "A concern about a page: {title}"),  # the subject of that e-mail
    N_("search", "Search"),
    N_("search_label", "Search the library"),
    N_("search_placeholder", "Search"),
    N_("skip", "Skip to content"),
    N_("library_intro", "Every brief, webinar, newsletter and resource in the hub."),
    N_("subscribe_intro", "Follow the hub in a feed reader or add its webinars to your calendar."),
    N_("offline_intro", "Download the whole hub to read it without a connection."),
    N_("facet_type", "Type"),
    N_("facet_topic", "Topic"),
    N_("facet_country", "Country"),
    N_("facet_language", "Language"),
    N_("facet_organisation", "Organisation"),
    N_("facet_year", "Year"),
    N_("filters", "Filters"),
    N_("filters_active", "({n} selected)"),
    N_("sort_by", "Sort by"),
    N_("sort_relevance", "Relevance"),
    N_("sort_date", "Newest first"),
    N_("results_none", "No entries match."),
    N_("results_one", "1 entry found."),
    N_("results_many", "{n} entries found."),
    N_("show_more", "Show more"),
    N_("clear_filters", "Clear filters"),
    N_("results_partial", "No entry has every word; showing those with some of them."),
    N_("library_failed", "The search could not load its index. Reload the page to try again."),
    N_("library_needs_js", "Searching needs JavaScript, which is switched off or not supported here. Every entry is listed below, newest first; you can also browse:"),
    N_("offline_copy_note", "You are reading the offline copy of this hub. The latest downloads are on the hub's website:"),
    N_("downloads_caption", "Downloads of the whole hub"),
    N_("download", "Download"),
    N_("size", "Size"),
    N_("download_zip", "Offline archive (.zip)"),
    N_("download_zim", "Kiwix file (.zim)"),
    N_("downloads_pending", "The downloads are being prepared."),
    N_("zip_heading", "The offline archive (.zip)"),
    N_("zip_for", "For a computer (Windows, Mac or Linux), a shared office machine or a USB stick: the whole hub as ordinary web pages. It needs no connection and no program but a web browser; the library search works too."),
    N_("zip_step_download", "Download the archive while you have a connection."),
    N_("zip_step_unzip", "Unzip it (on Windows: right-click, then Extract All)."),
    N_("zip_step_open", "Open the folder and double-click index.html: the hub opens in your browser."),
    N_("zip_usb", "To share it, copy the unzipped folder to a USB stick; anyone can open index.html from the stick."),
    N_("zim_heading", "The Kiwix file (.zim)"),
    N_("zim_for", "For phones, tablets and school servers that have Kiwix, the free offline reader used for Wikipedia and other libraries. One file holds the whole hub, searchable."),
    N_("zim_android", "Android: install Kiwix from your app store, then open the .zim file from your downloads."),
    N_("zim_desktop", "Windows and Linux: install Kiwix Desktop (kiwix.org), then open the .zim file from its library."),
    N_("check_heading", "Checking a download"),
    N_("check_text", "The SHA-256 code above identifies each file exactly. Tools such as sha256sum (Linux), shasum -a 256 (Mac) or Get-FileHash (Windows PowerShell) show the code of the file you have: if the codes match, the file is complete and unchanged."),
    N_("what_is_a_feed", "What is a feed?"),
    N_("feed_explained", "A feed is a list of a site's newest entries that a feed reader checks for you. When something new is published, it appears in your reader (or in your e-mail, with a feed-to-e-mail service) without you visiting the site."),
    N_("feed_how", "To subscribe, copy one of the addresses below and paste it into your feed reader where it asks for a feed or a URL."),
    N_("rss_explained", "The most widely supported kind of feed. Choose this one if you are not sure."),
    N_("atom_explained", "A newer standard that carries the same entries; some readers prefer it."),
    N_("json_explained", "The same entries for programs and websites that read JSON, such as a partner network's site."),
    N_("feeds_everything", "Everything the hub publishes"),
    N_("calendar", "Webinar calendar"),
    N_("calendar_explained", "A calendar subscription puts the hub's webinars in your own calendar, at the right time in your time zone, and keeps them up to date."),
    N_("calendar_how", "In your calendar app, choose to add a calendar from a URL (sometimes called subscribe) and paste the address below. Each upcoming webinar's page also offers a file to add that one session."),
    N_("calendar_file", "Webinars (iCalendar)"),
    N_("feeds_by_type", "Feeds by type"),
    N_("feeds_by_topic", "Feeds by topic"),
    N_("feeds_terms_note", "Every topic, country and organisation page names its own feeds too: open it and use the feed links, or add the page's address followed by rss.xml."),
    N_("local_time", "that is {time} where you are"),
    N_("recording_available", "Recording available"),
    N_("no_recording", "No recording"),
    N_("coming_up", "Coming up"),
    N_("new_in_hub", "New in the hub"),
    N_("read_offline", "Read offline"),
    N_("search_hub", "Search the hub"),
    N_("contact", "Contact"),
    N_("editor_title", "Content editor"),
    N_("editor_needs_js", "The content editor needs JavaScript. Without it, contribute as the hub's contributing page explains."),
    N_("editor_not_connected", "This hub's content editor is not connected to a repository yet. Meanwhile, contribute as the hub's contributing page explains."),
    N_("footer_nav", "Follow the hub and read about it"),
    N_("feeds", "Feeds"),
    N_("also_in", "Also available in"),
    N_("browse_by", "Browse by"),
    N_("about", "About"),
    N_("newsletter_signup", "Get the newsletter by e-mail"),
    N_("newsletter_signup_text", "Each issue gathers what members have shared since the last one."),
    N_("newsletter_signup_action", "Sign up for the newsletter"),
    N_("email_edition", "E-mail edition"),
    N_("email_html", "for mail programs (HTML)"),
    N_("email_text", "plain text"),
    N_("email_eml", "message to open in a mail program (.eml)"),
    N_("view_in_browser", "View this issue in your browser"),
    N_("email_why", "You receive this e-mail because you subscribed to the newsletter of {hub}."),
    N_("email_unsubscribe_tool", "To stop receiving it, use the unsubscribe link your mailing service adds to this e-mail."),
    N_("unsubscribe", "Unsubscribe"),
    N_("manage_subscription", "Update your subscription"),
    N_("newsletter_archive", "Every issue of the newsletter"),
    N_("issue_number", "Issue {n}"),
    N_("webinar_when", "{date}, {time} {zone} ({utc})"),
    N_("resource_type_guide", "Guide"),
    N_("resource_type_toolkit", "Toolkit"),
    N_("resource_type_training", "Training"),
    N_("resource_type_report", "Report"),
    N_("resource_type_research", "Research"),
    N_("resource_type_policy", "Policy"),
    N_("resource_type_video", "Video"),
    N_("resource_type_course", "Course"),
    N_("resource_type_checklist", "Checklist"),
    N_("resource_type_website", "Website"),
])


# Counts: each with the forms its language's plural rule asks for.
PLURALS = dict([
    NP_("entry_count", "{n} entry", "{n} entries"),
    NP_("minutes", "{n} minute", "{n} minutes"),
    NP_("upcoming_count", "{n} upcoming", "{n} upcoming"),  # webinars, on the home page: "(3 upcoming)"
])


class Plural(str):
    """A count's message. Called with a number, it is the form the
    language's plural rule chooses, the number written as the language
    writes numbers (`t.entry_count(1200)`: "1,200 entries", "1 200 entrées");
    as text, its form for many."""

    forms: tuple[str, ...]
    rule: str  # the catalog's plural expression, in C: "(n != 1)"
    language: str

    def __new__(cls, forms: tuple[str, ...], rule: str, language: str) -> Plural:
        made = super().__new__(cls, forms[-1])
        made.forms, made.rule, made.language = tuple(forms), rule, language
        return made

    def __reduce__(self):  # sent to the helpers with the rest of the strings
        return Plural, (self.forms, self.rule, self.language)

    def __call__(self, n: int) -> str:
        form = self.forms[min(_plural_rule(self.rule)(n), len(self.forms) - 1)]
        return form.format(n=number(n, self.language))


@lru_cache(maxsize=None)
def _plural_rule(expression: str) -> Callable[[int], int]:
    return gettext.c2py(expression)


_ENGLISH_RULE = "(n != 1)"


def catalog_path(language: str) -> Path:
    return LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages() -> list[str]:
    """The interface languages the hub ships a catalog for, English first."""
    return ["en"] + sorted(p.parent.parent.name for p in LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.po")
                           if p.parent.parent.name != "en")


@lru_cache(maxsize=None)
def strings(language: str) -> dict[str, str]:
    """Every message by key, in `language` (its base language: `pt-BR` → `pt`);
    a count's is a Plural."""
    base = language.replace("_", "-").split("-")[0].lower()
    path = catalog_path(base)
    english = {key: Plural(forms, _ENGLISH_RULE, base) for key, forms in PLURALS.items()}
    if base == "en" or not path.is_file():
        return {**MESSAGES, **english}
    with path.open("rb") as file:
        catalog = read_po(file, locale=base, domain=DOMAIN)
    translated: dict[str, str] = {}
    for key, text in MESSAGES.items():
        message = catalog.get(text, context=key)
        usable = message is not None and message.string and not message.fuzzy
        translated[key] = message.string if usable else text
    rule = catalog.plural_expr
    for key, forms in PLURALS.items():
        message = catalog.get(forms[0], context=key)
        usable = (message is not None and not message.fuzzy and isinstance(message.string, tuple)
                  and len(message.string) == catalog.num_plurals and all(message.string))
        # A count the catalog lacks stays in English, with English's rule.
        translated[key] = Plural(tuple(message.string), rule, base) if usable else english[key]
    return translated
