"""The browser editor at /admin/ (Decap CMS): its config exported from the
model, its front-matter format run in Node.js, and the whole round trip in
Chromium against decap-server, the local back end Decap documents."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import random
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Callable

import pytest
import yaml
from playwright.sync_api import expect

from browser import Recorder, free_port, serve, wait_until
from conftest import REPO, build, copy_sample, run
from cphub.content.hub import Settings
from cphub.content.model import TYPES, ListOf, Record, Url
from cphub.content.project import read_hub
from cphub.content.slugs import slugify
from cphub.outputs import editor
from cphub.serve import RELOAD
from node_tools import DECAP_SERVER, installed, node

FORMAT = REPO / "tests/js/editor-format.js"
REPOSITORY = "example-network/child-protection-hub"
AUTH = "https://auth.example.org"
EDITOR_OPTION = f"      editor: {{repo: {REPOSITORY}, auth_url: {AUTH}}}\n"


def with_editor(hub: Path, option: str = EDITOR_OPTION) -> Path:
    config = hub / "mkdocs.yml"
    text = re.sub(r"      editor:\n(        .*\n)+", "", config.read_text(encoding="utf-8"))
    config.write_text(text.replace("  - cphub:\n", "  - cphub:\n      zim: false\n" + option), encoding="utf-8")
    return hub


@pytest.fixture(scope="module")
def sample():
    hub, _ = read_hub(REPO, Settings(site_url="https://hub.example.org/"), dt.date(2026, 11, 21))
    return hub


@pytest.fixture(scope="module")
def exported(sample):
    return editor.config(sample, editor.Backend(repo=REPOSITORY, auth_url=AUTH))


def collection(config: dict, name: str) -> dict:
    return next(c for c in config["collections"] if c["name"] == name)


def form_field(fields: list[dict], name: str) -> dict:
    return next(f for f in fields if f["name"] == name)


# ------------------------------------------------------------------ config


def test_every_field_of_the_model_is_in_the_form_with_its_rule(exported):
    def compare(model_fields, form_fields, where):
        assert [f["name"] for f in form_fields] == [f.name for f in model_fields], where
        for spec in model_fields:
            widget = form_field(form_fields, spec.name)
            # Every required field of the contract is required in the form; no optional one is.
            assert widget["required"] is spec.required, f"{where}.{spec.name}"
            assert widget["hint"] == spec.doc
            kind = spec.kind
            if isinstance(kind, ListOf) and isinstance(kind.item, Record):
                compare(kind.item.fields, widget["fields"], f"{where}.{spec.name}")

    for spec in TYPES.values():
        form = collection(exported, spec.name)
        assert form["folder"] == spec.folder and form["create"] is True
        assert form["format"] == "cphub-frontmatter" and form["extension"] == "md"
        assert form["fields"][-1] == {**form["fields"][-1], "name": "body", "widget": "markdown"}
        compare(spec.fields, form["fields"][:-1], spec.name)


def in_language(text: str | dict, language: str = "en") -> str:
    """A vocabulary's text as an interface in `language` shows it."""
    return text.get(language, text.get("en")) if isinstance(text, dict) else text


def test_topics_and_organisations_are_chosen_from_the_hubs_lists(exported):
    topics = yaml.safe_load((REPO / "content/topics.yml").read_text(encoding="utf-8"))
    organisations = yaml.safe_load((REPO / "content/organisations.yml").read_text(encoding="utf-8"))
    brief = collection(exported, "brief")["fields"]
    chosen = form_field(brief, "topics")
    assert chosen["widget"] == "select" and chosen["multiple"] and chosen["min"] == 1
    assert sorted((o["value"], o["label"]) for o in chosen["options"]) == \
        sorted((t["id"], in_language(t["label"])) for t in topics)
    publisher = form_field(collection(exported, "resource")["fields"], "publisher")
    assert publisher["required"] and not publisher.get("multiple")
    assert {o["value"]: o["label"] for o in publisher["options"]} == \
        {o["id"]: in_language(o["name"]) for o in organisations}
    speakers = form_field(collection(exported, "webinar")["fields"], "speakers")
    assert form_field(speakers["fields"], "organisation")["options"] == publisher["options"]


