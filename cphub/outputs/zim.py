"""The ZIM file for Kiwix, written with python-libzim (GPL-3.0, optional).

Every page and asset of the offline copy, the full-text index, the home page
as main entry, and the metadata Kiwix requires.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import os
import re
import struct
import sys
import zlib
from pathlib import Path

from ..content.slugs import slugify
from ..site.markers import TEXT_END, TEXT_START

try:
    from libzim.writer import Creator, Hint, IndexData, Item, StringProvider
except ImportError:  # the `zim` extra is not installed
    Creator = IndexData = None

# ISO 639-1 → ISO 639-3, for the languages a hub is likely to be written in.
ISO_639_3 = {"en": "eng", "fr": "fra", "es": "spa", "pt": "por", "ar": "ara", "sw": "swa", "de": "deu",
             "it": "ita", "nl": "nld", "ru": "rus", "zh": "zho", "hi": "hin", "bn": "ben", "am": "amh",
             "so": "som", "ha": "hau", "yo": "yor", "rw": "kin", "uk": "ukr", "tr": "tur", "fa": "fas"}
MIMETYPES = {".html": "text/html", ".css": "text/css", ".js": "application/javascript", ".json": "application/json",
             ".xml": "application/xml", ".xsl": "application/xslt+xml", ".svg": "image/svg+xml",
             ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
             ".webp": "image/webp", ".ico": "image/x-icon", ".pdf": "application/pdf", ".txt": "text/plain",
             ".ics": "text/calendar", ".woff2": "font/woff2", ".gz": "application/gzip"}
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
# Listing and term pages carry no text of their own (no marked text): only
# their titles are indexed, so that Kiwix's search finds entries, not every
# list that shows their cards.
_TAG = re.compile(r"<[^>]*>")


def available() -> bool:
    return Creator is not None


def page_title(page: str, site_name: str) -> str:
    """The page's <title> without the hub's name after it."""
    found = _TITLE.search(page)
    title = html.unescape(found.group(1)).strip() if found else ""
    suffix = f" - {site_name}"
    return title[: -len(suffix)] if site_name and title.endswith(suffix) else title


def page_text(page: str) -> str:
    """The marked text of a page, as words; "" when nothing is marked."""
    start = page.find(TEXT_START)
    end = page.find(TEXT_END, start)
    if start < 0 or end < 0:
        return ""
    return " ".join(html.unescape(_TAG.sub(" ", page[start + len(TEXT_START):end])).split())


def _item(path: str, data: bytes, site_name: str):
    mimetype = MIMETYPES.get(Path(path).suffix.lower(), "application/octet-stream")
    title, text = "", ""
    if mimetype == "text/html":
        page = data.decode("utf-8", "replace")
        title, text = page_title(page, site_name) or path, page_text(page)

    class _Text(IndexData):
        def has_indexdata(self):
            return bool(text)

        def get_title(self):
            return title

        def get_content(self):
            return text

        def get_keywords(self):
            return ""

        def get_wordcount(self):
            return text.count(" ") + 1

        def get_geoposition(self):
            return None

    class _Entry(Item):
        def get_path(self):
            return path

        def get_title(self):
            return title

        def get_mimetype(self):
            return mimetype

        def get_contentprovider(self):
            return StringProvider(data)

        def get_indexdata(self):
            # libzim would otherwise index every word of every page,
            # navigation and related cards included.
            return _Text()

        def get_hints(self):
            # Pages are articles: in the title index, and what Kiwix offers
            # at random; assets are not.
            return {Hint.FRONT_ARTICLE: mimetype == "text/html",
                    Hint.COMPRESS: not mimetype.startswith("image/") or mimetype == "image/svg+xml"}

    return _Entry()


def illustration(size: int = 48) -> bytes:
    """A 48×48 PNG: the hub's colour with a white disc, made without Pillow."""
    rows = []
    centre, radius = (size - 1) / 2, size * 0.3
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            inside = (x - centre) ** 2 + (y - centre) ** 2 <= radius ** 2
            row += bytes((255, 255, 255) if inside else (63, 81, 181))
        rows.append(bytes(row))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + chunk(b"IEND", b""))


def compression_threads() -> int:
    """libzim's compression threads: one per core, four at most (its
    default). Each compresses with its own zstd level-19 context, of about
    a hundred megabytes: threads beyond the cores add memory, not speed."""
    return max(1, min(4, os.cpu_count() or 1))


class ZimWriter:
    """Add files as they come; libzim compresses them in its own threads.

    The build hands over each page as soon as MkDocs has rendered it, so the
    compression (most of a ZIM's cost) runs on the second core meanwhile.
    """

    def __init__(self, target: Path, partial: Path, language: str, site_name: str):
        self.target, self.partial = target, partial
        self.site_name = site_name
        self.language = ISO_639_3.get(language, "eng")
        self.added: set[str] = set()
        partial.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        self.creator = (Creator(str(self.partial)).config_indexing(True, self.language).config_verbose(False)
                        .config_nbworkers(compression_threads()))
        self.creator.__enter__()
        self.creator.set_mainpath("index.html")

    def add(self, path: str, data: bytes) -> None:
        if path not in self.added:
            self.added.add(path)
            self.creator.add_item(_item(path, data, self.site_name))

    def finish(self, *, title: str, description: str, language: str, creator: str, day: dt.date) -> Path:
        metadata = {
            "Name": f"{slugify(title) or 'hub'}_{language}_all",
            "Title": _shorten(title, 30),
            "Description": _shorten(description or title, 80),
            "Language": self.language,
            "Creator": creator,
            "Publisher": creator,
            "Date": day.isoformat(),
            "Tags": "child-protection;_category:other",
        }
        for name, value in metadata.items():
            self.creator.add_metadata(name, value)
        self.creator.add_illustration(48, illustration())
        with _quiet_stdout():
            self.creator.__exit__(None, None, None)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.partial.replace(self.target)
        return self.target

    def abandon(self) -> None:
        """After a failed build: end libzim's threads, keep nothing."""
        try:
            with _quiet_stdout():
                self.creator.__exit__(RuntimeError, RuntimeError("build failed"), None)
        except Exception:  # noqa: BLE001 - the build has already failed; this only tidies up
            pass
        self.partial.unlink(missing_ok=True)


@contextlib.contextmanager
def _quiet_stdout():
    """libzim prints its progress on standard output, even when asked not
    to be verbose: keep it off the build's output."""
    sys.stdout.flush()
    saved = os.dup(1)
    with open(os.devnull, "wb") as devnull:
        os.dup2(devnull.fileno(), 1)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut between words, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:.-") + "…"
