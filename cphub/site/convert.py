"""Markdown converted by the helper processes, each page within a time limit.

Python-Markdown converts some text in time that grows with the square of
its length or faster: 4,000 `[` in a row take 2 s, 50,000 several minutes,
and `![`, `[^`, `[a](` and lists nested hundreds deep behave alike. No list
of such patterns can be complete, so none is kept: every entry is converted
by a helper (cphub/helpers.py), and one that runs over the time limit is
stopped. Its entry is refused with its file and line, while every other
entry still converts, so that one build reports every problem.

The helpers run MkDocs' own conversion (`Page.render`) with the hub's
configuration, so their HTML is MkDocs', and sanitise it
(render_cache.render). An entry whose HTML depends on the site's other
files (a relative link, which MkDocs resolves against them) is converted
once more by the build, with its site's files, once a helper has shown that
it converts within the limit.
"""

from __future__ import annotations

import logging
import re
import warnings
from functools import lru_cache
from concurrent.futures import Future
from concurrent.futures import TimeoutError as TimedOut
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from pebble import ProcessExpired

from ..diagnostics import Diagnostic
from . import render_cache, theme

# Seconds one page may take. 1.2 MB of ordinary prose converts in well under
# one (tests/test_convert.py builds such an entry); what takes five is not prose.
DEFAULT_LIMIT = 5.0
HINT = ("Markdown slows down on long runs of an opening mark such as '[', '![' or '[^', and on lists "
        "nested very deep: delete or shorten the run, or, if it must stay, put it between backticks (`…`) "
        "as code (backslashes before each mark do not help)")
# A short unit repeated many times: the shape of most text that stalls Markdown.
_RUN = re.compile(r"(\S{1,4}?)\1{49,}")


@dataclass(frozen=True)
class Origin:
    """Where a page's Markdown comes from, for its diagnostics."""
    path: str
    line: int  # of the body's first line


@dataclass(frozen=True)
class Failure:
    problem: str


class HelpersFailed(Exception):
    """The helpers could not read the hub's configuration."""


@lru_cache(maxsize=1 << 14)
def markdown_of(body: str) -> str:
    """The Markdown MkDocs converts for a page whose source is `body`.

    MkDocs reads a leading `---` block as YAML metadata, and leading
    `Key: value` lines as MultiMarkdown metadata: a body opening with
    "Note: …" would lose that line. A blank line first tells it there is
    none (`meta.get_data("\n" + body)`): it then gives the body with its
    line endings made `\n` and its opening blank lines stripped, which is
    what this does, without splitting every body into lines (a test
    compares the two)."""
    return body.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n")


def source(entry) -> tuple[str, Origin]:
    """An entry's Markdown as MkDocs converts it, and where its first line is."""
    blank_lines = len(entry.body) - len(entry.body.lstrip("\n"))
    return markdown_of(entry.body), Origin(entry.path, entry.body_line + blank_lines)


def settings_digest(config) -> str:
    """What shapes every page's HTML besides its Markdown: the helpers' and the build's must agree."""
    return render_cache.context_digest(config.markdown_extensions, config.mdx_configs)


# ------------------------------------------------------------ in a helper

_config = None
_digest = ""
_setup_error = ""


def setup(config_file: str) -> None:
    """A helper's start: the hub's configuration, read once."""
    global _config, _digest, _setup_error
    warnings.simplefilter("ignore")
    logger = logging.getLogger("mkdocs")
    logger.handlers[:] = [logging.NullHandler()]  # the build reports; a helper only counts warnings
    logger.propagate = False
    try:
        _config = load_config(config_file)
        theme.prepare(_config)
        _digest = settings_digest(_config)
    except BaseException as error:  # noqa: BLE001 - reported by the build
        _setup_error = f"{type(error).__name__}: {error}"


def convert(markdown: str) -> tuple[str, dict | None]:
    """The settings' digest, and what render_cache.render keeps of the page
    (None if the build must convert it again: it depends on other files)."""
    if _config is None:
        raise HelpersFailed(_setup_error)
    file = File("page.md", src_dir=None, dest_dir=_config.site_dir, use_directory_urls=_config.use_directory_urls)
    page = Page(None, file, _config)
    page.markdown = markdown
    return _digest, render_cache.render(page, _config, Files([file]))


