"""The built site made readable offline, from a folder or a USB stick.

Rather than building the site a second time, the built site is transformed:
every link to a folder (`briefs/x/`) is made to name its file
(`briefs/x/index.html`), because a browser reading from `file://` shows a
folder's listing, not its page. The result feeds both the zip archive and
the ZIM file, each written by a helper once the first interface is built.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit, urlunsplit


from ..content.hub import Hub
from ..content.slugs import slugify
from ..diagnostics import BuildProblem
from ..site.attributes import value_start
from ..site.markers import DOWNLOADS_END as END
from ..site.markers import DOWNLOADS_START as START
from ..site.pages import human_size
from ..site.theme import EDITOR
from . import zim as zim_writer
from .archive import Member, Previous, deflated, write_zip

log = logging.getLogger("mkdocs.plugins.cphub")

DOWNLOADS = "downloads"  # where the archives go inside the site
ZIP_TASKS = 8  # the zip's files, cut into this many tasks for the helpers

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
# The browser editor (EDITOR, /admin/) works only online, with the Git host:
# the copies leave it out, and a link to it leads to the hub online.


@lru_cache(maxsize=1 << 16)  # every page repeats the same few hundred links
def file_url(url: str) -> str:
    """`../briefs/x/` → `../briefs/x/index.html`; other URLs unchanged."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return url  # another host, mailto:, data:, or only ?query / #fragment
    # `..`, `../..`, `./.`: folders too, named without their final slash.
    path = parts.path + "/" if parts.path.rsplit("/", 1)[-1] in (".", "..") else parts.path
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
    """Every file the offline copy holds, by name and path (see site_names)."""
    for rel in site_names(site, elsewhere):
        yield rel, site / rel


def site_names(site: Path, elsewhere: tuple[str, ...] = ()) -> list[str]:
    """The name of every file the offline copy holds: not the downloads, not
    feeds, not the 404 page, not the editor or the other interfaces
    (`elsewhere`: "admin/", "fr/"…); sorted (as a zip lists them, `a-b/`
    before `a/`)."""
    skipped = (DOWNLOADS + "/", *elsewhere)
    found = []
    for folder, folders, names in os.walk(site):  # strings, not Path objects: a site holds thousands of files
        prefix = os.path.relpath(folder, site).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        if prefix.startswith(skipped):
            folders.clear()
            continue
        for name in names:
            rel = prefix + name
            if not (name.endswith(ONLINE_ONLY) or rel in SERVER_ONLY or rel.startswith(skipped)
                    or os.path.islink(os.path.join(folder, name))):
                found.append(rel)
    return sorted(found)


class OfflineError(BuildProblem):
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


def _copy(plan: Plan, rel: str, path: Path) -> bytes:
    """One file of the offline copy: a page rewritten for `file://`, the rest as built."""
    if rel.endswith(".html"):
        html = path.read_text(encoding="utf-8")
        return offline_html(html, plan.note, rel, plan.site_url, plan.elsewhere).encode("utf-8")
    return path.read_bytes()


def zip_members(plan: Plan, site: str, names: list[str], before: str | None = None,
                unchanged: frozenset[str] = frozenset()) -> list[tuple[str, Member]]:
    """These files of the offline copy, compressed for the zip (a helper's
    task: the site's files are cut into a few such tasks, which the helpers
    do at once). A file `unchanged` since the zip `before` (the same page,
    the same offline copy's settings) is taken from it as it is stored, and
    so is one whose bytes it holds under another name."""
    previous = Previous(Path(before)) if before else None
    try:
        members = []
        for rel in names:
            kept = previous.member(f"{plan.slug}/{rel}") if previous and rel in unchanged else None
            if kept is None:
                data = _copy(plan, rel, Path(site) / rel)
                kept = (previous.holding(data) if previous else None) or deflated(data)
            members.append((rel, kept))
        return members
    finally:
        if previous:
            previous.close()


def plan_digest(plan: Plan) -> str:
    """What the offline copy of an unchanged page depends on besides the page."""
    return hashlib.sha256(repr((plan.note, plan.site_url, plan.elsewhere, plan.slug)).encode()).hexdigest()


def write_zim_copy(plan: Plan, site: str) -> tuple[str, str]:
    """The ZIM (a helper's task: libzim compresses in threads of its own);
    its kind and path. It is written beside the site being built, so that a
    killed build's leftover goes with its staging folder
    (sitedir.restore_interrupted)."""
    site_path = Path(site)
    writer = zim_writer.ZimWriter(site_path / DOWNLOADS / f"{plan.slug}.zim",
                                  site_path.with_name(site_path.name + ".zim.partial"), plan.language,
                                  plan.site_name)
    try:
        for rel, path in site_files(site_path, plan.elsewhere):
            writer.add(rel, _copy(plan, rel, path))
        target = writer.finish(title=plan.site_name, description=plan.description, language=plan.language,
                               creator=plan.site_name, day=plan.today)
    except BaseException:
        writer.abandon()
        raise
    return "zim", str(target)


