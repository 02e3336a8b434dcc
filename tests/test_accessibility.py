"""Every reader: axe-core over every kind of page, keyboard use, printing,
and the interface in French."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser import serve
from conftest import EVERY_KIND, run

AXE = (Path(__file__).parent / "vendor/axe-core/axe.min.js").read_text(encoding="utf-8")
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def site(sample_site) -> Path:
    return sample_site


def axe_violations(page) -> list:
    page.add_script_tag(content=AXE)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA)
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("kind", [k for k, url in EVERY_KIND.items() if url is not None])
def test_axe_finds_no_wcag_21_aa_violation(site, new_page, kind, width):
    """On a phone's width and a desktop's: the layouts differ (drawer or
    tabs, filters folded or beside the results)."""
    with serve(site) as base:
        page = new_page(viewport={"width": width, "height": 844})
        page.goto(base + EVERY_KIND[kind])
        if "?q=" in EVERY_KIND[kind]:
            page.wait_for_function("document.getElementById('library-status').textContent.length > 0")
        assert axe_violations(page) == []


def test_axe_on_a_narrow_screen_with_the_menu_open(site, new_page):
    with serve(site) as base:
        page = new_page(viewport={"width": 360, "height": 740})
        page.goto(base + "briefs/")
        page.locator("header label[for=__drawer]").click()
        assert axe_violations(page) == []


def test_the_first_tab_reaches_a_skip_link_that_moves_to_the_content(site, new_page):
    with serve(site) as base:
        page = new_page()
        for url in ("", "briefs/", "library/"):
            page.goto(base + url)
            page.keyboard.press("Tab")
            focused = page.evaluate("[document.activeElement.tagName, document.activeElement.textContent.trim()]")
            assert focused == ["A", "Skip to content"], url
            page.keyboard.press("Enter")
            inside = page.evaluate("document.getElementById('main-content').contains(document.activeElement)")
            assert inside, url


def test_a_visible_focus_indicator_on_links_and_controls(site, new_page):
    with serve(site) as base:
        page = new_page()
        page.goto(base + "library/")
        page.locator("#library-q").focus()
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none"


def test_a_printed_brief_shows_no_site_chrome_keeps_its_metadata_and_fits_two_pages(site, new_page):
    with serve(site) as base:
        page = new_page()
        page.goto(base + "briefs/staff-care-in-crisis-response/")
        page.emulate_media(media="print")
        hidden = page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer', '.hub-search',
                                         '.hub-related'].map(s => {
            const e = document.querySelector(s); return !e || getComputedStyle(e).display === 'none'; })""")
        assert all(hidden)
        text = page.locator("article").inner_text()
        for kept in ("Staff care in the first weeks of a crisis response", "September 22, 2026",
                     "Staff care and wellbeing", "Uganda", "Exchange editorial team", "What managers did"):
            assert kept in text
        pdf = page.pdf(format="A4")
        pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
        assert 1 <= pages <= 2


def test_a_printed_page_shows_where_its_links_go(site, new_page):
    with serve(site) as base:
        page = new_page()
        page.goto(base + "briefs/staff-care-in-crisis-response/")
        page.emulate_media(media="print")
        after = page.evaluate("""() => { const a = document.querySelector('.md-typeset a[href^="http"]');
                                         return a ? getComputedStyle(a, '::after').content : 'none'; }""")
        assert after == "none" or "http" in after


def test_the_interface_follows_the_hub_language(base_hub, capsys):
    config = base_hub / "mkdocs.yml"
    config.write_text(config.read_text().replace("  name: material\n", "  name: material\n  language: fr\n"))
    (base_hub / "webinars/soon.md").write_text(
        "---\ntitle: Bientôt\ndate: 2026-12-01\ntime: \"10:00\"\ntimezone: Africa/Kinshasa\nsummary: Une séance.\n"
        "topics: [mental-health]\nlanguages: [fr]\n---\n", encoding="utf-8")
    assert run(base_hub, "build", capsys=capsys)[0] == 0
    site = base_hub / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in home
    assert "Webinaires à venir" in home and "soit {time} chez vous" in home and "1 décembre 2026" in home
    assert "<h1>Notes d’information</h1>" in (site / "briefs/index.html").read_text(encoding="utf-8")
    library = (site / "library/index.html").read_text(encoding="utf-8")
    assert "Rechercher dans la bibliothèque" in library and "<legend>Thème</legend>" in library
    webinar = (site / "webinars/soon/index.html").read_text(encoding="utf-8")
    assert "Début" in webinar and "en UTC" in webinar and "Ajouter à votre agenda" in webinar
    assert "Qu’est-ce qu’un flux\u202f?" in (site / "subscribe/index.html").read_text(encoding="utf-8")


def test_the_french_interface_passes_axe(base_hub, capsys, new_page):
    config = base_hub / "mkdocs.yml"
    config.write_text(config.read_text().replace("  name: material\n", "  name: material\n  language: fr\n"))
    assert run(base_hub, "build", capsys=capsys)[0] == 0
    with serve(base_hub / "site") as base:
        page = new_page()
        for url in ("", "library/", "briefs/valid-brief/"):
            page.goto(base + url)
            assert axe_violations(page) == [], url


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("kind", [k for k, url in EVERY_KIND.items() if url is not None])
def test_the_arabic_interface_is_right_to_left_and_passes_axe(arabic_site, new_page, kind, width):
    with serve(arabic_site) as base:
        page = new_page(viewport={"width": width, "height": 844})
        page.goto(base + EVERY_KIND[kind])
        assert page.evaluate("[document.documentElement.lang, document.body.dir, getComputedStyle(document.body).direction]") == ["ar", "rtl", "rtl"]
        if "?q=" in EVERY_KIND[kind]:
            page.wait_for_function("document.getElementById('library-status').textContent.length > 0")
        assert axe_violations(page) == []


def test_in_arabic_the_layout_is_mirrored(arabic_site, new_page):
    with serve(arabic_site) as base:
        page = new_page(viewport={"width": 1280, "height": 800})
        page.goto(base + "library/")
        facets = page.locator(".hub-facets").bounding_box()
        results = page.locator("#library-results").bounding_box()
        assert facets["x"] >= results["x"] + results["width"]  # the filters stand on the right
        assert page.locator(".hub-search").bounding_box()["x"] < 640  # the header's search on the left
        assert page.locator("h1").inner_text() == "المكتبة"
        assert page.evaluate("getComputedStyle(document.querySelector('.hub-card__type')).marginLeft") != "0px"
