"""Why front matter does not parse, in a contributor's words, at the line to fix.

libyaml says what it could not do ("mapping values are not allowed in this
context", "could not find expected ':'"), often a line or two after the
mistake. The same message has several causes: "mapping values" comes from a
colon in a title, but also from a field indented under the one above it,
whose text has no colon at all. So each cause is recognised from the lines
themselves, and gets the message, the line and the hint of that cause;
anything unrecognised keeps libyaml's words and a general hint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

import yaml

GENERAL = "check quotes, colons and indentation on this line and the one before"

_FIELD = re.compile(r"^(\s*)([A-Za-z_][\w-]*):(?:\s|$)")  # `title: …`, `  role: …`


@dataclass
class Failure:
    """One error of the parser, with the source it was reading."""

    problem: str  # libyaml's (or PyYAML's) words, in lower case
    context: str
    line: int  # 0-based, where the parser stopped
    column: int
    opened: int | None  # 0-based line where what failed began (a quote, a bracket, a key), if known
    lines: list[str]
    keys: frozenset[str]  # the names fields may have

    def text(self, index: int | None) -> str:
        return self.lines[index] if index is not None and 0 <= index < len(self.lines) else ""

    def says(self, *phrases: str) -> bool:
        return any(phrase in self.problem or phrase in self.context for phrase in phrases)


Explanation = tuple[int, str, str]  # (0-based line, message, hint)


def explain(error: yaml.MarkedYAMLError, text: str, keys: Iterable[str] = ()) -> Explanation:
    mark = error.problem_mark or error.context_mark
    failure = Failure((error.problem or "").lower(), (error.context or "").lower(),
                      mark.line if mark else 0, mark.column if mark else 0,
                      error.context_mark.line if error.context_mark else None, text.split("\n"), frozenset(keys))
    found = next(filter(None, (cause(failure) for cause in CAUSES)), None)
    if found is None:
        line = failure.opened if failure.line >= _last_line(failure) and failure.opened is not None else failure.line
        found = line, f"not valid YAML: {(error.problem or error.context or '').strip()}", GENERAL
    # The end of the text is no line to fix: the last line that holds something is.
    return (min(found[0], _last_line(failure)), *found[1:])


def _last_line(f: Failure) -> int:
    return max((index for index, line in enumerate(f.lines) if line.strip()), default=0)


# ------------------------------------------------------------------ causes
# Each returns an Explanation when the lines show its cause, else None.


def _tab(f: Failure) -> Explanation | None:
    if "quoted scalar" not in f.context and "\t" in f.text(f.line):
        return f.line, "not valid YAML: a tab is used where YAML needs spaces", "indent with spaces, never tabs"
    return None


def _backslash(f: Failure) -> Explanation | None:
    """`title: "C:\\Users"`: in double quotes a backslash starts an escape."""
    if "quoted scalar" in f.context and f.says("escape", "hexdecimal", "hexadecimal"):
        return (f.line, "not valid YAML: a backslash in double quotes starts an escape such as \\n",
                "write the value in single quotes, or write each backslash twice (\\\\)")
    return None


def _unclosed_quote(f: Failure) -> Explanation | None:
    if "quoted scalar" in f.context:
        line = f.opened if f.opened is not None else f.line
        return line, "not valid YAML: a quoted value is not closed", "end the value with the quote it starts with"
    return None


def _unclosed_brackets(f: Failure) -> Explanation | None:
    """`topics: [a, b` with no `]`: reported where the list opened."""
    for closing, what, example in (("]", "a list in [ ]", "topics: [mental-health, family-care]"),
                                   ("}", "a { } group", '- {name: "Amina Okello", role: "Adviser"}')):
        if f.says(f"',' or '{closing}'"):
            line = f.opened if f.opened is not None else f.line
            return (line, f"not valid YAML: {what} is not closed",
                    f"close it on the same line, e.g. {example}; if the value is text, put it in double quotes")
    return None


def _indented_field(f: Failure) -> Explanation | None:
    """` topics: [a]` indented under `summary: …`: YAML reads it as more of
    the summary (whose text need hold no colon), or as a key it did not expect."""
    if not f.says("mapping values are not allowed", "expected key", "expected <block end>"):
        return None
    match = _FIELD.match(f.text(f.line))
    if match and match[1] and match[2] in f.keys and not _inside_list_item(f, f.line):
        return (f.line, f"not valid YAML: '{match[2]}:' is indented, as if it were part of the field above",
                "start each field at the beginning of its line, with no space before it")
    return None


def _no_space_after_colon(f: Failure) -> Explanation | None:
    """`title:Care`: without a space it is text, not a field, and what
    follows fails."""
    if not f.says("mapping values are not allowed", "expected key", "expected <block end>", "expected ':'"):
        return None
    for index in dict.fromkeys(i for i in (f.opened, f.line - 1) if i is not None):
        match = re.match(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*):(\S.*)$", f.text(index))
        if match and match[1] in f.keys:
            return (index, f"not valid YAML: '{match[1]}:' has no space after its colon",
                    f"write a space after the colon: {match[1]}: {match[2].strip()}")
    return None


def _colon_in_text(f: Failure) -> Explanation | None:
    line = f.text(f.line)
    field = _FIELD.match(line)
    if not f.says("mapping values are not allowed") or ": " not in line[field.end() if field else 0:] + " ":
        return None
    name = field[2] if field and not field[1] else _field_above(f, f.line)
    example = f"{name}: {quoted(line.split(': ', 1)[1])}" if field and not field[1] else f'{name}: "…: …"'
    return (f.line, f"not valid YAML: the text of '{name}' holds ': ', which YAML reads as a new field",
            f"put text containing ': ' in double quotes, e.g. {example}")


def _text_line_above(f: Failure) -> Explanation | None:
    """A line of text at the margin above a field (`t` then `itle: …`): YAML
    took the text for the document, and the field after it fails."""
    if not f.says("mapping values are not allowed"):
        return None
    above = next((i for i in range(f.line - 1, -1, -1) if f.text(i).strip()), None)
    text = f.text(above)
    if above is not None and not text[:1].isspace() and not _FIELD.match(text) and not text.startswith(("-", "#")):
        continues = ", or, if it continues the text above it, indent it by two spaces" if above else ""
        return (above, "not valid YAML: this line is not a field",
                f"write it as 'name: value'{continues}; a note to editors goes on a line starting with '#'")
    return None


def _quote_left_open(f: Failure) -> Explanation | None:
    """`title: "Self-care` (or `"date: …`) with no closing quote on its line:
    the quote runs on to the next quote, lines below, and the parser fails
    there."""
    if not f.says("expected key", "expected <block end>", "could not find expected ':'"):
        return None
    for index in range(f.line if f.opened is None else max(f.line, f.opened), -1, -1):
        field = _FIELD.match(f.text(index))
        value = (f.text(index)[field.end():] if field else f.text(index)).strip()
        if value[:1] in ('"', "'") and value.find(value[0], 1) < 0 and index < f.line:
            return (index, "not valid YAML: a quoted value is not closed on its line",
                    "end the value with the quote it starts with, on the same line")
    return None


def _under_commented_field(f: Failure) -> Explanation | None:
    """`#   - {name: …}` made a line again under a `# speakers:` still
    commented out (as `new` writes the optional fields)."""
    if not f.says("expected key", "expected <block end>", "mapping values are not allowed") \
            or not f.text(f.line)[:1].isspace():
        return None
    commented = None
    for index in range(f.line - 1, -1, -1):  # up through the comments right above it
        if not f.text(index).startswith("#"):
            break
        commented = re.match(r"^#\s*([A-Za-z_][\w-]*):", f.text(index))
        if commented:
            break
    if commented:
        return (f.line, f"not valid YAML: this line is indented under '{commented[1]}:', which is commented out",
                f"remove the '#' before '{commented[1]}:' too, or put a '#' before this line")
    return None


def _stray_character(f: Failure) -> Explanation | None:
    """`]date: …`, `[topics: …`, `,countries: …`: a character left before a
    field's name, or at the start of a line where nothing can start."""
    for index in sorted({f.line, f.opened if f.opened is not None else f.line}):
        text = f.text(index).strip()
        first = text[:1]
        rest = text[1:].strip()
        before_field = first in "[]{},>|@`%\"'!&*?" and _FIELD.match(rest) and rest.split(":")[0] in f.keys
        if before_field or (first and first in "]}," and index == f.line):
            return (index, f"not valid YAML: this line starts with '{first}'",
                    "remove it; if it begins a value, put the value in double quotes")
    return None


