"""The interface's gettext catalogs (cphub/locales/): the template is a fresh
extraction of the code and templates, every shipped language is complete
(nothing missing, fuzzy or stale; placeholders kept), and a hub in each
language reads its own words, dates and names."""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path

import pytest

from cphub import strings as strings_module
from cphub.strings import MESSAGES, PLURALS, Plural, catalog_path, languages, strings

from conftest import BASE, REPO, build, copy_hub

sys.path.insert(0, str(REPO / "tools"))
import catalogs  # noqa: E402

SHIPPED = ["en", "fr", "es", "pt", "ar", "sw"]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def test_the_template_is_a_fresh_extraction_of_the_sources():
    assert catalogs.template_text() == catalogs.TEMPLATE.read_bytes(), \
        "cphub/locales/cphub.pot is stale: run python tools/catalogs.py"
    assert {(m.context, m.id) for m in catalogs.extract() if m.id} == set(MESSAGES.items()) | set(PLURALS.items())


def test_the_hub_ships_six_interface_languages():
    assert sorted(languages()) == sorted(SHIPPED)


@pytest.mark.parametrize("language", SHIPPED)
def test_every_catalog_is_complete_and_current(language):
    template = catalogs.extract()
    catalog = catalogs.read(catalog_path(language), language)
    assert not catalog.obsolete, f"{language}: messages no longer in the code: {list(catalog.obsolete)}"
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id, context=message.context)
        where = f"{language}: {message.context} ({message.id!r})"
        assert found is not None, f"{where} is missing"
        assert found.string, f"{where} is untranslated"
        assert not found.fuzzy, f"{where} is fuzzy"
        if isinstance(message.id, tuple):  # a count: as many forms as the language's rule has, each written
            assert isinstance(found.string, tuple) and len(found.string) == catalog.num_plurals, where
            assert all(found.string), f"{where}: a plural form is untranslated"
            # The form for many keeps the number; Arabic's forms for 0, 1 and 2 may say it in words.
            assert PLACEHOLDER.findall(found.string[-1]) == PLACEHOLDER.findall(message.id[1]), where
            assert all(set(PLACEHOLDER.findall(form)) <= set(PLACEHOLDER.findall(message.id[1]))
                       for form in found.string), where
            continue
        assert sorted(PLACEHOLDER.findall(found.string)) == sorted(PLACEHOLDER.findall(message.id)), \
            f"{where}: a translation keeps the placeholders"
    assert catalog.locale.language == language


@contextlib.contextmanager
def read_from(source, language: str, tmp_path: Path, monkeypatch):
    """`strings(language)` as the hub reads them when `source` (a changed
    catalog) is that language's only catalog; the cache emptied after."""
    target = tmp_path / f"{language}/LC_MESSAGES/cphub.po"
    target.parent.mkdir(parents=True)
    target.write_bytes(catalogs.text(source))
    monkeypatch.setattr(strings_module, "LOCALES", tmp_path)
    strings.cache_clear()
    try:
        yield strings(language)
    finally:
        strings.cache_clear()


def test_a_missing_or_fuzzy_message_stays_in_english(tmp_path, monkeypatch):
    source = catalogs.read(catalog_path("fr"), "fr")
    source.delete("Search", context="search")
    source.get("Library", context="library").flags.add("fuzzy")
    with read_from(source, "fr", tmp_path, monkeypatch) as french:
        assert french["search"] == "Search" and french["library"] == "Library"
        assert french["subscribe"] == "S’abonner"  # the others still translated


def test_a_language_without_a_catalog_falls_back_to_english():
    assert strings("de") == strings("en") == {**MESSAGES, **{key: forms[1] for key, forms in PLURALS.items()}}
    assert strings("de")["entry_count"](1) == "1 entry"
    assert strings("pt-BR")["search"] == strings("pt")["search"] == "Pesquisar"


