"""`cphub init`: a new hub under a name and in a language the engine has
never seen, that passes its own checks and builds with no trace of the
sample; and the engine as a wheel, installed into the new hub's own virtual
environment as its README says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import EPOCH, REPO, tree_digest
from cphub import __version__
from cphub.hubinit import InitProblem, init

NAME = "Réseau sahélien des praticiens de l'enfance"  # a name no fixture holds
# What only the sample hub holds: none of it may reach a new hub.
SAMPLE_TRACES = ("Community Child Protection Exchange", "community-mechanisms", "staff-care-in-crisis-response",
                 "editors@hub.example.org", "chance-for-childhood")
BRIEF = """---
title: "Référencement communautaire : ce que les comités ont appris"
date: 2026-11-10
summary: Les comités de protection ont comparé leurs circuits d’orientation vers les services.
topics: [case-management, community-based]
countries: [SN, ML]
languages: [fr]
---

## Ce qui a été partagé

Les comités ont décrit comment ils orientent les familles vers les services sociaux.
"""
WEBINAR = """---
title: Gestion de cas dans les zones frontalières
date: 2026-12-15
time: "10:00"
timezone: Africa/Dakar
summary: Une session sur le suivi des cas d’enfants qui traversent les frontières.
topics: [case-management, separated-children]
languages: [fr]
announced: 2026-11-20
---

