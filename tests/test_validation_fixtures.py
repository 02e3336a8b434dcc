"""One fixture per validation rule, each with the exact report it must produce.

Each case in fixtures/invalid/ holds files laid over the tiny valid hub in
fixtures/base/ and, in expected.txt, every line `check` must print.
To re-record after an intended change: python tests/record_fixtures.py
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, overlay, run

CASES = sorted(p for p in (FIXTURES / "invalid").iterdir() if p.is_dir())


def test_the_base_hub_is_valid(base_hub, capsys):
    code, out, err = run(base_hub, "check", capsys=capsys)
    assert (code, err) == (0, "")
    assert "5 files are valid" in out


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_invalid_case_is_refused_with_its_exact_report(case: Path, base_hub, capsys):
    overlay(base_hub, case)
    code, out, err = run(base_hub, "check", capsys=capsys)
    expected = (case / "expected.txt").read_text(encoding="utf-8")
    assert code == 1
    assert "Traceback" not in err
    assert err == expected


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_report_line_names_file_line_and_field(case: Path):
    lines = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    problems, summary = lines[:-1], lines[-1]
    assert problems and summary.endswith("file(s).")
    for line in problems:
        path, number, field, message = line.split(":", 3)
        assert Path(path).suffix in (".md", ".yml") and int(number) >= 1 and field.strip() and message.strip()
