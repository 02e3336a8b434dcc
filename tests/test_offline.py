"""The offline downloads, opened as their readers open them: the zip unzipped
and read from file:// in Chromium, the ZIM with libzim's reader."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from libzim.reader import Archive
from libzim.search import Query, Searcher

from browser import Recorder
from conftest import EPOCH, REPO, build, copy_sample
from sitecheck import html_pages, parse, parse_text, resolve


SLUG = "community-child-protection-exchange"


def build_sample(target: Path) -> Path:
    hub = copy_sample(target / "hub")
    build(hub)
    return hub


@pytest.fixture(scope="module")
def hub(tmp_path_factory) -> Path:
    return build_sample(tmp_path_factory.mktemp("offline"))


@pytest.fixture(scope="module")
def unzipped(hub, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(hub / f"site/downloads/{SLUG}-offline.zip") as archive:
        archive.extractall(target)
    return target


def test_the_zip_has_one_top_folder_with_index_html(hub, unzipped):
    assert [p.name for p in unzipped.iterdir()] == [SLUG]
    assert (unzipped / SLUG / "index.html").is_file()
    with zipfile.ZipFile(hub / f"site/downloads/{SLUG}-offline.zip") as archive:
        names = archive.namelist()
        assert names == sorted(names)
        infos = archive.infolist()
    assert {i.date_time for i in infos} == {(2026, 11, 21, 0, 0, 0)}
    assert {i.external_attr >> 16 for i in infos} == {0o644}
    assert not any(n.endswith((".zip", ".zim", "rss.xml", "atom.xml", "feed.json", "/404.html")) for n in names)
    # The browser editor works online only, with the Git host.
    assert (hub / "site/admin/index.html").is_file() and not any(f"{SLUG}/admin/" in n for n in names)


def test_the_editor_is_not_in_the_zim_and_links_to_it_lead_online(hub, unzipped):
    zim = Archive(hub / f"site/downloads/{SLUG}.zim")
    assert not any(zim.has_entry_by_path(f"admin/{name}") for name in ("index.html", "config.yml", "cphub-editor.js"))
    contributing = (unzipped / SLUG / "contributing/index.html").read_text(encoding="utf-8")
    assert 'href="https://hub.example.org/admin/"' in contributing


def test_every_link_in_the_offline_copy_opens_a_file_from_disk(unzipped):
    """Read from a disk, a link to a folder (`../..`, `./`, `topics/`) opens
    the folder's listing, not its page: every link must name the file."""
    root = unzipped / SLUG
    checked = 0
    for page in html_pages(root):
        found = parse(page)
        for url in found.links + found.requests:
            if url.startswith(("http://", "https://", "mailto:", "#")):
                continue
            # From a disk, /assets/… names the disk's root, not the copy's.
            assert not url.startswith("/"), f"{page.relative_to(root)} -> {url}"
            target = resolve(root, page, url, from_disk=True)
            assert target is None or target.is_file(), f"{page.relative_to(root)} -> {url}"
            checked += 1
    assert checked > 1000


def test_every_link_in_the_zim_names_one_of_its_entries(hub):
    """Kiwix serves only the ZIM's entries: a link to a folder finds nothing."""
    zim = Archive(hub / f"site/downloads/{SLUG}.zim")
    pages = [entry.get_item() for entry in (zim._get_entry_by_id(i) for i in range(zim.all_entry_count))
             if not entry.is_redirect and entry.get_item().mimetype == "text/html"]
    assert len(pages) > 50
    for item in pages:
        for url in parse_text(bytes(item.content).decode("utf-8")).links:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = urlsplit(urljoin("/" + item.path, parts.path)).path.lstrip("/")
            assert zim.has_entry_by_path(unquote(target)), f"{item.path} -> {url}"


def test_feed_links_in_the_offline_copy_point_online(unzipped):
    briefs = (unzipped / SLUG / "briefs/index.html").read_text(encoding="utf-8")
    assert 'href="https://hub.example.org/briefs/rss.xml"' in briefs
    assert 'href="https://hub.example.org/rss.xml"' in briefs


