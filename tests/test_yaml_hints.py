"""Each hint for front matter that does not parse fits its cause
(cphub/content/yamlhints.py). The fixtures (tests/fixtures/invalid/yaml-*)
pin one report per cause; here, thousands of one-character slips in a
webinar's front matter check that no slip gets a traceback, and that the
hints which name a cause are given only where the line shows that cause."""

from __future__ import annotations

import re

import pytest

from cphub.content.model import field_names
from cphub.content.yamlstrict import YamlProblem, parse

FRONT_MATTER = """title: Self-care for staff in child protection teams
date: 2026-09-14
time: "13:00"
timezone: Africa/Nairobi
summary: >-
  Partners compared how they prevent burnout and vicarious trauma
  in frontline teams.
topics: [staff-wellbeing, mental-health]
# countries: [KE, UG]
speakers:
  - {name: "Amina Okello", role: "Safeguarding adviser"}
  - name: Joseph Kamara
    role: Caseworker
recording: https://example.org/recordings/self-care
"""
SLIPS = [":", " ", "  ", "\t", '"', "'", "[", "]", "{", "}", "-", ">", "|", "&", "*", "@", "\\", "\n", "#", "?",
         "!", "%", "`", ","]


def slipped() -> list[str]:
    """The front matter with one character typed in, or one left out, at each place."""
    variants = []
    for at in range(len(FRONT_MATTER) + 1):
        variants += [FRONT_MATTER[:at] + slip + FRONT_MATTER[at:] for slip in SLIPS]
        variants.append(FRONT_MATTER[:at] + FRONT_MATTER[at + 1:])
    return variants


@pytest.fixture(scope="module")
def problems() -> list[tuple[str, str, YamlProblem]]:
    """(the text, the line reported, the problem) for every slip that breaks the YAML."""
    found = []
    for text in slipped():
        try:
            parse(text, first_line=2, keys=field_names())
        except YamlProblem as problem:
            lines = text.split("\n")
            assert 2 <= problem.line <= len(lines) + 1, (text, problem.line)
            found.append((text, lines[problem.line - 2] if problem.line - 2 < len(lines) else "", problem))
    assert len(found) > 1500  # most slips break the YAML; the others still parse, and are the validator's to judge
    return found


def hinted(problems, words: str):
    return [(line, problem) for _, line, problem in problems if words in problem.hint]


def test_every_slip_is_a_problem_with_a_message_and_a_hint(problems):
    assert all(problem.message and problem.hint for _, _, problem in problems)


def test_the_colon_hint_is_given_only_where_the_text_holds_a_colon(problems):
    given = hinted(problems, "put text containing ': ' in double quotes")
    assert given
    for line, problem in given:
        value = line.split(":", 1)[1] if re.match(r"^[\w-]+:", line) else line
        assert ": " in value + " ", (line, problem.message)


def test_the_indented_field_hint_is_given_only_for_an_indented_field(problems):
    given = hinted(problems, "start each field at the beginning of its line")
    assert given
    for line, problem in given:
        name = re.match(r"^\s+([\w-]+):", line)
        assert name and name[1] in field_names(), line


def test_the_space_after_colon_hint_is_given_only_where_a_field_has_none(problems):
    given = hinted(problems, "write a space after the colon")
    assert given
    for line, problem in given:
        assert re.match(r"^\s*(?:-\s+)?[\w-]+:\S", line), line


def test_the_indent_hint_for_a_continued_text_is_given_only_for_lines_at_the_margin(problems):
    given = hinted(problems, "indent each further line of a value")
    assert given
    for line, problem in given:
        field = re.match(r"^([\w-]+):(\s|$)", line)
        assert line[:1].isalnum() and not (field and field[1] in field_names()), line


def test_the_quote_hints_are_given_only_where_a_quote_is(problems):
    for words in ("end the value with the quote it starts with", "a value in quotes ends at its closing quote"):
        given = hinted(problems, words)
        assert given
        assert all('"' in line or "'" in line for line, _ in given), words


def test_the_bracket_hints_are_given_only_where_a_bracket_is(problems):
    given = hinted(problems, "close it on the same line") + hinted(problems, "put nothing after it on the line")
    assert given and all(re.search(r"[\[\]{}]", line) for line, _ in given)
