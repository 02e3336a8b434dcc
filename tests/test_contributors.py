"""What a contributor meets: `new`, `check`'s safeguarding warnings, the JSON
Schemas for editors, and `serve` showing an edit."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from conftest import REPO, run

from cphub.content.load import entry_files, read_text, split_front_matter
from cphub.content.schema import export, render


# ------------------------------------------------------------------ new


def written(path: Path) -> None:
    """A contributor's own text in place of each `FILL IN` line of the body."""
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    body = re.sub(r"^FILL IN: .*$", "Committees in three districts met monthly.", body, flags=re.M)
    path.write_text(head + "\n---\n" + body, encoding="utf-8")


def test_new_with_topic_and_summary_passes_check_once_its_sections_are_written(base_hub, capsys):
    code, out, err = run(base_hub, "new", "brief", "Ümlauts & Co", "--topic", "mental-health",
                         "--summary", "What the committees learned.", capsys=capsys)
    assert code == 0
    assert "briefs/umlauts-co.md" in out
    path = base_hub / "briefs/umlauts-co.md"
    text = path.read_text(encoding="utf-8")
    assert 'title: "Ümlauts & Co"' in text and "date: 2026-11-21" in text
    # Each empty section holds a placeholder that check refuses, and new lists them.
    sections = [line for line in err.splitlines() if ": body: still holds the placeholder 'FILL IN: " in line]
    assert len(sections) == 3
    code, _, err = run(base_hub, "check", "--strict", capsys=capsys)
    assert code == 1 and sorted(err.splitlines()[:-1]) == sorted(sections)
    written(path)
    assert run(base_hub, "check", "--strict", capsys=capsys)[0] == 0


def test_new_without_them_marks_each_place_and_check_names_each(base_hub, capsys):
    assert run(base_hub, "new", "brief", "Referral pathways", capsys=capsys)[0] == 0
    code, _, err = run(base_hub, "check", capsys=capsys)
    assert code == 1
    lines = err.splitlines()
    assert lines[0].startswith("briefs/referral-pathways.md:4: summary: still holds the placeholder")
    assert lines[1].startswith("briefs/referral-pathways.md:5: topics: still holds the placeholder")
    assert all(": body: still holds the placeholder 'FILL IN: " in line for line in lines[2:5])
    assert len(lines) == 6


@pytest.mark.parametrize("kind,extra,folder", [
    ("brief", ["--topic", "family-care", "--summary", "Short."], "briefs"),
    ("webinar", ["--topic", "family-care", "--summary", "Short.", "--date", "2026-12-14", "--time", "09:30",
                 "--timezone", "America/Bogota"], "webinars"),
    ("resource", ["--topic", "family-care", "--summary", "Short.", "--publisher", "unicef",
                  "--resource-type", "guide"], "content/resources"),
    ("newsletter", ["--topic", "family-care", "--summary", "Short."], "content/newsletters"),
    ("page", ["--summary", "Short."], "content/pages"),
])
def test_new_of_every_type_passes_check_once_filled_in_and_not_before(base_hub, capsys, kind, extra, folder):
    assert run(base_hub, "new", kind, "A new one", *extra, capsys=capsys)[0] == 0
    path = base_hub / folder / "a-new-one.md"
    if kind != "resource":  # a resource's text is optional: it has no placeholder
        code, _, err = run(base_hub, "check", "--strict", capsys=capsys)
        assert code == 1 and "a-new-one.md" in err and "FILL IN" in err
    written(path)
    code, _, err = run(base_hub, "check", "--strict", capsys=capsys)
    assert (code, err) == (0, "")