def test_reading_the_offline_copy_from_file_requests_nothing_elsewhere(unzipped, new_page):
    root = unzipped / SLUG
    page = new_page()
    recorder = Recorder(page)
    page.goto((root / "index.html").as_uri())
    assert page.locator("h1").first.inner_text() == "Community Child Protection Exchange"
    # Through the navigation to a listing, an entry, and one of its topics.
    page.locator(".md-tabs__link", has_text="Briefs").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/briefs/index.html")
    page.locator("#__drawer").evaluate("box => box.checked = false")
    page.locator(".hub-card__title a", has_text="Staff care in the first weeks").click()
    page.wait_for_load_state()
    assert page.url.endswith("/briefs/staff-care-in-crisis-response/index.html")
    page.locator(".hub-details a", has_text="Staff care and wellbeing").click()
    page.wait_for_load_state()
    assert page.url.endswith("/topics/staff-wellbeing/index.html")
    assert page.locator("h1").inner_text() == "Staff care and wellbeing"
    # The header's search leads to the archive's own library, which searches.
    page.locator("header input[name=q]").fill("burnout")
    page.locator("header form button").click()
    page.wait_for_load_state()
    assert "/library/index.html?q=burnout" in page.url
    page.wait_for_function("document.querySelectorAll('#library-results li').length > 0")
    titles = page.locator("#library-results a").all_inner_texts()
    assert "Staff care in the first weeks of a crisis response" in titles
    page.locator("#library-results a", has_text="Staff care in the first weeks").click()
    page.wait_for_load_state()
    assert page.url.endswith("/briefs/staff-care-in-crisis-response/index.html#highlight=burnout")
    # The copy of /offline/ says where the latest downloads are.
    page.goto((root / "offline/index.html").as_uri())
    assert "You are reading the offline copy" in page.locator("main").inner_text()
    assert recorder.requests and all(url.startswith("file://") for url in recorder.requests), recorder.foreign("file://")
    assert recorder.failed == [] and recorder.errors == []


ENTRY_FOLDERS = {"briefs", "webinars", "newsletters", "resources"}


def test_the_zim_opens_in_libzim_with_its_main_entry_and_metadata(hub):
    zim = Archive(hub / f"site/downloads/{SLUG}.zim")
    assert zim.has_main_entry and zim.main_entry.get_item().path == "index.html"
    meta = {key: bytes(zim.get_metadata(key)).decode("utf-8") for key in zim.metadata_keys
            if not key.startswith("Illustration")}
    assert meta["Name"] == f"{SLUG}_en_all"
    assert meta["Title"] == "Community Child Protection…" and len(meta["Title"]) <= 30
    assert 0 < len(meta["Description"]) <= 80
    assert meta["Language"] == "eng"
    assert meta["Creator"] == meta["Publisher"] == "Community Child Protection Exchange"
    assert meta["Date"] == "2026-11-21"
    assert "Illustration_48x48@1" in zim.metadata_keys
    png = bytes(zim.get_illustration_item(48).content)
    assert png.startswith(b"\x89PNG") and png[16:24] == (48).to_bytes(4, "big") * 2
    entry = zim.get_entry_by_path("briefs/staff-care-in-crisis-response/index.html").get_item()
    assert entry.mimetype == "text/html" and "Staff care in the first weeks" in bytes(entry.content).decode()
    assert zim.has_fulltext_index and zim.has_title_index
    assert zim.check()


def test_the_zim_full_text_search_finds_entries_by_words_in_their_text(hub):
    zim = Archive(hub / f"site/downloads/{SLUG}.zim")
    searcher = Searcher(zim)
    for words, expected in [("vicarious trauma", "briefs/staff-care-in-crisis-response/index.html"),
                            ("informal settlements hosts", "briefs/protection-in-informal-settlements/index.html"),
                            ("sauvegarde partenaires", "briefs/note-sur-la-sauvegarde-dans-les-partenariats/index.html")]:
        search = searcher.search(Query().set_query(words))
        found = list(search.getResults(0, 20))
        assert expected in found, (words, found)


