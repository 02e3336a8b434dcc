"""Every word in the reader's language: the hub's vocabularies, its name and
description and its own pages given per language, each interface showing
its own (the first interface's where one is missing, marked with its
`lang`); `check` naming each missing translation with its file, line and
language; lists that show an entry in the reader's language where it has a
version in it and put that language first; contradictory language settings
refused. Read on a hub in French, English and Arabic whose vocabulary and
translations no fixture holds, and on the sample."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from browser import serve
from conftest import BASE, build, copy_hub, run
from test_accessibility import axe_violations

SITE_URL = "https://quartiers.example.net/"
NNBSP = "\u202f"
MKDOCS = f"""site_name: Réseau des comités de quartier
site_description: Ce que les comités de quartier apprennent en protégeant les enfants.
site_url: {SITE_URL}
docs_dir: content
theme:
  name: material
  font: false
plugins:
  - cphub:
      zim: false
      interface_languages: [fr, en, ar]
      translations:
        en:
          site_name: Neighbourhood Committees Network
          site_description: What neighbourhood committees learn as they protect children.
        ar:
          site_name: شبكة لجان الأحياء
"""
TOPICS = """- id: mental-health
  label:
    fr: Santé mentale et soutien psychosocial
    en: Mental health and psychosocial support
    ar: الصحة النفسية والدعم النفسي الاجتماعي
- id: family-care
  label: {fr: Accueil par la famille élargie, en: Kinship care}
  description:
    fr: Quand des proches accueillent un enfant qui ne peut pas vivre avec ses parents.
    en: When relatives take in a child who cannot live with their parents.
  discussion: https://community.example.org/t/kinship-care
- id: birth-registration
  label: Enregistrement des naissances
"""
ORGANISATIONS = """- id: unicef
  name: UNICEF
- id: medina-committee
  name: {fr: Comité de quartier de la Médina, en: Medina neighbourhood committee, ar: لجنة حي المدينة}
