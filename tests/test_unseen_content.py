"""Content written to the contract that the sample hub does not contain."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run
from sitecheck import broken_links, external_requests

ARABIC_TITLE = "حماية الأطفال في المجتمع"


@pytest.fixture
def site(base_hub, capsys) -> Path:
    briefs = base_hub / "briefs"
    # BOM and CRLF line endings, as some Windows editors save.
    (briefs / "windows-file.md").write_bytes(
        "\ufeff---\r\ntitle: Écoles sûres — « Café » & <co>\r\ndate: '2026-04-01'\r\nsummary: Saved on Windows.\r\n"
        "topics: [mental-health]\r\ncountries: [NO]\r\nlanguages: [fr]\r\n---\r\n\r\nBody with CRLF.\r\n".encode("utf-8"))
    (briefs / "arabic-brief.md").write_text(
        f"---\ntitle: \"{ARABIC_TITLE}\"\ndate: 2026-05-01\nsummary: ملخص قصير\ntopics: [family-care]\n"
        "languages: [ar, en]\nrelated: [windows-file]\nattachments:\n  - {file: files/note.txt, title: A note}\n"
        "---\nنص المقال.\n", encoding="utf-8")
    (briefs / "future-brief.md").write_text(
        "---\ntitle: Future brief\ndate: 2026-12-25\nsummary: Scheduled.\ntopics: [mental-health]\n---\n", encoding="utf-8")
    (base_hub / "webinars" / "draft-webinar.md").write_text(
        "---\ntitle: Draft webinar\ndate: 2026-12-01\ntime: \"10:00\"\ntimezone: America/Bogota\nsummary: Draft.\n"
        "topics: [mental-health]\ndraft: true\n---\n", encoding="utf-8")
    (base_hub / "webinars" / "bogota.md").write_text(
        "---\ntitle: Upcoming in Bogotá\ndate: 2026-12-03\ntime: 09:30\ntimezone: America/Bogota\n"
        "summary: An upcoming session.\ntopics: [mental-health]\ncountries: [CO]\n---\n", encoding="utf-8")
    code, _, err = run(base_hub, "build", capsys=capsys)
    assert code == 0, err
    return base_hub / "site"


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def test_bom_crlf_file_with_quoted_date_and_norway(site):
    html = page(site, "briefs/windows-file")
    assert "Écoles sûres — « Café » &amp; &lt;co&gt;" in html
    assert "\r" not in html and "\ufeff" not in html
    assert '<a href="../../countries/no/">Norway</a>' in html
    assert "<h1>Norway</h1>" in page(site, "countries/no")


def test_right_to_left_entry(site):
    html = page(site, "briefs/arabic-brief")
    assert f'<h1 lang="ar" dir="rtl">{ARABIC_TITLE}</h1>' in html
    assert '<div class="hub-body" lang="ar" dir="rtl">' in html
    assert "Arabic, English" in html
    assert 'href="../../briefs/windows-file/"' in html.split('id="hub-related"')[1]


def test_scheduled_and_draft_entries_are_absent(site):
    everything = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                           for p in site.rglob("*") if p.is_file() and p.suffix in (".html", ".xml"))
    for marker in ("future-brief", "Future brief", "draft-webinar", "Draft webinar"):
        assert marker not in everything


def test_upcoming_webinar_in_an_unusual_zone(site):
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page(site, "webinars/bogota")))
    assert "09:30 (America/Bogota)" in text and "14:30 in UTC" in text and "Upcoming" in text


def test_links_resolve_and_nothing_is_requested_elsewhere(site):
    assert external_requests(site) == []
    assert [b for b in broken_links(site) if not b.endswith(".ics")] == []
