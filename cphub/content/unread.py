"""Files in the content folders that the hub does not read, each named with
the name to give it.

The hub reads an entry from `<folder>/<slug>.md` and publishes every other
file of the folder as it is, for entries to link to (a brief's PDF in
`briefs/files/`). A file that reads as text — Markdown or a note in any
spelling (`.MD`, `.markdown`, `.txt`), or anything that starts with front
matter — and that no entry reads or links to is one of two mistakes: an
entry under a name the hub skips (`case_conferences.MD`, `_draft.md`,
`briefs/2026/review.md`), or a note that would be published for anyone to
read. Each is a warning, a failure under `--strict`. Other files (PDFs,
images, documents) are the entries' assets and are left alone.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import unquote

from ..diagnostics import Diagnostic
from .load import RawEntry, inside, relative
from .model import TYPES, Kind, ListOf, LocalFile, LocalFileOrUrl, Record
from .slugs import slugify

TEXT = {".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".txt", ".text"}
LISTS = {".yml", ".yaml"}
NOT_READ = "this file is not read"

# Where a body names another file: Markdown links and images, reference
# definitions, and HTML's href and src.
_LINKS = [re.compile(r"\]\(\s*<?([^)\s>]+)"),
          re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)", re.MULTILINE),
          re.compile(r"""\b(?:href|src)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)]
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|#)", re.IGNORECASE)  # https:, mailto:, /…, #…


def check(root: Path, entries: list[RawEntry]) -> list[Diagnostic]:
    """A warning for each file of the content folders that looks like text
    and that no entry is read from or links to."""
    entry_files = {root / raw.path for raw in entries}
    # Most files are the entries themselves, the rest mostly PDFs and images:
    # only a file that looks like text is looked at closer (resolving every
    # link of thousands of entries is a second of a large hub's build).
    suspects = [(spec.folder, path) for spec in TYPES.values() for path in _files(root / spec.folder)
                if path not in entry_files and _looks_like_text(path) and inside(root, path)]
    if not suspects:
        return []
    read = {path.resolve() for path in entry_files}
    used = read | linked(root, entries)
    problems = []
    for folder, path in suspects:
        resolved = path.resolve()
        # Inside a folder named as an entry (briefs/x.md/): that folder is reported already.
        if resolved in used or read & set(resolved.parents):
            continue
        if problem := _judge(root, folder, path):
            problems.append(problem)
    return problems


def _looks_like_text(path: Path) -> bool:
    suffix = path.suffix.lower()
    return suffix in TEXT or suffix in LISTS or _front_matter(path)


def linked(root: Path, entries: Iterable[RawEntry]) -> set[Path]:
    """Every file an entry names: its fields that hold files (attachments,
    slides: the content model says which) and the links of its text."""
    found = set()
    for raw in entries:
        base = (root / raw.path).parent
        targets = list(_links(raw.body))
        if raw.doc is not None and isinstance(raw.doc.data, dict):
            for spec in TYPES[raw.type].fields:
                targets += _paths(spec.kind, raw.doc.data.get(spec.name))
        for target in targets:
            if isinstance(target, str) and target.strip() and not _ADDRESS.match(target.strip()):
                found.add((base / unquote(target.strip().split("#")[0].split("?")[0])).resolve())
    return found


def _links(body: str) -> Iterable[str]:
    for pattern in _LINKS:
        yield from pattern.findall(body)


def _paths(kind: Kind, value: Any) -> list[Any]:
    """The values of `kind` that are paths to files, within lists and records."""
    if isinstance(kind, (LocalFile, LocalFileOrUrl)):
        return [value]
    if isinstance(kind, ListOf) and isinstance(value, list):
        return [path for item in value for path in _paths(kind.item, item)]
    if isinstance(kind, Record) and isinstance(value, dict):
        return [path for spec in kind.fields for path in _paths(spec.kind, value.get(spec.name))]
    return []


def _files(folder: Path) -> list[Path]:
    """The folder's files, hidden ones (.DS_Store, .gitkeep) left out."""
    if not folder.is_dir():
        return []
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found += [Path(dirpath) / name for name in filenames if not name.startswith(".")]
    return sorted(found)


def _judge(root: Path, folder: str, path: Path) -> Diagnostic | None:
    rel = relative(root, path)
    top = path.parent == root / folder
    suffix = path.suffix.lower()
    if top and suffix in LISTS:  # not published either: load.walk_assets leaves these out
        return _warning(rel, f"{NOT_READ}: the hub reads entries here, as .md files",
                        "the hub's lists are content/topics.yml and content/organisations.yml; "
                        "move it there, or remove it")
    entry_like = suffix in TEXT - {".txt", ".text"} or _front_matter(path)
    if not entry_like and suffix not in TEXT:
        return None  # a PDF, an image: an asset, published for entries to link to
    target = f"{folder}/{_slug(path)}.md"
    verb = "rename" if top else "move"
    if (root / target).exists():
        move = f"{target} exists: merge the two, or remove this file"
    else:
        move = f"{verb} it to {target}" + (" (an entry kept off the site has draft: true)"
                                           if path.name.startswith("_") else "")
    if top:
        message = f"{NOT_READ}: an entry's file name is lowercase letters, digits and hyphens ending in .md"
    elif entry_like:
        message = f"{NOT_READ}: entries sit directly in {folder}/"
    else:
        message = f"{NOT_READ}, and no entry links to it"
    if entry_like:
        return _warning(rel, message, move)
    # A text file without front matter: an entry begun as a note, or a note.
    return _warning(rel, message, f"if it is an entry, {move}; if not, link it from an entry or take it "
                                  f"out of {folder}/: every file here is published as it is")


def _slug(path: Path) -> str:
    stem = path.name
    while Path(stem).suffix.lower() in TEXT:
        stem = stem[: -len(Path(stem).suffix)]
    return slugify(stem) or "my-entry"


def _front_matter(path: Path) -> bool:
    """Whether the file starts with a `---` line, as an entry does."""
    try:
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError:
        return False
    return re.match(rb"^(?:\xef\xbb\xbf)?---[ \t]*\r?\n", start) is not None


def _warning(rel: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(rel, 1, "file", message, hint, severity="warning")
