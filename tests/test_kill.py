"""A build killed at any moment leaves the old site or the new one, whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import EPOCH, REPO, tree_digest, without_zim

from cphub.site.sitedir import restore_interrupted


def build(hub: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(REPO / "build.py"), "-f", str(hub / "mkdocs.yml"), "build", *args],
                            env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_sigkill_at_any_moment_leaves_the_old_site_or_the_new_one(sample_hub, tmp_path):
    without_zim(sample_hub)  # the ZIM's bytes are random: compare without it
    started = time.monotonic()
    assert build(sample_hub).wait() == 0
    duration = time.monotonic() - started
    site = sample_hub / "site"
    outcomes = set()
    # The last round is not killed: it must end with the new site.
    for number, fraction in enumerate((0.05, 0.2, 0.4, 0.6, 0.75, 0.85, 0.95, None)):
        before = tree_digest(site)
        (sample_hub / "briefs/kill-test-brief.md").write_text(
            f"---\ntitle: Kill test brief, version {number}\ndate: 2026-11-01\nsummary: New.\n"
            "topics: [covid-19]\n---\nNew.\n", encoding="utf-8")
        process = build(sample_hub)
        if fraction is not None:
            time.sleep(duration * fraction)
            process.send_signal(signal.SIGKILL)
        process.wait()
        restore_interrupted(site)  # what the next run does first
        after = tree_digest(site)
        if after == before:
            outcomes.add("old")
        else:  # then it must be the whole new site
            reference = tmp_path / f"reference-{number}"
            assert build(sample_hub, "-d", str(reference)).wait() == 0
            assert after == tree_digest(reference), f"half a site after a kill at {fraction} of a build"
            outcomes.add("new")
        assert [p.name for p in sample_hub.iterdir() if p.name.startswith(".site")] == []
    assert outcomes == {"old", "new"}  # the kills did land both before and after the swap


def stat(pid: int) -> list[str]:
    """/proc/PID/stat's fields after the command name (state, parent, …); [] once it has ended."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return []


def descendants_of(pid: int) -> set[int]:
    """Its children, theirs (the Markdown workers are the forkserver's), and so on."""
    parents = {int(p.name): stat(int(p.name))[1:2] for p in Path("/proc").glob("[0-9]*")}
    found, added = set(), {pid}
    while added:
        added = {child for child, parent in parents.items() if parent and int(parent[0]) in added} - found
        found |= added
    return found


def alive(pid: int) -> bool:
    return stat(pid)[:1] not in ([], ["Z"])


def test_a_killed_build_leaves_no_process_and_no_partial_zim_behind(sample_hub):
    """Killed while a helper writes the ZIM (its partial file beside the
    staging folder), the build leaves no process running and, once the next
    run has swept, no file."""
    process = build(sample_hub)
    deadline = time.monotonic() + 120
    helpers: set[int] = set()
    while time.monotonic() < deadline and process.poll() is None:
        helpers |= descendants_of(process.pid)
        if list(sample_hub.glob(".site.building-*.zim.partial*")):  # libzim writes <name>.tmp
            break
        time.sleep(0.02)
    assert process.poll() is None, "the build ended before the ZIM was being written"
    # The forkserver and a helper per core, at least.
    assert len(helpers) >= 1 + (os.cpu_count() or 1), helpers
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in helpers), "a helper outlived the build"
    restore_interrupted(sample_hub / "site")
    assert [p.name for p in sample_hub.iterdir() if p.name.startswith(".site")] == []
