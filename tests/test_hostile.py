"""Hostile content in every place a contributor can put text: nothing that
runs may come out in pages, feeds or the index, and no dialog may fire."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest

from browser import Recorder, serve
from conftest import FIXTURES, run
from sitecheck import is_editor

PAYLOADS = (FIXTURES / "hostile" / "payloads.txt").read_text(encoding="utf-8")
# (<hub-root> is the mark a card's links are rendered with: text holding it stays text.)
TITLE = "</script><script>alert('title')</script>\"><img src=x onerror=alert('title-attr')><hub-root>"
# Scripts the hub itself puts on its pages; no other script may appear.
OURS = ("javascripts/search.js", "javascripts/library.js", "javascripts/localtime.js", "javascripts/highlight.js")
FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "base", "frame", "frameset", "applet", "style"}
SCRIPT_URL = re.compile(r"^\s*(javascript|vbscript|data:text/html|livescript)", re.I)


class Inspector(HTMLParser):
    """Everything in a document that could run."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.data_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            # The page's structured data is a script element that runs
            # nothing: it must hold JSON alone (checked as its text ends).
            self.data_script = attrs == {"type": "application/ld+json"}
            if not self.data_script and not (attrs.get("src") or "").endswith(OURS):
                self.found.append(f"<script {attrs}>")
        elif tag in FORBIDDEN_TAGS:
            self.found.append(f"<{tag}>")
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.found.append("<meta refresh>")
        if tag == "form" and attrs.get("class") not in ("hub-search", "hub-hero__search") \
                and attrs.get("id") != "library-form":
            self.found.append("<form>")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "srcset", "data", "formaction") and value and SCRIPT_URL.match(value):
                self.found.append(f"<{tag} {name}={value}>")
            if name == "style" and value and "url(" in value.lower():
                self.found.append(f"<{tag} style={value}>")

    def handle_data(self, data):
        if self.data_script:
            try:
                json.loads(data)
            except ValueError:
                self.found.append(f"structured data that is not JSON: {data[:80]}")
            if "<" in data:
                self.found.append("structured data holding '<'")

    def handle_endtag(self, tag):
        if tag == "script":
            self.data_script = False


def dangers(markup: str) -> list[str]:
    inspector = Inspector()
    inspector.feed(markup)
    return inspector.found


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    from conftest import BASE, copy_hub

    hub = copy_hub(BASE, tmp_path_factory.mktemp("hostile") / "hub")
    quoted = json.dumps(TITLE)
    (hub / "briefs" / "hostile-brief.md").write_text(
        f"---\ntitle: {quoted}\ndate: 2026-03-03\nsummary: {quoted}\ntopics: [mental-health]\n"
        f"authors: [{quoted}]\n---\n\n{PAYLOADS}\n", encoding="utf-8")
    (hub / "webinars" / "hostile-webinar.md").write_text(
        f"---\ntitle: {quoted}\ndate: 2026-12-12\ntime: \"10:00\"\ntimezone: Africa/Nairobi\nsummary: {quoted}\n"
        f"topics: [family-care]\nspeakers:\n  - {{name: {quoted}, role: {quoted}}}\n---\n\n{PAYLOADS}\n",
        encoding="utf-8")
    (hub / "content" / "newsletters" / "hostile-newsletter.md").write_text(
        f"---\ntitle: {quoted}\ndate: 2026-03-04\nissue: 2\nsummary: {quoted}\ntopics: [mental-health]\n"
        f"items: [hostile-brief, hostile-webinar]\n---\n\n{PAYLOADS}\n", encoding="utf-8")
    (hub / "content/topics.yml").write_text(
        f"- id: mental-health\n  label: {quoted}\n  description: {quoted}\n"
        "- id: family-care\n  label: Family care\n", encoding="utf-8")
    (hub / "content/organisations.yml").write_text(
        f"- id: unicef\n  name: {quoted}\n- id: save-the-children\n  name: Save the Children\n", encoding="utf-8")
    code, _, err = run(hub, "build")
    assert code == 0, err
    return hub / "site"


def test_no_page_holds_anything_that_runs(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    assert (site / "newsletters/hostile-newsletter/email.html").is_file()
    for page in pages:
        if is_editor(site, page):  # Decap's application: the hub's scripts, no content
            continue
        markup = page.read_text(encoding="utf-8")
        if page.name == "email.html":
            # An e-mail edition's one <style> is the hub's media queries, before any content.
            style = re.search(r"<style>(.*?)</style>", markup, re.S)
            assert markup.count("<style") == 1 and "@media" in style.group(1) and "alert" not in style.group(1)
            markup = markup[:style.start()] + markup[style.end():]
        assert dangers(markup) == [], page.relative_to(site)


def test_the_title_is_shown_as_text_everywhere(site):
    page = (site / "briefs/hostile-brief/index.html").read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
    assert html.unescape(heading) == TITLE
    assert html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1)).startswith(TITLE)
    assert "<script>alert('title')" not in page
    listing = (site / "briefs/index.html").read_text(encoding="utf-8")
    card = re.search(r'<a href="\.\./briefs/hostile-brief/">(.*?)</a>', listing, re.S)
    assert card and html.unescape(card.group(1)) == TITLE


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml"])
def test_no_feed_item_holds_anything_that_runs(site, name):
    for path in site.rglob(name):
        text = path.read_text(encoding="utf-8")
        # The fields readers take as HTML, escaped into XML: read them back
        # as a feed reader does. (Atom's title and summary are text.)
        html_fields = r"<(?:content:encoded|description|content type=\"html\")>(.*?)</"
        blocks = re.findall(html_fields, text, re.S)
        assert blocks
        for block in blocks:
            assert dangers(html.unescape(block)) == [], path.relative_to(site)


def test_no_json_feed_item_holds_anything_that_runs(site):
    for path in site.rglob("feed.json"):
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
            assert dangers(item["content_html"]) == [], path.relative_to(site)
            assert item["title"] == TITLE or "<script" not in item["content_html"]


def test_the_index_cannot_end_its_script(site):
    files = [p for p in (site / "library").rglob("*.js")]
    assert len(files) > 3
    for path in files:
        assert "<" not in path.read_text(encoding="utf-8"), path
    records = "".join(p.read_text(encoding="utf-8") for p in files if p.parent.name == "r")
    assert TITLE.replace("<", "\\u003c").replace('"', '\\"') in records


def test_the_calendar_carries_the_title_as_text(site):
    import icalendar

    cal = icalendar.Calendar.from_ical((site / "webinars/calendar.ics").read_bytes())
    assert TITLE in [str(e["SUMMARY"]) for e in cal.walk("VEVENT")]


def test_no_dialog_fires_when_a_browser_opens_the_pages(site, new_page):
    urls = ["briefs/hostile-brief/", "webinars/hostile-webinar/", "topics/mental-health/", "organisations/unicef/",
            "", "library/?q=alert", "briefs/",
            # Words to mark on the entry, as a hostile link could give them: marked as text.
            "briefs/hostile-brief/#highlight=" + quote("alert <img src=x onerror=alert('hl')> script (")]
    with serve(site) as base:
        page = new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        recorder = Recorder(page)
        for url in urls:
            page.goto(base + url)
            page.wait_for_load_state("networkidle")
            page.mouse.move(200, 300)
            page.keyboard.press("Tab")
        assert dialogs == []
        assert recorder.foreign(base) == [] and recorder.errors == []
        assert page.locator("mark.hub-highlight").count() > 0
