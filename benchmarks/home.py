"""The home page as a phone and a desktop load it: height in screens, whether
the hub's name is whole, where the search box is, and every byte gzipped.

    .venv/bin/python build.py build && .venv/bin/python benchmarks/home.py site
"""
import gzip
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from browser import serve, CHROMIUM_FLAGS, chromium_path
from playwright.sync_api import sync_playwright
site = Path(sys.argv[1] if len(sys.argv) > 1 else "site")
with sync_playwright() as p, serve(site) as base:
    b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
    for width, height in ((390, 844), (1280, 800)):
        page = b.new_page(viewport={"width": width, "height": height})
        sizes = {}
        def on_response(r):
            try: sizes[r.url] = len(gzip.compress(r.body(), 9))
            except Exception: pass
        page.on("response", on_response)
        page.goto(base, wait_until="load")
        h = page.evaluate("document.documentElement.scrollHeight")
        title = page.evaluate("(() => { const e = document.querySelector('.md-header__topic .md-ellipsis, .hub-title'); return e ? [e.scrollWidth, e.clientWidth, e.textContent.trim()] : null })()")
        search = page.evaluate("(() => { const e = document.querySelector('main input[type=search], .md-content input[type=search]'); return e ? e.getBoundingClientRect().top : null })()")
        print(width, "height", h, "screens", round(h / height, 2), "title", title, "search top", search, "gz total", sum(sizes.values()), len(sizes), "requests")
        for u, s in sorted(sizes.items(), key=lambda kv: -kv[1])[:6]: print("   ", s, u.replace(base, "/"))
        page.close()
    b.close()
