"""Rendered Markdown kept between builds, by content hash.

Converting Markdown is most of a build's time before any page is rendered:
`serve` after an edit, and the daily rebuild of an unchanged hub, convert
the same text again. The cache keeps each page's HTML (already sanitised),
table of contents and anchors under a hash of its Markdown, and of
everything else that shapes the HTML (the Markdown extensions, their
settings, the versions of the libraries that run them, the sanitiser's rules). It is plain JSON, never code (a cache restored
in CI must not be able to run anything).

Only pages whose HTML depends on nothing but their own text are kept: a page
with a relative link or image (resolved against the site's other files) or
whose rendering warned (a warning must come again on every build, so that
`--strict` fails every time) is converted on every build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, get_toc

from .. import __version__
from ..cachefiles import FOLDER, load_json, save_json
from . import sanitize
from .attributes import value_start

FILE = "markdown.json"
# Bumped when what is stored changes shape.
FORMAT = 4
# The sanitiser's rules shape every page's HTML: a change to them is a new context.
_SANITIZER = hashlib.sha256(Path(sanitize.__file__).read_bytes()).hexdigest()
# Any URL in the HTML that is not absolute, protocol-relative or a fragment
# was resolved against the site's files.
_RELATIVE_URL = re.compile(value_start("href", "src") + "(?![a-zA-Z][a-zA-Z0-9+.-]*:|//|#)")


def _versions() -> dict[str, str]:
    found = {}
    for name in ("markdown", "mkdocs", "pymdown-extensions", "mkdocs-material", "nh3"):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return found


def context_digest(extensions: list, settings: dict) -> str:
    """What shapes every page's HTML besides its own Markdown."""
    described = json.dumps({"format": FORMAT, "cphub": __version__, "versions": _versions(), "sanitizer": _SANITIZER,
                            "extensions": [_name(e) for e in extensions], "settings": settings},
                           sort_keys=True, default=_name)
    return hashlib.sha256(described.encode("utf-8")).hexdigest()


def _name(value) -> str:
    """A setting that is not plain data (a function, an extension object), by
    its name: its repr holds a memory address, which changes every run."""
    if isinstance(value, str):
        return value
    kind = value if callable(value) and hasattr(value, "__qualname__") else type(value)
    return f"{kind.__module__}.{kind.__qualname__}"


def _toc_tokens(anchors: list[AnchorLink]) -> list[dict]:
    return [{"level": a.level, "id": a.id, "name": a.title, "children": _toc_tokens(a.children)} for a in anchors]


class _Warnings(logging.Handler):
    """Counts what MkDocs warns about while one page is converted."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


def render(page: Page, config, files) -> dict | None:
    """MkDocs' own conversion of `page`, made safe (contributors' Markdown
    may carry raw HTML), and what may be kept of it: None when its HTML
    depends on more than its own text (it warned, or links to another file)."""
    warnings = _Warnings()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(warnings)
    try:
        Page.render(page, config, files)
    finally:
        logger.removeHandler(warnings)
    page.content = sanitize.sanitize(page.content or "")
    if warnings.count or links_to_other_files(page.content):
        return None
    # No title: the hub gives every page its own (site/render.py).
    return {"content": page.content, "toc": _toc_tokens(list(page.toc)), "anchors": sorted(page.present_anchor_ids or ())}


def links_to_other_files(html: str) -> bool:
    """Whether a link or image in `html` was resolved against the site's files."""
    return _RELATIVE_URL.search(html) is not None


def apply(page: Page, record: dict) -> None:
    """Give `page` a conversion kept by `render`, as if MkDocs had just made it."""
    page.content = record["content"]
    page.toc = get_toc(record["toc"])
    page.present_anchor_ids = set(record["anchors"])
    page.links_to_anchors = {}  # a kept page has no link to another file


@lru_cache(maxsize=1 << 14)
def key(markdown: str) -> str:
    """A kept conversion depends on the Markdown alone: one that depends on
    the page's place (a relative link) is never kept."""
    return hashlib.sha256(markdown.encode("utf-8")).hexdigest()


class RenderCache:
    """Conversions by key, read from the last build and saved for the next.
    With `keep` off, it reads and saves nothing."""

    def __init__(self, root: Path, context: str, keep: bool = True):
        self.path = root / FOLDER / FILE
        self.context = context
        self.keep = keep
        self.used: dict[str, dict] = {}
        self.stored: dict[str, dict] = {}
        self.added = False  # a conversion made since the file was read
        self.hits = 0
        if keep:
            stored = load_json(self.path)
            try:
                self.stored = dict(stored["pages"]) if stored.get("context") == context else {}
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # no cache, or one this build cannot trust: convert everything
        self.on_disk = set(self.stored)

    def __contains__(self, key: str) -> bool:
        return key in self.used or key in self.stored

    def get(self, key: str) -> dict | None:
        """What this build or the last one converted: a build's hundreds of
        listing pages share one empty body, converted once."""
        record = self.used.get(key) or self.stored.get(key)
        if record is not None:
            self.hits += 1
            self.used[key] = record
        return record

    def put(self, key: str, record: dict) -> None:
        if key not in self.stored:
            self.added = True
        self.used[key] = record

    def carry(self) -> None:
        """What this build used becomes what the next build in this process
        reads (`serve`): what it no longer uses is dropped."""
        self.stored, self.used = self.used, {}

    def save(self) -> None:
        """Keep what the last build used (and so drop what it no longer
        needs); nothing to write when that is what the file holds."""
        current = self.used or self.stored
        if self.keep and (self.added or current.keys() != self.on_disk):
            save_json(self.path, {"context": self.context, "pages": current})
            self.on_disk, self.added = set(current), False
