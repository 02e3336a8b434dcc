"""Judge everything, report everything: raw files → typed entries + problems.

No check stops the others: every file is judged in full, and every problem
is kept with its file, line and field.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..diagnostics import Diagnostic, did_you_mean, errors
from . import safeguarding, translations, unread
from .load import Loaded, RawEntry
from .remembered import Remembered
from .model import (ORGANISATION_FIELDS, PLACEHOLDER, RESERVED_SLUGS, SLUG, TOPIC_FIELDS, TYPES, Context, Entry, Field,
                    Invalid, Organisation, Topic)
from .translations import Interfaces
from .yamlstrict import Document


@dataclass
class Validated:
    entries: list[Entry] = field(default_factory=list)  # every valid file, drafts included
    topics: list[Topic] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def validate(root: Path, loaded: Loaded, interfaces: Interfaces = Interfaces(),
             remembered: Remembered | None = None) -> Validated:
    """Every file judged; `interfaces`: the languages the hub is read in,
    for the translations each lacks (warnings). `remembered`: what a
    preview's build before judged, taken for an entry read alike in the
    same context."""
    result = Validated(diagnostics=list(loaded.diagnostics))
    result.topics, result.organisations, vocabularies = _lists(root, loaded, result.diagnostics)
    result.diagnostics += _slug_problems(loaded.entries)
    context = (root, tuple((name, frozenset(ids) if ids is not None else None)
                           for name, ids in sorted(vocabularies.items()))) if remembered else None
    for raw in loaded.entries:
        if raw.doc is None:
            continue
        judged = remembered.judgement(raw, context) if remembered else None
        if judged is None:
            before = len(result.diagnostics)
            judged = _entry(root, raw, vocabularies, result.diagnostics), result.diagnostics[before:]
            if remembered:
                remembered.keep_judgement(raw, context, *judged)
        else:
            result.diagnostics += judged[1]
        if judged[0] is not None:
            result.entries.append(judged[0])
    result.diagnostics += _unique_issues(result.entries)
    result.diagnostics += _translation_problems(result.entries)
    result.diagnostics += safeguarding.check(result.entries, result.organisations, remembered)
    result.diagnostics += unread.check(root, loaded.entries)
    result.diagnostics += translations.gaps(loaded, result.topics, result.organisations, result.entries, interfaces)
    return result


def vocabularies(root: Path, loaded: Loaded) -> dict[str, set[str] | None]:
    """The ids a field may name (topics, organisations, entries), for judging
    one value on its own: `new` judges its options as `check` judges fields."""
    return _lists(root, loaded, [])[2]


def _lists(root: Path, loaded: Loaded, diagnostics: list[Diagnostic]
           ) -> tuple[list[Topic], list[Organisation], dict[str, set[str] | None]]:
    topics = [Topic(**v) for v in _vocabulary(root, "content/topics.yml", loaded.topics, TOPIC_FIELDS, diagnostics)]
    organisations = [Organisation(**v) for v in _vocabulary(
        root, "content/organisations.yml", loaded.organisations, ORGANISATION_FIELDS, diagnostics)]
    # A vocabulary file that could not be read is reported once, as itself:
    # the references to it are not judged (None) rather than all refused.
    return topics, organisations, {
        "topic": {t.id for t in topics} if loaded.topics is not None else None,
        "organisation": {o.id for o in organisations} if loaded.organisations is not None else None,
        "entry": {raw.slug for raw in loaded.entries},
    }


# ------------------------------------------------------------------ entries


def _entry(root: Path, raw: RawEntry, vocabularies: dict[str, set[str]],
           diagnostics: list[Diagnostic]) -> Entry | None:
    spec = TYPES[raw.type]
    ctx = Context(vocabularies, root / raw.path, root)
    before = len(diagnostics)
    values = _fields(raw.path, raw.doc, spec.fields, ctx, diagnostics, what=f"a {raw.type}")
    for name, problem in _cross_field(values):
        diagnostics.append(_diagnostic(raw.path, raw.doc, (name,), name, problem))
    diagnostics += _body_placeholders(raw)
    if errors(diagnostics[before:]):
        return None
    lines = {key[0]: line for key, line in raw.doc.lines.items() if len(key) == 1}
    return Entry(raw.type, raw.slug, raw.path, raw.body, raw.body_line, values, lines)


def _fields(path: str, doc: Document, fields: list[Field], ctx: Context,
            diagnostics: list[Diagnostic], what: str, base: tuple = ()) -> dict[str, Any]:
    """Every declared field converted; a field with a problem is left None."""
    data = doc.data if not base else _at(doc.data, base)
    ctx.entry = data
    names = [f.name for f in fields]
    for key in data:
        if key not in names:
            # `and what managers can do: …` under a summary: text read as a field.
            hint = ("a field's name has no spaces: if this line continues the text above it, indent it by two "
                    "spaces, or put the text in double quotes" if " " in str(key).strip() else did_you_mean(key, names))
            diagnostics.append(Diagnostic(path, doc.line(base + (key,)), key, f"unknown field for {what}", hint))
    values: dict[str, Any] = {}
    for spec in fields:
        value = data.get(spec.name)
        if value is None:
            if spec.required:
                diagnostics.append(Diagnostic(path, doc.line(base), spec.name, "is required",
                                              f"add '{spec.name}:' ({spec.kind.doc})"))
            values[spec.name] = list(spec.default) if isinstance(spec.default, list) else spec.default
            continue
        if _is_placeholder(value):
            diagnostics.append(Diagnostic(path, doc.line(base + (spec.name,)), spec.name,
                                          "still holds the placeholder from `build.py new`",
                                          f"replace it with {spec.kind.doc}"))
            values[spec.name] = None
            continue
        raw_text = doc.raw.get(base + (spec.name,))
        if raw_text is not None and isinstance(value, (int, float)) and spec.kind.schema().get("type") == "string":
            value = raw_text  # `title: 2024` is the text "2024", exactly as written
        ctx.problems = []
        try:
            values[spec.name] = spec.kind.convert(value, ctx)
        except Invalid as problem:
            ctx.problems.append(problem)
        if any(problem.severity == "error" for problem in ctx.problems):
            values[spec.name] = None
        for problem in ctx.problems:
            diagnostics.append(_diagnostic(path, doc, base + (spec.name,), spec.name, problem))
    return values


def _body_placeholders(raw: RawEntry) -> list[Diagnostic]:
    """A `FILL IN` left in the text (`build.py new newsletter` writes one for
    the editor's note): the entry is not finished."""
    if PLACEHOLDER not in raw.body:
        return []
    return [Diagnostic(raw.path, raw.body_line + number, "body", f"still holds the placeholder '{line.strip()[:80]}'",
                       "write your own text in its place")
            for number, line in enumerate(raw.body.split("\n")) if PLACEHOLDER in line]


def _is_placeholder(value: Any) -> bool:
    if isinstance(value, (list, dict)):
        return any(_is_placeholder(item) for item in (value.values() if isinstance(value, dict) else value))
    return isinstance(value, str) and PLACEHOLDER in value


def _at(data: Any, path: tuple) -> Any:
    for key in path:
        data = data[key]
    return data


def _diagnostic(path: str, doc: Document, field_path: tuple, name: str, problem: Invalid) -> Diagnostic:
    """`topics[1]`, `speakers[0].organisation`: the field, then where inside it."""
    label = name + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in problem.at)
    return Diagnostic(path, doc.line(field_path + problem.at), label, problem.message, problem.hint,
                      severity=problem.severity)


