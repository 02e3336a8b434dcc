"""Work done in other processes: the one way the build runs anything elsewhere.

`Helpers` is a pool of processes, one per core, forked from a clean
forkserver (never from the build, with its threads and open files). It owns
what every use of a second process needs:

- **start**: the processes start with the first task (a build with none
  starts none) and run `initializer` (the Markdown workers read the hub's
  configuration there) while the build reads files;
- **a time budget**: a task may be given `timeout` seconds; one that runs
  over is stopped and its future raises `TimeoutError` (some Markdown takes
  Python-Markdown minutes: no input may stall a build);
- **cancel**: `close()` ends every process, finished or not;
- **ending with the build**: on Linux each helper asks the kernel to kill it
  when its parent, the forkserver, ends, and the forkserver ends when the
  build does, even when the build is killed outright (SIGKILL): no helper
  outlives a build to write into a folder the next build has swept;
- **a fallback**: where no process can start (a sandbox, a system without a
  forkserver), tasks run in the build's own process, without a time budget.

Tasks are plain functions of plain (picklable) data; their results come
back as futures, awaited where they are needed.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import multiprocessing.forkserver
import os
import signal
from concurrent.futures import Future
from pathlib import Path
from typing import Any, Callable

from pebble import ProcessPool

log = logging.getLogger("cphub")

# What starting a process raises where none can start: a sandbox (OSError,
# RuntimeError), or a system without a forkserver (ValueError: Windows).
NO_PROCESSES = (OSError, RuntimeError, ValueError)
# What the forkserver imports before it forks a helper: MkDocs, Markdown and
# the converter, which every Markdown worker needs.
PRELOAD = ["cphub.site.convert"]
_PR_SET_PDEATHSIG = 1  # prctl(2)


def start_forkserver() -> None:
    """Start the process helpers are forked from, first thing: it imports
    MkDocs and Markdown on another core while the build does the same.
    Where no process can start, nothing happens (the build works alone)."""
    try:
        multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
        multiprocessing.forkserver.ensure_running()
    except NO_PROCESSES:
        pass


def _end_with_parent() -> None:
    """Ask Linux to kill this process when its parent ends. (Elsewhere a
    helper ends when it next reads from the build and finds it gone.)"""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent ended before the request was made
        os._exit(1)


def _name(name: str) -> None:
    """Show a helper by its job in `top` and `ps`, not as one more python."""
    try:
        Path("/proc/self/comm").write_text(name[:15], encoding="utf-8")
    except OSError:
        pass


def _start(name: str, initializer: Callable | None, initargs: tuple) -> None:
    _end_with_parent()
    _name(name)
    gc.freeze()  # as cli.collect_less: a helper's work is many small objects, none cyclic garbage
    gc.set_threshold(70_000, 20, 50)
    if initializer:
        initializer(*initargs)


class Helpers:
    """A pool of helper processes (see the module's docstring)."""

    def __init__(self, name: str = "cphub-helper", initializer: Callable | None = None, initargs: tuple = (),
                 count: int | None = None):
        self.name, self.count, self.initializer, self.initargs = name, count, initializer, initargs
        self.pool: ProcessPool | None = None
        self.started = False
        self._initialised = False

    def _begin(self) -> None:
        """The processes, started with the first task: a build with nothing
        for them to do (a rebuild that changed nothing) starts none, nor
        waits for the forkserver's imports."""
        self.started = True
        try:
            start_forkserver()
            self.pool = ProcessPool(max_workers=self.count or os.cpu_count() or 1, initializer=_start,
                                    initargs=(self.name, self.initializer, self.initargs),
                                    context=multiprocessing.get_context("forkserver"))
            self.pool.schedule(_nothing)  # the pool starts its processes with its first task
        except NO_PROCESSES as error:
            log.warning("no helper processes here (%s): the build works alone, without time limits", error)
            self.pool = None

    @property
    def in_process(self) -> bool:
        """Whether tasks run in this process (no helper could start)."""
        if not self.started:
            self._begin()
        return self.pool is None

    def submit(self, function: Callable[..., Any], *args: Any, timeout: float | None = None) -> Future:
        """`function(*args)` in a helper, within `timeout` seconds if given."""
        if not self.started:
            self._begin()
        if self.pool is not None:
            return self.pool.schedule(function, args, timeout=timeout)
        if not self._initialised:
            self._initialised = True
            if self.initializer:
                self.initializer(*self.initargs)
        future: Future = Future()
        try:
            future.set_result(function(*args))
        except Exception as error:  # noqa: BLE001 - the future carries it, as a helper's would
            future.set_exception(error)
        return future

    def close(self) -> None:
        """End every helper, whether its task is done or not."""
        if self.pool is not None:
            self.pool.stop()
            self.pool.join()
            self.pool = None

    def __enter__(self) -> Helpers:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _nothing() -> None:
    """A first task, which starts the helpers."""
