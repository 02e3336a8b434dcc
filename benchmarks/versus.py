"""The hub's build without the ZIM against plain mkdocs-material on the same
bodies with the same Markdown extensions, in one run: wall time and the CPU
time of each build's whole process tree (its Markdown workers, index and
offline processes included).

    .venv/bin/python benchmarks/versus.py 3000        # 3 alternating runs of each
    .venv/bin/python benchmarks/versus.py 3000 5      # 5 runs of each

The builds alternate (hub, Material, hub, Material…) so that a slow spell
of the machine weighs on both; each hub build starts without the Markdown
cache. CPU time over wall time says how much of the second core a build
uses: plain Material uses one.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from generate import generate  # noqa: E402
from run import EPOCH, PYTHON, REPO, plain_material  # noqa: E402


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, every descendant waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        hub = work / "hub"
        generate(size, hub)
        config = hub / "mkdocs-no-zim.yml"
        config.write_text((hub / "mkdocs.yml").read_text(encoding="utf-8").replace(
            "  - cphub:\n", "  - cphub:\n      zim: false\n"), encoding="utf-8")
        plain = plain_material(hub, work / "plain", same_extensions=True)
        results: dict[str, list[tuple[float, float]]] = {"hub": [], "plain": []}
        for _ in range(runs):
            shutil.rmtree(hub / ".cache", ignore_errors=True)
            results["hub"].append(timed([PYTHON, str(REPO / "build.py"), "-f", str(config), "build",
                                         "-d", str(work / "site")], hub))
            results["plain"].append(timed([PYTHON, "-m", "mkdocs", "build", "-q"], plain))
            print({k: v[-1] for k, v in results.items()}, flush=True)
    hub_wall, plain_wall = (statistics.median(w for w, _ in results[k]) for k in ("hub", "plain"))
    hub_cpu, plain_cpu = (statistics.median(c for _, c in results[k]) for k in ("hub", "plain"))
    print(f"| {size:,} | {runs} | {hub_wall:.1f} s | {hub_cpu:.1f} s | {plain_wall:.1f} s | {plain_cpu:.1f} s "
          f"| {hub_wall / plain_wall:.2f}× | {hub_cpu / plain_cpu:.2f}× |")


if __name__ == "__main__":
    main()
