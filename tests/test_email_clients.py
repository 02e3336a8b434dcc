"""The newsletters' e-mail editions as mail programs read them: against
caniemail's support data for Gmail (web, mobile web, Android, iOS), Outlook
(Windows, Windows Mail, macOS, outlook.com), Apple Mail (macOS, iOS) and
Thunderbird (tests/caniemail_check.py, whose rules are tested first), and in
Chromium without their <style>, as Gmail's mobile web and Outlook for
Windows read them. On the sample hub's issues and on an issue the hub has
never seen: an Arabic interface, right-to-left text, long titles, many
items, no webinar coming up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from caniemail_check import CLIENTS, HARMLESS, check
from conftest import BASE, build, copy_hub
from cphub.strings import strings
from node_tools import caniemail_data
from test_accessibility import axe_violations

SITE_URL = "https://hub.example.org/"


@pytest.fixture(scope="module")
def data() -> dict:
    return caniemail_data()


# ------------------------------------------------------- the checker's rules


def failures(data: dict, body: str, head: str = "") -> list[str]:
    return check(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>", data).failures


def test_a_feature_a_client_lacks_fails_there_only(data):
    assert failures(data, '<p style="font-weight: bold">Text</p>') == []
    flex = failures(data, '<div style="display: flex">Text</div>')
    assert [line for line in flex if "(css-display-flex)" in line] == [
        f"{client}: display: flex on <div> (css-display-flex): not supported"
        for client in ("Outlook (Windows Mail)", "Outlook (Windows)")]
    # `display` itself is partly supported: Gmail's apps refuse `flex` for
    # other providers' accounts, Outlook for Windows takes `none` alone.
    assert sorted(line.split(":")[0] for line in flex if "(css-display)" in line) == [
        "Gmail (Android)", "Gmail (iOS)", "Outlook (Windows Mail)", "Outlook (Windows)"]
    assert len(flex) == 6


def test_a_partial_support_fails_where_its_note_rules_the_use_out(data):
    # Outlook for Windows pads table cells only.
    assert failures(data, '<table><tr><td style="padding: 8px">Text</td></tr></table>') == []
    assert failures(data, '<div style="padding: 8px">Text</div>') == [
        f"{client}: padding: 8px on <div> (css-padding): partly supported: Partial. Only supported on table cells."
        for client in ("Outlook (Windows Mail)", "Outlook (Windows)")]
    # …and refuses `auto` as a margin.
    assert failures(data, '<table style="margin: 0"><tr><td>Text</td></tr></table>') == []
    assert failures(data, '<table style="margin: 0 auto"><tr><td>Text</td></tr></table>') == [
        "Outlook (Windows): margin: 0 auto on <table> (css-margin): partly supported: "
        "Partial. `auto` value is not supported."]


def test_a_style_sheet_is_a_refinement_only_when_it_holds_media_queries_only(data):
    narrow = "<style>@media (max-width: 600px) { .cell { display: flex !important; } }</style>"
    assert failures(data, '<p class="cell">Text</p>', head=narrow) == []
    needed = "<style>.cell { font-weight: bold; }</style>"
    assert failures(data, '<p class="cell">Text</p>', head=needed) == [
        "Gmail (mobile web): .cell on <style> (css-selector-class): not supported",
        "Gmail (mobile web): <style> on <style> (html-style): not supported"]
    # Gmail's web client drops a <style> in the body.
    assert "Gmail (web): <style> on <style> (html-style): partly supported: Partial. Not supported inside the " \
           "`<body>`." in failures(data, f"{needed}<p>Text</p>")


def test_the_preheader_must_be_hidden_in_every_client(data):
    shown = '<div style="display: none">Summary</div><p>Text</p>'
    assert failures(data, shown) == ["Gmail (mobile web): the preheader shows (none of its hiding declarations "
                                     "works there)"]
    hidden = '<div style="display: none; max-height: 0; overflow: hidden">Summary</div><p>Text</p>'
    assert failures(data, hidden) == []


def test_what_body_carries_must_be_repeated_on_the_wrapper(data):
    """The wrapper: the elements that open before the body's first text."""
    alone = ('<body style="margin: 0; background-color: #eeeeee"><div style="display: none; max-height: 0; '
             'overflow: hidden">Preheader</div><table><tr><td>Text<p style="background-color: #eeeeee">More'
             '</p></td></tr></table></body>')
    html = f"<!DOCTYPE html><html><head></head>{alone}</html>"
    assert check(html, data).failures == ["Outlook (macOS): background-color: #eeeeee on <body> (html-body): "
                                          "not supported"]
    repeated = html.replace("<td>", '<td style="background-color: #eeeeee">')
    assert check(repeated, data).failures == []