def _cross_field(values: dict[str, Any]) -> list[tuple[str, Invalid]]:
    problems = []
    if values.get("updated") and values.get("date") and values["updated"] < values["date"]:
        problems.append(("updated", Invalid(
            f"{values['updated']} is before the date {values['date']}", "updated must be on or after date")))
    if values.get("announced") and values.get("date") and values["announced"] > values["date"]:
        problems.append(("announced", Invalid(
            f"{values['announced']} is after the session's date {values['date']}",
            "announced is the day the session was made known, on or before its date")))
    return problems


def _slug_problems(entries: list[RawEntry]) -> list[Diagnostic]:
    problems = []
    by_slug: dict[str, list[RawEntry]] = defaultdict(list)
    for raw in entries:
        by_slug[raw.slug].append(raw)
        if not SLUG.match(raw.slug):
            problems.append(Diagnostic(raw.path, 1, "slug", f"'{raw.slug}' is not a valid file name",
                                       f"use lowercase a-z, 0-9 and single hyphens, e.g. {_suggest_slug(raw.slug)}.md"))
        elif raw.type == "page" and raw.slug in RESERVED_SLUGS:
            problems.append(Diagnostic(raw.path, 1, "slug", f"'{raw.slug}' is a section of the hub",
                                       f"rename the page; reserved: {', '.join(sorted(RESERVED_SLUGS))}"))
    return problems + _clashes(by_slug, "slug", lambda slug: f"'{slug}'",
                               "slugs are unique across the hub: rename one file")


