"""More than one interface from one repository: `interface_languages:
[en, fr]` builds / in English and /fr/ in French from the same entries, with a
switcher that keeps the reader on the same page, hreflang between the two,
and the offline copies of the first interface (their switcher leads online)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import feedparser
import pytest

from browser import serve
from conftest import BASE, copy_hub, run
from test_newsletter import add_settings

SLUG = "community-child-protection-exchange"
BRIEF = "briefs/staff-care-in-crisis-response/"


@pytest.fixture(scope="module")
def site(sample_site) -> Path:
    assert "interface_languages: [en, fr]" in (sample_site.parent / "mkdocs.yml").read_text(encoding="utf-8")
    return sample_site


def test_fr_holds_the_same_pages_in_french(site):
    english = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html")
                     if not p.relative_to(site).as_posix().startswith("fr/"))
    french = sorted(p.relative_to(site / "fr").as_posix() for p in (site / "fr").rglob("index.html"))
    assert english == french and len(english) > 60
    home = (site / "fr/index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in home and "Webinaires à venir" in home and "Rechercher dans le hub" in home
    brief = (site / "fr" / BRIEF / "index.html").read_text(encoding="utf-8")
    assert "Également disponible en" in brief and "22 septembre 2026" in brief
    assert '<h1 lang="en" dir="ltr">Staff care in the first weeks of a crisis response</h1>' in brief
    tabs = re.findall(r'class="md-tabs__link"[^>]*>\s*([^<]+?)\s*<', home)
    assert tabs == ["Accueil", "Notes d’information", "Webinaires", "Lettres d’information", "Ressources", "Bibliothèque",
                    "Thèmes", "S’abonner", "Lecture hors ligne", "À propos"]  # ten sections, named in French
    feed = feedparser.parse((site / "fr/rss.xml").read_bytes())
    assert feed.feed.link.startswith("https://hub.example.org/fr/") and len(feed.entries) > 10
    assert "Kenya" in (site / "fr/countries/index.html").read_text(encoding="utf-8")


def test_the_switcher_keeps_the_reader_on_the_same_page(site, new_page):
    with serve(site) as base:
        page = new_page(viewport={"width": 390, "height": 844})
        page.goto(base + BRIEF)
        page.locator(".hub-interfaces a[hreflang=fr]").click()
        page.wait_for_url(f"**/fr/{BRIEF}")
        assert page.evaluate("document.documentElement.lang") == "fr"
        assert page.locator(".hub-interfaces [aria-current]").inner_text().startswith("FR")
        page.locator(".hub-interfaces a[hreflang=en]").click()
        page.wait_for_url(f"{base}{BRIEF}")
        assert page.evaluate("document.documentElement.lang") == "en"
        page.goto(base + "fr/")
        page.locator(".hub-interfaces a[hreflang=en]").click()
        page.wait_for_url(base)
        # The French library searches the same index, and writes its dates in French.
        page.goto(base + "fr/library/?q=burnout")
        page.wait_for_function("document.getElementById('library-status').textContent.length > 0")
        assert "Staff care in the first weeks of a crisis response" in page.locator("#library-results").inner_text()
        assert re.match(r"\d{1,2} \w+ \d{4}$", page.locator("#library-results time").first.inner_text())


def test_each_page_names_its_two_interfaces_and_entries_their_translations(site):
    listing = (site / "fr/briefs/index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" hreflang="en" href="https://hub.example.org/briefs/">' in listing
    assert '<link rel="alternate" hreflang="fr" href="https://hub.example.org/fr/briefs/">' in listing
    brief = (site / "fr" / BRIEF / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" hreflang="ar" href="https://hub.example.org/fr/briefs/staff-care-in-crisis-response-ar/">' \
        in brief  # an entry's alternates are its translations, within its interface
    sitemap = (site / "fr/sitemap.xml").read_text(encoding="utf-8")
    assert 'hreflang="en" href="https://hub.example.org/briefs/"/>' in sitemap


def test_the_offline_copies_hold_the_first_interface_and_fr_offers_them(site, tmp_path):
    with zipfile.ZipFile(site / f"downloads/{SLUG}-offline.zip") as archive:
        names = archive.namelist()
        archive.extractall(tmp_path)
    assert not [n for n in names if n.startswith(f"{SLUG}/fr/")]
    page = (tmp_path / SLUG / BRIEF / "index.html").read_text(encoding="utf-8")
    assert 'href="https://hub.example.org/fr/briefs/staff-care-in-crisis-response/"' in page  # online, not a missing file
    offered = (site / "fr/offline/index.html").read_text(encoding="utf-8")
    assert f'href="../../downloads/{SLUG}-offline.zip"' in offered and "SHA-256" in offered
    assert not (site / "fr/downloads").exists()


def test_a_language_without_a_catalog_is_refused(tmp_path, capsys):
    hub = copy_hub(BASE, tmp_path / "hub")
    add_settings(hub, plugin="      interface_languages: [en, de]\n")
    code, _, err = run(hub, "build", capsys=capsys)
    assert code == 1 and "interface_languages: 'de' has no catalog" in err and "Traceback" not in err