def _text_after_closing(f: Failure) -> Explanation | None:
    """`title: "Care" in camps`, `topics: [a, b]]`: the value ended at its
    closing quote or bracket, and more follows on the line."""
    if not f.says("expected key", "expected <block end>"):
        return None
    field = _FIELD.match(f.text(f.line))
    value = f.text(f.line)[field.end():].strip() if field else ""
    if not value or value[0] not in "\"'[{" or not _after_closing(value):
        return None
    if value[0] in "\"'":
        return (f.line, f"not valid YAML: text follows the closing quote of '{field[2]}'",
                f"a value in quotes ends at its closing quote: put the whole value in quotes, writing a quote "
                f"inside it as \\\", e.g. {field[2]}: \"The \\\"safe spaces\\\" project\"")
    return (f.line, f"not valid YAML: text follows the closing bracket of '{field[2]}'",
            f"a list ends at its '{']' if value[0] == '[' else '}'}': put nothing after it on the line")


def _after_closing(value: str) -> str:
    """What follows the quote or bracket that closes the value's first one."""
    if value[0] in "\"'":
        end = value.find(value[0], 1)
        return value[end + 1:].split(" #")[0].strip() if end > 0 else ""
    depth = 0
    for index, char in enumerate(value):
        depth += (char in "[{") - (char in "]}")
        if depth == 0:
            return value[index + 1:].split(" #")[0].strip()
    return ""


