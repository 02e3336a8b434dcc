"""Search that understands the language of each entry: French and Arabic
entries found by other inflected forms of their words, in lunr.py, in the
library's own code under Node.js, and in the browser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lunr.index import Index

from browser import serve
from conftest import run
from test_library import library_data, lunr_js_results

from cphub.search import search, stem

ENTRIES = {
    "enfants-vulnerables": ("fr", "Les enfants vulnérables et leurs familles",
                            "Comment les comités protègent les enfants vulnérables dans les communautés."),
    "proteger-les-partenaires": ("fr", "Travailler avec des partenaires locaux",
                                 "Les partenariats et la diligence raisonnable des organisations."),
    "himayat-al-atfal": ("ar", "حماية الأطفال في المجتمعات المحلية",
                         "كيف تعمل اللجان مع الأسر لحماية الأطفال بالتعليم والرعاية."),
    "staff-burnout": ("en", "Burnout among caseworkers", "Teams described how caseworkers recovered."),
}
# (query as a reader types it, the entry it must find)
QUERIES = [
    ("enfant vulnérable", "enfants-vulnerables"),
    ("famille", "enfants-vulnerables"),
    ("communauté", "enfants-vulnerables"),
    ("partenaire", "proteger-les-partenaires"),
    ("أطفال", "himayat-al-atfal"),
    ("للأطفال", "himayat-al-atfal"),
    ("المجتمع", "himayat-al-atfal"),
    ("تعليم", "himayat-al-atfal"),
    ("caseworker", "staff-burnout"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    from conftest import BASE, copy_hub

    hub = copy_hub(BASE, tmp_path_factory.mktemp("languages") / "hub")
    for slug, (language, title, body) in ENTRIES.items():
        (hub / "briefs" / f"{slug}.md").write_text(
            f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: 2026-05-05\nsummary: "
            f"{json.dumps(body, ensure_ascii=False)}\ntopics: [mental-health]\nlanguages: [{language}]\n---\n\n{body}\n",
            encoding="utf-8")
    assert run(hub, "build")[0] == 0
    return hub / "site"


def slug_of(data: dict, ref: str) -> str:
    return data["docs"][int(ref)]["url"].split("/")[-2]


def test_the_index_knows_which_stemmers_the_hub_needs(site):
    assert library_data(site)["stemmers"] == {"ar": "arabic", "en": "english", "fr": "french"}


def test_arabic_words_survive_trimming_and_are_stemmed():
    assert stem("للأطفال", "ar") == stem("الأطفال", "ar") == stem("أطفال", "ar")
    assert stem("enfants", "fr") == stem("enfant", "fr")


@pytest.mark.parametrize("query,expected", QUERIES)
def test_lunr_py_finds_the_entry_by_an_inflected_form(site, query, expected):
    data = library_data(site)
    hits = search(Index.load(data["index"]), query, sorted(data["stemmers"]))
    assert hits and slug_of(data, hits[0]["ref"]) == expected


def test_the_library_code_in_node_finds_the_same(site):
    data = library_data(site)
    results = lunr_js_results(site, [q for q, _ in QUERIES])
    for query, expected in QUERIES:
        assert results[query] and slug_of(data, results[query][0][0]) == expected, query


def test_the_browser_finds_french_and_arabic_entries(site, chromium):
    with serve(site) as base:
        page = chromium.new_page()
        for query, expected in [("enfant vulnérable", "Les enfants vulnérables et leurs familles"),
                                ("للأطفال", "حماية الأطفال في المجتمعات المحلية")]:
            page.goto(base + "library/?q=" + query)
            page.wait_for_function("document.querySelectorAll('#library-results li').length > 0")
            first = page.locator("#library-results .hub-card__title").first
            assert first.inner_text() == expected
            assert first.get_attribute("lang") in ("fr", "ar")
        page.close()


def test_a_right_to_left_entry_passes_axe(site, chromium):
    from test_accessibility import axe_violations

    with serve(site) as base:
        page = chromium.new_page()
        page.goto(base + "briefs/himayat-al-atfal/")
        assert page.locator("h1").first.get_attribute("dir") == "rtl"
        assert page.evaluate("getComputedStyle(document.querySelector('.hub-body')).direction") == "rtl"
        assert axe_violations(page) == []
        page.close()
