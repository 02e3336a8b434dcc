"""The theme the hub's pages are rendered with: Material, the engine's own
templates (package data, `cphub/templates/`), and a hub's overrides.

A hub's `theme.custom_dir` holds only that hub's overrides: the engine puts
its templates right after it, before Material's, so that an override of
`entry.html` or `partials/hub/footer.html` wins over the engine's, which wins
over Material's.
"""

from __future__ import annotations

from pathlib import Path

import material
from jinja2 import BaseLoader, BytecodeCache, Environment
from jinja2.bccache import Bucket

from ..content.hub import Hub
from ..strings import strings

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
MATERIAL_TEMPLATES = Path(material.__file__).resolve().parent / "templates"
# MkDocs walks docs_dir for pages, following symbolic links (a link to / would
# make it crawl the machine); the hub never uses that walk, so when MkDocs
# itself drives a build (`mkdocs build`) it is pointed at an empty folder.
EMPTY_DOCS_DIR = Path(__file__).resolve().parent.parent / "empty_docs_dir"
# Material's own search (replaced by the library), source maps, and the
# templates' own folders (the e-mail editions', `new`'s): nothing loads them
# from the site, so they would only weigh on it and on its archives.
UNUSED_THEME_FILES = ("assets/javascripts/lunr/", "assets/javascripts/workers/", "email/", "scaffolds/")
EDITOR = "admin/"  # the browser editor's folder (the first interface's site only)
STEMMERS = "assets/vendor/snowball-stemmers/"
# The sections a hub's navigation lists, each named in the interface language.
SECTIONS = ["home", "briefs", "webinars", "newsletters", "resources", "library", "topics", "subscribe", "offline"]


def prepare(config) -> None:
    """Set a loaded MkDocs configuration up for the hub: the engine's
    templates in the theme, Material's tabs, no pages walk. Safe to call
    twice (the plugin's on_config, then the pipeline, on one configuration)."""
    dirs = config.theme.dirs
    if str(TEMPLATES) not in dirs:
        dirs.insert(1 if config.theme.custom_dir else 0, str(TEMPLATES))
    # The sections as a row of tabs under the header on a wide screen (in the
    # drawer on a phone): a hub's navigation, not a manual's sidebar.
    features = config.theme.get("features") or []
    if "navigation.tabs" not in features:
        config.theme["features"] = [*features, "navigation.tabs"]
    config.docs_dir = str(EMPTY_DOCS_DIR)


# Material's markup that the W3C Nu HTML Checker or HTML_CodeSniffer reject,
# corrected as its templates are read (template → [(its text, the fix)]).
# Each text must be found as often as said: a Material upgrade that rewrites
# one fails every build loudly instead of bringing the markup back.
MATERIAL_FIXES: dict[str, list[tuple[str, str, int]]] = {
    "base.html": [
        # `autocomplete` is not allowed on a checkbox.
        ('id="__drawer" autocomplete="off">', 'id="__drawer">', 1),
        # The header's search toggle: the hub's header has its own search
        # form, so nothing names or uses this box (an unnamed control).
        ('    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">\n',
         "", 1),
    ],
    "partials/nav-item.html": [
        # `tabindex=""` on a section's label: an empty value is no integer.
        ('tabindex="{{ tabindex }}"', '{% if tabindex %}tabindex="{{ tabindex }}"{% endif %}', 2),
        # The current page's table-of-contents toggle only where its label
        # is written (a page with headings), not an unnamed box on the others.
        ('<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">',
         '{% if toc %}<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">{% endif %}', 1),
    ],
    "partials/toc.html": [
        # The title of a page's contents names the toggle above only where
        # the navigation lists the page (and writes the toggle); elsewhere
        # (an entry) it is a title, not a label for nothing.
        ('<label class="md-nav__title" for="__toc">',
         '{% set toc_toggle = page in nav.pages %}'
         '<{{ "label" if toc_toggle else "div" }} class="md-nav__title"{{ \' for="__toc"\' if toc_toggle }}>', 1),
        ("      {{ title }}\n    </label>", '      {{ title }}\n    </{{ "label" if toc_toggle else "div" }}>', 1),
    ],
}


class MaterialFixes(BaseLoader):
    """The theme's loader, with MATERIAL_FIXES made to Material's templates
    (the engine's and a hub's own templates are read as they are)."""

    def __init__(self, loader: BaseLoader):
        self.loader = loader

    def get_source(self, environment: Environment, template: str):
        source, filename, uptodate = self.loader.get_source(environment, template)
        fixes = MATERIAL_FIXES.get(template)
        if fixes and filename and Path(filename).resolve().is_relative_to(MATERIAL_TEMPLATES):
            for text, fix, count in fixes:
                found = source.count(text)
                if found != count:
                    raise RuntimeError(f"{filename}: expected {count} × {text!r}, found {found}: "
                                       "Material changed; update MATERIAL_FIXES in cphub/site/theme.py")
                source = source.replace(text, fix)
        return source, filename, uptodate

    def list_templates(self):
        return self.loader.list_templates()


def environment(config) -> Environment:
    """The theme's Jinja environment, Material's markup fixed."""
    env = config.theme.get_env()
    env.loader = MaterialFixes(env.loader)
    env.bytecode_cache = _COMPILED
    return env


class CompiledTemplates(BytecodeCache):
    """The theme's templates compiled once a process: each build (each
    rebuild of a preview) has an environment of its own, which would
    compile every template again: a third of a second of a preview's
    rebuild. Jinja checks each template's source against the digest kept
    with its code, so an edited template is compiled again."""

    def __init__(self):
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


# One for the environments of the theme (all made alike by MkDocs'
# `theme.get_env()`: compiled code is only shared among them).
_COMPILED = CompiledTemplates()


def navigation(hub: Hub) -> list[dict]:
    """The sections, named in the interface language, and the hub's own
    pages (about, community rules…) under "About". A hub's own `nav:` is not
    used: it would be in one language, and must never list every entry
    (MkDocs renders the whole nav into every page: a build quadratic in the
    number of entries)."""
    t = strings(hub.settings.language)
    nav: list[dict] = [{t[key]: "index.md" if key == "home" else f"{key}/index.md"} for key in SECTIONS]
    pages = [{p.title: p.page_url.rstrip("/") + ".md"} for p in hub.own_pages]  # each in its language
    if pages:
        nav.append({t["about"]: pages})
    return nav


def scaffolds_folder(config, type_name: str) -> Path:
    """The templates folder whose `scaffolds/<type>.md` `new` writes an
    entry of this type from: the hub's own overrides if they have one, else
    the engine's."""
    custom = config.theme.custom_dir
    if custom and (Path(custom) / "scaffolds" / f"{type_name}.md").is_file():
        return Path(custom)
    return TEMPLATES
