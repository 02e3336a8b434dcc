"""`cphub init`: a new hub, ready to check, build and publish.

It writes a hub repository, in the hub's language, from the starter in
`cphub/starter/`: mkdocs.yml (the name and the description once, the
language(s), the address), a starter vocabulary of topics, an empty list of
organisations, the pages every hub needs (about, community rules,
contributing), the empty content folders, a folder for the hub's own
template overrides, the engine pinned in requirements.txt, a README for its
editors, CONTRIBUTING.md, the pull-request template with the safeguarding
checklist, and GitHub workflows that check content and publish the site.
It writes into a new or empty folder only, and nothing at all when it
refuses.

With several interface languages (`--languages fr,en`), what the starter
has in each of them is written in each: one topics.yml whose labels and
descriptions are given by language, each page once per language (the
first's as `about.md`, the others' as `about-en.md`, translations of it),
and the hub's description in each language under the plugin's
`translations`. A language the starter has no text in is left for the
hub's editors: `cphub check` names each translation it lacks.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import textwrap
from pathlib import Path

import jinja2
import yaml
from packaging.requirements import InvalidRequirement, Requirement

from . import __version__
from .content.model import TYPES, one_line
from .project import EXAMPLE_URL
from .strings import languages as shipped_languages

STARTER = Path(__file__).resolve().parent / "starter"
# What the starter holds in every hub's own language; the rest is written
# in English where a language has no version of its own (README.md).
TRANSLATED = ("content/topics.yml", "content/pages/about.md", "content/pages/community-rules.md",
              "content/pages/contributing.md", "description.txt")
# What topics.yml says of its labels by language, in each starter's language.
BY_LANGUAGE = {
    "en": ["# Each label and description is given in every interface language ({languages}):",
           "# each interface shows its own, and `cphub check` names each one that is missing."],
    "fr": ["# Chaque libellé et chaque description sont donnés dans chaque langue de l’interface",
           "# ({languages}) : chaque interface affiche les siens, et `cphub check` signale ceux qui manquent."],
}
# Package data keeps no dotfiles reliably: they are stored as _name.
DOT_PREFIX = "_"


class InitProblem(Exception):
    """Why `init` writes nothing: one line, with what to do."""


def init(folder: Path, *, name: str, language: str | None = None, languages: str | None = None,
         url: str | None = None, engine: str | None = None, description: str | None = None) -> Path:
    """Write a new hub into `folder` (new or empty); the folder."""
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InitProblem(f"{folder} already holds files: a new hub is written only into a new or empty folder "
                          "(nothing was written; choose another folder)")
    interface = _languages(language, languages)
    values = {
        "name": name.strip(),
        "language": interface[0],
        "languages": interface,
        "url": _address(url),
        "example_url": EXAMPLE_URL,
        "engine": _engine_line(engine),
        "version": __version__,
        "folders": sorted({spec.folder for spec in TYPES.values()}),
    }
    if not values["name"]:
        raise InitProblem("--name: give the hub's name, e.g. --name \"Child Protection Exchange\"")
    values["description"] = (description or _translated(interface[0], "description.txt").strip())
    # The name and description in the other interface languages the starter speaks.
    values["translations"] = [
        {"language": code, "name": values["name"], "description": _translated(code, "description.txt").strip()}
        for code in _others(interface)]
    # Written aside, then moved into place: a failure leaves no half hub.
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".cphub-init-", dir=folder.parent) as scratch:
        staging = Path(scratch) / "hub"
        _write(staging, values)
        if folder.exists():
            folder.rmdir()  # empty, checked above
        shutil.move(str(staging), folder)
    return folder


def _languages(language: str | None, languages: str | None) -> list[str]:
    """The interface languages, the first at the site's root."""
    listed = [code.strip() for code in (languages or "").split(",") if code.strip()]
    if language and listed and listed[0] != language:
        if language not in listed:
            raise InitProblem(f"--language {language} is not among --languages {','.join(listed)} "
                              f"(hint: list it first, e.g. --languages {language},{','.join(listed)})")
        listed.remove(language)
        listed.insert(0, language)
    chosen = listed or [language or "en"]
    shipped = shipped_languages()
    for code in chosen:
        if code not in shipped:
            raise InitProblem(f"'{code}' is not a language the engine's interface speaks "
                              f"(hint: one of {', '.join(sorted(shipped))})")
    if len(set(chosen)) != len(chosen):
        raise InitProblem("--languages lists a language twice (hint: list each once)")
    return chosen


def _address(url: str | None) -> str:
    if not url:
        return EXAMPLE_URL
    if not url.startswith(("https://", "http://")):
        raise InitProblem(f"--url {url} is not a web address (hint: e.g. https://my-network.github.io/hub/)")
    return url.rstrip("/") + "/"


