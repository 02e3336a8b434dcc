"""No body stalls a build: Markdown is converted in worker processes, each
page within a time limit, and a page over it is refused with its file and
line while every other page is still judged."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EPOCH, REPO, copy_sample, tree_digest, without_zim
from hypothesis import given, settings
from hypothesis import strategies as st

from cphub.site.convert import Failure, Origin, diagnostic, markdown_of

BRIEF = "---\ntitle: {title}\ndate: 2026-11-02\nsummary: A brief whose body is hostile.\ntopics: [covid-19]\n---\n"
# Each takes Python-Markdown minutes (or more) to convert, in its own way;
# the hub knows none of them.
HOSTILE = {
    "brackets": "Before the run.\n\n" + "[" * 60_000 + "\n",
    "images": "An opening line.\n\n" + "![" * 30_000 + "\n",
    "footnotes": "Footnote marks:\n\n" + "[^" * 30_000 + "\n",
    "links": "Links that never close:\n\n" + "[a](" * 20_000 + "\n",
    "mixed": "Text.\n\n" + "[![" * 15_000 + "x" + "](" * 15_000 + "\n",
}
# Markdown fails on this one at once (RecursionError), and on lists nested
# this deep, slowly or at once depending on the machine: refused all the
# same, never a traceback.
FAILING = {"nested-emphasis": "*" * 3000 + "x" + "*" * 3000 + "\n"}
DEEP = {"nested-list": "\n".join("    " * depth + "- item" for depth in range(400)) + "\n"}


def command(hub: Path, *args: str) -> subprocess.CompletedProcess:
    """build.py in its own process, as a contributor runs it; a stall fails
    the test at the timeout instead of holding it."""
    return subprocess.run([sys.executable, str(REPO / "build.py"), "-f", str(hub / "mkdocs.yml"), *args],
                          env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH}, capture_output=True, text=True, timeout=90)


def add_briefs(hub: Path, bodies: dict[str, str]) -> dict[str, int]:
    """Briefs with these bodies; the line of each one's last body line."""
    lines = {}
    for name, body in bodies.items():
        text = BRIEF.format(title=f"Hostile {name}") + body
        (hub / "briefs" / f"hostile-{name}.md").write_text(text, encoding="utf-8")
        lines[f"briefs/hostile-{name}.md"] = text.count("\n")
    return lines


@pytest.fixture
def built_hub(tmp_path) -> Path:
    hub = copy_sample(tmp_path / "hub")
    without_zim(hub, "      markdown_time_limit: 1\n")
    assert command(hub, "build").returncode == 0
    return hub


def reported(stderr: str) -> dict[str, tuple[int, str]]:
    """path → (line, message) of each `path:line: body: …` diagnostic."""
    return {m[1]: (int(m[2]), m[3]) for m in re.finditer(r"^(\S+\.md):(\d+): body: (.*)$", stderr, re.M)}


def test_hostile_bodies_are_refused_by_check_and_build_with_file_and_line_and_the_site_kept(built_hub):
    lines = add_briefs(built_hub, HOSTILE | FAILING | DEEP)
    before = tree_digest(built_hub / "site")
    for args in (["check"], ["build"]):
        result = command(built_hub, *args)
        assert result.returncode == 1, args
        assert "Traceback" not in result.stderr
        found = reported(result.stderr)
        assert sorted(found) == sorted(lines), (args, result.stderr[-2000:])  # every one, at once, nothing else
        bodies = re.findall(r"^(\S+\.md):\d+: body:", result.stderr, re.M)
        assert sorted(bodies) == sorted(lines)  # each once (MkDocs' own log of a page's failure is not repeated)
        for name in HOSTILE:
            line, message = found[f"briefs/hostile-{name}.md"]
            assert "took longer than 1 s" in message
            assert line == lines[f"briefs/hostile-{name}.md"]  # the line holding the run, not the file's first
            assert "times in a row" in message
        for name in FAILING:
            assert "could not be converted (RecursionError" in found[f"briefs/hostile-{name}.md"][1]
        for name in DEEP:
            assert re.search(r"took longer than 1 s|could not be converted", found[f"briefs/hostile-{name}.md"][1])
    assert tree_digest(built_hub / "site") == before


def test_the_default_limit_refuses_a_stall_and_passes_a_long_ordinary_entry(sample_hub):
    without_zim(sample_hub)
    paragraph = ("Community volunteers visited families each week, listened to children and caregivers, "
                 "and referred cases to social workers when a child needed protection. ")
    long_entry = BRIEF.format(title="A long ordinary brief").replace("hostile", "long") + (paragraph * 8 + "\n\n") * 1000
    (sample_hub / "briefs" / "long-ordinary-brief.md").write_text(long_entry, encoding="utf-8")
    assert len(long_entry.encode()) > 1_200_000  # over half the 2 MB file limit
    add_briefs(sample_hub, {"brackets": HOSTILE["brackets"]})
    result = command(sample_hub, "build")
    assert result.returncode == 1
    assert list(reported(result.stderr)) == ["briefs/hostile-brackets.md"]
    assert "took longer than 5 s" in result.stderr
    (sample_hub / "briefs" / "hostile-brackets.md").unlink()
    assert command(sample_hub, "build").returncode == 0
    assert "A long ordinary brief" in (sample_hub / "site/briefs/long-ordinary-brief/index.html").read_text()


def test_a_body_opening_like_metadata_keeps_its_first_line(sample_hub):
    """MkDocs reads leading "Key: value" lines as metadata: the hub must not
    let it drop a contributor's first line."""
    without_zim(sample_hub)
    (sample_hub / "briefs" / "first-line.md").write_text(
        BRIEF.format(title="First line") + "Note: this line opens the body.\nDate: and so does this one.\n\nThen a "
        "paragraph.\n", encoding="utf-8")
    assert command(sample_hub, "build").returncode == 0
    page = (sample_hub / "site/briefs/first-line/index.html").read_text(encoding="utf-8")
    assert "Note: this line opens the body." in page and "Date: and so does this one." in page


def test_the_diagnostic_points_at_the_line_of_the_run():
    markdown = "First.\n\nSecond.\n" + "![" * 500 + "\nLast.\n"
    found = diagnostic(Origin("briefs/x.md", 7), markdown, Failure("its Markdown took longer than 5 s to convert"))
    assert (found.path, found.line, found.field) == ("briefs/x.md", 10, "body")
    assert "'![' 500 times in a row" in found.message
    plain = diagnostic(Origin("briefs/y.md", 7), "Nothing repeated here.\n", Failure("it failed"))
    assert (plain.line, plain.message) == (7, "it failed")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\r", "\r\n", " ", "-", "---", ":", "a", "Note:", "é", "#", "\t", "...",
                                 "Title: x", "    more"]), max_size=30).map("".join))
def test_an_entrys_markdown_is_what_mkdocs_would_read_of_it(body):
    """markdown_of gives what MkDocs' own metadata reader leaves of a body
    opened by a blank line, without its cost."""
    from mkdocs.utils import meta

    assert markdown_of(body) == meta.get_data("\n" + body)[0]
