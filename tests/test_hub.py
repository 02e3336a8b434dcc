"""content/hub.py: what is published, the terms that group it, related
entries and language versions, from validated entries (no files, no MkDocs)."""

from __future__ import annotations

import datetime as dt

from conftest import BASE, copy_hub
from cphub.content.hub import Settings, build_hub, is_published, soonest_first, with_settings
from cphub.content.project import read_hub

TODAY = dt.date(2026, 11, 21)
BRIEF = "---\ntitle: {title}\ndate: {date}\nsummary: S.\ntopics: [{topics}]\n{extra}---\nText.\n"


def hub_with(tmp_path, briefs: dict[str, dict]) -> object:
    hub_folder = copy_hub(BASE, tmp_path / "hub")
    for slug, fields in briefs.items():
        (hub_folder / "briefs" / f"{slug}.md").write_text(BRIEF.format(
            title=fields.get("title", slug), date=fields.get("date", "2026-01-01"),
            topics=fields.get("topics", "mental-health"), extra=fields.get("extra", "")), encoding="utf-8")
    return read_hub(hub_folder, Settings(site_url="https://hub.example.org/"), TODAY)[0]


def test_drafts_and_scheduled_entries_are_not_published_but_upcoming_webinars_are(tmp_path):
    hub = hub_with(tmp_path, {"a-draft": {"extra": "draft: true\n"}, "scheduled": {"date": "2026-12-01"},
                              "today": {"date": "2026-11-21"}})
    slugs = {e.slug for e in hub.entries}
    assert "a-draft" not in slugs and "scheduled" not in slugs and "today" in slugs
    assert all(is_published(e, TODAY) for e in hub.entries)
    assert [e.slug for e in hub.upcoming()] == [e.slug for e in soonest_first(hub.upcoming())]


def test_entries_are_newest_first_and_ties_fall_back_on_the_title(tmp_path):
    hub = hub_with(tmp_path, {"zebra": {"title": "Zebra", "date": "2026-03-01"},
                              "apple": {"title": "Apple", "date": "2026-03-01"},
                              "older": {"date": "2025-01-01"}})
    briefs = [e.slug for e in hub.of_type("brief")]
    assert briefs.index("apple") < briefs.index("zebra") < briefs.index("older")


def test_terms_hold_their_entries_newest_first_and_are_sorted_by_label(tmp_path):
    hub = hub_with(tmp_path, {"one": {"topics": "family-care", "date": "2026-02-01"},
                              "two": {"topics": "family-care, mental-health", "date": "2026-03-01"}})
    topics = hub.terms["topic"]
    assert [t.label for t in topics] == sorted((t.label for t in topics), key=str.casefold)
    family = hub.term("topic", "family-care")
    assert [e.date for e in family.entries] == sorted((e.date for e in family.entries), reverse=True)
    slugs = [e.slug for e in family.entries]
    assert slugs.index("two") < slugs.index("one")
    assert family.url == "topics/family-care/"


def test_related_entries_are_the_entrys_own_list_then_those_sharing_most_topics(tmp_path):
    hub = hub_with(tmp_path, {
        "subject": {"topics": "family-care, mental-health", "extra": "related: [chosen]\n"},
        "chosen": {"topics": "family-care"},
        "both": {"topics": "family-care, mental-health"},
        "one": {"topics": "mental-health"},
    })
    related = [e.slug for e in hub.related(hub.by_slug["subject"])]
    assert related[0] == "chosen" and related[1] == "both" and "subject" not in related


def test_another_interface_has_the_same_entries_under_its_own_settings(tmp_path):
    hub = hub_with(tmp_path, {"one": {}})
    french = with_settings(hub, Settings(language="fr", interface_prefix="fr/"))
    assert [e.slug for e in french.entries] == [e.slug for e in hub.entries]
    assert french.settings.language == "fr" and french is not hub
    assert build_hub(hub.root, hub.settings, TODAY, hub.entries + hub.pages, list(hub.topics.values()),
                     list(hub.organisations.values())).by_slug.keys() == hub.by_slug.keys()