def test_harmless_features_pass_and_others_of_their_kind_do_not(data):
    table = '<table role="presentation"><tr><td>Text</td></tr></table>'
    assert "html-role" in HARMLESS and failures(data, table) == []
    assert failures(data, "<p>Text</p>") == []  # <body> itself: every document has one
    assert "html-aria-label" in HARMLESS and failures(data, '<div aria-label="Summary">Text</div>') == []
    # HTML5's sections are dropped or stripped by Outlook, and not harmless.
    assert {line.split(":")[0] for line in failures(data, "<section><p>Text</p></section>")} == {
        "Outlook (Windows)", "Outlook (Windows Mail)", "Outlook (macOS)", "Outlook (outlook.com)"}


def test_what_only_outlook_reads_is_judged_for_outlook_only(data):
    body = '<!--[if mso]><div style="display: flex">Text</div><![endif]--><p>Text</p>'
    found = failures(data, body)
    assert {line.split(":")[0] for line in found} == {"Outlook (Windows Mail)", "Outlook (Windows)"}
    assert "Outlook (Windows): display: flex on <div> (css-display-flex): not supported" in found
    # The same outside the comment fails in Gmail's apps too.
    outside = body.replace("<!--[if mso]>", "").replace("<![endif]-->", "")
    assert "Gmail (iOS)" in {line.split(":")[0] for line in failures(data, outside)}


# ------------------------------------------------------------ the editions


# An issue unlike the sample's: the hub's interface in Arabic, the issue's
# own text in Arabic, titles near the 200 characters the contract allows,
# 40 items in two languages and three types, no webinar coming up (the one
# webinar it features is past), and an introduction with a list, a quote
# and links.
ARABIC_TITLE = ("حماية الأطفال في المجتمعات المحلية: ما تعلمناه من لجان رعاية الطفل ومن الأسر والمتطوعين "
                "في المناطق البعيدة عن المكاتب خلال عام كامل من العمل المشترك بين المنظمات والحكومة")
LONG_TITLE = ("What community workers, volunteers and families told us about case management, referral "
              "pathways and keeping children safely at home in districts far from any office, issue {n}")
ARABIC_NOTE = """\
مرحبا بكم في هذا العدد من النشرة. نعرض فيه ما نشره الأعضاء منذ العدد السابق، ومنها
[موجز عن لجان رعاية الطفل](../briefs/brief-01.md).

- أربعون موجزا ومرجعا باللغتين العربية والإنجليزية؛
- ندوة عن الصحة النفسية للأطفال.

> «لا يمكن حماية الأطفال دون الأسر والمجتمعات» — من ندوة أيلول.

See also the [English summary](../briefs/brief-02.md) of the discussion.
"""


def write(hub: Path, rel: str, front: str, body: str = "Text.\n") -> None:
    (hub / rel).parent.mkdir(parents=True, exist_ok=True)
    (hub / rel).write_text(f"---\n{front.strip()}\n---\n\n{body}", encoding="utf-8")


@pytest.fixture(scope="module")
def unseen_site(tmp_path_factory) -> Path:
    hub = copy_hub(BASE, tmp_path_factory.mktemp("email-clients") / "unseen")
    config = hub / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  name: material\n",
                                                                 "  name: material\n  language: ar\n", 1))
    items = []
    for n in range(1, 35):
        arabic = n % 2
        title = f"{ARABIC_TITLE} {n}" if arabic else LONG_TITLE.format(n=n)
        write(hub, f"briefs/brief-{n:02}.md", f'title: "{title}"\ndate: 2026-{(n % 10) + 1:02}-{(n % 27) + 1:02}\n'
                                              f'summary: "{title}."\ntopics: [mental-health, family-care]\n'
                                              f"languages: [{'ar' if arabic else 'en'}]")
        items.append(f"brief-{n:02}")
    for n in range(1, 6):
        write(hub, f"content/resources/guide-{n}.md", f'title: "{LONG_TITLE.format(n=n)}"\ndate: 2026-09-{n:02}\n'
                                                      "summary: A guide.\ntopics: [family-care]\npublisher: unicef\n"
                                                      "resource_type: guide")
        items.append(f"guide-{n}")
    write(hub, "webinars/past-session.md", f'title: "{ARABIC_TITLE}"\ndate: 2026-11-02\ntime: "10:00"\n'
                                           "timezone: Asia/Beirut\nsummary: ندوة عن الصحة النفسية للأطفال.\n"
                                           "topics: [mental-health]\nlanguages: [ar]")
    items.append("past-session")
    write(hub, "content/newsletters/arabic-issue.md",
          f'title: "{ARABIC_TITLE}"\ndate: 2026-11-20\nissue: 2\nsummary: "{ARABIC_TITLE}."\n'
          f"topics: [mental-health]\nlanguages: [ar]\nitems: [{', '.join(items)}]", ARABIC_NOTE)
    return build(hub)