def test_new_webinar_is_dated_by_its_session_and_says_what_comes_after_it(base_hub, capsys):
    args = ["--time", "13:00", "--timezone", "Africa/Nairobi", "--topic", "family-care", "--summary", "S."]
    assert run(base_hub, "new", "webinar", "Next month", "--date", "2026-12-14", *args, capsys=capsys)[0] == 0
    upcoming = (base_hub / "webinars/next-month.md").read_text(encoding="utf-8")
    assert "date: 2026-12-14" in upcoming and "\nannounced: 2026-11-21" in upcoming  # announced today
    assert "## What the session will cover" in upcoming
    assert run(base_hub, "new", "webinar", "Last spring", "--date", "2026-03-14", *args, capsys=capsys)[0] == 0
    past = (base_hub / "webinars/last-spring.md").read_text(encoding="utf-8")
    assert "date: 2026-03-14" in past and "\nannounced:" not in past  # it cannot be announced after it took place
    assert "## What was discussed" in past


def test_new_refuses_wrong_values_in_checks_own_words_and_writes_nothing(base_hub, capsys):
    before = sorted(p.relative_to(base_hub) for p in base_hub.rglob("*"))
    code, out, err = run(base_hub, "new", "webinar", "Case conferences", "--date", "14/09/2026",
                         "--topic", "family-care", "--topic", "mental-helth", "--time", "25:00",
                         "--timezone", "EAT", capsys=capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "new: --date: '14/09/2026' is not a date (expected YYYY-MM-DD, e.g. 2026-09-14)",
        "new: --topic: unknown topic 'mental-helth' (did you mean 'mental-health'?)",
        "new: --time: '25:00' is not a time (expected \"HH:MM\" (24-hour) in quotes, e.g. time: \"09:30\")",
        "new: --timezone: 'EAT' is not a time-zone name (write the zone of a city, e.g. Africa/Nairobi "
        "(UTC+03:00 on 2026-11-21), Africa/Dar_es_Salaam, Africa/Asmara)",
    ]
    code, _, err = run(base_hub, "new", "brief", "Kinship care", "--time", "10:00", "--publisher", "unicef",
                       capsys=capsys)
    assert code == 2 and err.splitlines() == [
        "new: --time: unknown field for a brief (--time is for a webinar)",
        "new: --publisher: unknown field for a brief (--publisher is for a resource)",
    ]
    assert sorted(p.relative_to(base_hub) for p in base_hub.rglob("*")) == before
    # The same values, written in a file, get the same words from check.
    (base_hub / "webinars/case.md").write_text(
        '---\ntitle: Case conferences\ndate: 14/09/2026\ntime: "25:00"\ntimezone: EAT\nsummary: S.\n'
        "topics: [family-care, mental-helth]\n---\n", encoding="utf-8")
    _, _, err = run(base_hub, "check", capsys=capsys)
    said = {line.split(": ", 2)[2] for line in err.splitlines()[:-1]}
    assert said == {
        "'14/09/2026' is not a date (expected YYYY-MM-DD, e.g. 2026-09-14)",
        "unknown topic 'mental-helth' (did you mean 'mental-health'?)",
        "'25:00' is not a time (expected \"HH:MM\" (24-hour) in quotes, e.g. time: \"09:30\")",
        "'EAT' is not a time-zone name (write the zone of a city, e.g. Africa/Nairobi (UTC+03:00 on 2026-11-21), "
        "Africa/Dar_es_Salaam, Africa/Asmara)",
    }


def test_new_newsletter_takes_the_next_issue_number(base_hub, capsys):
    run(base_hub, "new", "newsletter", "Next issue", capsys=capsys)
    assert "issue: 2" in (base_hub / "content/newsletters/next-issue.md").read_text()


def test_new_refuses_to_overwrite_and_needs_a_slug_for_non_latin_titles(base_hub, capsys):
    code, _, err = run(base_hub, "new", "brief", "Valid brief", capsys=capsys)
    assert code == 1 and "briefs/valid-brief.md already exists" in err
    code, _, err = run(base_hub, "new", "brief", "حماية الطفل", capsys=capsys)
    assert code == 1 and "--slug" in err
    assert run(base_hub, "new", "brief", "حماية الطفل", "--slug", "himaya", capsys=capsys)[0] == 0
    assert 'title: "حماية الطفل"' in (base_hub / "briefs/himaya.md").read_text(encoding="utf-8")


