"""The library's search computed by brute force in Python, from the analysed
documents: no files, no shards, no coding. The reader (search.js, run in
Node.js on the written files) must give exactly these results, which checks
the writer's coding and sharding and the reader's decoding and scoring."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from cphub.outputs.analysis import fold, query_forms, words
from cphub.outputs.search import LEVELS, weighted

PREFIX_WEIGHT = 0.5
PREFIX_SHARDS = 3
MAX_WORDS = 12


class Oracle:
    def __init__(self, documents: list[dict[str, Any]], languages: list[str], shard_starts: list[str] | None = None):
        self.weights = weighted(documents)
        self.n = len(documents)
        self.df = Counter(t for found in self.weights for t in found)
        self.title_terms = [sum(1 for _, in_title in found.values() if in_title) for found in self.weights]
        self.languages = languages
        self.starts = [s.encode("utf-16-be") for s in (shard_starts or [""])]

    def _shard(self, term: str) -> int:
        key = term.encode("utf-16-be")
        return max(i for i, start in enumerate(self.starts) if start <= key)

    def _idf(self, term: str) -> float:
        df = self.df[term]
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def plan(self, word: str, last: bool) -> tuple[set[str], set[str], str | None]:
        """What a query word looks for: its exact terms, and for the last
        word the beginnings it may stand for and the prefix of the terms it
        may begin."""
        exact = set(query_forms(word, self.languages))
        folded = fold(word)
        partial = {folded[:k] for k in range(max(4, len(folded) - 3), len(folded))} if last else set()
        prefix = folded if last and len(folded) >= 3 else None
        if prefix and self._shard(prefix + "\uffff") - self._shard(prefix) >= PREFIX_SHARDS:
            prefix = None
        return exact, partial, prefix

    def query_words(self, text: str) -> list[str]:
        """The words of a query the reader reads."""
        return list(dict.fromkeys(words(text)))[:MAX_WORDS]

    def _matches(self, word: str, last: bool) -> dict[int, list]:
        exact, partial, prefix = self.plan(word, last)
        best: dict[int, list] = {}
        for doc, found in enumerate(self.weights):
            for term, (level, in_title) in found.items():
                if term in exact:
                    factor, title = 1.0, in_title
                elif term in partial or (prefix and term.startswith(prefix)):
                    factor, title = PREFIX_WEIGHT, False
                else:
                    continue
                score = self._idf(term) * factor / LEVELS * level
                known = best.setdefault(doc, [score, title])
                known[0] = max(known[0], score)
                known[1] = known[1] or title
        return best

    def search(self, text: str) -> dict[str, Any] | None:
        found = self.query_words(text)
        if not found:
            return {"hits": [], "partial": False} if text.strip() else None
        per_word = [self._matches(w, k == len(found) - 1) for k, w in enumerate(found)]
        totals: Counter[int] = Counter()
        counts: Counter[int] = Counter()
        titles: Counter[int] = Counter()
        for best in per_word:
            for doc, (score, title) in best.items():
                totals[doc] += score
                counts[doc] += 1
                titles[doc] += title
        every = [d for d in totals if counts[d] == len(per_word)]
        partial = not every and len(per_word) > 1
        chosen = list(totals) if partial else every
        scored = []
        for doc in chosen:
            score = totals[doc]
            if titles[doc] == len(per_word) and self.title_terms[doc] == len(per_word):
                score += 1000
            scored.append((doc, score))
        scored.sort(key=lambda hit: (-hit[1], hit[0]))
        return {"hits": scored, "partial": partial and bool(scored)}