def editions(site: Path) -> list[Path]:
    found = sorted(site.glob("**/newsletters/*/email.html"))  # the interfaces in other languages too
    assert found
    return found


@pytest.fixture(params=["sample", "unseen"])
def site(request) -> Path:
    return request.getfixturevalue(f"{request.param}_site")


def test_every_edition_passes_caniemail_in_every_client(site, data):
    for path in editions(site):
        report = check(path.read_text(encoding="utf-8"), data)
        assert report.failures == [], path.parent.name
        assert sorted(client for client, how in report.preheader.items() if how) == sorted(CLIENTS), path
        assert len(report.findings) > 1000  # every element, attribute and declaration, in every client


def test_the_unseen_issue_is_right_to_left_with_every_item_and_nothing_coming_up(unseen_site):
    folder = unseen_site / "newsletters/arabic-issue"
    html = (folder / "email.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl"' in html and '<div lang="ar" dir="rtl">' in html
    assert '<h1 lang="ar" dir="rtl"' in html and ARABIC_TITLE in html
    assert strings("ar")["coming_up"] not in html and "UTC" not in html
    linked = set(re.findall(rf'href="{re.escape(SITE_URL)}(?:briefs|webinars|resources)/([a-z0-9-]+)/"', html))
    assert len(linked) == 40
    # Every link is absolute and names a page the hub built, the
    # introduction's own (written relative to the issue's file) among them.
    for url in re.findall(r'href="([^"]+)"', html):
        assert url.startswith(SITE_URL), url
        path = unseen_site / url.removeprefix(SITE_URL)
        assert (path / "index.html" if url.endswith("/") else path).is_file(), url
    assert f'href="{SITE_URL}briefs/brief-01/"' in html.split("<h2")[0]


def without_style(html: str) -> str:
    """The edition as Gmail's mobile web and Outlook for Windows read it:
    without its <style> (media queries)."""
    stripped = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    assert "<style" not in re.sub(r"<!--.*?-->", "", stripped, flags=re.S)
    return stripped


def boxes(page) -> list:
    return page.evaluate("""[...document.querySelectorAll('.sheet *')].map(e => {
        const r = e.getBoundingClientRect(); return [e.tagName, r.x, r.y, r.width, r.height]; })""")


@pytest.mark.parametrize("width", [390, 600, 900])
def test_every_edition_reads_without_its_style(site, new_page, tmp_path, width):
    """With no <style>, an edition fits the screen as it does with it; on a
    screen wider than the narrow-screen query, in light mode, every box is
    where it is with the <style>: the reading depends on inline styles only.
    Without its doctype too (Outlook for Windows and Thunderbird ignore it):
    the same boxes in quirks mode."""
    page = new_page(viewport={"width": width, "height": 900})
    for path in editions(site):
        html = path.read_text(encoding="utf-8")
        bare, quirks = tmp_path / f"{path.parent.name}.html", tmp_path / f"{path.parent.name}-quirks.html"
        bare.write_text(without_style(html), encoding="utf-8")
        quirks.write_text(html.removeprefix("<!DOCTYPE html>"), encoding="utf-8")
        page.goto(bare.as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= width, (path, width)
        sheet = page.evaluate("document.querySelector('table.sheet').getBoundingClientRect().width")
        assert sheet == min(width, 600), (path, width)
        if width > 620:
            plain = boxes(page)
            page.goto(path.as_uri())
            assert boxes(page) == plain, path
            page.goto(quirks.as_uri())
            assert page.evaluate("document.compatMode") == "BackCompat"
            assert boxes(page) == plain, path


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_edition_passes_axe_with_and_without_its_style(site, new_page, tmp_path, scheme):
    """WCAG 2.1 AA (contrast, language, headings) as Apple Mail shows it,
    in light and dark mode, and as a program without <style> shows it."""
    page = new_page(viewport={"width": 390, "height": 900}, color_scheme=scheme)
    for path in editions(site):
        bare = tmp_path / f"{path.parent.name}.html"
        bare.write_text(without_style(path.read_text(encoding="utf-8")), encoding="utf-8")
        for url in (path.as_uri(), bare.as_uri()):
            page.goto(url)
            assert axe_violations(page) == [], url
