"""What a second interface language costs: a generated hub built with one
interface, then with `interface_languages: [en, fr]` (/ and /fr/), without
the ZIM, each in a fresh process into a fresh folder.

    .venv/bin/python benchmarks/interfaces.py [size]   # default 1000 entries
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

EPOCH = "1795219200"


def build(hub: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, str(REPO / "build.py"), "-f", str(hub / "mkdocs.yml"), "build"], check=True,
                   env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH}, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    entries = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        hub = Path(tmp) / "hub"
        generate(entries, hub)
        config = hub / "mkdocs.yml"
        base = config.read_text(encoding="utf-8").replace("  - cphub:\n", "  - cphub:\n      zim: false\n", 1)
        rows = []
        for label, extra in (("one interface (en)", ""), ("two interfaces (en, fr)", "      interface_languages: [en, fr]\n")):
            config.write_text(base.replace("      zim: false\n", "      zim: false\n" + extra, 1), encoding="utf-8")
            build(hub)  # warm: the render cache and the OS's file cache, as on a host that rebuilds
            seconds = build(hub)
            site = hub / "site"
            zips = list((site / "downloads").glob("*.zip"))
            rows.append((label, seconds, size(site), size(site / "fr") if (site / "fr").exists() else 0,
                         zips[0].stat().st_size if zips else 0))
    print(f"{entries} generated entries, no ZIM, second of two builds (render cache warm)\n")
    print("| build | time | site | of which /fr/ | offline zip |")
    print("|---|---|---|---|---|")
    for label, seconds, total, french, archive in rows:
        print(f"| {label} | {seconds:.1f} s | {total / 2**20:.1f} MiB | {french / 2**20:.1f} MiB | "
              f"{archive / 2**20:.1f} MiB |")


if __name__ == "__main__":
    main()