def _engine_line(engine: str | None) -> str:
    """requirements.txt's one line: the engine with its ZIM extra, pinned."""
    spec = (engine or f"cphub=={__version__}").strip()
    try:
        requirement = Requirement(spec)
    except InvalidRequirement:
        # A wheel, a folder or a repository: a direct reference.
        if "://" in spec or spec.startswith("git+"):
            return f"cphub[zim] @ {spec}"
        path = Path(spec).expanduser().resolve()
        if not path.exists():
            raise InitProblem(f"--engine {spec}: no such file or folder (hint: a pip requirement such as "
                              f"cphub=={__version__}, a wheel, or git+https://…@v{__version__})") from None
        return f"cphub[zim] @ {path.as_uri()}"
    if requirement.name.lower() != "cphub":
        raise InitProblem(f"--engine {spec} does not name the engine (hint: cphub==<version>, or its wheel)")
    requirement.extras.add("zim")
    return str(requirement)


def _translated(language: str, rel: str) -> str:
    """A starter file in the hub's language, or in English."""
    own = STARTER / language / rel
    return (own if own.is_file() else STARTER / "en" / rel).read_text(encoding="utf-8")


def _has_starter(language: str) -> bool:
    return (STARTER / language / "content/topics.yml").is_file()


def _others(languages: list[str]) -> list[str]:
    """The other interface languages the starter has texts in, but the one
    the first's texts are in (English, where the first has none)."""
    first = languages[0] if _has_starter(languages[0]) else "en"
    return [code for code in languages[1:] if _has_starter(code) and code != first]


def _topics(languages: list[str]) -> str:
    """content/topics.yml: the starter's, in the hub's language; with several
    interface languages, each topic's label and description by language, in
    every one the starter speaks (English where it speaks none of them)."""
    spoken = [code for code in languages if _has_starter(code)] or ["en"]
    if spoken == languages[:1] and len(languages) == 1:
        return _translated(languages[0], "content/topics.yml")
    lists = {code: yaml.safe_load(_translated(code, "content/topics.yml")) for code in spoken}
    header = [line for line in _translated(spoken[0], "content/topics.yml").splitlines() if line.startswith("#")]
    lines = header + [line.format(languages=", ".join(languages)) for line in BY_LANGUAGE[spoken[0]]]
    for topic in lists[spoken[0]]:
        lines.append(f"- id: {topic['id']}")
        by_language = {code: next(t for t in lists[code] if t["id"] == topic["id"]) for code in spoken}
        for field in ("label", "description"):
            lines.append(f"  {field}:")
            for code, each in by_language.items():
                text = one_line(str(each[field]))
                if field == "label":
                    lines.append(f"    {code}: {_scalar(text)}")
                else:
                    lines.append(f"    {code}: >-")
                    lines += textwrap.wrap(text, width=78, initial_indent=" " * 6, subsequent_indent=" " * 6)
    return "\n".join(lines) + "\n"


def _scalar(text: str) -> str:
    """A label as YAML writes it: plain where that reads back the same."""
    plain = not re.search(r"^[\s\-?:,\[\]{}#&*!|>'\"%@`]|: | #|\s$", text)
    return text if plain and yaml.safe_load(text) == text else json.dumps(text, ensure_ascii=False)


def _translation_page(text: str, language: str, original: str) -> str:
    """A starter page in another language: a translation of the first's."""
    return text.replace("\n---\n", f"\ntranslation_of: {original}\n---\n", 1) if "languages:" in text else \
        text.replace("\n---\n", f"\nlanguages: [{language}]\ntranslation_of: {original}\n---\n", 1)


def _write(target: Path, values: dict) -> None:
    env = jinja2.Environment(variable_start_string="[[", variable_end_string="]]", block_start_string="[%",
                             block_end_string="%]", comment_start_string="[#", comment_end_string="#]",
                             keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined, autoescape=False)
    env.filters["yaml"] = lambda value: json.dumps(value, ensure_ascii=False)  # JSON is YAML, quoted
    language = values["language"]
    files: dict[str, str] = {}
    for path in sorted((STARTER / "common").rglob("*")):
        if path.is_file():
            files[_name(path.relative_to(STARTER / "common").as_posix())] = path.read_text(encoding="utf-8")
    for rel in TRANSLATED[:-1]:
        files[rel] = _translated(language, rel)
    files["content/topics.yml"] = _topics(values["languages"])
    for code in _others(values["languages"]):  # each page in the other languages the starter speaks
        for rel in TRANSLATED[1:-1]:
            slug = Path(rel).stem
            files[f"content/pages/{slug}-{code}.md"] = _translation_page(_translated(code, rel), code, slug)
    files["README.md"] = _translated(language, "README.md")
    for rel, text in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(env.from_string(text).render(values), encoding="utf-8")
    for folder in values["folders"]:  # the empty content folders, kept by git
        (target / folder).mkdir(parents=True, exist_ok=True)
        keep = target / folder / ".gitkeep"
        if not any((target / folder).iterdir()):
            keep.write_text("", encoding="utf-8")


def _name(rel: str) -> str:
    """A starter file's name in the hub: `_github/…` is `.github/…`."""
    return "/".join("." + part[len(DOT_PREFIX):] if part.startswith(DOT_PREFIX) else part for part in rel.split("/"))

