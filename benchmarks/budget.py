"""Where the CPU of the build's own process goes, stage by stage, beside
what plain Material spends on the same bodies: its Markdown and its pages.

    .venv/bin/python benchmarks/budget.py 3000      # 3,000 entries, two builds of each

Each build runs in a process of its own (this script again, with a stage
clock wrapped around the functions below), in memory where the machine has
one (processes.scratch). Times are the CPU seconds of that one process
(`time.process_time`): the Markdown workers, the index's and the offline
copies' processes are measured by versus.py and processes.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from processes import scratch  # noqa: E402
from run import EPOCH, PYTHON, REPO  # noqa: E402
from versus import projects, size_and_runs  # noqa: E402


def clocked(owner, name: str, spent: Counter, label: str, key=None) -> None:
    """Wrap `owner.name` so that its CPU seconds add up in `spent[label]`
    (or under `key(*arguments)`)."""
    function = getattr(owner, name)

    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[key(*args) if key else label] += time.process_time() - started

    setattr(owner, name, wrapper)


def hub_stages(config: str, site: str) -> dict[str, float]:
    """The hub's build in this process, its CPU by stage."""
    import mkdocs.commands.build as mkdocs_build

    sys.path.insert(0, str(REPO))
    from cphub import cli
    from cphub.plugin import HubPlugin

    spent: Counter = Counter()
    clocked(cli, "_read_hub", spent, "reading and validating every file")
    for event in ("on_config", "on_pre_build", "on_files"):
        clocked(HubPlugin, event, spent, "the pages' list, the index's input, the nav")
    clocked(mkdocs_build, "get_navigation", spent, "the pages' list, the index's input, the nav")
    clocked(mkdocs_build, "_build_page", spent, "", key=lambda page, *_: (
        "entry pages" if page.meta.get("template") == "entry.html" else "listing, term, section and other pages"))
    clocked(HubPlugin, "on_post_build", spent, "after the last page: index, feeds, editions, offline")
    started = time.process_time()
    cli.main(["-f", config, "build", "-d", site])
    spent["the build's own process, in all"] = time.process_time() - started
    return dict(spent)


def material_stages(site: str) -> dict[str, float]:
    """Plain Material's build in this process, its CPU by stage."""
    import mkdocs.commands.build as mkdocs_build
    from mkdocs.__main__ import cli
    from mkdocs.structure.pages import Page

    spent: Counter = Counter()
    clocked(Page, "render", spent, "Markdown conversion")
    clocked(mkdocs_build, "_build_page", spent, "pages' templates")
    started = time.process_time()
    try:
        cli(["build", "-q", "-d", site])
    except SystemExit as end:
        if end.code:
            raise
    spent["the whole build"] = time.process_time() - started
    return dict(spent)


def measure(kind: str, folder: Path, *arguments: str) -> dict[str, float]:
    """One build in a new process: this script, asked for one kind."""
    done = subprocess.run([PYTHON, __file__, "--one", kind, *arguments], cwd=folder, check=True, text=True,
                          capture_output=True, env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH,
                                                    "NO_MKDOCS_2_WARNING": "1"})
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    size, runs = size_and_runs(2)
    with scratch() as tmp:
        work = Path(tmp)
        hub, config, plain = projects(size, work)
        measured: dict[str, list[dict[str, float]]] = {"hub": [], "Material": []}
        for _ in range(runs):
            shutil.rmtree(hub / ".cache", ignore_errors=True)  # a first build
            measured["hub"].append(measure("hub", hub, str(config), str(work / "site")))
            measured["Material"].append(measure("material", plain, str(work / "plain-site")))
    for kind, rows in measured.items():
        print(f"{kind}, CPU seconds of the build's own process ({size:,} entries, {runs} builds):")
        for stage in rows[0]:
            print(f"  {stage}: " + ", ".join(f"{row.get(stage, 0.0):.2f}" for row in rows))


if __name__ == "__main__":  # the forkserver imports this module again: nothing may run on import
    if sys.argv[1:2] == ["--one"]:
        stages = hub_stages(*sys.argv[3:5]) if sys.argv[2] == "hub" else material_stages(sys.argv[3])
        print(json.dumps(stages))
    else:
        main()
