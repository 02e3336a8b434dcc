"""Rendered Markdown reused between builds: only what did not change, and
never at the cost of a warning or of the same bytes."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from conftest import copy_sample, tree_digest, without_zim
from sitecheck import index_folder
from cphub.cli import main
from cphub.site import render_cache

PAGE = "briefs/staff-care-in-crisis-response.md"
SITE_PAGE = "briefs/staff-care-in-crisis-response/index.html"
MARK = "<p>Served from the cache</p>"


def build(hub: Path, *args: str) -> int:
    return main(["-f", str(hub / "mkdocs.yml"), "build", *args])


def cache(hub: Path) -> dict:
    return json.loads((hub / ".cache/cphub/markdown.json").read_text(encoding="utf-8"))


def mark_cached_page(hub: Path) -> None:
    """Change what the cache holds for one page, as no conversion would."""
    stored = cache(hub)
    found = [key for key, page in stored["pages"].items() if "Started with rotas" in page["content"]]
    assert len(found) == 1
    stored["pages"][found[0]]["content"] += MARK
    (hub / ".cache/cphub/markdown.json").write_text(json.dumps(stored), encoding="utf-8")


def test_a_warm_build_gives_the_same_bytes_as_a_build_without_the_cache(tmp_path):
    warm = copy_sample(tmp_path / "warm")
    cold = copy_sample(tmp_path / "cold")
    without_zim(warm)
    without_zim(cold, "      cache: false\n")
    assert build(warm) == 0 and build(warm) == 0  # the second one reads the cache
    assert build(cold) == 0
    assert not (cold / ".cache").exists()
    assert len(cache(warm)["pages"]) > 20
    assert (warm / ".cache/cphub/library-en.json").is_file()  # the library's index, used by the second build
    assert tree_digest(warm / "site") == tree_digest(cold / "site")


def test_unchanged_pages_come_from_the_cache_and_an_edited_one_is_converted_again(sample_hub):
    without_zim(sample_hub)
    assert build(sample_hub) == 0
    mark_cached_page(sample_hub)
    (sample_hub / ".cache/cphub/pages.json").unlink()  # every page rendered again, from the cache
    assert build(sample_hub) == 0
    assert MARK in (sample_hub / "site" / SITE_PAGE).read_text(encoding="utf-8")  # reused, not converted

    source = sample_hub / PAGE
    source.write_text(source.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert build(sample_hub) == 0
    page = (sample_hub / "site" / SITE_PAGE).read_text(encoding="utf-8")
    assert MARK not in page and "One more line." in page


def test_other_markdown_settings_make_every_page_convert_again(sample_hub):
    without_zim(sample_hub)
    assert build(sample_hub) == 0
    mark_cached_page(sample_hub)
    config = sample_hub / "mkdocs.yml"
    config.write_text(config.read_text().replace("markdown_extensions:\n", "markdown_extensions:\n  - sane_lists\n"))
    assert build(sample_hub) == 0
    assert MARK not in (sample_hub / "site" / SITE_PAGE).read_text(encoding="utf-8")


def test_a_page_that_warns_is_never_cached_so_strict_fails_every_time(sample_hub, capsys):
    without_zim(sample_hub)
    source = sample_hub / PAGE
    source.write_text(source.read_text(encoding="utf-8") + "\nSee [the notes](missing-notes.md).\n",
                      encoding="utf-8")
    for _ in range(2):
        assert build(sample_hub, "--strict") == 1
        assert "missing-notes.md" in capsys.readouterr().err


def test_a_damaged_cache_is_ignored_and_replaced(sample_hub):
    without_zim(sample_hub)
    (sample_hub / ".cache/cphub").mkdir(parents=True)
    (sample_hub / ".cache/cphub/markdown.json").write_text('{"context": [', encoding="utf-8")
    assert build(sample_hub) == 0
    assert "Started with rotas" in (sample_hub / "site" / SITE_PAGE).read_text(encoding="utf-8")
    assert len(cache(sample_hub)["pages"]) > 20


def kept_index(path: Path) -> tuple[str, dict]:
    """The index a build kept: the digest of its input (the first line), its files (the second)."""
    header, files = path.read_text(encoding="utf-8").split("\n", 1)
    return json.loads(header)["digest"], json.loads(files)


def keep_index(path: Path, digest: str, files) -> None:
    path.write_text(json.dumps({"digest": digest}) + "\n" + json.dumps(files), encoding="utf-8")


def test_the_library_index_is_used_again_until_something_indexed_changes(sample_hub):
    without_zim(sample_hub)
    assert build(sample_hub) == 0
    kept = sample_hub / ".cache/cphub/library-en.json"
    digest, files = kept_index(kept)
    folder = index_folder(sample_hub / "site").name
    assert digest.startswith(folder) and set(files) >= {"meta.js", "s0.js"}
    files["meta.js"] += "// from the store\n"  # as no indexing would write it
    keep_index(kept, digest, files)
    shutil.rmtree(sample_hub / "site")  # so that the index comes from the store, not the site before
    assert build(sample_hub) == 0
    assert (index_folder(sample_hub / "site") / "meta.js").read_text(encoding="utf-8").endswith("// from the store\n")

    source = sample_hub / PAGE
    source.write_text(source.read_text(encoding="utf-8") + "\nA quokka visited the rota meeting.\n",
                      encoding="utf-8")
    assert build(sample_hub) == 0
    again = index_folder(sample_hub / "site")
    assert again.name != folder  # another input, another folder
    assert not (again / "meta.js").read_text(encoding="utf-8").endswith("// from the store\n")
    assert any(re.search(r'[" ]quokka ', shard.read_text(encoding="utf-8")) for shard in again.glob("s*.js"))
    assert kept_index(kept)[0].startswith(again.name)


def test_a_damaged_index_store_is_ignored_and_replaced(sample_hub):
    without_zim(sample_hub)
    assert build(sample_hub) == 0
    kept = sample_hub / ".cache/cphub/library-en.json"
    digest, _ = kept_index(kept)
    header = json.dumps({"digest": digest})
    for damaged in ('{"digest": [', "[]", header, header + "\n3", header + '\n{"meta.js": 3}',
                    header + '\n{"../../escaped.js": "x"}', header + '\n{"meta.js": "cut'):
        kept.write_text(damaged, encoding="utf-8")
        shutil.rmtree(sample_hub / "site")  # so that only the store could give the index
        assert build(sample_hub) == 0
        assert (index_folder(sample_hub / "site") / "meta.js").is_file()
        assert not (sample_hub / "site/escaped.js").exists()
        assert kept_index(kept)[0].startswith(index_folder(sample_hub / "site").name)


def test_a_body_this_build_converted_is_not_converted_again(tmp_path):
    """The hub's listing pages share one empty body: converted once per
    build, with the cache kept or not."""
    for keep in (True, False):
        kept = render_cache.RenderCache(tmp_path, "settings", keep)
        key = render_cache.key("")
        assert key not in kept and kept.get(key) is None
        record = {"content": "", "toc": [], "title": None, "anchors": []}
        kept.put(key, record)
        assert key in kept and kept.get(key) is record


LINKS = [
    ('<p><a href="../other/">x</a></p>', True),
    ('<img alt="" src="images/map.png">', True),
    ('<a\nhref="guide.pdf">', True),
    ('<a href="https://example.org/">x</a> <a href="mailto:a@b.c">m</a>', False),
    ('<a href="//example.org/x">x</a> <a href="#section">s</a>', False),
    ('<a data-href="other/" title="src=here">x</a>', False),
]


def test_a_conversion_with_a_relative_link_or_image_is_not_kept():
    """Its HTML depends on where the other files are, not only on its text."""
    assert [render_cache.links_to_other_files(html) for html, _ in LINKS] == [kept for _, kept in LINKS]
