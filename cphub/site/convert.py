"""Markdown converted on every core, each page within a time limit.

Python-Markdown converts some text in time that grows with the square of
its length or faster: 4,000 `[` in a row take 2 s, 50,000 several minutes,
and `![`, `[^`, `[a](` and lists nested hundreds deep behave alike. No list
of such patterns can be complete, so none is kept: every page is converted
in a worker process, and a worker that runs over the time limit is stopped.
Its page is refused with its file and line, while every other page still
converts, so that one build reports every problem.

The workers run MkDocs' own conversion (`Page.render`) with the site's
configuration, so their HTML is MkDocs', and sanitise it
(render_cache.render), so the build's process only places it. A page whose HTML depends on the
site's other files (a relative link, which MkDocs resolves against them) is
converted once more in the build's process, by MkDocs, after a worker has
shown that it converts within the limit. On two cores the workers also
convert while the build's process does the rest; once every page is
written, they make the e-mail editions while it writes the feeds.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import warnings
from concurrent.futures import TimeoutError as TimedOut
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import meta
from pebble import ProcessExpired, ProcessPool

from . import render_cache
from ..diagnostics import CONTENT_PROBLEMS, Diagnostic, report
from ..workers import NO_HELPERS, exit_with_parent, name_process, start_forkserver

log = logging.getLogger("mkdocs.plugins.cphub")

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


class WorkersUnavailable(Exception):
    """The worker processes could not start, or could not read the configuration."""


class ContentAbort(Abort):
    """The hub's content has problems, found while MkDocs builds: MkDocs
    prints the message; build.py lists the diagnostics as it lists others."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        super().__init__(f"{CONTENT_PROBLEMS}\n{report(diagnostics)}")


def markdown_of(body: str) -> str:
    """The Markdown MkDocs converts for a page whose source is `body`.

    MkDocs reads a leading `---` block as YAML metadata, and leading
    `Key: value` lines as MultiMarkdown metadata: a body opening with
    "Note: …" would lose that line. A blank line first tells it there is
    none; it then strips the blank lines that open the page."""
    return meta.get_data("\n" + body)[0]


def source(entry) -> tuple[str, Origin]:
    """An entry's Markdown as MkDocs converts it, and where its first line is."""
    blank_lines = len(entry.body) - len(entry.body.lstrip("\n"))
    return markdown_of(entry.body), Origin(entry.path, entry.body_line + blank_lines)


def in_render_order(entries: Iterable) -> list:
    """Loaded entries in the order their pages are rendered, as far as their
    front matter tells before validation: listed entries newest first
    (hub.sort_key), pages after them."""
    def order(entry) -> tuple[bool, str]:
        data = entry.doc.data if entry.doc is not None and isinstance(entry.doc.data, dict) else {}
        return entry.type != "page", str(data.get("date", ""))

    return sorted(entries, key=order, reverse=True)


def _settings_digest(config) -> str:
    """What shapes every page's HTML besides its Markdown: the workers' and the build's must agree."""
    return render_cache.context_digest(config.markdown_extensions, config.mdx_configs)


# ------------------------------------------------------------ in a worker

_config = None
_digest = ""
_setup_error = ""


def _start(config_file: str) -> None:
    global _config, _digest, _setup_error
    # A worker is the forkserver's child; the forkserver ends with the build.
    exit_with_parent(os.getppid())
    name_process("cphub-markdown")
    warnings.simplefilter("ignore")
    logger = logging.getLogger("mkdocs")
    logger.handlers[:] = [logging.NullHandler()]  # the build reports; a worker only counts warnings
    logger.propagate = False
    try:
        _config = load_config(config_file)
        _config.plugins._current_plugin = "cphub"  # set while MkDocs runs an event: File.generated reads it
        _digest = _settings_digest(_config)
    except BaseException as error:  # noqa: BLE001 - reported by the build
        _setup_error = f"{type(error).__name__}: {error}"


def _convert(markdown: str) -> tuple[str, dict | None]:
    """The settings' digest, and what render_cache.render keeps of the page
    (None if the build must convert it again: it depends on other files)."""
    if _config is None:
        raise WorkersUnavailable(_setup_error)
    file = File.generated(_config, "page.md", content=markdown)
    page = Page(None, file, _config)
    page.markdown = markdown
    return _digest, render_cache.render(page, _config, Files([file]))