def _list_item_without_field(f: Failure) -> Explanation | None:
    """`- Joseph Kamara` at the margin, after `authors: Amina Okello`: an item
    of no list."""
    if f.says("expected key", "expected <block end>") and re.match(r"^-(\s|$)", f.text(f.line)):
        name = _field_above(f, f.line)
        return (f.line, "not valid YAML: a list item '- …' that belongs to no list",
                f"a list goes under its field: write '{name}:' alone on its line and each item below it, "
                f"'- ' and the item, or write {name}: [a, b]")
    return None


def _less_indented_line(f: Failure) -> Explanation | None:
    """A line of a text that runs over several lines, indented less than the
    text's first line: YAML takes it for a field."""
    if not f.says("expected key", "expected <block end>"):
        return None
    indent = len(f.text(f.line)) - len(f.text(f.line).lstrip(" "))
    name, first = _value_above(f, f.line)
    if name and indent and first is not None and indent < first:
        return (f.line, f"not valid YAML: this line of '{name}' is indented less than the line above it",
                "indent every line of the text as its first line")
    return None


def _unindented_continuation(f: Failure) -> Explanation | None:
    """`summary: >-` (or a summary running over lines) whose next line starts
    at the margin: YAML reads that line as a field, and finds no colon."""
    if not f.says("could not find expected ':'"):
        return None
    line = f.opened if f.opened is not None else f.line
    words = f.text(line).strip()
    if not f.text(line)[:1].isalnum():  # not text run on to the margin: for the general hint
        return None
    first = re.match(r"^([A-Za-z_][\w-]*)\s", words)
    if first and first[1] in f.keys:  # `topics [a]`
        return (line, f"not valid YAML: '{first[1]}' has no colon after it",
                f"write a colon and a space after the field's name: {first[1]}: {words[len(first[1]):].strip()}")
    name = _field_above(f, line)
    return (line, f"not valid YAML: this line continues '{name}' but is not indented",
            "indent each further line of a value by two spaces, as the lines above it, or join it to the line above")


def _inline_list(f: Failure) -> Explanation | None:
    if f.says("sequence entries are not allowed"):
        return (f.line, "not valid YAML: a list item '- …' on the line of its field",
                "write the list as [a, b], or put each '- item' on a line of its own below the field")
    return None


