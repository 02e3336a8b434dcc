"""The library's search index, built once at build time with lunr.py.

The browser loads it with a plain `<script>` (so it works from `file://`),
as `window.cphubLibrary = {index, docs, facets}`: the serialised lunr index,
the data shown for each hit, and the facet labels. Only the library page
loads it.
"""

from __future__ import annotations

import html
import json
import os
import re
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

import snowballstemmer
from lunr import lunr
from lunr.builder import Builder
from lunr.stop_word_filter import WORDS as STOP_WORDS

from .hub import Hub, organisations_of
from .locale import country_name, language_name
from .model import Entry
from .strings import strings
from .workers import exit_with_parent

INDEX_FILE = "library/search-index.js"
# How much of an entry's text is indexed. Titles, summaries and metadata are
# always indexed in full; the body is cut here to keep the index within its
# budget (2.5 MB gzipped with the page at 3,000 entries: benchmarks/).
BODY_WORDS = 120
# Every field costs bytes for every token it holds, so there are four.
FIELDS = [
    {"field_name": "title", "boost": 10},
    {"field_name": "summary", "boost": 4},
    {"field_name": "keywords", "boost": 3},  # topics, organisations, countries, authors, speakers
    {"field_name": "body"},
]
FACETS = ["type", "topic", "country", "language", "organisation", "year"]


_MARKUP = [
    (re.compile(r"<[^>]+>"), " "),  # raw HTML
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"^\s{0,3}(?:#{1,6}|[-*+]|\d+[.)]|>|!!!|\|)", re.M), " "),  # block markers
    (re.compile(r"[*_`|~]+"), " "),  # emphasis, code, tables
]


def body_words(markdown: str, limit: int = BODY_WORDS) -> list[str]:
    """The first words of an entry's text, its Markdown markup left out."""
    text = markdown[: limit * 12]  # enough characters for `limit` words
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    words = [w for w in html.unescape(text).split() if any(ch.isalnum() for ch in w)]
    return words[:limit]


def document(hub: Hub, ref: str, entry: Entry) -> dict[str, str]:
    """What is indexed of an entry, as text, with the languages to analyse it in."""
    terms = [hub.topics[t].label for t in entry.topics]
    terms += [hub.organisations[o].name for o in organisations_of(entry)]
    terms += [country_name(c, hub.settings.language) for c in entry.countries]
    people = list(entry.authors)
    if entry.type == "webinar":
        people += [s["name"] for s in entry.speakers]
    return {
        "id": ref,
        "language": entry.language,
        "interface": hub.settings.language,  # the language topic and country names are in
        "title": entry.title,
        "summary": entry.summary,
        "terms": " ".join(terms),
        "people": " ".join(people),
        "body": " ".join(body_words(entry.body)),
    }


def analysed(doc: dict[str, str]) -> dict[str, str]:
    """A document's fields as the index holds them: stems of their words."""
    language = doc["language"]
    return {
        "id": doc["id"],
        "title": analyse(doc["title"], language),
        "summary": analyse(doc["summary"], language),
        "keywords": analyse(doc["terms"], doc["interface"]) + " " + analyse(doc["people"], language),
        "body": analyse(doc["body"], language),
    }


def facet_values(entry: Entry) -> dict[str, list[str]]:
    return {
        "type": [entry.type],
        "topic": list(entry.topics),
        "country": list(entry.countries),
        "language": list(entry.languages),
        "organisation": organisations_of(entry),
        "year": [str(entry.date.year)],
    }


def facet_labels(hub: Hub) -> dict[str, list[list[str]]]:
    """Every facet value in use as [value, label, count], in display order:
    labels alphabetically, years newest first."""
    language = hub.settings.language
    t = strings(language)
    used: dict[str, set[str]] = {name: set() for name in FACETS}
    for entry in hub.entries:
        for name, values in facet_values(entry).items():
            used[name].update(values)
    labels = {
        "type": {v: t[v + "s"] for v in used["type"]},
        "topic": {v: hub.topics[v].label for v in used["topic"]},
        "country": {v: country_name(v, language) for v in used["country"]},
        "language": {v: language_name(v, language) for v in used["language"]},
        "organisation": {v: hub.organisations[v].name for v in used["organisation"]},
        "year": {v: v for v in used["year"]},
    }
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    for entry in hub.entries:
        for name, values in facet_values(entry).items():
            for value in values:
                counts[name][value] = counts[name].get(value, 0) + 1
    ordered = {}
    for name, values in labels.items():
        if name == "year":
            items = sorted(values.items(), reverse=True)
        else:
            items = sorted(values.items(), key=lambda item: (item[1].casefold(), item[0]))
        ordered[name] = [[value, label, counts[name][value]] for value, label in items]
    return ordered


