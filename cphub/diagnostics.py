"""Problems found in content, reported as `path:line: field: message (hint)`."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str  # relative to the project, with forward slashes
    line: int
    field: str
    message: str
    hint: str = ""
    severity: str = "error"  # "error" or "warning"
    # Whether --strict makes this warning a failure: every warning does, but
    # a missing translation only in a hub that asks for complete ones.
    strict: bool = True

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}: {self.field}: {self.message}"
        if self.severity == "warning":
            text = f"{self.path}:{self.line}: {self.field}: warning: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


# How a build aborted by content problems says so (convert.ContentAbort).
CONTENT_PROBLEMS = "The hub's content has problems:"


class BuildProblem(Exception):
    """What stops a command, said in one line: a setting, a file that
    cannot be written. (Content problems are ContentError's, with their
    files and lines; anything else is a bug, with its traceback.)"""


class ContentError(Exception):
    """Raised at the edge (plugin, command line) when content has errors."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        super().__init__(report(diagnostics))


def errors(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity == "error"]


def failing(diagnostics: Iterable[Diagnostic], strict: bool) -> list[Diagnostic]:
    """What stops a command: the errors, and with --strict the warnings it fails on."""
    return [d for d in diagnostics if d.severity == "error" or (strict and d.strict)]


def report(diagnostics: Iterable[Diagnostic]) -> str:
    """Every problem, sorted by file and line, one a line."""
    return "\n".join(str(d) for d in sorted(diagnostics))


def did_you_mean(word: str, choices: Iterable[str], list_known: bool = True) -> str:
    """A hint naming the closest choice, or listing a few when none is close."""
    choices = sorted(set(choices))
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    if not choices or not list_known:
        return ""
    shown = ", ".join(choices[:8]) + (", …" if len(choices) > 8 else "")
    return f"known: {shown}"