def test_the_zim_full_text_index_holds_entries_not_the_lists_that_show_their_cards(hub):
    zim = Archive(hub / f"site/downloads/{SLUG}.zim")
    # The brief's summary says "vicarious trauma": its card is on the home
    # page, the briefs listing and its topics' pages, which must not be found.
    found = list(Searcher(zim).search(Query().set_query("vicarious trauma")).getResults(0, 50))
    assert "briefs/staff-care-in-crisis-response/index.html" in found
    assert found and all(path.count("/") == 2 and path.split("/")[0] in ENTRY_FOLDERS for path in found), found
    # Titles as Kiwix suggests them: the entry's, without the hub's name.
    assert zim.get_entry_by_path("briefs/staff-care-in-crisis-response/index.html").title == \
        "Staff care in the first weeks of a crisis response"


def test_the_offline_page_lists_each_download_with_size_date_and_sha256(hub):
    html = (hub / "site/offline/index.html").read_text(encoding="utf-8")
    for name in (f"{SLUG}-offline.zip", f"{SLUG}.zim"):
        data = (hub / "site/downloads" / name).read_bytes()
        assert f'href="../downloads/{name}"' in html
        assert hashlib.sha256(data).hexdigest() in html
    assert html.count('<time datetime="2026-11-21">') >= 2
    assert re.search(r"<td>[\d.]+ (KB|MB)</td>", html)
    assert "unzip" in html.lower() and "Kiwix" in html and "index.html" in html


def test_two_builds_give_the_same_zip_and_the_same_zim_content(hub, tmp_path):
    again = build_sample(tmp_path)
    first, second = hub / "site/downloads", again / "site/downloads"
    assert (first / f"{SLUG}-offline.zip").read_bytes() == (second / f"{SLUG}-offline.zip").read_bytes()
    # libzim gives every ZIM a random UUID (and Xapian its index another), so
    # the ZIM's bytes differ; everything it holds must not.
    one, two = Archive(first / f"{SLUG}.zim"), Archive(second / f"{SLUG}.zim")
    assert one.all_entry_count == two.all_entry_count
    for i in range(one.all_entry_count):
        a, b = one._get_entry_by_id(i), two._get_entry_by_id(i)
        assert a.path == b.path
        if not a.is_redirect and not a.path.endswith("/xapian"):  # Xapian's databases hold its UUID
            assert bytes(a.get_item().content) == bytes(b.get_item().content), a.path


def test_archive_alone_rewrites_the_downloads_from_the_built_site(hub):
    site = hub / "site"
    before = (site / "index.html").stat().st_mtime_ns
    zip_path = site / f"downloads/{SLUG}-offline.zip"
    zip_bytes = zip_path.read_bytes()
    zip_path.unlink()
    result = subprocess.run([sys.executable, str(REPO / "build.py"), "-f", str(hub / "mkdocs.yml"), "archive"],
                            capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stderr
    assert zip_path.read_bytes() == zip_bytes
    assert (site / "index.html").stat().st_mtime_ns == before  # no page was rebuilt
    assert hashlib.sha256(zip_bytes).hexdigest() in (site / "offline/index.html").read_text(encoding="utf-8")
    assert "Detect dangling" not in result.stdout


def test_a_zim_that_cannot_be_written_fails_the_archive_command_in_one_line(hub):
    blocker = hub / "site.zim.partial"  # where `archive` writes the ZIM before moving it into place
    blocker.mkdir()
    try:
        result = subprocess.run([sys.executable, str(REPO / "build.py"), "-f", str(hub / "mkdocs.yml"), "archive"],
                                capture_output=True, text=True, timeout=120,
                                env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH})
    finally:
        blocker.rmdir()
    assert result.returncode == 1
    assert "the offline copies could not be written" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
