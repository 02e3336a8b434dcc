"""The build date: the UTC date of SOURCE_DATE_EPOCH when set, else today."""

from __future__ import annotations

import datetime as dt
import os


def build_moment() -> dt.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    return dt.datetime.now(dt.timezone.utc)


def build_date() -> dt.date:
    return build_moment().date()
