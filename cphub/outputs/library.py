"""The library's index for one build: what is indexed of each entry, the
digest that names its folder, and the second process that makes its files
(search.py) while MkDocs renders the pages, or the files a build before made
from the same input."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from ..content.facets import facet_labels, facet_values
from ..content.hub import Hub, organisations_of
from ..content.model import Entry
from ..locale import country_name
from ..site.pages import card
from ..site.render_cache import load_json, save_json
from ..workers import NO_HELPERS, exit_with_build, name_process
from .analysis import stemmers_for
from .search import CODE, FOLDER, FORMAT, build_files, write_files, write_records


def document(hub: Hub, entry: Entry) -> dict[str, Any]:
    """What is indexed of an entry: each field as (text, language) parts.
    Topic and country names are in the interface language; the rest in the
    entry's."""
    interface, own = hub.settings.language, entry.language
    names = [(hub.topics[t].label, interface) for t in entry.topics]
    names += [(hub.organisations[o].name, interface) for o in organisations_of(entry)]
    names += [(country_name(c, interface), interface) for c in entry.countries]
    names += [(author, own) for author in entry.authors]
    if entry.type == "webinar":
        names += [(" ".join(filter(None, (s["name"], s.get("role")))), own) for s in entry.speakers]
    if entry.type == "brief":
        names += [(a["title"], own) for a in entry.attachments]
    return {
        "title": [(entry.title, own)],
        "summary": [(entry.summary, own)],
        "names": names,
        "body": [(entry.body, own)],  # Markdown: made plain in the indexing process
    }


def record(hub: Hub, entry: Entry) -> dict[str, Any]:
    """What a result shows of an entry (the same as a listing's card)."""
    shown = dict(card(hub, entry))
    for label in ("upcoming_label", "topics_label", "languages_label"):
        del shown[label]  # the page has them once
    return shown


@dataclass
class IndexInput:
    """Everything the index is made from, as plain data."""

    documents: list[dict[str, Any]]
    records: list[dict[str, Any]]
    meta: dict[str, Any]
    digest: str  # of all of the above and of the code that indexes them
    folder: str  # library/<digest>/, named by it


def index_input(hub: Hub) -> IndexInput:
    meta = {
        "format": FORMAT,
        "stemmers": stemmers_for(hub.languages()),
        "facets": {name: [value for value, _, _ in values] for name, values in facet_labels(hub).items()},
        "doc_facets": [facet_values(e) for e in hub.entries],
    }
    documents = [document(hub, e) for e in hub.entries]
    records = [record(hub, e) for e in hub.entries]
    digest = hashlib.sha256(json.dumps([FORMAT, version("snowballstemmer"), CODE, documents, records, meta],
                                       ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return IndexInput(documents, records, meta, digest.hexdigest(), f"{FOLDER}/{digest.hexdigest()[:12]}/")


def _start_index_process(build: int) -> None:
    name_process("cphub-index")
    exit_with_build(build)


_FILE_NAME = re.compile(r"(?:meta|s[0-9]+)\.js")


class PendingIndex:
    """The index being built in a second process while MkDocs renders pages
    in this one: on two cores it costs almost nothing in wall time. With
    `kept` (a file), an index made by a build before from the same input is
    used again, and a new one is kept there for the next."""

    def __init__(self, hub: Hub, kept: Path | None = None):
        self.input = index_input(hub)
        self.folder = self.input.folder
        self.kept = kept
        self.pool, self.pending = None, None
        self.files = self._kept_files()
        if self.files is not None:
            return
        try:
            # From the forkserver, not forked from this process: a fork would
            # start with this process's whole memory, and copy the pages
            # this process goes on writing to (a quarter of a gigabyte at
            # 3,000 entries); the documents go over a pipe instead.
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("forkserver"),
                                            initializer=_start_index_process, initargs=(os.getpid(),))
            self.pending = self.pool.submit(build_files, self.input.documents, self.input.meta)
        except NO_HELPERS:  # no second process here: index in this one
            self.pool, self.pending = None, None

    def _kept_files(self) -> dict[str, str] | None:
        """The files of the index a build before made from this very input.
        (Its digest covers every document, record and setting and the code
        that indexes them: the files are what build_files would make.)"""
        stored = load_json(self.kept) if self.kept else None
        if not isinstance(stored, dict) or stored.get("digest") != self.input.digest:
            return None
        files = stored.get("files")
        if not isinstance(files, dict) or not all(
                isinstance(text, str) and _FILE_NAME.fullmatch(name) for name, text in files.items()):
            return None  # names are written into the site: only the index's own
        return files

    def write_records(self, site: Path) -> None:
        """The records, known from the start (the build writes them while it
        waits for its Markdown workers)."""
        write_records(site / self.folder, self.input.records)

    def write(self, site: Path) -> Path:
        """The index's other files, once the second process has made them."""
        if self.files is None:
            try:
                self.files = self.pending.result() if self.pending else build_files(self.input.documents,
                                                                                     self.input.meta)
            finally:
                self.cancel()
            if self.kept:
                save_json(self.kept, {"digest": self.input.digest, "files": self.files})
        write_files(site / self.folder, self.files)
        return site / self.folder

    def cancel(self) -> None:
        if self.pool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