"""
ENTRIES = {
    # slug: (folder, language, title, translation_of, date, topics)
    "registre-des-naissances": ("briefs", "fr", "Inscrire chaque naissance", "", "2026-05-01", "birth-registration"),
    "birth-registration-drives": ("briefs", "en", "Registering every birth", "registre-des-naissances",
                                  "2026-05-03", "birth-registration"),
    "tasjil-al-mawalid": ("briefs", "ar", "تسجيل كل ولادة", "registre-des-naissances", "2026-05-05",
                          "birth-registration, mental-health"),
    "accueil-par-les-proches": ("briefs", "fr", "Quand la tante accueille", "", "2026-04-01", "family-care"),
}
PAGES = {
    "about.md": "---\ntitle: À propos du réseau\nlanguages: [fr]\n---\nLe réseau relie des comités de quartier.\n",
    "about-en.md": "---\ntitle: About the network\nlanguages: [en]\ntranslation_of: about\n---\n"
                   "The network links neighbourhood committees.\n",
}


def unseen_hub(folder: Path) -> Path:
    hub = copy_hub(BASE, folder)
    (hub / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    (hub / "content/topics.yml").write_text(TOPICS, encoding="utf-8")
    (hub / "content/organisations.yml").write_text(ORGANISATIONS, encoding="utf-8")
    for slug, (folder_name, language, title, original, date, topic) in ENTRIES.items():
        translation = f"translation_of: {original}\n" if original else ""
        (hub / folder_name / f"{slug}.md").write_text(
            f'---\ntitle: "{title}"\ndate: {date}\nsummary: "{title}."\ntopics: [{topic}]\nlanguages: [{language}]\n'
            f"organisations: [medina-committee]\n{translation}---\n\n{title}.\n", encoding="utf-8")
    for name, text in PAGES.items():
        (hub / "content/pages" / name).write_text(text, encoding="utf-8")
    return hub


@pytest.fixture(scope="module")
def unseen(tmp_path_factory) -> Path:
    return build(unseen_hub(tmp_path_factory.mktemp("reader") / "hub"))


def read(site: Path, rel: str) -> str:
    return (site / rel / "index.html" if not rel.endswith(".html") else site / rel).read_text(encoding="utf-8")


def text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)).split())


# ------------------------------------------------------------------ check

MISSING = [
    "content/pages/about.md:3: languages: warning: page 'about' has no Arabic (ar) version: the Arabic interface "
    "links the French one, 'À propos du réseau' (write it as a page of its own, e.g. content/pages/about-ar.md with "
    "languages: [ar] and translation_of: about; or, if this page is in Arabic, say so: languages: [ar])",
    "content/topics.yml:7: label: warning: topic 'family-care' has no Arabic (ar) label: the Arabic interface shows "
    "the French one, 'Accueil par la famille élargie' (add it under label: ar: …)",
    "content/topics.yml:8: description: warning: topic 'family-care' has no Arabic (ar) description: the Arabic "
    "interface shows the French one (add it under description: ar: …)",
    "content/topics.yml:13: label: warning: topic 'birth-registration' has no Arabic (ar) label: the Arabic "
    "interface shows the French one, 'Enregistrement des naissances' (write it per language: "
    "label: {fr: …, ar: …})",
    "content/topics.yml:13: label: warning: topic 'birth-registration' has no English (en) label: the English "
    "interface shows the French one, 'Enregistrement des naissances' (write it per language: "
    "label: {fr: …, en: …})",
    "mkdocs.yml:2: site_description: warning: the hub has no Arabic (ar) description: the Arabic interface shows "
    "the French one (add it under the plugin: translations: ar: site_description: …)",
]


def test_check_names_each_missing_translation_with_its_file_line_and_language(tmp_path, capsys):
    hub = unseen_hub(tmp_path / "hub")
    code, out, err = run(hub, "check", capsys=capsys)
    assert code == 0 and "Traceback" not in err
    assert err.splitlines()[:-1] == MISSING  # in the order of files and lines, nothing else
    assert err.splitlines()[-1] == "0 error(s), 6 warning(s) in 3 file(s)."
    # An organisation's name written once is its name in every language: nothing is missing.
    assert "unicef" not in err


def test_strict_fails_on_a_missing_translation_only_in_a_hub_that_asks_for_complete_ones(tmp_path, capsys):
    hub = unseen_hub(tmp_path / "hub")
    assert run(hub, "check", "--strict", capsys=capsys)[0] == 0
    config = hub / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      zim: false\n", "      zim: false\n      complete_translations: true\n"), encoding="utf-8")
    code, _, err = run(hub, "check", "--strict", capsys=capsys)
    assert code == 1 and err.splitlines()[:-1] == MISSING
    assert run(hub, "check", capsys=capsys)[0] == 0  # without --strict, warnings still
    code, _, err = run(hub, "build", "--strict", capsys=capsys)
    assert code == 1 and MISSING[0] in err and not (hub / "site").exists()


@pytest.mark.parametrize("topics, expected", [
    ("- id: x\n  label: {en: X, xx: Y}\n", "content/topics.yml:2: label.xx: 'xx' is not a language code"),
    ("- id: x\n  label: {}\n", "content/topics.yml:2: label: expected text, or one text per language"),
    ("- id: x\n  label:\n    en: X\n    fr: ''\n", "content/topics.yml:4: label.fr: must not be empty"),
    ("- id: x\n  label: {en: X, fr: [a, b]}\n", "content/topics.yml:2: label.fr: expected text"),
    ("- id: x\n  label: X\n  description:\n    fr: " + "é" * 601 + "\n",
     "content/topics.yml:4: description.fr: is 601 characters long; at most 600 allowed"),
])
def test_a_wrong_text_per_language_is_refused_at_its_line(tmp_path, capsys, topics, expected):
    hub = copy_hub(BASE, tmp_path / "hub")
    (hub / "content/topics.yml").write_text(topics, encoding="utf-8")
    code, _, err = run(hub, "check", capsys=capsys)
    assert code == 1 and expected in err and "Traceback" not in err


def test_a_theme_language_that_contradicts_the_interface_languages_stops_check(tmp_path, capsys):
    hub = unseen_hub(tmp_path / "hub")
    config = hub / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  font: false\n", "  font: false\n  language: ar\n"))
    code, out, err = run(hub, "check", capsys=capsys)
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.strip() == (
        "mkdocs.yml:8: theme.language: 'ar' contradicts plugins.cphub.interface_languages [fr, en, ar]: the first "
        "interface language is the hub's (hint: write theme.language: fr, or list ar first in interface_languages "
        "([ar, fr, en]), or remove theme.language)")
    assert run(hub, "build", capsys=capsys)[0] == 1 and not (hub / "site").exists()
    # The same language as the first interface's is no contradiction.
    config.write_text(config.read_text(encoding="utf-8").replace("  language: ar\n", "  language: fr\n"))
    assert run(hub, "check", capsys=capsys)[0] == 0


def test_the_first_interfaces_name_is_written_once_and_another_languages_is_named(tmp_path, capsys):
    hub = unseen_hub(tmp_path / "hub")
    config = hub / "mkdocs.yml"
    original = config.read_text(encoding="utf-8")
    config.write_text(original.replace("      translations:\n", "      translations:\n        fr:\n"
                                       "          site_name: Encore le nom\n"), encoding="utf-8")
    code, _, err = run(hub, "check", capsys=capsys)
    assert code == 1 and "mkdocs.yml:14: plugins.cphub.translations.fr: French (fr) is the first interface language, " \
        "whose name and description are site_name and site_description (hint: write them there, once, and remove " \
        "translations.fr)" in err
    config.write_text(original.replace("      translations:\n", "      translations:\n        sw:\n"
                                       "          site_name: Mtandao wa kamati\n"), encoding="utf-8")
    code, _, err = run(hub, "check", capsys=capsys)
    assert code == 0 and "mkdocs.yml:14: plugins.cphub.translations.sw: warning: Swahili (sw) is not an interface " \
        "language: this name is never shown (hint: add sw to interface_languages, or remove it)" in err
    assert run(hub, "check", "--strict", capsys=capsys)[0] == 1


# ------------------------------------------------------------- the site


def test_each_interface_names_the_hub_and_its_topics_in_its_language(unseen):
    for prefix, name, label in (("", "Réseau des comités de quartier", "Accueil par la famille élargie"),
                                ("en/", "Neighbourhood Committees Network", "Kinship care"),
                                ("ar/", "شبكة لجان الأحياء", "الصحة النفسية والدعم النفسي الاجتماعي")):
        home = read(unseen, prefix)
        # The header names the hub; the home's h1 names it again for screen readers only.
        assert f'<span class="md-ellipsis">{name}</span>' in home and f'<h1 class="hub-visually-hidden">{name}</h1>' \
            in home, prefix
        assert re.search(rf"<title>{re.escape(name)}\b", home), prefix
        assert label in text(home), prefix
    assert '<meta name="description" content="What neighbourhood committees learn as they protect children.">' \
        in read(unseen, "en/")
    # Arabic has no description of its own: the first interface's, in French.
    assert "Ce que les comités de quartier apprennent" in read(unseen, "ar/")
    english_topics = text(read(unseen, "en/topics/"))
    assert "Kinship care" in english_topics and "Accueil par la famille" not in english_topics
    assert "Medina neighbourhood committee" in text(read(unseen, "en/briefs/birth-registration-drives/"))
    assert "لجنة حي المدينة" in text(read(unseen, "ar/organisations/"))


def test_a_missing_translation_shows_the_first_interfaces_text_marked_with_its_language(unseen):
    arabic = read(unseen, "ar/topics/family-care/")
    assert '<h1 lang="fr" dir="ltr">Accueil par la famille élargie</h1>' in arabic
    assert '<p class="hub-summary" lang="fr" dir="ltr">Quand des proches accueillent' in arabic
    english = read(unseen, "en/briefs/accueil-par-les-proches/")
    assert '<a href="../../topics/family-care/">Kinship care</a>' in english
    english_tiles = read(unseen, "en/")
    assert '<span lang="fr" dir="ltr">Enregistrement des naissances</span>' in english_tiles
    # The contract's `discussion`: where the topic is discussed, from its page in every interface.
    assert '<a class="md-button md-button--primary" href="https://community.example.org/t/kinship-care">' \
        'ناقش هذا الموضوع</a>' in arabic
    # In its own interface a text is not marked: the page's language is its own.
    assert '<h1>Enregistrement des naissances</h1>' in read(unseen, "topics/birth-registration/")


def test_each_interface_links_its_own_version_of_the_hubs_pages(unseen):
    def footer_pages(rel: str) -> list[str]:
        footer = read(unseen, rel).split('class="md-footer hub-footer"')[1]
        return re.findall(r'<li><a href="([^"]+/)"([^>]*)>([^<]+)</a></li>', footer)

    assert ("about/", "", "À propos du réseau") in footer_pages("")
    assert ("about-en/", "", "About the network") in footer_pages("en/")
    # No Arabic version: the first interface's, in French, marked as such.
    assert ("about/", ' hreflang="fr" lang="fr" dir="ltr"', "À propos du réseau") in footer_pages("ar/")
    about = read(unseen, "en/about-en/")
    assert f'<link rel="alternate" hreflang="fr" href="{SITE_URL}en/about/">' in about
    assert f'<link rel="alternate" hreflang="en" href="{SITE_URL}en/about-en/">' in about
    assert 'hreflang="fr" lang="fr" dir="ltr">Français</a>' in about  # "Also available in"
    menu = re.findall(r'md-nav__link[^>]*>\s*<span class="md-ellipsis">\s*([^<]+?)\s*<', read(unseen, "en/"))
    assert "About the network" in menu and "À propos du réseau" not in menu


def cards(html: str, section: str) -> list[tuple[str, str]]:
    """(lang, title) of each card under one of the home page's headings."""
    part = html.split(f'id="home-{section}"')[1].split("</section>")[0]
    return re.findall(r'class="hub-card__title" lang="([^"]+)"[^>]*><a [^>]+>([^<]+)</a>', part)


