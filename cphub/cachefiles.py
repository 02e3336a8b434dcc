"""The files a build keeps for the next one (`.cache/cphub/`): plain JSON,
written whole or not at all, read back only if whole. A read-only checkout
builds as well, only not faster next time."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

FOLDER = Path(".cache") / "cphub"


def save_json(path: Path, data) -> None:
    """Write what the next build may reuse, whole or not at all."""
    save_text(path, json.dumps(data, ensure_ascii=False))


def save_text(path: Path, text: str) -> None:
    """`save_json` for a text already made."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        logging.getLogger("cphub").warning("%s was not saved: %s", path.name, error)


def append_text(path: Path, text: str) -> None:
    """Lines added to what a build before kept, in one write, after a line
    break (a line a build killed while it wrote was left unfinished: it
    stays one unreadable line, which `parse_json` refuses)."""
    try:
        with path.open("rb+") as file:
            file.seek(0, 2)
            if file.tell():
                file.seek(-1, 2)
                if file.read(1) != b"\n":
                    text = "\n" + text
            file.write(text.encode("utf-8"))
    except OSError as error:
        logging.getLogger("cphub").warning("%s was not saved: %s", path.name, error)


def load_json(path: Path):
    """What a build before kept in `path`, or None (none, or damaged)."""
    try:
        return parse_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def parse_json(text: str):
    """JSON read from a kept file (or a line of one), or None if it is not JSON."""
    try:
        return json.loads(text)
    except ValueError:
        return None
