"""The interface's gettext catalogs (cphub/locales/): the template is a fresh
extraction of the code and templates, every shipped language is complete
(nothing missing, fuzzy or stale; placeholders kept), and a hub in each
language reads its own words, dates and names."""

from __future__ import annotations

import re
import sys

import pytest

from cphub import strings as strings_module
from cphub.strings import MESSAGES, catalog_path, languages, strings

from conftest import BASE, REPO, build, copy_hub

sys.path.insert(0, str(REPO / "tools"))
import catalogs  # noqa: E402

SHIPPED = ["en", "fr", "es", "pt", "ar", "sw"]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def test_the_template_is_a_fresh_extraction_of_the_sources():
    assert catalogs.template_text() == catalogs.TEMPLATE.read_bytes(), \
        "cphub/locales/cphub.pot is stale: run python tools/catalogs.py"
    assert {(m.context, m.id) for m in catalogs.extract() if m.id} == set((k, v) for k, v in MESSAGES.items())


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
        assert sorted(PLACEHOLDER.findall(found.string)) == sorted(PLACEHOLDER.findall(message.id)), \
            f"{where}: a translation keeps the placeholders"
    assert catalog.locale.language == language


def test_a_missing_or_fuzzy_message_stays_in_english(tmp_path, monkeypatch):
    source = catalogs.read(catalog_path("fr"), "fr")
    source.delete("Search", context="search")
    source.get("Library", context="library").flags.add("fuzzy")
    target = tmp_path / "fr/LC_MESSAGES/cphub.po"
    target.parent.mkdir(parents=True)
    target.write_bytes(catalogs.text(source))
    monkeypatch.setattr(strings_module, "LOCALES", tmp_path)
    strings.cache_clear()
    try:
        french = strings("fr")
        assert french["search"] == "Search" and french["library"] == "Library"
        assert french["subscribe"] == "S’abonner"  # the others still translated
    finally:
        strings.cache_clear()


def test_a_language_without_a_catalog_falls_back_to_english():
    assert strings("de") == strings("en") == MESSAGES
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
    listing = (REPO / "cphub/templates/listing.html").read_text(encoding="utf-8")
    assert "entry_count.format(count=view.count | number)" in listing
