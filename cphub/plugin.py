"""The MkDocs plugin: a thin adapter between MkDocs and the hub's pure core.

MkDocs sees only generated files: one per entry, listing, term and section,
plus the files that sit beside entries. It never scans or parses the content
folders itself (its YAML reading is not strict, and its nav would list every
entry, which makes a build quadratic).
"""

from __future__ import annotations

import logging
import threading
import time
from email.utils import parseaddr
from pathlib import Path

from jinja2 import pass_context
from markupsafe import Markup, escape
from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from . import strings as strings_module
from .clock import build_date
from .content.hub import Hub, Settings, with_settings
from .content.load import walk_assets
from .content.model import TYPES
from .content.project import read_hub
from .diagnostics import ContentError
from .locale import direction, number
from .outputs import calendar, editor, feeds, library, newsletter, offline
from .site import render_cache
from .site.convert import DEFAULT_LIMIT, ContentAbort, Rendering, source
from .site.pages import Page, footer, generate, interfaces
from .strings import strings

log = logging.getLogger("mkdocs.plugins.cphub")
EMPTY_DOCS_DIR = Path(__file__).resolve().parent / "empty_docs_dir"


class HubConfig(Config):
    description = opt.Type(str, default="")
    """One or two sentences about the hub, for the home page and the feeds."""
    page_size = opt.Type(int, default=50)
    """How many entries a listing page shows. On 2G a request costs more than
    its bytes: fewer, longer pages (50 cards are about 6 KB gzipped)."""
    feed_length = opt.Type(int, default=50)
    """How many entries the hub-wide feeds carry."""
    scoped_feed_length = opt.Type(int, default=20)
    """How many entries each type's, topic's, country's and organisation's feeds
    carry. There are three feeds per term, each with full content: at 3,000
    entries, 50 each would make feeds two fifths of the site."""
    zim = opt.Type(bool, default=True)
    """Write the ZIM file for Kiwix (needs the `zim` extra). Its compression
    is most of a large hub's build time: a hub may turn it off here and make
    it apart with `build.py archive`."""
    related_count = opt.Type(int, default=5)
    """How many related entries an entry page shows."""
    cache = opt.Type(bool, default=True)
    """Keep rendered Markdown and the library's index in `.cache/cphub/`
    between builds, so that `serve` and rebuilds convert only what changed,
    and index again only when something indexed changed."""
    markdown_time_limit = opt.Type((int, float), default=DEFAULT_LIMIT)
    """Seconds one entry's Markdown may take to convert. An entry over it is
    refused (`path:line: body: …`): some text makes Markdown take minutes."""
    interface_languages = opt.Type(list, default=[])
    """The hub's interface in several languages, e.g. [en, fr]: the first at
    /, each other under /<code>/ (the same entries; each interface's words,
    listings, library and feeds), with a language switcher on every page."""
    contact = opt.Type(str, default="")
    """How readers reach the hub's editors, linked from every page's footer:
    an e-mail address or a web page (a contact form)."""
    newsletter_signup = opt.Type(str, default="")
    """Where readers subscribe to the newsletter (a form of Mailchimp,
    Buttondown, listmonk…, or a mailto: address): linked from /newsletters/,
    every issue and /subscribe/."""
    newsletter_merge_tags = opt.Type((str, dict), default="")
    """The mailing service's unsubscribe and preferences links in the e-mail
    editions' footer: `mailchimp`, `listmonk`, or a service's own tags as
    {unsubscribe: …, manage: …}. Without it, the footer says the service adds them."""
    editor = opt.Type(dict, default={})
    """The browser editor at /admin/ (Decap CMS): `repo` (owner/name on
    GitHub; by default from `repo_url`), `branch` (main) and `auth_url`, the
    address of the OAuth client contributors sign in through (README)."""
    newsletter_from = opt.Type(str, default="")
    """The sender of the editions' .eml messages, e.g. `Exchange <news@example.org>`."""


