"""The library's index: every word of every entry, cut into small files
that a page loads with `<script>` elements as a search needs them.

One whole index cannot be both complete and light (every word of 10,000
entries is megabytes). This is Pagefind's design — an inverted index split
by term into shards, plus a small record per result, fetched as needed —
delivered as JavaScript files, so that it works where `fetch()` does not
(`file://`, the unzipped archive) and inside a ZIM in Kiwix, and analysed
per entry language (cphub/outputs/analysis.py) where Pagefind has one per page.

## Files, in `library/<digest>/`

The folder is named by a digest of everything indexed and of the code that
indexes it (this module and analysis.py), so a browser never mixes files of
two builds. Each file is a script calling a function of
`window.cphubLibrary`, which the reader (search.js) defines before loading:

- `meta.js` → `cphubLibrary.meta({...})`, loaded by the first search:
  `n` entries; `stemmers` (language → Snowball algorithm, for the query);
  `shards`, the first term of each shard in sorted order; `facets`, the
  values of each facet in order; `docs`, each entry's facet values and
  title length, coded as below.
- `s<i>.js` → `cphubLibrary.shard(i, "term postings term postings …")`:
  the terms from `shards[i]` up to the next shard's first term, each with
  its postings. A term is never split; a shard closes past SHARD_CHARS.
- `r/<n>.js` → `cphubLibrary.record(n, {...})`: what a result shows of
  entry n (title, address, type, date, summary, language, topics), and
  `text`, its body as a reader reads it (readable_text), for excerpts.

Entries are numbered 0… in the hub's newest-first order: small numbers,
small gaps, and sorting by number sorts by date.

## Postings

For each entry holding the term, in entry order: the gap from the previous
entry (the first counts from -1), then one character for its weight. Numbers
are written in base 32 with the 64 characters of ALPHABET, high digits
first: a digit d is ALPHABET[32 + d] when more digits follow, ALPHABET[d]
for the last one. The weight character is ALPHABET[level + 32 × in_title].

## Scoring: BM25F, its entry-dependent part computed here

For term t in entry d, over the fields title, summary, names and body
(WEIGHTS), with field lengths normalised by their averages (B):

    tf'   = Σ_f WEIGHTS[f] · tf(t, f) / (1 − B + B · len(f) / avglen(f))
    level = round(LEVELS · tf' / (K1 + tf'))           (1 … LEVELS)

The reader takes a query's first 12 distinct words and adds, for each
word, idf(t) · level / LEVELS with
idf = ln(1 + (n − df + 0.5) / (df + 0.5)), df being the term's number of
postings; a word matched only as a prefix counts half. Every query word must
match (when no entry has them all, entries with some are given, and the page
says so). An entry whose
title is the query — every word in the title, and as many words — comes
first: `docs` holds each title's number of distinct terms for that.

## Excerpts: the text kept in each result's record

A result shows the passage of its entry that holds the query's words,
marked (search.js: excerpt). The reader finds it in the record's `text`,
analysing its words as this module does (the same splitting, stemming in
the entry's language and folding, which tests/test_languages.py checks word
for word), so the shards carry no positions: they stay as small for every
query, and only the ten records shown carry text. Positions in the
postings (Pagefind's way) would grow every shard a query loads, the
common terms' most, and the text would still have to come from somewhere;
text grouped per shard would load the text of entries not shown. At
1,000 to 10,000 generated entries (benchmarks/library-results.md) a record
weighs 3.4 KB gzipped on average, against 0.4 KB without its text: ten
results' text adds 30 KB to a search, most of a further query's 45–53 KB,
which SHARD_CHARS, halved for it, keeps under 60 KB; a first search stays
near half of Pagefind's bytes. A record's text stops at MAX_TEXT characters.

## `docs`: facets and title lengths

One string per entry, joined by spaces: its title's number of terms as one
character, then for each facet of FACETS, its values' positions in that
facet's list, each as one character (two when the facet has more than 64
values, three past 4,096), the facets separated by ",".
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from array import array
from collections import Counter
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, NamedTuple

from ..cachefiles import append_text, parse_json, save_text
from ..digests import value_digest
from ..content.facets import FACETS
from .analysis import term_counts

FORMAT = 3  # the shape of the files, for the reader
# The code that decides what the files hold, from what library.py gives it:
# a change to it renames the folder.
CODE = hashlib.sha256(b"".join(Path(__file__).with_name(name).read_bytes()
                                for name in ("search.py", "analysis.py"))).hexdigest()
FOLDER = "library"
ANALYSIS_FORMAT = 1


def _stemmers_version() -> str:
    """snowballstemmer's version, and PyStemmer's (its C code, used where installed)."""
    found = []
    for name in ("snowballstemmer", "PyStemmer"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            pass
    return ", ".join(found)


# What the index's files depend on besides what is indexed (and so each
# entry's analysis, besides its document): this code, and the stemmers.
ANALYSER = f"{CODE} {_stemmers_version()}"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
FIELDS = ("title", "summary", "names", "body")  # the body last (levels)
WEIGHTS = {"title": 6.0, "summary": 3.0, "names": 2.0, "body": 1.0}
K1, B = 1.2, 0.75
LEVELS = 31
IN_TITLE = LEVELS + 1  # added to a weight code whose term the title holds: one bit above the level's five
SHARD_CHARS = 6_000  # about 3.5 KB gzipped
# A record's text for excerpts, in characters (a 2,000-word brief is about
# 13,000): a pasted book must not make one result weigh megabytes. A word
# past it still finds the entry, whose result then shows its summary.
MAX_TEXT = 60_000


# --------------------------------------------------------------- documents


# Every pattern runs in time linear in the text: no run of one character
# ("<<<<…", "[[[[…") can make one backtrack over the rest of a 2 MB body.
_MARKUP = [
    (re.compile(r"<[^<>]*>"), " "),  # raw HTML
    (re.compile(r"\]\([^()\s]*\)"), " "),  # links' and images' addresses; their text stays
    # Ordered lists' numbers. Other block markers (#, -, *, +, >, !!!, |)
    # are no word: the analysis trims them away.
    (re.compile(r"^\s{0,3}\d+[.)]", re.M), " "),
]
_EMPHASIS = "*_`|~"  # and code, tables: each a space (replace is ten times a pattern's speed)


def plain_text(markdown: str) -> str:
    """An entry's Markdown as the words a reader sees."""
    for pattern, replacement in _MARKUP:
        markdown = pattern.sub(replacement, markdown)
    for mark in _EMPHASIS:
        markdown = markdown.replace(mark, " ")
    return html.unescape(markdown)


