"""`build.py new`: a new entry written from its template in templates/scaffolds/
(the `scaffolds` folder of the theme's custom_dir).

Every field a type requires has an option (`--date`, `--time`, `--timezone`,
`--topic`, `--summary`, `--publisher`, `--resource-type`); a value given is
judged as `check` judges the field, with the same message and hint, and a
wrong one writes nothing. What is not given, and the text of each section,
is a clearly marked `FILL IN: …` placeholder that `check` refuses until it
is replaced: the file passes `check` once it is filled in, not before.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jinja2

from .load import entry_files, load_lists, read_text, split_front_matter
from .model import TYPES, Context, EntryType, Invalid
from .slugs import slugify
from .validate import vocabularies

# The command line's name for each field `new` takes a value for.
OPTIONS = {"title": "title", "date": "--date", "time": "--time", "timezone": "--timezone", "topics": "--topic",
           "summary": "--summary", "publisher": "--publisher", "resource_type": "--resource-type"}


class ScaffoldError(Exception):
    pass


class WrongOptions(ScaffoldError):
    """Values given on the command line that `check` would refuse, one line
    each as `check` words the field's problem: `--date: '14/09/2026' is not a date (…)`."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _yaml(value) -> str:
    # A JSON string or list is valid YAML, quoted: safe for any title.
    return json.dumps(value, ensure_ascii=False)


def next_issue(root: Path) -> int:
    """One more than the highest newsletter issue number in the hub."""
    highest = 0
    for type_name, path in entry_files(root):
        if type_name != "newsletter":
            continue
        try:
            doc, _, _ = split_front_matter(path.name, read_text(root, path))
        except Exception:  # noqa: BLE001 - a broken file is `check`'s to report, not ours
            continue
        issue = doc.data.get("issue")
        if isinstance(issue, int) and not isinstance(issue, bool):
            highest = max(highest, issue)
    return highest + 1


def new_entry(root: Path, templates: Path, type_name: str, title: str, *, today: dt.date,
              topics: list[str] | None = None, summary: str | None = None, slug: str | None = None,
              date: str | None = None, draft: dict | None = None, **extra: str | None) -> Path:
    """The new file, written from its template; `draft` is the next issue's
    content for a newsletter (newsletter.draft)."""
    spec = TYPES[type_name]
    given = {name: value for name, value in {"title": title, "date": date, "topics": topics, "summary": summary,
                                             **extra}.items() if value not in (None, [], "")}
    wrong = option_problems(root, spec, given)
    if wrong:
        raise WrongOptions(wrong)
    slug = _slug(root, slug or slugify(title))
    loader = jinja2.FileSystemLoader(str(templates / "scaffolds"))
    env = jinja2.Environment(loader=loader, keep_trailing_newline=True, autoescape=False,
                             undefined=jinja2.StrictUndefined)
    env.filters["yaml"] = _yaml
    try:
        template = env.get_template(f"{type_name}.md")
    except jinja2.TemplateNotFound:
        raise ScaffoldError(f"there is no template {templates / 'scaffolds' / type_name}.md") from None
    draft = draft or {"previous": None, "items": [], "groups": [], "upcoming": [], "item_topics": []}
    day = dt.date.fromisoformat(date) if date else today
    text = template.render(title=title, date=day.isoformat(), dated=bool(date), today=today.isoformat(),
                           upcoming=day >= today, slug=slug, topics=topics or draft.get("item_topics") or None,
                           summary=summary, issue=next_issue(root) if type_name == "newsletter" else None,
                           draft=draft,
                           **{key: extra.get(key) for key in ("time", "timezone", "publisher", "resource_type")})
    target = root / spec.folder / f"{slug}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with target.open("x", encoding="utf-8") as handle:  # "x": never over a file written meanwhile
            handle.write(text.rstrip("\n") + "\n")
    except FileExistsError:
        raise ScaffoldError(f"{target.relative_to(root).as_posix()} already exists: "
                            "choose another title or give --slug") from None
    return target


def option_problems(root: Path, spec: EntryType, given: dict[str, Any]) -> list[str]:
    """Each value given that `check` would refuse in the field it fills, as
    `--option: message (hint)`, with `check`'s own message and hint."""
    ctx = Context(vocabularies(root, load_lists(root)), source=root / spec.folder / "new.md", root=root, entry=given)
    problems = []
    for name, value in given.items():
        field = spec.field(name)
        if field is None:
            owners = [f"a {t.name}" for t in TYPES.values() if t.field(name) and t.field(name).required]
            owners = ", ".join(owners[:-1]) + " or " + owners[-1] if len(owners) > 1 else owners[0]
            problems.append(f"{OPTIONS[name]}: unknown field for a {spec.name} ({OPTIONS[name]} is for {owners})")
            continue
        ctx.problems = []
        try:
            field.kind.convert(value, ctx)
        except Invalid as problem:
            ctx.problems.append(problem)
        problems += [f"{OPTIONS[name]}: {p.message}" + (f" ({p.hint})" if p.hint else "")
                     for p in ctx.problems if p.severity == "error"]
    return problems


def _slug(root: Path, slug: str) -> str:
    """The new file's name, checked: valid, and not taken."""
    if not slug:
        raise ScaffoldError("the title has no Latin letters or digits to make a file name from: "
                            "give one with --slug, e.g. --slug child-protection-in-camps")
    if slugify(slug) != slug:
        raise ScaffoldError(f"'{slug}' is not a valid file name: use lowercase a-z, 0-9 and -, "
                            f"e.g. {slugify(slug) or 'my-entry'}")
    existing = [p for _, p in entry_files(root) if p.stem == slug]
    if existing:
        raise ScaffoldError(f"{existing[0].relative_to(root).as_posix()} already exists: "
                            "choose another title or give --slug")
    return slug
