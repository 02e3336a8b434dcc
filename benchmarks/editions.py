"""Time to write the newsletters' e-mail editions (HTML through css-inline,
text through inscriptis, the .eml), per issue, on the sample hub.

    .venv/bin/python benchmarks/editions.py
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

import jinja2

from cphub.content.hub import Settings
from cphub.content.project import read_hub
from cphub.outputs import newsletter

ROOT = Path(__file__).resolve().parent.parent
RUNS = 50


def main() -> None:
    settings = Settings(site_name="Community Child Protection Exchange", site_url="https://hub.example.org/")
    hub, _ = read_hub(ROOT, settings, dt.date(2026, 11, 21))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "templates")))
    render = lambda name, context: env.get_template(name).render(**context)  # noqa: E731
    notes = {e.slug: "<p>An editor's note, with <a href='../../briefs/'>a link</a>.</p>" for e in hub.entries}
    issues = len(hub.of_type("newsletter"))
    with tempfile.TemporaryDirectory() as site:
        started = time.perf_counter()
        for _ in range(RUNS):
            written = [path for edition in newsletter.editions(hub, notes, newsletter.EmailOptions(None))
                       for path in newsletter.write_files(Path(site), newsletter.edition_files(edition, render))]
        per_issue = (time.perf_counter() - started) / RUNS / issues
        sizes = {p.name: p.stat().st_size for p in written if p.parent.name == "newsletter-2"}
    print(f"{per_issue * 1000:.1f} ms per issue ({issues} issues, {RUNS} runs); newsletter-2: "
          + ", ".join(f"{name} {size:,} bytes" for name, size in sorted(sizes.items())))


if __name__ == "__main__":
    main()
