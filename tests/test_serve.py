"""`serve`, as a contributor meets it: it says where it serves and what each
rebuild was for; an edit shows in the browser, which reloads by itself; a
mistake shows in the browser with its file and line, at any address, while
the preview keeps running, and the site comes back once it is fixed."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Iterator

from browser import fetch, free_port, wait_until
from conftest import EPOCH, REPO, tree_digest
from cphub import pipeline
from cphub.outputs import library
from cphub.project import open_project
from cphub.serve import RELOAD, Preview

BROKEN_TOPIC = "topics: [no-such-topic]\n"


@contextlib.contextmanager
def serving(hub: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`build.py serve` on the hub: its address, and the file its terminal output goes to."""
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen([sys.executable, str(REPO / "build.py"), "-f", str(hub / "mkdocs.yml"), "serve",
                                   "-a", f"127.0.0.1:{port}"], env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH},
                                  stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_until(lambda: "Built in" in log.read_text(encoding="utf-8"), 90, "the first build")
        yield base, log
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_serve_says_where_it_serves_and_what_each_rebuild_was_for(base_hub, tmp_path):
    with serving(base_hub, tmp_path) as (base, log):
        first = log.read_text(encoding="utf-8")
        assert f"Serving the hub on {base}" in first and "offline copies and the ZIM" in first
        url = base + "briefs/valid-brief/"
        assert "A valid brief" in fetch(url)
        edit(base_hub / "briefs/valid-brief.md", "title: A valid brief", "title: An edited brief")
        wait_until(lambda: "An edited brief" in fetch(url), 30, "the edited title")
        assert "(briefs/valid-brief.md changed)" in log.read_text(encoding="utf-8")


def test_a_mistake_shows_in_the_browser_at_any_address_until_it_is_fixed(base_hub, tmp_path, new_page):
    brief = base_hub / "briefs/valid-brief.md"
    with serving(base_hub, tmp_path) as (base, log):
        page = new_page()
        page.goto(base + "briefs/valid-brief/")
        assert page.locator("h1").first.inner_text() == "A valid brief"
        text = brief.read_text(encoding="utf-8")
        topics = next(line for line in text.splitlines(keepends=True) if line.startswith("topics:"))
        line = text.splitlines().index(topics.rstrip("\n")) + 1
        edit(brief, topics, BROKEN_TOPIC)
        # The open page reloads by itself and shows the problem, with its file and line.
        page.wait_for_selector("text=The hub has a problem", timeout=30_000)
        problem = f"briefs/valid-brief.md:{line}: topics[0]: unknown topic 'no-such-topic'"
        assert problem in page.locator("main").inner_text()
        for address in ("", "briefs/", "no/such/page/", "fr/"):  # any address, at once
            assert problem in fetch(base + address).replace("&#x27;", "'")
        assert problem in log.read_text(encoding="utf-8")  # and on the terminal, as `check` prints it
        edit(brief, BROKEN_TOPIC, topics)
        page.wait_for_selector("h1:text-is('A valid brief')", timeout=30_000)


def test_a_broken_mkdocs_yml_is_shown_and_serve_keeps_running(base_hub, tmp_path):
    config = base_hub / "mkdocs.yml"
    with serving(base_hub, tmp_path) as (base, log):
        edit(config, "  - cphub\n", "  - cphub:\n      page_size: many\n")
        wait_until(lambda: "mkdocs.yml: page_size:" in fetch(base), 30, "the settings' problem in the browser")
        edit(config, "  - cphub:\n      page_size: many\n", "  - cphub\n")
        wait_until(lambda: "A valid brief" in fetch(base + "briefs/valid-brief/"), 30, "the site back")


def test_every_interface_is_previewed_and_the_editor_is_not_reloaded(sample_hub, tmp_path):
    with serving(sample_hub, tmp_path) as (base, log):
        french = fetch(base + "fr/")
        assert 'lang="fr"' in french and RELOAD in french
        assert RELOAD in fetch(base)
        assert "cms-config-url" in fetch(base + "admin/") and RELOAD not in fetch(base + "admin/")


def test_a_preview_shows_its_pages_first_and_its_index_once_made_as_a_build_makes_them(sample_hub, tmp_path,
                                                                                       monkeypatch):
    """The preview publishes the pages without waiting for the library's
    index; once written, the preview holds what a build from nothing makes."""
    # Every index taken as still being made (the sample's is made before its pages are).
    monkeypatch.setattr(library.Index, "ready", lambda index: False)
    brief = sample_hub / "briefs/staff-care-in-crisis-response.md"
    preview = Preview(sample_hub / "mkdocs.yml", tmp_path / "scratch")
    (tmp_path / "scratch").mkdir()
    try:
        assert preview.rebuild().folder is not None
        brief.write_text(brief.read_text(encoding="utf-8") + "\nA closing word: quokkas.\n", encoding="utf-8")
        shown = preview.rebuild("an edit")
        cold = tmp_path / "cold"
        cold.mkdir()
        pipeline.build(open_project(sample_hub / "mkdocs.yml"), cold, archives=False, serving=True)
        expected = tree_digest(cold)
        wait_until(lambda: tree_digest(shown.folder) == expected, 60, "the preview's index, as a build makes it")
        records = shown.folder.glob("library/*/r/*.js")
        assert any("A closing word: quokkas." in path.read_text(encoding="utf-8") for path in records)
        # The next rebuild takes the index from the site before, as written there.
        again = preview.rebuild("nothing")
        assert tree_digest(again.folder) == expected
        assert any(rel.startswith("library/") for rel in preview.session.record.reused)
    finally:
        preview.close()
