"""Reading a built site as a reader's browser would: links, requests, text."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

# Attributes through which a page makes a request (not merely a link).
_REQUESTS = {("script", "src"), ("img", "src"), ("link", "href"), ("iframe", "src"), ("source", "src"),
             ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data")}


@dataclass
class PageLinks:
    links: list[str] = field(default_factory=list)  # <a href>, <form action>
    requests: list[str] = field(default_factory=list)  # what loading the page fetches
    ids: set[str] = field(default_factory=set)


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = PageLinks()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.found.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.found.links.append(attrs["href"])
        if tag == "form" and attrs.get("action"):
            self.found.links.append(attrs["action"])
        for (t, a) in _REQUESTS:
            if tag == t and attrs.get(a):
                if tag == "link" and attrs.get("rel") in ("alternate", "canonical", "prev", "next"):
                    self.found.links.append(attrs[a])
                else:
                    self.found.requests.append(attrs[a])


def parse(path: Path) -> PageLinks:
    return parse_text(path.read_text(encoding="utf-8"))


def parse_text(html: str) -> PageLinks:
    collector = _Collector()
    collector.feed(html)
    return collector.found


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def index_folder(site: Path) -> Path:
    """The library's index in a built site: library/<digest>/."""
    return next(p for p in (site / "library").iterdir() if p.is_dir() and p.name != "page")


def is_editor(site: Path, page: Path) -> bool:
    """The browser editor's page (/admin/, /fr/admin/): Decap's application,
    for contributors, not one of the hub's pages for readers."""
    return "admin" in page.relative_to(site).parts[:2]


def resolve(site: Path, page: Path, url: str, from_disk: bool = False) -> Path | None:
    """The file a relative URL on `page` names, or None for other hosts. A web
    server answers a folder with its index.html; a browser reading files
    `from_disk` shows the folder's listing instead, so there a folder names
    no page."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    base = "/" + page.relative_to(site).as_posix()
    target = urlsplit(urljoin(base, parts.path)).path
    path = site / unquote(target).lstrip("/")
    if not from_disk and (target.endswith("/") or path.is_dir()):
        path = path / "index.html"
    return path


def broken_links(site: Path) -> list[str]:
    """Every internal link or request that names no built file."""
    broken = []
    for page in html_pages(site):
        found = parse(page)
        for url in found.links + found.requests:
            if url.startswith(("mailto:", "#")) or urlsplit(url).scheme in ("http", "https"):
                continue
            target = resolve(site, page, url)
            if target is not None and not target.is_file():
                broken.append(f"{page.relative_to(site)} -> {url}")
    return broken


def external_requests(site: Path) -> list[str]:
    """Everything a page would fetch from another host."""
    found = []
    for page in html_pages(site):
        for url in parse(page).requests:
            if urlsplit(url).scheme or url.startswith("//"):
                found.append(f"{page.relative_to(site)} -> {url}")
    return found
