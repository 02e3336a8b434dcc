"""What the build's second processes share."""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import threading
import time
from pathlib import Path
from typing import Callable


# What starting a helper process raises where none can start: a sandbox
# (OSError, RuntimeError), or a system without a forkserver (ValueError).
NO_HELPERS = (OSError, RuntimeError, ValueError)
# The module the forkserver imports before it forks any helper: MkDocs,
# Markdown and the converter, which every Markdown worker needs.
PRELOAD = ["cphub.site.convert"]


def start_forkserver() -> None:
    """Start the process the helpers are forked from, first thing.

    It imports MkDocs and Markdown (half a second) on another core while
    the build imports the same and reads its configuration and content; the
    workers it forks are then ready when the first page is sent, where they
    started only then. Where no process can start (a sandbox, or a
    system without a forkserver: Windows), the build works in its own."""
    try:
        multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
        multiprocessing.forkserver.ensure_running()
    except NO_HELPERS:
        pass


def name_process(name: str) -> None:
    """Show this helper by its job in `top` and `ps` (Linux: at most 15
    characters), not as one more `python`."""
    try:
        Path("/proc/self/comm").write_text(name[:15], encoding="utf-8")
    except OSError:  # another system, or /proc read-only: the name is only a help
        pass


def exit_with_parent(parent: int) -> None:
    """In a second process: end as soon as the build that started it is gone.

    A build killed outright (SIGKILL, a cancelled CI job) cannot tell its
    helpers to stop, and a helper waiting for work would otherwise wait
    forever, holding its memory and its half-written files.
    """
    _end_when(lambda: os.getppid() != parent)


def exit_with_build(build: int) -> None:
    """The same for a process the forkserver started for the build: its
    parent is the forkserver, which waits for every child it started to end
    before it ends itself, so the build is watched instead."""
    _end_when(lambda: not _exists(build))


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process is there
    except ProcessLookupError:
        return False
    except PermissionError:  # there, but another user's
        pass
    return True


def _end_when(gone: Callable[[], bool]) -> None:
    def watch() -> None:
        while not gone():
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-build", daemon=True).start()
