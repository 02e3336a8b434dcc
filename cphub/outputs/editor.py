"""The browser editor's configuration (Decap CMS at /admin/), exported from
the one declaration in model.py, as the JSON Schemas are.

Each entry type is a collection in its folder; each field a widget that
carries its rule (required or not, lengths, dates, the webinar's "HH:MM"
time and its IANA zone, topics and organisations from the hub's own lists,
countries and languages by name). Files are read and written by the hub's
own front-matter format (templates/admin/cphub-editor.js), which leaves
every field the contributor did not change exactly as it was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

import yaml

from ..content.hub import Hub
from ..content.model import (
    TYPES, Boolean, Choice, Code, Date, EntryType, Field, Integer, Kind, ListOf,
    LocalFile, LocalFileOrUrl, Record, Reference, Text, Time, TimeZone, Translatable, Url, time_zones,
)
from ..locale import country_codes, country_name, direction, language_codes, language_name, sort_key
from ..site.fingerprints import Output
from ..strings import strings

FORMAT = "cphub-frontmatter"  # registered by templates/admin/cphub-editor.js
LOCAL_SERVER = "http://localhost:8081/api/v1"  # where `npx decap-server` listens
# Decap's own interface languages (decap-cms-locales); another falls back to English.
DECAP_LOCALES = {"bg", "ca", "cs", "da", "de", "en", "es", "fa", "fr", "gr", "he", "hr", "hu", "it", "ja", "ko",
                 "lt", "mk", "nb_no", "nl", "nn_no", "pl", "pt", "ro", "ru", "sk", "sl", "sv", "th", "tr", "ua",
                 "uk", "vi"}
# A new entry's file name, made from its title by cphub-editor.js as
# `build.py new` makes it (cphub.slugs.slugify; Decap's own {{slug}} keeps
# "_" and "~" and fails on a title with no Latin letter).
SLUG_TEMPLATE = "{{fields.cphub_slug}}"
URL_PATTERN = [r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$",
               "A full web address, starting with https://"]
REPO = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")


class EditorOptionError(ValueError):
    """A wrong `editor:` option: `message (hint: …)`."""


@dataclass(frozen=True)
class Backend:
    """Where the editor reads and proposes changes: a GitHub repository."""

    repo: str = ""  # owner/name; "" when the hub does not say (only the local back end then)
    branch: str = "main"
    auth_url: str = ""  # the OAuth client's address (Decap's `base_url`); "" for Decap's default


def backend_of(options: dict, repo_url: str | None) -> Backend:
    """The plugin's `editor:` option, with the repository taken from
    `repo_url` when that is a github.com address."""
    if not isinstance(options, dict):
        raise EditorOptionError("editor: expected a mapping (hint: editor: {repo: owner/name, branch: main})")
    unknown = sorted(set(options) - {"repo", "branch", "auth_url"})
    if unknown:
        raise EditorOptionError(f"editor: unknown option '{unknown[0]}' (hint: the options are repo, branch, auth_url)")
    repo = str(options.get("repo") or "").strip()
    if not repo and repo_url:
        parts = urlsplit(repo_url)
        if parts.netloc.lower() in ("github.com", "www.github.com"):
            repo = "/".join(parts.path.strip("/").removesuffix(".git").split("/")[:2])
    if repo and not REPO.fullmatch(repo):
        raise EditorOptionError(f"editor: repo: '{repo}' is not a GitHub repository "
                                "(hint: write owner/name, e.g. my-network/child-protection-hub)")
    branch = str(options.get("branch") or "main").strip()
    auth_url = str(options.get("auth_url") or "").strip().rstrip("/")
    if auth_url and not re.fullmatch(r"https://[^\s/]+(/\S*)?", auth_url):
        raise EditorOptionError(f"editor: auth_url: '{auth_url}' is not an https address "
                                "(hint: the address of the hub's OAuth client, see README, 'Editing in the browser')")
    return Backend(repo=repo, branch=branch, auth_url=auth_url)


# ------------------------------------------------------------------ widgets


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


@lru_cache(maxsize=None)
def _countries(language: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((country_name(c, language), c) for c in country_codes()), key=lambda p: sort_key(p[0])))


@lru_cache(maxsize=None)
def _languages(language: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((language_name(c, language), c) for c in language_codes()), key=lambda p: sort_key(p[0])))


def _options(pairs) -> list[dict]:
    return [{"label": label, "value": value} for label, value in pairs]


class Choices:
    """The hub's lists a field may choose from, with their labels."""

    def __init__(self, hub: Hub):
        language = hub.settings.language
        self.lists = {
            "topic": _options((t.label, t.id) for t in sorted(hub.topics.values(), key=lambda t: sort_key(t.label))),
            "organisation": _options((o.name, o.id) for o in sorted(hub.organisations.values(),
                                                                     key=lambda o: sort_key(o.name))),
            "entry": _options((f"{e.title} ({e.spec.label}, {e.slug})", e.slug)
                              for e in sorted(hub.entries + hub.pages, key=lambda e: (e.title.casefold(), e.slug))),
            "country": _options(_countries(language)),
            "language": _options(_languages(language)),
        }

    def of(self, kind: Reference | Code) -> list[dict]:
        return self.lists[kind.vocabulary if isinstance(kind, Reference) else kind.what]


