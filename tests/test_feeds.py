"""Feeds and calendars read with the clients subscribers use."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser
import icalendar
import pytest
from lxml import etree

from conftest import run
from cphub.outputs.feeds import absolute_html
from cphub.site.sanitize import sanitize
from sitecheck import is_editor, parse, resolve

AWKWARD = "Care & <protection> « at home »"


@pytest.fixture
def site(base_hub, capsys) -> Path:
    (base_hub / "webinars" / "bogota-session.md").write_text(
        "---\ntitle: Upcoming in Bogotá\ndate: 2026-12-03\ntime: \"09:30\"\ntimezone: America/Bogota\n"
        "duration: 45\nsummary: Session in an unusual zone.\ntopics: [mental-health]\ncountries: [CO]\n"
        "registration: https://events.example.org/register\n---\nSee [the brief](../briefs/awkward.md).\n",
        encoding="utf-8")
    (base_hub / "briefs" / "awkward.md").write_text(
        f"---\ntitle: \"{AWKWARD}\"\ndate: 2026-10-01\nupdated: 2026-11-02\nsummary: \"Summary with & and <b>\"\n"
        "topics: [mental-health, family-care]\nauthors: [A. Author]\n"
        "attachments:\n  - {file: files/note.txt, title: Note}\n---\n"
        "Read [the note](files/note.txt) and ![a chart](files/note.txt).\n", encoding="utf-8")
    (base_hub / "briefs" / "draft-brief.md").write_text(
        "---\ntitle: Draft brief\ndate: 2026-10-02\nsummary: Draft.\ntopics: [mental-health]\ndraft: true\n---\n",
        encoding="utf-8")
    (base_hub / "briefs" / "scheduled-brief.md").write_text(
        "---\ntitle: Scheduled brief\ndate: 2027-02-02\nsummary: Later.\ntopics: [mental-health]\n---\n",
        encoding="utf-8")
    code, _, err = run(base_hub, "build", capsys=capsys)
    assert code == 0, err
    return base_hub / "site"


def feeds(site: Path) -> list[Path]:
    return sorted(site.rglob("rss.xml")) + sorted(site.rglob("atom.xml"))


def test_every_rss_and_atom_feed_parses_cleanly(site):
    found = feeds(site)
    assert len(found) == 2 * (1 + 4 + 2 + 1 + 1)  # hub, types, topics, a country, an organisation
    for path in found:
        parsed = feedparser.parse(path.read_bytes())
        assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
        assert parsed.feed.title


def test_every_item_links_to_a_built_page_with_a_stable_id(site):
    for path in feeds(site):
        for item in feedparser.parse(path.read_bytes()).entries:
            assert item.link.startswith("https://hub.example.org/")
            assert item.id == item.link
            local = site / item.link.removeprefix("https://hub.example.org/") / "index.html"
            assert local.is_file(), item.link


def test_hub_feed_is_newest_first_and_dated_by_its_newest_entry(site):
    rss = feedparser.parse((site / "rss.xml").read_bytes())
    published = [e.published_parsed for e in rss.entries]
    assert published == sorted(published, reverse=True)
    assert rss.entries[0].title == "Upcoming in Bogotá"
    atom = feedparser.parse((site / "atom.xml").read_bytes())
    # The Bogotá session starts 2026-12-03 14:30 UTC: the newest entry.
    assert atom.feed.updated == "2026-12-03T14:30:00+00:00"
    assert "<lastBuildDate>Thu, 03 Dec 2026 14:30:00 +0000</lastBuildDate>" in (site / "rss.xml").read_text()


def test_awkward_titles_round_trip_in_every_format(site):
    for path in (site / "rss.xml", site / "atom.xml"):
        titles = [e.title for e in feedparser.parse(path.read_bytes()).entries]
        assert AWKWARD in titles
    items = json.loads((site / "feed.json").read_text(encoding="utf-8"))["items"]
    assert AWKWARD in [i["title"] for i in items]
    page = (site / "briefs/awkward/index.html").read_text(encoding="utf-8")
    assert "Care &amp; &lt;protection&gt; « at home »" in page
    assert "<protection>" not in page


def test_items_carry_dates_summary_categories_authors_and_absolute_content(site):
    atom = feedparser.parse((site / "atom.xml").read_bytes())
    item = next(e for e in atom.entries if e.title == AWKWARD)
    assert item.published.startswith("2026-10-01") and item.updated.startswith("2026-11-02")
    assert item.summary == "Summary with & and <b>"
    assert {t.term for t in item.tags} == {"mental-health", "family-care"}
    assert {t.label for t in item.tags} == {"Mental health and psychosocial support", "Family-based and alternative care"}
    assert item.author == "A. Author"
    content = item.content[0].value
    assert 'href="https://hub.example.org/briefs/files/note.txt"' in content
    assert 'src="https://hub.example.org/briefs/files/note.txt"' in content
    webinar = next(e for e in atom.entries if e.title == "Upcoming in Bogotá")
    assert 'href="https://hub.example.org/briefs/awkward/"' in webinar.content[0].value


def test_json_feed_items_carry_id_and_content(site):
    for path in site.rglob("feed.json"):
        feed = json.loads(path.read_text(encoding="utf-8"))
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        assert feed["feed_url"] == "https://hub.example.org/" + path.relative_to(site).as_posix()
        for item in feed["items"]:
            assert item["id"].startswith("https://hub.example.org/") and item["content_html"]
            dt.datetime.fromisoformat(item["date_published"])


def test_drafts_and_scheduled_entries_never_appear_in_feeds_or_calendars(site):
    for path in list(site.rglob("*.xml")) + list(site.rglob("*.json")) + list(site.rglob("*.ics")):
        text = path.read_text(encoding="utf-8")
        assert "draft-brief" not in text and "scheduled-brief" not in text, path


def test_the_calendar_gives_the_webinar_in_its_own_zone(site):
    cal = icalendar.Calendar.from_ical((site / "webinars/calendar.ics").read_bytes())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    event = events["bogota-session@hub.example.org"]
    start = event.decoded("DTSTART")
    assert start == dt.datetime(2026, 12, 3, 9, 30, tzinfo=ZoneInfo("America/Bogota"))
    assert start.tzinfo.key == "America/Bogota" if hasattr(start.tzinfo, "key") else str(start.tzinfo) == "America/Bogota"
    assert event.decoded("DTEND") - start == dt.timedelta(minutes=45)
    assert str(event["URL"]) == "https://hub.example.org/webinars/bogota-session/"
    assert "Session in an unusual zone." in str(event["DESCRIPTION"])
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} >= {"America/Bogota", "Africa/Nairobi"}


def test_an_upcoming_webinar_offers_its_own_ics(site):
    html = (site / "webinars/bogota-session/index.html").read_text(encoding="utf-8")
    href = re.search(r'href="([^"]+\.ics)" download', html).group(1)
    path = resolve(site, site / "webinars/bogota-session/index.html", href)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    (event,) = cal.walk("VEVENT")
    assert event.decoded("DTSTART").strftime("%H:%M") == "09:30"
    past = (site / "webinars/valid-webinar/index.html").read_text(encoding="utf-8")
    # only the footer's link to the hub's calendar, no file of its own
    assert re.findall(r'href="([^"]+\.ics)"', past) == ["../calendar.ics"]


def test_every_page_names_the_hub_feeds_and_type_and_term_pages_their_own(site):
    kinds = {"application/rss+xml", "application/atom+xml", "application/feed+json"}
    for page in list(site.rglob("index.html")) + [site / "404.html"]:
        if is_editor(site, page):  # Decap's application, not a page of the hub
            continue
        html = page.read_text(encoding="utf-8")
        links = re.findall(r'<link rel="alternate" type="([^"]+)" title="[^"]*" href="([^"]+)">', html)
        assert {t for t, _ in links} == kinds, page
        for _, href in links:
            target = resolve(site, page, href) if not href.startswith("https://") else \
                site / href.removeprefix("https://hub.example.org/")
            assert target.is_file(), (page, href)
    briefs = (site / "briefs/index.html").read_text(encoding="utf-8")
    assert 'href="rss.xml"' in briefs and 'href="../rss.xml"' in briefs
    topic = (site / "topics/mental-health/index.html").read_text(encoding="utf-8")
    assert 'href="rss.xml"' in topic and 'href="../../atom.xml"' in topic


def test_feed_length_is_configurable(base_hub, capsys):
    config = base_hub / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - cphub", "  - cphub:\n      feed_length: 2"), encoding="utf-8")
    assert run(base_hub, "build", capsys=capsys)[0] == 0
    assert len(feedparser.parse((base_hub / "site/rss.xml").read_bytes()).entries) == 2


def test_a_feed_opened_in_a_browser_is_a_readable_page(site):
    rss = site / "briefs/rss.xml"
    assert '<?xml-stylesheet type="text/xsl" href="../assets/feed.xsl"?>' in rss.read_text()
    transform = etree.XSLT(etree.parse(str(site / "assets/feed.xsl")))
    for path in (rss, site / "briefs/atom.xml"):
        html = str(transform(etree.parse(str(path))))
        assert "This is a feed" in html and AWKWARD.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in html


def test_subscribe_lists_every_hub_type_and_topic_feed_and_the_calendar(site):
    html = (site / "subscribe/index.html").read_text(encoding="utf-8")
    for url in ("https://hub.example.org/rss.xml", "https://hub.example.org/atom.xml",
                "https://hub.example.org/feed.json", "https://hub.example.org/webinars/calendar.ics",
                "https://hub.example.org/briefs/rss.xml", "https://hub.example.org/topics/mental-health/rss.xml"):
        assert f"<code class=\"hub-copy\">{url}</code>" in html
    assert "What is a feed?" in html
    for link in parse(site / "subscribe/index.html").links:
        if not link.startswith(("http", "#")):
            assert resolve(site, site / "subscribe/index.html", link).is_file(), link


def test_type_and_term_feeds_have_their_own_length(base_hub, capsys):
    config = base_hub / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - cphub", "  - cphub:\n      scoped_feed_length: 1"),
                      encoding="utf-8")
    assert run(base_hub, "build", capsys=capsys)[0] == 0
    site = base_hub / "site"
    assert len(feedparser.parse((site / "rss.xml").read_bytes()).entries) == 4
    for path in (site / "briefs/rss.xml", site / "topics/mental-health/atom.xml"):
        assert len(feedparser.parse(path.read_bytes()).entries) == 1
    assert len(json.loads((site / "topics/family-care/feed.json").read_text())["items"]) == 1


RENDERED = [  # HTML as Python-Markdown and the hub's extensions write it, then sanitised
    '<p>Read <a href="https://example.org/guide" title="Guide">the guide</a> &amp; <a href="mailto:x@example.org">write</a>.</p>',
    '<table>\n<thead>\n<tr>\n<th style="text-align: left;">Region</th>\n<th style="text-align: right;">Year</th>\n</tr>\n'
    '</thead>\n<tbody>\n<tr>\n<td style="text-align: left;">Nord</td>\n<td style="text-align: right;">2024</td>\n</tr>\n'
    '</tbody>\n</table>',
    '<div class="admonition note">\n<p class="admonition-title">Note</p>\n<p>Texte « entre » guillemets</p>\n</div>',
    '<p dir="rtl" lang="ar">حماية الطفل</p><pre><code>a &lt; b &amp;&amp; c\n</code></pre>',
    '<dl>\n<dt>Kinship care</dt>\n<dd>Care by relatives</dd>\n</dl><p><abbr title="Child protection">CP</abbr></p>',
    '<p><img alt="A map" src="https://example.org/map.png"><br>\nline<sup>2</sup></p><hr>',
    '<ul>\n<li>one<ul>\n<li>two</li>\n</ul>\n</li>\n</ul><details open><summary>More</summary><p>x</p></details>',
    # with addresses to make absolute
    '<p>See <a href="../other/">the other brief</a> and <img alt="" src="files/chart.png"></p>',
    '<p>Text<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup></p>\n<div class="footnote">\n<hr>\n'
    '<ol>\n<li id="fn:1">\n<p>A note <a class="footnote-backref" href="#fnref:1" title="Jump back">↩</a></p>\n</li>\n</ol>\n</div>',
    '<p><a href="//example.org/x">protocol-relative</a> <a href="HTTPS://EXAMPLE.ORG/">upper case</a></p>',
]


@pytest.mark.parametrize("html", RENDERED)
def test_feed_content_is_the_rendered_html_sanitised_again_with_absolute_addresses(html):
    """`absolute_html` skips the second sanitising where no address needs
    making absolute: it must give what the second sanitising gives."""
    rendered = sanitize(html)
    assert absolute_html(rendered, "https://hub.example.org/briefs/x/") == sanitize(
        rendered, base_url="https://hub.example.org/briefs/x/")