def _ready() -> None:
    """Nothing: a first task, which starts the workers."""


def template_renderer(config) -> Callable[[str, dict], str]:
    """`render(template, context)` with the theme's own Jinja environment:
    Jinja's and MkDocs' filters, not the helpers the hub adds for its pages
    (cards, navigation), alike in a worker and in the build."""
    environment = config.theme.get_env()
    return lambda template, context: environment.get_template(template).render(**context)


_render = None


def _with_templates(function, item):
    """`function(item, render)`, rendering the site's templates."""
    global _render
    if _config is None:
        raise WorkersUnavailable(_setup_error)
    if _render is None:
        _render = template_renderer(_config)
    return function(item, _render)


# ------------------------------------------------------------ in the build


class Workers:
    """Worker processes converting Markdown, each conversion within `limit` seconds."""

    def __init__(self, config_file: str, limit: float, count: int | None = None):
        self.limit = limit
        # forkserver: workers forked from a clean process that has already
        # imported MkDocs, never from the build (its threads, its pipes).
        start_forkserver()  # already started by the command line; not by `serve`
        context = multiprocessing.get_context("forkserver")
        self.pool = ProcessPool(max_workers=count or os.cpu_count() or 1, initializer=_start,
                                initargs=(config_file,), context=context)
        # The pool starts its workers with its first task: this one, so that
        # they read the configuration while the build reads the content.
        self.pool.schedule(_ready)
        self.futures: dict[str, object] = {}

    def submit(self, key: str, markdown: str) -> None:
        if key not in self.futures:
            self.futures[key] = self.pool.schedule(_convert, (markdown,), timeout=self.limit)

    def outcome(self, key: str) -> tuple[str, dict | None] | Failure:
        try:
            return self.futures[key].result()
        except TimedOut:
            return Failure(f"its Markdown took longer than {self.limit:g} s to convert, and was stopped")
        except ProcessExpired as error:
            return Failure(f"its Markdown made the converter crash (exit code {error.exitcode})")
        except WorkersUnavailable:
            raise
        except Exception as error:  # noqa: BLE001 - Markdown's own failure on this text (RecursionError…)
            return Failure(f"its Markdown could not be converted ({type(error).__name__}: {error})")

    def with_templates(self, function, item):
        """A future of `function(item, render)` (`_with_templates`), with no time limit."""
        return self.pool.schedule(_with_templates, (function, item))

    def close(self) -> None:
        self.pool.stop()  # ends workers still at work (a build that failed)
        self.pool.join()


def diagnostic(origin: Origin, markdown: str, failure: Failure) -> Diagnostic:
    """The page's problem, at the line of the likeliest cause when one is found."""
    line, problem = origin.line, failure.problem
    clue = max(_RUN.finditer(markdown), key=lambda m: len(m.group(0)), default=None)
    if clue:
        unit = clue.group(1)
        line = origin.line + markdown.count("\n", 0, clue.start())
        problem += f"; this line holds '{unit}' {len(clue.group(0)) // len(unit):,} times in a row"
    return Diagnostic(origin.path, line, "body", problem, HINT)


