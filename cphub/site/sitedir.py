"""Replace the built site whole, or not at all.

The new site is built in a staging folder beside the old one and swapped in
only when complete. The swap is two renames; if the process is killed
between them, the next run finds the old site parked under its backup name
and puts it back (`restore_interrupted`), so a reader never finds half a site.
The old site is removed only once the new one is in its place.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator


def _staging(site: Path) -> Path:
    return site.with_name(f".{site.name}.building-{os.getpid()}")


def _backup(site: Path) -> Path:
    return site.with_name(f".{site.name}.previous")


def restore_interrupted(site: Path) -> None:
    """Undo what a killed build left: stale staging folders, a parked site."""
    backup = _backup(site)
    if backup.exists():
        if site.exists():
            remove_tree(backup)  # the swap completed; only the clean-up was cut short
        else:
            backup.rename(site)
    for stale in site.parent.glob(f".{site.name}.building-*"):  # folders, and a ZIM being written
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


@contextlib.contextmanager
def replace_site(site: Path) -> Iterator[Path]:
    """Yield a staging folder; on success it becomes `site`, else it is removed."""
    staging = _staging(site)
    if staging.exists():
        shutil.rmtree(staging)
    site.parent.mkdir(parents=True, exist_ok=True)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    backup = _backup(site)
    if site.exists():
        site.rename(backup)
    staging.rename(site)
    if backup.exists():
        remove_tree(backup)


def remove_tree(folder: Path) -> None:
    """`shutil.rmtree(folder)`, its top-level parts removed by four threads
    at once: removing a site is the file system's work more than Python's
    (the calls release the GIL), and it comes last, when nothing else runs.
    A 3,000-entry site, 11,500 files and folders: 1.3 s alone, 0.7 s so.
    Links are removed, never followed: a site that was a link to another
    folder loses the link, and the folder keeps what it holds."""
    if folder.is_symlink():
        folder.unlink()
        return

    def remove(part: os.DirEntry) -> None:
        if part.is_dir(follow_symlinks=False):
            shutil.rmtree(part.path)
        else:
            os.unlink(part.path)

    with os.scandir(folder) as listing:
        parts = list(listing)
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(remove, parts))  # raises the first error, as rmtree would
    folder.rmdir()


def write_whole(path: Path, data: bytes) -> None:
    """Write a file of the site under another name, then rename it: a
    preview updates its site in place while it serves it, and a page asked
    for meanwhile is the old one or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)
