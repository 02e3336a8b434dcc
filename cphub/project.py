"""The core pipeline in one call: load → validate → index."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .diagnostics import ContentError, Diagnostic, errors
from .hub import Hub, Settings, build_hub
from .load import load_project
from .validate import Validated, validate


def check(root: Path) -> tuple[list[Diagnostic], Validated]:
    """Every problem in every file, and what validated."""
    validated = validate(root, load_project(root))
    return validated.diagnostics, validated


def read_hub(root: Path, settings: Settings, today: dt.date) -> Hub:
    """The published hub, or ContentError listing every problem."""
    diagnostics, validated = check(root)
    if errors(diagnostics):
        raise ContentError(diagnostics)
    return build_hub(root, settings, today, validated.entries, validated.topics, validated.organisations)
