"""cphub/digests.py: equal data, equal digest, however its values are shared."""

from __future__ import annotations

import pickle

from cphub.digests import value_digest


def test_equal_values_shared_otherwise_give_the_same_digest():
    label = "".join(["Child ", "protection"])  # made at run time: not interned
    shared = [{"title": label, "topic": label}, (label, 3)]
    copied = [{"title": "".join(["Child ", "protection"]), "topic": "".join(["Child ", "protection"])},
              ("".join(["Child ", "protection"]), 3)]
    assert pickle.dumps(shared, protocol=5) != pickle.dumps(copied, protocol=5)  # why digests.py exists
    assert value_digest(shared) == value_digest(copied)
    assert value_digest(shared) != value_digest([{"title": label, "topic": label}, (label, 4)])
    assert value_digest({"a": 1, "b": 2}) != value_digest({"b": 2, "a": 1})  # order is part of the data
