"""Where a build's CPU goes, process by process: run a command and report
its wall time and the CPU seconds of it and each of its descendants (the
Markdown workers, the index and offline processes), read from /proc every
50 ms.

    cd HUB && SOURCE_DATE_EPOCH=1795219200 python benchmarks/processes.py python build.py build

The sum of CPU over two cores is a floor for the wall time: no overlap of
the processes can beat it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def snapshot() -> dict[int, tuple[int, float, str, float]]:
    """pid → (parent, CPU seconds so far, command line, of them system
    seconds) of every process. System time is kept apart because it drifts
    with the file system's state from one build to the next (results.md,
    fifth stop of 2026-11-22), where user time holds steady."""
    found = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, IndexError):
            continue
        found[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / TICK, command[:90],
                                  int(fields[12]) / TICK)
    return found


def scratch() -> tempfile.TemporaryDirectory:
    """A folder for the builds compared, in memory (/dev/shm) where the
    machine has one and TMPDIR does not choose another.

    On this machine's disk (ext4 without a journal) each build that follows
    a removed site used more system time than the one before, 3.0 to 10.5 s
    over five builds of the same hub (results.md, fifth stop of 2026-11-22),
    and plain Material's single process waited on it: that drift blurred
    every comparison. In memory, neither build waits on the disk."""
    memory = Path("/dev/shm")
    if "TMPDIR" not in os.environ and memory.is_dir() and os.access(memory, os.W_OK):
        return tempfile.TemporaryDirectory(dir=memory)
    return tempfile.TemporaryDirectory()


def parents() -> dict[int, int]:
    """pid → parent pid of every process."""
    found = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            found[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return found


def tree(root: int, parent_of: dict[int, int]) -> set[int]:
    """A process and all its descendants."""
    found, added = {root}, {root}
    while added:
        added = {pid for pid, parent in parent_of.items() if parent in added} - found
        found |= added
    return found


def main(command: list[str]) -> None:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    seen: dict[int, tuple[float, str]] = {}
    while process.poll() is None:
        processes = snapshot()
        for pid in tree(process.pid, {pid: parent for pid, (parent, *_) in processes.items()}) & processes.keys():
            seen[pid] = processes[pid][1:3]
        time.sleep(0.05)
    wall = time.perf_counter() - started
    print(f"wall {wall:.1f} s, CPU {sum(cpu for cpu, _ in seen.values()):.1f} s (sampled)")
    for pid, (cpu, name) in sorted(seen.items(), key=lambda item: -item[1][0]):
        if cpu >= 0.1:
            print(f"  {cpu:6.1f} s  {name}")


if __name__ == "__main__":
    main(sys.argv[1:])
