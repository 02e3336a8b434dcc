"""cphub/helpers.py: the one way work runs in other processes: results
come back as futures, a task over its time budget is stopped, closing ends
every helper, and where no process can start the work is done in the
build's own process, with the same result."""

from __future__ import annotations

import os
import time
from concurrent.futures import TimeoutError as TimedOut

import pytest

from conftest import build, copy_sample, tree_digest, without_zim
from cphub import helpers
from cphub.helpers import Helpers


def pid() -> int:
    return os.getpid()


def sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def fail() -> None:
    raise ValueError("a task's own failure")


def test_a_task_runs_in_another_process_and_its_result_comes_back():
    with Helpers("test-helper", count=1) as pool:
        assert not pool.in_process
        assert pool.submit(pid).result() != os.getpid()
        assert pool.submit(sleep, 0).result() == "woke"
        with pytest.raises(ValueError, match="a task's own failure"):
            pool.submit(fail).result()


def test_no_process_starts_until_there_is_a_task():
    with Helpers("test-helper", count=1) as pool:
        assert pool.pool is None  # a rebuild that changed nothing waits for no process to start
        assert pool.submit(pid).result() != os.getpid() and pool.pool is not None


def test_a_task_over_its_time_budget_is_stopped_and_the_others_go_on():
    with Helpers("test-helper", count=1) as pool:
        stalled = pool.submit(sleep, 60, timeout=0.5)
        with pytest.raises(TimedOut):
            stalled.result(timeout=30)
        assert pool.submit(sleep, 0).result(timeout=30) == "woke"


def test_closing_ends_every_helper_even_at_work():
    pool = Helpers("test-helper", count=1)
    worker = pool.submit(pid).result()
    pool.submit(sleep, 60)
    pool.close()
    deadline = time.monotonic() + 10
    while os.path.exists(f"/proc/{worker}") and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not os.path.exists(f"/proc/{worker}")


def test_where_no_process_can_start_tasks_run_here(monkeypatch):
    def sandboxed(*args, **kwargs):
        raise PermissionError("[Errno 1] Operation not permitted")  # what a sandbox answers

    monkeypatch.setattr(helpers, "ProcessPool", sandboxed)
    with Helpers("test-helper") as pool:
        assert pool.in_process
        assert pool.submit(pid).result() == os.getpid()
        with pytest.raises(ValueError):
            pool.submit(fail).result()


def test_without_worker_processes_the_build_writes_the_same_site(tmp_path, monkeypatch):
    """Where no process can be started (a sandbox), or processes cannot be
    forked from a forkserver (Windows has none), this process converts the
    Markdown, makes the e-mail editions the workers make otherwise and
    indexes the library: the same files, byte for byte."""
    import multiprocessing

    any_context = multiprocessing.get_context

    def sandboxed(*args, **kwargs):
        raise PermissionError("[Errno 1] Operation not permitted")  # what a sandbox answers

    def without_forkserver(method=None):
        if method == "forkserver":
            raise ValueError("cannot find context for 'forkserver'")  # Python's words on Windows
        return any_context(method)

    sites = {}
    for name in ("workers", "alone", "without forkserver"):
        with monkeypatch.context() as patch:
            if name == "alone":
                patch.setattr(helpers, "ProcessPool", sandboxed)
            if name == "without forkserver":
                patch.setattr(multiprocessing, "get_context", without_forkserver)
            hub = copy_sample(tmp_path / name.replace(" ", "-"))
            without_zim(hub)
            sites[name] = tree_digest(build(hub))
    assert any(path.endswith(".eml") for path in sites["alone"])
    assert sites["alone"] == sites["workers"]
    assert sites["without forkserver"] == sites["workers"]