# ------------------------------------------------------------- analysis
#
# Each entry is indexed with the stemmer of its own language, and a query is
# stemmed in every language the hub uses (the reader's is not known), so
# "enfant vulnérable" finds "enfants vulnérables" and an Arabic word meets
# its inflected forms. The browser does the same with snowball-stemmers
# (templates/assets/javascripts/library.js): the same Snowball algorithms as
# snowballstemmer here, checked word for word by a test. lunr's own trimmer
# is ASCII-only (it would strip Arabic words away); this one keeps letters,
# marks and digits of every script.

# ISO 639-1 → the Snowball algorithm both implementations have.
STEMMERS = {"ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "en": "english",
            "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french", "ga": "irish", "hu": "hungarian",
            "hy": "armenian", "it": "italian", "nl": "dutch", "no": "norwegian", "pt": "portuguese",
            "ro": "romanian", "ru": "russian", "sl": "slovene", "sv": "swedish", "ta": "tamil", "tr": "turkish"}
_SEPARATOR = re.compile(r"[\s\-]+")  # lunr's tokenizer splits here


def _is_word_character(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def _trim(word: str) -> str:
    start, end = 0, len(word)
    while start < end and not _is_word_character(word[start]):
        start += 1
    while end > start and not _is_word_character(word[end - 1]):
        end -= 1
    return word[start:end]


def words(text: str) -> list[str]:
    """Lower-cased, trimmed words, stop words left out: as library.js does."""
    found = (_trim(w) for w in _SEPARATOR.split(text.lower()))
    return [w for w in found if w and w not in STOP_WORDS]


@lru_cache(maxsize=None)
def _stemmer(language: str):
    algorithm = STEMMERS.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


@lru_cache(maxsize=300_000)
def stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def analyse(text: str, language: str) -> str:
    """A field's text as the index holds it: the stems of its words."""
    return " ".join(stem(w, language) for w in words(text))


def query_forms(text: str, languages: list[str]) -> list[list[str]]:
    """For each word of a query, the forms to look for: the word and its stem
    in each of the hub's languages."""
    return [sorted({w} | {stem(w, code) for code in languages}) for w in words(text)]


def search(index, text: str, languages: list[str]) -> list[dict]:
    """The library's search, in Python: the same clauses library.js builds."""
    from lunr.query import Query

    forms = query_forms(text, languages)
    if not forms:
        return []
    query = index.create_query()
    for word_forms in forms:
        for form in word_forms:
            query.term(form, use_pipeline=False)
    query.term(words(text)[-1], use_pipeline=False, wildcard=Query.WILDCARD_TRAILING, boost=0.5)
    return index.query(query)


def builder() -> Builder:
    """A lunr builder with an empty pipeline: the text comes analysed."""
    return Builder()


def lunr_index(documents: list[dict[str, str]]) -> dict[str, Any]:
    """Analyse and index the documents (in the second process, as a rule).
    A document's ref is its position in the hub's newest-first order: short,
    and sorting refs sorts by date."""
    index = lunr(ref="id", fields=FIELDS, documents=[analysed(d) for d in documents], builder=builder()).serialize()
    index["fieldVectors"] = [[ref, [round(x, 3) for x in vector]] for ref, vector in index["fieldVectors"]]
    return index


def display_data(hub: Hub) -> dict[str, Any]:
    t = strings(hub.settings.language)
    docs = [
        {
            "title": e.title,
            "url": e.page_url,
            "type": e.type,
            "type_label": t[e.type],
            "date": e.date.isoformat(),
            "summary": e.summary,
            "lang": e.language,
            "facets": facet_values(e),
        }
        for e in hub.entries
    ]
    languages = sorted({e.language for e in hub.entries} | {hub.settings.language})
    return {"docs": docs, "facets": facet_labels(hub),
            "stemmers": {code: STEMMERS[code] for code in languages if code in STEMMERS}}


def script(data: dict[str, Any]) -> str:
    """The index as JavaScript; `<` is escaped so no text can end a script."""
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    payload = payload.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.cphubLibrary={payload};\n"


class PendingIndex:
    """The index being built in a second process, while MkDocs renders pages
    in this one. lunr.py is pure Python and MkDocs uses one core: on a
    two-core machine the index then costs almost nothing in wall time."""

    def __init__(self, hub: Hub):
        self.documents = [document(hub, str(i), e) for i, e in enumerate(hub.entries)]
        self.display = display_data(hub)
        try:
            self.pool = ProcessPoolExecutor(max_workers=1, initializer=exit_with_parent, initargs=(os.getpid(),))
            self.pending = self.pool.submit(lunr_index, self.documents)
        except (OSError, RuntimeError):  # no second process here: index in this one
            self.pool, self.pending = None, None

    def write(self, site: Path) -> Path:
        try:
            index = self.pending.result() if self.pending else lunr_index(self.documents)
        finally:
            self.cancel()
        path = site / INDEX_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(script({"index": index, **self.display}), encoding="utf-8")
        return path

    def cancel(self) -> None:
        if self.pool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
