"""The translations a hub lacks, as warnings that name the file, the line
and the language: in each interface language, every topic's label and
description, every organisation name written per language, and a version
of every page (about, community rules, contributing: each interface's
footer links its own). The hub's name and description are mkdocs.yml's
(project.py).

A missing translation is shown in the first interface language meanwhile;
`--strict` fails on it only in a hub that asks for complete translations
(`complete_translations: true` under the plugin).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from ..diagnostics import Diagnostic
from ..locale import language_name
from .load import Loaded
from .model import Entry, Localized, by_original
from .yamlstrict import Document


@dataclass(frozen=True)
class Interfaces:
    """The languages a hub is read in: every interface language, the first at the site's root."""

    languages: tuple[str, ...] = ()
    complete: bool = False  # `complete_translations`: with --strict, a missing translation fails


def named(code: str) -> str:
    """'French (fr)': a language as the command line names it."""
    return f"{language_name(code, 'en')} ({code})"


def gaps(loaded: Loaded, topics: Iterable[Any], organisations: Iterable[Any], entries: Iterable[Entry],
         interfaces: Interfaces) -> list[Diagnostic]:
    if not interfaces.languages:
        return []
    found = []
    found += _vocabulary("content/topics.yml", loaded.topics, topics, "topic",
                         (("label", "label", True), ("description", "description", True)), interfaces)
    found += _vocabulary("content/organisations.yml", loaded.organisations, organisations, "organisation",
                         (("name", "name", False),), interfaces)
    found += _pages([e for e in entries if e.type == "page" and not e.draft], interfaces)
    return found


def _vocabulary(rel: str, doc: Document | None, items: Iterable[Any], what: str,
                fields: tuple[tuple[str, str, bool], ...], interfaces: Interfaces) -> list[Diagnostic]:
    """`fields`: (field, the word for it, whether a text written once lacks
    the other languages too: a topic's label does, an organisation's name is
    its name in every language unless it is written per language)."""
    if doc is None:
        return []
    index = {item.get("id"): n for n, item in enumerate(doc.data) if isinstance(item, dict)}
    languages, first = interfaces.languages, interfaces.languages[0]
    found = []
    for item in items:
        for name, word, once_lacks in fields:
            value = getattr(item, name)
            if not isinstance(value, Localized) or not (value.by_language or once_lacks):
                continue
            for code in value.missing(languages):
                text, shown = value.shown(code, first)
                at = (index.get(item.id, 0), name)
                quoted = f", '{_short(text)}'" if name != "description" else ""
                hint = (f"add it under {name}: {code}: …" if value.by_language else
                        f"write it per language: {name}: {{{first}: …, {code}: …}}")
                found.append(Diagnostic(
                    rel, doc.line(at), name,
                    f"{what} '{item.id}' has no {named(code)} {word}: the {language_name(code, 'en')} interface "
                    f"shows the {language_name(shown, 'en')} one{quoted}", hint,
                    severity="warning", strict=interfaces.complete))
    return found


def _pages(pages: list[Entry], interfaces: Interfaces) -> list[Diagnostic]:
    """Each page (with its translations) that has no version in an interface language."""
    found = []
    for slug, versions in sorted(by_original(pages).items()):
        original = next((p for p in versions if p.slug == slug), versions[0])
        written = {p.language for p in versions}
        for code in interfaces.languages:
            if code in written:
                continue
            shown = shown_version(versions, code, interfaces.languages[0], original)
            line = original.lines.get("languages") or original.lines.get("title", 1)
            found.append(Diagnostic(
                original.path, line, "languages",
                f"page '{slug}' has no {named(code)} version: the {language_name(code, 'en')} interface links "
                f"the {language_name(shown.language, 'en')} one, '{_short(shown.title)}'",
                f"write it as a page of its own, e.g. content/pages/{slug}-{code}.md with languages: [{code}] "
                f"and translation_of: {slug}; or, if this page is in {language_name(code, 'en')}, "
                f"say so: languages: [{code}]",
                severity="warning", strict=interfaces.complete))
    return found


def shown_version(versions: list[Entry], language: str, first: str, original: Entry) -> Entry:
    """The version of a page an interface shows: its own, else the first
    interface's, else the original."""
    for code in (language, first):
        for page in versions:
            if page.language == code:
                return page
    return original


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
