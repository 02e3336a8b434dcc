"""Translations linked to each other (`translation_of`): refused with file
and line when wrong; each version's page names the others in their own
language, with `hreflang` in its text, its <head> and the sitemap, and every
pair symmetric across the site; read in Chromium."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

from browser import serve
from conftest import BASE, build, copy_hub, run

SITE_URL = "https://hub.example.org/"
# Entries the hub has never seen: an English webinar with its Portuguese and
# Swahili versions, and a brief in French with its English translation.
UNSEEN = {
    "webinars/family-tracing.md": ("en", "Family tracing after displacement", "", "2026-04-02"),
    "webinars/reunificacao-familiar.md": ("pt", "Busca de famílias após o deslocamento", "family-tracing",
                                          "2026-04-02"),
    "webinars/kutafuta-familia.md": ("sw", "Kutafuta familia baada ya kuhama", "family-tracing", "2026-04-02"),
    "briefs/comites-de-quartier.md": ("fr", "Les comités de quartier", "", "2026-05-01"),
    "briefs/neighbourhood-committees.md": ("en", "Neighbourhood committees", "comites-de-quartier", "2026-05-08"),
}


def write_entry(hub: Path, rel: str, language: str, title: str, original: str, date: str) -> None:
    webinar = 'time: "10:00"\ntimezone: Africa/Nairobi\n' if rel.startswith("webinars/") else ""
    translation = f"translation_of: {original}\n" if original else ""
    (hub / rel).write_text(f'---\ntitle: "{title}"\ndate: {date}\n{webinar}summary: "{title}."\n'
                           f"topics: [family-care]\nlanguages: [{language}]\n{translation}---\n\n{title}.\n",
                           encoding="utf-8")


@pytest.fixture(scope="module")
def unseen(tmp_path_factory) -> Path:
    hub = copy_hub(BASE, tmp_path_factory.mktemp("translations") / "hub")
    for rel, fields in UNSEEN.items():
        write_entry(hub, rel, *fields)
    return build(hub)


@pytest.fixture(scope="module")
def sample(sample_site) -> Path:
    return sample_site


def page_url(site: Path, path: Path) -> str:
    rel = path.relative_to(site).as_posix()
    return SITE_URL + rel.removesuffix("index.html")


def head_alternates(html: str) -> dict[str, str]:
    head = html.split("</head>")[0]
    return {href: lang for lang, href in re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', head)}


def text_versions(site: Path, path: Path) -> dict[str, tuple[str, str, str]]:
    """The "Also available in" links: absolute URL -> (hreflang, lang, label)."""
    html = path.read_text(encoding="utf-8")
    found = re.search(r'<p class="hub-versions">(.*?)</p>', html)
    if not found:
        return {}
    return {urljoin(page_url(site, path), href): (hreflang, lang, label) for href, hreflang, lang, label in
            re.findall(r'<a href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)" dir="[^"]+">([^<]+)</a>', found.group(1))}


def test_each_version_names_the_others_in_their_own_language(unseen):
    webinar = unseen / "webinars/family-tracing/index.html"
    assert set(text_versions(unseen, webinar).values()) == {("pt", "pt", "Português"), ("sw", "sw", "Kiswahili")}
    portuguese = unseen / "webinars/reunificacao-familiar/index.html"
    assert set(text_versions(unseen, portuguese).values()) == {("en", "en", "English"), ("sw", "sw", "Kiswahili")}
    assert "Also available in: " in portuguese.read_text(encoding="utf-8")  # the interface's words
    english = unseen / "briefs/neighbourhood-committees/index.html"
    assert set(text_versions(unseen, english).values()) == {("fr", "fr", "Français")}
    alone = unseen / "briefs/valid-brief/index.html"
    assert text_versions(unseen, alone) == {} and head_alternates(alone.read_text(encoding="utf-8")) == {}


def test_each_version_lists_every_version_in_its_head_itself_included(unseen):
    for slug in ("family-tracing", "reunificacao-familiar", "kutafuta-familia"):
        html = (unseen / f"webinars/{slug}/index.html").read_text(encoding="utf-8")
        assert head_alternates(html) == {f"{SITE_URL}webinars/family-tracing/": "en",
                                         f"{SITE_URL}webinars/reunificacao-familiar/": "pt",
                                         f"{SITE_URL}webinars/kutafuta-familia/": "sw"}


@pytest.mark.parametrize("which", ["sample", "unseen"])
def test_every_hreflang_pair_in_the_site_is_symmetric(request, which):
    site = request.getfixturevalue(which)
    heads, texts, entries = {}, {}, set()
    for path in site.rglob("index.html"):
        html = path.read_text(encoding="utf-8")
        heads[page_url(site, path)] = head_alternates(html)
        texts[page_url(site, path)] = text_versions(site, path)
        if 'class="hub-entry ' in html:
            entries.add(page_url(site, path))
    linked = {url: alternates for url, alternates in heads.items() if alternates}
    assert len(linked) >= (3 if which == "unseen" else 5)
    for url, alternates in linked.items():
        assert url in alternates, f"{url} does not name itself"
        if url in entries:  # an entry's text links its every other version
            assert set(texts[url]) == set(alternates) - {url}, url
        for other in alternates:
            assert heads[other] == alternates, f"{url} and {other} disagree"
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for block in re.findall(r"<url>(.*?)</url>", sitemap, flags=re.S):
        loc = re.search(r"<loc>([^<]+)</loc>", block).group(1)
        listed = {href: lang for lang, href in re.findall(r'hreflang="([^"]+)" href="([^"]+)"', block)}
        assert listed == heads.get(loc, {}), loc


def test_in_chromium_the_english_brief_leads_to_the_french_one_and_back(sample, new_page):
    with serve(sample) as base:
        page = new_page()
        page.goto(base + "briefs/staff-care-in-crisis-response/")
        page.locator(".hub-versions a[hreflang=fr]").click()
        page.wait_for_url("**/briefs/soutien-au-personnel-en-debut-de-crise/")
        assert page.locator("h1").get_attribute("lang") == "fr"
        assert page.locator(".hub-versions a[hreflang=ar]").inner_text() == "العربية"
        page.locator(".hub-versions a[hreflang=en]").click()
        page.wait_for_url("**/briefs/staff-care-in-crisis-response/")
        page.locator(".hub-versions a[hreflang=ar]").click()
        assert page.locator("h1").get_attribute("dir") == "rtl"


def test_the_librarys_language_facet_finds_every_version(unseen, new_page):
    with serve(unseen) as base:
        page = new_page()
        for language, title in (("pt", "Busca de famílias após o deslocamento"),
                                ("sw", "Kutafuta familia baada ya kuhama")):
            page.goto(base + f"library/?language={language}")
            page.wait_for_function("document.getElementById('library-status').textContent.length > 0")
            assert page.locator("#library-results a").all_inner_texts() == [title]


# ------------------------------------------------------------- validation

WRONG = {
    # file: (language, title, translation_of) -> the line `check` must print
    "briefs/unknown-original.md": (("fr", "Original inconnu", "valid-brif"),
                                   "briefs/unknown-original.md:7: translation_of: unknown entry 'valid-brif'"),
    "briefs/french-version.md": (("fr", "Version française", "valid-brief"), None),
    "briefs/second-hand.md": (("pt", "Tradução de uma tradução", "french-version"),
                              "briefs/second-hand.md:7: translation_of: 'french-version' is itself a translation, "
                              "of 'valid-brief' (name the original: translation_of: valid-brief)"),
    "briefs/same-language.md": (("en", "Same language", "valid-brief"),
                                "briefs/same-language.md:7: translation_of: 'valid-brief' is in 'en' too"),
    "briefs/another-french-version.md": (("fr", "Une autre version", "valid-brief"),
                                         "briefs/another-french-version.md:7: translation_of: the 'fr' translation "
                                         "of 'valid-brief' is also used by briefs/french-version.md"),
    "briefs/not-a-webinar.md": (("sw", "Si mtandao", "valid-webinar"),
                                "briefs/not-a-webinar.md:7: translation_of: 'valid-webinar' is a webinar, "
                                "this is a brief"),
    "briefs/itself.md": (("es", "Sí misma", "itself"), "briefs/itself.md:7: translation_of: names this entry itself"),
}


def test_a_wrong_translation_of_is_refused_with_file_and_line(tmp_path, capsys):
    hub = copy_hub(BASE, tmp_path / "hub")
    for rel, ((language, title, original), _) in WRONG.items():
        write_entry(hub, rel, language, title, original, "2026-03-01")
    code, _, err = run(hub, "check", capsys=capsys)
    assert code == 1 and "Traceback" not in err
    for rel, (_, expected) in WRONG.items():
        if expected:
            assert expected in err, (expected, err)
    assert "briefs/french-version.md:7: translation_of: the 'fr' translation" in err  # both files named
    assert "did you mean 'valid-brief'" in err
