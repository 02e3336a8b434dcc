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
import multiprocessing
import os
import re
import traceback
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit, urlunsplit

from mkdocs.exceptions import PluginError

from ..content.hub import Hub
from ..content.slugs import slugify
from ..site.attributes import value_start
from ..site.pages import human_size
from ..strings import strings
from ..workers import NO_HELPERS, exit_with_parent, name_process
from . import zim as zim_writer
from .archive import Member, deflated, write_zip

log = logging.getLogger("mkdocs.plugins.cphub")

DOWNLOADS = "downloads"  # where the archives go inside the site
PAGES_A_MESSAGE = 50  # page names sent to the offline process at once
# The /offline/ page names the downloads between these markers; the copy of
# that page inside an archive says where to find the latest downloads.
START, END = "<!--cphub:downloads-->", "<!--/cphub:downloads-->"

_ATTRIBUTE = re.compile(value_start("href", "src", "action") + '([^"]*)"')  # a link's address
# Subscriptions live online: a feed reader needs the hub's web address, so
# the offline copies leave feeds (and the sitemap, for search engines) out
# and point their links at the hub online.
# So do the newsletters' e-mail editions, an editor's tool whose links are
# all to the hub online.
ONLINE_ONLY = ("rss.xml", "atom.xml", "feed.json", "sitemap.xml", "sitemap.xml.gz", "email.html", "email.txt",
               ".eml")
# A 404 page is a web server's: nothing serves it from a disk or in Kiwix,
# and MkDocs writes its links from the site's root (/assets/…), which name
# nothing there.
SERVER_ONLY = ("404.html",)
# The browser editor (/admin/) works only online, with the Git host: the
# copies leave it out, and a link to it leads to the hub online.
EDITOR = "admin/"


