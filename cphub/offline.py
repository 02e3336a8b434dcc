"""The built site made readable offline, from a folder or a USB stick.

Rather than building the site a second time, the built site is transformed:
every link to a folder (`briefs/x/`) is made to name its file
(`briefs/x/index.html`), because a browser reading from `file://` shows a
folder's listing, not its page. The result feeds both the zip archive and
the ZIM file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit, urlunsplit

from . import zim as zim_writer
from .archive import write_zip
from .hub import Hub
from .pages import human_size
from .slugs import slugify
from .strings import strings

log = logging.getLogger("mkdocs.plugins.cphub")

DOWNLOADS = "downloads"  # where the archives go inside the site
# The /offline/ page names the downloads between these markers; the copy of
# that page inside an archive says where to find the latest downloads.
START, END = "<!--cphub:downloads-->", "<!--/cphub:downloads-->"

_ATTRIBUTE = re.compile(r'(\s(?:href|src|action)=")([^"]*)(")')
# Subscriptions live online: a feed reader needs the hub's web address, so
# the offline copies leave feeds (and the sitemap, for search engines) out
# and point their links at the hub online.
ONLINE_ONLY = ("rss.xml", "atom.xml", "feed.json", "sitemap.xml", "sitemap.xml.gz")


def file_url(url: str) -> str:
    """`../briefs/x/` → `../briefs/x/index.html`; other URLs unchanged."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return url  # another host, mailto:, data:, or only ?query / #fragment
    path = parts.path + "/" if parts.path in (".", "..") else parts.path
    if not path.endswith("/"):
        return url  # already names a file
    return urlunsplit(("", "", path + "index.html", parts.query, parts.fragment))


def offline_url(url: str, page: str, site_url: str) -> str:
    """A link as the offline copy of `page` needs it."""
    parts = urlsplit(url)
    if site_url and not (parts.scheme or parts.netloc) and parts.path.endswith(ONLINE_ONLY):
        return urljoin(site_url + page, url)
    return file_url(url)


def offline_html(html: str, note: str, page: str = "", site_url: str = "") -> str:
    """A page rewritten for `file://`; the downloads list replaced by `note`."""
    html = _ATTRIBUTE.sub(lambda m: m.group(1) + offline_url(m.group(2), page, site_url) + m.group(3), html)
    return between_markers(html, note)


def between_markers(html: str, inner: str) -> str:
    """`html` with what stands between the downloads markers replaced by `inner`."""
    if START not in html:
        return html
    before, rest = html.split(START, 1)
    return before + START + inner + END + rest.split(END, 1)[1]


def site_files(site: Path) -> Iterator[tuple[str, Path]]:
    """Every file the offline copy holds: not the downloads, not feeds; sorted."""
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if (path.is_file() and not path.is_symlink() and not rel.startswith(DOWNLOADS + "/")
                and not path.name.endswith(ONLINE_ONLY)):
            yield rel, path


def offline_files(site: Path, note: str, site_url: str = "") -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of the offline copy: HTML rewritten, everything else as is."""
    for rel, path in site_files(site):
        data = path.read_bytes()
        if rel.endswith(".html"):
            data = offline_html(data.decode("utf-8"), note, rel, site_url).encode("utf-8")
        yield rel, data


@dataclass(frozen=True)
class Download:
    kind: str  # "zip" or "zim"
    url: str  # site-relative
    size: str
    sha256: str
    date: str


class Downloads:
    """The zip and the ZIM, made from the built site.

    Pages go to the ZIM as MkDocs renders them (`page`), so that libzim
    compresses them on the second core meanwhile; `finish` adds the rest,
    writes the zip, and lists both with size, date and SHA-256 on /offline/.
    `render(template, context)` renders one of the hub's templates, so that a
    hub owner can restyle the list and the note.
    """

    def __init__(self, hub: Hub, render: Callable[[str, dict], str], workdir: Path, zim: bool = True):
        self.hub, self.render = hub, render
        self.t = strings(hub.settings.language)
        self.note = render("partials/hub/offline-note.html", {"t": self.t, "site_url": hub.settings.site_url})
        self.slug = slugify(hub.settings.site_name) or "hub"
        self.zim = None
        if zim and zim_writer.available():
            self.zim = zim_writer.ZimWriter(workdir / f".{self.slug}.zim", hub.settings.language)
        elif zim:
            log.warning("python-libzim is not installed: no ZIM file (pip install -e '.[zim]')")

    def page(self, path: str, html: str) -> None:
        if self.zim:
            self.zim.add(path, offline_html(html, self.note, path, self.hub.settings.site_url).encode("utf-8"))

    def abandon(self) -> None:
        if self.zim:
            self.zim.abandon()

    def finish(self, site: Path) -> list[Download]:
        hub, folder = self.hub, site / DOWNLOADS
        written = []

        def both(files: Iterator[tuple[str, bytes]]) -> Iterator[tuple[str, bytes]]:
            for rel, data in files:  # one pass over the site feeds the zip and the ZIM
                if self.zim:
                    self.zim.add(rel, data)
                yield rel, data

        moment = dt.datetime.combine(hub.today, dt.time(0, 0))
        files = offline_files(site, self.note, hub.settings.site_url)
        written.append(("zip", write_zip(both(files),
                                         folder / f"{self.slug}-offline.zip", top=self.slug, moment=moment)))
        if self.zim:
            built = self.zim.finish(title=hub.settings.site_name, description=hub.settings.description,
                                    language=hub.settings.language, creator=hub.settings.site_name, day=hub.today)
            written.append(("zim", built.replace(folder / f"{self.slug}.zim")))
        downloads = [Download(kind, path.relative_to(site).as_posix(), human_size(path.stat().st_size),
                              _sha256(path), hub.today.isoformat()) for kind, path in written]
        self._list(site / "offline" / "index.html", downloads)
        return downloads

    def _list(self, page: Path, downloads: list[Download]) -> None:
        if not page.is_file():
            return
        listing = self.render("partials/hub/downloads.html", {"t": self.t, "downloads": downloads, "root": "../"})
        page.write_text(between_markers(page.read_text(encoding="utf-8"), listing), encoding="utf-8")


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
