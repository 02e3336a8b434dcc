"""The library beside Pagefind, on the same built sites, in one run.

    .venv/bin/pip install -e '.[bench]'            # pagefind[bin], wordfreq
    .venv/bin/python benchmarks/library.py          # 1000 3000 10000
    .venv/bin/python benchmarks/library.py 1000     # some sizes only

For each size: a hub from generate.py (realistic vocabulary, five
languages), built without the ZIM; Pagefind (the reference) indexing every
word of the same built entry pages, shown with its own UI set to ten results.
Then in headless Chromium, served from 127.0.0.1:

- bytes and requests for a first search opened from a shared link (the page,
  its scripts and everything fetched until ten results show), then for a
  second search with new words typed on the same page. Bytes are each file
  gzipped at level 6 as a server sends it (Pagefind's index files are
  gzipped already: their size as they are);
- time from navigation to the results of a shared link, and from the last
  keystroke to the results of a typed query, on this machine's CPU and with
  Chromium's CPU throttled 4× (a low-cost phone): the median of three
  sessions, each in a new page with an empty cache. Typed times include each
  page's pause for typing: 120 ms for the library; Pagefind UI's own. Both
  show ten results with an excerpt around the words found, marked;
- what one result costs: a record of the library's index gzipped, with the
  entry's text its excerpt is cut from, and without it (its card alone).

Writes benchmarks/library-results.md.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlparse, unquote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from run import PYTHON, REPO, machine, measure  # noqa: E402
from sitecheck import index_folder  # noqa: E402
from generate import distinct_words, generate  # noqa: E402

FIRST, SECOND = "children protection", "school families"
PAGEFIND_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind</title>
<link href="../pagefind/pagefind-ui.css" rel="stylesheet"><script src="../pagefind/pagefind-ui.js"></script></head>
<body><main><div id="search"></div></main><script>
window.ui = new PagefindUI({element: "#search", showSubResults: false, showImages: false, pageSize: 10});
var q = new URLSearchParams(location.search).get("q"); if (q) window.ui.triggerSearch(q);
</script></body></html>
"""
OURS = {"box": "#library-q", "done": "document.getElementById('library-status').textContent !== ''",
        "count": "document.querySelectorAll('#library-results li').length", "list": "#library-results"}
# Pagefind UI's message says "Searching for …" while it loads, then "N
# results for …" (or "No results for …"): done once it gives a count and
# shows that many results, ten at most.
PAGEFIND = {"box": ".pagefind-ui__search-input",
            "done": "(m => !!m && (/^No results/.test(m.textContent) || /^[0-9,]+ results? /.test(m.textContent) && "
                    "document.querySelectorAll('.pagefind-ui__result-link').length >= "
                    "Math.min(10, Number(m.textContent.replace(/ .*/s, '').replace(/,/g, '')))))"
                    "(document.querySelector('.pagefind-ui__message'))",
            "count": "document.querySelectorAll('.pagefind-ui__result').length", "list": ".pagefind-ui__results"}


def served_size(path: Path) -> int:
    data = path.read_bytes()
    return min(len(data), len(gzip.compress(data, compresslevel=6, mtime=0)))


def file_of(site: Path, url: str) -> Path | None:
    path = unquote(urlparse(url).path).lstrip("/")
    target = site / path
    if target.is_dir() or path.endswith("/") or path == "":
        target = target / "index.html"
    return target if target.is_file() else None


def record_sizes(folder: Path) -> tuple[float, float]:
    """A record's mean size gzipped, with its text and without it."""
    whole, card = [], []
    for path in (folder / "r").glob("*.js"):
        text = path.read_text(encoding="utf-8")
        head, _, data = text.partition(",")
        item = json.loads(data.removesuffix(");\n"))
        del item["text"]
        whole.append(len(gzip.compress(text.encode(), compresslevel=6, mtime=0)))
        bare = head + "," + json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + ");\n"
        card.append(len(gzip.compress(bare.encode(), compresslevel=6, mtime=0)))
    return sum(whole) / len(whole), sum(card) / len(card)