def template_renderer(config) -> Callable[[str, dict], str]:
    """`render(template, context)` with the theme's own Jinja environment:
    Jinja's and MkDocs' filters, not the helpers the hub adds for its pages
    (cards, navigation), alike in a helper and in the build."""
    env = theme.environment(config)
    return lambda template, context: env.get_template(template).render(**context)


_render = None


def with_templates(function: Callable[[Any, Callable], Any], item: Any) -> Any:
    """`function(item, render)`, rendering the hub's templates (the e-mail editions)."""
    global _render
    if _config is None:
        raise HelpersFailed(_setup_error)
    if _render is None:
        _render = template_renderer(_config)
    return function(item, _render)


# ------------------------------------------------------------ in the build


class Conversions:
    """Every entry's HTML: kept by a build before (the render cache), or
    converted by a helper within `limit` seconds. Entries are handed over
    as soon as they are read, so that the helpers convert while the build
    validates them and renders the pages that need no conversion."""

    def __init__(self, helpers, cache: render_cache.RenderCache, limit: float):
        self.helpers, self.cache, self.limit = helpers, cache, limit
        self.futures: dict[str, Future] = {}

    def submit(self, markdown: str) -> None:
        key = render_cache.key(markdown)
        if markdown.strip() and key not in self.cache and key not in self.futures:
            self.futures[key] = self.helpers.submit(convert, markdown, timeout=self.limit)

    def pending(self, markdowns: Iterable[str]) -> list[Future]:
        """The helpers' conversions of these that are not done yet."""
        futures = (self.futures.get(render_cache.key(m)) for m in markdowns)
        return [f for f in futures if f is not None and not f.done()]

    def record(self, markdown: str) -> dict | None | Failure:
        """What to give the page: a kept conversion; None when the build
        must convert it itself (it links to other files, it warned, or the
        helper's settings differ); or the Failure that refuses it."""
        if not markdown.strip():
            return {"content": "", "toc": [], "anchors": []}
        key = render_cache.key(markdown)
        kept = self.cache.get(key)
        if kept is not None:
            return kept
        if key not in self.futures:  # not handed over (another interface's own text): converted here
            return None
        outcome = self._outcome(key)
        if isinstance(outcome, Failure):
            return outcome
        digest, record = outcome
        if record is None or digest != self.cache.context:
            return None
        self.cache.put(key, record)
        return record

    def keep(self, markdown: str, record: dict | None) -> None:
        """A conversion the build made, kept for the next build when it may be."""
        if record is not None:
            self.cache.put(render_cache.key(markdown), record)

    def _outcome(self, key: str) -> tuple[str, dict | None] | Failure:
        try:
            return self.futures[key].result()
        except TimedOut:
            return Failure(f"its Markdown took longer than {self.limit:g} s to convert, and was stopped")
        except ProcessExpired as error:
            return Failure(f"its Markdown made the converter crash (exit code {error.exitcode})")
        except HelpersFailed as error:
            raise HelpersFailed(f"the Markdown helpers could not read the configuration: {error}") from None
        except Exception as error:  # noqa: BLE001 - Markdown's own failure on this text (RecursionError…)
            return Failure(f"its Markdown could not be converted ({type(error).__name__}: {error})")

    def failures(self, sources: Iterable[tuple[str, Origin]]) -> list[Diagnostic]:
        """The problem of each (Markdown, origin) that could not be
        converted, once every one has been tried."""
        found = []
        for markdown, origin in sources:
            key = render_cache.key(markdown)
            if key in self.futures and isinstance(failure := self._outcome(key), Failure):
                found.append(diagnostic(origin, markdown, failure))
        return found


def diagnostic(origin: Origin, markdown: str, failure: Failure) -> Diagnostic:
    """The page's problem, at the line of the likeliest cause when one is found."""
    line, problem = origin.line, failure.problem
    clue = max(_RUN.finditer(markdown), key=lambda m: len(m.group(0)), default=None)
    if clue:
        unit = clue.group(1)
        line = origin.line + markdown.count("\n", 0, clue.start())
        problem += f"; this line holds '{unit}' {len(clue.group(0)) // len(unit):,} times in a row"
    return Diagnostic(origin.path, line, "body", problem, HINT)
