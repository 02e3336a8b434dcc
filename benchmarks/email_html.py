"""The e-mail edition written by hand (templates/email/newsletter.html)
against the same edition written in MJML (benchmarks/email-mjml/) and
rendered by mrml, MJML's Rust port, both inlined by css-inline: weight,
caniemail's verdicts (tests/caniemail_check.py), determinism and time, on
the sample hub's issues. README, "Newsletters by e-mail", says what was
decided from it.

    .venv/bin/python benchmarks/email_html.py
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import jinja2
import markdown
import mrml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

from caniemail_check import check  # noqa: E402
from node_tools import caniemail_data  # noqa: E402

from cphub.content.hub import Settings  # noqa: E402
from cphub.content.project import read_hub  # noqa: E402
from cphub.outputs import newsletter  # noqa: E402

RUNS = 20


def editions() -> list[newsletter.Edition]:
    settings = Settings(site_name="Community Child Protection Exchange", site_url="https://hub.example.org/")
    hub, _ = read_hub(ROOT, settings, dt.date(2026, 11, 21))
    notes = {e.slug: markdown.markdown(e.body) for e in hub.of_type("newsletter")}
    return newsletter.editions(hub, notes, newsletter.EmailOptions(None))


TEMPLATES = jinja2.Environment(loader=jinja2.FileSystemLoader([str(ROOT / "templates"), str(HERE / "email-mjml")]))


def hand_written(edition: newsletter.Edition) -> str:
    """As newsletter.edition_files writes email.html."""
    html = newsletter.inline_css(TEMPLATES.get_template(newsletter.TEMPLATE_HTML).render(**edition.view))
    return html.rstrip("\n") + "\n"


def with_mjml(edition: newsletter.Edition) -> str:
    source = TEMPLATES.get_template("newsletter.mjml").render(**edition.view)
    # No web font: MJML links Google's Ubuntu by default.
    output = mrml.to_html(source, render_options=mrml.RenderOptions(fonts={}))
    assert not output.warnings, output.warnings
    return newsletter.inline_css(output.content)


def digest_in_a_new_process(kind: str) -> str:
    """The editions' digest rendered by another Python process: a renderer
    that depends on its process (hash seeds, addresses) differs here."""
    code = f"import email_html; print(email_html.digest(email_html.{kind}))"
    done = subprocess.run([sys.executable, "-c", code], cwd=HERE, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def digest(render) -> str:
    return hashlib.sha256("".join(render(e) for e in editions()).encode("utf-8")).hexdigest()


def measure(name: str, render) -> dict:
    found = editions()
    html = {e.slug: render(e) for e in found}
    repeats = {digest(render) for _ in range(RUNS)}
    timings = []
    for _ in range(RUNS):  # the fastest run: this machine's other work only ever slows one
        started = time.perf_counter()
        for edition in found:
            render(edition)
        timings.append((time.perf_counter() - started) / len(found) * 1000)
    data = caniemail_data()
    reports = {slug: check(text, data) for slug, text in html.items()}
    failing = Counter(line.split(":")[0] for report in reports.values() for line in report.failures)
    return {
        "name": name,
        "bytes": {slug: len(text.encode("utf-8")) for slug, text in html.items()},
        "gzip": {slug: len(gzip.compress(text.encode("utf-8"), 9, mtime=0)) for slug, text in html.items()},
        "failures": {slug: report.failures for slug, report in reports.items()},
        "failing_clients": failing,
        "deterministic": len(repeats) == 1 and repeats == {digest_in_a_new_process(render.__name__)},
        "ms": min(timings),
    }


def main() -> None:
    results = [measure("hand-written tables", hand_written), measure("MJML (mrml 0.2.4)", with_mjml)]
    print("| | " + " | ".join(r["name"] for r in results) + " |\n|---|" + "---|" * len(results))
    for slug in results[0]["bytes"]:
        print(f"| {slug}: bytes (gzip) | " + " | ".join(
            f"{r['bytes'][slug]:,} ({r['gzip'][slug]:,})" for r in results) + " |")
        print(f"| {slug}: caniemail failures | " + " | ".join(str(len(r["failures"][slug])) for r in results) + " |")
    print("| clients with a failure | " + " | ".join(
        ", ".join(f"{c} ({n})" for c, n in sorted(r["failing_clients"].items())) or "none" for r in results) + " |")
    print("| same bytes in 20 renders and in a new process | " + " | ".join(
        "yes" if r["deterministic"] else "NO" for r in results) + " |")
    print(f"| ms per issue, rendering and inlining (fastest of {RUNS}) | "
          + " | ".join(f"{r['ms']:.1f}" for r in results) + " |")
    for r in results:
        distinct = sorted({line.split(": ", 1)[1] for lines in r["failures"].values() for line in lines})
        print(f"\n{r['name']}: {len(distinct)} distinct failures")
        print("\n".join(f"- {line}" for line in distinct))


if __name__ == "__main__":
    main()
