"""The offline zip: one top folder with index.html at its top, reproducible
to the byte (sorted members, fixed timestamps and permissions)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Iterable

# Deflate level 6: within a few per cent of level 9's size at a third of its time.
LEVEL = 6


def write_zip(files: Iterable[tuple[str, bytes]], target: Path, top: str, moment: dt.datetime) -> Path:
    """Write (path, bytes) pairs, already sorted, under `top/` into `target`."""
    stamp = max(moment, dt.datetime(1980, 1, 1, tzinfo=moment.tzinfo)).timetuple()[:6]
    partial = target.with_name(target.name + ".partial")
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(partial, "w") as archive:
        for rel, data in files:
            info = zipfile.ZipInfo(f"{top}/{rel}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so that the permissions below are read
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=LEVEL)
    partial.replace(target)
    return target
