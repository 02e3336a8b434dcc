"""A digest of plain data (strings, numbers, lists, tuples, dicts) by its
value alone.

pickle writes an object met twice as a reference to the first: the same
values, shared differently (a label read once and used twice, or read
twice), would give other bytes. A preview keeps some of a build's objects
for the next one, so sharing differs from a build from nothing's; with its
memo off, pickle writes each value whole, and equal data gives equal bytes
(and it is faster). Nothing digested here refers to itself.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from typing import Any


def value_digest(data: Any) -> str:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo: every value written whole
    pickler.dump(data)
    return hashlib.sha256(buffer.getbuffer()).hexdigest()