def _widget(kind: Kind, choices: Choices) -> dict:
    """The Decap widget that carries a kind's rule."""
    if isinstance(kind, Translatable):  # the form edits the text; one per language is written in the file
        return _widget(kind.text, choices)
    if isinstance(kind, Text):
        widget = {"widget": "string" if (kind.max_length or 0) <= 200 else "text"}
        if kind.max_length:
            widget["pattern"] = [rf"^[\s\S]{{1,{kind.max_length}}}$", f"At most {kind.max_length} characters"]
        return widget
    if isinstance(kind, Date):
        return {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": False,
                "picker_utc": True}
    if isinstance(kind, Time):
        return {"widget": "datetime", "format": "HH:mm", "date_format": False, "time_format": "HH:mm",
                "picker_utc": True}
    if isinstance(kind, TimeZone):
        zones = sorted(z for z in time_zones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/")))
        return {"widget": "select", "options": zones}
    if isinstance(kind, Integer):
        widget = {"widget": "number", "value_type": "int"}
        if kind.minimum is not None:
            widget["min"] = kind.minimum
        if kind.maximum is not None:
            widget["max"] = kind.maximum
        return widget
    if isinstance(kind, Boolean):
        return {"widget": "boolean"}
    if isinstance(kind, Url):
        return {"widget": "string", "pattern": URL_PATTERN}
    if isinstance(kind, LocalFile):
        return {"widget": "file", "choose_url": False}
    if isinstance(kind, LocalFileOrUrl):
        return {"widget": "string"}
    if isinstance(kind, Choice):
        return {"widget": "select", "options": list(kind.values)}
    if isinstance(kind, (Reference, Code)):
        return {"widget": "select", "options": choices.of(kind)}
    if isinstance(kind, Record):
        return {"widget": "object", "fields": [_field(f, choices) for f in kind.fields]}
    if isinstance(kind, ListOf):
        return _list(kind, choices)
    raise TypeError(f"no editor widget for {type(kind).__name__}")  # a new Kind must say how it is edited


def _list(kind: ListOf, choices: Choices) -> dict:
    item = kind.item
    if isinstance(item, (Reference, Code)):
        widget = {"widget": "select", "multiple": True, "options": choices.of(item)}
    elif isinstance(item, Record):
        widget = {"widget": "list", "fields": [_field(f, choices) for f in item.fields],
                  "summary": "{{fields.%s}}" % item.fields[0].name}
    else:
        widget = {"widget": "list", "field": {"label": _label(item.doc.split(",")[0]), "name": "item",
                                              **_widget(item, choices)}}
    if kind.min_items:
        widget["min"] = kind.min_items
    return widget


def _field(spec: Field, choices: Choices) -> dict:
    field = {"label": _label(spec.name), "name": spec.name, **_widget(spec.kind, choices),
             "hint": spec.doc, "required": spec.required}
    if spec.default not in (None, []):
        field["default"] = spec.default
    return field


# --------------------------------------------------------------- the config


def _collection(spec: EntryType, choices: Choices) -> dict:
    fields = [_field(f, choices) for f in spec.fields]
    if spec.field("date") and spec.name != "webinar":  # published today, unless the contributor says otherwise
        next(f for f in fields if f["name"] == "date")["default"] = "{{now}}"
    fields.append({"label": "Text", "name": "body", "widget": "markdown", "modes": ["raw", "rich_text"],
                   "required": False,
                   "hint": "Markdown: ## for a heading, - for a list item, [words](https://…) for a link."})
    collection = {
        "name": spec.name, "label": spec.plural, "label_singular": spec.label,
        "folder": spec.folder, "create": True, "extension": "md", "format": FORMAT,
        "slug": SLUG_TEMPLATE, "identifier_field": "title", "summary": "{{title}}",
        "sortable_fields": [name for name in ("date", "title") if spec.field(name)],
        "fields": fields,
    }
    if any(isinstance(f.kind, ListOf) and isinstance(f.kind.item, Record)
           and any(isinstance(g.kind, LocalFile) for g in f.kind.item.fields) for f in spec.fields):
        # Attachments sit in files/ beside the entry and are written as files/<name>.
        collection.update(media_folder="files", public_folder="files")
    return collection


def config(hub: Hub, backend: Backend, local: bool = False) -> dict:
    """Decap's config.yml as data. `local`: for `build.py serve`, which lets
    `npx decap-server` edit the checkout itself."""
    choices = Choices(hub)
    if backend.repo:
        decap_backend = {"name": "github", "repo": backend.repo, "branch": backend.branch, "open_authoring": True}
        if backend.auth_url:
            decap_backend["base_url"] = backend.auth_url
    else:  # no repository named: only the local back end can edit
        decap_backend = {"name": "proxy", "proxy_url": LOCAL_SERVER, "branch": backend.branch}
    result = {
        "backend": decap_backend,
        # Every change is a pull request, reviewed by the hub's checks and its editors.
        "publish_mode": "editorial_workflow",
        "media_folder": "briefs/files",
        "public_folder": "files",
        "locale": hub.settings.language if hub.settings.language in DECAP_LOCALES else "en",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [_collection(spec, choices) for spec in TYPES.values()],
    }
    if hub.settings.site_url:
        result["site_url"] = result["display_url"] = hub.settings.site_url
    if local:
        result["local_backend"] = True
    return result


# libyaml's writer where PyYAML has it (its wheels do): the same text,
# five times as fast (a third of a second at 3,000 entries, in every
# preview of an edited title). tests/outputs/test_editor.py compares the two.
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def render_config(data: dict, dumper: type = DUMPER) -> str:
    return ("# Written by the hub from cphub/content/model.py and content/*.yml: edit those, not this file.\n"
            + yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=120))



