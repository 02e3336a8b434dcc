"""How pages travel: link previews, structured data and citation tags, read
as their consumers read them (extruct parses Open Graph and JSON-LD as the
crawlers of link previews and search engines do), on the sample and on
entries it does not hold."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import extruct
import pytest

from conftest import run

SITE_URL = "https://hub.example.org/"
# Google's required properties for an Event's rich result, and what an
# Article's needs to show its headline, date, author and publisher.
EVENT_REQUIRED = {"name", "startDate", "location"}
ARTICLE_NEEDED = {"headline", "datePublished", "author", "publisher", "inLanguage"}


def read(site: Path, url: str) -> dict:
    html = (site / url / "index.html").read_text(encoding="utf-8")
    found = extruct.extract(html, base_url=SITE_URL + url, syntaxes=["json-ld", "opengraph"], uniform=True)
    return {"html": html, "data": found["json-ld"], "og": found["opengraph"][0] if found["opengraph"] else {}}


def structured_data(html: str) -> dict:
    """The JSON-LD script's text parsed as JSON, as a crawler reads it."""
    return json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])


def citation(html: str) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "meta" and (a.get("name") or "").startswith("citation_"):
                tags.setdefault(a["name"], []).append(a["content"])

    Tags().feed(html)
    return tags


def test_every_page_carries_a_link_preview(sample_site):
    for url in ["", "briefs/", "topics/mental-health/", "library/", "briefs/staff-care-in-crisis-response/",
                "fr/", "fr/briefs/staff-care-in-crisis-response/"]:
        og = read(sample_site, url)["og"]
        assert og["og:title"] and og["og:description"], url
        name = ("Plateforme d’échange pour la protection communautaire de l’enfance" if url.startswith("fr/")
                else "Community Child Protection Exchange")  # the hub's name in each interface
        assert og["og:url"] == SITE_URL + url and og["og:site_name"] == name
        assert og["og:image"] == SITE_URL + ("fr/" if url.startswith("fr/") else "") + "assets/images/share.png"
        assert (sample_site / "assets/images/share.png").read_bytes()[16:24] == (1200).to_bytes(4, "big") + \
            (630).to_bytes(4, "big")
    assert read(sample_site, "")["og"]["@type"] == "website"  # og:type, as extruct names it
    brief = read(sample_site, "briefs/note-sur-la-sauvegarde-dans-les-partenariats/")["og"]
    assert brief["@type"] == "article" and brief["og:locale"] == "fr_FR"


def test_the_home_page_describes_the_hub_as_an_organization(sample_site):
    [data] = read(sample_site, "")["data"]
    assert data["@type"] == "Organization" and data["name"] == "Community Child Protection Exchange"
    assert data["url"] == SITE_URL


def test_a_brief_is_an_article_with_citation_tags(sample_site):
    page = read(sample_site, "briefs/community-mechanisms-and-formal-systems/")
    [data] = page["data"]
    assert data["@type"] == "Article" and ARTICLE_NEEDED <= set(data)
    assert data["headline"] == "Linking community mechanisms with formal child protection systems"
    assert data["author"] == [{"@type": "Person", "name": "Exchange editorial team"}]
    cite = page["html"].split('<section class="hub-cite"')[1].split("</section>")[0]
    assert "Cite this brief" in cite and " ".join(re.sub(r"<[^>]+>", "", cite.split("</h2>")[1]).split()) == (
        "Exchange editorial team (2026). Linking community mechanisms with formal child protection systems. "
        "Community Child Protection Exchange. " + SITE_URL + "briefs/community-mechanisms-and-formal-systems/")
    tags = citation(page["html"])
    assert tags["citation_title"] == [data["headline"]] and tags["citation_author"] == ["Exchange editorial team"]
    assert tags["citation_publication_date"] == ["2026/06/12"]
    assert tags["citation_pdf_url"] == [SITE_URL + "briefs/files/referral-pathway-checklist.pdf"]


def test_a_webinar_is_an_online_event_with_its_offset_and_a_newsletter_an_article(sample_site):
    [event] = read(sample_site, "webinars/transition-to-family-based-care/")["data"]
    assert event["@type"] == "Event" and EVENT_REQUIRED <= set(event)
    assert event["startDate"] == "2026-12-09T09:30:00+03:00" and event["duration"] == "PT90M"
    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert event["location"]["@type"] == "VirtualLocation" and event["location"]["url"].startswith("https://")
    assert event["organizer"]["name"] == "Community Child Protection Exchange"
    [past] = read(sample_site, "webinars/self-care-for-child-protection-staff/")["data"]
    assert past["@type"] == "Event" and EVENT_REQUIRED <= set(past)
    [issue] = read(sample_site, "newsletters/newsletter-1/")["data"]
    assert issue["@type"] == "Article" and ARTICLE_NEEDED <= set(issue)