def plan_for(hub: Hub, note: str, zim: bool) -> Plan:
    """What the copies need to know of the hub (the first interface's);
    `note` replaces the downloads' list in the copies' /offline/."""
    settings = hub.settings
    if zim and not zim_writer.available():
        log.warning("python-libzim is not installed: no ZIM file (pip install 'cphub[zim]')")
    return Plan(site_url=settings.site_url, site_name=settings.site_name, description=settings.description,
                language=settings.language, note=note, slug=slugify(settings.site_name) or "hub",
                today=hub.today, zim=zim and zim_writer.available(),
                elsewhere=(EDITOR, *(f"{code}/" for code in settings.interface_languages[1:])))


class Archives:
    """The zip and the ZIM of a built site, made by helpers while the build
    goes on with other work. Begun once the first interface's pages are
    written, so that the zip's pages are rewritten and compressed, in a few
    tasks at once, while the build renders the others; `complete` adds what
    the build wrote since (the library's index, the calendars) and starts
    the ZIM, whose compression libzim runs in threads of its own. What is
    written meanwhile outside the copies (another interface, feeds, e-mail
    editions) is not read."""

    def __init__(self, helpers, plan: Plan, site: Path, before: Path | None = None,
                 unchanged: frozenset[str] = frozenset()):
        """`before`: the zip of the build before, whose pages `unchanged`
        since are taken from it (when its offline copy was made alike)."""
        self.helpers, self.plan, self.site = helpers, plan, site
        self.before = str(before) if before and before.is_file() else None
        self.unchanged = unchanged if self.before else frozenset()
        self.taken: set[str] = set()
        self.members: list = []
        # Files the zip before holds as they are, in tasks not yet begun: if
        # every file is, that zip is taken whole and they are never needed.
        self.deferred: list[list[str]] = []
        self.zim = None
        self._compress_new_files()

    def complete(self) -> None:
        self._compress_new_files()
        if self.plan.zim:
            self.zim = self.helpers.submit(write_zim_copy, self.plan, str(self.site))

    def _compress_new_files(self) -> None:
        names = [rel for rel in site_names(self.site, self.plan.elsewhere) if rel not in self.taken]
        self.taken.update(names)
        size = max(1, -(-len(names) // ZIP_TASKS))
        for start in range(0, len(names), size):
            chunk = names[start:start + size]
            if self.unchanged.issuperset(chunk):
                self.deferred.append(chunk)
            else:
                self._submit(chunk)

    def _submit(self, chunk: list[str]) -> None:
        self.members.append(self.helpers.submit(zip_members, self.plan, str(self.site), chunk, self.before,
                                                self.unchanged.intersection(chunk)))

    def downloads(self) -> list[Download]:
        """The downloads, once written, with their size and SHA-256."""
        try:
            written = [self._zip()]
            if self.zim is not None:
                written.append(Path(self.zim.result()[1]))
        except (OSError, RuntimeError) as error:
            raise OfflineError(f"the offline copies could not be written: {error}") from None
        return [Download(kind, path.relative_to(self.site).as_posix(), human_size(path.stat().st_size),
                         _sha256(path), self.plan.today.isoformat())
                for kind, path in zip(("zip", "zim"), written)]

    def _zip(self) -> Path:
        """The members in the order a zip lists them (site_files' order); or
        the zip before, when every file it holds is the same as it held."""
        plan = self.plan
        target = self.site / DOWNLOADS / f"{plan.slug}-offline.zip"
        if self.before and self.taken <= self.unchanged and self._names_before() == self.taken:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(self.before, target)  # its bytes are the bytes the members would make again
            return target
        for chunk in self.deferred:
            self._submit(chunk)
        members = sorted((member for future in self.members for member in future.result()), key=lambda m: m[0])
        return write_zip(members, target, top=plan.slug, moment=dt.datetime.combine(plan.today, dt.time(0, 0)))

    def _names_before(self) -> set[str]:
        top = self.plan.slug + "/"
        return {name[len(top):] for name in Previous(Path(self.before)).infos if name.startswith(top)}


def list_downloads(page: Path, downloads: list[Download], render: Callable[[str, dict], str], t: dict,
                   root: str) -> None:
    """The downloads with size, date and SHA-256 on an /offline/ page (`root`
    leads from it to the site's root, where downloads/ is)."""
    if not page.is_file():
        return
    listing = render("partials/hub/downloads.html", {"t": t, "downloads": downloads, "root": root})
    html = between_markers(page.read_text(encoding="utf-8"), listing)
    page.unlink()  # a new file: this one may be shared with the site built before (fingerprints.py)
    page.write_text(html, encoding="utf-8")


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
