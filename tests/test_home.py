"""A hub that looks like a hub, read in Chromium at a phone's and a desktop's
width: the home page leads, the header keeps the hub's whole name, a
webinar's start is given in the reader's own time too, every list shows the
same card, every page ends with the hub's footer, and the library's filters
stand beside its results on a desktop. (axe-core at both widths on every
kind of page: test_accessibility.py.)"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from browser import serve
from conftest import BASE, build, copy_hub
from sitecheck import is_editor

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def site(sample_site) -> Path:
    return sample_site


@pytest.fixture(scope="module")
def bogota(tmp_path_factory) -> Path:
    """A hub with a webinar in Bogotá at 09:30: 23:30 in Tokyo, the same day."""
    hub = copy_hub(BASE, tmp_path_factory.mktemp("bogota") / "hub")
    (hub / "webinars/bogota-session.md").write_text(
        '---\ntitle: A session from Bogotá\ndate: 2026-12-03\ntime: "09:30"\ntimezone: America/Bogota\n'
        "summary: An upcoming session.\ntopics: [family-care]\n---\n\nText.\n", encoding="utf-8")
    return build(hub)


def test_at_390_px_the_name_is_whole_and_the_home_fits_three_screens_with_search_first(site, new_page):
    with serve(site) as base:
        page = new_page(viewport=PHONE)
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


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP])
def test_the_home_names_the_hub_once_leads_with_an_entry_and_shows_tiles_of_one_height(site, new_page, viewport):
    with serve(site) as base:
        page = new_page(viewport=viewport)
        page.goto(base)
        seen = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e =>
            e.children.length === 0 && e.textContent.trim() === 'Community Child Protection Exchange'
            && e.getBoundingClientRect().width > 1).length""")
        assert seen == 1  # the header's; the page's h1 names it for screen readers only
        assert page.locator("h1").inner_text() == "Community Child Protection Exchange"
        # The lead: the newest brief, in the reader's language (the sample's newest is its Arabic version).
        lead = page.locator(".hub-lead")
        assert lead.locator("h2").inner_text() == "Staff care in the first weeks of a crisis response"
        assert "burnout and vicarious trauma" in lead.locator("p[lang]").inner_text()
        tiles = page.locator(".hub-tiles a")
        heights = {round(box["height"]) for box in (tiles.nth(i).bounding_box() for i in range(tiles.count()))}
        assert len(heights) == 1 and tiles.first.evaluate("a => getComputedStyle(a).textDecorationLine") == "none"


def test_a_featured_entry_leads_and_a_session_with_registration_offers_register(tmp_path, new_page):
    hub = copy_hub(BASE, tmp_path / "hub")
    (hub / "webinars/soon.md").write_text(
        '---\ntitle: A session soon\ndate: 2026-12-03\ntime: "09:30"\ntimezone: Africa/Nairobi\n'
        "summary: Soon.\ntopics: [family-care]\nregistration: https://example.org/register\n---\n", encoding="utf-8")
    resources = sorted((hub / "content/resources").glob("*.md"))
    text = resources[0].read_text(encoding="utf-8")
    resources[0].write_text(text.replace("\n---\n", "\nfeatured: true\n---\n", 1), encoding="utf-8")
    site = build(hub)
    with serve(site) as base:
        page = new_page(viewport=PHONE)
        page.goto(base)
        title = re.search(r'^title: "?(.*?)"?$', text, re.M).group(1)
        assert page.locator(".hub-lead h2").inner_text() == title
        session = page.locator(".hub-coming__list li", has_text="A session soon")
        register = session.locator("a.md-button--primary")
        assert register.inner_text() == "Register" and register.get_attribute("href") == "https://example.org/register"
        assert session.locator("a[download]").count() == 1


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


def test_the_home_with_everything_it_loads_stays_under_40_kb_gzipped(site, new_page):
    with serve(site) as base:
        page = new_page(viewport=PHONE)
        loaded: dict[str, int] = {}
        page.on("response", lambda r: loaded.__setitem__(r.url, len(gzip.compress(r.body(), 9))))
        page.goto(base, wait_until="load")
    assert all(url.startswith(base) for url in loaded)
    assert sum(loaded.values()) <= 40 * 1024, loaded


@pytest.mark.parametrize("where", ["http", "file"])
def test_a_browser_in_tokyo_sees_the_tokyo_time_of_a_bogota_webinar(bogota, new_context, where):
    context = new_context(timezone_id="Asia/Tokyo", locale="en-GB")
    page = context.new_page()
    with serve(bogota) as base:
        for url in ("webinars/bogota-session/", ""):
            page.goto(base + url if where == "http" else (bogota / url / "index.html").as_uri())
            start = page.locator("time[data-zone='America/Bogota']")
            assert "09:30" in start.inner_text()
            assert start.locator("xpath=..").inner_text().endswith("that is 23:30 where you are")


def test_in_the_webinars_own_zone_no_second_time_is_added(bogota, new_context):
    context = new_context(timezone_id="America/Bogota")
    page = context.new_page()
    page.goto((bogota / "webinars/bogota-session/index.html").as_uri())
    assert page.locator(".hub-local-time").count() == 0