def test_a_resource_is_a_creative_work_with_its_publisher(sample_site):
    [work] = read(sample_site, "resources/finding-community-based-protection-solutions/")["data"]
    assert work["@type"] == "CreativeWork" and work["publisher"]["name"] == "Save the Children"
    assert work["url"].startswith("https://")


def test_unseen_entries_travel_too_and_no_title_breaks_the_script(base_hub, capsys):
    (base_hub / "briefs" / "odd.md").write_text(
        "---\ntitle: \"Care </script><!-- & «protection»\"\ndate: 2026-03-01\nsummary: \"A <b>summary</b>\"\n"
        "topics: [mental-health]\nlanguages: [ar]\nauthors: [A. Writer, B. Writer]\n---\nنص.\n", encoding="utf-8")
    (base_hub / "webinars" / "soon.md").write_text(
        "---\ntitle: Soon\ndate: 2026-12-03\ntime: \"09:30\"\ntimezone: America/Bogota\nduration: 45\n"
        "summary: A session.\ntopics: [mental-health]\nregistration: https://example.org/register\n---\n",
        encoding="utf-8")
    code, _, err = run(base_hub, "build", capsys=capsys)
    assert code == 0, err
    site = base_hub / "site"
    html = (site / "briefs/odd/index.html").read_text(encoding="utf-8")
    data = structured_data(html)
    assert data["headline"] == "Care </script><!-- & «protection»" and data["inLanguage"] == "ar"
    assert [a["name"] for a in data["author"]] == ["A. Writer", "B. Writer"]
    assert '<meta property="og:title" content="Care &lt;/script&gt;&lt;!-- &amp; «protection»">' in html
    event = structured_data((site / "webinars/soon/index.html").read_text(encoding="utf-8"))
    assert event["startDate"] == "2026-12-03T09:30:00-05:00" and event["duration"] == "PT45M"
    assert event["location"] == {"@type": "VirtualLocation", "url": "https://example.org/register"}


@pytest.mark.parametrize("url", ["https://example.org/x.png", "/abs.png", "../up.png"])
def test_a_share_image_outside_the_site_is_refused(base_hub, capsys, url):
    config = base_hub / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    plugin = "  - cphub:\n" if "  - cphub:\n" in text else "  - cphub\n"
    config.write_text(text.replace(plugin, f"  - cphub:\n      share_image: \"{url}\"\n", 1), encoding="utf-8")
    code, _, err = run(base_hub, "build", capsys=capsys)
    assert code == 1 and "share_image" in err and "is not a path in the site" in err and "Traceback" not in err


def test_a_resource_with_a_confirmed_address_leads_to_it_first(sample_site):
    """The sample's resources link the publications whose addresses were
    confirmed (../shared/domain.md): the page's main action."""
    html = (sample_site / "resources/minimum-standards-for-child-protection/index.html").read_text(encoding="utf-8")
    address = "https://reliefweb.int/report/world/minimum-standards-child-protection-humanitarian-action-2019-edition"
    assert f'class="md-button md-button--primary hub-get" href="{address}"' in html
    [work] = read(sample_site, "resources/minimum-standards-for-child-protection/")["data"]
    assert work["url"] == address and work["subjectOf"]["url"].endswith("/minimum-standards-for-child-protection/")


def test_every_entry_offers_to_report_a_concern_with_its_title_and_address(sample_site):
    for url, title, subject in [
            ("briefs/staff-care-in-crisis-response/", "Staff care in the first weeks of a crisis response",
             "A concern about a page: "),
            ("fr/briefs/note-sur-la-sauvegarde-dans-les-partenariats/",
             "La sauvegarde de l’enfant dans les partenariats avec les organisations locales",
             "Un problème sur une page\u202f: ")]:
        html = (sample_site / url / "index.html").read_text(encoding="utf-8")
        link = html.split('class="hub-concern"><a href="')[1].split('"')[0].replace("&amp;", "&")
        parts = urlsplit(link)
        assert parts.scheme == "mailto" and unquote(parts.path) == "editors@hub.example.org"
        query = parse_qs(parts.query)
        assert query["subject"] == [subject + title] and query["body"][0].strip() == SITE_URL + url
    rules = (sample_site / "community-rules/index.html").read_text(encoding="utf-8")
    assert "Report a concern about this page" in " ".join(rules.split())


def test_without_an_address_to_write_to_the_concern_link_leads_to_the_contact_page(base_hub, capsys):
    config = base_hub / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    plugin = "  - cphub:\n" if "  - cphub:\n" in text else "  - cphub\n"
    config.write_text(text.replace(plugin, "  - cphub:\n      contact: https://example.org/contact\n", 1),
                      encoding="utf-8")
    code, _, err = run(base_hub, "build", capsys=capsys)
    assert code == 0, err
    html = (base_hub / "site/briefs/valid-brief/index.html").read_text(encoding="utf-8")
    assert '<p class="hub-concern"><a href="https://example.org/contact">' in html
