"""Re-record fixtures/golden/expected/ after an intended change of output.

Read `git diff tests/fixtures/golden` before committing it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import EPOCH, FIXTURES, copy_hub  # noqa: E402

from cphub.cli import main  # noqa: E402

GOLDEN = FIXTURES / "golden"
# Material's own files change with its releases, and the editor's scripts are
# copies of templates/admin/; the hub's output is the rest.
IGNORED = ("assets/", "downloads/",  # the zip is read in test_offline; its hash is on /offline/
           "admin/decap-cms/", "admin/js-yaml/", "admin/cphub-editor.js")


def build_golden(target: Path) -> Path:
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    hub = copy_hub(GOLDEN / "hub", target / "hub")
    assert main(["-f", str(hub / "mkdocs.yml"), "build"]) == 0
    return hub / "site"


def compared_files(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*"))
            if p.is_file() and not p.relative_to(site).as_posix().startswith(IGNORED)}


def record() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = build_golden(Path(tmp))
        expected = GOLDEN / "expected"
        shutil.rmtree(expected, ignore_errors=True)
        for rel, path in compared_files(site).items():
            (expected / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, expected / rel)
        print(f"recorded {len(compared_files(site))} files in {expected}")


if __name__ == "__main__":
    record()