def test_lists_show_the_readers_version_and_put_the_readers_language_first(unseen):
    # French first: its own two briefs, then the English one; the English and Arabic
    # versions of the French brief stand behind it ("also in").
    assert cards(read(unseen, ""), "brief") == [("fr", "Inscrire chaque naissance"), ("fr", "Quand la tante accueille")]
    assert cards(read(unseen, "en/"), "brief") == [("en", "Registering every birth"), ("en", "A valid brief")]
    assert cards(read(unseen, "ar/"), "brief") == [("ar", "تسجيل كل ولادة"), ("fr", "Quand la tante accueille")]
    listing = read(unseen, "en/briefs/")
    titles = re.findall(r'class="hub-card__title" lang="([^"]+)"[^>]*><a [^>]+>([^<]+)</a>', listing)
    assert titles == [("en", "Registering every birth"), ("fr", "Quand la tante accueille"), ("en", "A valid brief")]
    assert "3 entries" in text(listing)  # newest first, each entry once
    also = listing.split("Registering every birth")[1].split("</li>")[0]
    assert re.findall(r'hreflang="(\w+)" lang="\1" dir="(\w+)">([^<]+)<', also) == [
        ("fr", "ltr", "Français"), ("ar", "rtl", "العربية")]
    assert "Also available in:" in text(also)
    topic = read(unseen, "ar/topics/birth-registration/")
    assert re.findall(r'class="hub-card__title" lang="(\w+)"', topic) == ["ar"]
    assert "عنصر واحد" in text(topic)  # Arabic's count for one