# ------------------------------------------------------------- schemas


def test_the_schema_files_are_a_fresh_export_of_the_model():
    for name, schema in export().items():
        assert (REPO / "schemas" / name).read_text(encoding="utf-8") == render(schema), name


def front_matter(path: Path) -> dict:
    doc, _, _ = split_front_matter(path.name, read_text(path.parent, path))
    return doc.data


def test_every_sample_entry_validates_against_its_schema():
    checked = 0
    for type_name, path in entry_files(REPO):
        schema = json.loads((REPO / "schemas" / f"{type_name}.schema.json").read_text())
        jsonschema.validate(front_matter(path), schema)
        checked += 1
    assert checked >= 25
    import yaml

    for name in ("topics", "organisations"):
        data = yaml.safe_load((REPO / "content" / f"{name}.yml").read_text(encoding="utf-8"))
        jsonschema.validate(data, json.loads((REPO / "schemas" / f"{name}.schema.json").read_text()))


@pytest.mark.parametrize("change", [{"date": "14/09/2026"}, {"tittle": "x"}, {"topics": []},
                                    {"resource_type": "book"}, {"draft": "yes"}])
def test_an_invalid_entry_does_not_validate(change):
    data = {**front_matter(REPO / "content/resources/due-diligence-guidelines.md"), **change}
    schema = json.loads((REPO / "schemas/resource.schema.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


# -------------------------------------------------------- safeguarding


BRIEF_WITH_CONTACTS = """---
title: A brief with contact details
date: 2026-01-10
summary: Contact details that should not be here.
topics: [mental-health]
---
Call the caseworker on +254 712 345 678 or write to a.caseworker@example.org.
The office is open 9 to 5; see ISBN 978-3-16-148410-0 and the 2019-2020 plan.

![](files/note.txt)

UNICEF's public line is +44 20 7000 0000.
"""


def test_contacts_and_images_warn_in_check_and_fail_under_strict(base_hub, capsys):
    (base_hub / "briefs/contacts.md").write_text(BRIEF_WITH_CONTACTS, encoding="utf-8")
    orgs = base_hub / "content/organisations.yml"
    orgs.write_text(orgs.read_text().replace("  name: UNICEF\n", "  name: UNICEF\n  contacts: [\"+44 20 7000 0000\"]\n"))
    code, _, err = run(base_hub, "check", capsys=capsys)
    assert code == 0
    expected = [
        "briefs/contacts.md:1: consent: warning: 1 image(s) but no consent field",
        "briefs/contacts.md:7: body: warning: e-mail address 'a.caseworker@example.org'",
        "briefs/contacts.md:7: body: warning: phone number '+254 712 345 678'",
        "briefs/contacts.md:10: body: warning: image 'files/note.txt' has no alt text",
    ]
    lines = err.splitlines()
    assert [line.split(" (")[0] for line in lines[:-1]] == expected
    assert lines[-1] == "0 error(s), 4 warning(s) in 1 file(s)."
    code, _, err = run(base_hub, "check", "--strict", capsys=capsys)
    assert code == 1 and err.count("warning:") == 4
    assert run(base_hub, "build", "--strict", capsys=capsys)[0] == 1


def test_described_images_with_consent_pass(base_hub, capsys):
    (base_hub / "briefs/photo.md").write_text(
        "---\ntitle: With a photo\ndate: 2026-01-10\nsummary: A described photo.\ntopics: [mental-health]\n"
        "consent: Used with the written consent of the adults shown.\n---\n"
        "![Volunteers at a training session](files/note.txt)\n", encoding="utf-8")
    assert run(base_hub, "check", "--strict", capsys=capsys)[0] == 0


