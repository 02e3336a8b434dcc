"""One interface's pages made HTML with the theme's templates.

MkDocs is used here as a library: its files, navigation and page objects
are what Material's templates read (`page`, `nav`, `base_url`, the `url`
filter), and its conversion makes an entry's Markdown HTML. The pipeline
decides what is rendered, and when: a page whose Markdown a helper is still
converting waits while the others render.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, pass_context
from markupsafe import Markup, escape
from mkdocs import utils
from mkdocs.commands.build import get_context
from mkdocs.structure.files import File, Files, InclusionLevel, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page as MkDocsPage

from ..locale import number
from . import markers, render_cache
from .markers import ROOT
from .pages import Page
from .sitedir import write_whole
from .theme import EDITOR, STEMMERS, UNUSED_THEME_FILES, environment


@dataclass
class Asset:
    """A file beside the entries (a brief's PDF), copied as it is."""
    src_uri: str  # where it goes in the site
    path: Path


class SiteRenderer:
    """One interface language: MkDocs' files, navigation and page objects
    for the hub's pages, and the theme's templates to render them with."""

    def __init__(self, config, pages: list[Page], context: dict[str, Any], assets: list[Asset],
                 stemmers: list[str], editor: bool):
        self.config = config
        self.context = context  # what every page's templates read of the hub (`hub`)
        self.specs = {page.src_uri: page for page in pages}
        self.env = self._environment(pages)
        self.files = self._files(pages, assets, stemmers, editor)
        self.nav = get_navigation(self.files, config)
        self.documents = self.files.documentation_pages()
        # The navigation's sections by their folder ("briefs" → Briefs).
        self.sections = {p.url.rstrip("/"): p for p in self.nav.pages if p.url.count("/") == 1}

    # ---------------------------------------------------------- set-up

    def _environment(self, pages: list[Page]) -> Environment:
        env = environment(self.config)
        # A new environment for each build: no template changes within one,
        # and checking each file's date at every include cost 80,000 calls
        # to stat at 3,000 entries.
        env.auto_reload = False
        env.globals["hub_card"] = _card_renderer(env)
        env.globals["hub_navigation"] = _navigation_renderer(env)
        env.globals["hub_markers"] = {name.lower(): Markup(getattr(markers, name)) for name in (
            "TEXT_START", "TEXT_END", "DOWNLOADS_START", "DOWNLOADS_END")}
        language = self.context["settings"].language
        env.filters["number"] = lambda value: number(value, language)  # counts, as CLDR writes them
        # The sitemap's hreflang links: every language version of a page.
        alternates = {p.url: [a for a in p.alternates if a["absolute"]] for p in pages if p.alternates}
        env.globals["hub_alternates"] = lambda url: alternates.get(url, [])
        return env

    def _files(self, pages: list[Page], assets: list[Asset], stemmers: list[str], editor: bool) -> Files:
        """The hub's pages and assets, and the theme's files the site uses."""
        config = self.config
        files = Files([file_for(config, page.src_uri) for page in pages])
        for asset in assets:
            files.append(file_for(config, asset.src_uri, asset.path))
        theme = Files([])
        theme.add_files_from_theme(self.env, config)
        unused = UNUSED_THEME_FILES + (() if editor else (EDITOR,))
        for file in theme:
            if not (file.src_uri.startswith(unused) or file.src_uri.endswith(".map")
                    or _unused_stemmer(file.src_uri, stemmers)):
                files.append(file)
        set_exclusions(files, config)
        return files

    # ---------------------------------------------------------- pages

    def page(self, src_uri: str) -> MkDocsPage:
        """MkDocs' page object for one of the hub's pages, titled."""
        spec = self.specs[src_uri]
        page = self.files.get_file_from_path(src_uri).page
        if page.markdown is None:
            page.markdown = spec.markdown
            # Material prints these without escaping; escaped Markup keeps a
            # title such as "Care & <protection>" intact and harmless.
            page.meta = {"template": spec.template, "title": escape(spec.title)}
            if spec.description:
                page.meta["description"] = escape(spec.description)
        return page

    def convert(self, page: MkDocsPage, record: dict | None) -> dict | None:
        """Give `page` its HTML: `record`, a conversion made elsewhere, or
        MkDocs' own conversion here, for a page whose links name other
        files (resolved against this site's). What may be kept, or None."""
        if record is not None:
            render_cache.apply(page, record)
            return record
        return render_cache.render(page, self.config, self.files)

    def html(self, page: MkDocsPage) -> str:
        """The page rendered with its template."""
        spec = self.specs[page.file.src_uri]
        if page.content is None:  # a page with no Markdown of its own (lists, terms, sections)
            page.content, page.toc = "", []
        # Material marks the current page in the navigation, and the section
        # a page the navigation does not list belongs to (an entry's type,
        # a topic's "Topics"), so the reader sees where they are.
        section = self.sections.get(page.url.partition("/")[0])
        marked = [page] if section in (None, page) else [page, section]
        for each in marked:
            each.active = True
        try:
            context = get_context(self.nav, self.documents, self.config, page)
            context.update(hub=self.context, view=spec.view, hub_page=spec)
            return self.env.get_template(spec.template).render(context)
        finally:
            for each in marked:
                each.active = False

    def write(self, page: MkDocsPage, html: str) -> None:
        write_whole(Path(page.file.abs_dest_path), html.encode("utf-8", errors="xmlcharrefreplace"))

    def check_anchors(self) -> None:
        """MkDocs' check of links to anchors in other pages (it warns)."""
        for file in self.documents:
            if file.page is not None and file.page.content is not None:
                file.page.validate_anchor_links(files=self.files, log_level=self.config.validation.links.anchors)

    # ---------------------------------------------------------- the rest

    def static_files(self) -> list[File]:
        """The theme's assets and the files beside the entries, copied as they are."""
        return [file for file in self.files if not file.is_documentation_page()]

    def write_theme_templates(self) -> None:
        """The theme's own pages: the sitemap (and its gzipped copy), 404.html."""
        for name in self.config.theme.static_templates:
            template = self.env.get_template(name)
            base_url = utils.get_relative_url(".", name)
            if utils.is_error_template(name):  # served at any depth: links from the root
                base_url = urlsplit(self.config.site_url or "/").path
            context = get_context(self.nav, self.documents, self.config, base_url=base_url)
            context["hub"] = self.context
            output = template.render(context)
            if not output.strip():
                continue
            path = Path(self.config.site_dir) / name
            utils.write_file(output.encode("utf-8"), str(path))
            if name == "sitemap.xml":
                stamp = utils.get_build_timestamp(pages=[f.page for f in self.documents if f.page is not None])
                with path.with_name(name + ".gz").open("wb") as handle, \
                        gzip.GzipFile(fileobj=handle, filename=f"{path}.gz", mode="wb", mtime=stamp) as zipped:
                    zipped.write(output.encode("utf-8"))

    def render_template(self, name: str, context: dict[str, Any]) -> str:
        """One of the theme's templates, outside any page (the editor's page)."""
        return self.env.get_template(name).render(**context)


def file_for(config, src_uri: str, path: Path | None = None) -> File:
    """MkDocs' file for one of the hub's pages (no source file: the hub
    gives its Markdown) or for an asset copied from `path`."""
    # Most pages are in no navigation (entries, lists): MkDocs is told so,
    # rather than logging thousands of them as left out of it.
    file = File(src_uri, src_dir=None, dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls,
                inclusion=InclusionLevel.NOT_IN_NAV)
    if path is not None:
        file.abs_src_path = str(path)
    return file


def _unused_stemmer(src_uri: str, stemmers: list[str]) -> bool:
    """A Snowball stemmer for a language no entry of the hub is in."""
    if not src_uri.startswith(STEMMERS):
        return False
    name = src_uri[len(STEMMERS):]
    return name not in ("base.js", "package.json", "README.md") and name.removesuffix(".js") not in stemmers


def _card_renderer(env: Environment):
    """`hub_card(item, heading, compact, topic_links)`: an entry's card,
    rendered once. A card appears on many lists (its type, each of its
    terms, related entries) at several depths; rendering it anew each
    time was a tenth of a build. Its links lead back to the site's root
    through the page's `base_url`, put in where the card holds a mark
    (`<` in any text of a card is escaped: only the mark, given as
    Markup, can be written as it is)."""
    macro = env.get_template("partials/hub/card.html").module.card
    cache: dict[tuple, str] = {}

    @pass_context
    def hub_card(context, item, heading="h3", compact=False, topic_links=True):
        key = (item["url"], heading, compact, topic_links, "also" in item)  # a list's card names its versions
        card = cache.get(key)
        if card is None:
            card = cache[key] = str(macro(item, heading, ROOT, compact, topic_links))
        return Markup(card.replace(ROOT, str(escape(context["base_url"]))))

    return hub_card


def _navigation_renderer(env: Environment):
    """`hub_navigation(partial)`: one of Material's navigation partials
    (the sidebar's `partials/nav.html`, the tabs' `partials/tabs.html`)
    for this page, rendered once per folder for the thousands of pages
    the navigation does not list (entries, listing and term pages);
    rendering them for each page was a fifth of a build. Such a page has
    nothing in the navigation marked active, and its relative links to
    the navigation's pages depend only on its folder, unless one of those
    pages lies inside it."""
    cache: dict[tuple[str, str], Markup] = {}

    @pass_context
    def hub_navigation(context, partial):
        page, nav = context.get("page"), context.get("nav")

        def rendered() -> Markup:  # the template looked up only when rendered
            return Markup(env.get_template(partial).render(context.get_all()))

        if page is None or nav is None or any(p.url.startswith(page.url) for p in nav.pages):
            return rendered()
        key = (partial, page.url.rstrip("/").rpartition("/")[0])
        if key not in cache:
            cache[key] = rendered()
        return cache[key]

    return hub_navigation