def _text_after_block_indicator(f: Failure) -> Explanation | None:
    if "block scalar" in f.context and f.says("comment or", "line break") and \
            re.match(r"^\s*(?:-\s+)?(?:[\w-]+:\s*)?[>|]", f.text(f.line)) and _FIELD.match(f.text(f.line)):
        return (f.line, "not valid YAML: text follows '>' or '|' on the line of its field",
                "after > or | the text starts on the next line, indented by two spaces")
    return None


def _misaligned_item_fields(f: Failure) -> Explanation | None:
    """A speaker's `role:` further in or out than its `name:`."""
    line = f.text(f.line)
    field = _FIELD.match(line)
    item = _item_above(f, f.line)
    shifted = field and item is not None and len(field[1]) != item
    if f.says("expected '-' indicator", "found '<block mapping start>'") or (
            shifted and f.says("expected key", "expected <block end>", "mapping values are not allowed")):
        return (f.line, "not valid YAML: this field of a list item is not in line with the item's first field",
                "start each field of an item in the column of its first, under the first letter after '- '")
    return None


def _reserved_first_character(f: Failure) -> Explanation | None:
    """`title: @handle`, `` title: `code` ``, `title: *bold*`, `title: ? x`:
    characters YAML keeps for itself cannot start a plain value."""
    if not f.says("cannot start any token", "while scanning an alias", "while scanning an anchor",
                  "mapping keys are not allowed"):
        return None
    line = f.text(f.line)
    field = _FIELD.match(line)
    value = line[field.end():].strip() if field else ""
    if value[:1] and value[0] in "@`%*&?!|>":  # the value as written, in quotes
        character, example = value[0], f"{field[2]}: {quoted(value)}"
    else:  # inside a value: the character where the parser stopped
        at = len(line) - len(line[f.column:].lstrip())
        if at >= len(line):
            return None
        character, example = line[at], f'"{line[at]}…"'
    return (f.line, f"not valid YAML: a value cannot start with '{character}'",
            f"put the value in double quotes, e.g. {example}")


CAUSES: list[Callable[[Failure], Explanation | None]] = [
    _tab, _backslash, _unclosed_quote, _indented_field, _under_commented_field, _stray_character,
    _unclosed_brackets, _inline_list, _text_after_block_indicator, _no_space_after_colon, _misaligned_item_fields,
    _colon_in_text,
    _text_line_above, _quote_left_open, _text_after_closing, _list_item_without_field, _less_indented_line,
    _unindented_continuation, _reserved_first_character,
]


# ----------------------------------------------------------------- helpers


def quoted(text: str, limit: int = 40) -> str:
    """A value as the hint shows it written: in double quotes, its own
    quotes and backslashes escaped, a long one cut."""
    text = text.strip()
    text = text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _field_above(f: Failure, index: int) -> str:
    """The field a line belongs to: the nearest field at the margin above it."""
    for line in reversed(f.lines[:index + 1]):
        match = _FIELD.match(line)
        if match and not match[1]:
            return match[2]
    return "value"


def _value_above(f: Failure, index: int) -> tuple[str | None, int | None]:
    """The field whose text runs over the lines above `index`, and the
    indentation of its first continued line."""
    first = None
    for line in reversed(f.lines[:index]):
        if not line.strip():
            continue
        field = _FIELD.match(line)
        if field and not field[1]:
            return field[2], first
        first = len(line) - len(line.lstrip(" "))
    return None, None


def _inside_list_item(f: Failure, index: int) -> bool:
    """Whether the line is a field of a `- …` item above it (speakers, attachments)."""
    return _item_above(f, index) is not None


def _item_above(f: Failure, index: int) -> int | None:
    """The column of the first field of the `- name: …` item the line
    belongs to, if it belongs to one."""
    for line in reversed(f.lines[:index]):
        item = re.match(r"^(\s*-\s+)[A-Za-z_][\w-]*:", line)
        if item:
            return len(item[1])
        if re.match(r"^\s*-\s", line) or (_FIELD.match(line) and not _FIELD.match(line)[1]):
            return None
    return None
