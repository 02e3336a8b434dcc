"""A contributor's wait: the hub's cold build, its rebuild with nothing
changed and after one edited entry, and how long `serve` takes to show an
edit in the browser; beside plain Material (`mkdocs build`, `mkdocs serve`)
and Hugo (`hugo`, `hugo server`) on the same bodies. Issue 34's figures.

    .venv/bin/python benchmarks/preview.py               # 300 3000 10000, 3 runs each
    .venv/bin/python benchmarks/preview.py 3000 --runs 5

Hubs from generate.py (realistic text in five languages), without the ZIM
(the figures of issue 34 leave it out), built in memory (/dev/shm) where
the machine has it. "Cold" has no cache and no site before; "warm" has both
and changes nothing; "one edit" changes one entry's title and body. A
preview's time is from the edited file's save to the page, fetched over
http, showing the new title. Medians; the peak memory is the cold build's,
all its processes together.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from browser import free_port  # noqa: E402
from generate import generate  # noqa: E402
from processes import scratch  # noqa: E402
from run import EPOCH, PYTHON, REPO, measure, plain_material  # noqa: E402

ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
HUGO_LAYOUT = '<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>' \
              '{{ .Content }}</body></html>\n'
HUGO_LIST = '<!doctype html><html><head><title>{{ .Title }}</title></head><body><ul>' \
            '{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n'


def fetch(url: str) -> str:
    """The page at `url` once it is served; "" before (tests/browser.py's
    fetch returns error pages too: a preview still building answers with one)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return answer.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def wait_for(condition, seconds: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        if condition():
            return time.perf_counter() - started
        time.sleep(0.02)
    raise SystemExit(f"not within {seconds} s")


def retitle(path: Path, number: int) -> str:
    """Give the entry a new title (and a new last line): the title the page must show."""
    text = path.read_text(encoding="utf-8")
    title = f"Edited entry {number} {time.monotonic_ns()}"
    if re.search(r"^title: ", text, flags=re.M):  # the hub's and Hugo's front matter
        text = re.sub(r"^title: .*$", f'title: "{title}"', text, count=1, flags=re.M)
    else:  # plain Material's page: its first heading is its title
        text = re.sub(r"^# .*$", f"# {title}", text, count=1, flags=re.M)
    path.write_text(text + f"\nOne more line, {number}.\n", encoding="utf-8")
    return title


def hub_builds(hub: Path, site: Path, runs: int) -> dict:
    command = [PYTHON, "-m", "cphub", "-f", str(hub / "mkdocs.yml"), "build", "-d", str(site)]
    found: dict = {"cold": [], "warm": [], "edit": [], "memory": 0}
    entry = sorted(hub.glob("briefs/*.md"))[len(list(hub.glob("briefs/*.md"))) // 2]
    for run in range(runs):
        shutil.rmtree(hub / ".cache", ignore_errors=True)
        shutil.rmtree(site, ignore_errors=True)
        seconds, memory = measure(command, REPO)
        found["cold"].append(seconds)
        found["memory"] = max(found["memory"], memory)
        found["warm"].append(measure(command, REPO)[0])
        retitle(entry, run)
        found["edit"].append(measure(command, REPO)[0])
    return found


def preview(command: list[str], cwd: Path, url_of, edited: list[Path], seconds: float) -> list[float]:
    """Start a preview, then edit each file in turn: how long until its page shows the edit."""
    port = free_port()
    server = subprocess.Popen([part.format(port=port) for part in command], cwd=cwd, env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for(lambda: fetch(url_of(port, edited[0])) != "", seconds)  # its first build is served
        time.sleep(1)  # the preview settled (its watcher started)
        times = []
        for number, path in enumerate(edited):
            title = retitle(path, 100 + number)
            times.append(wait_for(lambda: title in fetch(url_of(port, path)), seconds))
            time.sleep(1)
        return times
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def hugo_site(hub: Path, target: Path) -> Path:
    """Hugo with the same bodies: one page each, a title and the text."""
    content = target / "content" / "posts"
    content.mkdir(parents=True)
    for path in sorted(hub.glob("briefs/*.md")) + sorted(hub.glob("webinars/*.md")) + sorted(
            hub.glob("content/newsletters/*.md")) + sorted(hub.glob("content/resources/*.md")):
        text = path.read_text(encoding="utf-8")
        title = re.search(r"^title: (.*)$", text, re.M).group(1)
        body = text.split("\n---\n", 1)[1]
        (content / path.name).write_text(f"---\ntitle: {title}\n---\n{body}", encoding="utf-8")
    for name, layout in (("single.html", HUGO_LAYOUT), ("list.html", HUGO_LIST)):
        (target / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
        (target / "layouts" / "_default" / name).write_text(layout, encoding="utf-8")
    (target / "hugo.toml").write_text('baseURL = "http://example.org/"\ntitle = "Plain"\n'
                                      'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n', encoding="utf-8")
    return target


def median(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} s" if values else "–"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[300, 3000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows = []
    hugo = shutil.which("hugo")
    for size in args.sizes:
        runs = args.runs if size <= 3000 else 1
        with scratch() as tmp:
            work = Path(tmp)
            hub = work / "hub"
            generate(size, hub)
            config = hub / "mkdocs.yml"
            config.write_text(config.read_text().replace("  - cphub:\n", "  - cphub:\n      zim: false\n"))
            builds = hub_builds(hub, work / "site", runs)
            briefs = sorted(hub.glob("briefs/*.md"))
            edited = [briefs[len(briefs) // 3 + n] for n in range(runs)]
            hub_preview = preview([PYTHON, "-m", "cphub", "-f", str(config), "serve", "-a", "127.0.0.1:{port}"],
                                  REPO, lambda port, p: f"http://127.0.0.1:{port}/briefs/{p.stem}/", edited,
                                  600)
            plain = plain_material(hub, work / "plain", same_extensions=True)
            plain_cold = [measure([PYTHON, "-m", "mkdocs", "build", "-q", "-f", str(plain / "mkdocs.yml")], plain)[0]
                          for _ in range(runs)]
            plain_edited = [plain / "docs" / p.name for p in edited]
            for path, source in zip(plain_edited, edited):  # the plain page's title is its first heading
                path.write_text(re.sub(r"^# .*$", "# " + re.search(r'^title: "?(.*?)"?$', source.read_text(),
                                                                   re.M).group(1), path.read_text(), count=1,
                                       flags=re.M), encoding="utf-8")
            plain_preview = preview([PYTHON, "-m", "mkdocs", "serve", "-f", str(plain / "mkdocs.yml"), "-a",
                                     "127.0.0.1:{port}"], plain,
                                    lambda port, p: f"http://127.0.0.1:{port}/{p.stem}/", plain_edited, 900)
            row = {"size": size, "runs": runs, **{k: v for k, v in builds.items()}, "preview": hub_preview,
                   "plain_cold": plain_cold, "plain_preview": plain_preview}
            if hugo:
                site = hugo_site(hub, work / "hugo")
                row["hugo_cold"] = [measure([hugo, "--quiet", "-s", str(site)], site)[0] for _ in range(runs)]
                row["hugo_preview"] = preview(
                    [hugo, "server", "-s", str(site), "--port", "{port}", "--bind", "127.0.0.1", "--disableLiveReload"],
                    site, lambda port, p: f"http://127.0.0.1:{port}/posts/{p.stem}/",
                    [site / "content/posts" / p.name for p in edited], 300)
            rows.append(row)
            print(row, flush=True)
    print()
    print("| entries | runs | hub cold | hub warm (ratio) | hub one edit (ratio) | hub preview of an edit (ratio) "
          "| peak memory, cold | Material build | `mkdocs serve` edit | Hugo build | `hugo server` edit |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        cold = statistics.median(row["cold"])

        def ratio(values):
            return f"{statistics.median(values):.1f} s ({statistics.median(values) / cold:.0%})"

        print(f"| {row['size']:,} | {row['runs']} | {cold:.1f} s | {ratio(row['warm'])} | {ratio(row['edit'])} | "
              f"{ratio(row['preview'])} | {row['memory'] / 1024:.0f} MiB | {median(row['plain_cold'])} | "
              f"{median(row['plain_preview'])} | {median(row.get('hugo_cold', []))} | "
              f"{median(row.get('hugo_preview', []))} |")


if __name__ == "__main__":
    main()
