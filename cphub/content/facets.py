"""The library's facets: the values each entry has, and every value in use
with its label and count."""

from __future__ import annotations

from collections import Counter

from ..locale import country_name, language_name, sort_key
from ..strings import strings
from .hub import Hub, organisations_of
from .model import Entry

FACETS = ["type", "topic", "country", "language", "organisation", "year"]


def facet_values(entry: Entry) -> dict[str, list[str]]:
    return {
        "type": [entry.type],
        "topic": list(entry.topics),
        "country": list(entry.countries),
        "language": list(entry.languages),
        "organisation": organisations_of(entry),
        "year": [str(entry.date.year)],
    }


def facet_labels(hub: Hub) -> dict[str, list[list[str]]]:
    """Every facet value in use as [value, label, count], in display order:
    labels alphabetically, years newest first."""
    language = hub.settings.language
    t = strings(language)
    counts: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    for entry in hub.entries:
        for name, values in facet_values(entry).items():
            counts[name].update(values)
    label = {
        "type": lambda v: t[v + "s"],
        "topic": lambda v: hub.topics[v].label,
        "country": lambda v: country_name(v, language),
        "language": lambda v: language_name(v, language),
        "organisation": lambda v: hub.organisations[v].name,
        "year": lambda v: v,
    }
    ordered = {}
    for name in FACETS:
        items = [(value, label[name](value)) for value in counts[name]]
        if name == "year":
            items.sort(reverse=True)
        else:
            items.sort(key=lambda item: (sort_key(item[1]), item[0]))
        ordered[name] = [[value, text, counts[name][value]] for value, text in items]
    return ordered
