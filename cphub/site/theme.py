"""The theme the hub's pages are rendered with: Material, the engine's own
templates (package data, `cphub/templates/`), and a hub's overrides.

A hub's `theme.custom_dir` holds only that hub's overrides: the engine puts
its templates right after it, before Material's, so that an override of
`entry.html` or `partials/hub/footer.html` wins over the engine's, which wins
over Material's.
"""

from __future__ import annotations

from pathlib import Path

from ..content.hub import Hub
from ..strings import strings

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
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


def navigation(hub: Hub) -> list[dict]:
    """The sections, named in the interface language, and the hub's own
    pages (about, community rules…) under "About". A hub's own `nav:` is not
    used: it would be in one language, and must never list every entry
    (MkDocs renders the whole nav into every page: a build quadratic in the
    number of entries)."""
    t = strings(hub.settings.language)
    nav: list[dict] = [{t[key]: "index.md" if key == "home" else f"{key}/index.md"} for key in SECTIONS]
    pages = [{p.title: p.page_url.rstrip("/") + ".md"} for p in hub.pages]
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
