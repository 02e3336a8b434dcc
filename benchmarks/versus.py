"""The hub's build without the ZIM against plain mkdocs-material on the same
bodies with the same Markdown extensions, in one run: wall time and the CPU
time of each build's whole process tree (its Markdown workers, index and
offline processes included), sampled from /proc (Linux).

    .venv/bin/python benchmarks/versus.py 3000        # 3 alternating runs of each
    .venv/bin/python benchmarks/versus.py 3000 5      # 5 runs of each

The builds alternate (hub, Material, hub, Material…) so that a slow spell
of the machine weighs on both; each hub build starts without the Markdown
cache, and is followed by a build with the cache it kept (nothing changed:
a host's daily rebuild, which publish.yml restores the cache for). CPU time over wall time says how much of the second core a build
uses: plain Material uses one. The hub's CPU is also given by process (the
build's own, its Markdown workers, the library's index, the offline copies).
After each Material build, Pagefind (the `bench` extra) indexes its site:
the light search the library is measured against (library.py), which a
Material site's owner who wanted it would run after the build. (Material's
own search index, in its build, is one file of every page's text, which a
reader downloads whole before a first search.) The builds run in memory
(/dev/shm) where the machine has it (processes.scratch).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from generate import generate  # noqa: E402
from processes import scratch, snapshot, tree  # noqa: E402
from run import EPOCH, PYTHON, REPO, plain_material  # noqa: E402


def timed(command: list[str], cwd: Path,
          env: dict[str, str] | None = None) -> tuple[float, float, dict[str, float], float]:
    """Wall seconds, CPU seconds (user + system of the build and every
    process it started), those of each kind of process, as last sampled,
    and the system seconds among them.
    (getrusage would miss the Markdown workers: they are the forkserver's
    children, and the forkserver is never waited for.)"""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1",
                                    **(env or {})})
    sampled: dict[int, tuple[str, float, float]] = {}
    sampler = threading.Thread(target=sample, args=(process, sampled), daemon=True)
    sampler.start()
    if process.wait():
        raise subprocess.CalledProcessError(process.returncode, command)
    wall = time.perf_counter() - started
    sampler.join()
    by_kind: dict[str, float] = {}
    for kind, cpu, _ in sampled.values():
        by_kind[kind] = by_kind.get(kind, 0.0) + cpu
    return wall, sum(by_kind.values()), by_kind, sum(system for _, _, system in sampled.values())


def kind_of(pid: int, root: int) -> str:
    """The build, or the helper's job, which it names (workers.name_process)."""
    if pid == root:
        return "build"
    try:
        name = Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "other"
    # The helpers (cphub/helpers.py) since 0.2.0; before it, a process per job.
    return {"cphub-helper": "helpers", "cphub-markdown": "Markdown workers", "cphub-index": "library index",
            "cphub-offline": "offline copies"}.get(name, "other")


def sample(process: subprocess.Popen, sampled: dict[int, tuple[str, float, float]]) -> None:
    """Every 0.1 s until the build ends: the CPU of each of its processes,
    and the system time within it."""
    if not Path("/proc/self/stat").exists():
        return
    while process.poll() is None:
        table = snapshot()
        for pid in tree(process.pid, {pid: parent for pid, (parent, *_) in table.items()}) & table.keys():
            sampled[pid] = (kind_of(pid, process.pid), table[pid][1], table[pid][3])
        time.sleep(0.1)


def without_zim(hub: Path, templates: Path = REPO / "templates", name: str = "mkdocs-no-zim.yml") -> Path:
    """A copy of the hub's settings that leaves the ZIM out, with the
    templates of the given checkout."""
    config = hub / name
    config.write_text((hub / "mkdocs.yml").read_text(encoding="utf-8")
                      .replace(f"custom_dir: {REPO / 'templates'}", f"custom_dir: {templates}")
                      .replace("  - cphub:\n", "  - cphub:\n      zim: false\n"), encoding="utf-8")
    return config