def test_countries_and_languages_are_chosen_by_name(exported):
    brief = collection(exported, "brief")["fields"]
    countries = {o["value"]: o["label"] for o in form_field(brief, "countries")["options"]}
    languages = {o["value"]: o["label"] for o in form_field(brief, "languages")["options"]}
    assert countries["KE"] == "Kenya" and countries["SL"] == "Sierra Leone" and len(countries) > 240
    assert languages["sw"] == "Swahili" and languages["ar"] == "Arabic"
    assert form_field(brief, "languages")["default"] == ["en"]
    related = {o["value"] for o in form_field(brief, "related")["options"]}
    assert "self-care-for-child-protection-staff" in related and "about" in related


def test_dates_times_zones_numbers_and_addresses_carry_the_models_rules(exported):
    webinar = collection(exported, "webinar")["fields"]
    assert form_field(webinar, "date") == {**form_field(webinar, "date"), "widget": "datetime",
                                           "format": "YYYY-MM-DD", "time_format": False}
    assert form_field(webinar, "time") == {**form_field(webinar, "time"), "widget": "datetime",
                                           "format": "HH:mm", "date_format": False}
    zones = form_field(webinar, "timezone")["options"]
    assert {"Africa/Nairobi", "Africa/Freetown", "Asia/Beirut", "America/Bogota"} <= set(zones)
    assert form_field(webinar, "duration") == {**form_field(webinar, "duration"), "widget": "number",
                                               "value_type": "int", "min": 1, "max": 600, "default": 60}
    pattern = re.compile(form_field(webinar, "recording")["pattern"][0])
    model = Url()
    for address in ("https://example.org/recordings/self-care", "HTTP://example.org", "http://a.b/c?d#e",
                    "example.org", "https://localhost", "ftp://example.org/x", "https://exa mple.org"):
        try:
            model.convert(address, None)
            accepted = True
        except Exception:
            accepted = False
        assert bool(pattern.fullmatch(address)) is accepted, address
    title = re.compile(form_field(webinar, "title")["pattern"][0])
    assert title.fullmatch("x" * 200) and not title.fullmatch("x" * 201)
    attachments = form_field(collection(exported, "brief")["fields"], "attachments")
    assert form_field(attachments["fields"], "file")["widget"] == "file"
    assert collection(exported, "brief")["media_folder"] == "files"


