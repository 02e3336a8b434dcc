"""The build, step by step: every command (`build`, `check`, `serve`, and
`mkdocs build` through the plugin) and the tests go through here.

    read → validate → index → pages → render each interface language → writers

Work that can run elsewhere does, on the helpers (cphub/helpers.py): each
entry's Markdown is handed to them as soon as it is read, so that they
convert while the build validates; each interface's library index is made
there while its pages render; the offline copies are written there once the
first interface is on disk, while the build renders the others.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from concurrent.futures import Future, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import jinja2

from .cachefiles import FOLDER
from .clock import build_date
from .content.hub import Hub, build_hub, with_settings
from .content.load import Loaded, load_project, walk_assets
from .content.model import TYPES
from .content.parsed import ParsedCache
from .content.remembered import Remembered
from .content.validate import validate
from .diagnostics import BuildProblem, ContentError, Diagnostic, failing
from .helpers import Helpers
from .outputs import calendar, editor, feeds, library, newsletter, offline
from .project import ConfigProblem, Project
from .site import fingerprints, render_cache, theme
from .site.addresses import hub_scope
from .site.convert import (Conversions, Failure, markdown_of, settings_digest, setup, source,
                           template_renderer, with_templates)
from .site.pages import Kept, Page, footer, generate, interfaces
from .site.render import Asset, SiteRenderer
from .site.sitedir import replace_site, restore_interrupted, write_whole
from .strings import strings

log = logging.getLogger("cphub")


@dataclass
class Interface:
    """One interface language of the site, and what its build made."""

    prefix: str  # "" for the first, at the site's root; "fr/" for /fr/
    hub: Hub  # the published entries, in this language's words
    index: library.Index
    pages: list[Page]
    renderer: SiteRenderer
    site: Path  # where it is written
    digest: str  # what every page of it shares (fingerprints.py)
    content: dict[str, str] = field(default_factory=dict)  # each entry's HTML, by slug (for feeds, editions)
    rendered: int = 0  # pages rendered (the others were taken from the build before)
    pending: list[tuple] = field(default_factory=list)  # e-mail editions being made: (output, future)


@dataclass
class Built:
    pages: int  # rendered or taken from the build before
    rendered: int
    warnings: list[Diagnostic]
    record: fingerprints.Record  # what each page was made from, for the next build


@dataclass
class Session:
    """What a build leaves to the next: the helpers, the Markdown converted
    and the front matter read, and what each page of its site was made
    from. The command line makes one per build; `serve` keeps one running
    between rebuilds (its helpers started, its caches in memory)."""

    helpers: Helpers
    conversions: Conversions
    parsed: ParsedCache
    record: fingerprints.Record | None = None  # the site built before
    later: Later = field(default_factory=lambda: Later())  # indexes a preview did not wait for
    remembered: Remembered | None = None  # what a preview's builds read and judged of each file

    @classmethod
    def start(cls, project: Project, record: fingerprints.Record | None = None, remember: bool = False) -> Session:
        helpers = Helpers("cphub-helper", setup, (project.config.config_file_path,))
        return cls(helpers, _conversions(project, helpers), _parsed(project), record,
                   remembered=Remembered() if remember else None)

    def carry(self) -> None:
        """Make what this build used what the next one reads (in memory)."""
        self.conversions.cache.carry()
        self.parsed.carry()

    def close(self) -> None:
        """Keep the caches on disk for the next process, and end the helpers."""
        self.later.abandon()
        self.conversions.cache.save()
        self.parsed.save()
        self.helpers.close()


def build(project: Project, site: Path, *, archives: bool = True, serving: bool = False,
          session: Session | None = None) -> Built:
    """Build the hub into `site`, an empty folder (the command line builds
    into a staging folder and swaps it in whole once this returns), or the
    session's site before, updated in place (a preview's). A page made from
    the same as in the session's site before is taken from it.
    `serving` with a session (a preview's): the library's index is written
    once its helper has made it, without waiting (see Later)."""
    own = session is None
    session = session or Session.start(project)
    try:
        # A preview's session lives on: its indexes may be written after this returns.
        return _build(project, site, archives, serving, session, later=session.later if serving and not own else None)
    except jinja2.TemplateSyntaxError as error:  # a hub owner's override
        raise BuildProblem(f"template {error.filename or error.name}:{error.lineno}: {error.message}") from None
    except jinja2.TemplateError as error:
        raise BuildProblem(f"a template failed: {error}") from None
    finally:
        if own:
            session.close()


def publish(project: Project, site: Path) -> Built:
    """Build the hub and put it in place of `site`, whole or not at all (a
    failed or killed build leaves the old site). Pages made from the same
    as in the site there are taken from it, unless the hub has no cache."""
    restore_interrupted(site)
    cache = project.root / FOLDER
    session = Session.start(project, fingerprints.load(cache, site) if project.options.cache else None)
    try:
        with replace_site(site) as staging:
            built = build(project, staging, session=session)
    finally:
        session.close()
    if project.options.cache:
        fingerprints.save(cache, site, built.record)
    return built


def _build(project: Project, site: Path, archives: bool, serving: bool, session: Session,
           later: Later | None) -> Built:
    clock = _Clock()  # -v says how long each step took
    session.later.abandon()  # an index still being made for the build before: this one makes its own
    helpers, conversions, previous = session.helpers, session.conversions, session.record
    remembered = session.remembered
    with _Warnings() as warned:
        try:
            loaded = read(project.root, conversions, session.parsed, remembered)  # read
            hub, warnings = validated_hub(project, loaded, remembered)            # validate, index
        finally:
            if remembered:  # what was read, even of a hub with problems, for the next preview
                remembered.carry()
        clock.lap("read and validated")
        languages = [interface(project, hub, language, site, helpers, previous, remembered)  # pages
                     for language in project.languages]
        clock.lap("pages listed")
        copies, record = None, fingerprints.Record(site)
        for each in languages:                                                    # render each interface
            render(each, conversions, previous, record)
            if copies is None and archives:  # the offline copies hold the first interface
                copies = _archives(project, each, helpers, previous, record)
        clock.lap("pages rendered")
        for each in languages:                                                    # writers
            write(each, project, helpers, serving, previous, record, later)
            if copies is not None and each is languages[0]:
                copies.complete()  # its library index and calendars too
        clock.lap("index, calendars, feeds and editor written")
        downloads = copies.downloads() if copies else None
        for each in languages:
            finish(each, downloads, record)
            each.index.settle()
        clock.lap("e-mail editions and offline copies written")
        warned.stop_if(project.strict)
    if previous is not None and previous.site == site:  # updated in place (a preview)
        previous.remove_gone(record)
    session.record = record
    session.carry()
    rendered = sum(each.rendered for each in languages)
    return Built(sum(len(each.pages) for each in languages), rendered, warnings, record)


def check(project: Project) -> tuple[list[Diagnostic], int]:
    """Every problem of every file, as a build would find them (each entry's
    Markdown converted within the time limit), and how many files are
    valid; writes nothing."""
    with Helpers("cphub-helper", setup, (project.config.config_file_path,)) as helpers:
        conversions = _conversions(project, helpers, keep=False)
        loaded = read(project.root, conversions, _parsed(project, save=False))
        validated = validate(project.root, loaded, project.interfaces)
        failures = conversions.failures(map(source, validated.entries))
    return validated.diagnostics + project.translation_gaps() + failures, len(validated.entries)


def archive(project: Project, site: Path) -> list[offline.Download]:
    """The offline downloads again, from the site already built (no page is
    rendered), listed on every interface's /offline/."""
    hub, _ = validated_hub(project, load_project(project.root))
    render = template_renderer(project.config)
    with Helpers("cphub-helper") as helpers:
        copies = offline.Archives(helpers, _offline_plan(project, hub, render), site)
        copies.complete()
        downloads = copies.downloads()
    for language in project.languages:
        prefix = project.settings(language).interface_prefix
        offline.list_downloads(site / prefix / "offline" / "index.html", downloads, render, strings(language),
                               _to_root(prefix))
    return downloads


# ----------------------------------------------------------------- the steps


def read(root: Path, conversions: Conversions, parsed: ParsedCache, remembered: Remembered | None = None) -> Loaded:
    """Every file, read; each entry's Markdown handed to the helpers at once."""
    loaded = load_project(root, parsed.parse, remembered)
    for entry in loaded.entries:
        conversions.submit(markdown_of(entry.body))
    return loaded


def validated_hub(project: Project, loaded: Loaded, remembered: Remembered | None = None
                  ) -> tuple[Hub, list[Diagnostic]]:
    """The published hub in the first interface's words, and the warnings;
    ContentError listing every problem (warnings too, when strict)."""
    validated = validate(project.root, loaded, project.interfaces, remembered)
    diagnostics = validated.diagnostics + project.translation_gaps()
    if failing(diagnostics, project.strict):
        raise ContentError(diagnostics)
    hub = build_hub(project.root, project.settings(project.languages[0]), today(), validated.entries,
                    validated.topics, validated.organisations)
    return hub, diagnostics


def interface(project: Project, first: Hub, language: str, site: Path, helpers: Helpers,
              previous: fingerprints.Record | None, remembered: Remembered | None = None) -> Interface:
    """One interface's pages, its index on the way, and what renders them
    (`remembered`: a preview's, which keeps its entry pages for the next build)."""
    settings = project.settings(language)
    hub = first if language == project.languages[0] else with_settings(first, settings)
    config = project.interface_config(language)
    config.site_dir = str(site / settings.interface_prefix)
    config.nav = theme.navigation(hub)
    kept = project.root / FOLDER / f"library-{language}.json" if project.options.cache else None
    prefix = settings.interface_prefix
    index = library.Index(hub, helpers, kept, exists=previous and (
        lambda folder, digest: previous.holds(prefix + folder, digest)),
        inputs=remembered.index_inputs.setdefault(language, {}) if remembered else None)
    pages = generate(hub, {"index": index.folder, "stemmers": index.stemmers},
                     remembered.pages.setdefault(language, Kept()) if remembered else None)
    context = {"t": strings(language), "settings": settings, "feeds": hub_scope(hub).links(),
               "footer": footer(hub), "interfaces": interfaces(settings)}
    renderer = SiteRenderer(config, pages, context, _assets(project.root), index.stemmers,
                            editor=not settings.interface_prefix)
    digest = fingerprints.interface_digest(config, context, hub.today)
    return Interface(settings.interface_prefix, hub, index, pages, renderer, Path(config.site_dir), digest)


def render(each: Interface, conversions: Conversions, previous: fingerprints.Record | None,
           record: fingerprints.Record) -> None:
    """Every page of one interface, written: first those with no Markdown
    of their own, then each entry as soon as its Markdown is converted. A
    page made from the same as in the build before is taken from it."""
    started = time.perf_counter()
    renderer = each.renderer
    _copy_static_files(each, previous, record)
    for spec in each.pages:
        if spec.entry is None:
            _page(each, spec, None, "", previous, record)
    for spec in _ready_first([p for p in each.pages if p.entry is not None], conversions):
        markdown = markdown_of(spec.entry.body)
        converted = conversions.record(markdown)
        if isinstance(converted, Failure):
            raise ContentError(conversions.failures(map(source, each.hub.entries + each.hub.pages)))
        # A page whose links name other files is rendered every time: its HTML depends on them.
        key = render_cache.key(markdown) if converted is not None else None
        page, kept = _page(each, spec, converted, key, previous, record)
        if converted is None:
            conversions.keep(markdown, kept)
        each.content[spec.entry.slug] = converted["content"] if converted is not None else page.content
    renderer.check_anchors()
    renderer.write_theme_templates()
    log.info("%s: %d pages, %d rendered, in %.2f s", each.prefix or "/", len(each.pages), each.rendered,
             time.perf_counter() - started)


def _copy_static_files(each: Interface, previous: fingerprints.Record | None, record: fingerprints.Record) -> None:
    """The theme's assets and the files beside entries: linked from the site
    built before when the file it copied is the same (size and time)."""
    for file in each.renderer.static_files():
        rel, target = each.prefix + file.dest_uri, Path(file.abs_dest_path)
        source = os.stat(file.abs_src_path)
        digest = fingerprints.output_digest("copied", (file.abs_src_path, source.st_size, source.st_mtime_ns))
        if previous is not None and previous.reuse(rel, digest, target):
            record.reused.add(rel)
        else:
            file.copy_file()
        record.note(rel, digest, target)


def _page(each: Interface, spec: Page, converted: dict | None, key: str | None,
          previous: fingerprints.Record | None, record: fingerprints.Record) -> tuple[object, dict | None]:
    """One page, rendered, or taken from the build before; and its
    conversion made here, if it may be kept."""
    renderer = each.renderer
    page = renderer.page(spec.src_uri)
    rel = each.prefix + page.file.dest_uri
    target = Path(page.file.abs_dest_path)
    digest = fingerprints.page_digest(each.digest, spec, key) if key is not None else None
    if digest and previous is not None and previous.reuse(rel, digest, target):
        record.note(rel, digest, target)
        record.reused.add(rel)
        return page, None
    kept = renderer.convert(page, converted) if spec.entry is not None else None
    renderer.write(page, renderer.html(page))
    each.rendered += 1
    if digest:
        record.note(rel, digest, target)
    return page, kept


def write(each: Interface, project: Project, helpers: Helpers, serving: bool,
          previous: fingerprints.Record | None, record: fingerprints.Record, later: Later | None = None) -> None:
    """What one interface holds besides its pages: the e-mail editions
    (made by the helpers), the calendars, the feeds, the browser editor and
    the library's index. What is made from the same as in the build before
    is taken from it. With `later` (a preview), an index its helper is
    still making is written once made, without waiting for it."""
    hub, site = each.hub, each.site
    for edition in newsletter.editions(hub, each.content, project.email):
        made = fingerprints.Output(list(edition.urls.values()), edition, make=lambda: {})
        if not _reuse(each, made, previous, record):
            each.pending.append((made, helpers.submit(with_templates, newsletter.edition_files, edition)))
    for output in (calendar.outputs(hub) + feeds.outputs(hub, each.content)
                   + editor.outputs(hub, project.editor, local=serving)):
        if not _reuse(each, output, previous, record):
            _put(each, output, output.make(), record)
    editor.write(site, hub, project.editor, each.renderer.render_template, local=serving,
                 scripts=_to_root(each.prefix) + "admin/" if each.prefix else "")
    _index(each, previous, record, later)  # last: its helper has had the most time


def _index(each: Interface, previous: fingerprints.Record | None, record: fingerprints.Record,
           later: Later | None) -> None:
    """The library's index: taken from the site built before if it holds
    this very one (its folder is named by the digest of all it holds)."""
    index, folder = each.index, each.prefix + each.index.folder
    files = previous.reuse_folder(folder, index.input.digest, each.site / index.folder) \
        if index.built_before and previous else None
    if files is not None:
        record.reused.update(files)
        _note_index(each, files, record)
        return
    index.start()  # a preview's begins now, after its pages and e-mail editions
    if later is not None and not index.ready():
        later.write(each, record)
    else:
        _write_index(each, record)


def _write_index(each: Interface, record: fingerprints.Record) -> None:
    written = each.index.write(each.site)
    files = [each.prefix + each.index.folder + p.relative_to(written).as_posix()
             for p in sorted(written.rglob("*")) if p.is_file()]
    _note_index(each, files, record)


def _note_index(each: Interface, files: list[str], record: fingerprints.Record) -> None:
    for rel in files:
        record.note(rel, each.index.input.digest, each.site / rel[len(each.prefix):])


class Later:
    """The library indexes a preview shows its pages without waiting for
    (at 3,000 entries, making one took four of the seven seconds of a
    rebuild): each is written into its site, and noted in that build's
    record, once its helper has made it; unless a newer build has begun
    meanwhile, which makes its own. Search in the preview finds the edit a
    moment after the page shows it."""

    def __init__(self):
        self.lock = threading.Lock()
        self.generation = 0

    def write(self, each: Interface, record: fingerprints.Record) -> None:
        generation = self.generation

        def made(future: Future) -> None:
            with self.lock:
                if generation != self.generation or future.cancelled():
                    return
                if future.exception() is not None:
                    log.warning("the library's index could not be made: %s", future.exception())
                    return
                _write_index(each, record)

        if each.index.pending is None:  # nothing to wait for
            _write_index(each, record)
        else:
            each.index.pending.add_done_callback(made)

    def abandon(self) -> None:
        """Write none of the indexes not yet written; once this returns,
        none is being written (the records are as they will stay)."""
        with self.lock:
            self.generation += 1


def _reuse(each: Interface, output: fingerprints.Output, previous: fingerprints.Record | None,
           record: fingerprints.Record) -> bool:
    """Take a writer's files from the build before, if made from the same."""
    digest = fingerprints.output_digest(each.digest, output.source)
    rels = [each.prefix + name for name in output.names]
    if previous is None or not previous.reuse_all(rels, digest, [each.site / name for name in output.names]):
        return False
    for rel, name in zip(rels, output.names):
        record.note(rel, digest, each.site / name)
    record.reused.update(rels)
    return True


def _put(each: Interface, output: fingerprints.Output, files: dict[str, bytes], record: fingerprints.Record) -> None:
    """A writer's files, written and noted for the next build."""
    digest = fingerprints.output_digest(each.digest, output.source)
    for name, data in files.items():
        path = each.site / name
        write_whole(path, data)
        record.note(each.prefix + name, digest, path)


def finish(each: Interface, downloads: list[offline.Download] | None, record: fingerprints.Record) -> None:
    """The e-mail editions written, and the downloads listed on /offline/."""
    for output, future in each.pending:
        _put(each, output, future.result(), record)
    if downloads is not None:
        page = each.site / "offline" / "index.html"
        offline.list_downloads(page, downloads, each.renderer.render_template, strings(each.hub.settings.language),
                               _to_root(each.prefix))
        rel = each.prefix + "offline/index.html"
        if rel in record.pages:  # the same page, with the list filled in: the next build may take it
            record.note(rel, record.pages[rel][0], page)


# ----------------------------------------------------------------- helpers


def _conversions(project: Project, helpers: Helpers, keep: bool | None = None) -> Conversions:
    """Conversions kept by the builds before (`.cache/cphub/`), and the helpers' new ones."""
    keep = project.options.cache if keep is None else keep
    cache = render_cache.RenderCache(project.root, settings_digest(project.config), keep)
    return Conversions(helpers, cache, project.options.markdown_time_limit)


def _parsed(project: Project, save: bool = True) -> ParsedCache:
    """Front matter read by the builds before (`.cache/cphub/`)."""
    return ParsedCache(project.root / FOLDER if project.options.cache else None, save=save)


def _ready_first(specs: list[Page], conversions: Conversions) -> Iterator[Page]:
    """Entries whose Markdown is converted first, then the others as the
    helpers finish them: the build never waits for one while another is ready."""
    waiting: dict[Future, list[Page]] = {}
    for spec in specs:
        pending = conversions.pending([markdown_of(spec.entry.body)])
        if pending:
            waiting.setdefault(pending[0], []).append(spec)
        else:
            yield spec
    for future in as_completed(waiting):
        yield from waiting[future]


def _assets(root: Path) -> list[Asset]:
    """The files that sit beside entries (a brief's PDF), where they go in the site."""
    found = []
    for spec in TYPES.values():
        for path in walk_assets(root, spec.folder):
            inner = path.relative_to(root / spec.folder).as_posix()
            found.append(Asset(f"{spec.url_prefix}/{inner}" if spec.url_prefix else inner, path))
    return found


def _archives(project: Project, first: Interface, helpers: Helpers, previous: fingerprints.Record | None,
              record: fingerprints.Record) -> offline.Archives:
    """The offline copies, begun: the pages taken unchanged from the build
    before are taken from its zip too, if its copy was made alike."""
    plan = _offline_plan(project, first.hub, first.renderer.render_template)
    record.offline = offline.plan_digest(plan)
    if previous is None or previous.offline != record.offline:
        return offline.Archives(helpers, plan, first.site)
    before = previous.site / offline.DOWNLOADS / f"{plan.slug}-offline.zip"
    return offline.Archives(helpers, plan, first.site, before, record.reused)


def _offline_plan(project: Project, first: Hub, render) -> offline.Plan:
    """What the offline copies need, the note on their /offline/ included."""
    settings = first.settings
    note = render("partials/hub/offline-note.html", {"t": strings(settings.language), "site_url": settings.site_url})
    return offline.plan_for(first, note, project.options.zim)


def _to_root(prefix: str) -> str:
    """The way from a section's page of an interface (offline/, admin/, or
    fr/offline/…) up to the site's root."""
    return "../" * (1 + prefix.count("/"))


def today():
    try:
        return build_date()
    except ValueError:
        raise ConfigProblem("SOURCE_DATE_EPOCH must be a whole number of seconds") from None


class _Clock:
    def __init__(self):
        self.last = time.perf_counter()

    def lap(self, done: str) -> None:
        now = time.perf_counter()
        log.info("%s in %.2f s", done, now - self.last)
        self.last = now


class _Warnings(logging.Handler):
    """MkDocs' warnings during a build (a link to a file that does not
    exist): shown as they come, and with --strict the build fails."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1

    def __enter__(self) -> _Warnings:
        logging.getLogger("mkdocs").addHandler(self)
        return self

    def __exit__(self, *exc_info) -> None:
        logging.getLogger("mkdocs").removeHandler(self)

    def stop_if(self, strict: bool) -> None:
        if strict and self.count:
            raise ConfigProblem(f"{self.count} warning(s) above: with --strict the build stops "
                                "(hint: fix what each names, then build again)")

