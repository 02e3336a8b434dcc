#!/usr/bin/env python3
"""Make sure this machine has the programs the test suite drives, installing
them where it can (the README's test command runs this before pytest).

The browser tests drive Chromium; some tests read the site with Node.js and
install npm packages (Decap's local server, pa11y, Lighthouse); one opens
the ZIM in Kiwix (`kiwix-serve`); the W3C Nu HTML Checker runs on Java. On
Debian and Ubuntu, as root or with password-less sudo, the missing ones are
installed with apt-get; elsewhere this says exactly what to install, and
fails, rather than letting the suite fail later.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

# command → (Debian package, what it is for)
NEEDED = {
    "chromium": ("chromium", "the browser tests (Playwright drives it)"),
    "node": ("nodejs", "the library's and the editor's scripts, run by the tests"),
    "npm": ("npm", "Decap's local server for the editor's round trip"),
    "kiwix-serve": ("kiwix-tools", "the ZIM opened in Kiwix"),
    "java": ("default-jre-headless", "the W3C Nu HTML Checker (vnu.jar) over every page"),
}
ALTERNATIVES = {"chromium": ("chromium", "chromium-browser")}


def missing() -> dict[str, tuple[str, str]]:
    return {command: need for command, need in NEEDED.items()
            if not any(shutil.which(name) for name in ALTERNATIVES.get(command, (command,)))}


def apt_prefix() -> list[str] | None:
    """How to run apt-get here, or None where it cannot be."""
    if not shutil.which("apt-get"):
        return None
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0:
        return ["sudo", "-n"]
    return None


def main() -> int:
    lacking = missing()
    if not lacking:
        return 0
    packages = sorted({package for package, _ in lacking.values()})
    prefix = apt_prefix()
    if prefix is not None:
        print(f"Installing what the tests need: {', '.join(packages)}", file=sys.stderr)
        environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=environment)
        subprocess.run([*prefix, "apt-get", "install", "-y", "-qq", *packages], check=True, env=environment,
                       stdout=subprocess.DEVNULL)
        lacking = missing()
        if not lacking:
            return 0
    print("The test suite needs these programs, which this machine lacks:", file=sys.stderr)
    for command, (package, purpose) in lacking.items():
        print(f"  {command}: {purpose} (Debian/Ubuntu package: {package})", file=sys.stderr)
    print(f"On Debian or Ubuntu: sudo apt-get install -y {' '.join(sorted({p for p, _ in lacking.values()}))}\n"
          "Elsewhere, install Chromium, Node.js with npm, Kiwix's kiwix-tools and a Java runtime from your\n"
          "system's packages, "
          "then run the test command again.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
