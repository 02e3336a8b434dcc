"""content/remembered.py: a preview reads again only the files that changed
and judges again only what they hold, and still sees every problem a build
from nothing would: an entry edited with the same size and time, a topic
gone from the list, an attachment deleted."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import tree_digest
from cphub import pipeline
from cphub.project import open_project
from cphub.serve import Preview

BRIEF = "briefs/community-mechanisms-and-formal-systems.md"


def entries(preview: Preview) -> dict[str, object]:
    """The entries the preview's last build judged, by file."""
    return {raw.path: entry for _, (raw, _, entry, _) in preview.session.remembered.judged.items()}


def index_documents(preview: Preview) -> dict[str, dict]:
    """What the preview's last build indexed of each entry, by file."""
    made = preview.session.remembered.index_inputs["en"]["entries"].values()
    return {entry.path: document for entry, document, _ in made}


def problems(outcome) -> list[str]:
    return [str(d) for d in outcome.problems]


def test_a_preview_judges_again_only_the_edited_file_and_builds_what_a_build_from_nothing_builds(sample_hub,
                                                                                                 tmp_path):
    preview = Preview(sample_hub / "mkdocs.yml", tmp_path)
    try:
        preview.rebuild()
        before = entries(preview)
        documents = index_documents(preview)
        brief = sample_hub / BRIEF
        brief.write_text(brief.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1), encoding="utf-8")
        shown = preview.rebuild("an edit", {BRIEF})
        after = entries(preview)
        assert after.keys() == before.keys()
        assert [path for path in after if after[path] is not before[path]] == [BRIEF]
        # The library's documents: the edited entry's made again, the others' taken.
        again = index_documents(preview)
        assert [path for path in again if again[path] is not documents[path]] == [BRIEF]
        cold = tmp_path / "cold"
        cold.mkdir()
        pipeline.build(open_project(sample_hub / "mkdocs.yml"), cold, archives=False, serving=True)
        assert _without_index(tree_digest(shown.folder)) == _without_index(tree_digest(cold))
    finally:
        preview.close()


def test_an_edit_that_keeps_the_size_and_time_is_read_again_when_the_watcher_names_it(sample_hub, tmp_path):
    preview = Preview(sample_hub / "mkdocs.yml", tmp_path)
    try:
        preview.rebuild()
        brief = sample_hub / BRIEF
        stat = brief.stat()
        text = brief.read_text(encoding="utf-8")
        brief.write_text(_same_size(text, "topics: [", "topics: [zz-unknown, "), encoding="utf-8")
        os.utime(brief, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        assert brief.stat().st_size == stat.st_size
        assert preview.rebuild("nothing named").folder is not None  # unchanged to a preview that is not told
        outcome = preview.rebuild("an edit", {BRIEF})
        assert outcome.folder is None and any("unknown topic 'zz-unknown'" in p for p in problems(outcome))
    finally:
        preview.close()


def _same_size(text: str, old: str, new: str) -> str:
    """`text` with `old` replaced by `new`, as many characters taken from its last line as `new` adds."""
    changed = text.replace(old, new, 1)
    extra = len(changed.encode("utf-8")) - len(text.encode("utf-8"))
    body_end = changed.rstrip("\n")
    return body_end[:len(body_end) - extra] + "\n" * (len(changed) - len(body_end))


def test_a_topic_gone_or_an_attachment_deleted_is_seen_by_the_next_preview(sample_hub, tmp_path):
    preview = Preview(sample_hub / "mkdocs.yml", tmp_path)
    try:
        preview.rebuild()
        topics = sample_hub / "content/topics.yml"
        text = topics.read_text(encoding="utf-8")
        used = next(line for line in (sample_hub / BRIEF).read_text(encoding="utf-8").splitlines()
                    if line.startswith("topics:")).split("[")[1].split(",")[0].strip(" ]")
        start = text.index(f"- id: {used}\n")
        end = text.find("\n- id:", start + 1)
        topics.write_text(text[:start] + text[end + 1:] if end > 0 else text[:start], encoding="utf-8")
        outcome = preview.rebuild("a list", {"content/topics.yml"})
        assert any(f"{BRIEF}:" in p and f"unknown topic '{used}'" in p for p in problems(outcome))
        topics.write_text(text, encoding="utf-8")
        assert preview.rebuild("the list back", {"content/topics.yml"}).folder is not None

        (sample_hub / "briefs/files/referral-pathway-checklist.pdf").unlink()
        outcome = preview.rebuild("an attachment", {"briefs/files/referral-pathway-checklist.pdf"})
        assert any(f"{BRIEF}:" in p and "referral-pathway-checklist.pdf" in p for p in problems(outcome))
    finally:
        preview.close()


def _without_index(files: dict[str, str]) -> dict[str, str]:
    """A site's files but its library index (a preview writes it once made: test_serve)."""
    return {name: digest for name, digest in files.items() if not (name.startswith(("library/", "fr/library/"))
                                                                   and name.endswith(".js"))}


def _cold(hub: Path, target: Path) -> dict[str, str]:
    target.mkdir()
    pipeline.build(open_project(hub / "mkdocs.yml"), target, archives=False, serving=True)
    return _without_index(tree_digest(target))


def test_after_each_kind_of_edit_a_preview_shows_what_a_build_from_nothing_shows(sample_hub, tmp_path):
    """Title, summary and text (pages that show the entry made again, the
    others taken), and edits that move entries or change what they are
    linked to (everything made again)."""
    brief, page = sample_hub / BRIEF, sample_hub / "content/pages/about.md"
    newsletter = next((sample_hub / "content/newsletters").glob("*.md"))
    # Each edit, and whether the other entries' pages are taken as they were.
    edits = [
        (brief, "title: ", "title: Renamed ", True), (brief, "summary: ", "summary: Shorter. ", True),
        (brief, "\n---\n", "\n---\nA new first line.\n", True), (page, "title: ", "title: Zz ", False),
        (brief, "date: 20", "date: 19", False), (brief, "topics: [", "topics: [covid-19, ", False),
        (newsletter, "items:\n", "items:\n  - community-mechanisms-and-formal-systems\n", False),
    ]
    preview = Preview(sample_hub / "mkdocs.yml", tmp_path / "scratch")
    (tmp_path / "scratch").mkdir()
    try:
        preview.rebuild()
        for number, (path, old, new, taken) in enumerate(edits):
            text = path.read_text(encoding="utf-8")
            assert old in text, (path, old)
            before = {slug: id(made) for slug, made in preview.session.remembered.pages["en"].pages.items()}
            path.write_text(text.replace(old, new, 1), encoding="utf-8")
            shown = preview.rebuild("an edit", {path.relative_to(sample_hub).as_posix()})
            assert shown.folder is not None, [str(d) for d in shown.problems]
            after = preview.session.remembered.pages["en"].pages
            made_again = {slug for slug, made in after.items() if before.get(slug) != id(made)}
            # A text edit: the pages that show the entry made again; any other edit: every page.
            assert made_again == ({slug for slug, made in after.items() if path.stem in made.shows} if taken
                                  else set(after)), new
            assert _without_index(tree_digest(shown.folder)) == _cold(sample_hub, tmp_path / f"cold-{number}"), new
    finally:
        preview.close()