class Rendering:
    """Every hub page's HTML: from the cache when it holds the page, else
    from the workers, else from MkDocs itself for a page that links to
    other files. Started as soon as the configuration is read, so that the
    workers convert while the build reads and validates the content."""

    def __init__(self, config, limit: float, keep_cache: bool = True):
        self.root = Path(config.config_file_path or ".").parent
        self.keep_cache = keep_cache
        self.cache = render_cache.RenderCache(self.root, _settings_digest(config), keep_cache)
        self.workers = None
        if config.config_file_path:
            self.workers = start_workers(config.config_file_path, limit)
        else:
            log.warning("no configuration file for the Markdown workers: pages converted without a time limit")
        self.sources: dict[str, tuple[str, Origin]] = {}
        self.deferred: dict[str, tuple[str, object]] = {}  # src_uri → (key, MkDocs' files)
        self.converted = self.from_workers = 0

    def submit(self, markdown: str) -> None:
        key = render_cache.key(markdown)
        if self.workers and markdown.strip() and key not in self.cache:
            self.workers.submit(key, markdown)

    def submit_entries(self, entries: Iterable) -> None:
        """Entries as loaded, before anything else is known, in the order
        their pages will be rendered: the workers take them first come, first
        served, and the build waits for each page's turn (taken in file order,
        the newest entry was anywhere in the queue, and the build rendered
        almost no entry until nearly all were converted)."""
        for entry in in_render_order(entries):
            self.submit(markdown_of(entry.body))

    def begin(self, config, sources: dict[str, tuple[str, Origin]]) -> None:
        """The build's pages (src_uri → Markdown, origin), once every plugin
        has seen the configuration."""
        digest = _settings_digest(config)
        if digest != self.cache.context:  # another plugin changed the Markdown settings
            self.cache = render_cache.RenderCache(self.root, digest, self.keep_cache)
        self.sources = sources
        for markdown, _ in sources.values():
            self.submit(markdown)

    def attach(self, page: Page, markdown: str) -> None:
        """Make `page.render` (called by MkDocs next) use what is ready."""
        page.render = lambda config, files: self._render(page, markdown, config, files)

    def _render(self, page: Page, markdown: str, config, files) -> None:
        key = render_cache.key(markdown)
        record = self.cache.get(key)  # kept for the next build as it is read
        if record is not None:
            render_cache.apply(page, record)
        elif self.workers and markdown.strip():
            # MkDocs converts every page before it renders any: the page gets
            # its HTML just before it is rendered (`complete`), so that the
            # workers convert while this process renders the pages before it.
            self.submit(markdown)  # already submitted, unless another plugin changed the page
            self.deferred[page.file.src_uri] = (key, files)
            page.content = ""
        else:
            self._convert_here(page, key, config, files)

    def is_deferred(self, page: Page) -> bool:
        return page.file.src_uri in self.deferred

    def complete(self, page: Page, config) -> bool:
        """Give a deferred page its HTML; False if it was not deferred."""
        if page.file.src_uri not in self.deferred:
            return False
        key, files = self.deferred.pop(page.file.src_uri)
        outcome = self._outcome(key)
        if isinstance(outcome, Failure):
            raise ContentAbort(self.failures(self.sources.values()))
        digest, record = outcome
        if record is None or digest != self.cache.context:  # it links to other files, or other settings
            self._convert_here(page, key, config, files)
        else:
            self.from_workers += 1
            render_cache.apply(page, record)
            self.cache.put(key, record)
        return True

    def _convert_here(self, page: Page, key: str, config, files) -> None:
        self.converted += 1
        record = render_cache.render(page, config, files)
        if record is not None:
            self.cache.put(key, record)

    def _outcome(self, key: str):
        try:
            return self.workers.outcome(key)
        except WorkersUnavailable as error:
            raise PluginError(f"the Markdown workers could not start: {error}") from None

    def failures(self, sources: Iterable[tuple[str, Origin]]) -> list[Diagnostic]:
        """The problem of each of these (Markdown, origin) that could not be
        converted, once all have been tried."""
        found = []
        for markdown, origin in sources:
            key = render_cache.key(markdown)
            if self.workers and key in self.workers.futures and isinstance(
                    failure := self._outcome(key), Failure):
                found.append(diagnostic(origin, markdown, failure))
        return found

    def with_templates(self, function, items: list, config) -> Callable[[], list]:
        """`[function(item, render) for item in items]` (`template_renderer`)
        made by the workers while this process does other work (the e-mail
        editions while it writes the feeds): call what is returned for the
        results. Without workers, that call makes them here."""
        if not self.workers:
            render = template_renderer(config)
            return lambda: [function(item, render) for item in items]
        futures = [self.workers.with_templates(function, item) for item in items]
        return lambda: [future.result() for future in futures]

    def close(self) -> None:
        if self.workers:
            self.workers.close()
            self.workers = None


def start_workers(config_file: str, limit: float) -> Workers | None:
    try:
        return Workers(config_file, limit)
    except NO_HELPERS as error:  # no processes here (a sandbox, Windows): convert in this one
        log.warning("no worker processes (%s): pages converted without a time limit", error)
        return None
