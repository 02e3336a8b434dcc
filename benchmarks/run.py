"""Build generated hubs of 1k, 3k and 10k entries, and plain Material on the
same bodies, and record what a reader and a host pay in benchmarks/results.md.

    .venv/bin/python benchmarks/run.py            # 1000 3000 10000
    .venv/bin/python benchmarks/run.py 1000 3000  # some sizes only

Each build runs in a fresh process into a fresh folder. Sizes are gzipped
at level 6, as a web server sends them.
"""

from __future__ import annotations

import cProfile
import gzip
import io
import os
import platform
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))  # this checkout's cphub, not an installed one

from generate import generate  # noqa: E402
from processes import parents, tree  # noqa: E402
from sitecheck import index_folder  # noqa: E402

EPOCH = "1795219200"  # 2026-11-21, the generator's "today"
PYTHON = sys.executable
SAME_EXTENSIONS = """markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - def_list
  - footnotes
  - tables
  - toc:
      permalink: false
"""


def tree_memory(root: int) -> int:
    """Memory (KiB) of a process and all its descendants now, as the sum of
    their proportional set sizes: pages two processes share (a forked worker
    and its parent) are counted once, split between them."""
    total = 0
    for pid in tree(root, parents()):
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)
    return total


def measure(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds, and the peak memory (KiB) of the build's processes
    together (its Markdown workers, index and offline processes included),
    sampled every 0.2 s. (ru_maxrss would report this script's own size: a
    forked child starts with its parent's pages.)"""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_memory(process.pid))
        time.sleep(0.2)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{command} failed: {process.stderr.read().decode()[-2000:]}")
    return elapsed, peak


def median_of(runs: int, command: list[str], cwd: Path, before=None) -> tuple[float, int]:
    """The median wall time of `runs` runs (this machine's timings vary by
    a second or two from run to run), and the highest peak memory."""
    results = []
    for _ in range(runs):
        if before:
            before()
        results.append(measure(command, cwd))
    times = sorted(t for t, _ in results)
    return times[len(times) // 2], max(kb for _, kb in results)


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def page_weight(site: Path, page: Path) -> tuple[int, int]:
    """(HTML gzipped, HTML plus every asset it loads, gzipped)."""
    from sitecheck import parse, resolve

    html = gz(page)
    assets = {resolve(site, page, url) for url in parse(page).requests}
    return html, html + sum(gz(a) for a in assets if a and a.is_file())


def plain_material(hub: Path, target: Path, same_extensions: bool) -> Path:
    """A plain Material project with the same bodies and a one-entry nav."""
    docs = target / "docs"
    docs.mkdir(parents=True)
    for path in sorted(hub.glob("briefs/*.md")) + sorted(hub.glob("webinars/*.md")) + sorted(
            hub.glob("content/newsletters/*.md")) + sorted(hub.glob("content/resources/*.md")):
        text = path.read_text(encoding="utf-8")
        body = text.split("\n---\n", 1)[1]
        title = re.search(r'^title: "?(.*?)"?$', text, re.M).group(1)
        (docs / path.name).write_text(f"# {title}\n{body}", encoding="utf-8")
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    config = "site_name: Plain\ntheme:\n  name: material\nnav:\n  - Home: index.md\n"
    (target / "mkdocs.yml").write_text(config + (SAME_EXTENSIONS if same_extensions else ""), encoding="utf-8")
    return target


def profile(hub: Path) -> str:
    """The build's hot spots, by cumulative time, in this process."""
    from cphub.cli import main

    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    shutil.rmtree(hub / ".cache", ignore_errors=True)  # a first build's profile
    profiler = cProfile.Profile()
    with tempfile.TemporaryDirectory() as tmp:
        profiler.runcall(main, ["-f", str(hub / "mkdocs.yml"), "build", "-d", f"{tmp}/site"])
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative")
    stats.print_stats(22)
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if "ncalls" in line)
    return "\n".join(line[:150] for line in lines[start:] if line.strip())


def run_size(size: int, work: Path) -> dict:
    hub = work / f"hub-{size}"
    generate(size, hub)
    runs = 3 if size <= 3000 else 1
    row: dict = {"size": size, "runs": runs}
    build = [PYTHON, str(REPO / "build.py"), "-f", str(hub / "mkdocs.yml"), "build"]
    cold = lambda: shutil.rmtree(hub / ".cache", ignore_errors=True)  # noqa: E731 - no Markdown cache
    row["hub_s"], row["hub_kb"] = median_of(runs, build, hub, before=cold)
    site = hub / "site"
    row["zip"] = next(site.glob("downloads/*.zip")).stat().st_size
    row["zim"] = next(site.glob("downloads/*.zim")).stat().st_size
    no_zim = hub / "mkdocs-no-zim.yml"
    no_zim.write_text((hub / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "  - cphub:\n", "  - cphub:\n      zim: false\n"), encoding="utf-8")
    build_no_zim = [PYTHON, str(REPO / "build.py"), "-f", str(no_zim), "build", "-d", str(work / f"site-nozim-{size}")]
    row["nozim_s"], row["nozim_kb"] = median_of(runs, build_no_zim, hub, before=cold)
    # Rebuilds with the Markdown cache of the build before: nothing changed,
    # then one entry's text edited (what `serve` and the daily rebuild do).
    assert measure(build_no_zim, hub)  # fills the cache
    row["warm_nozim_s"], _ = median_of(runs, build_no_zim, hub)
    row["warm_s"], _ = median_of(runs, build, hub)
    edited = sorted((hub / "briefs").glob("*.md"))[0]

    def edit():
        edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")

    row["edit_s"], _ = median_of(runs, build, hub, before=edit)
    shutil.rmtree(work / f"site-nozim-{size}")
    for same in (False, True):
        plain = plain_material(hub, work / f"plain-{size}-{same}", same)
        key = "plain_same" if same else "plain"
        row[f"{key}_s"], row[f"{key}_kb"] = median_of(runs, [PYTHON, "-m", "mkdocs", "build", "-q"], plain)
        if same:
            row["plain_output"] = folder_size(plain / "site")
        shutil.rmtree(plain)
    row["output"] = folder_size(site)
    row["pages"] = sum(1 for _ in site.rglob("index.html"))
    entry = sorted(site.glob("briefs/brief-*/index.html"))[0]
    row["entry_html"], row["entry_total"] = page_weight(site, entry)
    row["home_html"], row["home_total"] = page_weight(site, site / "index.html")
    row["library_html"], row["library_total"] = page_weight(site, site / "library/index.html")
    index = [p for p in index_folder(site).rglob("*") if p.is_file()]
    row["index_raw"] = sum(p.stat().st_size for p in index)
    row["index_gz"] = sum(gz(p) for p in index)
    print(row, flush=True)
    return row


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    return (f"{os.cpu_count()} cores ({cpu}), {int(memory) // 1024 // 1024} GiB, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}")


def report(rows: list[dict], hot_spots: str) -> str:
    mb = lambda n: f"{n / 1_000_000:.2f} MB"  # noqa: E731
    kb = lambda n: f"{n / 1000:.1f} KB"  # noqa: E731
    lines = [
        "# Benchmarks",
        "",
        f"Machine: {machine()}.",
        "",
        "Command: `.venv/bin/python benchmarks/run.py " + " ".join(str(r["size"]) for r in rows) + "` "
        "(hubs from `benchmarks/generate.py`: 600–1,200-word bodies of real word frequencies in five languages, every type). Each build is a fresh "
        "process; times are the median of three runs up to 3,000 entries (one at 10,000), and the hub's "
        "builds here start without the Markdown cache. *Plain Material* is mkdocs-material with a one-entry nav on the same "
        "bodies: with Material's defaults (its search plugin on, Markdown's default extensions), and with "
        "the hub's Markdown extensions (the like-for-like comparison). Sizes are gzipped at level 6.",
        "",
        "## Build",
        "",
        "| entries | pages | hub build | hub build without the ZIM | peak memory | plain Material (defaults) "
        "| plain Material (same extensions) | hub ÷ plain (same ext.): with ZIM, without | output | zip | ZIM "
        "| plain output |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['size']:,} | {r['pages']:,} | {r['hub_s']:.1f} s | {r['nozim_s']:.1f} s | "
            f"{max(r['hub_kb'], r['nozim_kb']) / 1024:.0f} MiB | {r['plain_s']:.1f} s | {r['plain_same_s']:.1f} s | "
            f"{r['hub_s'] / r['plain_same_s']:.2f}×, {r['nozim_s'] / r['plain_same_s']:.2f}× | "
            f"{mb(r['output'])} | {mb(r['zip'])} | {mb(r['zim'])} | {mb(r['plain_output'])} |")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        lines += ["", f"Growth: {last['size'] / first['size']:.0f}× the entries took "
                      f"{last['hub_s'] / first['hub_s']:.1f}× the time with the ZIM, "
                      f"{last['nozim_s'] / first['nozim_s']:.1f}× without ({first['size']:,} → {last['size']:,})."]
    lines += [
        "",
        "## Rebuilds, with the Markdown cache of the build before",
        "",
        "| entries | cold, without the ZIM | nothing changed, without the ZIM | nothing changed | one entry edited |",
        "|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['size']:,} | {r['nozim_s']:.1f} s | {r['warm_nozim_s']:.1f} s | {r['warm_s']:.1f} s | "
                     f"{r['edit_s']:.1f} s |")
    lines += [
        "",
        "The ZIM is written anew on every build that makes it.",
        "",
        "## What a reader downloads",
        "",
        "| entries | entry page HTML | home page, every asset | library page, every asset | "
        "whole index on disk (raw → gzipped) |",
        "|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['size']:,} | {kb(r['entry_html'])} | {kb(r['home_total'])} | {kb(r['library_total'])} | "
            f"{mb(r['index_raw'])} → {mb(r['index_gz'])} |")
    lines += [
        "",
        "The library page as served loads nothing of the index; a search loads only the files it needs: "
        "what a search costs, beside Pagefind, is in [library-results.md](library-results.md) "
        "(`benchmarks/library.py`).",
        "",
        "## Profile (largest hub measured below 10,000, cumulative)",
        "",
        "```",
        hot_spots,
        "```",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 3000, 10000]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = [run_size(size, work) for size in sizes]
        profiled = max((s for s in sizes if s < 10000), default=sizes[0])
        hot_spots = profile(work / f"hub-{profiled}")
    (HERE / "results.md").write_text(report(rows, hot_spots), encoding="utf-8")
    print((HERE / "results.md").read_text())


if __name__ == "__main__":
    main()
