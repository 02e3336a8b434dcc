"""site/fingerprints.py: a rebuild renders only the pages whose inputs
changed, takes the others from the site before, and writes the same bytes
as a build from nothing would."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import copy_sample, run, tree_digest, without_zim

BRIEF = "briefs/staff-care-in-crisis-response.md"


def build(hub: Path, capsys) -> tuple[int, int]:
    """Build the hub; (pages, pages taken unchanged from the site before)."""
    code, out, err = run(hub, "build", capsys=capsys)
    assert code == 0, err
    found = re.search(r"Built (\d+) pages into \S+(?: \((\d+) unchanged\))?", out)
    return int(found.group(1)), int(found.group(2) or 0)


def cold_copy(hub: Path, target: Path, capsys) -> dict[str, str]:
    """The same hub built from nothing (no cache, no site before): its files."""
    cold = copy_sample(target)
    for name in ("mkdocs.yml", "briefs", "webinars", "content", "templates"):
        source, destination = hub / name, cold / name
        if source.is_dir():
            for path in source.rglob("*"):
                if path.is_file():
                    (destination / path.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
                    (destination / path.relative_to(source)).write_bytes(path.read_bytes())
        else:
            destination.write_bytes(source.read_bytes())
    config = cold / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - cphub:\n", "  - cphub:\n      cache: false\n"))
    build(cold, capsys)
    return tree_digest(cold / "site")


def test_a_rebuild_takes_unchanged_pages_and_writes_what_a_cold_build_writes(sample_hub, tmp_path, capsys):
    without_zim(sample_hub)
    pages, unchanged = build(sample_hub, capsys)
    assert unchanged == 0
    pages, unchanged = build(sample_hub, capsys)
    # Every page but those whose links name other files (rendered every time).
    assert unchanged >= pages - 4
    assert tree_digest(sample_hub / "site") == cold_copy(sample_hub, tmp_path / "cold-1", capsys)

    brief = sample_hub / BRIEF
    brief.write_text(brief.read_text(encoding="utf-8").replace("title: \"", "title: \"Edited — ", 1), encoding="utf-8")
    pages, unchanged_after_edit = build(sample_hub, capsys)
    # The brief, its translations' pages, the lists and terms it is on, the
    # entries that show it as related: rendered again; the rest taken.
    assert unchanged - 60 < unchanged_after_edit < unchanged
    built = tree_digest(sample_hub / "site")
    assert built == cold_copy(sample_hub, tmp_path / "cold-2", capsys)
    assert "Edited — " in (sample_hub / "site/briefs/staff-care-in-crisis-response/index.html").read_text()

    # A word added to the body alone: the page, and the library's records
    # (their excerpts are cut from the entry's text), as a cold build makes them.
    brief.write_text(brief.read_text(encoding="utf-8") + "\nA closing word: quokkas.\n", encoding="utf-8")
    build(sample_hub, capsys)
    assert tree_digest(sample_hub / "site") == cold_copy(sample_hub, tmp_path / "cold-3", capsys)
    records = (sample_hub / "site/library").glob("*/r/*.js")
    assert any("A closing word: quokkas." in path.read_text(encoding="utf-8") for path in records)


def test_a_page_changed_in_the_built_site_is_rendered_again(sample_hub, capsys):
    without_zim(sample_hub)
    build(sample_hub, capsys)
    page = sample_hub / "site/about/index.html"
    original = page.read_text(encoding="utf-8")
    page.write_text(original.replace("</body>", "<p>edited by hand</p></body>"), encoding="utf-8")
    build(sample_hub, capsys)
    assert page.read_text(encoding="utf-8") == original


def test_a_template_override_renders_every_page_again(sample_hub, capsys):
    without_zim(sample_hub)
    pages, _ = build(sample_hub, capsys)
    (sample_hub / "templates/partials/hub").mkdir(parents=True)
    footer = sample_hub / "templates/partials/hub/footer.html"
    footer.write_text('<footer class="md-footer"><p>A footer of this hub\'s own</p></footer>\n', encoding="utf-8")
    _, unchanged = build(sample_hub, capsys)
    assert unchanged == 0
    assert "A footer of this hub's own" in (sample_hub / "site/index.html").read_text(encoding="utf-8")


def test_a_topics_new_label_reaches_every_page_that_shows_it(sample_hub, capsys):
    without_zim(sample_hub)
    build(sample_hub, capsys)
    topics = sample_hub / "content/topics.yml"
    topics.write_text(topics.read_text(encoding="utf-8").replace(
        "en: Staff care and wellbeing", "en: Caring for the carers"), encoding="utf-8")
    build(sample_hub, capsys)
    site = sample_hub / "site"
    stale = [p for p in site.rglob("*.html") if "Staff care and wellbeing" in p.read_text(encoding="utf-8")]
    assert stale == []
    assert "Caring for the carers" in (site / "briefs/staff-care-in-crisis-response/index.html").read_text()


def test_a_changed_translation_reaches_every_page_of_its_interface_as_a_cold_build_would(sample_hub, tmp_path,
                                                                                          capsys):
    """A topic's French label, the hub's French name and a French page's
    title: each shown only in the French interface (its labels, header,
    footer, menu), and in the other interface's hreflang links to that page."""
    without_zim(sample_hub)
    build(sample_hub, capsys)
    topics = sample_hub / "content/topics.yml"
    topics.write_text(topics.read_text(encoding="utf-8").replace(
        "fr: Soutien et bien-être du personnel", "fr: Prendre soin des équipes"), encoding="utf-8")
    config = sample_hub / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_name: Plateforme d’échange", "site_name: Nouvelle plateforme d’échange"), encoding="utf-8")
    about = sample_hub / "content/pages/a-propos.md"
    about.write_text(about.read_text(encoding="utf-8").replace(
        "title: À propos de ce hub", "title: Qui sommes-nous"), encoding="utf-8")
    pages, unchanged = build(sample_hub, capsys)
    assert 0 < unchanged < pages  # the English interface's pages that show none of them are taken
    assert tree_digest(sample_hub / "site") == cold_copy(sample_hub, tmp_path / "cold", capsys)
    site = sample_hub / "site"
    stale = [p for p in site.rglob("*.html") if any(old in p.read_text(encoding="utf-8") for old in (
        "Soutien et bien-être du personnel", "À propos de ce hub"))]
    assert stale == []
    assert "Prendre soin des équipes" in (site / "fr/topics/staff-wellbeing/index.html").read_text(encoding="utf-8")
    french_home = (site / "fr/index.html").read_text(encoding="utf-8")
    assert "Qui sommes-nous" in french_home and "<title>Nouvelle plateforme d’échange" in french_home