def _clashes(groups: dict[Any, list], field: str, name: Callable[[Any], str], hint: str,
             line: Callable[[Any], int] = lambda item: 1) -> list[Diagnostic]:
    """For what must be unique: each file that shares it, naming the others."""
    problems = []
    for key, same in groups.items():
        for item in same if len(same) > 1 else []:
            others = ", ".join(o.path for o in same if o is not item)
            problems.append(Diagnostic(item.path, line(item), field, f"{name(key)} is also used by {others}", hint))
    return problems


def _suggest_slug(name: str) -> str:
    from .slugs import slugify  # local: slugs is a leaf helper used by `new` too

    return slugify(name) or "my-entry"


def _unique_issues(entries: list[Entry]) -> list[Diagnostic]:
    by_issue: dict[int, list[Entry]] = defaultdict(list)
    for entry in entries:
        if entry.type == "newsletter":
            by_issue[entry.issue].append(entry)
    return _clashes(by_issue, "issue", lambda number: f"issue {number}", "give each newsletter its own issue number",
                    line=lambda entry: entry.lines.get("issue", 1))


def _translation_problems(entries: list[Entry]) -> list[Diagnostic]:
    """A translation names its original: an entry of its type, in another
    language, not itself a translation; one translation per language."""
    by_slug = {e.slug: e for e in entries}
    problems, by_version = [], defaultdict(list)

    def problem(entry: Entry, message: str, hint: str) -> None:
        problems.append(Diagnostic(entry.path, entry.lines.get("translation_of", 1), "translation_of", message, hint))

    for entry in entries:
        original = by_slug.get(entry.fields.get("translation_of") or "")
        if original is None:  # none named, or one with problems of its own (reported there)
            continue
        if original is entry:
            problem(entry, "names this entry itself", "name the entry this one translates, or remove the field")
        elif original.fields.get("translation_of"):
            first = original.fields["translation_of"]
            problem(entry, f"'{original.slug}' is itself a translation, of '{first}'",
                    f"name the original: translation_of: {first}")
        elif original.type != entry.type:
            problem(entry, f"'{original.slug}' is a {original.type}, this is a {entry.type}",
                    "a translation is of the same type as its original")
        elif original.language == entry.language:
            problem(entry, f"'{original.slug}' is in '{entry.language}' too",
                    "the first of `languages` is the language of this text: set it to the translation's language")
        else:
            by_version[(original.slug, entry.language)].append(entry)
    return problems + _clashes(
        by_version, "translation_of", lambda key: f"the '{key[1]}' translation of '{key[0]}'",
        "one translation per language: merge them, or correct the first of `languages`",
        line=lambda entry: entry.lines.get("translation_of", 1))


# -------------------------------------------------------------- vocabularies


def _vocabulary(root: Path, rel: str, doc: Document | None, fields: list[Field],
                diagnostics: list[Diagnostic]) -> list[dict[str, Any]]:
    if doc is None:
        return []
    ctx = Context({}, root / rel, root)
    items, seen = [], {}
    for index, item in enumerate(doc.data):
        if not isinstance(item, dict):
            diagnostics.append(Diagnostic(rel, doc.line((index,)), "item", "must be fields such as 'id: …'",
                                          "start each item with '- id: …'"))
            continue
        # An item with a problem elsewhere still defines its id, so that the
        # entries using it are not reported as well.
        values = _fields(rel, doc, fields, ctx, diagnostics, what="an item", base=(index,))
        if values["id"] is None:
            continue
        line = doc.line((index, "id"))
        if not SLUG.match(values["id"]):
            diagnostics.append(Diagnostic(rel, line, "id", f"'{values['id']}' is not a valid id",
                                          f"use lowercase a-z, 0-9 and -, e.g. {_suggest_slug(values['id'])}"))
        elif values["id"] in seen:
            diagnostics.append(Diagnostic(rel, line, "id", f"'{values['id']}' is listed twice "
                                          f"(first on line {seen[values['id']]})", "keep one"))
        else:
            seen[values["id"]] = line
            items.append(values)
    return items
