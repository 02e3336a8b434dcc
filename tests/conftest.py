"""Shared helpers: tiny hubs in temporary folders, and the command line."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

import pytest

from cphub.cli import main

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BASE = FIXTURES / "base"
# 2026-11-21 00:00 UTC: the sample hub's "today" in every test.
EPOCH = "1795219200"


@pytest.fixture(autouse=True)
def _fixed_build_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def copy_hub(source: Path, target: Path) -> Path:
    """A copy of a hub (its settings, content and overrides)."""
    shutil.copytree(source, target, symlinks=True)
    return target


def overlay(hub: Path, case: Path) -> None:
    """Put a case's files into a hub; remove the paths its remove.txt names."""
    files = case / "files"
    if files.is_dir():
        shutil.copytree(files, hub, dirs_exist_ok=True)
    removals = case / "remove.txt"
    if removals.is_file():
        for rel in removals.read_text().split():
            (hub / rel).unlink()


@pytest.fixture
def base_hub(tmp_path) -> Path:
    return copy_hub(BASE, tmp_path / "hub")

# One page of each kind in the sample hub, by address (None: a kind it lacks).
EVERY_KIND = {
    "home": "", "listing": "briefs/", "listing page 2": None, "brief": "briefs/staff-care-in-crisis-response/",
    "brief in French": "briefs/note-sur-la-sauvegarde-dans-les-partenariats/",
    "brief with attachments": "briefs/community-mechanisms-and-formal-systems/",
    "upcoming webinar": "webinars/transition-to-family-based-care/",
    "past webinar": "webinars/self-care-for-child-protection-staff/", "newsletter": "newsletters/newsletter-1/",
    "resource": "resources/what-are-we-learning-about-protecting-children/", "topics index": "topics/",
    "topic": "topics/mental-health/", "countries index": "countries/", "country": "countries/ke/",
    "organisations index": "organisations/", "organisation": "organisations/save-the-children/",
    "library": "library/", "library with a search": "library/?q=care&type=brief&country=KE",
    "subscribe": "subscribe/", "offline": "offline/", "page": "community-rules/", "not found": "404.html",
}


def copy_sample(hub: Path) -> Path:
    """The repository's own sample hub, copied (content and settings), using
    the repository's templates."""
    hub.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "briefs", "webinars", "content", "templates"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, hub / name)
    return hub


def build(hub: Path) -> Path:
    """Build a hub in this process; its site. (For module-scoped fixtures,
    which run outside the per-test SOURCE_DATE_EPOCH.)"""
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    assert main(["-f", str(hub / "mkdocs.yml"), "build"]) == 0
    return hub / "site"


@pytest.fixture
def sample_hub(tmp_path) -> Path:
    """A copy of the sample hub for one test, to change as it likes."""
    return copy_sample(tmp_path / "sample")


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    """The sample hub as it is, built once for every test that only reads
    its site (a test that changes the hub or its site builds its own)."""
    return build(copy_sample(tmp_path_factory.mktemp("sample") / "hub"))


@pytest.fixture(scope="session")
def arabic_site(tmp_path_factory) -> Path:
    """The sample hub with its interface in Arabic: every page right to left."""
    hub = copy_sample(tmp_path_factory.mktemp("arabic") / "hub")
    config = hub / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("  language: en\n", "  language: ar\n")
    text = re.sub(r"^      interface_languages:.*\n", "", text, flags=re.M)  # Arabic only
    # Without its own `nav:` (in English), the hub names its sections in Arabic.
    config.write_text(re.sub(r"^nav:\n(?:[ -].*\n)+", "", text, flags=re.M), encoding="utf-8")
    return build(hub)


def run(hub: Path, *args: str, capsys=None) -> tuple[int, str, str]:
    """Run the command line on a hub; (exit code, stdout, stderr)."""
    if capsys is not None:
        capsys.readouterr()
    code = main(["-f", str(hub / "mkdocs.yml"), *args])
    out, err = capsys.readouterr() if capsys is not None else ("", "")
    return code, out, err


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    from browser import CHROMIUM_FLAGS, chromium_path

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder`, by path, as its SHA-256."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def without_zim(hub: Path, extra: str = "") -> None:
    """Turn the ZIM off in a hub's mkdocs.yml (its bytes differ on every
    build), with `extra` plugin settings."""
    config = hub / "mkdocs.yml"
    text = config.read_text()
    plugin = "  - cphub:\n" if "  - cphub:\n" in text else "  - cphub\n"
    assert plugin in text, "the hub's mkdocs.yml has no '- cphub' under plugins"
    config.write_text(text.replace(plugin, f"  - cphub:\n      zim: false\n{extra}", 1))


@pytest.fixture
def new_page(chromium):
    """`new_page(**options)`: a page of the shared browser, closed when the
    test ends, whether it passes or fails."""
    pages = []

    def make(**options):
        pages.append(chromium.new_page(**options))
        return pages[-1]

    yield make
    for page in pages:
        page.close()


@pytest.fixture
def new_context(chromium):
    """`new_context(**options)`: a browser context (its own time zone,
    locale…), closed when the test ends."""
    contexts = []

    def make(**options):
        contexts.append(chromium.new_context(**options))
        return contexts[-1]

    yield make
    for context in contexts:
        context.close()