def test_contributions_are_pull_requests_to_the_hubs_repository(exported):
    assert exported["backend"] == {"name": "github", "repo": REPOSITORY, "branch": "main",
                                   "open_authoring": True, "base_url": AUTH}
    assert exported["publish_mode"] == "editorial_workflow"
    assert "local_backend" not in exported
    assert exported["slug"] == {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"}


@pytest.mark.parametrize("repo_url, option, expected", [
    ("https://github.com/my-network/hub", {}, "my-network/hub"),
    ("https://github.com/my-network/hub.git", {"branch": "live"}, "my-network/hub"),
    ("https://gitlab.com/my-network/hub", {}, ""),
    ("https://github.com/my-network/hub", {"repo": "other/hub"}, "other/hub"),
])
def test_the_repository_comes_from_repo_url_or_the_option(repo_url, option, expected):
    backend = editor.backend_of(option, repo_url)
    assert backend.repo == expected and backend.branch == option.get("branch", "main")


@pytest.mark.parametrize("option, message", [
    ("      editor: {repo: not a repository}\n", "editor: repo: 'not a repository' is not a GitHub repository"),
    ("      editor: {repo: a/b, auth_url: http://auth.example.org}\n", "editor: auth_url: 'http://auth.example.org' "
     "is not an https address"),
    ("      editor: {repository: a/b}\n", "editor: unknown option 'repository'"),
])
def test_a_wrong_editor_option_stops_check_and_build_and_keeps_the_site(tmp_path, capsys, option, message):
    hub = with_editor(copy_sample(tmp_path / "hub"), option)
    (hub / "site").mkdir()
    (hub / "site/index.html").write_text("previous")
    for command in ("check", "build"):
        code, _, err = run(hub, command, capsys=capsys)
        assert code == 1 and f"mkdocs.yml: {message}" in err and "(hint: " in err and "Traceback" not in err
    assert (hub / "site/index.html").read_text() == "previous"


# -------------------------------------------------------------- the built site


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build(with_editor(copy_sample(tmp_path_factory.mktemp("editor") / "hub")))


def test_libyaml_writes_the_config_as_pyyaml_would(built):
    """The config is written with libyaml, for speed; its text must be what
    PyYAML's own writer makes, in every interface language."""
    assert editor.DUMPER is yaml.CSafeDumper  # PyYAML's wheels bring libyaml: the fast writer is the one tested
    for language in ("en", "fr", "ar", "sw"):
        hub, _ = read_hub(built.parent, Settings(site_name="Réseau · شبكة", language=language,
                                                 site_url="https://hub.example.org/"), dt.date(2026, 11, 21))
        data = editor.config(hub, editor.Backend(repo=REPOSITORY, auth_url=AUTH), local=True)
        assert editor.render_config(data) == editor.render_config(data, yaml.SafeDumper)


def test_the_published_config_is_a_fresh_export_of_the_model(built):
    hub, _ = read_hub(built.parent, Settings(site_name="Community Child Protection Exchange",
                                             site_url="https://hub.example.org/"), dt.date(2026, 11, 21))
    fresh = editor.render_config(editor.config(hub, editor.Backend(repo=REPOSITORY, auth_url=AUTH)))
    assert (built / "admin/config.yml").read_text(encoding="utf-8") == fresh
    french = yaml.safe_load((built / "fr/admin/config.yml").read_text(encoding="utf-8"))
    assert french["locale"] == "fr"
    countries = form_field(collection(french, "brief")["fields"], "countries")["options"]
    assert {"label": "Kenya", "value": "KE"} in countries and {"label": "Norvège", "value": "NO"} in countries
    # The French form chooses topics and organisations by their French names, in French alphabetical order.
    topics = yaml.safe_load((built.parent / "content/topics.yml").read_text(encoding="utf-8"))
    chosen = form_field(collection(french, "brief")["fields"], "topics")["options"]
    assert [o["label"] for o in chosen] == sorted((in_language(t["label"], "fr") for t in topics),
                                                  key=lambda label: label.replace("É", "E"))
    assert {"label": "Éducation inclusive et handicap", "value": "inclusive-education"} in chosen
    publishers = form_field(collection(french, "resource")["fields"], "publisher")["options"]
    assert {"label": "Comité permanent interorganisations", "value": "iasc"} in publishers


def test_the_editor_ships_its_scripts_with_their_licences(built):
    admin = built / "admin"
    assert "MIT License" in (admin / "decap-cms/LICENSE").read_text()
    assert (admin / "decap-cms/decap-cms.js.LICENSE.txt").is_file()
    assert "MIT License" in (admin / "js-yaml/LICENSE").read_text()
    page = (admin / "index.html").read_text(encoding="utf-8")
    assert not re.search(r'(src|href)="(https?:)?//', page)
    french = (built / "fr/admin/index.html").read_text(encoding="utf-8")
    assert 'src="../../admin/decap-cms/decap-cms.js"' in french and not (built / "fr/admin/decap-cms").exists()
    assert '<html lang="fr"' in french and "Éditeur de contenu" in french


def test_the_published_editor_asks_nothing_of_another_host_until_sign_in(built, new_page):
    with serve(built) as base:
        page = new_page()
        watched = Recorder(page)
        page.goto(base + "admin/")
        page.get_by_role("button", name="Login with GitHub").wait_for()
        assert not watched.errors and not watched.failed
        assert {r.split("/")[2] for r in watched.requests} == {base.split("/")[2]}
        page.goto(base + "fr/admin/")
        page.get_by_role("button", name="Se connecter avec GitHub").wait_for()
        assert {r.split("/")[2] for r in watched.requests} == {base.split("/")[2]}


def test_without_a_repository_the_editor_says_so(tmp_path):
    site = build(with_editor(copy_sample(tmp_path / "hub"), ""))
    page = (site / "admin/index.html").read_text(encoding="utf-8")
    assert "not connected to a repository" in page and "decap-cms.js" not in page
    assert not (site / "admin/config.yml").exists()


# ------------------------------------------------------------ the file format


def written(cases: list[dict]) -> list[str]:
    for case in cases:
        case.setdefault("order", [f.name for f in TYPES[case.pop("type", "webinar")].fields] + ["body"])
    result = subprocess.run([node(), str(FORMAT)], input=json.dumps(cases), capture_output=True, text=True,
                            check=True)
    return json.loads(result.stdout)


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


TITLES = [
    "Children's views on community protection: notes from Kédougou", "Ümlauts & Co", "Straße, Æsir, Łódź, Þórr",
    "Prendre soin du personnel dans les premières semaines d'une réponse à une crise",
    "رعاية العاملين في الأسابيع الأولى", "Case_management ~ 2026 (draft #2)", "  --Spaces and dashes--  ",
    "Ĳsselmeer ﬁnance ½ measures", "Emoji 🙂 and  tabs\tand\nlines", "x" * 79 + " y", "a" * 81,
    "Protección de la niñez en contextos humanitarios: normas mínimas y su aplicación en comunidades rurales",
    "İstanbul ıspanak", "O’Brien’s ‘quoted’ “words”", "\u00e9 vs e\u0301",
]


def test_the_editor_names_new_files_as_build_py_new_does():
    pool = "abcXYZ019 -_'’.,:;!?&/()éèçñüßæøœłđþıİ€🙂\t\u0301حبنکやΩЖ"
    chance = random.Random(4711)
    titles = TITLES + ["".join(chance.choice(pool) for _ in range(chance.randint(1, 120))) for _ in range(500)]
    result = subprocess.run([node(), str(FORMAT), "--slugify"], input=json.dumps(titles), capture_output=True,
                            text=True, check=True)
    assert json.loads(result.stdout) == [slugify(title) for title in titles]
    assert slugify(TITLES[0]) == "childrens-views-on-community-protection-notes-from-kedougou"


SAMPLE_FILES = sorted(p for spec in TYPES.values() for p in (REPO / spec.folder).glob("*.md"))


def test_a_file_saved_unchanged_is_byte_for_byte_the_same():
    sources = [p.read_text(encoding="utf-8") for p in SAMPLE_FILES]
    assert written([{"source": s} for s in sources]) == sources


WEBINAR = REPO / "webinars/self-care-for-child-protection-staff.md"
BRIEF = REPO / "briefs/community-mechanisms-and-formal-systems.md"


@pytest.mark.parametrize("path, change, expected", [
    (WEBINAR, {"set": {"duration": 90}}, ["-duration: 75", "+duration: 90"]),
    (WEBINAR, {"set": {"time": "09:30"}}, ['-time: "13:00"', '+time: "09:30"']),
    (WEBINAR, {"set": {"topics": ["staff-wellbeing"]}},
     ["-topics: [staff-wellbeing, mental-health]", "+topics: [staff-wellbeing]"]),
    (WEBINAR, {"set": {"title": 'Self-care: "what works" for teams'}},
     ['-title: "Self-care for staff in child protection teams"',
      '+title: "Self-care: \\"what works\\" for teams"']),
    (WEBINAR, {"set": {"summary": "Partners compared notes on burnout."}},
     ["-summary: >-", "-  Partners compared how they prevent burnout and vicarious trauma in",
      "-  frontline teams, and what managers can do in the first week of a crisis.",
      '+summary: "Partners compared notes on burnout."']),
    (WEBINAR, {"set": {"speakers": [{"name": "Amina Okello", "role": "Safeguarding adviser"},
                                    {"name": "Joseph Kamara", "role": "Programme manager", "organisation": ""}]}},
     []),  # the form adds an empty organisation: nothing changed
    (WEBINAR, {"set": {"speakers": [{"name": "Amina Okello", "role": "Safeguarding adviser"}]}},
     ['-  - {name: "Joseph Kamara", role: "Programme manager"}']),
    (WEBINAR, {"clear": ["slides"]}, ["-slides: files/self-care-slides.pdf"]),
    (WEBINAR, {"set": {"recording": "https://example.org/recordings/self-care"}},
     ["+recording: \"https://example.org/recordings/self-care\""]),
    (WEBINAR, {"set": {"announced": "2026-08-20"}}, ["+announced: 2026-08-20"]),
    (BRIEF, {"set": {"countries": ["KE", "NO"]}, "type": "brief"}, None),
    (WEBINAR, {"body": "## What was discussed\n\nOnly this now.\n"}, None),
])
def test_changing_one_field_changes_its_lines_only(tmp_path, capsys, path, change, expected):
    before = path.read_text(encoding="utf-8")
    [after] = written([{"source": before, **change}])
    lines = changed_lines(before, after)
    if expected is not None:
        assert lines == expected
    elif "body" in change:
        assert after.split("\n---\n", 1)[0] == before.split("\n---\n", 1)[0]  # the front matter as it was
        assert after.endswith("\n---\n\n## What was discussed\n\nOnly this now.\n")
    else:
        assert all(line.startswith(("-countries", "+countries")) for line in lines) and len(lines) in (1, 2)
    # What the form wrote passes the hub's strict check.
    hub = copy_sample(tmp_path / "hub")
    (hub / path.relative_to(REPO)).write_text(after, encoding="utf-8")
    code, _, err = run(hub, "check", "--strict", capsys=capsys)
    assert code == 0, err


def test_a_new_entry_is_written_in_the_hubs_style(tmp_path, capsys):
    [text] = written([{"source": None, "type": "webinar", "set": {
        "title": "Case management when phones are shared", "date": "2026-12-03", "time": "07:00",
        "timezone": "Africa/Freetown", "duration": 60, "summary": "How caseworkers keep notes private: #1 concern.",
        "topics": ["family-care"], "countries": ["SL", "NO"], "languages": ["en", "fr"], "draft": False,
        "speakers": [{"name": "Mariama Sesay", "role": "Caseworker", "organisation": ""}],
        "related": [], "consent": ""}, "body": "## Agenda\n\n- Notes\n- Phones\n"}])
    assert text == (
        "---\n"
        'title: "Case management when phones are shared"\n'
        "date: 2026-12-03\n"
        'summary: "How caseworkers keep notes private: #1 concern."\n'
        "topics: [family-care]\n"
        'countries: [SL, "NO"]\n'  # quoted: a YAML 1.1 reader would take NO (Norway) for false
        "languages: [en, fr]\n"
        "draft: false\n"
        'time: "07:00"\n'
        'timezone: "Africa/Freetown"\n'
        "duration: 60\n"
        "speakers:\n"
        '  - {name: "Mariama Sesay", role: "Caseworker"}\n'
        "---\n\n## Agenda\n\n- Notes\n- Phones\n")
    hub = copy_sample(tmp_path / "hub")
    (hub / "webinars/case-management-when-phones-are-shared.md").write_text(text, encoding="utf-8")
    code, _, err = run(hub, "check", "--strict", capsys=capsys)
    assert code == 0, err


# ------------------------------------------------- the round trip, in Chromium


@pytest.fixture(scope="module")
def decap_server() -> Path:
    """decap-server, installed at the version package-lock.json pins."""
    return installed(DECAP_SERVER) / ".bin/decap-server"


def answering(url: str, process: subprocess.Popen) -> Callable[[], bool]:
    """Whether `url` answers with its page; fails at once if `process`, which serves it, has stopped."""
    def check() -> bool:
        assert process.poll() is None, f"{process.args[0]} stopped: {process.stdout.read() if process.stdout else ''}"
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                return answer.status == 200
        except OSError:
            return False
    return check


def saved(path: Path, before: str, seconds: float = 30) -> str:
    """The file's text once decap-server has written it anew (and finished writing)."""
    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if text != before and text == last:
            return text
        last = text
        time.sleep(0.3)
    return last or ""


@pytest.fixture
def editing(tmp_path, decap_server):
    """The sample hub as a checkout, `build.py serve` on it, and
    `decap-server` (Decap's local back end, on its port 8081) editing it."""
    port = free_port()
    hub = copy_sample(tmp_path / f"checkout-{port}")  # a name decap-server answers with
    environment = {**os.environ, "PORT": "8081", "GIT_REPO_DIRECTORY": str(hub), "LOG_LEVEL": "warn"}
    server = subprocess.Popen([str(decap_server)], env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
    preview = subprocess.Popen([sys.executable, str(REPO / "build.py"), "-f", str(hub / "mkdocs.yml"), "serve",
                                "-a", f"127.0.0.1:{port}"], cwd=hub, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        wait_until(answering(f"http://127.0.0.1:{port}/admin/config.yml", preview), 120, "the preview")
        request = urllib.request.Request(editor.LOCAL_SERVER, data=b'{"action": "info"}',
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:  # this test's decap-server, not another's
            assert json.load(answer)["repo"] == hub.name, "port 8081 is taken by another decap-server"
        yield hub, f"http://127.0.0.1:{port}/admin/"
    finally:
        for process in (preview, server):
            process.terminate()
            process.wait(timeout=30)


def open_in_editor(page, url: str) -> None:
    """A fresh load of the editor at `url` (Decap keeps the last entry's form
    a moment when its address changes in place), signed in to the local back end."""
    page.goto("about:blank")
    page.goto(url)
    page.locator("button:text-is('Login'), [id^=title-field]").first.wait_for()
    login = page.get_by_role("button", name="Login")
    if login.is_visible():
        login.click()
    page.locator("[id^=title-field]").wait_for()


def test_a_contributor_creates_a_brief_and_edits_a_webinar_in_the_browser(editing, new_page, capsys):
    hub, admin = editing
    with urllib.request.urlopen(admin) as served:  # `serve` does not reload the editor under the contributor's hands
        assert RELOAD.encode() not in served.read()
    with urllib.request.urlopen(admin.replace("admin/", "")) as served:
        assert RELOAD.encode() in served.read()
    webinar = hub / "webinars/self-care-for-child-protection-staff.md"
    before = webinar.read_text(encoding="utf-8")
    page = new_page(viewport={"width": 1280, "height": 900})
    watched = Recorder(page)
    open_in_editor(page, admin + "#/collections/brief/new")

    title = "Children's views on community protection: notes from Kédougou"
    expect(page.locator("[id^=date-field]")).to_have_value(dt.datetime.now(dt.timezone.utc).date().isoformat())
    page.locator("[id^=title-field]").fill(title)
    page.locator("[id^=date-field]").fill("2026-11-20")  # the tests' build date is 2026-11-21
    page.locator("[id^=summary-field]").fill("What partners heard when they asked children how groups should work.")
    topics = page.locator("[id^=topics-field]")
    for label in ("Mental health", "Staff"):  # two topics, chosen from the list by their labels
        topics.click()
        page.keyboard.type(label)
        page.keyboard.press("Enter")
    page.locator("[data-slate-editor]").last.click()
    page.keyboard.type("## What we heard\n\nChildren named the places where they feel safe.")
    # The preview, beside the form, in the hub's own stylesheets.
    preview = page.frame_locator("iframe").first
    expect(preview.locator("h1")).to_have_text(title)
    expect(preview.locator(".hub-body h2")).to_have_text("What we heard")
    assert preview.locator("link[href$='assets/stylesheets/hub.css']").count() == 1
    page.get_by_role("button", name="Publish").first.click()
    page.get_by_text("Publish now").click()
    created = hub / "briefs" / f"{slugify(title)}.md"  # the file name `build.py new` would give it
    text = saved(created, "")
    assert text, sorted(p.name for p in (hub / "briefs").glob("*.md"))
    assert f'title: "{title}"\ndate: 2026-11-20\n' in text and "topics: [mental-health, staff-wellbeing]\n" in text
    assert text.endswith("---\n\n## What we heard\n\nChildren named the places where they feel safe.\n")

    # A title with no Latin letter: the file is named after the type and date.
    open_in_editor(page, admin + "#/collections/brief/new")
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    expect(page.locator("[id^=date-field]")).to_have_value(today)  # the new, empty form is ready
    page.locator("[id^=title-field]").fill("رعاية الأطفال في المجتمع")
    page.locator("[id^=date-field]").fill("2026-11-19")
    page.locator("[id^=summary-field]").fill("ما سمعه الشركاء من الأطفال.")
    topics = page.locator("[id^=topics-field]")
    topics.click()
    page.keyboard.type("Mental health")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Publish").first.click()
    page.get_by_text("Publish now").click()
    assert 'title: "رعاية الأطفال في المجتمع"' in saved(hub / "briefs/brief-2026-11-19.md", ""), \
        sorted(p.name for p in (hub / "briefs").glob("*.md"))

    open_in_editor(page, admin + "#/collections/webinar/entries/self-care-for-child-protection-staff")
    duration = page.locator("[id^=duration-field]")
    expect(duration).to_have_value("75", timeout=20_000)  # once the file is read
    duration.fill("90")
    page.get_by_role("button", name="Publish").first.click()
    page.get_by_text("Publish now").click()
    assert changed_lines(before, saved(webinar, before)) == ["-duration: 75", "+duration: 90"]
    hosts = {r.split("/")[2] for r in watched.requests}
    assert hosts == {admin.split("/")[2], "localhost:8081"}, hosts  # the page's own host and decap-server
    assert not watched.errors

    code, _, err = run(hub, "check", "--strict", capsys=capsys)
    assert code == 0, err
    site = build(hub)
    assert "Children named the places where they feel safe." in (
        site / "briefs" / slugify(title) / "index.html").read_text(encoding="utf-8")
