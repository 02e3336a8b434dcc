"""What each page is made from, as a digest, so that a build takes a page
from the build before when nothing it is made from has changed.

A page's HTML is a function of its own data (its template, title, view:
the cards, terms and dates it shows), of its Markdown's conversion, and of
what every page of its interface shares (the theme's templates and
settings, the navigation, the hub's strings and footer, the build's date).
The digest covers all of these: change any, and the pages it touches are
rendered again; change nothing, and the file the last build wrote is linked
into the new site as it is. An entry whose Markdown links to other files
(its HTML depends on them) is rendered every time. A record of each page's
digest, size and modification time is kept beside the render cache; a
file whose size or time no longer match what was recorded (someone edited
the built site) is rendered again.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
import os
import shutil
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .. import __version__
from ..cachefiles import load_json, save_json
from ..digests import value_digest
from . import render_cache
from .pages import Page
from .theme import MATERIAL_FIXES, TEMPLATES

FILE = "pages.json"
FORMAT = 1
# MkDocs' settings a page's templates may read (the rest says where files
# are, which plugins run, where the dev server listens: no page shows them).
READ_SETTINGS = ("site_name", "site_url", "site_description", "site_author", "copyright", "repo_url", "repo_name",
                 "edit_uri", "edit_uri_template", "extra", "use_directory_urls", "extra_css", "extra_javascript",
                 "google_analytics")
TEMPLATE_SUFFIXES = (".html", ".xml", ".txt", ".md")
# The libraries that write the site's files, by version (Markdown's are in
# the render cache's digest): an upgrade makes every file again.
LIBRARIES = ("jinja2", "babel", "feedgen", "icalendar", "tzdata", "css-inline", "inscriptis", "lxml")


def _versions() -> dict[str, str]:
    found = {}
    for name in LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return found


def _digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def interface_digest(config, shared: dict[str, Any], today) -> str:
    """What every page of one interface shares: the engine, the theme's
    templates (the engine's, the hub's overrides; Material's by version),
    MkDocs' settings, the Markdown settings, the navigation, the hub's
    shared context (its strings, footer, feeds, interfaces) and the date."""
    settings = {key: config.get(key) for key in READ_SETTINGS}
    theme = dict(config.theme.items())
    return _digest({
        "format": FORMAT,
        "engine": (__version__, _engine_code()),
        "material_fixes": MATERIAL_FIXES,
        "libraries": _versions(),
        "templates": _templates_digest([Path(d) for d in config.theme.dirs if _own(Path(d))]),
        "markdown": render_cache.context_digest(config.markdown_extensions, config.mdx_configs),
        "settings": settings,
        "theme": theme,
        "nav": config.nav,
        "shared": shared,
        "today": today,
    })


@lru_cache(maxsize=1)
def _engine_code() -> str:
    """The engine's own code: an edited checkout (an editable install, the
    engine's own development) makes its pages again without a new version."""
    package = Path(__file__).resolve().parent.parent
    sha = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        sha.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


def _own(folder: Path) -> bool:
    """The engine's templates and a hub's overrides (Material's and MkDocs'
    own templates are known by their versions, in the Markdown digest)."""
    return folder == TEMPLATES or "site-packages" not in folder.parts


def _templates_digest(folders: list[Path]) -> str:
    sha = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix in TEMPLATE_SUFFIXES and path.is_file():
                sha.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


@dataclass
class Output:
    """Files a writer makes: their names (relative to the interface's site),
    what they are made from (plain data), and how to make them."""
    names: list[str]
    source: Any
    make: Callable[[], dict[str, bytes]]


def output_digest(base: str, source: Any) -> str:
    """What a writer's files are made from, with `base` (the interface's digest)."""
    return value_digest((base, source))


def page_digest(base: str, spec: Page, markdown_key: str | None) -> str:
    """What one page is made from, with `base` (its interface's digest).
    Pickled (digests.py), not written as JSON: a page's data is plain
    (strings, numbers, lists, dicts in the order they were made), and pickle
    writes it five times as fast: a second of a large hub's rebuild."""
    if spec.digested[:2] == (base, markdown_key):  # a page a preview's build before made (pages.py: Kept)
        return spec.digested[2]
    data = (base, spec.src_uri, spec.url, spec.title, spec.template, spec.description, spec.view, spec.feeds,
            spec.alternates, spec.sharing, markdown_key)
    digest = value_digest(data)
    spec.digested = (base, markdown_key, digest)
    return digest


@dataclass
class Record:
    """Each page a build wrote: site-relative path → (digest, size, mtime in
    ns); and what its offline copy was made with (outputs/offline.py)."""
    site: Path
    pages: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    offline: str = ""
    reused: set[str] = field(default_factory=set)  # pages taken from the build before

    def reuse(self, rel: str, digest: str, target: Path) -> bool:
        """Put the page this record's site holds at `rel` in `target`, if it
        was made from the same as `digest` and is still as written."""
        if not self._unchanged(rel, digest):
            return False
        source = self.site / rel
        if source == target:  # a site updated in place (a preview's): it is there
            return True
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)  # the same file, shared: the old site goes once the new one is in place
        except OSError:
            shutil.copy2(source, target)
        return True

    def reuse_all(self, rels: list[str], digest: str, targets: list[Path]) -> bool:
        """`reuse` for files made together (a feed's three formats): all, or none."""
        if not all(self._unchanged(rel, digest) for rel in rels):
            return False
        return all(self.reuse(rel, digest, target) for rel, target in zip(rels, targets))

    def _unchanged(self, rel: str, digest: str) -> bool:
        kept = self.pages.get(rel)
        if kept is None or kept[0] != digest:
            return False
        try:
            stat = (self.site / rel).stat()
        except OSError:
            return False
        return (stat.st_size, stat.st_mtime_ns) == (kept[1], kept[2])

    def holds(self, folder: str, digest: str) -> bool:
        """Whether the site holds files under `folder` made from `digest`."""
        return any(rel.startswith(folder) and kept[0] == digest for rel, kept in self.pages.items())

    def reuse_folder(self, folder: str, digest: str, target: Path) -> list[str] | None:
        """Every file under `folder` made from `digest`, put under `target`
        (a folder named by the digest of what it holds); None if any is missing."""
        rels = [rel for rel, kept in self.pages.items() if rel.startswith(folder) and kept[0] == digest]
        targets = [target / rel[len(folder):] for rel in rels]
        return rels if rels and self.reuse_all(rels, digest, targets) else None

    def remove_gone(self, record: Record) -> None:
        """In a site updated in place: remove the files this record holds
        that the build after it (`record`) did not make."""
        for rel in self.pages.keys() - record.pages.keys():
            (self.site / rel).unlink(missing_ok=True)

    def note(self, rel: str, digest: str, path: Path) -> None:
        stat = path.stat()
        self.pages[rel] = (digest, stat.st_size, stat.st_mtime_ns)


def load(cache_folder: Path, site: Path) -> Record | None:
    """The record of the build that made `site`, if it is still there."""
    stored = load_json(cache_folder / FILE)
    if not isinstance(stored, dict) or stored.get("format") != FORMAT or stored.get("site") != str(site):
        return None
    pages = stored.get("pages")
    if not isinstance(pages, dict) or not site.is_dir():
        return None
    try:
        return Record(site, {str(rel): (str(d), int(size), int(mtime)) for rel, (d, size, mtime) in pages.items()},
                      str(stored.get("offline", "")))
    except (TypeError, ValueError):
        return None


def save(cache_folder: Path, site: Path, record: Record) -> None:
    """Kept for the next build of `site` (the command line swaps the new
    site into that place)."""
    save_json(cache_folder / FILE, {"format": FORMAT, "site": str(site), "pages": record.pages,
                                                 "offline": record.offline})
