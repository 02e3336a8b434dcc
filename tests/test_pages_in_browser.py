"""Ordinary pages as a reader's browser loads them: what they request."""

from __future__ import annotations

import pytest

from browser import Recorder, serve
from conftest import run

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


PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 800}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP])
def test_an_entry_reads_like_a_publication(site, new_page, viewport):
    """A strong title in full contrast, the type a label, the date and
    summary within a phone's first screen, a column of about 75 characters,
    the entry's section marked; a short brief lists no contents."""
    with serve(site) as base:
        page = new_page(viewport=viewport)
        page.goto(base + "briefs/staff-care-in-crisis-response/")
        title = page.locator(".hub-entry h1")
        weight, color = title.evaluate("h => [getComputedStyle(h).fontWeight, getComputedStyle(h).color]")
        assert int(weight) >= 600 and color in ("rgba(0, 0, 0, 0.87)", "rgb(0, 0, 0)")
        assert page.locator(".hub-kicker a").count() == 0 and page.locator(".hub-kicker .hub-label").inner_text()
        summary = page.locator(".hub-entry .hub-summary").bounding_box()
        assert summary["y"] + summary["height"] <= viewport["height"]
        characters = page.locator(".hub-body p").first.evaluate(
            "p => p.getBoundingClientRect().width / (parseFloat(getComputedStyle(p).fontSize) * 0.5)")
        assert characters <= 80
        # The section marked in the drawer (a phone's navigation) and in the tabs (shown on a desktop).
        drawer = page.locator(".md-nav--primary .md-nav__item--active > .md-nav__link").all_text_contents()
        assert [text.strip() for text in drawer] == ["Briefs"]
        assert page.locator(".md-sidebar--secondary").count() == 0 and page.locator(".hub-toc").count() == 0
        if viewport is DESKTOP:
            assert page.locator(".md-tabs__item--active").inner_text().strip() == "Briefs"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP])
def test_an_arabic_entry_mirrors_its_quote_bar_and_lists(site, new_page, viewport):
    with serve(site) as base:
        page = new_page(viewport=viewport)
        page.goto(base + "briefs/staff-care-in-crisis-response-ar/")
        quote = page.locator(".hub-body blockquote").first
        assert quote.evaluate("q => [getComputedStyle(q).borderRightWidth, getComputedStyle(q).borderLeftWidth]") \
            [1] == "0px"
        assert quote.evaluate("q => getComputedStyle(q).borderRightWidth") != "0px"
        item = page.locator(".hub-body li").first
        assert item.evaluate("li => getComputedStyle(li).marginRight") != "0px"
        assert item.evaluate("li => getComputedStyle(li).marginLeft") == "0px"


def test_a_long_entry_lists_its_headings_folded_on_a_phone_and_beside_it_on_a_desktop(base_hub, new_page, capsys):
    paragraph = "Caseworkers met every month to review open cases with their supervisors and focal points. " * 12
    body = "".join(f"\n## Part {n}\n\n{paragraph}\n" for n in range(1, 6))  # about 700 words
    (base_hub / "briefs/long-brief.md").write_text(
        "---\ntitle: A long brief\ndate: 2026-02-02\nsummary: Long.\ntopics: [mental-health]\n---\n" + body,
        encoding="utf-8")
    code, _, err = run(base_hub, "build", capsys=capsys)
    assert code == 0, err
    with serve(base_hub / "site") as base:
        phone = new_page(viewport=PHONE)
        phone.goto(base + "briefs/long-brief/")
        contents = phone.locator("details.hub-toc")
        assert contents.is_visible() and not contents.evaluate("d => d.open")
        contents.locator("summary").click()
        assert contents.locator("a").all_inner_texts() == [f"Part {n}" for n in range(1, 6)]
        desktop = new_page(viewport=DESKTOP)
        desktop.goto(base + "briefs/long-brief/")
        assert not desktop.locator("details.hub-toc").is_visible()
        assert desktop.locator(".md-sidebar--secondary .md-nav__link").all_inner_texts()[:2] == ["Part 1", "Part 2"]
