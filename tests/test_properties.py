"""Properties that must hold for any input (hypothesis)."""

from __future__ import annotations

import string
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cphub.content.load import _FileProblem, split_front_matter
from cphub.content.model import SLUG
from cphub.content.slugs import slugify
from cphub.content.yamlstrict import YamlProblem, parse
from cphub.outputs.analysis import term_counts, terms
from cphub.outputs.offline import file_url

yaml_text = st.text(alphabet=string.printable + "éü«»ا\u00a0\ufeff", max_size=300)


@given(yaml_text)
@example("a: &x [1]\nb: *x\n")
@example("a: " + "[" * 500 + "]" * 500)
@example("!!python/object/apply:os.system [ls]")
@example("a: 1\na: 2\n")
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_the_yaml_reader_returns_plain_data_or_a_located_problem(text):
    try:
        doc = parse(text)
    except YamlProblem as problem:
        assert problem.line >= 1 and problem.message
        return
    def plain(value):
        if isinstance(value, dict):
            return all(isinstance(k, str) and plain(v) for k, v in value.items())
        if isinstance(value, list):
            return all(plain(v) for v in value)
        return value is None or isinstance(value, (str, int, float, bool))
    assert plain(doc.data)
    assert all(line >= 1 for line in doc.lines.values())


@given(st.from_regex(r"(NO|no|yes|Yes|on|off|y|n|~|10:00|1e3|0x1F|0o17|2026-01-0[1-9]|\.inf)", fullmatch=True))
def test_yaml_words_that_pyyaml_would_convert_stay_text(word):
    value = parse(f"a: {word}\n").data["a"]
    assert value is None if word == "~" else isinstance(value, str) or word == "1e3"


@given(st.text(max_size=500))
@settings(max_examples=300)
def test_front_matter_splitting_never_crashes(text):
    try:
        doc, body, line = split_front_matter("x.md", text)
    except _FileProblem as problem:
        assert problem.diagnostic.path == "x.md" and problem.diagnostic.line >= 1
        return
    assert isinstance(doc.data, dict) and line >= 2


@given(st.text(max_size=200))
@example("Ümlauts & Co")
@example("«Café» — São Tomé")
def test_a_slug_is_always_valid_or_empty_and_stable(title):
    slug = slugify(title)
    assert slug == "" or SLUG.match(slug)
    assert len(slug) <= 80
    assert slugify(slug) == slug


segment = st.text(alphabet=string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12)


@given(st.lists(segment, max_size=4), st.sampled_from(["", "../", "../../", "./", "..", "../..", "."]),
       st.sampled_from(["", "?q=a&type=brief", "#top", "?q=x#y"]))
def test_a_folder_link_becomes_its_index_file_and_keeps_query_and_fragment(parts, prefix, suffix):
    if not prefix.endswith("/") and prefix:
        parts = []  # `..`, `../..`: a folder named without its final slash
    url = prefix + "".join(p + "/" for p in parts) + suffix
    result = file_url(url)
    path = url.split("?")[0].split("#")[0]
    if path:
        assert result.split("?")[0].split("#")[0].endswith("index.html")
        assert result.endswith(suffix)
    else:
        assert result == url


@given(st.sampled_from(["https://a.example/x/", "mailto:a@b.example", "#x", "rss.xml", "../a/b.pdf",
                        "data:image/png;base64,AA", "//cdn.example/x/"]))
def test_links_that_name_files_or_other_hosts_are_left_alone(url):
    assert file_url(url) == url


prose = st.lists(st.sampled_from(list("aeiouéèçñãاحب'’-/ .,;:!?«»()[]\n\t\u00a0İ") + ["Child", "the", "9", "09:30"]),
                 max_size=200).map("".join)


@given(prose, st.sampled_from(["en", "fr", "es", "pt", "ar", "sw"]))
@example("Children's children, children-led; 09:30 «enfants»", "en")
@settings(max_examples=300)
def test_counting_terms_by_token_gives_the_terms_counted(text, language):
    """The index counts each distinct token once (term_counts); it must count
    what analysing every word in turn (terms) would."""
    assert term_counts(text, language) == Counter(terms(text, language))
    assert term_counts(text, language) == Counter(terms(text, language))  # with every token already known