def contact_link(config: HubConfig) -> str:
    """The footer's contact link: a web page, or an e-mail address as mailto:."""
    contact = config.contact.strip()
    if not contact or contact.startswith(("https://", "http://", "mailto:")):
        return contact
    if "@" in contact and not any(c in contact for c in " <>\r\n"):
        return "mailto:" + contact
    raise Abort(f"mkdocs.yml: contact: '{contact}' is neither an e-mail address nor a web address "
                "(hint: editors@example.org, or a contact page starting with https://)")


def interface_languages(config: HubConfig, site_url: str) -> tuple[str, ...]:
    """`interface_languages`, checked: each has a catalog, none twice; the
    other interfaces' links need the hub's address."""
    languages = tuple(str(code) for code in config.interface_languages)
    shipped = strings_module.languages()
    for code in languages:
        if code not in shipped:
            raise Abort(f"mkdocs.yml: interface_languages: '{code}' has no catalog "
                        f"(hint: one of {', '.join(shipped)}; `python tools/catalogs.py --init {code}` starts one)")
    if len(set(languages)) != len(languages):
        raise Abort("mkdocs.yml: interface_languages: a language is listed twice (hint: list each once)")
    if len(languages) > 1 and not site_url:
        raise Abort("mkdocs.yml: interface_languages: needs site_url (hint: the address the hub is published at)")
    return languages


def newsletter_options(config: HubConfig) -> newsletter.EmailOptions:
    """The e-mail editions' options, checked: a wrong one stops the build
    before anything is written."""
    signup = config.newsletter_signup
    if signup and not signup.startswith(("https://", "http://", "mailto:")):
        raise Abort(f"mkdocs.yml: newsletter_signup: '{signup}' is not a web address "
                    "(hint: the sign-up form's address, starting with https://, or mailto:…)")
    tags = config.newsletter_merge_tags
    if isinstance(tags, str) and tags:
        if tags not in newsletter.MERGE_TAGS:
            raise Abort(f"mkdocs.yml: newsletter_merge_tags: '{tags}' is not a service the hub knows "
                        f"(hint: one of {', '.join(newsletter.MERGE_TAGS)}, or your service's own tags "
                        "as {unsubscribe: …, manage: …})")
        tags = newsletter.MERGE_TAGS[tags]
    elif isinstance(tags, dict):
        if not isinstance(tags.get("unsubscribe"), str) or set(tags) - {"unsubscribe", "manage"} \
                or not all(isinstance(v, str) for v in tags.values()):
            raise Abort("mkdocs.yml: newsletter_merge_tags: give the service's tags as text, "
                        "{unsubscribe: …, manage: …} (hint: unsubscribe is required, manage optional)")
    sender = config.newsletter_from
    if sender and ("@" not in parseaddr(sender)[1] or any(c in sender for c in "\r\n")):
        raise Abort(f"mkdocs.yml: newsletter_from: '{sender.strip()}' is not an e-mail address "
                    "(hint: news@example.org, or with a name: 'The Exchange <news@example.org>')")
    return newsletter.EmailOptions(merge_tags=tags or None, sender=sender)


# Material's own search (replaced by the library) and source maps: nothing
# loads them, so they would only weigh on the site and its archives.
UNUSED_THEME_FILES = ("assets/javascripts/lunr/", "assets/javascripts/workers/")
# The templates' own folders: the e-mail editions' and `build.py new`'s.
TEMPLATE_FOLDERS = ("email/", "scaffolds/")

# The browser editor's files (templates/admin/): the first interface's site only.
EDITOR_FOLDER = offline.EDITOR
EDITOR_MARK = b'<meta name="generator" content="cphub editor">'  # on /admin/index.html only
STEMMERS_FOLDER = "assets/vendor/snowball-stemmers"
# Where a card's links lead back to the site's root, until a page fills it in.
ROOT_MARK = Markup("<hub-root>")

# The sections a hub without its own `nav:` gets, each named in its language.
DEFAULT_NAV = ["home", "briefs", "webinars", "newsletters", "resources", "library", "topics",
               "subscribe", "offline"]