# A line's block mark, which the analysis trims away as no word but a reader
# would see in an excerpt: a heading's #, a list's - or +, a quote's >, an
# admonition's !!! or ???, a rule, a setext underline, a definition's colon.
# (plain_text has made *, | and ordered lists' numbers spaces already.)
_BLOCK_MARK = re.compile(r"[ \t]*(?:#{1,6}|[-+:]|>[ >]*|!!!|\?\?\?\+?|[=-]{2,})(?=[ \t]|$)")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_SPACE_BEFORE_STOP = re.compile(r" (?=[,.](?: |$))")  # where emphasis closed: "**enfants**," gave "enfants ,"
# A link's "[" whose "](address)" plain_text took away: no "]" after it on its line.
_LINK_OPENER = re.compile(r"(?<!\S)\[(?=[^\[\]]*(?:\[|$))")
_NO_WORDS = re.compile(r"[-=: ]*")  # what is left of a table's separator row or a rule


def readable_text(plain: str, limit: int = MAX_TEXT) -> str:
    """An entry's plain text as its excerpts are cut from it: the same words
    in the same order (so the same terms), without block marks, a paragraph,
    heading or list item a line; at most `limit` characters, cut at a space."""
    blocks: list[str] = []
    open_block = False  # whether the last block goes on with the next line
    for raw in plain.split("\n"):
        mark = _BLOCK_MARK.match(raw)
        line = _SPACE_BEFORE_STOP.sub("", _SPACES.sub(" ", raw[mark.end():] if mark else raw).strip())
        line = _LINK_OPENER.sub("", line)
        if _NO_WORDS.fullmatch(line):  # a blank line, a rule, a table's separator: the block ends
            open_block = False
            continue
        if open_block and not mark:
            blocks[-1] += " " + line
        else:
            blocks.append(line)
        open_block = not (mark and "#" in mark.group())  # a heading is one line
    text = "\n".join(blocks)
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit + 1)
        text = text[:cut if cut > 0 else limit]
    return text


