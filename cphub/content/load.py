"""Read the project's files: front matter and body, vocabularies.

Nothing here judges the content model; it only turns bytes into plain data
with line numbers, or into a problem that names the file and the line.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..diagnostics import Diagnostic
from .model import TYPES, field_names
from .yamlstrict import Document, YamlProblem, parse

if TYPE_CHECKING:  # remembered.py reads RawEntry from here
    from .remembered import Remembered

# A file this large is not a brief; refuse it rather than stall the build.
MAX_FILE_BYTES = 2_000_000
_FENCE = re.compile(r"^---[ \t]*$")
_END_LINE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


@dataclass
class RawEntry:
    type: str
    slug: str
    path: str  # relative to the project, forward slashes
    doc: Document | None  # None when the file could not be read
    body: str
    body_line: int  # the line of the body's first line in the file


@dataclass
class Loaded:
    entries: list[RawEntry]
    topics: Document | None
    organisations: Document | None
    diagnostics: list[Diagnostic]


def relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def read_text(root: Path, path: Path) -> str:
    """A file's text: UTF-8 (a BOM is dropped), line endings made `\\n`."""
    rel = relative(root, path)
    if not path.is_file():
        raise _FileProblem(Diagnostic(rel, 1, "file", "is not a file", "rename or remove it"))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _FileProblem(Diagnostic(rel, 1, "file", f"is larger than {MAX_FILE_BYTES // 1_000_000} MB",
                                      "split it, or link to large files instead of pasting them"))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _FileProblem(Diagnostic(rel, 1, "file", f"cannot be read ({error.strerror})",
                                      "check that it is a file and that it can be read")) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _FileProblem(Diagnostic(rel, line, "file", f"is not UTF-8 text (byte 0x{data[error.start]:02x})",
                                      "save the file as UTF-8 in your editor")) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _FileProblem(Exception):
    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def split_front_matter(rel: str, text: str, parser: Callable[..., Document] = parse) -> tuple[Document, str, int]:
    """The front matter between the first two `---` lines, and the body.
    (`parser`: yamlstrict's, or one that remembers, parsed.py.)"""
    if not text.strip():
        raise _FileProblem(Diagnostic(rel, 1, "file", "is empty",
                                      "start with a front matter block: ---, title: …, ---"))
    first = text.find("\n")
    if not _FENCE.match(text if first < 0 else text[:first]):
        raise _FileProblem(Diagnostic(rel, 1, "front matter", "missing: the file must start with a line '---'",
                                      "put the fields between two lines of '---' at the top"))
    # The closing line, searched for in the text: the body (most of it) is
    # never split into lines.
    closing = _END_LINE.search(text, first + 1) if first >= 0 else None
    if closing is None:
        raise _FileProblem(Diagnostic(rel, 1, "front matter", "is not closed",
                                      "add a line '---' after the last field"))
    fields = text[first + 1:closing.start()] or "\n"
    body = text[closing.end() + 1:]
    try:
        doc = parser(fields, first_line=2, keys=field_names())
    except YamlProblem as problem:
        raise _FileProblem(Diagnostic(rel, problem.line, "front matter", problem.message, problem.hint)) from None
    if doc.data is None:
        doc.data = {}
    if not isinstance(doc.data, dict):
        raise _FileProblem(Diagnostic(rel, 2, "front matter", "must be fields, one 'name: value' a line",
                                      "e.g. title: \"My brief\""))
    return doc, body, text.count("\n", 0, closing.start()) + 2


def entry_files(root: Path) -> list[tuple[str, Path]]:
    """(type, path) of every Markdown file in the content folders, sorted."""
    found = []
    for spec in TYPES.values():
        folder = root / spec.folder
        if folder.is_dir():
            found += [(spec.name, p) for p in folder.glob("*.md") if not p.name.startswith((".", "_"))]
    return sorted(found, key=lambda item: item[1].as_posix())


