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
import time
from concurrent.futures import Future, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import jinja2

from .clock import build_date
from .content.hub import Hub, build_hub, with_settings
from .content.load import Loaded, load_project, walk_assets
from .content.model import TYPES
from .content.validate import validate
from .diagnostics import BuildProblem, ContentError, Diagnostic, failing
from .helpers import Helpers
from .outputs import calendar, editor, feeds, library, newsletter, offline
from .project import ConfigProblem, Project
from .site import render_cache, theme
from .site.addresses import hub_scope
from .site.convert import (Conversions, Failure, markdown_of, settings_digest, setup, source,
                           template_renderer, with_templates)
from .site.pages import Page, footer, generate, interfaces
from .site.render import Asset, SiteRenderer
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
    content: dict[str, str] = field(default_factory=dict)  # each entry's HTML, by slug (for feeds, editions)
    pending: list[Future] = field(default_factory=list)  # e-mail editions being made


@dataclass
class Built:
    pages: int
    warnings: list[Diagnostic]


def build(project: Project, site: Path, *, archives: bool = True, serving: bool = False) -> Built:
    """Build the hub into `site`, an empty folder (the command line builds
    into a staging folder and swaps it in whole once this returns)."""
    try:
        return _build(project, site, archives, serving)
    except jinja2.TemplateSyntaxError as error:  # a hub owner's override
        raise BuildProblem(f"template {error.filename or error.name}:{error.lineno}: {error.message}") from None
    except jinja2.TemplateError as error:
        raise BuildProblem(f"a template failed: {error}") from None


def _build(project: Project, site: Path, archives: bool, serving: bool) -> Built:
    with Helpers("cphub-helper", setup, (project.config.config_file_path,)) as helpers, _Warnings() as warned:
        conversions = _conversions(project, helpers)
        loaded = read(project.root, conversions)                                  # read
        hub, warnings = validated_hub(project, loaded)                            # validate, index
        languages = [interface(project, hub, language, site, helpers, serving)    # pages
                     for language in project.languages]
        copies = None
        for each in languages:                                                    # render each interface
            render(each, conversions)
            if copies is None and archives:  # the offline copies hold the first interface
                copies = offline.Archives(helpers, _offline_plan(project, each.hub, each.renderer.render_template), site)
        for each in languages:                                                    # writers
            write(each, project, helpers, serving)
            if copies is not None and each is languages[0]:
                copies.complete()  # its library index and calendars too
        conversions.cache.save()
        downloads = copies.downloads() if copies else None
        for each in languages:
            finish(each, downloads)
        warned.stop_if(project.strict)
    return Built(sum(len(each.pages) for each in languages), warnings)


def check(project: Project) -> tuple[list[Diagnostic], int]:
    """Every problem of every file, as a build would find them (each entry's
    Markdown converted within the time limit), and how many files are
    valid; writes nothing."""
    with Helpers("cphub-helper", setup, (project.config.config_file_path,)) as helpers:
        conversions = _conversions(project, helpers, keep=False)
        loaded = read(project.root, conversions)
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


def read(root: Path, conversions: Conversions) -> Loaded:
    """Every file, read; each entry's Markdown handed to the helpers at once."""
    loaded = load_project(root)
    for entry in loaded.entries:
        conversions.submit(markdown_of(entry.body))
    return loaded


def validated_hub(project: Project, loaded: Loaded) -> tuple[Hub, list[Diagnostic]]:
    """The published hub in the first interface's words, and the warnings;
    ContentError listing every problem (warnings too, when strict)."""
    validated = validate(project.root, loaded, project.interfaces)
    diagnostics = validated.diagnostics + project.translation_gaps()
    if failing(diagnostics, project.strict):
        raise ContentError(diagnostics)
    hub = build_hub(project.root, project.settings(project.languages[0]), today(), validated.entries,
                    validated.topics, validated.organisations)
    return hub, diagnostics


def interface(project: Project, first: Hub, language: str, site: Path, helpers: Helpers,
              serving: bool) -> Interface:
    """One interface's pages, its index on the way, and what renders them."""
    settings = project.settings(language)
    hub = first if language == project.languages[0] else with_settings(first, settings)
    config = project.interface_config(language)
    config.site_dir = str(site / settings.interface_prefix)
    config.nav = theme.navigation(hub)
    kept = project.root / render_cache.FOLDER / f"library-{language}.json" if project.options.cache else None
    index = library.Index(hub, helpers, kept)
    pages = generate(hub, {"index": index.folder, "stemmers": index.stemmers})
    context = {"t": strings(language), "settings": settings, "feeds": hub_scope(hub).links(),
               "footer": footer(hub), "interfaces": interfaces(settings)}
    renderer = SiteRenderer(config, pages, context, _assets(project.root), index.stemmers,
                            editor=not settings.interface_prefix)
    return Interface(settings.interface_prefix, hub, index, pages, renderer, Path(config.site_dir))


def render(each: Interface, conversions: Conversions) -> None:
    """Every page of one interface, written: first those with no Markdown
    of their own, then each entry as soon as its Markdown is converted."""
    started = time.perf_counter()
    renderer = each.renderer
    renderer.copy_static_files()
    for spec in each.pages:
        if spec.entry is None:
            page = renderer.page(spec.src_uri)
            renderer.write(page, renderer.html(page))
    for spec in _ready_first([p for p in each.pages if p.entry is not None], conversions):
        markdown = markdown_of(spec.entry.body)
        record = conversions.record(markdown)
        if isinstance(record, Failure):
            raise ContentError(conversions.failures(map(source, each.hub.entries + each.hub.pages)))
        page = renderer.page(spec.src_uri)
        kept = renderer.convert(page, record)
        if record is None:
            conversions.keep(markdown, kept)
        renderer.write(page, renderer.html(page))
        each.content[spec.entry.slug] = page.content
    renderer.check_anchors()
    renderer.write_theme_templates()
    log.info("%s: %d pages rendered in %.2f s", each.prefix or "/", len(each.pages), time.perf_counter() - started)


def write(each: Interface, project: Project, helpers: Helpers, serving: bool) -> None:
    """What one interface holds besides its pages: the e-mail editions
    (made by the helpers), the calendars, the feeds, the browser editor and
    the library's index."""
    hub, site = each.hub, each.site
    each.pending = [helpers.submit(with_templates, newsletter.edition_files, edition)
                    for edition in newsletter.editions(hub, each.content, project.email)]
    calendar.write_all(hub, site)
    feeds.write_all(hub, site, each.content)
    editor.write(site, hub, project.editor, each.renderer.render_template, local=serving,
                 scripts=_to_root(each.prefix) + "admin/" if each.prefix else "")
    each.index.write(site)  # last: its helper has had the most time


def finish(each: Interface, downloads: list[offline.Download] | None) -> None:
    """The e-mail editions written, and the downloads listed on /offline/."""
    for future in each.pending:
        newsletter.write_files(each.site, future.result())
    if downloads is not None:
        offline.list_downloads(each.site / "offline" / "index.html", downloads, each.renderer.render_template,
                               strings(each.hub.settings.language), _to_root(each.prefix))


# ----------------------------------------------------------------- helpers


def _conversions(project: Project, helpers: Helpers, keep: bool | None = None) -> Conversions:
    """Conversions kept by the builds before (`.cache/cphub/`), and the helpers' new ones."""
    keep = project.options.cache if keep is None else keep
    cache = render_cache.RenderCache(project.root, settings_digest(project.config), keep)
    return Conversions(helpers, cache, project.options.markdown_time_limit)


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

