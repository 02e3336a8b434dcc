"""Node.js for the tests: its path, the test-only npm packages (each folder's
package-lock.json pins them; `npm ci` installs them on first use), and what
the tests ask of them: caniemail's support data and ical.js (email-checks/),
Decap's local server (decap-server/), and the outside judges of the built
pages (outside-checks/): the W3C Nu HTML Checker, pa11y with
HTML_CodeSniffer, and Lighthouse. (caniemail's package asks for Node.js
22; npm installs it on Node.js 20 with a warning, and only its data file is
read, by Python.)"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from browser import chromium_path

TESTS = Path(__file__).resolve().parent
EMAIL_CHECKS = TESTS / "email-checks"
DECAP_SERVER = TESTS / "decap-server"
OUTSIDE_CHECKS = TESTS / "outside-checks"


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
        # The outside judges without their install scripts: Puppeteer's would
        # download a Chromium and vnu-jar's a Java; the system's are used.
        scripts = ["--ignore-scripts"] if folder == OUTSIDE_CHECKS else []
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent", *scripts], cwd=folder, check=True,
                       env={**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"})
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


def nu_errors(folders: list[Path]) -> list[dict]:
    """Every error the W3C Nu HTML Checker finds in the HTML files under
    `folders` (its JSON messages: url, lastLine, message, extract)."""
    java = shutil.which("java")
    assert java, "the Nu HTML Checker runs on Java: python tools/setup_tests.py installs it"
    jar = installed(OUTSIDE_CHECKS) / "vnu-jar/build/dist/vnu.jar"
    done = subprocess.run([java, "-jar", str(jar), "--errors-only", "--format", "json", "--skip-non-html",
                           *map(str, folders)], capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr  # 1: errors were found
    return json.loads(done.stderr)["messages"]


def pa11y_errors(addresses: list[str]) -> dict[str, list[dict]]:
    """Each address's WCAG 2 AA errors by pa11y with HTML_CodeSniffer, in
    the system's Chromium (pa11y-pages.mjs)."""
    installed(OUTSIDE_CHECKS)
    done = subprocess.run([node(), str(OUTSIDE_CHECKS / "pa11y-pages.mjs"), *addresses], capture_output=True,
                          text=True, check=False, env={**os.environ, "CHROMIUM": chromium_path()})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def lighthouse(address: str) -> dict:
    """Lighthouse's report on `address`, as a phone on a slow 4G network
    with a slower CPU sees it (its default, simulated)."""
    modules = installed(OUTSIDE_CHECKS)
    done = subprocess.run(
        [node(), str(modules / "lighthouse/cli/index.js"), address, "--quiet", "--output=json",
         "--only-categories=performance,accessibility,best-practices,seo",
         "--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run"],
        capture_output=True, text=True, check=False, env={**os.environ, "CHROME_PATH": chromium_path()})
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)