def default_nav(hub: Hub) -> list[dict]:
    """The sections, named in the interface language, and the hub's own
    pages (about, community rules…) under "About"."""
    t = strings(hub.settings.language)
    nav: list[dict] = [{t[key]: "index.md" if key == "home" else f"{key}/index.md"} for key in DEFAULT_NAV]
    pages = [{p.title: p.page_url.rstrip("/") + ".md"} for p in hub.pages]
    if pages:
        nav.append({t["about"]: pages})
    return nav


def root_of(config) -> Path:
    """The project: the folder of mkdocs.yml."""
    return Path(config.config_file_path).resolve().parent


class HubPlugin(BasePlugin[HubConfig]):
    # Set by the command line when it has already read the hub, so a build
    # does not read every file twice; and the Markdown conversion it started
    # while reading, so that the workers convert meanwhile.
    preloaded: Hub | None = None
    rendering: Rendering | None = None
    # Set on the build of another interface language (/fr/…), by the first's.
    interface_prefix: str = ""
    built_hub: Hub | None = None  # the first interface's hub, entries already read
    shared_downloads: list | None = None  # the first interface's offline copies
    serving = False  # under `serve` (on_startup says)

    def settings(self, config) -> Settings:
        return Settings(
            site_name=config.site_name,
            site_url=config.site_url.rstrip("/") + "/" if config.site_url else "",
            language=str(config.theme.get("language") or "en"),
            page_size=self.config.page_size,
            feed_length=self.config.feed_length,
            scoped_feed_length=self.config.scoped_feed_length,
            related_count=self.config.related_count,
            description=self.config.description,
            newsletter_signup=self.config.newsletter_signup,
            contact=contact_link(self.config),
            interface_languages=interface_languages(self.config, config.site_url),
            interface_prefix=self.interface_prefix,
        )

    def on_startup(self, command, dirty):
        # A live preview rebuilds on every edit: it skips the archives.
        self.serving = command == "serve"

    def check_options(self, config) -> tuple[str, ...]:
        """Every option, checked: a wrong one stops any command (`check`
        too) before anything is read or written. The interface languages."""
        if not self.config.markdown_time_limit > 0:
            raise Abort("mkdocs.yml: markdown_time_limit: must be a number of seconds above 0 (hint: e.g. 5)")
        self.email_options = newsletter_options(self.config)
        contact_link(self.config)
        try:
            self.backend = editor.backend_of(self.config.editor, config.repo_url)
        except editor.EditorOptionError as error:
            raise Abort(f"mkdocs.yml: {error}") from None
        return interface_languages(self.config, config.site_url)

    def on_config(self, config):
        languages = self.check_options(config)
        if languages:  # this build's interface: the first, or the one it was started for
            config.theme["language"] = self.interface_prefix.rstrip("/") or languages[0]
        self.root = root_of(config)
        # MkDocs walks docs_dir following symbolic links (a link to / would
        # make it crawl the machine); the hub never uses that walk, so it
        # points MkDocs at an empty folder of its own.
        config.docs_dir = str(EMPTY_DOCS_DIR)
        settings = self.settings(config)
        if self.built_hub:
            self.hub = with_settings(self.built_hub, settings)
        elif self.preloaded:
            self.hub = self.preloaded
        else:
            try:
                self.hub, warnings = read_hub(self.root, settings, build_date(), strict=config.strict)
            except ContentError as error:
                raise ContentAbort(error.diagnostics) from None
            for warning in warnings:
                log.warning(str(warning))
        self.pages: dict[str, Page] = {p.src_uri: p for p in generate(self.hub)}
        # What every page's templates read of the hub (the same for each page).
        self.shared_context = {"t": strings(self.hub.settings.language), "settings": self.hub.settings,
                               "feeds": feeds.hub_scope(self.hub).links(), "footer": footer(self.hub),
                               "interfaces": interfaces(self.hub.settings)}
        self.content: dict[str, str] = {}
        # The sections as a row of tabs under the header on a wide screen
        # (in the drawer on a phone): a hub's navigation, not a manual's sidebar.
        features = config.theme.get("features") or []
        if "navigation.tabs" not in features:
            config.theme["features"] = [*features, "navigation.tabs"]
        if config.nav is None or self.interface_prefix:  # never let MkDocs list every entry in the nav
            config.nav = default_nav(self.hub)
        return config

    def on_pre_build(self, config):
        if self.rendering is None:  # first: its workers' forkserver also starts the index's process
            self.rendering = self.start_rendering(config)
        kept = self.root / render_cache.FOLDER / f"library-{self.hub.settings.language}.json"
        self.index = library.PendingIndex(self.hub, kept if self.config.cache else None)
        self.pages["library/index.md"].view["index"] = self.index.folder
        self.rendering.begin(config, {uri: source(page.entry) for uri, page in self.pages.items() if page.entry})

    def start_rendering(self, config) -> Rendering:
        return Rendering(config, self.config.markdown_time_limit, keep_cache=self.config.cache)

    def on_build_error(self, error):
        # End the workers, the indexing process and libzim's threads; keep nothing.
        if self.rendering:
            self.rendering.close()
            self.rendering = None
        if getattr(self, "index", None):
            self.index.cancel()
        if getattr(self, "downloads", None):
            self.downloads.abandon()

    def on_env(self, env, config, files):
        # MkDocs makes a new environment for every build (serve's too): within
        # one, no template changes, and checking each file's date at every
        # include was 80,000 calls to stat at 3,000 entries.
        env.auto_reload = False
        env.globals["hub_card"] = self._card_renderer(env)
        env.globals["hub_navigation"] = self._navigation_renderer(env)
        language = self.hub.settings.language
        env.filters["number"] = lambda value: number(value, language)  # counts, as CLDR writes them
        # The sitemap's hreflang links: every language version of a page.
        alternates = {p.url: [a for a in p.alternates if a["absolute"]] for p in self.pages.values() if p.alternates}
        env.globals["hub_alternates"] = lambda url: alternates.get(url, [])
        self.env = env
        site = Path(config.site_dir)
        self.downloads = None
        # Another interface's build makes no offline copies: /fr/offline/ offers the first's.
        if not self.serving and not self.interface_prefix:
            self.downloads = offline.Downloads(self.hub, self.render, site, zim=self.config.zim)
        return env

    def on_post_page(self, output, page, config):
        if self.downloads:
            self.downloads.page(page.file.dest_uri, output)
        return output

    def render(self, template: str, context: dict) -> str:
        return self.env.get_template(template).render(**context)

    @staticmethod
    def _card_renderer(env):
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
            key = (item["url"], heading, compact, topic_links)
            card = cache.get(key)
            if card is None:
                card = cache[key] = str(macro(item, heading, ROOT_MARK, compact, topic_links))
            return Markup(card.replace(ROOT_MARK, str(escape(context["base_url"]))))

        return hub_card

    @staticmethod
    def _navigation_renderer(env):
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

    def _site_root(self) -> str:
        """The way from a section's page of this interface (offline/,
        admin/, or fr/offline/…) up to the site's root."""
        return "../" * (1 + self.interface_prefix.count("/"))

    def _write_editor(self, site: Path) -> None:
        """/admin/: Decap's page and its config.yml, exported from the model
        and the hub's lists (the local back end on under `serve`). Another
        interface (/fr/admin/) has its own, in its language, and loads the
        scripts of the first's."""
        folder = site / EDITOR_FOLDER
        folder.mkdir(exist_ok=True)
        # Without a repository only `serve`'s local back end has somewhere to save.
        connected = bool(self.backend.repo) or self.serving
        if connected:
            data = editor.config(self.hub, self.backend, local=self.serving)
            (folder / "config.yml").write_text(editor.render(data), encoding="utf-8")
        styles = sorted((p.relative_to(site).as_posix() for p in (site / "assets" / "stylesheets").glob("*.css")),
                        key=lambda name: (name.endswith("/hub.css"), name))  # the hub's own rules last
        language = self.hub.settings.language
        t = strings(language)
        page = self.render("admin/index.html", {
            "t": t, "language": language, "direction": direction(language), "connected": connected,
            "site_name": self.hub.settings.site_name, "styles": ["../" + s for s in styles],
            "scripts": self._site_root() + EDITOR_FOLDER if self.interface_prefix else "",
            "types": [{"name": spec.name, "label": t.get(spec.name, spec.label)} for spec in TYPES.values()],
        })
        (folder / "index.html").write_text(page, encoding="utf-8")

    def _build_other_interfaces(self, config, downloads) -> None:
        """Each other interface language, built into /<code>/ of this site
        from the entries already read: MkDocs renders it again in that
        language (its Markdown comes from the render cache)."""
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        site, hub = Path(config.site_dir), self.hub
        for language in list(self.config.interface_languages[1:]):
            started = time.perf_counter()
            other = load_config(config.config_file_path, site_dir=str(site / language),
                                site_url=hub.settings.site_url + f"{language}/", strict=config.strict)
            # MkDocs keeps one instance of a plugin per process (for `serve`):
            # this may be this very instance, so its state is reset after.
            plugin = other.plugins["cphub"]
            plugin.interface_prefix, plugin.built_hub, plugin.shared_downloads = f"{language}/", hub, downloads
            try:
                build(other)
            finally:
                plugin.interface_prefix, plugin.built_hub, plugin.shared_downloads = "", None, None
            log.info("the %s interface built in %.2f s", language, time.perf_counter() - started)

    def on_serve(self, server, config, builder):
        for folder in {spec.folder.split("/")[0] for spec in TYPES.values()}:
            if (self.root / folder).is_dir():
                server.watch(str(self.root / folder))
        # MkDocs adds its live-reload script to every page it serves: in the
        # editor it would reload the form, losing what is typed, whenever a
        # save (or any edit) rebuilds the site. (A private method of MkDocs'
        # server: where it is missing, the editor just reloads as any page.)
        inject = getattr(server, "_inject_js_into_html", None)
        if inject is not None:
            server._inject_js_into_html = lambda content, epoch: (
                content if EDITOR_MARK in content else inject(content, epoch))
        return server

    def _start_early_writes(self, site: Path) -> None:
        """What needs no rendered page (the calendars, the index's records)
        is written in a thread started once MkDocs has emptied the site: it
        runs while this process waits for its Markdown workers."""
        def write() -> None:
            try:
                calendar.write_all(self.hub, site)
                self.index.write_records(site)
            except BaseException as error:  # noqa: BLE001 - raised again by on_post_build
                self.early_error = error

        self.early_error = None
        self.early = threading.Thread(target=write, name="cphub-early-writes", daemon=True)
        self.early.start()

    def on_files(self, files: Files, config) -> Files:
        self._start_early_writes(Path(config.site_dir))  # MkDocs has emptied site_dir by now
        # Only the theme's files are kept (Material's assets, our templates'
        # assets); the hub decides what is a page.
        kept = [f for f in files if f.src_dir != str(EMPTY_DOCS_DIR)]
        unused = UNUSED_THEME_FILES + TEMPLATE_FOLDERS + ((EDITOR_FOLDER,) if self.interface_prefix else ())
        kept = [f for f in kept if not f.src_uri.startswith(unused)
                and not f.src_uri.endswith(".map")
                and not self._unused_stemmer(f.src_uri)]
        result = Files(kept)
        for page in self.pages.values():
            result.append(File.generated(config, page.src_uri, content=""))
        for spec in TYPES.values():
            for path in walk_assets(self.root, spec.folder):
                inner = path.relative_to(self.root / spec.folder).as_posix()
                src_uri = f"{spec.url_prefix}/{inner}" if spec.url_prefix else inner
                result.append(File.generated(config, src_uri, abs_src_path=str(path)))
        return result

    def _unused_stemmer(self, src_uri: str) -> bool:
        """A Snowball stemmer for a language no entry of the hub is in."""
        folder, _, name = src_uri.rpartition("/")
        if folder != STEMMERS_FOLDER or name in ("base.js", "package.json", "README.md"):
            return False
        return name.removesuffix(".js") not in self.pages["library/index.md"].view["stemmers"]

    def on_page_read_source(self, page, config):
        spec = self.pages.get(page.file.src_uri)
        if spec is None:
            return None
        # A blank line first: MkDocs would read a leading `---` block, or
        # leading "Note: …" lines, as metadata and drop them (convert.markdown_of).
        return "\n" + spec.markdown

    def on_page_markdown(self, markdown, page, config, files):
        spec = self.pages.get(page.file.src_uri)
        if spec is not None:
            # Material prints these without escaping; escaped Markup keeps a
            # title such as "Care & <protection>" intact and harmless.
            page.meta = {"template": spec.template, "title": escape(spec.title)}
            if spec.description:
                page.meta["description"] = escape(spec.description)
        self.rendering.attach(page, markdown)
        return markdown

    def on_page_content(self, html, page, config, files):
        if not self.rendering.is_deferred(page):  # else its HTML comes in on_page_context
            self._keep_content(page, html)
        return html

    def _keep_content(self, page, html: str) -> None:
        """An entry's HTML (made safe by the rendering), for the feeds' full content."""
        spec = self.pages.get(page.file.src_uri)
        if spec is not None and spec.entry is not None:
            self.content[spec.entry.slug] = html

    def on_template_context(self, context, template_name, config):
        # Pages MkDocs renders on its own (404.html) need the hub's strings too.
        context["hub"] = self._hub_context()
        return context

    def _hub_context(self) -> dict:
        return self.shared_context

    def on_page_context(self, context, page, config, nav):
        if self.rendering.complete(page, config):
            self._keep_content(page, page.content)
        spec = self.pages.get(page.file.src_uri)
        context["hub"] = self._hub_context()
        context["view"] = spec.view if spec else {}
        context["hub_page"] = spec
        return context

    def on_post_build(self, config):
        site = Path(config.site_dir)
        rendering, self.rendering = self.rendering, None  # the next build (serve) starts its own
        try:
            downloads = self._write_the_rest(site, rendering, config)
        finally:
            rendering.close()
        if not self.interface_prefix and not self.serving:
            self._build_other_interfaces(config, downloads)

    def _write_the_rest(self, site: Path, rendering: Rendering, config):
        """Once every page is written: the index, the feeds, the e-mail
        editions (made by the Markdown workers meanwhile), the offline copies."""
        editions = rendering.with_templates(
            newsletter.edition_files, newsletter.editions(self.hub, self.content, self.email_options), config)
        rendering.cache.save()
        log.info("Markdown: %d pages from the cache, %d converted by workers, %d here", rendering.cache.hits,
                 rendering.from_workers, rendering.converted)
        self.early.join()
        if self.early_error:
            raise self.early_error
        started = time.perf_counter()
        self.index.write(site)  # before the offline copies read the site: they hold the library
        def online_only() -> None:  # feeds, e-mail editions and the editor: not in the offline copies
            self._write_editor(site)
            feeds.write_all(self.hub, site, self.content)
            for files in editions():
                newsletter.write_files(site, files)

        downloads = self.shared_downloads
        if self.downloads:  # written while the offline copies are zipped
            downloads = self.downloads.finish(site, meanwhile=online_only)
        else:
            online_only()
            if downloads is not None:
                offline.list_downloads(site / "offline" / "index.html", downloads, self.render,
                                       strings(self.hub.settings.language), self._site_root())
        log.info("index, feeds, e-mail editions and offline downloads written in %.2f s",
                 time.perf_counter() - started)
        return downloads