def pagefind(site: Path) -> float:
    started = time.perf_counter()
    subprocess.run([PYTHON, "-m", "pagefind", "--site", str(site), "--output-subdir", "pagefind",
                    "--glob", "{briefs,webinars,newsletters,resources}/*/index.html"],
                   check=True, stdout=subprocess.DEVNULL)
    (site / "pagefind-search").mkdir(exist_ok=True)
    (site / "pagefind-search/index.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
    return time.perf_counter() - started


def session(browser, site: Path, base: str, url: str, kind: dict, throttle: int) -> dict:
    """A shared link's search, then a second one typed on the same page."""
    page = browser.new_page()
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
    requested: list[str] = []
    page.on("requestfinished", lambda r: requested.append(r.url))
    started = time.perf_counter()
    page.goto(base + url + "?q=" + quote(FIRST))
    page.wait_for_function(kind["done"], timeout=120_000, polling=10)
    first_ms = (time.perf_counter() - started) * 1000
    page.wait_for_timeout(500)  # what the list still loads after its first paint
    first = list(requested)
    shown = page.evaluate(kind["count"])
    if shown < 10:  # a search not done: its bytes and time would be a part of them
        raise RuntimeError(f"{url}: {shown} results shown for {FIRST!r}, not ten")
    box = page.locator(kind["box"])
    box.fill("")
    page.wait_for_timeout(1000)
    requested.clear()  # the second search's files, from its first keystroke
    # Every keystroke's time, then every frame: the moment the list shows new results.
    page.evaluate("""([box, list, done]) => {
        const text = () => (document.querySelector(list) || {innerText: ''}).innerText;
        const before = text(); window.__done = null; window.__typed = null;
        document.querySelector(box).addEventListener('keydown', () => { window.__typed = performance.now(); });
        const check = () => { if (window.__typed && text() !== before && eval(done)) window.__done = performance.now();
                              else requestAnimationFrame(check); };
        requestAnimationFrame(check); }""", [kind["box"], kind["list"], kind["done"]])
    box.type(SECOND)
    page.wait_for_function("window.__done !== null", timeout=120_000, polling=10)
    page.wait_for_timeout(500)
    typed_ms = page.evaluate("window.__done - window.__typed")
    second = list(requested)
    page.close()
    weigh = lambda urls: sum(served_size(f) for f in (file_of(site, u) for u in urls) if f)  # noqa: E731
    return {"first_bytes": weigh(first), "first_requests": len(first), "shown": shown, "first_ms": first_ms,
            "second_bytes": weigh(second), "second_requests": len(second), "typed_ms": typed_ms}


def measure_size(size: int, work: Path) -> dict:
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM_FLAGS, chromium_path, serve

    hub = work / f"hub-{size}"
    generate(size, hub)
    config = hub / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - cphub:\n", "  - cphub:\n      zim: false\n"),
                      encoding="utf-8")
    row: dict = {"size": size, "words": distinct_words(hub)}
    row["build_s"], _ = measure([PYTHON, str(REPO / "build.py"), "-f", str(config), "build"], hub)
    site = hub / "site"
    folder = index_folder(site)
    row["index_files"] = sum(1 for p in folder.rglob("*") if p.is_file())
    row["index_raw"] = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    row["record_gz"], row["card_gz"] = record_sizes(folder)
    row["pagefind_s"] = pagefind(site)
    row["pagefind_raw"] = sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file())
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        for name, url, kind in (("hub", "library/", OURS), ("pagefind", "pagefind-search/", PAGEFIND)):
            for throttle in (1, 4):
                session(browser, site, base, url, kind, throttle)  # warm the machine's caches, not the page's
                runs = [session(browser, site, base, url, kind, throttle) for _ in range(3)]
                result = {k: sorted(r[k] for r in runs)[1] if k.endswith("_ms") else runs[0][k] for k in runs[0]}
                row.update({f"{name}_{throttle}x_{k}": v for k, v in result.items()})
        browser.close()
    shutil.rmtree(hub)
    print(row, flush=True)
    return row


