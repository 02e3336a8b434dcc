"""Text as the library's index holds it, and as the browser reads a query.

Each entry is analysed in its own language: words are split, lower-cased,
trimmed, stemmed with that language's Snowball algorithm (snowballstemmer),
then folded (accents and other combining marks dropped). A query is analysed
the same way in every language the hub uses, since the reader's is not
known. The browser does exactly this (templates/assets/javascripts/search.js,
with the same Snowball algorithms from snowball-stemmers); a test checks the
two word for word.

- Words split at white space, hyphens and dashes, slashes and apostrophes
  ("l'enfant" gives "enfant"; "children's" gives "children").
- Trimming keeps letters, marks and digits of every script: an ASCII rule
  would strip Arabic words away.
- Folding comes after stemming (Snowball needs the accents) and lets a reader
  type "vulnerable" on a phone without accents and find "vulnérables".
- Stop words: lunr's English list (MIT), and one-letter words other than
  digits (what elisions leave behind: "l", "d", "s").
- Words over MAX_WORD characters are left out: no language's words are that
  long, and a pasted run of 2 MB without a space must not become a term
  (the first term of a shard is in the file every search loads).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import snowballstemmer

# ISO 639-1 → the Snowball algorithm both implementations have.
STEMMERS = {"ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "en": "english",
            "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french", "ga": "irish", "hu": "hungarian",
            "hy": "armenian", "it": "italian", "nl": "dutch", "no": "norwegian", "pt": "portuguese",
            "ro": "romanian", "ru": "russian", "sl": "slovene", "sv": "swedish", "ta": "tamil", "tr": "turkish"}

STOP_WORDS = frozenset("""
a able about across after all almost also am among an and any are as at be because been but by can cannot
could dear did do does either else ever every for from get got had has have he her hers him his how however
i if in into is it its just least let like likely may me might most must my neither no nor not of off often
on only or other our own rather said say says she should since so some than that the their them then there
these they this tis to too twas us wants was we were what when where which while who whom why will with would
yet you your""".split())

# White space written out (Python's \s and JavaScript's differ on a few code
# points), hyphens and dashes, slashes and apostrophes: search.js has the
# same class.
SEPARATOR = re.compile("[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
                       "\\-\u2010-\u2015\u2212/'\u2019\u02bc]+")
MAX_WORD = 50


def _is_word_character(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def _trim(word: str) -> str:
    if word[:1].isalnum() and word[-1:].isalnum():  # most words: letters or digits at both ends
        return word
    start, end = 0, len(word)
    while start < end and not _is_word_character(word[start]):
        start += 1
    while end > start and not _is_word_character(word[end - 1]):
        end -= 1
    return word[start:end]


def stemmers_for(languages: list[str]) -> dict[str, str]:
    """The Snowball algorithm of each of these languages that has one."""
    return {code: STEMMERS[code] for code in sorted(languages) if code in STEMMERS}


def _is_kept(word: str) -> bool:
    """A trimmed word the index holds: not a stop word, not too long, and
    of two characters at least unless a digit."""
    return (1 < len(word) <= MAX_WORD or (len(word) == 1 and word.isdecimal())) and word not in STOP_WORDS


def words(text: str) -> list[str]:
    """Lower-cased, trimmed words, stop words left out: as search.js does."""
    return [w for w in map(_trim, SEPARATOR.split(text.lower())) if _is_kept(w)]


def fold(term: str) -> str:
    """The term without combining marks: "vulnérab" → "vulnerab"."""
    if term.isascii():  # most terms: nothing to fold
        return term
    return "".join(ch for ch in unicodedata.normalize("NFKD", term) if unicodedata.category(ch) != "Mn")


@lru_cache(maxsize=None)
def _stemmer(language: str):
    algorithm = STEMMERS.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


@lru_cache(maxsize=500_000)
def term(word: str, language: str) -> str:
    """A word as the index holds it, for an entry in `language`."""
    return fold(stem(word, language))


def terms(text: str, language: str) -> list[str]:
    return [term(w, language) for w in words(text)]


# Each token's term, by language: prose repeats its words (a few hundred
# thousand distinct tokens in millions), so each is analysed once.
_TERM_OF: dict[str, dict[str, str]] = {}


def term_counts(text: str, language: str) -> Counter[str]:
    """`Counter(terms(text, language))`, with each distinct token analysed
    once per process and the counting done in C: indexing 10,000 entries
    analyses millions of words."""
    known = _TERM_OF.setdefault(language, {})
    tokens = SEPARATOR.split(text.lower())
    new = set(tokens).difference(known)
    if new:
        _learn(new, language, known)
    counts = Counter(map(known.__getitem__, tokens))
    del counts[""]  # tokens that are no word
    return counts


def _learn(tokens: set[str], language: str, known: dict[str, str]) -> None:
    """Each token's term into `known` ("" for none), as `terms` gives it: the
    new words stemmed in one call, Snowball's C code looping over them."""
    kept = {}
    for token in tokens:  # a token holds no separator: it is at most one word
        word = _trim(token)
        if _is_kept(word):
            kept[token] = word
        else:
            known[token] = ""
    distinct = list(set(kept.values()))
    stemmer = _stemmer(language)
    stems = stemmer.stemWords(distinct) if stemmer else distinct
    term_of = dict(zip(distinct, map(fold, stems)))
    for token, word in kept.items():
        known[token] = term_of[word]


def query_forms(word: str, languages: list[str]) -> list[str]:
    """The terms a query word may stand for: itself, and its stem in each of
    the hub's languages, folded."""
    return sorted({fold(word)} | {term(word, code) for code in languages})
