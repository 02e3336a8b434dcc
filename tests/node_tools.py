"""Node.js for the tests: its path, the test-only npm packages (each folder's
package-lock.json pins them; `npm ci` installs them on first use), and what
the tests ask of them: caniemail's support data and ical.js (email-checks/),
Decap's local server (decap-server/). (caniemail's package asks for Node.js
22; npm installs it on Node.js 20 with a warning, and only its data file is
read, by Python.)"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

TESTS = Path(__file__).resolve().parent
EMAIL_CHECKS = TESTS / "email-checks"
DECAP_SERVER = TESTS / "decap-server"


def node() -> str:
    path = shutil.which("node") or shutil.which("nodejs")
    assert path, "these tests run scripts in Node.js: python tools/setup_tests.py installs it"
    return path


def installed(folder: Path = EMAIL_CHECKS) -> Path:
    """A folder's node_modules, made by `npm ci` when missing (or when its
    package-lock.json has changed since it was made)."""
    modules = folder / "node_modules"
    lock, stamp = folder / "package-lock.json", modules / ".package-lock.json"
    if not stamp.is_file() or _locked_versions(stamp) != _locked_versions(lock):
        npm = shutil.which("npm")
        assert npm, f"{folder.name} needs npm to install its packages: python tools/setup_tests.py installs it"
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=folder, check=True)
    return modules


def _locked_versions(lock: Path) -> dict[str, str]:
    """The version of each installed package a lock file names (npm writes
    node_modules/.package-lock.json with the same entries)."""
    packages = json.loads(lock.read_text(encoding="utf-8"))["packages"]
    return {name: entry.get("version", "") for name, entry in packages.items() if name}


def caniemail_data() -> dict:
    """caniemail's data: every feature with its support per client, platform
    and version."""
    return json.loads((installed() / "caniemail/data/caniemail.json").read_text(encoding="utf-8"))


def read_with_icaljs(paths: list[Path]) -> dict[Path, list[dict]]:
    """Each calendar's events as ical.js reads them (read-ics.mjs)."""
    installed()
    done = subprocess.run([node(), str(EMAIL_CHECKS / "read-ics.mjs"), *map(str, paths)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    return {Path(path): events for path, events in json.loads(done.stdout).items()}