def report(rows: list[dict]) -> str:
    kb = lambda n: f"{n / 1000:.0f} KB"  # noqa: E731
    lines = [
        "# The library beside Pagefind",
        "",
        f"Machine: {machine()}.",
        "",
        "Command: `.venv/bin/python benchmarks/library.py " + " ".join(str(r["size"]) for r in rows) + "` "
        "(see its docstring). Hubs from `benchmarks/generate.py`: real word frequencies in five languages; "
        f"first search a shared link `?q={FIRST}`, second search `{SECOND}` typed on the same page. "
        "Pagefind 1.5.2 indexes every word of the same built entry pages and shows ten results with its own UI. "
        "Bytes are gzipped as served; each browser session starts with an empty cache; times are medians of three "
        "sessions. Typed times include the pause each page waits for typing to stop (the library's is 120 ms). "
        "The machine is shared with other work: times move by a third or more from one run to the next, bytes "
        "do not.",
        "",
        "## Bytes and requests",
        "",
        "| entries | distinct words | first search: library | first search: Pagefind | library ÷ Pagefind "
        "| second search: library | second search: Pagefind | index on disk: library, Pagefind |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['size']:,} | {r['words']:,} | {kb(r['hub_1x_first_bytes'])} in {r['hub_1x_first_requests']} "
            f"| {kb(r['pagefind_1x_first_bytes'])} in {r['pagefind_1x_first_requests']} "
            f"| {r['hub_1x_first_bytes'] / r['pagefind_1x_first_bytes']:.2f} "
            f"| {kb(r['hub_1x_second_bytes'])} in {r['hub_1x_second_requests']} "
            f"| {kb(r['pagefind_1x_second_bytes'])} in {r['pagefind_1x_second_requests']} "
            f"| {r['index_raw'] / 1e6:.1f} MB in {r['index_files']:,} files, {r['pagefind_raw'] / 1e6:.1f} MB |")
    lines += [
        "",
        "## What one result costs",
        "",
        "A result's record holds its card and the entry's text, which its excerpt is cut from "
        "(`cphub/outputs/search.py`, \"Excerpts\"); gzipped, mean of every record:",
        "",
        "| entries | a record with its text | its card alone | ten results |",
        "|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['size']:,} | {r['record_gz'] / 1000:.1f} KB | {r['card_gz'] / 1000:.1f} KB "
                     f"| {r['record_gz'] / 100:.0f} KB |")
    lines += [
        "",
        "## Time to results",
        "",
        "| entries | shared link: library | shared link: Pagefind | typed: library | typed: Pagefind "
        "| shared link, CPU 4× slower: library | … Pagefind | typed, CPU 4× slower: library | … Pagefind |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    ms = lambda n: f"{n:.0f} ms"  # noqa: E731
    for r in rows:
        lines.append(
            f"| {r['size']:,} | {ms(r['hub_1x_first_ms'])} | {ms(r['pagefind_1x_first_ms'])} "
            f"| {ms(r['hub_1x_typed_ms'])} | {ms(r['pagefind_1x_typed_ms'])} "
            f"| {ms(r['hub_4x_first_ms'])} | {ms(r['pagefind_4x_first_ms'])} "
            f"| {ms(r['hub_4x_typed_ms'])} | {ms(r['pagefind_4x_typed_ms'])} |")
    lines += targets(rows)
    lines += [
        "",
        "## Build",
        "",
        "| entries | hub build without the ZIM (index in a second process) | Pagefind indexing, apart |",
        "|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['size']:,} | {r['build_s']:.1f} s | {r['pagefind_s']:.1f} s |")
    return "\n".join(lines) + "\n"


PAUSE_MS = 120  # the library's pause for typing (library.js), inside its typed times
# Issue 36's figures: (what, the row's value, the limit, unit).
TARGETS = [
    ("first search ÷ Pagefind's", lambda r: r["hub_1x_first_bytes"] / r["pagefind_1x_first_bytes"], 0.75, ""),
    ("first search", lambda r: r["hub_1x_first_bytes"] / 1000, 300, " KB"),
    ("further search, new words", lambda r: r["hub_1x_second_bytes"] / 1000, 60, " KB"),
    ("typed: results after the pause", lambda r: r["hub_1x_typed_ms"] - PAUSE_MS, 300, " ms"),
    ("shared link, CPU 4× slower", lambda r: r["hub_4x_first_ms"], 3000, " ms"),
    ("typed, CPU 4× slower", lambda r: r["hub_4x_typed_ms"], 1000, " ms"),
]


def targets(rows: list[dict]) -> list[str]:
    """Each of the issue's figures at each size: the value, and whether it holds."""
    lines = ["", "## The issue's figures (#36)", "",
             "| figure | limit | " + " | ".join(f"{r['size']:,} entries" for r in rows) + " |",
             "|---|---:|" + "---:|" * len(rows)]
    for name, value, limit, unit in TARGETS:
        shown = lambda v: f"{v:.2f}" if not unit else f"{v:.0f}{unit}"  # noqa: E731
        cells = " | ".join(f"{shown(value(r))} {'✓' if value(r) <= limit else '✗'}" for r in rows)
        lines.append(f"| {name} | ≤ {shown(limit)} | {cells} |")
    return lines


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 3000, 10000]
    with tempfile.TemporaryDirectory() as tmp:
        rows = [measure_size(size, Path(tmp)) for size in sizes]
    (HERE / "library-results.md").write_text(report(rows), encoding="utf-8")
    print(report(rows))


if __name__ == "__main__":
    main()
