"""`build.py new`: a new entry written from its template in templates/scaffolds/
(the `scaffolds` folder of the theme's custom_dir).

Given what the type requires (for a brief: a topic and a summary), the file
passes `check` as written; anything not given is a clearly marked
`FILL IN: …` placeholder that `check` names until it is replaced.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jinja2

from .load import entry_files, read_text, split_front_matter
from .model import TYPES
from .slugs import slugify


class ScaffoldError(Exception):
    pass


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
              draft: dict | None = None, **extra: str | None) -> Path:
    """The new file, written from its template; `draft` is the next issue's
    content for a newsletter (newsletter.draft)."""
    spec = TYPES[type_name]
    slug = slug or slugify(title)
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
    loader = jinja2.FileSystemLoader(str(templates / "scaffolds"))
    env = jinja2.Environment(loader=loader, keep_trailing_newline=True, autoescape=False,
                             undefined=jinja2.StrictUndefined)
    env.filters["yaml"] = _yaml
    try:
        template = env.get_template(f"{type_name}.md")
    except jinja2.TemplateNotFound:
        raise ScaffoldError(f"there is no template {templates / 'scaffolds' / type_name}.md") from None
    draft = draft or {"previous": None, "items": [], "groups": [], "upcoming": [], "item_topics": []}
    topics = topics or draft.get("item_topics")
    text = template.render(title=title, date=today.isoformat(), slug=slug, topics=topics or None,
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
