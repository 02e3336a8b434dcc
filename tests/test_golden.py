"""A tiny hub whose whole output is compared file by file with a recording.

When a change of output is intended: python tests/record_golden.py, then
read the diff of tests/fixtures/golden/expected before committing it.
"""

from __future__ import annotations

from record_golden import GOLDEN, build_golden, compared_files


def test_the_golden_hub_builds_exactly_as_recorded(tmp_path):
    site = build_golden(tmp_path)
    built = compared_files(site)
    expected = compared_files(GOLDEN / "expected")
    assert sorted(built) == sorted(expected)
    for rel in expected:
        assert built[rel].read_bytes() == expected[rel].read_bytes(), f"{rel} differs from the recording"