def field_terms(doc: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Each field's terms, counted (the body as plain text: see `plain_bodies`)."""
    out = {}
    for name in FIELDS:
        found: Counter[str] = Counter()
        for text, language in doc[name]:
            found.update(term_counts(text, language))
        out[name] = dict(found)
    return out


def plain_bodies(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents with their bodies as the words a reader sees."""
    return [{**d, "body": [(plain_text(text), language) for text, language in d["body"]]} for d in documents]


def field_averages(analysed: list[dict[str, dict[str, int]]]) -> dict[str, float]:
    count = max(1, len(analysed))
    return {f: max(1.0, sum(sum(a[f].values()) for a in analysed) / count) for f in FIELDS}


def weight_codes(fields: dict[str, dict[str, int]], average: dict[str, float]) -> dict[str, int]:
    """One entry's terms, each with its weight code: its level, plus
    IN_TITLE if the title holds it (the formula is in the module's docstring)."""
    others: dict[str, float] = {}  # summed in FIELDS order: the same floats, whatever the code's shape
    for f in FIELDS[:-1]:
        norm = WEIGHTS[f] / (1 - B + B * sum(fields[f].values()) / average[f])
        for t, n in fields[f].items():
            others[t] = others.get(t, 0.0) + n * norm
    norm = WEIGHTS["body"] / (1 - B + B * sum(fields["body"].values()) / average["body"])
    other = others.get
    tf = {t: other(t, 0.0) + n * norm for t, n in fields["body"].items()}  # the body holds most terms
    for t, v in others.items():
        tf.setdefault(t, v)
    # v / (K1 + v) < 1: the level never exceeds LEVELS; `or 1` keeps rare terms findable.
    codes = {t: round(LEVELS * v / (K1 + v)) or 1 for t, v in tf.items()}
    for t in fields["title"]:
        codes[t] += IN_TITLE
    return codes


def weighted(documents: list[dict[str, Any]]) -> list[dict[str, tuple[int, bool]]]:
    """Every document's terms, each with its level and whether the title
    holds it (what the index holds, for tests to compare)."""
    analysed = [analyse(d).fields() for d in documents]
    average = field_averages(analysed)
    return [{t: (code & LEVELS, code >= IN_TITLE) for t, code in weight_codes(fields, average).items()} for fields in analysed]


# ------------------------------------------------------------------ coding


def number(n: int) -> str:
    """n in base 32, high digits first, all but the last marked as such."""
    digits = ALPHABET[n % 32]
    n //= 32
    while n:
        digits = ALPHABET[32 + n % 32] + digits
        n //= 32
    return digits


_SMALL = [number(n) for n in range(4096)]


def postings(hits: array) -> str:
    """An inverted list (entry << 6 | weight character, in entry order), coded."""
    out, previous = [], -1
    for packed in hits:
        entry = packed >> 6
        gap = entry - previous - 1
        out.append(_SMALL[gap] if gap < 4096 else number(gap))
        out.append(ALPHABET[packed & 63])
        previous = entry
    return "".join(out)


def utf16_order(term: str) -> bytes:
    """JavaScript compares strings by UTF-16 code units: sort the same way."""
    return term.encode("utf-16-be")


def shards(inverted: dict[str, array], size_limit: int = SHARD_CHARS
           ) -> list[list[tuple[str, str]]]:
    """The terms in order with their coded postings, cut into shards."""
    result: list[list[tuple[str, str]]] = [[]]
    size = 0
    for t in sorted(inverted, key=utf16_order):
        if size >= size_limit:
            result.append([])
            size = 0
        coded = postings(inverted[t])
        result[-1].append((t, coded))
        size += len(t) + len(coded) + 2
    return result


def facet_code(position: int, width: int) -> str:
    code = ""
    for _ in range(width):
        code = ALPHABET[position % 64] + code
        position //= 64
    return code


def docs_code(values: list[dict[str, list[str]]], title_terms: list[int], order: dict[str, list[str]]) -> str:
    positions = {name: {v: i for i, v in enumerate(order[name])} for name in FACETS}
    widths = {name: 1 if len(order[name]) <= 64 else 2 if len(order[name]) <= 4096 else 3 for name in FACETS}
    out = []
    for doc, length in zip(values, title_terms, strict=True):
        parts = ["".join(facet_code(positions[n][v], widths[n]) for v in doc[n]) for n in FACETS]
        out.append(ALPHABET[min(length, 63)] + ",".join(parts))
    return " ".join(out)


def script(function: str, *arguments: Any) -> str:
    """A call of `cphubLibrary.<function>` with JSON arguments; `<` escaped so
    no text can end a script, and the two line separators JavaScript once
    refused in strings."""
    payload = ",".join(json.dumps(a, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for a in arguments)
    payload = payload.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"cphubLibrary.{function}({payload});\n"


# ------------------------------------------------------------------- index


def analyse(document: dict[str, Any]) -> Analysis:
    """What the index needs of one entry, found from it alone: each field's
    terms counted, and its text for excerpts."""
    plain = plain_bodies([document])[0]
    fields = field_terms(plain)
    return Analysis(*(fields[name] for name in FIELDS), readable_text("\n".join(text for text, _ in plain["body"])))


class Analysis(NamedTuple):
    title: dict[str, int]
    summary: dict[str, int]
    names: dict[str, int]
    body: dict[str, int]
    text: str

    def fields(self) -> dict[str, dict[str, int]]:
        return {"title": self.title, "summary": self.summary, "names": self.names, "body": self.body}


class Analyses:
    """The entries' analyses (three quarters of an index's making), kept
    from the builds before by the digest of each entry's document: a build
    after one edit analyses one entry, then makes the files from all.

    The file is JSON Lines, never code: a first line naming the format and
    the analysing code, then one `[digest, analysis]` a line, read back line
    by line and checked (a line that cannot be read as expected is skipped:
    its entry is analysed again). A build adds its new analyses at the end,
    in one write, rather than writing 40 MB again for one edit (half a
    second); the file is written anew once most of its lines are of entries
    gone or changed. Without a file, every entry is analysed."""

    def __init__(self, path: Path | None):
        self.path = path
        self.kept: dict[str, Any] = {}
        self.lines = 0  # lines of analyses in the file, the outdated ones too
        if path:
            self._read()
        self.used: dict[str, Analysis] = {}
        self.new: dict[str, Analysis] = {}

    def _read(self) -> None:
        try:
            lines = self.path.read_text(encoding="utf-8").split("\n")
        except (OSError, ValueError):
            return
        if parse_json(lines[0]) != {"format": ANALYSIS_FORMAT, "code": ANALYSER}:
            return
        for line in lines[1:]:
            item = parse_json(line)
            if isinstance(item, list) and len(item) == 2 and isinstance(item[0], str):
                self.kept[item[0]] = item[1]
                self.lines += 1

    def of(self, documents: list[dict[str, Any]]) -> list[Analysis]:
        found = []
        for document in documents:
            key = value_digest(document)
            analysis = self.used.get(key) or _analysis(self.kept.get(key))
            if analysis is None:
                analysis = self.new[key] = analyse(document)
            self.used[key] = analysis
            found.append(analysis)
        return found

    def save(self) -> None:
        """Keep this build's new analyses for the next."""
        if not self.path or not (self.new or self.lines > 2 * len(self.used)):
            return
        if self.lines and self.lines + len(self.new) <= 2 * len(self.used):
            append_text(self.path, "".join(_line([key, analysis]) for key, analysis in self.new.items()))
        else:  # none kept yet, or mostly outdated: written anew, whole or not at all
            header = _line({"format": ANALYSIS_FORMAT, "code": ANALYSER})
            save_text(self.path, header + "".join(_line([key, analysis]) for key, analysis in self.used.items()))


def _line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


def _analysis(kept: Any) -> Analysis | None:
    """An analysis kept as JSON, if it is one."""
    if not (isinstance(kept, list) and len(kept) == len(Analysis._fields) and isinstance(kept[-1], str)):
        return None
    for counts in kept[:-1]:
        if not (isinstance(counts, dict) and all(type(n) is int for n in counts.values())):
            return None
    return Analysis(*kept)


def build_files(documents: list[dict[str, Any]], meta: dict[str, Any], records: list[dict[str, Any]],
                shard_chars: int = SHARD_CHARS, kept: Path | None = None) -> dict[str, str]:
    """Every file of the index, by name (in a helper process, as a rule).
    `kept`: where the entries' analyses are kept between builds."""
    analyses = Analyses(kept)
    analysed = analyses.of(documents)
    analyses.save()
    average = field_averages([a.fields() for a in analysed])
    # Inverted lists, four bytes a posting: about 200 MB at 10,000 entries
    # where whole dictionaries per entry took a gigabyte.
    inverted: dict[str, array] = {}
    title_terms = []
    for entry, analysis in enumerate(analysed):
        codes = weight_codes(analysis.fields(), average)
        title_terms.append(len(analysis.title))  # every title term has a code
        for t, code in codes.items():
            hits = inverted.get(t)
            if hits is None:
                hits = inverted[t] = array("I")
            hits.append(entry << 6 | code)
    cut = shards(inverted, shard_chars)
    files = {f"s{i}.js": script("shard", i, " ".join(f"{t} {p}" for t, p in shard)) for i, shard in enumerate(cut)}
    files["meta.js"] = script("meta", {
        **{k: v for k, v in meta.items() if k != "doc_facets"},
        "n": len(documents),
        "shards": [shard[0][0] if shard else "" for shard in cut],
        "docs": docs_code(meta["doc_facets"], title_terms, meta["facets"]),
    })
    for n, (analysis, item) in enumerate(zip(analysed, records, strict=True)):
        files[f"r/{n}.js"] = script("record", n, {**item, "text": analysis.text})
    return files


def write_index(folder: Path, files: dict[str, str]) -> None:
    """The files of `build_files` in `folder`."""
    (folder / "r").mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