def projects(size: int, work: Path) -> tuple[Path, Path, Path]:
    """In `work`: the generated hub of `size` entries, its settings without
    the ZIM, and plain Material's project on the same bodies."""
    hub = work / "hub"
    generate(size, hub)
    return hub, without_zim(hub), plain_material(hub, work / "plain", same_extensions=True)


def size_and_runs(runs: int) -> tuple[int, int]:
    """`[N] [RUNS]` from the command line: 3,000 entries, and `runs` builds of each, unless given."""
    return (int(sys.argv[1]) if len(sys.argv) > 1 else 3000), (int(sys.argv[2]) if len(sys.argv) > 2 else runs)


def main() -> None:
    size, runs = size_and_runs(3)
    with scratch() as tmp:
        work = Path(tmp)
        hub, config, plain = projects(size, work)
        builds = {
            "hub": [PYTHON, str(REPO / "build.py"), "-f", str(config), "build", "-d", str(work / "site")],
            "plain": [PYTHON, "-m", "mkdocs", "build", "-q"],
            # The reference for a light full-text search: Pagefind over Material's site.
            "pagefind": [PYTHON, "-m", "pagefind", "--site", "site", "--output-subdir", "pagefind"],
        }
        results: dict[str, list[tuple[float, float, dict[str, float], float]]] = {
            "hub": [], "warm": [], "plain": [], "pagefind": []}
        for _ in range(runs):
            shutil.rmtree(hub / ".cache", ignore_errors=True)
            results["hub"].append(timed(builds["hub"], hub))
            results["plain"].append(timed(builds["plain"], plain))
            results["pagefind"].append(timed(builds["pagefind"], plain))
            results["warm"].append(timed(builds["hub"], hub))  # with the cache the build before kept
            print({k: (round(v[-1][0], 1), round(v[-1][1], 1)) for k, v in results.items()},
                  {k: round(v, 1) for k, v in results["hub"][-1][2].items()}, flush=True)
    wall, cpu = ({k: statistics.median(r[i] for r in results[k]) for k in results} for i in (0, 1))
    user = {k: statistics.median(r[1] - r[3] for r in results[k]) for k in results}
    kinds = sorted({kind for _, _, by_kind, _ in results["hub"] for kind in by_kind} - {"other"})
    print("hub CPU by process (median): " + ", ".join(
        f"{kind} {statistics.median(by_kind.get(kind, 0.0) for _, _, by_kind, _ in results['hub']):.1f} s"
        for kind in kinds))
    # System time drifts with the file system from one build to the next; user time holds steady.
    print(f"user CPU (median): hub {user['hub']:.1f} s, plain Material {user['plain']:.1f} s, "
          f"ratio {user['hub'] / user['plain']:.2f}×")
    searchable = statistics.median(plain[0] + indexed[0] for plain, indexed in zip(results["plain"], results["pagefind"]))
    print(f"plain Material then Pagefind over its site (median of their sums): {searchable:.1f} s wall; "
          f"the hub {wall['hub'] / searchable:.2f}× that (Pagefind alone {wall['pagefind']:.1f} s, "
          f"{cpu['pagefind']:.1f} s of CPU)")
    print("| entries | runs | hub, wall | hub, CPU | plain Material, wall | plain Material, CPU | wall ratio "
          "| CPU ratio | hub with its Markdown cache, wall | ratio |")
    print(f"| {size:,} | {runs} | {wall['hub']:.1f} s | {cpu['hub']:.1f} s | {wall['plain']:.1f} s "
          f"| {cpu['plain']:.1f} s | {wall['hub'] / wall['plain']:.2f}× | {cpu['hub'] / cpu['plain']:.2f}× "
          f"| {wall['warm']:.1f} s | {wall['warm'] / wall['plain']:.2f}× |")

if __name__ == "__main__":
    main()
