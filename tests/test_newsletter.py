"""Newsletters by e-mail: the next issue drafted from what is new, every
issue's e-mail edition read by Python's `email` parser and Chromium, the
sign-up link, and the feeds as RSS-to-e-mail services read them."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from email import message_from_bytes, policy
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
import yaml

from conftest import build, copy_hub, copy_sample, run, BASE

SITE_URL = "https://hub.example.org/"
SIGNUP = "https://lists.example.org/exchange/subscribe"
TODAY = dt.date(2026, 11, 21)  # conftest's EPOCH


def write(hub: Path, rel: str, front: str, body: str = "Text.\n") -> None:
    path = hub / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front.strip()}\n---\n\n{body}", encoding="utf-8")


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def add_settings(hub: Path, plugin: str = "", theme: str = "") -> None:
    config = hub / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if plugin:
        text = re.sub(r"^  - cphub:?\s*$", "  - cphub:\n" + plugin.rstrip("\n"), text, count=1, flags=re.M)
    if theme:
        text = text.replace("  name: material\n", "  name: material\n" + theme, 1)
    config.write_text(text, encoding="utf-8")


# ------------------------------------------------------------------ the draft


@pytest.fixture
def busy_hub(tmp_path) -> Path:
    """A hub the draft has never seen: a previous issue, and entries on
    every side of it."""
    hub = copy_hub(BASE, tmp_path / "hub")
    write(hub, "content/newsletters/june-issue.md", """
