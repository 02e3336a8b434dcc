"""The core pipeline in one call: load → validate → index."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from ..diagnostics import ContentError, Diagnostic, failing
from .hub import Hub, Settings, build_hub
from .load import Loaded, load_project
from .validate import Validated, validate


def check(root: Path, loaded: Callable[[Loaded], None] | None = None) -> tuple[list[Diagnostic], Validated]:
    """Every problem in every file, and what validated. `loaded` sees the
    files as read, before they are judged (the Markdown workers start on
    the bodies meanwhile)."""
    project = load_project(root)
    if loaded:
        loaded(project)
    validated = validate(root, project)
    return validated.diagnostics, validated


def read_hub(root: Path, settings: Settings, today: dt.date, strict: bool = False,
             loaded: Callable[[Loaded], None] | None = None) -> tuple[Hub, list[Diagnostic]]:
    """The published hub and the warnings, or ContentError listing every
    problem (warnings too, when strict)."""
    diagnostics, validated = check(root, loaded)
    if failing(diagnostics, strict):
        raise ContentError(diagnostics)
    hub = build_hub(root, settings, today, validated.entries, validated.topics, validated.organisations)
    return hub, diagnostics
