"""The library's index for one interface: what is indexed of each entry, the
digest that names its folder, and its files (search.py), made by a helper
while the pages render, or kept from a build before that had the same input."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..content.facets import facet_labels, facet_values
from ..content.hub import Hub, organisations_of
from ..content.model import Entry
from ..locale import country_name
from ..site.pages import card, hub_context
from ..cachefiles import parse_json, save_text
from ..digests import value_digest
from .analysis import stemmers_for
from .search import ANALYSER, FOLDER, FORMAT, SHARD_CHARS, build_files, write_index


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
    """What a result shows of an entry: a listing's card (the index adds
    the entry's text, for excerpts)."""
    shown = dict(card(hub, entry))
    for label in ("upcoming_label", "topics_label", "languages_label"):
        del shown[label]  # the page has them once
    shown["topics"] = [topic["label"] for topic in shown["topics"]]  # not links: every link is a result
    return shown


@dataclass
class IndexInput:
    """Everything the index is made from, as plain data."""

    documents: list[dict[str, Any]]
    records: list[dict[str, Any]]
    meta: dict[str, Any]
    digest: str  # of all of the above and of the code that indexes them
    folder: str  # library/<digest>/, named by it


def index_input(hub: Hub, memo: dict | None = None) -> IndexInput:
    """`memo` (a preview's): each entry's document and record as its build
    before made them, taken for the same entry in the same hub context."""
    meta = {
        "format": FORMAT,
        "stemmers": stemmers_for(hub.languages()),
        "facets": {name: [value for value, _, _ in values] for name, values in facet_labels(hub).items()},
        "doc_facets": [facet_values(e) for e in hub.entries],
    }
    context = hub_context(hub)
    before = memo.get("entries", {}) if memo is not None and memo.get("context") == context else {}
    made = {}
    for entry in hub.entries:
        found = before.get(id(entry))
        made[id(entry)] = found if found and found[0] is entry else (entry, document(hub, entry), record(hub, entry))
    if memo is not None:
        memo.update(context=context, entries=made)
    documents = [made[id(e)][1] for e in hub.entries]
    records = [made[id(e)][2] for e in hub.entries]
    # Pickled (digests.py), not written as JSON, for the digest: the same
    # plain data in the same order, five times as fast (half a second at 3,000 entries).
    digest = value_digest([FORMAT, ANALYSER, documents, records, meta])
    return IndexInput(documents, records, meta, digest, f"{FOLDER}/{digest[:12]}/")


def _keep(path: Path, digest: str, files: dict[str, str]) -> None:
    """The index kept for a build that finds the same input: its digest's
    line first, so that any other build reads no further."""
    save_text(path, json.dumps({"digest": digest}) + "\n" + json.dumps(files, ensure_ascii=False))


_FILE_NAME = re.compile(r"(?:meta|s[0-9]+|r/[0-9]+)\.js")


class Index:
    """One interface's library index: its files made by a helper while the
    pages render, or, with `kept` (a file), those a build before made from
    the same input, used again (and a new one kept there for the next);
    beside it, the entries' analyses (search.Analyses)."""

    def __init__(self, hub: Hub, helpers, kept: Path | None = None, exists: Callable[[str, str], bool] | None = None,
                 inputs: dict | None = None):
        """`exists(folder, digest)`: whether the site built before holds this
        very index, which the build then takes from it: nothing is made.
        `inputs` (a preview's): its entries' documents and records
        (index_input). A preview's index is begun by `start`, once the pages
        are rendered, so that the edited entry's conversion is not queued
        behind it; and it keeps no whole index in `kept` (writing 25 MB there
        at each edit would hold up its next build), only the analyses beside it."""
        self.input = index_input(hub, inputs)
        self.keep_whole = inputs is None
        self.folder = self.input.folder
        self.stemmers = sorted(set(self.input.meta["stemmers"].values()))
        self.kept, self.helpers = kept, helpers
        self.pending = self.files = None
        self.saving: threading.Thread | None = None
        self.built_before = bool(exists and exists(self.folder, self.input.digest))
        self.to_make = False
        if not self.built_before:
            self.files = self._kept_files()
            self.to_make = self.files is None
            if inputs is None:
                self.start()

    def start(self) -> None:
        """Hand the index to a helper, if it is to be made and is not yet."""
        if self.to_make and self.pending is None:
            self.pending = self.helpers.submit(build_files, *self._arguments())

    def _arguments(self) -> tuple:
        analyses = self.kept.with_name(f"{self.kept.stem}-analyses.json") if self.kept else None
        return self.input.documents, self.input.meta, self.input.records, SHARD_CHARS, analyses

    def _kept_files(self) -> dict[str, str] | None:
        """The files of the index a build before made from this very input.
        (Its digest covers every document, record and setting and the code
        that indexes them: the files are what build_files would make.)"""
        # Its first line names the input: the files (25 MB at 3,000 entries) are read only if it is this one.
        if self.kept is None:
            return None
        try:
            with self.kept.open(encoding="utf-8") as stored:
                if parse_json(stored.readline()) != {"digest": self.input.digest}:
                    return None
                files = parse_json(stored.read())
        except (OSError, ValueError):  # no file kept, or none to read
            return None
        if not isinstance(files, dict) or not all(
                isinstance(text, str) and _FILE_NAME.fullmatch(name) for name, text in files.items()):
            return None  # names are written into the site: only the index's own
        return files

    def ready(self) -> bool:
        """Whether its files are made (writing them waits for nothing)."""
        if self.files is not None:
            return True
        if self.pending is not None:
            return self.pending.done()
        return not self.to_make  # taken from the site before (or, lost there, made here)

    def write(self, site: Path) -> Path:
        """The index's files, once the helper has made them."""
        self.start()
        if self.files is None:  # made by its helper (or here, where the site before had it but lost it)
            self.files = self.pending.result() if self.pending else build_files(*self._arguments())
            if self.kept and self.keep_whole:
                # Kept while the build writes these files and waits for its offline copies.
                self.saving = threading.Thread(target=_keep, name="cphub-keep-index",
                                               args=(self.kept, self.input.digest, self.files))
                self.saving.start()
        write_index(site / self.folder, self.files)
        return site / self.folder

    def settle(self) -> None:
        """Once the index kept for the next build is written."""
        if self.saving is not None:
            self.saving.join()
            self.saving = None