title: June issue
date: 2026-06-01
issue: 4
summary: The June issue.
topics: [family-care]
items: [featured-on-the-day]
""")
    briefs = {
        "before-the-issue": "2026-05-20",          # out: before the previous issue
        "featured-on-the-day": "2026-06-01",       # out: the previous issue featured it
        "later-on-the-day": "2026-06-01",          # in: same day, not featured
        "july-brief": "2026-07-02",                # in
        "last-week-brief": "2026-11-14",           # in
    }
    for slug, day in briefs.items():
        write(hub, f"briefs/{slug}.md", f"title: Brief {slug}\ndate: {day}\nsummary: S.\ntopics: [mental-health]")
    write(hub, "briefs/unfinished.md", "title: Unfinished\ndate: 2026-08-01\nsummary: S.\ntopics: [family-care]\n"
                                        "draft: true")
    write(hub, "briefs/next-month.md", "title: Next month\ndate: 2026-12-15\nsummary: S.\ntopics: [family-care]")
    write(hub, "content/pages/new-page.md", "title: A page written in August\ndate: 2026-08-03")
    write(hub, "content/resources/autumn-guide.md", "title: Autumn guide\ndate: 2026-09-09\nsummary: S.\n"
                                                    "topics: [family-care]\npublisher: unicef\nresource_type: guide")
    write(hub, "webinars/october-session.md", 'title: October session\ndate: 2026-10-20\ntime: "10:00"\n'
                                               "timezone: Africa/Kampala\nsummary: S.\ntopics: [family-care]")
    write(hub, "webinars/december-session.md", 'title: December session\ndate: 2026-12-03\ntime: "14:00"\n'
                                                "timezone: America/Bogota\nsummary: S.\ntopics: [family-care]\n"
                                                "announced: 2026-11-10")
    return hub


def test_the_draft_lists_exactly_what_was_published_since_the_last_issue(busy_hub, capsys):
    code, out, err = run(busy_hub, "new", "newsletter", "November issue", capsys=capsys)
    assert code == 0, err
    path = busy_hub / "content/newsletters/november-issue.md"
    data = front_matter(path)
    assert data["issue"] == 5 and data["date"] == TODAY
    # Newest first: the upcoming webinar, then back to the same-day brief.
    assert data["items"] == ["december-session", "last-week-brief", "october-session", "autumn-guide",
                             "july-brief", "later-on-the-day"]
    assert data["topics"] == ["family-care", "mental-health"]  # the items' own, most shared first
    text = path.read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2]
    # Grouped by type for the editor, the upcoming webinar named with its time.
    assert re.search(r"Briefs:\n- Brief last-week-brief \(2026-11-14\)\n- Brief july-brief", body)
    assert "Coming up:\n- December session: December 3, 2026, 14:00 America/Bogota (19:00 UTC)" in body
    # The editor's note and the summary are to write: check names both, with their lines.
    assert "FILL IN" in body
    assert "Fill in, then run 'cphub check'" in err  # the command line's name (build.py in the sample)
    code, _, err = run(busy_hub, "check", capsys=capsys)
    assert code == 1
    line = text.splitlines().index(next(x for x in text.splitlines() if x.startswith("FILL IN"))) + 1
    assert f"content/newsletters/november-issue.md:{line}: body: still holds the placeholder" in err
    assert "content/newsletters/november-issue.md:5: summary:" in err


def test_the_draft_never_overwrites_a_file(busy_hub, capsys):
    assert run(busy_hub, "new", "newsletter", "November issue", capsys=capsys)[0] == 0
    path = busy_hub / "content/newsletters/november-issue.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nThe editor's own words.\n", encoding="utf-8")
    before = path.read_bytes()
    code, _, err = run(busy_hub, "new", "newsletter", "November issue", capsys=capsys)
    assert code == 1 and "content/newsletters/november-issue.md already exists" in err
    assert path.read_bytes() == before


def test_a_first_issue_lists_everything_and_a_quiet_month_lists_nothing(tmp_path, capsys):
    hub = copy_hub(BASE, tmp_path / "hub")
    (hub / "content/newsletters/valid-newsletter.md").unlink()
    assert run(hub, "new", "newsletter", "First", capsys=capsys)[0] == 0
    assert front_matter(hub / "content/newsletters/first.md")["items"] == [
        "valid-resource", "valid-webinar", "valid-brief"]
    # Once the first issue is out, nothing is new: the draft says so and lists none.
    write(hub, "content/newsletters/first.md", f"title: First\ndate: {TODAY}\nissue: 1\nsummary: S.\n"
                                               "topics: [family-care]")
    assert run(hub, "new", "newsletter", "Second", capsys=capsys)[0] == 0
    second = hub / "content/newsletters/second.md"
    assert "items" not in front_matter(second) and "issue: 2" in second.read_text()
    assert "Nothing was published since issue 1" in second.read_text()


def test_a_filled_in_draft_builds_and_its_email_features_every_item(busy_hub, capsys):
    run(busy_hub, "new", "newsletter", "November issue", capsys=capsys)
    path = busy_hub / "content/newsletters/november-issue.md"
    text = path.read_text(encoding="utf-8")
    text = text.replace('"FILL IN: one or two plain sentences on what this issue brings (at most 400 characters)"',
                        "What members shared this autumn.")
    text = re.sub(r"FILL IN: a few words.*?after them\.", "Welcome to the November issue.", text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    assert run(busy_hub, "check", "--strict", capsys=capsys)[0] == 0
    site = build(busy_hub)
    html = (site / "newsletters/november-issue/email.html").read_text(encoding="utf-8")
    for slug in front_matter(path)["items"]:
        folder = "webinars" if "session" in slug else "resources" if slug == "autumn-guide" else "briefs"
        assert f'href="{SITE_URL}{folder}/{slug}/"' in html
    assert "Welcome to the November issue." in html
    # The upcoming webinar leads, with its time in its zone and in UTC.
    coming = html.index("Coming up")
    assert coming < html.index("December session") < html.index("Briefs")
    assert "December 3, 2026, 14:00 America/Bogota (19:00 UTC)" in html


# ---------------------------------------------------------- the e-mail edition


@pytest.fixture(scope="module")
def signup_site(tmp_path_factory) -> Path:
    hub = copy_sample(tmp_path_factory.mktemp("newsletters") / "hub")
    add_settings(hub, plugin=f"      newsletter_signup: {SIGNUP}\n")
    return build(hub)


def newsletters(site: Path) -> list[Path]:
    found = sorted(p.parent for p in site.glob("newsletters/*/email.html"))
    assert len(found) >= 2
    return found


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data


def tags_of(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def built_file(site: Path, url: str) -> Path | None:
    """The built file an absolute URL of the hub names."""
    if not url.startswith(SITE_URL):
        return None
    path = site / urlsplit(url).path.lstrip("/")
    return path / "index.html" if url.endswith("/") else path


def test_every_eml_is_multipart_alternative_with_the_text_and_the_html(signup_site):
    for folder in newsletters(signup_site):
        raw = (folder / f"{folder.name}.eml").read_bytes()
        message = message_from_bytes(raw, policy=policy.default)
        assert message.get_content_type() == "multipart/alternative"
        parts = list(message.iter_parts())
        assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
        # The same text and HTML as the files (a message's lines end in CRLF).
        assert parts[0].get_content().replace("\r\n", "\n") == (folder / "email.txt").read_text(encoding="utf-8")
        assert parts[1].get_content().replace("\r\n", "\n") == (folder / "email.html").read_text(encoding="utf-8")
        assert message["Subject"].startswith("Community Child Protection Exchange: ")
        assert "@" in message["From"] and message["Date"] and message["Message-ID"]
        assert message["Content-Language"] == "en"
        assert b"\r\n" in raw and not re.search(rb"[^\r]\n", raw)  # a mail file's CRLF lines


def test_every_email_html_has_no_script_inline_styles_and_absolute_links_to_built_pages(signup_site):
    for folder in newsletters(signup_site):
        html = (folder / "email.html").read_text(encoding="utf-8")
        parsed = tags_of(html)
        names = [tag for tag, _ in parsed.tags]
        assert "script" not in names and "link" not in names and "iframe" not in names
        assert not re.search(r"@import|@font-face|url\(", html)
        assert not any(name.startswith("on") for _, attrs in parsed.tags for name in attrs)
        # The only rules left in <style> are media queries (narrow screens, dark mode).
        assert re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", parsed.style).strip() == ""
        styled = [tag for tag, attrs in parsed.tags if attrs.get("style")]
        for tag in ("body", "table", "td", "h1", "h2", "a", "p"):
            assert tag in styled, f"{folder.name}: no inline style on <{tag}>"
        # Fluid up to 600 px; in Outlook for Windows (which ignores max-width
        # but for tables, by caniemail) a table only it reads holds it at 600.
        assert any(attrs.get("class") == "sheet" and "max-width: 600px" in attrs.get("style", "")
                   for tag, attrs in parsed.tags if tag == "table")
        assert re.search(r'<!--\[if mso\]><table role="presentation" align="center" width="600"[^>]*><tr><td>'
                         r'<!\[endif\]-->\s*<table [^>]*class="sheet"', html)
        # The preheader: the summary, hidden in every client, then blank characters for the preview.
        # (In the summary's language: `lang` and `dir` of its own.)
        preheader = re.search(r'<div class="preheader" dir="(?:ltr|rtl)" lang="[a-z]{2}" style="([^"]+)">([^<]+)</div>',
                              html)
        assert {"display: none", "mso-hide: all", "max-height: 0", "overflow: hidden", "opacity: 0"} <= \
            set(preheader.group(1).rstrip(";").split(";"))
        assert preheader.group(2).endswith("\u200c&nbsp;" * 100)
        links = [attrs["href"] for tag, attrs in parsed.tags if tag == "a"]
        images = [attrs["src"] for tag, attrs in parsed.tags if tag == "img"]
        assert links
        for url in links + images:
            target = built_file(signup_site, url)
            assert target is not None, f"{folder.name}: {url} is not an absolute link to the hub"
            assert target.is_file(), f"{folder.name}: {url} names no built page"
        assert f'href="{SITE_URL}newsletters/{folder.name}/"' in html  # view in the browser


def test_every_item_of_an_issue_is_in_its_email(signup_site):
    for folder in newsletters(signup_site):
        source = next(Path(__file__).resolve().parent.parent.glob(f"content/newsletters/{folder.name}.md"))
        items = front_matter(source)["items"]
        html = (folder / "email.html").read_text(encoding="utf-8")
        text = (folder / "email.txt").read_text(encoding="utf-8")
        linked = set(re.findall(rf'href="{re.escape(SITE_URL)}(?:briefs|webinars|resources|newsletters)/([a-z0-9-]+)/"',
                                html))
        assert set(items) <= linked
        for slug in items:
            assert re.search(rf"{re.escape(SITE_URL)}[a-z]+/{slug}/\n", text), slug


def test_the_plain_text_writes_its_links_out_and_carries_the_note(signup_site):
    text = (signup_site / "newsletters/newsletter-1/email.txt").read_text(encoding="utf-8")
    assert "Welcome to the first newsletter of the Community Child Protection Exchange." in text
    assert f"View this issue in your browser: {SITE_URL}newsletters/newsletter-1/" in text
    assert "<" not in text.replace("<newsletter", "")
    assert "use the unsubscribe link your mailing service adds" in text


def test_each_issue_page_links_its_email_edition(signup_site):
    for folder in newsletters(signup_site):
        page = (folder / "index.html").read_text(encoding="utf-8")
        hrefs = re.findall(r'<p class="hub-email-edition">(.*?)</p>', page, re.S)[0]
        assert re.findall(r'href="([^"]+)"', hrefs) == ["email.html", "email.txt", f"{folder.name}.eml"]


def test_the_emails_are_not_in_the_offline_archive_and_their_links_go_online(signup_site):
    archive = next((signup_site / "downloads").glob("*-offline.zip"))
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        assert not [n for n in names if n.endswith(("email.html", "email.txt", ".eml"))]
        page = zipped.read(next(n for n in names if n.endswith("newsletters/newsletter-1/index.html"))).decode()
    assert f'href="{SITE_URL}newsletters/newsletter-1/email.html"' in page


@pytest.mark.parametrize("width", [600, 390])
def test_the_email_fits_the_screen_without_sideways_scrolling(signup_site, new_page, width):
    page = new_page(viewport={"width": width, "height": 900})
    for folder in newsletters(signup_site):
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto((folder / "email.html").as_uri())
        scroll = page.evaluate("document.documentElement.scrollWidth")
        assert scroll <= width, f"{folder.name} is {scroll} px wide at {width} px"
        sheet = page.evaluate("document.querySelector('table.sheet').getBoundingClientRect().width")
        assert sheet <= 600
        assert all(url.startswith("file:") for url in requests)


# ------------------------------------------------------------- the sign-up


def test_the_sign_up_shows_on_the_newsletters_each_issue_and_subscribe(signup_site):
    pages = ["newsletters/index.html", "newsletters/newsletter-1/index.html", "newsletters/newsletter-2/index.html",
             "subscribe/index.html"]
    pages += ["fr/" + rel for rel in pages]  # the sample hub's French interface too
    for rel in pages:
        html = (signup_site / rel).read_text(encoding="utf-8")
        assert html.count(f'href="{SIGNUP}"') == 1, rel
        assert "Get the newsletter by e-mail" in html or "Recevoir la lettre" in html
    # …and nowhere else.
    others = [p for p in signup_site.rglob("index.html") if p.relative_to(signup_site).as_posix() not in pages]
    assert others and not [p for p in others if SIGNUP in p.read_text(encoding="utf-8")]


def test_without_a_sign_up_no_block_shows(tmp_path):
    site = build(copy_hub(BASE, tmp_path / "hub"))
    for rel in ("newsletters/index.html", "newsletters/valid-newsletter/index.html", "subscribe/index.html"):
        assert "hub-signup" not in (site / rel).read_text(encoding="utf-8")


def test_a_wrong_setting_is_refused_and_the_old_site_kept(tmp_path, capsys):
    hub = copy_hub(BASE, tmp_path / "hub")
    site = build(hub)
    before = (site / "index.html").read_bytes()
    config = (hub / "mkdocs.yml").read_text(encoding="utf-8")
    add_settings(hub, plugin="      newsletter_signup: lists.example.org/join\n")
    code, _, err = run(hub, "build", capsys=capsys)
    assert code == 1 and "newsletter_signup: 'lists.example.org/join' is not a web address" in err
    (hub / "mkdocs.yml").write_text(config, encoding="utf-8")
    add_settings(hub, plugin="      newsletter_merge_tags: mailchump\n")
    code, _, err = run(hub, "build", capsys=capsys)
    assert code == 1 and "newsletter_merge_tags: 'mailchump' is not a service the hub knows" in err
    (hub / "mkdocs.yml").write_text(config, encoding="utf-8")
    add_settings(hub, plugin="      contact: the editors\n")
    code, _, err = run(hub, "build", capsys=capsys)
    assert code == 1 and "contact: 'the editors' is neither an e-mail address nor a web address" in err
    assert "Traceback" not in err
    assert (site / "index.html").read_bytes() == before


@pytest.mark.parametrize("option, message", [
    ("contact: the editors", "mkdocs.yml: contact: 'the editors' is neither"),
    ("newsletter_signup: lists.example.org/join", "mkdocs.yml: newsletter_signup: 'lists.example.org/join'"),
    ("interface_languages: [en, xx]", "mkdocs.yml: interface_languages: 'xx' has no catalog"),
    ("markdown_time_limit: 0", "mkdocs.yml: markdown_time_limit: must be a number of seconds above 0"),
])
def test_check_refuses_a_wrong_option_as_build_does(tmp_path, capsys, option, message):
    """A contributor's pull request runs `check`: a wrong setting is named
    there, as `path: field: message (hint)`, before any content is read."""
    hub = copy_hub(BASE, tmp_path / "hub")
    add_settings(hub, plugin=f"      {option}\n")
    for command in ("check", "build"):
        code, _, err = run(hub, command, capsys=capsys)
        assert code == 1 and err.startswith(message) and "(hint:" in err and "Traceback" not in err, (command, err)
    assert not (hub / "site").exists()


@pytest.mark.parametrize("setting,unsubscribe,manage", [
    ("mailchimp", "*|UNSUB|*", "*|UPDATE_PROFILE|*"),
    ("listmonk", "{{ UnsubscribeURL }}", "{{ UnsubscribeURL }}?manage=true"),
    ('{unsubscribe: "[unsubscribe]"}', "[unsubscribe]", None),
])
def test_merge_tags_put_the_services_unsubscribe_links_in_the_footer(tmp_path, setting, unsubscribe, manage):
    hub = copy_hub(BASE, tmp_path / "hub")
    add_settings(hub, plugin=f"      newsletter_merge_tags: {setting}\n      newsletter_from: 'Test <news@example.org>'\n")
    folder = build(hub) / "newsletters/valid-newsletter"
    html = (folder / "email.html").read_text(encoding="utf-8")
    links = dict((attrs.get("href"), tag) for tag, attrs in tags_of(html).tags if tag == "a")
    assert unsubscribe in links
    assert (manage in links) if manage else "Update your subscription" not in html
    text = (folder / "email.txt").read_text(encoding="utf-8")
    assert f"Unsubscribe: {unsubscribe}" in text
    message = message_from_bytes((folder / "valid-newsletter.eml").read_bytes(), policy=policy.default)
    assert message["From"] == "Test <news@example.org>"


def test_the_email_follows_the_interface_language(tmp_path):
    hub = copy_hub(BASE, tmp_path / "hub")
    add_settings(hub, theme="  language: fr\n")
    folder = build(hub) / "newsletters/valid-newsletter"
    text = (folder / "email.txt").read_text(encoding="utf-8")
    assert "Voir ce numéro dans votre navigateur" in text and "1 mars 2026" in text
    assert "Numéro 1" in text and "NOTES D’INFORMATION\n" in text
    html = (folder / "email.html").read_text(encoding="utf-8")
    assert '<html lang="fr" dir="ltr"' in html and '<div lang="fr" dir="ltr">' in html
    assert "Lettre d’information" in html
    assert message_from_bytes((folder / "valid-newsletter.eml").read_bytes(),
                              policy=policy.default)["Content-Language"] == "fr"


# ------------------------------------------------------ RSS-to-e-mail services


def test_feeds_carry_what_rss_to_email_services_read(signup_site):
    """Mailchimp and its kind send the items dated after their last mailing,
    using the item's date, its full content (content:encoded), and links
    and images that work inside an e-mail."""
    feed = feedparser.parse((signup_site / "rss.xml").read_bytes())
    assert not feed.bozo and feed.entries
    raw = (signup_site / "rss.xml").read_text(encoding="utf-8")
    for date in re.findall(r"<pubDate>([^<]+)</pubDate>", raw):  # RFC 822, in English
        assert re.fullmatch(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                            r"\d{4} \d\d:\d\d:\d\d \+0000", date), date
    for entry in feed.entries:
        assert entry.published_parsed and entry.link.startswith(SITE_URL)
        # No item is dated ahead of the build: a service would hold it back, or send it again and again.
        assert dt.date(*entry.published_parsed[:3]) <= TODAY, entry.link
        content = entry.content[0].value  # content:encoded: the whole text, as HTML
        assert content.startswith("<") and entry.summary not in content
        for url in re.findall(r'(?:href|src)="([^"]+)"', content):
            assert urlsplit(url).scheme in ("http", "https", "mailto"), (entry.link, url)


def test_a_webinar_in_a_feed_says_when_it_is_and_is_dated_when_announced(signup_site):
    feed = feedparser.parse((signup_site / "webinars/rss.xml").read_bytes())
    upcoming = next(e for e in feed.entries if e.link.endswith("/transition-to-family-based-care/"))
    assert dt.date(*upcoming.published_parsed[:3]) == dt.date(2026, 10, 12)  # its `announced`
    content = upcoming.content[0].value
    assert "December 9, 2026, 09:30 Africa/Nairobi (06:30 UTC)" in content
    assert "What the session will cover" in content


def test_announced_after_the_session_is_refused(base_hub, capsys):
    path = base_hub / "webinars/valid-webinar.md"
    path.write_text(path.read_text().replace("time:", "announced: 2026-03-01\ntime:"), encoding="utf-8")
    code, _, err = run(base_hub, "check", capsys=capsys)
    assert code == 1
    assert "webinars/valid-webinar.md:4: announced: 2026-03-01 is after the session's date 2026-02-10" in err


@pytest.mark.parametrize("url", ["subscribe/", "newsletters/", "newsletters/newsletter-2/",
                                 "newsletters/newsletter-2/email.html"])
def test_axe_finds_nothing_on_the_sign_up_pages_and_the_email(signup_site, new_page, url):
    from browser import serve
    from test_accessibility import axe_violations

    with serve(signup_site) as base:
        page = new_page()
        page.goto(base + url)
        assert axe_violations(page) == []
