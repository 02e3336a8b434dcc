"""Nothing in the content folders is skipped silently (cphub/content/unread.py):
a file the hub does not read as an entry, and that no entry links to, is
named with the name to give it; the entries' own files are left alone."""

from __future__ import annotations

from pathlib import Path

from conftest import run

ENTRY = "---\ntitle: {title}\ndate: 2026-03-10\nsummary: {title}.\ntopics: [family-care]\n---\n{body}\n"


def write(hub: Path, rel: str, text: str | bytes) -> None:
    path = hub / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)


def test_files_the_hub_would_skip_are_named_with_the_name_to_give_them(base_hub, capsys):
    hub = base_hub
    write(hub, "briefs/case_conferences.MD", ENTRY.format(title="Case conferences", body="Text."))
    write(hub, "content/resources/parenting-guide.markdown", ENTRY.format(title="Parenting guide", body=""))
    write(hub, "briefs/2026/referral-review.md", ENTRY.format(title="Referral review", body="Text."))
    write(hub, "briefs/_kinship-care.md", ENTRY.format(title="Kinship care", body="Text."))
    write(hub, "webinars/notes.txt", "Ask the district officer about the venue before Friday.\n")
    write(hub, "webinars/files/speaker-notes.txt", "Timings for the second half.\n")
    write(hub, "briefs/Valid Brief.txt", ENTRY.format(title="Copy", body=""))
    write(hub, "briefs/settings.yml", "colour: blue\n")
    code, out, err = run(hub, "check", capsys=capsys)
    assert code == 0 and "5 files are valid" in out
    taken = "briefs/valid-brief.md exists: merge the two, or remove this file"
    published = "every file here is published as it is"
    assert err.splitlines() == [
        "briefs/2026/referral-review.md:1: file: warning: this file is not read: entries sit directly in briefs/ "
        "(move it to briefs/referral-review.md)",
        "briefs/Valid Brief.txt:1: file: warning: this file is not read: an entry's file name is lowercase letters, "
        f"digits and hyphens ending in .md ({taken})",
        "briefs/_kinship-care.md:1: file: warning: this file is not read: an entry's file name is lowercase letters, "
        "digits and hyphens ending in .md (rename it to briefs/kinship-care.md (an entry kept off the site has "
        "draft: true))",
        "briefs/case_conferences.MD:1: file: warning: this file is not read: an entry's file name is lowercase "
        "letters, digits and hyphens ending in .md (rename it to briefs/case-conferences.md)",
        "briefs/settings.yml:1: file: warning: this file is not read: the hub reads entries here, as .md files "
        "(the hub's lists are content/topics.yml and content/organisations.yml; move it there, or remove it)",
        "content/resources/parenting-guide.markdown:1: file: warning: this file is not read: an entry's file name is "
        "lowercase letters, digits and hyphens ending in .md (rename it to content/resources/parenting-guide.md)",
        "webinars/files/speaker-notes.txt:1: file: warning: this file is not read, and no entry links to it (if it "
        "is an entry, move it to webinars/speaker-notes.md; if not, link it from an entry or take it out of "
        f"webinars/: {published})",
        "webinars/notes.txt:1: file: warning: this file is not read: an entry's file name is lowercase letters, "
        "digits and hyphens ending in .md (if it is an entry, rename it to webinars/notes.md; if not, link it from "
        f"an entry or take it out of webinars/: {published})",
        "0 error(s), 8 warning(s) in 8 file(s).",
    ]
    code, _, err = run(hub, "check", "--strict", capsys=capsys)
    assert code == 1 and err.count("this file is not read") == 8


def test_the_files_entries_link_to_are_not_reported(base_hub, capsys):
    hub = base_hub
    write(hub, "briefs/files/transcript.txt", "What the committee members said, in their words.\n")
    write(hub, "briefs/files/minutes.md", "Minutes of the meeting.\n")
    write(hub, "briefs/files/checklist%20v2.txt", "1. Ask. 2. Listen.\n")
    write(hub, "briefs/files/photo.jpg", b"\xff\xd8\xff\xe0 not really a photo")
    write(hub, "briefs/files/unlinked-report.pdf", b"%PDF-1.4 an asset no entry links to yet")
    write(hub, "briefs/files/readme.txt", "Referenced by an HTML link.\n")
    write(hub, "briefs/files/plan.txt", "Referenced by a reference-style link.\n")
    write(hub, "briefs/linked.md", (
        "---\ntitle: Linked files\ndate: 2026-03-10\nsummary: Files beside it.\ntopics: [family-care]\n"
        "consent: Photographed with the written consent of the adults shown.\n"
        "attachments:\n  - {file: files/transcript.txt, title: The transcript}\n---\n"
        "See [the minutes](files/minutes.md#decisions), [the checklist](<files/checklist%2520v2.txt>),\n"
        '![Volunteers at a training](files/photo.jpg), <a href="files/readme.txt">the readme</a> and [the plan].\n\n'
        "[the plan]: files/plan.txt\n"))
    write(hub, "webinars/files/agenda.txt", "09:30 welcome\n")
    write(hub, "webinars/with-slides.md", '---\ntitle: With slides\ndate: 2026-02-10\ntime: "09:30"\n'
                                          "timezone: Africa/Kampala\nsummary: Slides beside it.\n"
                                          "topics: [family-care]\nslides: files/agenda.txt\n---\n")
    code, out, err = run(hub, "check", "--strict", capsys=capsys)
    assert (code, err) == (0, "") and "7 files are valid" in out


def test_hidden_files_are_not_content(base_hub, capsys):
    write(base_hub, "briefs/.DS_Store", b"\x00\x00\x00\x01Bud1")
    write(base_hub, "webinars/.notes/draft.md", ENTRY.format(title="Hidden", body=""))
    assert run(base_hub, "check", "--strict", capsys=capsys)[0] == 0