def test_a_past_webinar_says_whether_it_has_a_recording(site):
    past = (site / "webinars/self-care-for-child-protection-staff/index.html").read_text(encoding="utf-8")
    status = past.split('class="hub-status"')[1].split("</p>")[0]
    assert "Recording available" in status or "No recording" in status


# ------------------------------------------------------------------ cards

CARDS = """() => [...document.querySelectorAll('.hub-card')].map(c => {
  const type = c.querySelector('.hub-card__type'), time = c.querySelector('time');
  return {
    type: type.textContent.trim(), typeBorder: getComputedStyle(type).borderTopStyle,
    date: time.textContent.trim(), datetime: time.getAttribute('datetime'),
    title: c.querySelector('.hub-card__title a').textContent.trim(),
    href: c.querySelector('.hub-card__title a').href,
    summary: c.querySelector('.hub-card__summary').textContent.trim(),
    topics: [...c.querySelectorAll('.hub-card__meta .hub-tag')].map(a => [a.textContent.trim(), a.href || null]),
    languages: c.querySelector('.hub-card__languages').textContent.trim(),
    text: c.innerText.replace(/\\s+/g, ' ').trim(),
  };
})"""
LONG_DATE = re.compile(r"^(January|February|March|April|May|June|July|August|September|October|November|"
                       r"December) \d{1,2}, \d{4}$")


def exists(site: Path, url: str) -> bool:
    path = urlsplit(url).path.lstrip("/")
    return (site / path / "index.html").is_file() if path.endswith("/") or not path else (site / path).is_file()


def check_card(site: Path, card: dict) -> None:
    assert card["type"] in ("Brief", "Webinar", "Newsletter", "Resource"), card
    assert card["typeBorder"] == "solid", "the type is told by a boxed word, not by colour alone"
    assert LONG_DATE.match(card["date"]) and re.match(r"^\d{4}-\d{2}-\d{2}$", card["datetime"]), card
    assert card["title"] and card["summary"] and exists(site, card["href"]), card
    assert card["topics"] and all(href is None or exists(site, href) for _, href in card["topics"]), card
    assert re.fullmatch(r"Languages: (English|French|Arabic|Spanish)(, (English|French))*", card["languages"]), card


@pytest.mark.parametrize("url", ["briefs/", "topics/staff-wellbeing/", "briefs/staff-care-in-crisis-response/",
                                 "library/"])
def test_every_list_shows_the_same_card(site, new_page, url):
    with serve(site) as base:
        page = new_page(viewport=DESKTOP)
        page.goto(base + url)
        cards = page.evaluate(CARDS)
    assert cards
    for card in cards:
        check_card(site, card)
    # In the library every link is a result (a stable hook): topics are not links there.
    assert all((href is None) == (url == "library/") for card in cards for _, href in card["topics"])
    if url.startswith("topics/"):
        assert all("Staff care and wellbeing" in [t for t, _ in card["topics"]] for card in cards)


def test_the_library_draws_its_results_as_the_lists_draw_their_cards(site, new_page):
    """The same card, with its date written the same way, whether the page
    was served with it or library.js drew it from the index; a result's link
    names the words to mark on the entry (#highlight=…), and its summary
    gives way to an excerpt where the entry's text holds more of the query."""
    with serve(site) as base:
        page = new_page(viewport=DESKTOP)
        page.goto(base + "library/")
        served = {card["href"].removesuffix("index.html"): card for card in page.evaluate(CARDS)}
        page.goto(base + "library/?q=care")
        page.wait_for_function("document.querySelectorAll('#library-results .hub-results .hub-card').length")
        drawn = page.evaluate(CARDS)
        excerpts = page.evaluate("Array.from(document.querySelectorAll('#library-results .hub-card__summary'), "
                                 "p => p.classList.contains('hub-card__excerpt'))")
    assert len(drawn) == 10
    same = lambda card: {k: v for k, v in card.items() if k not in ("href", "summary", "text")}  # noqa: E731
    for card, excerpt in zip(drawn, excerpts, strict=True):
        check_card(site, card)
        address, _, fragment = card["href"].partition("#")
        assert fragment.startswith("highlight=") and same(card) == same(served[address])
        assert excerpt or card["summary"] == served[address]["summary"]
    assert any(excerpts) and not all(excerpts)


# ------------------------------------------------------------------ footer

