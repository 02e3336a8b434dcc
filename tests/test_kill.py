"""A build killed at any moment leaves the old site or the new one, whole."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import EPOCH, REPO

from cphub.sitedir import restore_interrupted


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def build(hub: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(REPO / "build.py"), "-f", str(hub / "mkdocs.yml"), "build", *args],
                            env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_sigkill_at_any_moment_leaves_the_old_site_or_the_new_one(sample_hub, tmp_path):
    config = sample_hub / "mkdocs.yml"  # the ZIM's bytes are random: compare without it
    config.write_text(config.read_text().replace("  - cphub:\n", "  - cphub:\n      zim: false\n"))
    started = time.monotonic()
    assert build(sample_hub).wait() == 0
    duration = time.monotonic() - started
    site = sample_hub / "site"
    outcomes = set()
    # The last round is not killed: it must end with the new site.
    for number, fraction in enumerate((0.05, 0.2, 0.4, 0.6, 0.75, 0.85, 0.95, None)):
        before = digest(site)
        (sample_hub / "briefs/kill-test-brief.md").write_text(
            f"---\ntitle: Kill test brief, version {number}\ndate: 2026-11-01\nsummary: New.\n"
            "topics: [covid-19]\n---\nNew.\n", encoding="utf-8")
        process = build(sample_hub)
        if fraction is not None:
            time.sleep(duration * fraction)
            process.send_signal(signal.SIGKILL)
        process.wait()
        restore_interrupted(site)  # what the next run does first
        after = digest(site)
        if after == before:
            outcomes.add("old")
        else:  # then it must be the whole new site
            reference = tmp_path / f"reference-{number}"
            assert build(sample_hub, "-d", str(reference)).wait() == 0
            assert after == digest(reference), f"half a site after a kill at {fraction} of a build"
            outcomes.add("new")
        assert [p.name for p in sample_hub.iterdir() if p.name.startswith(".site")] == []
    assert outcomes == {"old", "new"}  # the kills did land both before and after the swap
