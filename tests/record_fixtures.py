"""Re-record fixtures/invalid/*/expected.txt after an intended change.

Read the diff before committing: every line is a promise to contributors.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import BASE, EPOCH, FIXTURES, copy_hub, overlay  # noqa: E402

from cphub.cli import main  # noqa: E402


def record() -> None:
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    for case in sorted((FIXTURES / "invalid").iterdir()):
        with tempfile.TemporaryDirectory() as tmp:
            hub = copy_hub(BASE, Path(tmp) / "hub")
            overlay(hub, case)
            err = io.StringIO()
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                main(["-f", str(hub / "mkdocs.yml"), "check"])
            (case / "expected.txt").write_text(err.getvalue(), encoding="utf-8")
            print(f"{case.name}: {err.getvalue().splitlines()[0] if err.getvalue() else 'NO PROBLEM'}")


if __name__ == "__main__":
    record()