Une session suivie d’une discussion.
"""


def cphub(*args: str, cwd: Path, executable: Path | None = None) -> subprocess.CompletedProcess:
    command = [str(executable)] if executable else [sys.executable, "-m", "cphub"]
    return subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH})


def visible_text(page: Path) -> str:
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", page.read_text(encoding="utf-8"), flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())


@pytest.fixture(scope="module")
def french_hub(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("init") / "reseau"
    result = cphub("init", str(folder), "--name", NAME, "--language", "fr", cwd=folder.parent)
    assert result.returncode == 0, result.stderr
    return folder


def test_init_writes_a_hub_repository(french_hub):
    for rel in ("mkdocs.yml", "requirements.txt", "README.md", "CONTRIBUTING.md", ".gitignore",
                ".pre-commit-config.yaml", ".github/pull_request_template.md", ".github/workflows/check.yml",
                ".github/workflows/publish.yml", "content/topics.yml", "content/organisations.yml",
                "content/pages/about.md", "content/pages/community-rules.md", "content/pages/contributing.md",
                "templates/README.md"):
        assert (french_hub / rel).is_file(), rel
    for folder in ("briefs", "webinars", "content/newsletters", "content/resources"):
        assert (french_hub / folder).is_dir(), folder
    config = (french_hub / "mkdocs.yml").read_text(encoding="utf-8")
    assert config.count(NAME) == 2  # site_name, and the comment naming the file's hub
    assert config.count("site_description:") == 1 and "      description:" not in config
    assert "language: fr" in config
    assert (french_hub / "requirements.txt").read_text().splitlines()[-1] == f"cphub[zim]=={__version__}"
    assert "## Démarrage rapide" in (french_hub / "README.md").read_text(encoding="utf-8")


def test_its_ci_checks_content_and_never_runs_the_engines_tests(french_hub):
    commands = []
    for name in ("check.yml", "publish.yml"):
        workflow = yaml.safe_load((french_hub / ".github/workflows" / name).read_text(encoding="utf-8"))
        commands += [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    joined = "\n".join(commands)
    assert "pytest" not in joined
    assert "cphub check --strict" in joined and "cphub build --strict" in joined
    assert "pip install -q -r requirements.txt" in joined


def test_the_new_hub_passes_its_own_strict_check(french_hub):
    result = cphub("check", "--strict", cwd=french_hub)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_the_new_hub_builds_in_its_language_under_its_name_with_no_trace_of_the_sample(french_hub):
    result = cphub("build", cwd=french_hub)
    assert result.returncode == 0, result.stderr
    # Its address is still the example's: the build says so (and builds).
    assert "site_url: still the example address" in result.stderr
    site = french_hub / "site"
    for rel in ("index.html", "briefs/index.html", "library/index.html", "rss.xml", "webinars/calendar.ics",
                "about/index.html", "community-rules/index.html", "contributing/index.html"):
        assert (site / rel).is_file(), rel
    downloads = sorted(p.name for p in (site / "downloads").iterdir())
    assert downloads == ["reseau-sahelien-des-praticiens-de-lenfance-offline.zip",
                         "reseau-sahelien-des-praticiens-de-lenfance.zim"]
    home = visible_text(site / "index.html")
    assert NAME in home and 'lang="fr"' in (site / "index.html").read_text(encoding="utf-8")
    assert "Règles de la communauté" in home and "Lecture hors ligne" in home
    for path in site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".js", ".ics", ".txt"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not [trace for trace in SAMPLE_TRACES if trace in text], path


def test_init_refuses_a_folder_that_holds_a_file_and_writes_nothing(tmp_path):
    folder = tmp_path / "existing"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    before = tree_digest(folder)
    result = cphub("init", str(folder), "--name", "Another hub", cwd=tmp_path)
    assert result.returncode == 1
    assert "already holds files" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert tree_digest(folder) == before


@pytest.mark.parametrize("options, problem", [
    ({"language": "xx"}, "'xx' is not a language"),
    ({"languages": "fr,en", "language": "es"}, "--language es is not among --languages"),
    ({"url": "hub.example.net"}, "is not a web address"),
    ({"engine": "requests==2.0"}, "does not name the engine"),
    ({"engine": "/no/such/cphub.whl"}, "no such file or folder"),
])
def test_wrong_options_are_refused_before_anything_is_written(tmp_path, options, problem):
    with pytest.raises(InitProblem, match=re.escape(problem)):
        init(tmp_path / "hub", name="A hub", **options)
    assert not (tmp_path / "hub").exists()


def test_several_interface_languages_build_each_under_its_name(tmp_path):
    hub = init(tmp_path / "hub", name="Red de protección", languages="es,en", url="https://red.example.net/")
    config = (hub / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'interface_languages: ["es", "en"]' in config and "language: es" in config
    result = cphub("build", cwd=hub)
    assert result.returncode == 0, result.stderr
    assert "example address" not in result.stderr
    assert 'lang="es"' in (hub / "site/index.html").read_text(encoding="utf-8")
    assert 'lang="en"' in (hub / "site/en/index.html").read_text(encoding="utf-8")
    assert "<link>https://red.example.net/</link>" in (hub / "site/rss.xml").read_text(encoding="utf-8")


def test_an_engine_given_as_a_git_reference_or_a_version_is_pinned_with_its_zim_extra(tmp_path):
    hub = init(tmp_path / "a", name="A", engine="git+https://example.org/network/cphub.git@v1.2.0")
    assert (hub / "requirements.txt").read_text().splitlines()[-1] == \
        "cphub[zim] @ git+https://example.org/network/cphub.git@v1.2.0"
    hub = init(tmp_path / "b", name="B", engine="cphub>=0.2,<0.3")
    assert (hub / "requirements.txt").read_text().splitlines()[-1] == "cphub[zim]<0.3,>=0.2"


def quick_start(readme: Path) -> list[str]:
    """The two commands of a README's Quick start block."""
    text = readme.read_text(encoding="utf-8")
    start = re.search(r"^#+\s*(quick[ -]?start|démarrage rapide).*$", text, re.I | re.M)
    block = re.search(r"```[^\n]*\n(.*?)```", text[start.end():], re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_the_engines_wheel_sets_up_a_new_hub_as_its_readme_says(tmp_path):
    """The engine built as a wheel (templates, scripts and catalogs inside),
    `init` pointed at it, then the new hub's own Quick start: a fresh virtual
    environment with the wheel installed (not editable), the strict check and
    the build; then a brief and a webinar the hub has never seen, and a
    second build that shows them."""
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr
    wheel = next(wheels.glob("cphub-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for packaged in ("cphub/templates/main.html", "cphub/templates/assets/javascripts/search.js",
                     "cphub/templates/admin/decap-cms/decap-cms.js", "cphub/locales/fr/LC_MESSAGES/cphub.po",
                     "cphub/starter/common/_github/workflows/check.yml", "cphub/starter/fr/README.md"):
        assert packaged in names, packaged
    hub = tmp_path / "hub"
    made = cphub("init", str(hub), "--name", NAME, "--language", "fr", "--engine", str(wheel), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    setup_and_build, setup_and_check = quick_start(hub / "README.md")
    environment = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    environment.pop("PYTHONPATH", None)
    for command in (setup_and_check, setup_and_build):
        result = subprocess.run(["bash", "-c", command], cwd=hub, capture_output=True, text=True, timeout=900,
                                env=environment)
        assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    installed = subprocess.run([str(hub / ".venv/bin/python"), "-c", "import cphub; print(cphub.__file__)"],
                               capture_output=True, text=True, env=environment, cwd=hub)
    assert str(hub / ".venv") in installed.stdout  # the wheel's copy, not this checkout's
    (hub / "briefs/referencement-communautaire.md").write_text(BRIEF, encoding="utf-8")
    (hub / "webinars/gestion-de-cas-frontalieres.md").write_text(WEBINAR, encoding="utf-8")
    again = subprocess.run([str(hub / ".venv/bin/cphub"), "build", "--strict"], cwd=hub, capture_output=True,
                           text=True, timeout=600, env=environment)
    assert again.returncode == 0, again.stderr
    brief = visible_text(hub / "site/briefs/referencement-communautaire/index.html")
    assert "Référencement communautaire" in brief and "Gestion de cas" in brief
    assert "Gestion de cas dans les zones frontalières" in visible_text(hub / "site/index.html")
    assert "gestion-de-cas-frontalieres" in (hub / "site/webinars/calendar.ics").read_text(encoding="utf-8")



def test_a_hub_in_french_and_english_has_every_starter_word_in_both(tmp_path):
    hub = init(tmp_path / "hub", name=NAME, languages="fr,en", url="https://reseau.example.net/")
    topics = yaml.safe_load((hub / "content/topics.yml").read_text(encoding="utf-8"))
    assert topics[0]["label"] == {"fr": "Gestion de cas", "en": "Case management"}
    assert set(topics[0]["description"]) == {"fr", "en"}
    english_about = (hub / "content/pages/about-en.md").read_text(encoding="utf-8")
    assert "languages: [en]\ntranslation_of: about\n" in english_about and NAME in english_about
    config = yaml.safe_load(re.sub(r"!ENV \[(\w+), (\"[^\"]*\")\]", r"\2", (hub / "mkdocs.yml").read_text()))
    plugin = next(p["cphub"] for p in config["plugins"] if isinstance(p, dict) and "cphub" in p)
    assert plugin["translations"] == {"en": {
        "site_name": NAME,
        "site_description": "Briefs, webinars, newsletters and resources shared by practitioners who protect children."}}
    assert config["site_description"].startswith("Notes d’information")  # the description once in each language
    checked = cphub("check", "--strict", cwd=hub)
    assert checked.returncode == 0 and checked.stderr == "", checked.stderr
    (hub / "briefs/referencement-communautaire.md").write_text(BRIEF, encoding="utf-8")
    assert cphub("build", cwd=hub).returncode == 0
    english = visible_text(hub / "site/en/index.html")
    assert "Case management" in english and "Gestion de cas" not in english
    footer = (hub / "site/en/index.html").read_text(encoding="utf-8").split('class="md-footer hub-footer"')[1]
    assert "About this hub" in footer and "À propos" not in footer
    assert "Gestion de cas" in visible_text(hub / "site/index.html")


def test_a_language_the_starter_lacks_is_named_by_check_and_still_builds(tmp_path):
    hub = init(tmp_path / "hub", name="Mtandao wa ulinzi wa watoto", languages="sw,fr", url="https://m.example.net/")
    topics = yaml.safe_load((hub / "content/topics.yml").read_text(encoding="utf-8"))
    assert topics[0]["label"] == {"fr": "Gestion de cas"}  # no Swahili starter: the French, to translate
    checked = cphub("check", "--strict", cwd=hub)
    assert checked.returncode == 0, checked.stderr  # a hub asks for complete translations to fail on them
    lines = checked.stderr.splitlines()
    assert "content/topics.yml:8: label: warning: topic 'case-management' has no Swahili (sw) label: the Swahili " \
           "interface shows the French one, 'Gestion de cas' (add it under label: sw: …)" in lines
    assert "content/pages/about.md:2: languages: warning: page 'about' has no Swahili (sw) version: the Swahili " \
           "interface links the English one, 'About this hub' (write it as a page of its own, e.g. " \
           "content/pages/about-sw.md with languages: [sw] and translation_of: about; or, if this page is in " \
           "Swahili, say so: languages: [sw])" in lines
    assert not [line for line in lines if line.startswith("mkdocs.yml")]  # French is in translations
    assert cphub("build", cwd=hub).returncode == 0