# Words each interface must show: (home page, library heading, a long date).
EXPECTED = {
    "es": ("Próximos seminarios web", "Buscar en la biblioteca", "10 de enero de 2026"),
    "pt": ("Próximos webinários", "Pesquisar na biblioteca", "10 de janeiro de 2026"),
    "sw": ("Semina za mtandaoni zijazo", "Tafuta katika maktaba", "10 Januari 2026"),
    "ar": ("الندوات القادمة عبر الإنترنت", "البحث في المكتبة", "10 يناير 2026"),
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_a_hub_in_each_language_reads_its_own_words_dates_and_names(tmp_path, language):
    hub = copy_hub(BASE, tmp_path / "hub")
    config = hub / "mkdocs.yml"
    config.write_text(config.read_text().replace("  name: material\n", f"  name: material\n  language: {language}\n"))
    (hub / "webinars/soon.md").write_text(
        '---\ntitle: Soon\ndate: 2026-12-01\ntime: "10:00"\ntimezone: Africa/Nairobi\nsummary: A session.\n'
        "topics: [mental-health]\ncountries: [KE]\n---\n", encoding="utf-8")
    site = build(hub)
    upcoming, library_label, date = EXPECTED[language]
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{language}"' in home and upcoming in home
    assert library_label in (site / "library/index.html").read_text(encoding="utf-8")
    brief = (site / "briefs/valid-brief/index.html").read_text(encoding="utf-8")
    assert date in brief  # CLDR's long date, in the interface language
    kenya = {"es": "Kenia", "pt": "Quênia", "sw": "Kenya", "ar": "كينيا"}[language]
    assert kenya in (site / "countries/index.html").read_text(encoding="utf-8")
    assert strings(language)["footer_nav"] in home


def test_counts_are_written_as_each_interface_language_writes_numbers():
    from cphub.locale import number

    assert [number(3000, code) for code in ("en", "fr", "es", "pt", "sw")] == \
        ["3,000", "3\u202f000", "3.000", "3.000", "3,000"]
    assert [strings(code)["entry_count"](3000) for code in ("en", "fr", "ar")] == \
        ["3,000 entries", "3\u202f000 entrées", "3,000 عنصر"]


# A count in each form of each language's plural rule: (language, n) -> the text.
COUNTS = {
    ("en", 1): "1 entry", ("en", 0): "0 entries", ("en", 2): "2 entries",
    ("fr", 0): "0 entrée", ("fr", 1): "1 entrée", ("fr", 2): "2 entrées", ("fr", 1500): "1\u202f500 entrées",
    ("es", 1): "1 entrada", ("es", 7): "7 entradas",
    ("pt", 1): "1 entrada", ("pt", 7): "7 entradas",
    ("sw", 1): "Ingizo 1", ("sw", 7): "Maingizo 7",
    # Arabic: zero, one, two, few (3–10), many (11–99), other (100, 101, 102).
    ("ar", 0): "لا عناصر", ("ar", 1): "عنصر واحد", ("ar", 2): "عنصران", ("ar", 3): "3 عناصر", ("ar", 10): "10 عناصر",
    ("ar", 11): "11 عنصرًا", ("ar", 99): "99 عنصرًا", ("ar", 100): "100 عنصر", ("ar", 102): "102 عنصر",
    ("ar", 103): "103 عناصر", ("ar", 111): "111 عنصرًا",
}


@pytest.mark.parametrize(("language", "n"), sorted(COUNTS))
def test_a_count_takes_the_form_its_language_gives_that_number(language, n):
    assert strings(language)["entry_count"](n) == COUNTS[language, n]


def test_arabic_minutes_and_upcoming_webinars_agree_with_their_number():
    minutes, upcoming = strings("ar")["minutes"], strings("ar")["upcoming_count"]
    assert [minutes(n) for n in (1, 2, 5, 45, 120)] == ["دقيقة واحدة", "دقيقتان", "5 دقائق", "45 دقيقة", "120 دقيقة"]
    assert [upcoming(n) for n in (1, 2, 3)] == ["ندوة واحدة قادمة", "ندوتان قادمتان", "3 ندوات قادمة"]


def test_a_count_the_catalog_lacks_stays_in_english_with_englishs_rule(tmp_path, monkeypatch):
    source = catalogs.read(catalog_path("ar"), "ar")
    source.get("{n} entry", context="entry_count").string = ("", "عنصر واحد", "", "", "", "")
    with read_from(source, "ar", tmp_path, monkeypatch) as arabic:
        assert arabic["entry_count"](1) == "1 entry" and arabic["entry_count"](3) == "3 entries"
        assert arabic["minutes"](2) == "دقيقتان"  # the others still translated
        assert isinstance(arabic["entry_count"], Plural) and arabic["entry_count"] == "{n} entries"


def _translations(language: str) -> list[tuple[str, str]]:
    """(key, text) of every message of a catalog, each plural form apart."""
    catalog = catalogs.read(catalog_path(language), language)
    found = []
    for message in catalog:
        if message.id:
            forms = message.string if isinstance(message.string, tuple) else (message.string,)
            found += [(message.context, form) for form in forms]
    return found


def _prose(text: str) -> str:
    """A message without what typography leaves alone: placeholders, HTML
    tags and attributes, addresses, file names and times."""
    text = PLACEHOLDER.sub(" ", text)
    text = re.sub(r"<[^>]+>|https?://\S+|\b\w+\.\w{2,4}\b|\d+:\d+", " ", text)
    return text


def test_french_messages_set_narrow_no_break_spaces():
    """Before : ; ! ? and inside « », in every message (those only the
    library's script shows too); the pages built are read in test_reader_language."""
    wrong = [(key, text) for key, text in _translations("fr")
             if re.search(r"(?:^|[^\u202f])[:;!?](?=\s|$)|«(?!\u202f)|(?<!\u202f)»", _prose(text))]
    assert wrong == []


def test_arabic_messages_use_arabic_punctuation():
    """، ؛ ؟ where a sentence in Arabic has a comma, a semicolon or a question mark."""
    wrong = [(key, text) for key, text in _translations("ar") if re.search(r"[,;?]", _prose(text))]
    assert wrong == []