def test_every_page_ends_with_the_hubs_footer(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 60
    for path in pages:
        if path.name in ("email.html",) or is_editor(site, path):  # an e-mail edition, the editor: not pages
            continue
        html = path.read_text(encoding="utf-8")
        assert html.count('class="md-footer hub-footer"') == 1, path
        footer = html.split('class="md-footer hub-footer"')[1]
        rel = path.relative_to(site).as_posix()
        interface = "fr/" if rel.startswith("fr/") else ""  # the sample is built in English and French
        here = "http://hub/" + rel
        links = {urljoin(here, href).removeprefix("http://hub/") for href in re.findall(r'href="([^"]+)"', footer)}
        # Each interface links the hub's own pages in its language.
        own = (("about/", "community-rules/", "contributing/") if not interface else
               ("a-propos/", "regles-de-la-communaute/", "contribuer/"))
        for target in ("rss.xml", "atom.xml", "webinars/calendar.ics", "offline/") + own:
            assert interface + target in links, (path, target)
        assert "mailto:editors@hub.example.org" in links
        assert all(exists(site, link) for link in links if not link.startswith("mailto:")), links


def test_without_a_contact_the_footer_has_no_contact_link(tmp_path):
    site = build(copy_hub(BASE, tmp_path / "hub"))
    footer = (site / "index.html").read_text(encoding="utf-8").split("md-footer hub-footer")[1]
    assert "mailto:" not in footer and "rss.xml" in footer


def test_the_term_indexes_lead_to_each_other(site):
    for folder, others in (("topics", ("countries", "organisations")), ("countries", ("topics", "organisations"))):
        html = (site / folder / "index.html").read_text(encoding="utf-8")
        browse = html.split('class="hub-browse"')[1].split("</nav>")[0]
        assert 'aria-current="page"' in browse
        for other in others:
            assert f'href="../{other}/"' in browse


# ------------------------------------------------------------------ library

def test_on_a_desktop_the_facets_stand_beside_the_results(site, new_page):
    with serve(site) as base:
        page = new_page(viewport=DESKTOP)
        page.goto(base + "library/")
        facets = page.locator(".hub-facets").bounding_box()
        results = page.locator("#library-results").bounding_box()
        assert page.locator(".hub-facets__body").is_visible()
        assert not page.locator(".hub-facets__toggle").is_visible()  # nothing to unfold beside the results
    assert facets["x"] + facets["width"] <= results["x"], (facets, results)
    assert facets["y"] < results["y"] + results["height"] and results["y"] < facets["y"] + facets["height"]


def test_on_a_phone_the_filters_are_a_button_that_says_how_many_are_on(site, new_page):
    with serve(site) as base:
        page = new_page(viewport=PHONE)
        page.goto(base + "library/?type=brief&topic=staff-wellbeing")
        summary = page.locator(".hub-facets__summary")
        assert not page.locator(".hub-facets__body").is_visible()
        assert re.sub(r"\s+", " ", summary.inner_text()).strip() == "Filters (2 selected)"
        box = summary.bounding_box()
        assert box["width"] < PHONE["width"] / 2  # a button, not a block across the screen
        summary.click()
        page.get_by_label(re.compile(r"^\s*Webinars")).check()
        assert re.sub(r"\s+", " ", summary.inner_text()).strip() == "Filters (3 selected)"
        page.locator("#library-clear").click()
        assert summary.inner_text().strip() == "Filters"


def test_a_topic_is_a_space_with_its_conversation_sessions_types_feeds_and_calendar(tmp_path, new_page):
    hub = copy_hub(BASE, tmp_path / "hub")
    topics = hub / "content/topics.yml"
    topics.write_text(topics.read_text(encoding="utf-8").replace(
        "  label: Family-based and alternative care\n",
        "  label: Family-based and alternative care\n  discussion: https://example.org/forum/family-care\n"),
        encoding="utf-8")
    (hub / "webinars/soon.md").write_text(
        '---\ntitle: A family care session soon\ndate: 2026-12-03\ntime: "09:30"\ntimezone: Africa/Nairobi\n'
        "summary: Soon.\ntopics: [family-care]\nregistration: https://example.org/register\n---\n", encoding="utf-8")
    site = build(hub)
    with serve(site) as base:
        page = new_page(viewport=PHONE)
        page.goto(base + "topics/family-care/")
        join = page.locator("main a", has_text="Discuss this topic")
        assert join.get_attribute("href") == "https://example.org/forum/family-care"
        coming = page.locator("#topic-upcoming + .hub-coming__list li")
        assert coming.count() == 1 and "A family care session soon" in coming.inner_text()
        assert coming.locator("a.md-button--primary").inner_text() == "Register"
        # Its sessions come before its list; its entries by type lead to the library's search of them.
        assert page.locator(".hub-coming").bounding_box()["y"] < page.locator(".hub-cards").bounding_box()["y"]
        by_type = page.locator(".hub-by-type a")
        counted = int(re.search(r"\((\d+)\)", by_type.first.inner_text()).group(1))
        by_type.first.click()
        page.wait_for_function("document.getElementById('library-status').textContent.length > 0")
        assert "topic=family-care" in page.url and "type=" in page.url
        assert int(re.search(r"\d+", page.locator("#library-status").inner_text()).group()) == counted
    follow = (site / "topics/family-care/index.html").read_text(encoding="utf-8")
    assert 'href="calendar.ics"' in follow and 'href="rss.xml"' in follow
    calendar = (site / "topics/family-care/calendar.ics").read_text(encoding="utf-8")
    assert "A family care session soon" in calendar
    assert not (site / "topics/mental-health/calendar.ics").exists() or "A family care session soon" not in \
        (site / "topics/mental-health/calendar.ics").read_text(encoding="utf-8")
