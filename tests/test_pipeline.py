"""cphub/pipeline.py: the build's steps, called as the command line, the
plugin and the preview call them, on hubs in temporary folders."""

from __future__ import annotations

import pytest

from conftest import BASE, EPOCH, copy_hub, tree_digest, without_zim
from cphub import pipeline
from cphub.diagnostics import ContentError
from cphub.project import open_project

HOSTILE = "---\ntitle: Hostile\ndate: 2026-11-02\nsummary: S.\ntopics: [mental-health]\n---\nFirst.\n\n" + "[" * 60_000


@pytest.fixture
def hub(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return copy_hub(BASE, tmp_path / "hub")


def test_check_reports_every_problem_and_writes_nothing(hub):
    (hub / "briefs/broken.md").write_text("---\ntitle: Broken\ndate: someday\n---\n", encoding="utf-8")
    before = tree_digest(hub)
    diagnostics, valid = pipeline.check(open_project(hub / "mkdocs.yml"))
    assert valid == 5
    assert {(d.path, d.field) for d in diagnostics} >= {("briefs/broken.md", "date"), ("briefs/broken.md", "summary")}
    assert tree_digest(hub) == before


def test_build_renders_each_interface_language_into_its_folder(hub, tmp_path):
    without_zim(hub, "      interface_languages: [en, fr]\n")
    site = tmp_path / "site"
    built = pipeline.build(open_project(hub / "mkdocs.yml"), site)
    english = (site / "briefs/valid-brief/index.html").read_text(encoding="utf-8")
    french = (site / "fr/briefs/valid-brief/index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in english and '<html lang="fr"' in french
    english_pages = {p.relative_to(site) for p in site.rglob("index.html")
                     if p.relative_to(site).parts[0] not in ("fr", "admin")}
    french_pages = {p.relative_to(site / "fr") for p in (site / "fr").rglob("index.html")
                    if p.relative_to(site / "fr").parts[0] != "admin"}
    assert english_pages == french_pages and built.pages == 2 * len(english_pages)
    assert (site / "downloads").is_dir() and not (site / "fr/downloads").exists()  # the first interface's copies


def test_an_entry_over_the_time_limit_is_refused_with_its_file_and_line(hub, tmp_path):
    without_zim(hub, "      markdown_time_limit: 0.5\n")
    (hub / "briefs/hostile.md").write_text(HOSTILE, encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        pipeline.build(open_project(hub / "mkdocs.yml"), tmp_path / "site")
    [problem] = raised.value.diagnostics
    assert (problem.path, problem.line, problem.field) == ("briefs/hostile.md", 9, "body")
    assert "'[' 60,000 times in a row" in problem.message


def test_archive_writes_the_downloads_again_from_the_built_site(hub, tmp_path):
    without_zim(hub)
    site = tmp_path / "site"
    project = open_project(hub / "mkdocs.yml")
    pipeline.build(project, site)
    zipped = next((site / "downloads").glob("*.zip"))
    before = zipped.read_bytes()
    zipped.unlink()
    [download] = pipeline.archive(project, site)
    assert download.kind == "zip" and zipped.read_bytes() == before
    assert download.sha256 in (site / "offline/index.html").read_text(encoding="utf-8")


def test_the_build_date_comes_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")
    with pytest.raises(pipeline.ConfigProblem, match="SOURCE_DATE_EPOCH"):
        pipeline.today()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    assert pipeline.today().isoformat() == "2026-11-21"