@lru_cache(maxsize=1 << 16)  # every page repeats the same few hundred links
def file_url(url: str) -> str:
    """`../briefs/x/` → `../briefs/x/index.html`; other URLs unchanged."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return url  # another host, mailto:, data:, or only ?query / #fragment
    path = parts.path + "/" if parts.path in (".", "..") else parts.path
    if not path.endswith("/"):
        return url  # already names a file
    return urlunsplit(("", "", path + "index.html", parts.query, parts.fragment))


@lru_cache(maxsize=1 << 16)
def _online_only(url: str) -> bool:
    parts = urlsplit(url)
    return not (parts.scheme or parts.netloc) and parts.path.endswith(ONLINE_ONLY)


def offline_url(url: str, page: str, site_url: str, elsewhere: tuple[str, ...] = ()) -> str:
    """A link as the offline copy of `page` needs it. Feeds and the hub's
    other interfaces and the editor (`elsewhere`: "fr/", "admin/"…) are not in the copy: their links
    lead to the hub online."""
    same_everywhere = _same_on_every_page(url, elsewhere)
    if same_everywhere is not None:
        return same_everywhere
    if site_url and (_online_only(url) or (elsewhere and _inside(url, page, elsewhere))):
        return urljoin(site_url + page, url)
    return file_url(url)


@lru_cache(maxsize=1 << 16)
def _same_on_every_page(url: str, elsewhere: tuple[str, ...]) -> str | None:
    """The offline form of a link that cannot lead online, whatever page
    holds it (most links: a page's hundreds of links are the same few hundred
    on every page); None for one that may."""
    if _online_only(url) or any(folder.rstrip("/") in url for folder in elsewhere):
        return None
    return file_url(url)


def _inside(url: str, page: str, folders: tuple[str, ...]) -> bool:
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return False
    return urljoin("http://site/" + page, parts.path).removeprefix("http://site/").startswith(folders)


def offline_html(html: str, note: str, page: str = "", site_url: str = "", elsewhere: tuple[str, ...] = ()) -> str:
    """A page rewritten for `file://`; the downloads list replaced by `note`."""
    def rewrite(match: re.Match) -> str:
        fixed = offline_url(match[1], page, site_url, elsewhere)
        return match[0] if fixed == match[1] else f'="{fixed}"'

    html = _ATTRIBUTE.sub(rewrite, html)
    return between_markers(html, note)


def between_markers(html: str, inner: str) -> str:
    """`html` with what stands between the downloads markers replaced by `inner`."""
    if START not in html:
        return html
    before, rest = html.split(START, 1)
    return before + START + inner + END + rest.split(END, 1)[1]


def site_files(site: Path, elsewhere: tuple[str, ...] = ()) -> Iterator[tuple[str, Path]]:
    """Every file the offline copy holds: not the downloads, not feeds, not
    the 404 page, not the editor or the other interfaces (`elsewhere`: "admin/", "fr/"…); sorted by
    name (as a zip lists them, `a-b/` before `a/`)."""
    skipped = (DOWNLOADS + "/", *elsewhere)
    for path in sorted(site.rglob("*"), key=lambda p: p.relative_to(site).as_posix()):
        rel = path.relative_to(site).as_posix()
        if (path.is_file() and not path.is_symlink() and not rel.startswith(skipped)
                and not path.name.endswith(ONLINE_ONLY) and rel not in SERVER_ONLY):
            yield rel, path


class OfflineError(PluginError):
    """The zip or the ZIM could not be written (the build fails with it)."""


@dataclass(frozen=True)
class Download:
    kind: str  # "zip" or "zim"
    url: str  # site-relative
    size: str
    sha256: str
    date: str


@dataclass(frozen=True)
class Plan:
    """What the offline copies need to know, as plain (picklable) data."""
    site_url: str
    site_name: str
    description: str
    language: str
    note: str  # replaces the downloads list in the copies' /offline/
    slug: str
    today: dt.date
    zim: bool
    elsewhere: tuple[str, ...] = ()  # the editor's and the other interfaces' folders ("admin/", "fr/"), online only


class OfflineCopies:
    """The zip and the ZIM, written in this process.

    Pages are rewritten for `file://` as they come (`page`), while MkDocs
    renders the others, and go to the ZIM at once; `finish` adds every other
    file of the built site, writes the zip with its members sorted (so that
    `build.py archive` gives the same bytes), and closes the ZIM.
    """

    def __init__(self, plan: Plan, site: Path):
        self.plan = plan
        self.pages: dict[str, Member] = {}
        self.zim = None
        if plan.zim:
            # Beside the site being built, so that a killed build's leftover
            # is swept with its staging folder (sitedir.restore_interrupted).
            self.zim = zim_writer.ZimWriter(site / DOWNLOADS / f"{plan.slug}.zim",
                                            site.with_name(site.name + ".zim.partial"), plan.language, plan.site_name)

    def copy(self, path: str, html: str) -> bytes:
        return offline_html(html, self.plan.note, path, self.plan.site_url, self.plan.elsewhere).encode("utf-8")

    def page(self, path: str, html: str) -> None:
        data = self.copy(path, html)
        # Compressed for the zip now, while the build renders other pages
        # (and a quarter of the memory until the zip is written).
        self.pages[path] = deflated(data)
        if self.zim:
            self.zim.add(path, data)

    def finish(self, site: Path) -> list[tuple[str, Path]]:
        plan = self.plan

        def files() -> Iterator[tuple[str, bytes | Member]]:
            for rel, path in site_files(site, plan.elsewhere):  # one pass feeds the zip and the ZIM
                page = self.pages.pop(rel, None)
                if page is not None:
                    yield rel, page
                    continue
                data = self.copy(rel, path.read_text(encoding="utf-8")) if rel.endswith(".html") else path.read_bytes()
                if self.zim:
                    self.zim.add(rel, data)
                yield rel, data

        moment = dt.datetime.combine(plan.today, dt.time(0, 0))
        written = [("zip", write_zip(files(), site / DOWNLOADS / f"{plan.slug}-offline.zip", top=plan.slug,
                                     moment=moment))]
        if self.zim:
            written.append(("zim", self.zim.finish(title=plan.site_name, description=plan.description,
                                                   language=plan.language, creator=plan.site_name, day=plan.today)))
        return written

    def abandon(self) -> None:
        if self.zim:
            self.zim.abandon()


def _offline_process(queue, results, plan: Plan, site: Path, parent: int) -> None:
    """The offline copies in their own process: libzim's compression (level
    19 zstd, most of a large hub's build) then never waits for, nor holds up,
    the Python that renders pages."""
    exit_with_parent(parent)  # a killed build leaves its partial ZIM to sitedir.restore_interrupted
    name_process("cphub-offline")
    copies = None
    try:
        copies = OfflineCopies(plan, site)
        while (message := queue.get())[0] == "pages":
            for path in message[1]:
                try:
                    copies.page(path, (site / path).read_text(encoding="utf-8"))
                except FileNotFoundError:  # MkDocs writes no file for a page that renders empty
                    continue
        if message[0] == "finish":
            results.send(("done", copies.finish(Path(message[1]))))
        else:
            copies.abandon()
    except Exception:  # noqa: BLE001 - reported to the build, which fails with it
        if copies:
            copies.abandon()
        results.send(("failed", traceback.format_exc()))


class Downloads:
    """The zip and the ZIM, made from the built site in a second process.

    Pages go to both as MkDocs renders them (`page`), so that they are
    rewritten and compressed on the second core meanwhile; `finish` has the rest
    added, and lists both downloads with size, date and SHA-256 on /offline/.
    The second process reads each page from the site, once MkDocs has
    written it: sending its text through a pipe cost both processes more.
    Their names go in batches (a message wakes the queue's thread, which
    then vies with MkDocs for this process).
    `render(template, context)` renders one of the hub's templates, so that a
    hub owner can restyle the list and the note.
    """

    def __init__(self, hub: Hub, render: Callable[[str, dict], str], site: Path, zim: bool = True):
        self.hub, self.render = hub, render
        self.t = strings(hub.settings.language)
        settings = hub.settings
        if zim and not zim_writer.available():
            log.warning("python-libzim is not installed: no ZIM file (pip install -e '.[zim]')")
        self.plan = Plan(site_url=settings.site_url, site_name=settings.site_name,
                         description=settings.description, language=settings.language,
                         note=render("partials/hub/offline-note.html", {"t": self.t, "site_url": settings.site_url}),
                         slug=slugify(settings.site_name) or "hub", today=hub.today,
                         zim=zim and zim_writer.available(),
                         elsewhere=(EDITOR, *(f"{code}/" for code in settings.interface_languages[1:])))
        self.process = self._start(site)
        self.local = None if self.process else OfflineCopies(self.plan, site)
        self.unwritten = None  # the page MkDocs has rendered, not yet written
        self.written: list[str] = []  # pages written, not yet sent

    def _start(self, site: Path):
        try:
            # spawn, not fork: a forked child would inherit this process's
            # pipes and threads (the index's process, MkDocs' state).
            context = multiprocessing.get_context("spawn")
            self.queue = context.Queue()  # put() never blocks: a thread feeds the pipe
            self.results, sender = context.Pipe(duplex=False)
            process = context.Process(target=_offline_process, args=(self.queue, sender, self.plan, site, os.getpid()),
                                      name="cphub-offline", daemon=True)
            process.start()
            sender.close()
            return process
        except NO_HELPERS:  # no second process here: write them in this one
            return None

    def page(self, path: str, html: str) -> None:
        """A page MkDocs has just rendered, and will write next: the second
        process gets the page before it, written by now."""
        if self.local:
            self.local.page(path, html)
            return
        if self.unwritten is not None:
            self.written.append(self.unwritten)
        self.unwritten = path
        if len(self.written) >= PAGES_A_MESSAGE:
            self._send_written()

    def _send_written(self, last: bool = False) -> None:
        """The names of the pages written; with `last`, the last one
        rendered too (MkDocs has written it by the build's end)."""
        if last and self.unwritten is not None:
            self.written.append(self.unwritten)
            self.unwritten = None
        self.queue.put(("pages", self.written))
        self.written = []

    def abandon(self) -> None:
        if self.local:
            self.local.abandon()
        elif self.process:
            self.queue.put(("abandon",))
            self.process.join(timeout=30)
            if self.process.is_alive():
                self.process.terminate()
            self.process = None

    def finish(self, site: Path, meanwhile: Callable[[], object] = lambda: None) -> list[Download]:
        """The downloads, listed on /offline/. `meanwhile` runs while the
        second process writes them (what it writes must not be in them)."""
        if self.local:
            meanwhile()
            written = self.local.finish(site)
        else:
            self._send_written(last=True)
            self.queue.put(("finish", str(site)))
            meanwhile()
            outcome, written = self._outcome()
            self.process.join()
            self.process = None
            if outcome != "done":
                log.debug("the offline process failed:\n%s", written)
                raise OfflineError(f"the offline copies could not be written: {written.strip().splitlines()[-1]}")
        downloads = [Download(kind, path.relative_to(site).as_posix(), human_size(path.stat().st_size),
                              _sha256(path), self.hub.today.isoformat()) for kind, path in written]
        list_downloads(site / "offline" / "index.html", downloads, self.render, self.t, "../")
        return downloads

    def _outcome(self) -> tuple[str, object]:
        """What the offline process answered, or that it died without a word."""
        while self.process.is_alive() and not self.results.poll(0.5):
            continue
        try:
            if self.results.poll(0):
                return self.results.recv()
        except EOFError:  # poll() also wakes when the other end is closed
            pass
        return "failed", f"the process writing them ended (exit code {self.process.exitcode}) without a word"

def list_downloads(page: Path, downloads: list[Download], render: Callable[[str, dict], str], t: dict,
                   root: str) -> None:
    """The downloads with size, date and SHA-256 on an /offline/ page (`root`
    leads from it to the site's root, where downloads/ is)."""
    if not page.is_file():
        return
    listing = render("partials/hub/downloads.html", {"t": t, "downloads": downloads, "root": root})
    page.write_text(between_markers(page.read_text(encoding="utf-8"), listing), encoding="utf-8")


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
