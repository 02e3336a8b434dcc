"""The command line as a contributor and a CI job meet it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import EPOCH, REPO, run, tree_digest


def cli(hub: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The real program, as a user runs it."""
    environment = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, **(env or {})}
    return subprocess.run([sys.executable, str(REPO / "build.py"), "-f", str(hub / "mkdocs.yml"), *args],
                          capture_output=True, text=True, env=environment, cwd=hub)


def test_check_passes_on_the_sample_hub(sample_hub, capsys):
    code, out, err = run(sample_hub, "check", capsys=capsys)
    assert code == 0 and err == ""
    assert "files are valid" in out


def test_check_writes_nothing(base_hub):
    before = tree_digest(base_hub)
    assert cli(base_hub, "check").returncode == 0
    assert tree_digest(base_hub) == before


def test_wrong_usage_exits_2(base_hub):
    result = cli(base_hub, "frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "invalid choice" in result.stderr


def test_plain_build_py_builds(base_hub):
    result = cli(base_hub)
    assert result.returncode == 0, result.stderr
    assert (base_hub / "site" / "index.html").is_file()


def test_failed_build_leaves_the_previous_site_as_it_was(base_hub):
    assert cli(base_hub, "build").returncode == 0
    before = tree_digest(base_hub / "site")
    (base_hub / "briefs" / "broken.md").write_text("---\ntitle: Broken\ndate: someday\n---\n", encoding="utf-8")
    result = cli(base_hub, "build")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "briefs/broken.md:3: date: 'someday' is not a date" in result.stderr
    assert "briefs/broken.md:1: summary: is required" not in result.stderr  # reported at its own line
    assert tree_digest(base_hub / "site") == before
    assert [p.name for p in base_hub.iterdir() if p.name.startswith(".site")] == []


def test_every_problem_is_reported_at_once(base_hub):
    (base_hub / "briefs" / "one.md").write_text("---\ntitle: One\n---\n", encoding="utf-8")
    (base_hub / "webinars" / "two.md").write_text("no front matter\n", encoding="utf-8")
    result = cli(base_hub, "check")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == ["briefs/one.md"] * 3 + ["webinars/two.md"]
    assert lines[-1] == "4 error(s), 0 warning(s) in 2 file(s)."


def test_a_broken_configuration_is_a_clear_error(base_hub):
    (base_hub / "mkdocs.yml").write_text("site_name: [unclosed\n", encoding="utf-8")
    result = cli(base_hub, "build")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "mkdocs.yml" in result.stderr


def test_a_bad_source_date_epoch_is_a_clear_error(base_hub):
    result = cli(base_hub, "build", env={"SOURCE_DATE_EPOCH": "yesterday"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "SOURCE_DATE_EPOCH" in result.stderr


def test_two_builds_give_the_same_bytes(sample_hub, tmp_path):
    """Everything but the ZIM, whose bytes libzim makes random (its UUID, and
    Xapian's), and the line of /offline/ that gives the ZIM's SHA-256; the
    ZIM's content is compared in test_offline."""
    assert cli(sample_hub, "build", "-d", str(tmp_path / "one")).returncode == 0
    assert cli(sample_hub, "build", "-d", str(tmp_path / "two")).returncode == 0
    one, two = tree_digest(tmp_path / "one"), tree_digest(tmp_path / "two")
    assert sorted(one) == sorted(two) and len(one) > 50
    differing = sorted(path for path in one if one[path] != two[path])
    # (/fr/offline/ lists the same ZIM: the sample hub is built in English and French.)
    assert differing in ([], ["downloads/community-child-protection-exchange.zim", "fr/offline/index.html",
                              "offline/index.html"])
    zim_line = re.compile(r".*\.zim.*\n.*\n.*\n.*<code class=\"hub-hash\">[0-9a-f]{64}</code>.*")
    for listing in ("offline/index.html", "fr/offline/index.html"):
        pages = [(tmp_path / run / listing).read_text(encoding="utf-8") for run in ("one", "two")]
        assert zim_line.sub("", pages[0]) == zim_line.sub("", pages[1])


def test_a_site_parked_by_an_interrupted_swap_is_restored(base_hub):
    assert cli(base_hub, "build").returncode == 0
    before = tree_digest(base_hub / "site")
    # As if killed between the two renames of the swap:
    (base_hub / "site").rename(base_hub / ".site.previous")
    (base_hub / "briefs" / "broken.md").write_text("---\n", encoding="utf-8")
    assert cli(base_hub, "build").returncode == 1
    from cphub.site.sitedir import restore_interrupted

    restore_interrupted(base_hub / "site")
    assert tree_digest(base_hub / "site") == before


def test_the_old_site_is_removed_whole_and_links_in_it_are_not_followed(tmp_path):
    from cphub.site.sitedir import remove_tree

    outside = tmp_path / "outside"
    (outside / "kept").mkdir(parents=True)
    (outside / "kept" / "file.txt").write_text("keep me", encoding="utf-8")
    old = tmp_path / "old"
    for n in range(30):
        (old / f"part{n % 7}" / f"deep{n}" / "deeper").mkdir(parents=True)
        (old / f"part{n % 7}" / f"deep{n}" / "deeper" / "index.html").write_text("x", encoding="utf-8")
    (old / "top.html").write_text("x", encoding="utf-8")
    (old / "linked-folder").symlink_to(outside)
    (old / "part0" / "linked-inside").symlink_to(outside / "kept")
    remove_tree(old)
    assert not old.exists()
    assert (outside / "kept" / "file.txt").read_text(encoding="utf-8") == "keep me"
    # A site that was a link: the link goes, the folder it led to stays whole.
    (tmp_path / "site").symlink_to(outside)
    remove_tree(tmp_path / "site")
    assert not (tmp_path / "site").exists() and (outside / "kept" / "file.txt").is_file()


def test_a_file_too_large_is_refused_quickly_and_clearly(base_hub):
    big = "---\ntitle: Big\ndate: 2026-01-10\nsummary: Too big.\ntopics: [mental-health]\n---\n" + "word " * 500_000
    (base_hub / "briefs/too-big.md").write_text(big, encoding="utf-8")
    result = cli(base_hub, "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "briefs/too-big.md:1: file: is larger than 2 MB" in result.stderr


def test_a_link_to_a_file_outside_the_hub_is_refused(base_hub, tmp_path):
    outside = tmp_path / "secret.md"
    outside.write_text("---\ntitle: Secret\ndate: 2026-01-10\nsummary: s.\ntopics: [mental-health]\n---\nSECRET-4711\n")
    (base_hub / "briefs/linked.md").symlink_to(outside)
    (base_hub / "briefs/files/secret.txt").symlink_to(outside)
    result = cli(base_hub, "check")
    assert result.returncode == 1
    assert "briefs/linked.md:1: file: is a link to a file outside the hub" in result.stderr
    (base_hub / "briefs/linked.md").unlink()
    assert cli(base_hub, "build").returncode == 0
    site = base_hub / "site"
    assert not (site / "briefs/files/secret.txt").exists()
    assert not any("SECRET-4711" in p.read_text(errors="replace") for p in site.rglob("*") if p.is_file()
                   and p.suffix in (".html", ".xml", ".json", ".js", ".txt"))
