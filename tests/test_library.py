"""The library: a lunr index built by lunr.py, searched by lunr.js in node
and in headless Chromium, online and from file://."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from lunr.index import Index

from cphub.search import search

from browser import Recorder, serve
from conftest import REPO, build, copy_sample

ASSETS = REPO / "templates/assets"
QUERIES = ["burnout", "vicarious trauma", "family separation", "committee referral", "sauvegarde",
           "disabilities school", "Kenya", "covid", "psychosocial support", "Okello", "partenaires signalement",
           "care: what? (works)", "vicarious traum", "the"]


def library_data(site: Path) -> dict:
    text = (site / "library/search-index.js").read_text(encoding="utf-8")
    prefix, suffix = "window.cphubLibrary=", ";\n"
    assert text.startswith(prefix) and text.endswith(suffix)
    return json.loads(text[len(prefix):-len(suffix)])


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    hub = copy_sample(tmp_path_factory.mktemp("library") / "hub")
    (hub / "briefs" / "hidden-draft.md").write_text(
        "---\ntitle: Zanzibar draft\ndate: 2026-01-05\nsummary: Quokka.\ntopics: [covid-19]\ndraft: true\n---\n"
        "Xylophone quokka zanzibar.\n", encoding="utf-8")
    (hub / "briefs" / "hidden-scheduled.md").write_text(
        "---\ntitle: Zanzibar later\ndate: 2027-03-01\nsummary: Quokka.\ntopics: [covid-19]\n---\n"
        "Xylophone quokka zanzibar.\n", encoding="utf-8")
    return build(hub)


def lunr_py_results(data: dict, query: str) -> list[str]:
    return [hit["ref"] for hit in search(Index.load(data["index"]), query, sorted(data["stemmers"]))]


def top(hits: list[tuple[str, float]], n: int = 5) -> list[tuple[float, str]]:
    """The first n hits, equal scores put in ref order: the two libraries
    order ties differently, which is no difference in results."""
    return sorted(((round(score, 2), ref) for ref, score in hits), key=lambda h: (-h[0], h[1]))[:n]


def lunr_js_results(site: Path, queries: list[str]) -> dict[str, list[list]]:
    """The library page's own search code (search.js), run in Node.js."""
    node = shutil.which("node") or shutil.which("nodejs")
    assert node, "this test runs lunr.js in Node.js: apt-get install -y nodejs"
    script = f"""
      const lunr = require({json.dumps(str(ASSETS / 'vendor/lunr/lunr.min.js'))});
      const snowball = require({json.dumps(str(ASSETS / 'vendor/snowball-stemmers/snowball-stemmers.js'))});
      const makeSearch = require({json.dumps(str(ASSETS / 'javascripts/search.js'))});
      global.window = {{}};
      require({json.dumps(str(site / 'library/search-index.js'))});
      const data = window.cphubLibrary;
      const search = makeSearch(lunr, snowball, lunr.Index.load(data.index), data.stemmers);
      const out = {{}};
      for (const q of {json.dumps(queries)}) out[q] = (search(q) || []).map(h => [h.ref, h.score]);
      console.log(JSON.stringify(out));
    """
    result = subprocess.run([node, "-e", script], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_lunr_js_gives_the_same_top_results_as_lunr_py(site):
    data = library_data(site)
    in_node = lunr_js_results(site, QUERIES)
    found_something = 0
    index = Index.load(data["index"])
    for query in QUERIES:
        python = [(hit["ref"], hit["score"]) for hit in search(index, query, sorted(data["stemmers"]))]
        assert top(in_node[query]) == top(python), query
        assert len(in_node[query]) == len(python), query
        found_something += bool(python)
    assert found_something == len(QUERIES) - 1  # all but the stop word "the"


def test_the_index_holds_every_published_entry_and_nothing_else(site):
    data = library_data(site)
    titles = [doc["title"] for doc in data["docs"]]
    assert len(titles) == 23
    assert not any("Zanzibar" in t for t in titles)
    assert lunr_py_results(data, "quokka") == [] and lunr_py_results(data, "zanzibar") == []
    assert "Zanzibar" not in (site / "library/search-index.js").read_text(encoding="utf-8")


def test_words_from_metadata_and_body_are_found(site):
    data = library_data(site)
    titles = lambda q: [data["docs"][int(r)]["title"] for r in lunr_py_results(data, q)]  # noqa: E731
    assert "Self-care for staff in child protection teams" in titles("Okello")  # a speaker
    assert any("separation" in t for t in titles("Rwanda"))  # a country name
    assert titles("vicarious")[0] in ("Staff care in the first weeks of a crisis response",
                                       "Self-care for staff in child protection teams")


def test_only_the_library_page_loads_an_index(site):
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if page.relative_to(site).as_posix() == "library/index.html":
            assert "search-index.js" in html
        else:
            assert "search-index.js" not in html and "lunr" not in html, page
    assert not (site / "search" / "search_index.json").exists()


def facet_box(page, name: str, value: str):
    return page.locator(f"main input[type=checkbox][name='{name}'][value='{value}']")


def result_titles(page) -> list[str]:
    return page.locator("#library-results a").all_inner_texts()


@pytest.mark.parametrize("transport", ["http", "file"])
def test_searching_filtering_and_sharing_in_a_browser(site, chromium, transport):
    with serve(site) as base:
        root = base if transport == "http" else site.as_uri() + "/"
        library = root + "library/" + ("index.html" if transport == "file" else "")
        page = chromium.new_page()
        recorder = Recorder(page)
        page.goto(library)
        box = page.locator("main input[type=search]")
        assert box.get_attribute("id") == "library-q"
        assert page.locator("label[for=library-q]").inner_text()
        # An empty query lists everything, newest first.
        assert len(result_titles(page)) == 23
        dates = page.locator("#library-results time").evaluate_all("els => els.map(e => e.dateTime)")
        assert dates == sorted(dates, reverse=True)
        box.fill("burnout")
        page.wait_for_function("document.querySelectorAll('#library-results li').length < 23")
        found = result_titles(page)
        assert "Staff care in the first weeks of a crisis response" in found
        assert len(found) < 23
        # Facets: OR within one, AND across them.
        box.fill("")
        page.wait_for_function("document.querySelectorAll('#library-results li').length === 23")
        facet_box(page, "type", "webinar").check()
        page.wait_for_function("document.querySelectorAll('#library-results li').length === 4")
        facet_box(page, "type", "brief").check()
        page.wait_for_function("document.querySelectorAll('#library-results li').length === 11")
        facet_box(page, "country", "SL").check()
        sierra_leone = {"Linking community mechanisms with formal child protection systems",
                        "Making schools safe and open for children with disabilities",
                        "Self-care for staff in child protection teams",
                        "An introduction to mental health and psychosocial support",
                        "Children's and young people's mental health during COVID-19 and beyond"}
        page.wait_for_function(f"document.querySelectorAll('#library-results li').length === {len(sierra_leone)}")
        assert set(result_titles(page)) == sierra_leone
        assert page.locator("[data-count='country:SL']").inner_text() == str(len(sierra_leone))
        status = page.locator("#library-status")
        assert status.get_attribute("role") == "status" and "5 entries found" in status.inner_text()
        # The state is in the URL; the shared URL opens with its results.
        if transport == "http":
            assert "type=webinar" in page.url and "country=SL" in page.url
        shared = library + "?q=" + quote("mental health") + "&type=webinar&sort=date"
        other = chromium.new_page()
        other_recorder = Recorder(other)
        other.goto(shared)
        other.wait_for_function("document.getElementById('library-status').textContent.length > 0")
        titles = result_titles(other)
        assert titles[0] == "Self-care for staff in child protection teams"  # newest webinar first
        assert all(t in {"Self-care for staff in child protection teams",
                         "An introduction to mental health and psychosocial support",
                         "Children's and young people's mental health during COVID-19 and beyond",
                         "Partnering with government on the transition to family-based care"} for t in titles)
        assert other.locator("main input[type=search]").input_value() == "mental health"
        assert facet_box(other, "type", "webinar").is_checked()
        # A result link opens the entry page.
        other.locator("#library-results a").first.click()
        other.wait_for_load_state()
        assert other.locator("h1").first.inner_text() == "Self-care for staff in child protection teams"
        for rec in (recorder, other_recorder):
            assert rec.foreign(root) == [] and rec.failed == [] and rec.errors == []
        page.close()
        other.close()


def test_the_header_search_leads_to_the_library_with_results(site, chromium):
    with serve(site) as base:
        page = chromium.new_page()
        page.goto(base + "briefs/")
        page.locator("header input[name=q]").fill("sauvegarde")
        page.locator("header form button").click()
        page.wait_for_url("**/library/?q=sauvegarde")
        page.wait_for_function("document.querySelectorAll('#library-results li').length > 0")
        assert result_titles(page)[0].startswith("La sauvegarde de l’enfant")
        page.close()


def test_the_library_is_usable_by_keyboard(site, chromium):
    with serve(site) as base:
        page = chromium.new_page()
        page.goto(base + "library/")
        page.locator("#library-q").focus()
        page.keyboard.type("care")
        page.wait_for_function("document.querySelectorAll('#library-results li').length < 23")
        with_query = len(result_titles(page))
        for _ in range(8):  # Tab on until a facet's checkbox has the focus
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.type") == "checkbox":
                break
        assert page.evaluate("document.activeElement.name + '=' + document.activeElement.value") == "type=brief"
        page.keyboard.press("Space")
        page.wait_for_function(f"document.querySelectorAll('#library-results li').length < {with_query}")
        assert facet_box(page, "type", "brief").is_checked()
        assert all(t in page.locator("#library-results").inner_text() for t in ["Brief"])
        page.close()
