"""Ordinary pages as a reader's browser loads them: what they request."""

from __future__ import annotations

import pytest

from browser import Recorder, serve

ENTRIES = ["briefs/staff-care-in-crisis-response/", "webinars/transition-to-family-based-care/"]
PAGES = ["", "briefs/", *ENTRIES, "topics/mental-health/", "countries/", "subscribe/", "offline/", "about/"]


@pytest.fixture(scope="module")
def site(sample_site):
    return sample_site


@pytest.mark.parametrize("url", PAGES)
def test_a_page_view_requests_only_its_own_page_styles_and_icon(site, new_page, url):
    with serve(site) as base:
        page = new_page()
        recorder = Recorder(page)
        page.goto(base + url)
        page.wait_for_load_state("networkidle")
        requested = sorted(u.removeprefix(base) for u in recorder.requests)
        assert recorder.foreign(base) == [] and recorder.failed == [] and recorder.errors == []
        # The scripts outside the library: the reader's own time beside an
        # upcoming webinar's, and on an entry the marks of the words a search
        # found there (highlight.js, which loads nothing of the index).
        local_time, highlight = "assets/javascripts/localtime.js", "assets/javascripts/highlight.js"
        assert all(r == url or r.startswith("assets/stylesheets/") or r == "assets/images/favicon.png"
                   or r in (local_time, highlight) for r in requested), requested
        assert not any("sitemap" in r or "search" in r or "library" in r
                       or (".js" in r and r not in (local_time, highlight)) for r in requested)
        assert (local_time in requested) == (url in ("", "webinars/transition-to-family-based-care/"))
        assert (highlight in requested) == (url in ENTRIES)


def test_the_menu_opens_and_navigates_without_javascript_libraries(site, new_page):
    with serve(site) as base:
        page = new_page(viewport={"width": 390, "height": 800})
        page.goto(base + "briefs/")
        page.locator("header label[for=__drawer]").click()
        page.locator(".md-nav__link", has_text="Resources").first.click()
        page.wait_for_url("**/resources/")
        assert page.locator("h1").inner_text() == "Resources"
