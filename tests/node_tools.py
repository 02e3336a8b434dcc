"""The test-only npm packages of tests/email-checks/ (caniemail's support
data, ical.js), installed at the versions its package-lock.json pins on
first use, and what the tests ask of them. (caniemail's package asks for
Node.js 22; npm installs it on Node.js 20 with a warning, and only its data
file is read, by Python.)"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

EMAIL_CHECKS = Path(__file__).resolve().parent / "email-checks"
MODULES = EMAIL_CHECKS / "node_modules"


def installed() -> Path:
    """The node_modules folder, made by `npm ci` when missing (or when
    package-lock.json has changed since it was made)."""
    lock, stamp = EMAIL_CHECKS / "package-lock.json", MODULES / ".package-lock.json"
    if not stamp.is_file() or _locked_versions(stamp) != _locked_versions(lock):
        npm = shutil.which("npm")
        assert npm, "the e-mail and calendar checks need npm (apt-get install -y npm) to install caniemail and ical.js"
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=EMAIL_CHECKS, check=True)
    return MODULES


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
    node = shutil.which("node")
    assert node, "the calendar checks need Node.js to run ical.js"
    installed()
    done = subprocess.run([node, str(EMAIL_CHECKS / "read-ics.mjs"), *map(str, paths)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    return {Path(path): events for path, events in json.loads(done.stdout).items()}
