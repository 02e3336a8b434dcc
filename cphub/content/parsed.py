"""Front matter read by a build before, kept by its text's digest, so that a
rebuild reads YAML only for the files that changed (reading the front
matter of 3,000 entries is a third of a second of every build).

It is plain JSON, never code: a cache restored in CI must not be able to
run anything, and one that cannot be read as expected is ignored. The code
that reads front matter is part of the digest: a change to it reads every
file anew.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any, Iterable

from ..cachefiles import load_json, save_json
from .yamlstrict import Document, parse

FILE = "front-matter.json"
FORMAT = 1
# What turns a front matter's text into a Document.
_CODE = hashlib.sha256(b"".join(Path(__file__).with_name(name).read_bytes()
                                for name in ("parsed.py", "yamlstrict.py", "yamlhints.py"))).hexdigest()


class ParsedCache:
    """Documents by the digest of their text. With a folder, read from and
    saved to `FILE` there; without one, kept for this process only (`serve`
    keeps it from one rebuild to the next)."""

    def __init__(self, folder: Path | None = None, save: bool = True):
        self.path = folder / FILE if folder else None
        self.can_save = save and self.path is not None
        self.stored: dict[str, Any] = self._read() if self.path else {}
        self.on_disk = set(self.stored)  # what the file holds
        self.used: dict[str, Any] = {}

    def _read(self) -> dict[str, Any]:
        stored = load_json(self.path)
        if not isinstance(stored, dict) or stored.get("format") != FORMAT or stored.get("code") != _CODE:
            return {}
        docs = stored.get("docs")
        return docs if isinstance(docs, dict) else {}

    def parse(self, text: str, first_line: int, keys: Iterable[str]) -> Document:
        """`yamlstrict.parse`, or what it gave for the same text before."""
        digest = hashlib.sha256(f"{first_line}\n{text}".encode("utf-8")).hexdigest()
        kept = self.used.get(digest) or self.stored.get(digest)
        doc = _document(kept) if kept is not None else None
        if doc is None:
            doc = parse(text, first_line=first_line, keys=keys)
            kept = _plain(doc)
        self.used[digest] = kept
        return doc

    def carry(self) -> None:
        """What this build read becomes what the next build in this process
        reads (`serve`)."""
        self.stored, self.used = self.used, {}

    def save(self) -> None:
        """Keep what this build read (and so drop what it no longer needs)."""
        docs = self.used or self.stored  # after `carry`, what the last build read
        if self.can_save and docs.keys() != self.on_disk:
            save_json(self.path, {"format": FORMAT, "code": _CODE, "docs": docs})
            self.on_disk = set(docs)


def _plain(doc: Document) -> dict[str, Any]:
    return {"data": doc.data, "lines": [[list(path), line] for path, line in doc.lines.items()],
            "raw": [[list(path), raw] for path, raw in doc.raw.items()]}


def _document(kept: Any) -> Document | None:
    """The Document kept as plain data; None for anything else."""
    try:
        # A copy (the build may change what it reads); pickle's is the fastest.
        return Document(data=pickle.loads(pickle.dumps(kept["data"], protocol=5)),
                        lines={tuple(path): int(line) for path, line in kept["lines"]},
                        raw={tuple(path): str(raw) for path, raw in kept["raw"]})
    except (KeyError, TypeError, ValueError, pickle.PicklingError):
        return None