def test_arabic_joins_a_list_as_cldr_does_and_writes_its_numbers_in_cldrs_digits(unseen):
    from babel import Locale

    from cphub.locale import number

    details = read(unseen, "ar/briefs/tasjil-al-mawalid/").split('id="hub-details"')[1]
    topics = details.split("</dd>")[[n for n, part in enumerate(details.split("</dd>")) if "topics/" in part][0]]
    assert re.search(r'>[^<]+</a> و<a href="[^"]*topics/mental-health/">الصحة النفسية', topics), topics
    # CLDR's default digits for Arabic, and for every language the hub ships, are Latin ones ("latn").
    from cphub.strings import languages

    for code in languages():
        assert Locale.parse(code).default_numbering_system == "latn", code
    assert number(12345, "ar") == "12,345" and "2026" in read(unseen, "ar/briefs/tasjil-al-mawalid/")


def test_a_topic_with_only_an_english_label_builds_with_a_warning_naming_it(tmp_path, capsys):
    hub = copy_hub(BASE, tmp_path / "hub")
    config = hub / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  - cphub\n", "  - cphub:\n      zim: false\n      interface_languages: [en, fr]\n"), encoding="utf-8")
    code, out, err = run(hub, "build", capsys=capsys)
    assert code == 0 and "Built" in out
    assert "content/topics.yml:2: label: warning: topic 'mental-health' has no French (fr) label: the French " \
           "interface shows the English one, 'Mental health and psychosocial support' (write it per language: " \
           "label: {en: …, fr: …})" in err.splitlines()
    french = (hub / "site/fr/topics/mental-health/index.html").read_text(encoding="utf-8")
    assert '<h1 lang="en" dir="ltr">Mental health and psychosocial support</h1>' in french


