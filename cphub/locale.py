"""Country and language names, dates and times from CLDR (Babel), in the
interface language: never the machine's locale."""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_decimal

# CLDR lists a few codes that are not ISO 3166-1 countries (continents are
# numeric and excluded below; these are letter codes with special meanings).
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ"}

# Scripts written right to left, for `dir="rtl"` on an entry's text.
RTL_LANGUAGES = {"ar", "fa", "he", "ps", "ur", "yi", "dv", "ku", "sd", "ug"}


@lru_cache(maxsize=None)
def country_codes() -> set[str]:
    territories = Locale("en").territories
    return {code for code in territories if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES}


@lru_cache(maxsize=None)
def language_codes() -> set[str]:
    return {code for code in Locale("en").languages if len(code) == 2 and code.isalpha()}


@lru_cache(maxsize=None)
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except Exception:  # an unknown interface language falls back to English
        return Locale("en")


def country_name(code: str, language: str = "en") -> str:
    return _locale(language).territories.get(code, code)


def language_name(code: str, language: str = "en") -> str:
    return _locale(language).languages.get(code, code)


def own_name(code: str) -> str:
    """A language's name in itself, as a label: 'Français', 'العربية', 'Kiswahili'."""
    name = language_name(code, code)
    return name[:1].upper() + name[1:]


def number(value: int, language: str) -> str:
    """'3,000', '3 000', '3.000': a count as the interface language writes it.
    Its digits are CLDR's default for the language, Latin ("latn") for every
    language the hub ships, Arabic included (CLDR gives Arabic-Indic digits
    by default to some regions, such as ar-EG, which no catalog is for; a
    test fails if a shipped language's default is ever another)."""
    return format_decimal(value, locale=_locale(language))


@lru_cache(maxsize=None)
def list_separator(language: str) -> str:
    """What separates the items of a list in the interface language, as
    CLDR's list pattern for the start of a list writes it: ", " in English
    or French, " و" in Arabic. (Its pattern for the end would add "and",
    which reads wrong between labels that hold an "and" themselves.)"""
    pattern = _locale(language).list_patterns.get("standard", {}).get("start", "{0}, {1}")
    return pattern.replace("{0}", "").replace("{1}", "") or ", "


def join(items: list[str], language: str) -> str:
    """'English, French', 'الإنجليزية والفرنسية': a list as CLDR separates one."""
    return list_separator(language).join(items)


def sort_key(text: str) -> str:
    """Names in alphabetical order whatever their accents ("Éducation"
    among the E's, not after Z); the same key in every language."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def direction(code: str) -> str:
    return "rtl" if code in RTL_LANGUAGES else "ltr"


@lru_cache(maxsize=None)
def long_date(day: dt.date, language: str) -> str:
    """'14 September 2026'."""
    return format_date(day, format="long", locale=language)


def clock_time(moment: dt.datetime, language: str) -> str:
    """'14:00', in the moment's own zone."""
    return format_time(moment, format="HH:mm", locale=language)


def utc_time(moment: dt.datetime, language: str) -> str:
    return format_datetime(moment.astimezone(dt.timezone.utc), format="HH:mm", tzinfo=dt.timezone.utc,
                           locale=language)
