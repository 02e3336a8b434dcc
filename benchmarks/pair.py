"""What one change saves: the hub's build at a commit before it and now,
on the same generated hub without the ZIM, in alternating pairs, so that the
machine's drift (a fifth from one minute to the next) weighs on both alike.

    .venv/bin/python benchmarks/pair.py 4a55faf~1            # 3,000 entries, 3 pairs
    .venv/bin/python benchmarks/pair.py 4a55faf~1 3000 5     # 5 pairs

Each build starts without the Markdown cache. Per pair: wall time, CPU of
every process, and CPU by process (versus.py's sampling). The builds run
in memory (/dev/shm) where the machine has one (processes.scratch).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from generate import generate  # noqa: E402
from run import PYTHON, REPO  # noqa: E402
from processes import scratch  # noqa: E402
from versus import timed, without_zim  # noqa: E402


def main() -> None:
    before = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    pairs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    with scratch() as tmp:
        work = Path(tmp)
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(work / "before"), before],
                       check=True)
        try:
            hub = work / "hub"
            generate(size, hub)
            checkouts = {"now": REPO, "before": work / "before"}
            configs = {name: without_zim(hub, checkout / "templates", f"mkdocs-no-zim-{name}.yml")
                       for name, checkout in checkouts.items()}
            walls: dict[str, list[float]] = {name: [] for name in checkouts}
            users: dict[str, list[float]] = {name: [] for name in checkouts}
            for pair in range(1, pairs + 1):
                for name, checkout in checkouts.items():
                    shutil.rmtree(hub / ".cache", ignore_errors=True)
                    shutil.rmtree(work / "site", ignore_errors=True)
                    # Each checkout's own package, in the build and in every helper it starts
                    # (the forkserver imports cphub by name: the editable install's would win).
                    wall, cpu, by_kind, system = timed([PYTHON, str(checkout / "build.py"), "-f", str(configs[name]),
                                                        "build", "-d", str(work / "site")], hub,
                                                       env={"PYTHONPATH": str(checkout)})
                    walls[name].append(wall)
                    users[name].append(cpu - system)
                    print(f"pair {pair}, {name}: wall {wall:.1f} s, CPU {cpu:.1f} s (user {cpu - system:.1f} s); "
                          + ", ".join(f"{kind} {seconds:.1f} s" for kind, seconds in sorted(by_kind.items())),
                          flush=True)
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(work / "before")], check=False)
    print(", ".join(f"{name}: median wall {statistics.median(walls[name]):.1f} s, "
                    f"user CPU {statistics.median(users[name]):.1f} s" for name in walls))


if __name__ == "__main__":
    main()
