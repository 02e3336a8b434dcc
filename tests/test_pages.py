"""site/pages.py: every page of one interface as plain data (where it goes,
its template, what it shows), from a hub, with no MkDocs."""

from __future__ import annotations

import datetime as dt

from conftest import BASE, copy_hub
from cphub.content.hub import Settings
from cphub.content.project import read_hub
from cphub.site.pages import card, generate

TODAY = dt.date(2026, 11, 21)


def hub_of(tmp_path, page_size: int = 50, briefs: int = 0):
    folder = copy_hub(BASE, tmp_path / "hub")
    for n in range(briefs):
        (folder / "briefs" / f"extra-{n}.md").write_text(
            f"---\ntitle: Extra {n}\ndate: 2026-02-{n + 1:02d}\nsummary: S.\ntopics: [family-care]\n---\nText.\n",
            encoding="utf-8")
    return read_hub(folder, Settings(site_name="Test hub", site_url="https://hub.example.org/",
                                     page_size=page_size), TODAY)[0]


def test_every_entry_type_term_and_section_has_its_page(tmp_path):
    hub = hub_of(tmp_path)
    pages = {p.url: p for p in generate(hub)}
    for entry in hub.entries + hub.pages:
        assert pages[entry.page_url].entry is entry and pages[entry.page_url].template == "entry.html"
    for url in ("", "briefs/", "webinars/", "newsletters/", "resources/", "topics/", "countries/", "organisations/",
                "library/", "subscribe/", "offline/", "topics/mental-health/"):
        assert url in pages, url
    assert pages[""].template == "home.html" and pages["library/"].template == "library.html"


def test_listings_are_paginated_by_the_page_size(tmp_path):
    hub = hub_of(tmp_path, page_size=2, briefs=5)
    pages = {p.url: p for p in generate(hub)}
    briefs = hub.of_type("brief")
    count = -(-len(briefs) // 2)
    assert [f"briefs/page/{n}/" in pages for n in range(2, count + 1)] == [True] * (count - 1)
    assert f"briefs/page/{count + 1}/" not in pages
    first = pages["briefs/"].view
    assert first["pagination"]["count"] == count and first["pagination"]["next"] == "briefs/page/2/"
    assert [item["url"] for item in first["items"]] == [e.page_url for e in briefs[:2]]


def test_the_library_page_names_the_index_it_is_given(tmp_path):
    hub = hub_of(tmp_path)
    library = next(p for p in generate(hub, {"index": "library/abc/", "stemmers": ["english"]})
                   if p.url == "library/")
    assert library.view["index"] == "library/abc/" and library.view["stemmers"] == ["english"]
    assert {facet["name"] for facet in library.view["facets"]} >= {"type", "topic", "language"}


def test_each_page_names_the_hubs_feeds_and_its_own(tmp_path):
    hub = hub_of(tmp_path)
    pages = {p.url: p for p in generate(hub)}
    hub_feeds = [link["url"] for link in pages[""].feeds]
    assert hub_feeds == ["rss.xml", "atom.xml", "feed.json"]
    topic_feeds = [link["url"] for link in pages["topics/mental-health/"].feeds]
    assert topic_feeds[:3] == hub_feeds and "topics/mental-health/rss.xml" in topic_feeds


def test_a_card_is_made_once_per_hub_and_entry(tmp_path):
    hub = hub_of(tmp_path)
    entry = hub.entries[0]
    assert card(hub, entry) is card(hub, entry)
    other = hub_of(tmp_path / "other")
    assert card(other, other.by_slug[entry.slug]) is not card(hub, entry)
