"""Build the repository's sample hub into a temporary folder and read it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import REPO, build, copy_sample
from sitecheck import broken_links, external_requests, html_pages, is_editor, parse



@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    hub = copy_sample(tmp_path_factory.mktemp("sample") / "hub")
    # A draft and a scheduled resource: they must appear nowhere.
    (hub / "briefs" / "unfinished-draft-brief.md").write_text(
        "---\ntitle: Unfinished draft brief\ndate: 2026-01-05\nsummary: Not ready.\n"
        "topics: [covid-19]\ndraft: true\n---\nDRAFT-BODY-MARKER\n", encoding="utf-8")
    (hub / "content" / "resources" / "scheduled-future-resource.md").write_text(
        "---\ntitle: Scheduled future resource\ndate: 2027-01-05\nsummary: Later.\ntopics: [covid-19]\n"
        "publisher: unicef\nresource_type: guide\n---\nSCHEDULED-BODY-MARKER\n", encoding="utf-8")
    return build(hub)


def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def entry_files() -> list[tuple[str, str]]:
    folders = {"briefs": "briefs", "webinars": "webinars", "content/newsletters": "newsletters",
               "content/resources": "resources"}
    return [(prefix, p.stem) for folder, prefix in folders.items() for p in sorted((REPO / folder).glob("*.md"))]


@pytest.mark.parametrize("prefix,slug", entry_files())
def test_every_sample_entry_has_its_page(site, prefix, slug):
    html = read(site, f"{prefix}/{slug}")
    assert re.search(r"<h1[^>]*>", html)
    assert '<meta name="description"' in html


def test_the_sample_hub_has_what_the_issue_asks_for():
    count = {prefix: 0 for prefix in ("briefs", "webinars", "newsletters", "resources")}
    for prefix, _ in entry_files():
        count[prefix] += 1
    assert count["briefs"] >= 6 and count["webinars"] >= 4 and count["newsletters"] >= 2 and count["resources"] >= 10
    assert (REPO / "content/topics.yml").read_text().count("- id:") >= 8
    assert (REPO / "content/organisations.yml").read_text().count("- id:") >= 8
    for page in ("about", "community-rules", "contributing"):
        assert (REPO / "content/pages" / f"{page}.md").is_file()


def test_every_internal_link_resolves(site):
    assert broken_links(site) == []


def test_no_page_requests_another_host(site):
    assert external_requests(site) == []
    for page in html_pages(site):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, page


def test_drafts_and_scheduled_entries_appear_nowhere(site):
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".js", ".ics", ".txt"):
            text = path.read_text(encoding="utf-8", errors="replace")
            for marker in ("unfinished-draft-brief", "Unfinished draft brief", "DRAFT-BODY-MARKER",
                           "scheduled-future-resource", "Scheduled future resource", "SCHEDULED-BODY-MARKER"):
                assert marker not in text, f"{marker} in {path}"


def test_listings_are_newest_first(site):
    html = read(site, "briefs")
    dates = re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)">', html)
    assert len(dates) >= 6 and dates == sorted(dates, reverse=True)


def test_home_shows_upcoming_webinars_first_then_latest_of_each_type(site):
    html = read(site, "")
    headings = re.findall(r'<h2 id="home-([a-z]+)"', html)
    assert headings[:4] == ["lead", "upcoming", "new", "topics"]  # a lead entry first (featured, else the newest brief: e08d646)
    new = html.split('id="home-new"')[1].split('id="home-topics"')[0]
    assert re.findall(r'<h3 id="home-([a-z]+)"', new) == ["brief", "webinar", "newsletter", "resource"]
    upcoming = html.split('id="home-upcoming"')[1].split("</section>")[0]
    assert "Partnering with government on the transition to family-based care" in upcoming


def test_entry_metadata_links_to_term_pages(site):
    html = read(site, "briefs/community-mechanisms-and-formal-systems")
    details = html.split('id="hub-details"')[1]
    for url, label in [("../../topics/community-mechanisms/", "Community-based child protection mechanisms"),
                       ("../../countries/ke/", "Kenya"), ("../../countries/sl/", "Sierra Leone"),
                       ("../../organisations/exchange-secretariat/", "Community Child Protection Exchange"),
                       ("../", "Brief")]:
        assert f'<a href="{url}">{label}</a>' in details
    assert "English" in details and "Exchange editorial team" in details


def test_brief_lists_attachments_with_sizes(site):
    html = read(site, "briefs/community-mechanisms-and-formal-systems")
    size = (REPO / "briefs/files/referral-pathway-checklist.pdf").stat().st_size
    assert 'href="../files/referral-pathway-checklist.pdf"' in html
    assert (site / "briefs/files/referral-pathway-checklist.pdf").stat().st_size == size
    assert re.search(r"\(PDF, [\d.]+ (KB|bytes)\)", html)


def test_webinar_shows_start_in_its_zone_and_in_utc(site):
    text = text_of(read(site, "webinars/transition-to-family-based-care"))
    assert "09:30 (Africa/Nairobi)" in text and "06:30 in UTC" in text
    assert "90 minutes" in text and "Upcoming" in text and "Esther Wanjiru" in text
    past = text_of(read(site, "webinars/self-care-for-child-protection-staff"))
    assert "Past" in past and "13:00 (Africa/Nairobi)" in past and "10:00 in UTC" in past
    assert 'href="../files/self-care-slides.pdf"' in read(site, "webinars/self-care-for-child-protection-staff")


def test_resource_shows_publisher_type_year(site):
    text = text_of(read(site, "resources/what-are-we-learning-about-protecting-children"))
    assert "Save the Children" in text and "Research" in text and "2009" in text


def test_newsletter_lists_its_items_with_titles_and_summaries(site):
    html = read(site, "newsletters/newsletter-1")
    items = html.split('id="hub-issue-items"')[1]
    assert "An introduction to mental health and psychosocial support" in items
    assert "Child protection in informal refugee settlements" in items
    assert "../../webinars/introduction-to-mental-health/" in items


def test_related_lists_the_related_field_first(site):
    html = read(site, "webinars/self-care-for-child-protection-staff")
    related = html.split('id="hub-related"')[1]
    first = re.search(r'class="hub-card__title"[^>]*><a href="([^"]+)"', related).group(1)
    assert first == "../../briefs/staff-care-in-crisis-response/"


def test_term_pages_and_indexes_with_counts(site):
    assert "Norway" not in read(site, "countries")
    index = text_of(read(site, "topics"))
    assert re.search(r"Mental health and psychosocial support \d+ entries", index)
    kenya = read(site, "countries/ke")
    assert "<h1>Kenya</h1>" in kenya
    assert (site / "organisations/save-the-children/index.html").is_file()


def test_the_entry_in_its_own_language(site):
    html = read(site, "briefs/note-sur-la-sauvegarde-dans-les-partenariats")
    assert re.search(r'<h1 lang="fr" dir="ltr">La sauvegarde', html)
    assert '<div class="hub-body" lang="fr" dir="ltr">' in html


def test_library_subscribe_offline_exist_and_are_linked_from_every_page(site):
    for section in ("library", "subscribe", "offline"):
        assert (site / section / "index.html").is_file()
    for page in html_pages(site):
        if page.name in ("404.html", "email.html") or is_editor(site, page):  # a server's page; an e-mail edition
            continue
        links = parse(page).links
        for section in ("library/", "subscribe/", "offline/"):
            assert any(link.endswith(section) for link in links), f"{page} does not link to {section}"


def test_the_navigation_does_not_list_entries(site):
    # The nav holds the sections only, however many entries the hub has.
    for url in ("", "briefs", "briefs/staff-care-in-crisis-response", "topics/mental-health"):
        assert len(re.findall(r'class="md-nav__link', (site / url / "index.html").read_text())) < 30
    nav = read(site, "").split('data-md-type="navigation"')[1].split("</nav>")[0]
    assert "staff-care-in-crisis-response" not in nav


def test_header_search_is_a_plain_get_form_to_the_library(site):
    html = read(site, "briefs/staff-care-in-crisis-response")
    form = re.search(r'<form class="hub-search"[^>]*>', html).group(0)
    assert 'method="get"' in form and 'action="../../library/"' in form
    assert 'name="q"' in html
