"""A hub that looks like a hub, read in Chromium at a phone's and a desktop's
width: the home page leads, the header keeps the hub's whole name, and a
webinar's start is given in the reader's own time too."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from browser import serve
from conftest import BASE, build, copy_hub, copy_sample
from test_accessibility import axe_violations

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build(copy_sample(tmp_path_factory.mktemp("home") / "hub"))


@pytest.fixture(scope="module")
def bogota(tmp_path_factory) -> Path:
    """A hub with a webinar in Bogotá at 09:30: 23:30 in Tokyo, the same day."""
    hub = copy_hub(BASE, tmp_path_factory.mktemp("bogota") / "hub")
    (hub / "webinars/bogota-session.md").write_text(
        '---\ntitle: A session from Bogotá\ndate: 2026-12-03\ntime: "09:30"\ntimezone: America/Bogota\n'
        "summary: An upcoming session.\ntopics: [family-care]\n---\n\nText.\n", encoding="utf-8")
    return build(hub)


def test_at_390_px_the_name_is_whole_and_the_home_fits_three_screens_with_search_first(site, chromium):
    with serve(site) as base:
        page = chromium.new_page(viewport=PHONE)
        try:
            page.goto(base)
            name = page.locator(".md-header__topic .md-ellipsis")
            assert name.inner_text() == "Community Child Protection Exchange"
            assert page.evaluate("e => e.scrollWidth <= e.clientWidth", name.element_handle())
            box = name.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
            height = page.evaluate("document.documentElement.scrollHeight")
            assert height <= 3 * PHONE["height"], f"the home page is {height} px tall"
            search = page.locator("main input[type=search]")
            assert search.bounding_box()["y"] + search.bounding_box()["height"] <= PHONE["height"]
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        finally:
            page.close()


def test_the_home_leads_with_what_is_coming_and_what_is_new(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    order = [html.index(marker) for marker in ('action="library/"', 'id="home-upcoming"', 'id="home-new"',
                                                'id="home-topics"')]
    assert order == sorted(order)
    upcoming = html.split('id="home-upcoming"')[1].split("</section>")[0]
    assert "Partnering with government on the transition to family-based care" in upcoming
    assert '<time datetime="2026-12-09T09:30:00+03:00"' in upcoming and "06:30 in UTC" in upcoming
    new = html.split('id="home-new"')[1].split('id="home-topics"')[0]
    for kind in ("brief", "webinar", "newsletter", "resource"):  # the newest of each type
        assert f'id="home-{kind}"' in new
    assert 'href="subscribe/"' in html and 'href="offline/"' in html


def test_the_home_with_everything_it_loads_stays_under_40_kb_gzipped(site, chromium):
    with serve(site) as base:
        page = chromium.new_page(viewport=PHONE)
        loaded: dict[str, int] = {}
        page.on("response", lambda r: loaded.__setitem__(r.url, len(gzip.compress(r.body(), 9))))
        try:
            page.goto(base, wait_until="load")
        finally:
            page.close()
    assert all(url.startswith(base) for url in loaded)
    assert sum(loaded.values()) <= 40 * 1024, loaded


@pytest.mark.parametrize("where", ["http", "file"])
def test_a_browser_in_tokyo_sees_the_tokyo_time_of_a_bogota_webinar(bogota, chromium, where):
    context = chromium.new_context(timezone_id="Asia/Tokyo", locale="en-GB")
    page = context.new_page()
    try:
        with serve(bogota) as base:
            for url in ("webinars/bogota-session/", ""):
                page.goto(base + url if where == "http" else (bogota / url / "index.html").as_uri())
                start = page.locator("time[data-zone='America/Bogota']")
                assert "09:30" in start.inner_text()
                assert start.locator("xpath=..").inner_text().endswith("that is 23:30 where you are")
    finally:
        context.close()


def test_in_the_webinars_own_zone_no_second_time_is_added(bogota, chromium):
    context = chromium.new_context(timezone_id="America/Bogota")
    page = context.new_page()
    try:
        page.goto((bogota / "webinars/bogota-session/index.html").as_uri())
        assert page.locator(".hub-local-time").count() == 0
    finally:
        context.close()


def test_a_past_webinar_says_whether_it_has_a_recording(site):
    past = (site / "webinars/self-care-for-child-protection-staff/index.html").read_text(encoding="utf-8")
    status = past.split('class="hub-status"')[1].split("</p>")[0]
    assert "Recording available" in status or "No recording" in status


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
@pytest.mark.parametrize("url", ["", "webinars/transition-to-family-based-care/", "briefs/",
                                 "library/?q=care"])
def test_axe_finds_nothing_at_both_widths(site, chromium, viewport, url):
    with serve(site) as base:
        page = chromium.new_page(viewport=viewport)
        try:
            page.goto(base + url)
            if "?q=" in url:
                page.wait_for_function("document.getElementById('library-status').textContent.length > 0")
            assert axe_violations(page) == []
        finally:
            page.close()