CONFIG = "admin/config.yml"


def outputs(hub: Hub, backend: Backend, *, local: bool) -> list[Output]:
    """Decap's config.yml (with the local back end under `serve`), where
    something can save: its data is what it is made from (writing it out
    as YAML is what takes time, a second at 3,000 entries)."""
    if not _connected(backend, local):
        return []
    data = config(hub, backend, local=local)
    return [Output([CONFIG], data, lambda: {CONFIG: render_config(data).encode("utf-8")})]


def _connected(backend: Backend, local: bool) -> bool:
    """Without a repository only `serve`'s local back end has somewhere to save."""
    return bool(backend.repo) or local


def write(site: Path, hub: Hub, backend: Backend, render: Callable[[str, dict], str], *, local: bool,
          scripts: str = "") -> None:
    """/admin/: Decap's page (its config.yml is one of outputs()). Another
    interface (/fr/admin/) has its own page and config, in its language,
    and loads the first's scripts (`scripts`: the way to them)."""
    folder = site / "admin"
    folder.mkdir(parents=True, exist_ok=True)
    styles = sorted((p.relative_to(site).as_posix() for p in (site / "assets" / "stylesheets").glob("*.css")),
                    key=lambda name: (name.endswith("/hub.css"), name))  # the hub's own rules last
    language = hub.settings.language
    t = strings(language)
    page = render("admin/index.html", {
        "t": t, "language": language, "direction": direction(language), "connected": _connected(backend, local),
        "site_name": hub.settings.site_name, "styles": ["../" + s for s in styles], "scripts": scripts,
        "types": [{"name": spec.name, "label": t.get(spec.name, spec.label)} for spec in TYPES.values()],
    })
    (folder / "index.html").write_text(page, encoding="utf-8")