def test_the_librarys_language_facet_still_counts_every_version(unseen):
    for prefix in ("", "en/", "ar/"):
        library = read(unseen, prefix + "library/")
        counts = dict(re.findall(r'data-count="language:(\w+)" data-total="(\d+)"', library))
        assert counts == {"fr": "2", "en": "5", "ar": "1"}, prefix


def test_the_sample_french_interface_has_no_english_label_footer_link_or_page(sample_site):
    english = ("Community-based child protection", "About this hub", "Community rules", "Contributing",
               "Staff care and wellbeing", "Community Child Protection Exchange", "Briefs, webinars")
    for rel in ("fr/", "fr/topics/", "fr/topics/staff-wellbeing/", "fr/a-propos/", "fr/contribuer/",
                "fr/regles-de-la-communaute/", "fr/briefs/soutien-au-personnel-en-debut-de-crise/"):
        html = read(sample_site, rel)
        outside_english = re.sub(r'<(\w+)[^>]* lang="(?!fr)[^"]+"[^>]*>.*?</\1>', " ", html.split("<body")[1],
                                 flags=re.S)
        found = [words for words in english if words in text(outside_english)]
        assert not found, (rel, found)
    footer = read(sample_site, "fr/").split('class="md-footer hub-footer"')[1]
    assert re.findall(r'<li><a href="[^"]+">([^<]+)</a></li>', footer)[1:4] == [
        "À propos de ce hub", "Règles de la communauté", "Contribuer"]


def test_the_sample_english_home_leads_with_english_entries(sample_site):
    home = read(sample_site, "")
    for section in ("brief", "webinar", "newsletter", "resource"):
        assert cards(home, section) and cards(home, section)[0][0] == "en", section
    assert cards(home, "brief")[0][1] == "Staff care in the first weeks of a crisis response"
    topic = read(sample_site, "fr/topics/staff-wellbeing/")
    langs = re.findall(r'class="hub-card__title" lang="(\w+)"', topic)
    assert langs[0] == "fr" and langs == sorted(langs, key=lambda code: code != "fr")


# ------------------------------------------------------------ typography