def inside(root: Path, path: Path) -> bool:
    """Whether a path, links followed, stays within the project."""
    return path.resolve().is_relative_to(root.resolve())


class Within:
    """`inside` for many files of a few folders: a file that is no link is
    where its folder is, and each folder is resolved once (resolving each of
    3,000 entries' paths took 0.14 s of every build; this, 0.02 s)."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self.folders: dict[Path, bool] = {}

    def __call__(self, path: Path) -> bool:
        if path.is_symlink():
            return path.resolve().is_relative_to(self.root)
        folder = path.parent
        if folder not in self.folders:
            self.folders[folder] = folder.resolve().is_relative_to(self.root)
        return self.folders[folder]


def load_project(root: Path, parser: Callable[..., Document] = parse, remembered: Remembered | None = None
                 ) -> Loaded:
    """Every entry file and list read. `remembered` (content/remembered.py):
    what a preview's build before read, taken for a file unchanged since."""
    diagnostics: list[Diagnostic] = []
    entries: list[RawEntry] = []
    within = Within(root)
    for type_name, path in entry_files(root):
        rel = relative(root, path)
        if not within(path):
            diagnostics.append(Diagnostic(rel, 1, "file", "is a link to a file outside the hub",
                                          "copy the file into the hub instead of linking to it"))
            continue
        stat = path.stat() if remembered is not None else None
        raw = remembered.read(rel, stat) if stat else None
        if raw is None:
            try:
                doc, body, body_line = split_front_matter(rel, read_text(root, path), parser)
            except _FileProblem as problem:
                diagnostics.append(problem.diagnostic)
                doc, body, body_line = None, "", 1
            # Kept even when unreadable: its slug still counts for duplicates.
            raw = RawEntry(type_name, path.stem, rel, doc, body, body_line)
            if stat and doc is not None:
                remembered.keep_read(rel, stat, raw)
        entries.append(raw)
    topics = _vocabulary(root, "content/topics.yml", diagnostics)
    organisations = _vocabulary(root, "content/organisations.yml", diagnostics)
    return Loaded(entries, topics, organisations, diagnostics)


def load_lists(root: Path) -> Loaded:
    """The hub's lists and the names of its entries, without reading the
    entries: enough to judge one value, as `new` judges its options."""
    diagnostics: list[Diagnostic] = []
    entries = [RawEntry(type_name, path.stem, relative(root, path), None, "", 1)
               for type_name, path in entry_files(root)]
    return Loaded(entries, _vocabulary(root, "content/topics.yml", diagnostics),
                  _vocabulary(root, "content/organisations.yml", diagnostics), diagnostics)


def _vocabulary(root: Path, rel: str, diagnostics: list[Diagnostic]) -> Document | None:
    path = root / rel
    if not path.is_file() or not inside(root, path):
        diagnostics.append(Diagnostic(rel, 1, "file", "is missing", "create it: a list of '- id: …' entries"))
        return None
    try:
        doc = parse(read_text(root, path), keys=field_names())
    except _FileProblem as problem:
        diagnostics.append(problem.diagnostic)
        return None
    except YamlProblem as problem:
        diagnostics.append(Diagnostic(rel, problem.line, "file", problem.message, problem.hint))
        return None
    if doc.data is None:
        doc.data = []
    if not isinstance(doc.data, list):
        diagnostics.append(Diagnostic(rel, 1, "file", "must be a list", "start each item with '- id: …'"))
        return None
    return doc


def walk_assets(root: Path, folder: str) -> list[Path]:
    """Non-Markdown files under a content folder (PDFs, images), sorted."""
    base = root / folder
    if not base.is_dir():
        return []
    found = []
    within = Within(root)
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            path = Path(dirpath) / name
            if name.startswith(".") or (path.suffix in (".md", ".yml") and Path(dirpath) == base):
                continue
            if within(path):  # never copy a file from outside the project
                found.append(path)
    return sorted(found)
