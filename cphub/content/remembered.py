"""What a preview's builds read and judged of each entry file, kept from one
rebuild to the next: a file whose size and time are those it had is not
read again, and an entry read alike, among the same topics, organisations
and entries' names, is not judged again (at 3,000 entries, reading and
judging every file is most of a second of each preview); and the entry
pages each interface made (site/pages.py: generate).

Only `serve` keeps one: it forgets everything when a file other than an
entry's Markdown changes (an attachment an entry names, a list), and the
command line builds once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Diagnostic
from .load import RawEntry
from .model import Entry


@dataclass
class Remembered:
    files: dict[str, tuple[tuple[int, int], RawEntry]] = field(default_factory=dict)
    judged: dict[int, tuple[RawEntry, Any, Entry | None, list[Diagnostic]]] = field(default_factory=dict)
    checked: dict[int, tuple[Entry, Any, list[Diagnostic]]] = field(default_factory=dict)
    # By interface language: its entry pages as the build before made them (site/pages.py:
    # Kept), and its entries' documents and records for the library's index (outputs/library.py).
    pages: dict[str, Any] = field(default_factory=dict)
    index_inputs: dict[str, dict] = field(default_factory=dict)
    # What this build used, which becomes what the next one finds (see carry).
    _files: dict = field(default_factory=dict)
    _judged: dict = field(default_factory=dict)
    _checked: dict = field(default_factory=dict)

    def read(self, rel: str, stat: os.stat_result) -> RawEntry | None:
        """The file as read before, if its size and time are the same."""
        kept = self.files.get(rel)
        if kept is None or kept[0] != (stat.st_size, stat.st_mtime_ns):
            return None
        self._files[rel] = kept
        return kept[1]

    def keep_read(self, rel: str, stat: os.stat_result, raw: RawEntry) -> None:
        self._files[rel] = ((stat.st_size, stat.st_mtime_ns), raw)

    def judgement(self, raw: RawEntry, context: Any) -> tuple[Entry | None, list[Diagnostic]] | None:
        """The entry made of `raw` and its problems, if judged in the same `context` before."""
        kept = self.judged.get(id(raw))
        if kept is None or kept[0] is not raw or kept[1] != context:
            return None
        self._judged[id(raw)] = kept
        return kept[2], kept[3]

    def keep_judgement(self, raw: RawEntry, context: Any, entry: Entry | None, problems: list[Diagnostic]) -> None:
        self._judged[id(raw)] = (raw, context, entry, problems)

    def check(self, entry: Entry, context: Any) -> list[Diagnostic] | None:
        """An entry's safeguarding warnings, if checked in the same `context` before."""
        kept = self.checked.get(id(entry))
        if kept is None or kept[0] is not entry or kept[1] != context:
            return None
        self._checked[id(entry)] = kept
        return kept[2]

    def keep_check(self, entry: Entry, context: Any, problems: list[Diagnostic]) -> None:
        self._checked[id(entry)] = (entry, context, problems)

    def carry(self) -> None:
        """What this build used becomes what the next one finds (what it
        did not use, of files gone or changed, is let go)."""
        self.files, self._files = self._files, {}
        self.judged, self._judged = self._judged, {}
        self.checked, self._checked = self._checked, {}

    def forget(self, files: set[str] | None = None) -> None:
        """Forget these files as read (each is read again, whatever its
        time says), or, without names, everything."""
        if files is not None:
            for name in files:
                self.files.pop(name, None)
            return
        for kept in (self.files, self.judged, self.checked, self._files, self._judged, self._checked, self.pages,
                     self.index_inputs):
            kept.clear()