class FrenchText(HTMLParser):
    """The text of a page that is in French: outside code, scripts and
    styles, and outside any element in another language."""

    # A page's <title> is its entry's title (in the entry's language) and the hub's name: it has no `lang` of its own.
    SKIPPED = {"code", "pre", "kbd", "samp", "script", "style", "title"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        attrs = dict(attrs)
        outside = tag in self.SKIPPED or ("lang" in attrs and not attrs["lang"].startswith("fr"))
        if tag == "html":
            outside = not attrs.get("lang", "").startswith("fr")
        self.stack.append((tag, outside or (self.stack[-1][1] if self.stack else False)))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not (self.stack and self.stack[-1][1]):
            self.parts.append(data)


def french_typography_problems(html: str) -> list[str]:
    """Where French text sets no narrow no-break space before : ; ! ? or
    inside « » (a colon in an address or a time is followed by no space)."""
    parser = FrenchText()
    parser.feed(html)
    found = []
    for part in parser.parts:
        for match in re.finditer(r"(?:[^\s\u202f]|[ \u00a0])[:;!?](?=\s|$)|«(?!\u202f)|(?<!\u202f)»", part):
            found.append(part[max(0, match.start() - 30): match.end()])
    return found


def test_french_text_sets_narrow_no_break_spaces(sample_site, unseen):
    checked = 0
    for site, french in ((sample_site, "fr/"), (unseen, "")):
        for path in sorted((site / french).rglob("*.html")) if french else sorted(site.glob("**/*.html")):
            rel = path.relative_to(site).as_posix()
            if not french and rel.startswith(("en/", "ar/")) or "admin/" in rel:
                continue
            html = path.read_text(encoding="utf-8")
            assert french_typography_problems(html) == [], rel
            checked += 1
        text_email = (site / french / "newsletters/newsletter-1/email.txt") if french else None
        if text_email is not None:
            assert f"Tous les numéros de la lettre d’information{NNBSP}: https://" in \
                text_email.read_text(encoding="utf-8")
    assert checked > 100
    # The rule itself: what it finds, and what it leaves alone (addresses, times, code, English).
    found = french_typography_problems("<html lang=fr><p>Tout voir: ceci ; cela ? « là »</p></html>")
    assert [problem.rstrip()[-1] for problem in found] == [":", ";", "?", "«", "»"]
    assert french_typography_problems(
        f"<html lang=fr><p>Voir{NNBSP}: https://x.org/a?b=1 à 10:30 «{NNBSP}ici{NNBSP}»</p><code>a: b</code>"
        "<p lang=en>See: this</p></html>") == []


def test_french_tabs_fit_a_desktop_and_the_phones_drawer(sample_site, new_page):
    with serve(sample_site) as base:
        page = new_page(viewport={"width": 1280, "height": 800})
        page.goto(base + "fr/")
        tabs = page.evaluate("""[...document.querySelectorAll('.md-tabs__link')].map(a => {
            const box = a.getBoundingClientRect(); return [a.textContent.trim(), box.right]; })""")
        assert tabs[1][0] == "Notes d’information"
        assert all(right <= 1280 for _, right in tabs), tabs
        page = new_page(viewport={"width": 360, "height": 740})
        page.goto(base + "fr/")
        page.locator("header label[for=__drawer]").click()
        link = page.locator(".md-nav--primary .md-nav__link", has_text="Notes d’information").first
        assert link.is_visible()
        fits = link.evaluate("a => [...a.querySelectorAll('.md-ellipsis')].every(s => s.scrollWidth <= s.clientWidth)")
        assert fits


@pytest.mark.parametrize("rel", ["", "en/", "ar/", "ar/topics/family-care/", "en/briefs/", "ar/about/"])
def test_each_interface_of_the_unseen_hub_passes_axe(unseen, new_page, rel):
    with serve(unseen) as base:
        page = new_page(viewport={"width": 390, "height": 844})
        page.goto(base + rel)
        assert axe_violations(page) == [], rel


def test_the_json_schema_takes_a_text_per_language_and_refuses_a_wrong_one():
    import json

    import jsonschema
    import yaml

    from conftest import REPO

    schema = json.loads((REPO / "schemas/topics.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(TOPICS), schema)
    for wrong in ({"id": "x", "label": {}}, {"id": "x", "label": {"fra": "X"}}, {"id": "x", "label": {"fr": ""}},
                  {"id": "x", "label": {"fr": ["X"]}}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate([wrong], schema)
    organisations = json.loads((REPO / "schemas/organisations.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(ORGANISATIONS), organisations)
